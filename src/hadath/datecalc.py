"""Calendar arithmetic for time expressions: weekdays, year-less dates, months, Hijri dates.

Language-neutral: every function takes numbers and dates. ``future`` everywhere means
``False`` = look back from the publication date, ``True`` = look ahead, ``None`` = nearest.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

Span = tuple[date, date]
NEAR_FUTURE_DAYS = 45


def resolve_weekday(
    weekday: int, published: date, future: bool = False, strict: bool = False
) -> date:
    """The day named by ``weekday`` (0 = Monday) seen from ``published``.

    Past (default): the most recent such day on or before ``published``; future: the next one on
    or after it. ``strict`` excludes ``published`` itself (``الخميس الماضي``, ``السبت المقبل``).
    """
    if future:
        ahead = (weekday - published.weekday()) % 7
        return published + timedelta(days=ahead or (7 if strict else 0))
    back = (published.weekday() - weekday) % 7
    return published - timedelta(days=back or (7 if strict else 0))


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)`` or ``None`` when there is no such day."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_span(year: int, month: int) -> Span:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> Span:
    return date(year, 1, 1), date(year, 12, 31)


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + by
    return k // 12, k % 12 + 1


def pick(candidates: list[Span], published: date, future: bool | None) -> Span | None:
    """The candidate span seen from ``published``: the latest one starting on or before it
    (past), the earliest one ending on or after it (future). ``None`` (the default reading of a
    date without a year): past, unless the next one starts within :data:`NEAR_FUTURE_DAYS`
    (news names a coming date by day and month: "القمة المقررة في 12 يونيو")."""
    past = max((c for c in candidates if c[0] <= published), default=None)
    ahead = min((c for c in candidates if c[1] >= published), default=None)
    if future is False:
        return past
    if future is True:
        return ahead
    upcoming = min((c for c in candidates if c[0] > published), default=None)
    if upcoming is not None and (
        past is None or (upcoming[0] - published).days <= NEAR_FUTURE_DAYS
    ):
        return upcoming
    return past


def day_month(month: int, day: int, published: date, future: bool | None) -> date | None:
    """A Gregorian day and month without a year, placed in the year ``future`` asks for."""
    cands = [
        d
        for y in (published.year - 1, published.year, published.year + 1)
        if (d := safe_date(y, month, day))
    ]
    got = pick([(d, d) for d in cands], published, future)
    return got[0] if got else None


def month_alone(
    month: int, published: date, future: bool | None, strict: bool = False
) -> Span | None:
    """A Gregorian month without a year; ``strict`` skips the publication month
    (``نوفمبر الماضي``)."""
    cands = [month_span(y, month) for y in (published.year - 1, published.year, published.year + 1)]
    if strict:
        cands = [c for c in cands if not c[0] <= published <= c[1]]
    return pick(cands, published, future)


def hijri_date(year: int, month: int, day: int) -> date | None:
    """Gregorian date of a Hijri (Umm al-Qura) date, ``None`` when out of range or invalid."""
    try:
        return _plain(Hijri(year, month, day).to_gregorian())
    except (ValueError, OverflowError):
        return None


def hijri_month_span(year: int, month: int) -> Span | None:
    try:
        first = Hijri(year, month, 1)
        last = Hijri(year, month, first.month_length())
        return _plain(first.to_gregorian()), _plain(last.to_gregorian())
    except (ValueError, OverflowError):
        return None


def _plain(d: date) -> date:
    """hijridate returns its own ``date`` subclass; records hold plain dates (Arrow, Spark)."""
    return date(d.year, d.month, d.day)


def to_hijri(d: date) -> tuple[int, int, int]:
    """``(year, month, day)`` of ``d`` in the Hijri (Umm al-Qura) calendar.

    Raises ``ValueError`` outside the range the calendar tables cover."""
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except OverflowError as exc:
        raise ValueError(str(exc)) from exc
    return h.year, h.month, h.day


def hijri_year_of(published: date) -> int | None:
    try:
        return to_hijri(published)[0]
    except ValueError:
        return None


def hijri_day_month(month: int, day: int, published: date, future: bool | None) -> date | None:
    """A Hijri day and month without a year, placed like :func:`day_month`."""
    hy = hijri_year_of(published)
    if hy is None:
        return None
    cands = [d for y in (hy - 1, hy, hy + 1) if (d := hijri_date(y, month, day))]
    got = pick([(d, d) for d in cands], published, future)
    return got[0] if got else None


def hijri_month_alone(
    month: int, published: date, future: bool | None, strict: bool = False
) -> Span | None:
    hy = hijri_year_of(published)
    if hy is None:
        return None
    cands = [s for y in (hy - 1, hy, hy + 1) if (s := hijri_month_span(y, month))]
    if strict:
        cands = [c for c in cands if not c[0] <= published <= c[1]]
    return pick(cands, published, future)
