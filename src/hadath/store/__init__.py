"""The event store: ingest corpora, deduplicate, cluster mentions into events, query, export.

>>> store = open_store(":memory:")
>>> store.stats().events
0
"""

from __future__ import annotations

from pathlib import Path

from hadath.settings import DEFAULT, Settings
from hadath.store.base import Store
from hadath.store.ingest import ingest  # the function, not the submodule
from hadath.store.records import (
    EventDetail,
    IngestSummary,
    Stats,
    StoredDocument,
    StoredEvent,
    StoredMention,
)

__all__ = [
    "EventDetail",
    "IngestSummary",
    "Stats",
    "Store",
    "StoredDocument",
    "StoredEvent",
    "StoredMention",
    "ingest",
    "ingest_parquet",
    "open_store",
]


def open_store(path: str | Path = "hadath.duckdb", settings: Settings = DEFAULT) -> Store:
    """Open (creating and migrating if needed) the DuckDB store at ``path`` or ``":memory:"``."""
    from hadath.store.duck import DuckStore

    return DuckStore(path, settings)


def __getattr__(name: str):  # lazy: DuckDB's Parquet reader is only needed here
    if name == "ingest_parquet":
        from hadath.store.from_parquet import ingest_parquet

        return ingest_parquet
    raise AttributeError(name)
