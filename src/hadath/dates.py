"""Time expressions in a text, resolved to calendar dates against the publication date.

Public API:

* :func:`find_times` -- every time expression of a ``Text`` as ``TimeMention`` records.
* :func:`resolve_future` -- re-read one mention as looking ahead (for announced events).
* :func:`resolve_weekday` -- the date a weekday name points to, looking back or ahead.
* :func:`is_day` -- whether a mention names one calendar day.

Resolution (GUIDELINES §8): ``اليوم`` = published, ``أمس`` = -1, ``أول أمس`` = -2; a bare weekday
is the most recent such day on or before publication; ``الخميس الماضي``/``المقبل`` the one
strictly before/after; explicit dates are copied; a day or month without a year looks back from
publication unless the next one starts within ``datecalc.NEAR_FUTURE_DAYS`` (45) days ("القمة
المقررة في 12 يونيو" written on 31 May); a month or year alone gets ``precision`` month or
year with ``date``..``end_date`` spanning it (the gold keeps no date for them: use
:func:`is_day`); vague expressions give a range with ``precision`` None, or no date at all.
``اليوم الخميس`` must name a Thursday: when it does not, the relative day is kept and ``note``
says so. Without a publication date only explicit dates resolve.

``rule`` names the rule and data row: ``relative:امس+weekday``, ``weekday``, ``weekday:past``,
``weekday+date:dmy``, ``date:dmy|dm|my|month[:past|:future]``, ``hijri:...``,
``numeric:dmy|ymd|hijri``, ``duration:day|week|month|year[:event]``, ``vague:<kind>``,
``year``; ``part+`` in front when a part of the day (مساء، فجر) leads.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hadath import datecalc as dc
from hadath.datecalc import resolve_weekday
from hadath.normalise import norm_char
from hadath.records import TimeMention
from hadath.segment import Text
from hadath.timecalendar import Found
from hadath.timeparse import scan

__all__ = ["find_times", "is_day", "resolve_future", "resolve_weekday"]


def find_times(text: Text, published: date | None, lang: str = "ar") -> tuple[TimeMention, ...]:
    """Every time expression of ``text``, in order, with its date seen from ``published``."""
    words = text.words
    return tuple(_mention(text, f) for f in scan(words, text.tokens, published, lang))


def _mention(text: Text, f: Found) -> TimeMention:
    first, last = text.tokens[f.start], text.tokens[f.end - 1]
    start, end = _skip(text.original, first.start, f.clitic), _extend(text.original, last.end)
    return TimeMention(
        text=text.original[start:end],
        start=start,
        end=end,
        date=f.date,
        precision=f.precision if f.date is not None else None,
        rule=f.rule,
        end_date=f.end_date,
        note=f.note,
        sentence=first.sentence,
        offset=f.offset,
    )


def _skip(original: str, start: int, n: int) -> int:
    """Offset after ``n`` normalised characters of ``original`` from ``start`` (a proclitic)."""
    while n > 0 and start < len(original):
        n -= len(norm_char(original[start]))
        start += 1
    while start < len(original) and not norm_char(original[start]):
        start += 1  # diacritics of the clitic
    return start


def _extend(original: str, end: int) -> int:
    """Take in marks normalisation dropped after a token: diacritics, ``ء`` after a year."""
    while end < len(original) and not original[end].isspace():
        ch = original[end]
        if norm_char(ch) and not (ch == "ء" and original[end - 1].isdigit()):
            break
        end += 1
    return end


def is_day(mention: TimeMention) -> bool:
    """True when the mention names one calendar day (what an event's ``date`` may take)."""
    return mention.date is not None and mention.precision == "day"


def resolve_future(mention: TimeMention, published: date) -> TimeMention:
    """The mention re-read as pointing ahead, for events announced for later (``يزور الخميس``).

    Changes only expressions whose direction the text leaves open: a bare weekday (next such
    day on or after ``published``), a day and month without a year, a month without a year.
    Every other mention comes back unchanged.
    """
    d, base = (
        mention.date,
        mention.rule.rsplit("+", 1)[-1] if "+weekday" not in mention.rule else "",
    )
    if d is None:
        return mention
    if base == "weekday":
        new = resolve_weekday(d.weekday(), published, future=True)
        return replace(mention, date=new, rule=mention.rule + ":future")
    if base == "date:dm":
        new = dc.day_month(d.month, d.day, published, True)
        return replace(mention, date=new, rule=mention.rule + ":future") if new else mention
    if base == "hijri:dm":
        _, hm, hd = dc.to_hijri(d)
        new = dc.hijri_day_month(hm, hd, published, True)
        return replace(mention, date=new, rule=mention.rule + ":future") if new else mention
    if base == "date:month":
        span = dc.month_alone(d.month, published, True)
        if span:
            return replace(mention, date=span[0], end_date=span[1], rule=mention.rule + ":future")
    return mention
