"""The store as the web app sees it: opened read-only, one DuckDB cursor per worker thread.

The store's own methods answer most requests (``events``, ``event``, ``documents``,
``document``, ``stats``). What the web app needs beyond them is queried here, read-only, over
the store's tables with bound parameters: a total count for paging, counts per day and
QuadClass and per place under the same filters as ``events``, and each mention's character
offsets (trigger, source, target) with its sentence's position in the document.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from hadath.errors import StoreError
from hadath.settings import DEFAULT, Settings
from hadath.store import schema
from hadath.store.duck import DuckStore
from hadath.store.query import EventFilter, where_clause


class ReadOnlyStore(DuckStore):
    """A :class:`DuckStore` over a connection opened ``read_only``: it never migrates or writes."""

    def __init__(self, path: str | Path, settings: Settings = DEFAULT, con: Any = None) -> None:
        import duckdb

        self.path = str(path)
        self.settings = settings
        if con is not None:
            self._con = con
            return
        if self.path == ":memory:" or not Path(self.path).is_file():
            raise StoreError(f"{self.path}: no store there; create one with `hadath ingest`")
        try:
            self._con = duckdb.connect(self.path, read_only=True)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store read-only ({exc}); "
                             "is an ingest writing to it?") from exc
        try:
            row = self._con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: not a hadath store ({exc})") from exc
        self.version = row[0] or 0
        if self.version != schema.LATEST:
            raise StoreError(f"{self.path}: store schema version {self.version}, this hadath "
                             f"reads version {schema.LATEST}; run `hadath ingest` on it to "
                             "upgrade, or upgrade hadath")

    def cursor(self) -> ReadOnlyStore:
        """The same store over a new cursor, for use by one thread."""
        view = ReadOnlyStore(self.path, self.settings, con=self._con.cursor())
        view.version = self.version
        return view


class StorePool:
    """Hands each thread its own cursor on one read-only store (DuckDB connections are not
    safe to share between threads; cursors are)."""

    def __init__(self, path: str | Path) -> None:
        self.root = ReadOnlyStore(path)
        self._local = threading.local()

    def get(self) -> ReadOnlyStore:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = self.root.cursor()
        return store

    def close(self) -> None:
        self.root.close()


@dataclass(frozen=True, slots=True)
class Span:
    """A highlighted part of a mention's sentence; offsets index the document text."""

    role: str  # trigger, source, target, date or place
    text: str
    start: int
    end: int
    code: str | None = None
    located: str = "offset"  # offset: stored by the coder; search: found by its text


@dataclass(frozen=True, slots=True)
class MentionView:
    """One mention of an event with what the page needs to show and highlight it."""

    doc_id: str
    mention_id: str
    cameo: str
    status: str
    confidence: float
    outlet: str | None
    published: date | None
    url: str | None
    title: str | None
    date: date | None
    date_text: str | None
    sentence_index: int
    sentence_start: int | None
    sentence_end: int | None
    sentence_text: str | None
    spans: tuple[Span, ...]


def _extend(f: EventFilter, extra: str) -> tuple[str, list[Any]]:
    where, params = where_clause(f)
    return (f"{where} AND {extra}" if where else f"WHERE {extra}"), params


def count_events(store: DuckStore, f: EventFilter) -> int:
    """How many events match ``f`` (for paging)."""
    where, params = where_clause(f)
    return store.raw().execute(f"SELECT count(*) FROM events e {where}", params).fetchone()[0]


def timeline(store: DuckStore, f: EventFilter) -> list[tuple[date, int, int]]:
    """``(day, quad_class, events)`` of the dated events matching ``f``, by day."""
    where, params = _extend(f, "e.event_date IS NOT NULL")
    sql = (f"SELECT e.event_date, e.quad_class, count(*) FROM events e {where} "
           "GROUP BY 1, 2 ORDER BY 1, 2")
    return [tuple(r) for r in store.raw().execute(sql, params).fetchall()]


