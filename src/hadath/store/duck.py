"""The DuckDB implementation of :class:`~hadath.store.base.Store`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa

from hadath.errors import StoreError
from hadath.readers import Problem
from hadath.settings import DEFAULT, Settings
from hadath.store import dedup, schema
from hadath.store.query import EventFilter, make_filter, where_clause
from hadath.store.records import (
    EventDetail,
    Stats,
    StoredDocument,
    StoredEvent,
    StoredMention,
)
from hadath.store.write import Batch, BatchResult, write_batch

EVENT_COLUMNS = (
    "event_id, global_id, cameo, root, plover_type, plover_mode, quad_class, goldstein, "
    "source_code, source_name, target_code, target_name, event_date, date_precision, "
    "place_name, place_country, place_lat, place_lon, num_mentions, num_articles, num_sources, "
    "first_seen, last_seen, doc_id, url, sentence_text, added"
)
MENTION_COLUMNS = (
    "m.doc_id, m.mention_id, m.event_id, m.cameo, m.source_text, m.source_code, m.target_text, "
    "m.target_code, m.trigger_text, m.date, m.status, m.sentence, m.sentence_text, m.confidence, "
    "m.outlet, m.published, m.url"
)
DOCUMENT_COLUMNS = (
    "d.doc_id, d.title, d.published, d.outlet, d.url, d.lang, d.origin, d.status, d.n_events, "
    "x.first_id, x.similarity"
)


class DuckStore:
    """Events, mentions and documents in one DuckDB file (or ``:memory:``)."""

    def __init__(self, path: str | Path = "hadath.duckdb", settings: Settings = DEFAULT) -> None:
        import duckdb

        self.path = str(path)
        self.settings = settings
        try:
            self._con = duckdb.connect(self.path)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc
        self.version = schema.migrate(self._con)

    # lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> DuckStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ingest support --------------------------------------------------------------------------
    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` already stored."""
        return {r[0] for r in self._in("SELECT doc_id FROM documents WHERE doc_id IN "
                                       "(SELECT v FROM _hadath_in)", ids)}

    def originals_by_hash(self, hashes: Iterable[str]) -> dict[str, str]:
        """Text hash -> id of the stored original (non-duplicate) document with that text."""
        rows = self._in("SELECT text_hash, min(doc_id) FROM documents WHERE status = 'coded' "
                        "AND text_hash IN (SELECT v FROM _hadath_in) GROUP BY text_hash", hashes)
        return dict(rows)

    def near_index(self, band_hashes: Iterable[int]) -> dedup.NearIndex:
        """A near-duplicate index holding the stored originals that share a band with these."""
        bands: dict[int, list[str]] = {}
        for h, doc_id in self._in("SELECT hash, doc_id FROM minhash_bands WHERE hash IN "
                                  "(SELECT v FROM _hadath_in)", band_hashes, pa.int64()):
            bands.setdefault(h, []).append(doc_id)
        ids = {d for v in bands.values() for d in v}
        sigs = self._in("SELECT doc_id, signature FROM minhashes WHERE doc_id IN "
                        "(SELECT v FROM _hadath_in)", ids)
        return dedup.NearIndex(bands, {d: dedup.from_bytes(s) for d, s in sigs})

    def write_batch(self, batch: Batch) -> BatchResult:
        """Store one batch in one transaction (see :mod:`hadath.store.write`)."""
        return write_batch(self._con, batch, self.settings.cluster_window_days)

    def _in(self, sql: str, values: Iterable[Any], kind: pa.DataType | None = None) -> list[Any]:
        column = pa.array(list(values), kind or pa.string())
        self._con.register("_hadath_in", pa.table({"v": column}))
        try:
            return self._con.execute(sql).fetchall()
        finally:
            self._con.unregister("_hadath_in")

    # queries ---------------------------------------------------------------------------------
    def events(self, since: date | str | None = None, until: date | str | None = None,
               actor: str | None = None, dyad: tuple[str, str] | str | None = None,
               code: str | None = None, plover: str | None = None, country: str | None = None,
               text: str | None = None, limit: int = 100, offset: int = 0) -> list[StoredEvent]:
        """Events matching every given filter, newest first (undated last)."""
        f = make_filter(since, until, actor, dyad, code, plover, country, text)
        return [StoredEvent(*row) for row in self._select(f, limit, offset).fetchall()]

    def events_arrow(self, since: date | str | None = None, until: date | str | None = None,
                     actor: str | None = None, dyad: tuple[str, str] | str | None = None,
                     code: str | None = None, plover: str | None = None,
                     country: str | None = None, text: str | None = None,
                     limit: int | None = 100, offset: int = 0) -> pa.Table:
        """The same as :meth:`events`, as an Arrow table (``limit=None``: all of them)."""
        f = make_filter(since, until, actor, dyad, code, plover, country, text)
        return self._select(f, limit, offset, arrow=True)

    def _select(self, f: EventFilter, limit: int | None, offset: int, arrow: bool = False) -> Any:
        """Two steps, because sorting narrow rows is far cheaper than sorting wide ones: the
        row ids of the page, then those rows."""
        where, params = where_clause(f)
        order = "ORDER BY e.event_date DESC NULLS LAST, e.global_id"  # global_id: 60 bits, unique
        if limit is None:
            sql = f"SELECT {EVENT_COLUMNS} FROM events e {where} {order}"
            return self._con.sql(sql, params=params).to_arrow_table() if arrow else (
                self._con.execute(sql, params))
        page = self._con.execute(f"SELECT e.rowid FROM events e {where} {order} LIMIT ? OFFSET ?",
                                 [*params, int(limit), int(offset)]).fetchall()
        sql = (f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.rowid = ANY(?) "
               "ORDER BY list_position(?, e.rowid)")
        ids = [r[0] for r in page]
        if arrow:
            return self._con.sql(sql, params=[ids, ids]).to_arrow_table()
        return self._con.execute(sql, [ids, ids])

    def event(self, event_id: str) -> EventDetail | None:
        """One event with all its mentions and their sentences."""
        row = self._con.execute(f"SELECT {EVENT_COLUMNS} FROM events WHERE event_id = ?",
                                [event_id]).fetchall()
        if not row:
            return None
        mentions = self._con.execute(
            f"SELECT {MENTION_COLUMNS} FROM mentions m WHERE m.event_id = ? "
            "ORDER BY m.published NULLS LAST, m.doc_id, m.sentence", [event_id]).fetchall()
        return EventDetail(StoredEvent(*row[0]), tuple(StoredMention(*m) for m in mentions))

    def documents(self, since: date | str | None = None, until: date | str | None = None,
                  outlet: str | None = None, status: str | None = None, limit: int = 100,
                  offset: int = 0) -> list[StoredDocument]:
        """Stored documents (without their text), newest first."""
        f = make_filter(since=since, until=until)
        parts, params = [], []
        for sql, value in (("d.published >= ?", f.since), ("d.published <= ?", f.until),
                           ("d.outlet = ?", outlet), ("d.status = ?", status)):
            if value is not None:
                parts.append(sql)
                params.append(value)
        where = "WHERE " + " AND ".join(parts) if parts else ""
        rows = self._con.execute(
            f"SELECT {DOCUMENT_COLUMNS} FROM documents d LEFT JOIN duplicates x "
            f"ON x.doc_id = d.doc_id {where} ORDER BY d.published DESC NULLS LAST, d.doc_id "
            "LIMIT ? OFFSET ?", [*params, int(limit), int(offset)]).fetchall()
        return [StoredDocument(*r) for r in rows]

    def document(self, doc_id: str) -> StoredDocument | None:
        """One document with its text and its mentions."""
        row = self._con.execute(
            f"SELECT {DOCUMENT_COLUMNS}, d.text FROM documents d LEFT JOIN duplicates x "
            "ON x.doc_id = d.doc_id WHERE d.doc_id = ?", [doc_id]).fetchall()
        if not row:
            return None
        mentions = self._con.execute(
            f"SELECT {MENTION_COLUMNS} FROM mentions m WHERE m.doc_id = ? "
            "ORDER BY m.sentence, m.mention_id", [doc_id]).fetchall()
        return StoredDocument(*row[0], mentions=tuple(StoredMention(*m) for m in mentions))

    def problems(self) -> list[Problem]:
        rows = self._con.execute("SELECT origin, reason FROM problems ORDER BY origin, reason")
        return [Problem(*r) for r in rows.fetchall()]

    def stats(self) -> Stats:
        """Counts by day, CAMEO root, QuadClass, dyad and country."""
        q = self._con.execute
        docs = dict(q("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
        one = lambda sql: q(sql).fetchall()[0][0]  # noqa: E731
        group = lambda sql: tuple(tuple(r) for r in q(sql).fetchall())  # noqa: E731
        return Stats(
            documents=sum(docs.values()), coded=docs.get("coded", 0),
            skipped=docs.get("skipped", 0), duplicates=docs.get("duplicate", 0),
            mentions=one("SELECT count(*) FROM mentions"),
            events=one("SELECT count(*) FROM events"),
            problems=one("SELECT count(*) FROM problems"),
            by_day=group("SELECT event_date, count(*) FROM events GROUP BY 1 ORDER BY 1"),
            by_root=group("SELECT root, count(*) FROM events GROUP BY 1 ORDER BY 1"),
            by_quad_class=group("SELECT quad_class, count(*) FROM events GROUP BY 1 ORDER BY 1"),
            by_dyad=group("SELECT source_key || '-' || target_key, count(*) AS n FROM events "
                          "WHERE source_key <> '' AND target_key <> '' "
                          "GROUP BY 1 ORDER BY n DESC, 1 LIMIT 20"),
            by_country=group("SELECT place_country, count(*) AS n FROM events "
                             "WHERE place_country IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 "
                             "LIMIT 20"),
        )

    def count(self, table: str) -> int:
        """Rows of one of the store's tables."""
        if table not in _TABLES:
            raise StoreError(f"no table {table!r}; tables: {', '.join(_TABLES)}")
        return self._con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]

    # exports ---------------------------------------------------------------------------------
    def scan(self, what: str, batch_rows: int = 50_000) -> pa.RecordBatchReader:
        """Stream a whole table for export: ``events``, ``mentions`` (with ``event_id`` and
        ``doc_len``), ``documents`` or ``problems``."""
        if what not in _SCANS:
            raise StoreError(f"cannot export {what!r}; choose one of {', '.join(_SCANS)}")
        return self._con.cursor().sql(_SCANS[what]).to_arrow_reader(batch_rows)

    def raw(self) -> Any:
        """The DuckDB connection (benchmarks and tests)."""
        return self._con


_TABLES = ("documents", "mentions", "events", "event_mentions", "duplicates", "problems",
           "minhashes", "minhash_bands", "schema_migrations")
_SCANS = {
    "events": "SELECT * EXCLUDE (source_key, target_key) FROM events ORDER BY event_date, event_id",
    "mentions": "SELECT m.* EXCLUDE (search_text), length(d.text) AS doc_len "
                "FROM mentions m JOIN documents d ON d.doc_id = m.doc_id "
                "ORDER BY m.doc_id, m.sentence, m.mention_id",
    "documents": "SELECT * EXCLUDE (text_hash, ingested_at) FROM documents ORDER BY doc_id",
    "problems": 'SELECT origin AS "where", reason FROM problems ORDER BY origin',
}
