"""Write one batch of documents, mentions and problems in one transaction, clustering as it goes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pyarrow as pa

from hadath.normalise import norm
from hadath.readers import Problem
from hadath.rows import DOCUMENT_SCHEMA, MENTION_SCHEMA
from hadath.store.cluster import (
    Candidate,
    assign,
    entity_key,
    global_id,
    mention_day,
    mention_key,
)

DOC_TABLE_SCHEMA = DOCUMENT_SCHEMA.append(pa.field("status", pa.string())).append(
    pa.field("text_hash", pa.string()))
MENTION_TABLE_SCHEMA = MENTION_SCHEMA.append(pa.field("search_text", pa.string())).append(
    pa.field("event_id", pa.string()))


@dataclass(frozen=True, slots=True)
class Duplicate:
    doc_id: str
    first_id: str
    kind: str  # exact or near
    similarity: float


@dataclass(frozen=True, slots=True)
class Batch:
    """Everything one transaction writes. Document rows carry ``status`` and ``text_hash``."""

    documents: Sequence[dict[str, Any]] = ()
    mentions: Sequence[dict[str, Any]] = ()
    duplicates: Sequence[Duplicate] = ()
    signatures: Sequence[tuple[str, bytes, tuple[int, ...]]] = ()  # doc id, MinHash, bands
    problems: Sequence[Problem] = ()


@dataclass(frozen=True, slots=True)
class BatchResult:
    mentions: int
    events_new: int
    events_joined: int


def write_batch(con: Any, batch: Batch, window: int) -> BatchResult:
    """Write ``batch`` atomically: all of it is committed, or none of it."""
    con.execute("BEGIN TRANSACTION")
    try:
        _insert(con, "documents", batch.documents, DOC_TABLE_SCHEMA)
        _insert_problems(con, batch.problems)
        _insert_duplicates(con, batch.duplicates)
        _insert_signatures(con, batch.signatures)
        result = _cluster(con, batch, window)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return result


def _insert(con: Any, table: str, rows: Sequence[dict[str, Any]], schema: pa.Schema) -> None:
    if not rows:
        return
    data = pa.Table.from_pylist(list(rows), schema=schema)
    cols = ", ".join(f'"{c}"' for c in schema.names)
    con.register("_hadath_rows", data)
    try:
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _hadath_rows")
    finally:
        con.unregister("_hadath_rows")


def _insert_problems(con: Any, problems: Sequence[Problem]) -> None:
    if problems:
        con.executemany("INSERT OR IGNORE INTO problems (origin, reason) VALUES (?, ?)",
                        [[p.where, p.reason] for p in dict.fromkeys(problems)])


def _insert_duplicates(con: Any, dups: Sequence[Duplicate]) -> None:
    rows = [{"doc_id": d.doc_id, "first_id": d.first_id, "kind": d.kind,
             "similarity": d.similarity} for d in dups]
    schema = pa.schema([("doc_id", pa.string()), ("first_id", pa.string()),
                        ("kind", pa.string()), ("similarity", pa.float64())])
    _insert(con, "duplicates", rows, schema)


def _insert_signatures(con: Any, sigs: Sequence[tuple[str, bytes, tuple[int, ...]]]) -> None:
    _insert(con, "minhashes", [{"doc_id": d, "signature": s} for d, s, _ in sigs],
            pa.schema([("doc_id", pa.string()), ("signature", pa.binary())]))
    bands = [{"hash": h, "doc_id": d} for d, _, hs in sigs for h in hs]
    _insert(con, "minhash_bands", bands, pa.schema([("hash", pa.int64()), ("doc_id", pa.string())]))


def _cluster(con: Any, batch: Batch, window: int) -> BatchResult:
    mentions = list(batch.mentions)
    if not mentions:
        return BatchResult(0, 0, 0)
    duplicate_docs = {d.doc_id for d in batch.duplicates}
    candidates = _candidates(con, mentions, window)
    may_found = [m["doc_id"] not in duplicate_docs for m in mentions]
    ids, founders = assign(mentions, candidates, window, may_found)
    _insert(con, "events", [_event_row(mentions[i], ids[i]) for i in founders], _EVENT_SCHEMA)
    rows = [dict(m, search_text=norm(m.get("sentence_text") or ""), event_id=e)
            for m, e in zip(mentions, ids, strict=True)]
    _insert(con, "mentions", rows, MENTION_TABLE_SCHEMA)
    links = [{"event_id": e, "doc_id": m["doc_id"], "mention_id": m["mention_id"]}
             for m, e in zip(mentions, ids, strict=True) if e is not None]
    _insert(con, "event_mentions", links, _LINK_SCHEMA)
    _update_counts(con, {e for e in ids if e is not None})
    joined = sum(1 for e in ids if e is not None) - len(founders)
    return BatchResult(len(mentions), len(founders), joined)


def _candidates(con: Any, mentions: list[dict[str, Any]], window: int) -> list[Candidate]:
    keys = {mention_key(m) for m in mentions}
    days = [d for d in (mention_day(m) for m in mentions) if d is not None]
    lo = min(days) - timedelta(days=window) if days else None
    hi = max(days) + timedelta(days=window) if days else None
    table = pa.table({"root": [k[0] for k in keys], "source_key": [k[1] for k in keys],
                      "target_key": [k[2] for k in keys]})
    con.register("_hadath_keys", table)
    try:
        found = con.execute(
            "SELECT e.event_id, e.root, e.source_key, e.target_key, e.event_date, e.place_country "
            "FROM events e JOIN _hadath_keys k ON e.root = k.root "
            "AND e.source_key = k.source_key AND e.target_key = k.target_key "
            "WHERE e.event_date IS NULL OR e.event_date BETWEEN ? AND ? "
            "ORDER BY e.added, e.event_id", [lo, hi]).fetchall()
    finally:
        con.unregister("_hadath_keys")
    return [Candidate(r[0], (r[1], r[2], r[3]), r[4], r[5]) for r in found]


def _update_counts(con: Any, event_ids: set[str]) -> None:
    if not event_ids:
        return
    con.register("_hadath_touched", pa.table({"event_id": sorted(event_ids)}))
    try:
        con.execute(
            "UPDATE events SET num_mentions = a.n, num_articles = a.na, num_sources = a.ns, "
            "first_seen = a.fs, last_seen = a.ls FROM ("
            " SELECT em.event_id, count(*) AS n, count(DISTINCT em.doc_id) AS na,"
            " count(DISTINCT coalesce(d.outlet, '')) AS ns,"
            " min(coalesce(d.published, CAST(d.ingested_at AS DATE))) AS fs,"
            " max(coalesce(d.published, CAST(d.ingested_at AS DATE))) AS ls"
            " FROM event_mentions em JOIN documents d ON d.doc_id = em.doc_id"
            " WHERE em.event_id IN (SELECT event_id FROM _hadath_touched)"
            " GROUP BY em.event_id) a WHERE events.event_id = a.event_id")
    finally:
        con.unregister("_hadath_touched")


def _event_row(m: dict[str, Any], event_id: str | None) -> dict[str, Any]:
    assert event_id is not None
    day = mention_day(m)
    return {
        "event_id": event_id, "global_id": global_id(event_id), "cameo": m["cameo"],
        "root": m["root"], "plover_type": m["plover_type"], "plover_mode": m["plover_mode"],
        "quad_class": m["quad_class"], "goldstein": m["goldstein"],
        "source_code": m["source_code"], "source_name": m["source_text"],
        "source_key": entity_key(m["source_code"]),
        "target_code": m["target_code"], "target_name": m["target_text"],
        "target_key": entity_key(m["target_code"]),
        "event_date": day,
        "date_precision": m["date_precision"] if m.get("date") else ("published" if day else None),
        "place_name": m["place_name"], "place_country": m["place_country"],
        "place_lat": m["place_lat"], "place_lon": m["place_lon"],
        "doc_id": m["doc_id"], "url": m["url"], "sentence_text": m["sentence_text"],
        "month": day.strftime("%Y-%m") if day else "unknown",
    }


_EVENT_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("global_id", pa.int64()), ("cameo", pa.string()),
    ("root", pa.string()), ("plover_type", pa.string()), ("plover_mode", pa.string()),
    ("quad_class", pa.int8()), ("goldstein", pa.float32()),
    ("source_code", pa.string()), ("source_name", pa.string()), ("source_key", pa.string()),
    ("target_code", pa.string()), ("target_name", pa.string()), ("target_key", pa.string()),
    ("event_date", pa.date32()), ("date_precision", pa.string()),
    ("place_name", pa.string()), ("place_country", pa.string()),
    ("place_lat", pa.float64()), ("place_lon", pa.float64()),
    ("doc_id", pa.string()), ("url", pa.string()), ("sentence_text", pa.string()),
    ("month", pa.string()),
])
_LINK_SCHEMA = pa.schema([("event_id", pa.string()), ("doc_id", pa.string()),
                          ("mention_id", pa.string())])
