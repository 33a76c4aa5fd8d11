"""Serialise coded documents to the JSON shapes of ``hadath code --format jsonl``."""

from __future__ import annotations

from typing import Any

from hadath.records import ActorRef, CodedDocument, Event, PlaceMention


def _actor(a: ActorRef | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"text": a.text, "code": a.code, "start": a.start, "end": a.end}


def _place(p: PlaceMention | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "text": p.text,
        "name": p.name,
        "country": p.country,
        "lat": p.lat,
        "lon": p.lon,
        "start": p.start,
        "end": p.end,
    }


def event_to_dict(e: Event) -> dict[str, Any]:
    """One event as the JSON object documented in README."""
    return {
        "id": e.id,
        "cameo": e.cameo,
        "root": e.root,
        "plover": {"type": e.plover_type, "mode": e.plover_mode},
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "source": _actor(e.source),
        "target": _actor(e.target),
        "trigger": {"text": e.trigger.text, "start": e.trigger.start, "end": e.trigger.end},
        "date": e.date.isoformat() if e.date else None,
        "date_text": e.date_text,
        "date_precision": e.date_precision,
        "place": _place(e.place),
        "status": e.status,
        "reported_by": {"text": e.reported_by.text, "code": e.reported_by.code}
        if e.reported_by
        else None,
        "sentence": e.sentence,
        "confidence": e.confidence,
    }


def document_to_dict(coded: CodedDocument) -> dict[str, Any]:
    """A coded document: ``{"id","lang","published","title","outlet","events":[...]}``."""
    d = coded.document
    return {
        "id": d.id,
        "lang": d.lang,
        "published": d.published.isoformat() if d.published else None,
        "title": d.title,
        "outlet": d.outlet,
        "events": [event_to_dict(e) for e in coded.events],
    }
