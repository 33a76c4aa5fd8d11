"""Every layer of a coded document, for a person (or program) checking the coder."""

from __future__ import annotations

from typing import Any

from hadath.output import event_to_dict
from hadath.records import CodedDocument


def explain(coded: CodedDocument) -> dict[str, Any]:
    """Sentences with normalised tokens, actor/time/place mentions and events with their rules."""
    return {
        "id": coded.document.id,
        "published": coded.document.published.isoformat() if coded.document.published else None,
        "outlet": coded.document.outlet,
        "sentences": [
            {
                "index": s.index,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "tokens": [t.norm for t in coded.tokens[s.first_token : s.last_token]],
            }
            for s in coded.sentences
        ],
        "actors": [
            {
                "text": a.text,
                "start": a.start,
                "end": a.end,
                "code": a.code,
                "kind": a.kind,
                "entry": a.entry,
                "sentence": a.sentence,
            }
            for a in coded.actors
        ],
        "times": [
            {
                "text": t.text,
                "start": t.start,
                "end": t.end,
                "date": t.date.isoformat() if t.date else None,
                "date_precision": t.precision,
                "rule": t.rule,
                "note": t.note,
                "sentence": t.sentence,
            }
            for t in coded.times
        ],
        "places": [
            {
                "text": p.text,
                "start": p.start,
                "end": p.end,
                "name": p.name,
                "country": p.country,
                "lat": p.lat,
                "lon": p.lon,
                "feature": p.feature,
                "rule": p.rule,
                "sentence": p.sentence,
            }
            for p in coded.places
        ],
        "events": [event_to_dict(e) | {"rule": e.rule} for e in coded.events],
    }
