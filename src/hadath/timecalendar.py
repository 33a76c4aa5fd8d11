"""Calendar dates written out: ``13 كانون الثاني 2022``, ``5 فبراير/شباط 2023``, ``13/01/2022``,
``15 رمضان 1444هـ``, ``نوفمبر الماضي``, and the scanning context every time rule shares.

A rule takes the context and a token index and returns a :class:`Found` or ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hadath import datecalc as dc
from hadath.records import Token
from hadath.timewords import Atom, Word

_SEPARATORS = frozenset("/-.")
COMMAS = frozenset({",", "،"})


@dataclass(frozen=True, slots=True)
class Found:
    start: int  # token indices, end exclusive
    end: int
    date: date | None
    precision: str | None
    rule: str
    end_date: date | None = None
    note: str | None = None
    clitic: int = 0  # normalised proclitic characters to leave out of the span
    offset: int = 0  # signed units from the act after من to its clause (بعد شهر من = -1)


@dataclass(frozen=True, slots=True)
class Ctx:
    words: tuple[str, ...]
    tokens: tuple[Token, ...]
    at: dict[int, Atom]
    published: date | None
    month_first: bool = False  # the pack writes "January 13, 2022"
    day_of: frozenset[str] = frozenset()  # words joining a day to its month (21 من يونيو)

    def word(self, i: int, kind: str) -> Word | None:
        a = self.at.get(i)
        return a.get(kind) if a is not None else None

    def joins(self, i: int) -> bool:
        """Token ``i`` joins a day number to its month (21 من يونيو)."""
        return i < len(self.words) and self.words[i] in self.day_of

    def end_of(self, i: int) -> int:
        return self.at[i].end

    def glued(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` with no space (13/01/2022)."""
        return 0 < i < len(self.tokens) and self.tokens[i].start == self.tokens[i - 1].end

    def is_(self, i: int, forms: frozenset[str] | str) -> bool:
        return i < len(self.words) and self.words[i] in forms


def _day(w: Word | None) -> int | None:
    if w is None or w.kind != "digits" or len(w.value) > 2:
        return None
    v = int(w.value)
    return v if 1 <= v <= 31 else None


def year_of(w: Word | None) -> tuple[int, str] | None:
    """``(year, calendar)`` of a 4-digit token; the calendar from its era letter or its range."""
    if w is None or w.kind != "digits" or len(w.value) != 4:
        return None
    y = int(w.value)
    if w.extra == "hijri" or (not w.extra and 1300 <= y <= 1500):
        return (y, "hijri") if 1300 <= y <= 1500 else None
    return (y, "gregorian") if 1900 <= y <= 2100 else None


def numeric(c: Ctx, i: int) -> Found | None:
    """13/01/2022, 13-1-2022, 05/نوفمبر/2023 (day first) and 2022-01-13."""
    if i + 4 >= len(c.words) or not all(c.glued(k) for k in range(i + 1, i + 5)):
        return None
    if not (c.is_(i + 1, _SEPARATORS) and c.words[i + 3] == c.words[i + 1]):
        return None
    a, mid, b = (
        c.word(i, "digits"),
        c.word(i + 2, "digits") or c.word(i + 2, "month"),
        c.word(i + 4, "digits"),
    )
    if a is None or mid is None or b is None:
        return None
    m = int(mid.value)
    if (y := year_of(b)) and (d := _day(a)):
        if y[1] == "hijri":  # 24/1/1434هـ
            got = dc.hijri_date(y[0], m, d) if mid.kind == "digits" else None
            return Found(i, i + 5, got, "day", "numeric:hijri") if got else None
        got = dc.safe_date(y[0], m, d)
        if got is None and mid.kind == "digits":
            got = dc.safe_date(y[0], d, m)  # 12/31/2023: month first only when day first fails
        return Found(i, i + 5, got, "day", "numeric:dmy") if got else None
    if (y := year_of(a)) and y[1] == "gregorian" and (d := _day(b)) and mid.kind == "digits":
        got = dc.safe_date(y[0], m, d)
        return Found(i, i + 5, got, "day", "numeric:ymd") if got else None
    return None


def _month_at(c: Ctx, j: int) -> tuple[Word, int, bool] | None:
    """Month at token ``j`` with an optional second calendar (كانون الثاني/يناير, شباط (فبراير)):
    ``(month, end, double)``."""
    m = c.word(j, "month")
    if m is None:
        return None
    e = c.end_of(j)
    if c.is_(e, "/") and (m2 := c.word(e + 1, "month")) and m2.value == m.value:
        return (m if m.alone or not m2.alone else m2), c.end_of(e + 1), True
    if (
        c.is_(e, "(")
        and (m2 := c.word(e + 1, "month"))
        and m2.value == m.value
        and c.is_(c.end_of(e + 1), ")")
    ):
        return (m if m.alone or not m2.alone else m2), c.end_of(e + 1) + 1, True
    return m, e, False


