"""Flat rows of coded documents: the one schema shared by the store, Parquet exports and Spark.

A *mention* row is one coded event in one article (GDELT's mentions table); the store clusters
mentions of the same real event into events.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from hadath.records import CodedDocument, Event

MENTION_SCHEMA = pa.schema(
    [
        ("mention_id", pa.string()),
        ("doc_id", pa.string()),
        ("cameo", pa.string()),
        ("root", pa.string()),
        ("plover_type", pa.string()),
        ("plover_mode", pa.string()),
        ("quad_class", pa.int8()),
        ("goldstein", pa.float32()),
        ("source_text", pa.string()),
        ("source_code", pa.string()),
        ("source_start", pa.int32()),
        ("source_end", pa.int32()),
        ("target_text", pa.string()),
        ("target_code", pa.string()),
        ("target_start", pa.int32()),
        ("target_end", pa.int32()),
        ("trigger_text", pa.string()),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
        ("date", pa.date32()),
        ("date_text", pa.string()),
        ("date_precision", pa.string()),
        ("place_text", pa.string()),
        ("place_name", pa.string()),
        ("place_country", pa.string()),
        ("place_lat", pa.float64()),
        ("place_lon", pa.float64()),
        ("status", pa.string()),
        ("reported_by_text", pa.string()),
        ("reported_by_code", pa.string()),
        ("sentence", pa.int32()),
        ("sentence_text", pa.string()),
        ("confidence", pa.float32()),
        ("outlet", pa.string()),
        ("published", pa.date32()),
        ("url", pa.string()),
        ("month", pa.string()),  # YYYY-MM of the event date, else of publication; partition key
    ]
)

DOCUMENT_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("published", pa.date32()),
        ("outlet", pa.string()),
        ("url", pa.string()),
        ("lang", pa.string()),
        ("origin", pa.string()),
        ("n_events", pa.int32()),
        ("month", pa.string()),
    ]
)

PROBLEM_SCHEMA = pa.schema([("where", pa.string()), ("reason", pa.string())])


def _month(coded: CodedDocument, e: Event | None = None) -> str:
    d = (e.date if e is not None else None) or coded.document.published
    return d.strftime("%Y-%m") if d else "unknown"


def mention_rows(coded: CodedDocument) -> list[dict[str, Any]]:
    """One row per coded event of ``coded``, columns as :data:`MENTION_SCHEMA`."""
    doc = coded.document
    sentences = {s.index: s.text for s in coded.sentences}
    out = []
    for e in coded.events:
        src, tgt, pl, rep = e.source, e.target, e.place, e.reported_by
        out.append(
            {
                "mention_id": e.id,
                "doc_id": doc.id,
                "cameo": e.cameo,
                "root": e.root,
                "plover_type": e.plover_type,
                "plover_mode": e.plover_mode,
                "quad_class": e.quad_class,
                "goldstein": e.goldstein,
                "source_text": src.text if src else None,
                "source_code": src.code if src else None,
                "source_start": src.start if src else None,
                "source_end": src.end if src else None,
                "target_text": tgt.text if tgt else None,
                "target_code": tgt.code if tgt else None,
                "target_start": tgt.start if tgt else None,
                "target_end": tgt.end if tgt else None,
                "trigger_text": e.trigger.text,
                "trigger_start": e.trigger.start,
                "trigger_end": e.trigger.end,
                "date": e.date,
                "date_text": e.date_text,
                "date_precision": e.date_precision,
                "place_text": pl.text if pl else None,
                "place_name": pl.name if pl else None,
                "place_country": pl.country if pl else None,
                "place_lat": pl.lat if pl else None,
                "place_lon": pl.lon if pl else None,
                "status": e.status,
                "reported_by_text": rep.text if rep else None,
                "reported_by_code": rep.code if rep else None,
                "sentence": e.sentence,
                "sentence_text": sentences.get(e.sentence),
                "confidence": e.confidence,
                "outlet": doc.outlet,
                "published": doc.published,
                "url": doc.url,
                "month": _month(coded, e),
            }
        )
    return out


def document_row(coded: CodedDocument) -> dict[str, Any]:
    """The document's row, columns as :data:`DOCUMENT_SCHEMA`."""
    doc = coded.document
    return {
        "doc_id": doc.id,
        "title": doc.title,
        "text": doc.text,
        "published": doc.published,
        "outlet": doc.outlet,
        "url": doc.url,
        "lang": doc.lang,
        "origin": doc.origin,
        "n_events": len(coded.events),
        "month": _month(coded),
    }
