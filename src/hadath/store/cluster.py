"""Cluster event mentions from many articles into events (the rule is in ``docs/store.md``).

Two mentions are one event when they share the CAMEO root, the source entity key and the target
entity key, their dates are at most ``window`` days apart, and their places are compatible (same
country, or one of them has no place). The entity key of an actor code is its country (``USAGOV``
-> ``USA``), or the whole code for actors that belong to no country (``IGOUNO``, ``NGOAMN``, bare
role codes such as ``REB``). A mention joins the closest matching event; otherwise it founds a new
one, unless it comes from a near-duplicate article (those only add mentions to events).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from hadath.codes import NON_COUNTRY_PREFIXES, entity_key  # noqa: F401 (re-exported)

Key = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Candidate:
    """What clustering needs to know of an event."""

    event_id: str
    key: Key
    date: date | None
    country: str | None


def mention_key(row: Mapping[str, Any]) -> Key:
    """(root, source key, target key) of a mention row."""
    return (row["root"] or "", entity_key(row["source_code"]), entity_key(row["target_code"]))


def mention_day(row: Mapping[str, Any]) -> date | None:
    """The date a mention is clustered on: the event date, else the article's date."""
    return row.get("date") or row.get("published")


def event_id_for(doc_id: str, mention_id: str) -> str:
    """Stable id of the event founded by a mention."""
    return "ev" + hashlib.sha1(f"{doc_id}\x1f{mention_id}".encode()).hexdigest()[:16]


def global_id(event_id: str) -> int:
    """A positive 60-bit integer form of an event id."""
    return int(event_id[2:17], 16)


def compatible(cand: Candidate, day: date | None, country: str | None, window: int) -> bool:
    """May a mention dated ``day`` in ``country`` be the event ``cand``?"""
    if (cand.date is None) != (day is None):
        return False
    if cand.date is not None and day is not None and abs((cand.date - day).days) > window:
        return False
    return not (cand.country and country and cand.country != country)


def assign(
    mentions: Sequence[Mapping[str, Any]],
    candidates: Sequence[Candidate],
    window: int,
    may_found: Sequence[bool],
) -> tuple[list[str | None], list[int]]:
    """Event id for each mention (``None``: joins nothing) and the indexes of founding mentions.

    Mentions are taken in order, so later ones join events founded earlier in the same batch.
    """
    by_key: dict[Key, list[Candidate]] = {}
    for cand in candidates:
        by_key.setdefault(cand.key, []).append(cand)
    ids: list[str | None] = []
    founders: list[int] = []
    for i, row in enumerate(mentions):
        key, day, country = mention_key(row), mention_day(row), row.get("place_country")
        fits = [c for c in by_key.get(key, ()) if compatible(c, day, country, window)]
        if fits:
            best = min(fits, key=lambda c: abs((c.date - day).days) if c.date and day else 0)
            ids.append(best.event_id)
        elif may_found[i]:
            new = Candidate(event_id_for(row["doc_id"], row["mention_id"]), key, day, country)
            by_key.setdefault(key, []).append(new)
            ids.append(new.event_id)
            founders.append(i)
        else:
            ids.append(None)
    return ids, founders
