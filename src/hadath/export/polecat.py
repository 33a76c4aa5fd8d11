"""POLECAT/PLOVER-shaped JSON Lines: ``events.jsonl``, one event a line.

Keys follow the POLECAT event data's fields in snake case (event type and mode are PLOVER's;
``quad_code`` and ``cameo`` are kept so CAMEO users can cross over). Fields we do not produce
(contexts, actor Wikipedia ids, sectors) are present and empty, so files have one shape.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hadath.store.base import Store

VERSION = "hadath-polecat-1"


def write_polecat(store: Store, out: Path) -> list[Path]:
    """Write ``events.jsonl`` under ``out``."""
    path = out / "events.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for batch in store.scan("events"):
            for e in batch.to_pylist():
                fh.write(json.dumps(polecat_event(e), ensure_ascii=False) + "\n")
    return [path]


def polecat_event(e: dict[str, Any]) -> dict[str, Any]:
    """One stored event (a row of ``store.scan("events")``) as a POLECAT-shaped record."""
    day = e["event_date"]
    return {
        "event_id": e["event_id"],
        "event_date": day.isoformat() if day else None,
        "event_type": e["plover_type"],
        "event_mode": e["plover_mode"],
        "event_intensity": e["goldstein"],
        "quad_code": e["quad_class"],
        "cameo": e["cameo"],
        "contexts": [],
        "actor_name": e["source_name"],
        "actor_code": e["source_code"],
        "actor_country": _country(e["source_code"]),
        "recipient_name": e["target_name"],
        "recipient_code": e["target_code"],
        "recipient_country": _country(e["target_code"]),
        "placename": e["place_name"],
        "country": e["place_country"],
        "latitude": e["place_lat"],
        "longitude": e["place_lon"],
        "num_mentions": e["num_mentions"],
        "num_sources": e["num_sources"],
        "num_articles": e["num_articles"],
        "story_id": e["doc_id"],
        "source_url": e["url"],
        "event_text": e["sentence_text"],
        "first_seen": e["first_seen"].isoformat() if e["first_seen"] else None,
        "last_seen": e["last_seen"].isoformat() if e["last_seen"] else None,
        "language": "ar",
        "version": VERSION,
    }


def _country(code: str | None) -> str | None:
    from hadath.store.cluster import entity_key

    key = entity_key(code)
    return key if len(key) == 3 else None
