"""Rules that combine time atoms (see :mod:`hadath.timewords`) into resolved time expressions.

Each rule looks at token ``i`` and returns a :class:`Found` (token span, date, precision, rule)
or ``None``. :func:`scan` runs them left to right; :mod:`hadath.dates` turns the result into
``TimeMention`` records. Written-out calendar dates are in :mod:`hadath.timecalendar`.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from hadath import datecalc as dc
from hadath.lang import pack_settings
from hadath.records import Token
from hadath.timecalendar import (
    COMMAS,
    Ctx,
    Found,
    explicit,
    numeric,
    span_found,
    valid_era,
    year_of,
)
from hadath.timewords import Atom, atoms, day_of_words


def _weekday_note(wd: int, d: date | None) -> str | None:
    if d is None or d.weekday() == wd:
        return None
    said, actual = calendar.day_name[wd], calendar.day_name[d.weekday()]
    near = dc.resolve_weekday(wd, d)
    return (
        f"weekday mismatch: text says {said}, {d.isoformat()} is a {actual}"
        f" (the {said} on or before it is {near.isoformat()})"
    )


def weekday(c: Ctx, i: int) -> Found | None:
    """[يوم] الخميس [الماضي/المقبل | 13 يناير 2022]."""
    w = i + 1 if c.word(i, "day_word") else i
    wd = c.word(w, "weekday")
    if wd is None:
        return None
    n, e = int(wd.value), c.end_of(w)
    k = e + 1 if c.is_(e, COMMAS) else e
    for rule in (numeric, explicit):
        got = rule(c, k)
        if got is not None and got.precision == "day":
            return replace(
                got, start=i, rule="weekday+" + got.rule, note=_weekday_note(n, got.date)
            )
    if (d := c.word(e, "dir")) is not None:
        fut = d.value == "future"
        day = dc.resolve_weekday(n, c.published, fut, strict=True) if c.published else None
        return Found(i, c.end_of(e), day, "day" if day else None, f"weekday:{d.value}")
    day = dc.resolve_weekday(n, c.published) if c.published else None
    return Found(i, e, day, "day" if day else None, "weekday")


def relative(c: Ctx, i: int) -> Found | None:
    """اليوم، أمس، أول أمس ... optionally naming the weekday: أمس الأربعاء، اليوم (الخميس)."""
    r = c.word(i, "relative")
    if r is None:
        return None
    e = c.end_of(i)
    day = c.published + timedelta(days=int(r.value)) if c.published else None
    rule = "relative:" + r.form
    k = e + 1 if c.is_(e, COMMAS | {"("}) else e
    if (wd := c.word(k, "weekday")) is not None:
        end = c.end_of(k)
        if c.words[e:k] == ("(",) and c.is_(end, ")"):
            end += 1
        elif c.words[e:k] == ("(",):
            return Found(i, e, day, "day" if day else None, rule)
        return Found(
            i,
            end,
            day,
            "day" if day else None,
            rule + "+weekday",
            note=_weekday_note(int(wd.value), day),
        )
    return Found(i, e, day, "day" if day else None, rule)


def part_of_day(c: Ctx, i: int) -> Found | None:
    """مساء أمس، صباح اليوم، فجر الخميس: the part of the day widens the span, not the date."""
    if c.word(i, "part") is None:
        return None
    e = c.end_of(i)
    for rule in (relative, weekday):
        got = rule(c, e)
        if got is not None:
            return replace(got, start=i, rule="part+" + got.rule)
    return None


def duration(c: Ctx, i: int) -> Found | None:
    """قبل يومين، منذ ثلاثة أيام، قبل أسبوع، بعد شهرين (``... من الهجوم`` names no date)."""
    anchor = c.word(i, "anchor")
    if anchor is None:
        return None
    j, n = i + 1, 1
    if (num := c.word(j, "number")) is not None or (
        (dg := c.word(j, "digits")) and len(dg.value) <= 3
    ):
        n, j = int((num or dg).value), c.end_of(j)
    unit = c.word(j, "unit") or c.word(j, "dual") or c.word(j, "plural")
    if (
        unit is None
        or (unit.kind == "dual" and j != i + 1)
        or (unit.kind == "plural" and j == i + 1)
    ):
        return None
    if unit.kind == "dual":
        n = 2
    e = c.end_of(j)
    if unit.kind == "unit" and j == i + 1 and year_of(c.word(e, "digits")):
        return None  # منذ عام 2011: a year, not "a year ago"
    rule = f"duration:{unit.value}"
    sign = 1 if anchor.value == "future" else -1
    if c.is_(e, "من"):  # بعد شهر من التظاهرات: the protests came a month before the clause
        return Found(i, e, None, None, rule + ":event", offset=-sign * n)
    if c.published is None:
        return Found(i, e, None, None, rule)
    pub = c.published
    if unit.value == "day":
        return Found(i, e, pub + timedelta(days=sign * n), "day", rule)
    if unit.value == "week":
        mid = pub + timedelta(days=sign * 7 * n)
        return Found(i, e, mid - timedelta(days=3), None, rule, mid + timedelta(days=3))
    if unit.value == "month":
        return span_found(
            i, e, dc.month_span(*dc.shift_month(pub.year, pub.month, sign * n)), "month", rule
        )
    return span_found(i, e, dc.year_span(pub.year + sign * n), "year", rule)


def vague(c: Ctx, i: int) -> Found | None:
    v = c.word(i, "vague")
    if v is None:
        return None
    e, rule = c.end_of(i), f"vague:{v.value}"
    if c.published is None or v.value == "none":
        return Found(i, e, None, None, rule)
    span, precision = _vague_span(v.value, c.published)
    return span_found(i, e, span, precision, rule)


def _vague_span(kind: str, pub: date) -> tuple[dc.Span | None, str | None]:
    unit, _, which = kind.partition("_")
    step = {"prev": -1, "this": 0, "next": 1}.get(which)
    if unit == "week" and step is not None:
        mid = pub + timedelta(days=7 * step)
        return (mid - timedelta(days=3), mid + timedelta(days=3)) if step else (
            pub - timedelta(days=3),
            pub + timedelta(days=3),
        ), None
    if unit == "month" and step is not None:
        return dc.month_span(*dc.shift_month(pub.year, pub.month, step)), "month"
    if unit == "year" and step is not None:
        return dc.year_span(pub.year + step), "year"
    first, last = dc.month_span(pub.year, pub.month)
    return {
        "month_start": ((first, first + timedelta(days=9)), None),
        "month_end": ((first + timedelta(days=20), last), None),
        "year_start": ((date(pub.year, 1, 1), date(pub.year, 3, 31)), None),
        "year_end": ((date(pub.year, 10, 1), date(pub.year, 12, 31)), None),
    }.get(kind, (None, None))


def year_alone(c: Ctx, i: int) -> Found | None:
    """A 4-digit year after عام/في/منذ..., or written with its era (2015م، 1436هـ)."""
    j = i + 1 if c.word(i, "year_cue") else i
    w = c.word(j, "digits")
    y = year_of(w)
    if y is None or (j == i and not (w and w.extra)):
        return None
    e = j + 1
    if (era := c.word(e, "era")) is not None and valid_era(y[0], era.value):
        y, e = (y[0], era.value), c.end_of(e)
    if y[1] == "hijri":
        first, last = dc.hijri_month_span(y[0], 1), dc.hijri_month_span(y[0], 12)
        span = (first[0], last[1]) if first and last else None
        return span_found(j, e, span, None, "hijri:year")
    return span_found(j, e, dc.year_span(y[0]), "year", "year")


RULES = (part_of_day, relative, weekday, numeric, explicit, duration, vague, year_alone)
# The atom kinds a rule needs at its first token: without one of them it returns None.
_NEEDS = {
    part_of_day: {"part"},
    relative: {"relative"},
    weekday: {"day_word", "weekday"},
    numeric: {"digits"},
    explicit: {"digits", "month_word", "month", "day_ordinal"},
    duration: {"anchor"},
    vague: {"vague"},
    year_alone: {"year_cue", "digits"},
}


@cache
def _rules_for(kinds: frozenset[str]) -> tuple[Callable[[Ctx, int], Found | None], ...]:
    """The rules, in order, that may start on an atom of these kinds."""
    return tuple(rule for rule in RULES if _NEEDS[rule] & kinds)


def scan(
    words: tuple[str, ...], tokens: tuple[Token, ...], published: date | None, lang: str = "ar"
) -> list[Found]:
    """Every time expression in the token list, left to right, non-overlapping."""
    month_first = pack_settings(lang).get("dates") == "month_first"
    c = Ctx(words, tokens, atoms(words, lang), published, month_first, day_of_words(lang))
    out: list[Found] = []
    i = 0
    for start in sorted(c.at):  # every rule starts on a time word or a number
        if start < i:
            continue
        i, a = start, c.at[start]
        if a.has("not_time") or _quoted(c, a):
            i = a.end
            continue
        got = next((f for rule in _rules_for(a.kinds) if (f := rule(c, i)) is not None), None)
        if got is None:
            i += 1
            continue
        out.append(_with_clitic(got, c.at[got.start].clitic) if got.start in c.at else got)
        i = max(got.end, i + 1)
    return out


def _with_clitic(f: Found, clitic: int) -> Found:
    """``replace(f, clitic=clitic)``, without its cost in this loop."""
    return Found(f.start, f.end, f.date, f.precision, f.rule, f.end_date, f.note, clitic, f.offset)


def _quoted(c: Ctx, a: Atom) -> bool:
    """«اليوم» alone in quotes is a name (a newspaper), not a time."""
    return 0 < a.start and a.end < len(c.words) and c.words[a.start - 1] == c.words[a.end] == '"'