def explicit(c: Ctx, i: int) -> Found | None:
    """[day] month [/month] [year [era]] [الماضي/المقبل], Gregorian or Hijri; ``D و D month``;
    the day also as an ordinal (الأول من أبريل)."""
    day = _day(c.word(i, "digits"))
    j = i + 1 if day is not None else i
    if day is None and (o := c.word(i, "day_ordinal")) is not None:
        day, j = int(o.value), c.end_of(i)  # الأول من أبريل
    if day is not None and c.is_(j, frozenset("/-")) and c.glued(j):
        j += 1
    elif day is not None and c.joins(j):  # 21 من (شهر) يونيو
        k = j + 1 if c.word(j + 1, "month_word") is None else j + 2
        if _month_at(c, k) is not None:
            j = k
    lead = c.word(i, "month_word") is not None and day is None
    if lead:
        j = i + 1
    got = _month_at(c, j)
    if got is None:
        if day is not None and _day(c.word(i + 1, "digits")) and c.words[i + 1].startswith("و"):
            nxt = explicit(c, i + 1)  # 30 و31 يوليو: the first day takes the second's month
            if nxt is not None and nxt.rule.endswith(("dmy", "dm")) and nxt.date is not None:
                return _first_of_pair(c, i, day, nxt)
        return None
    month, e, double = got
    if c.month_first and day is None and (first := _day(c.word(e, "digits"))) is not None:
        day, e = first, e + 1  # January 13, 2022
        if c.is_(e, frozenset({","})) and year_of(c.word(e + 1, "digits")):
            e += 1
    year = None
    if c.is_(e, frozenset("/-")) and c.glued(e) and year_of(c.word(e + 1, "digits")):
        e += 1
    elif day is not None:  # 25 من مارس (من) عام 2015
        k = e + 1 if c.joins(e) else e
        if c.word(k, "year_cue") is not None and year_of(c.word(k + 1, "digits")):
            e = k + 1
    if (y := year_of(c.word(e, "digits"))) is not None:
        year, e = y, e + 1
        if (era := c.word(e, "era")) is not None:
            year, e = (
                (
                    (year[0], era.value)
                    if era.value != year[1] and valid_era(year[0], era.value)
                    else year
                ),
                c.end_of(e),
            )
    direction = c.word(e, "dir") if year is None and day is None else None
    if direction is not None:
        e = c.end_of(e)
    if not (month.alone or day or year or double or direction or lead):
        return None
    hijri = month.extra == "hijri" or (year is not None and year[1] == "hijri")
    if month.extra == "hijri" and year is not None and year[1] != "hijri":
        return None
    return _resolve_explicit(
        c, i, e, int(month.value), day, year[0] if year else None, hijri, direction
    )


def valid_era(year: int, era: str) -> bool:
    return 1300 <= year <= 1500 if era == "hijri" else 1900 <= year <= 2100


def _first_of_pair(c: Ctx, i: int, day: int, nxt: Found) -> Found | None:
    assert nxt.date is not None
    d = dc.safe_date(nxt.date.year, nxt.date.month, day)
    if nxt.rule.startswith("hijri"):
        return None
    return Found(i, i + 1, d, "day" if d else None, nxt.rule + ":pair") if d else None


def _resolve_explicit(
    c: Ctx,
    i: int,
    e: int,
    month: int,
    day: int | None,
    year: int | None,
    hijri: bool,
    direction: Word | None,
) -> Found | None:
    pub, cal = c.published, "hijri" if hijri else "date"
    future = None if direction is None else direction.value == "future"
    if day is not None and year is not None:
        d = dc.hijri_date(year, month, day) if hijri else dc.safe_date(year, month, day)
        return Found(i, e, d, "day" if d else None, f"{cal}:dmy") if d else None
    if day is not None:
        if pub is None:
            return Found(i, e, None, None, f"{cal}:dm")
        d = (dc.hijri_day_month if hijri else dc.day_month)(month, day, pub, None)
        return Found(i, e, d, "day" if d else None, f"{cal}:dm")
    if year is not None:
        span = dc.hijri_month_span(year, month) if hijri else dc.month_span(year, month)
        return span_found(i, e, span, None if hijri else "month", f"{cal}:my")
    rule = f"{cal}:month" + (f":{direction.value}" if direction else "")
    if pub is None:
        return Found(i, e, None, None, rule)
    span = (dc.hijri_month_alone if hijri else dc.month_alone)(
        month, pub, future, strict=direction is not None
    )
    return span_found(i, e, span, None if hijri else "month", rule)


def span_found(i: int, e: int, span: dc.Span | None, precision: str | None, rule: str) -> Found:
    if span is None:
        return Found(i, e, None, None, rule)
    return Found(i, e, span[0], precision, rule, span[1])