def places(store: DuckStore, f: EventFilter, limit: int) -> tuple[list[tuple], list[tuple]]:
    """Geocoded points ``(lat, lon, name, country, events)``, most events first, and
    ``(country, events)`` for every place country, under filter ``f``."""
    where, params = _extend(f, "e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL")
    con = store.raw()
    points = con.execute(
        f"SELECT e.place_lat, e.place_lon, any_value(e.place_name), any_value(e.place_country), "
        f"count(*) AS n FROM events e {where} GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?",
        [*params, limit]).fetchall()
    where, params = _extend(f, "e.place_country IS NOT NULL")
    countries = con.execute(
        f"SELECT e.place_country, count(*) AS n FROM events e {where} GROUP BY 1 "
        "ORDER BY n DESC, 1", params).fetchall()
    return [tuple(p) for p in points], [tuple(c) for c in countries]


_MENTIONS = """
SELECT m.doc_id, m.mention_id, m.cameo, m.status, m.confidence, m.outlet, m.published, m.url,
       d.title, m.date, m.date_text, m.sentence, m.sentence_text,
       m.trigger_text, m.trigger_start, m.trigger_end,
       m.source_text, m.source_code, m.source_start, m.source_end,
       m.target_text, m.target_code, m.target_start, m.target_end,
       m.place_text, m.place_country, d.text
FROM mentions m
LEFT JOIN documents d ON d.doc_id = m.doc_id
WHERE m.event_id = ?
ORDER BY m.published NULLS LAST, m.doc_id, m.sentence, m.mention_id
LIMIT ?
"""


def event_mentions(store: DuckStore, event_id: str, limit: int) -> list[MentionView]:
    """The mentions of one event with offsets to highlight, oldest article first."""
    rows = store.raw().execute(_MENTIONS, [event_id, limit]).fetchall()
    return [_mention_view(r) for r in rows]


def _mention_view(r: tuple) -> MentionView:
    (doc_id, mention_id, cameo, status, confidence, outlet, published, url, title, when,
     date_text, index, sentence, trig, t0, t1, src, src_code, s0, s1, tgt, tgt_code, g0, g1,
     place, country, text) = r
    start = sentence_start(text or "", sentence, t0)
    spans = [Span(role, *rest) for role, *rest in (
        ("trigger", trig, t0, t1), ("source", src, s0, s1, src_code),
        ("target", tgt, g0, g1, tgt_code)) if rest[0] and rest[1] is not None]
    if start is not None and sentence:
        taken = [(s.start, s.end) for s in spans]
        for role, words, code in (("date", date_text, None), ("place", place, country)):
            found = find_free(sentence, words, start, taken)
            if found is not None:
                spans.append(Span(role, words, found, found + len(words), code, "search"))
                taken.append((found, found + len(words)))
    end = start + len(sentence) if start is not None and sentence else None
    return MentionView(doc_id, mention_id, cameo, status, confidence, outlet, published, url,
                       title, when, date_text, index, start, end, sentence, tuple(spans))


def sentence_start(text: str, sentence: str | None, anchor: int | None) -> int | None:
    """Where ``sentence`` starts in ``text``: the occurrence holding offset ``anchor`` if any."""
    if not sentence:
        return None
    first = None
    at = text.find(sentence)
    while at >= 0:
        if anchor is None or at <= anchor < at + len(sentence):
            return at
        first = at if first is None else first
        at = text.find(sentence, at + 1)
    return first


def find_free(sentence: str, words: str | None, base: int,
              taken: list[tuple[int, int]]) -> int | None:
    """Document offset of ``words`` in ``sentence`` (which starts at ``base``), preferring an
    occurrence that overlaps no span already highlighted."""
    if not words:
        return None
    first = None
    at = sentence.find(words)
    while at >= 0:
        a, b = base + at, base + at + len(words)
        if all(b <= s or a >= e for s, e in taken):
            return a
        first = a if first is None else first
        at = sentence.find(words, at + 1)
    return first
