"""Filters of ``Store.events`` as SQL with bound parameters (values are never pasted into SQL)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from hadath.errors import StoreError
from hadath.normalise import norm

_CODE = re.compile(r"^[A-Z0-9]{1,15}$")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The filters of an events query (all optional; combined with AND)."""

    since: date | None = None
    until: date | None = None
    actor: str | None = None  # CAMEO actor code prefix, as source or target (USA, IGOUNO...)
    dyad: tuple[str, str] | None = None  # source prefix, target prefix
    code: str | None = None  # CAMEO event code prefix (14, 141, 0311)
    plover: str | None = None  # PLOVER event type (PROTEST)
    country: str | None = None  # ISO3 of the place, or an actor's country
    text: str | None = None  # words in a mention's sentence (normalised match)


def make_filter(
    since: date | str | None = None,
    until: date | str | None = None,
    actor: str | None = None,
    dyad: tuple[str, str] | str | None = None,
    code: str | None = None,
    plover: str | None = None,
    country: str | None = None,
    text: str | None = None,
) -> EventFilter:
    """Check and tidy user-given filters; bad values raise :class:`StoreError`."""
    if isinstance(dyad, str):
        parts = [p.strip() for p in dyad.split(",")]
        if len(parts) != 2:
            raise StoreError(f"dyad must be two actor codes separated by a comma, not {dyad!r}")
        dyad = (parts[0], parts[1])
    return EventFilter(
        since=_date(since, "since"),
        until=_date(until, "until"),
        actor=_code(actor, "actor"),
        dyad=(_code(dyad[0], "dyad"), _code(dyad[1], "dyad")) if dyad else None,  # type: ignore[arg-type]
        code=_code(code, "code"),
        plover=plover.strip().upper() if plover else None,
        country=_code(country, "country"),
        text=norm(text).strip() or None if text else None,
    )


def where_clause(f: EventFilter) -> tuple[str, list[Any]]:
    """``WHERE ...`` (or empty) over the ``events`` table ``e``, and its parameters."""
    parts: list[str] = []
    params: list[Any] = []
    if f.since:
        parts.append("e.event_date >= ?")
        params.append(f.since)
    if f.until:
        parts.append("e.event_date <= ?")
        params.append(f.until)
    if f.actor:
        parts.append("(starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))")
        params += [f.actor, f.actor]
    if f.dyad:
        parts.append("starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)")
        params += list(f.dyad)
    if f.code:
        parts.append("starts_with(e.cameo, ?)")
        params.append(f.code)
    if f.plover:
        parts.append("upper(e.plover_type) = ?")
        params.append(f.plover)
    if f.country:
        parts.append("(e.place_country = ? OR e.source_key = ? OR e.target_key = ?)")
        params += [f.country] * 3
    if f.text:
        parts.append("e.event_id IN (SELECT m.event_id FROM mentions m "
                     "WHERE contains(m.search_text, ?))")
        params.append(f.text)
    return ("WHERE " + " AND ".join(parts) if parts else ""), params


def _date(value: date | str | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise StoreError(f"{name} must be a YYYY-MM-DD date, not {value!r}") from None


def _code(value: str | None, name: str) -> str | None:
    if not value:
        return None
    code = value.strip().upper()
    if not _CODE.match(code):
        raise StoreError(f"{name} must be a code of letters and digits (e.g. USA, IGOUNO, 14), "
                         f"not {value!r}")
    return code
