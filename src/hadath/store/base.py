"""The store interface: what ingest, queries, exports, the CLI and the web app rely on.

DuckDB implements it today (:class:`hadath.store.duck.DuckStore`); a PostgreSQL store would
implement the same methods.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol, runtime_checkable

import pyarrow as pa

from hadath.readers import Problem
from hadath.settings import Settings
from hadath.store.dedup import NearIndex
from hadath.store.records import EventDetail, Stats, StoredDocument, StoredEvent
from hadath.store.write import Batch, BatchResult


@runtime_checkable
class Store(Protocol):
    path: str
    settings: Settings

    def close(self) -> None: ...

    # ingest
    def known_ids(self, ids: Iterable[str]) -> set[str]: ...
    def originals_by_hash(self, hashes: Iterable[str]) -> dict[str, str]: ...
    def near_index(self, band_hashes: Iterable[int]) -> NearIndex: ...
    def write_batch(self, batch: Batch) -> BatchResult: ...

    # queries
    def events(self, since: date | str | None = None, until: date | str | None = None,
               actor: str | None = None, dyad: tuple[str, str] | str | None = None,
               code: str | None = None, plover: str | None = None, country: str | None = None,
               text: str | None = None, limit: int = 100, offset: int = 0
               ) -> list[StoredEvent]: ...
    def events_arrow(self, since: date | str | None = None, until: date | str | None = None,
                     actor: str | None = None, dyad: tuple[str, str] | str | None = None,
                     code: str | None = None, plover: str | None = None,
                     country: str | None = None, text: str | None = None,
                     limit: int | None = 100, offset: int = 0) -> pa.Table: ...
    def event(self, event_id: str) -> EventDetail | None: ...
    def documents(self, since: date | str | None = None, until: date | str | None = None,
                  outlet: str | None = None, status: str | None = None, limit: int = 100,
                  offset: int = 0) -> list[StoredDocument]: ...
    def document(self, doc_id: str) -> StoredDocument | None: ...
    def problems(self) -> list[Problem]: ...
    def stats(self) -> Stats: ...
    def count(self, table: str) -> int: ...

    # exports
    def scan(self, what: str, batch_rows: int = 50_000) -> pa.RecordBatchReader: ...
