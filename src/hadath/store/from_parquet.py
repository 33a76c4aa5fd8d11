"""Load the Spark job's Parquet output (``docs/spark.md``) — or a store's Parquet export — into a
store: documents, their mentions and the problems, deduplicated and clustered like ``ingest``.

Documents are taken oldest first (publication date, then id), so the first copy of a syndicated
story is the earliest one; documents and mentions are read in that order through DuckDB (which
sorts on disk when it must) and merged, so memory stays bounded on large outputs.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from hadath.errors import StoreError
from hadath.readers import Problem
from hadath.records import Document
from hadath.rows import DOCUMENT_SCHEMA, MENTION_SCHEMA
from hadath.settings import DEFAULT, Settings
from hadath.store.base import Store
from hadath.store.ingest import Progress, Rows, run_batches
from hadath.store.records import IngestSummary


def ingest_parquet(
    store: Store, folder: str | Path, settings: Settings = DEFAULT,
    progress: Progress | None = None,
) -> IngestSummary:
    """Store the documents, mentions and problems of a Parquet output folder."""
    import duckdb

    root = Path(folder)
    if not (root / "documents").is_dir():
        raise StoreError(f"{root}: not a hadath Parquet output (no documents/ folder); "
                         "expected documents/, mentions/ and problems/ as docs/spark.md says")
    con = duckdb.connect(":memory:")
    try:
        mentions = _mentions_by_doc(con, root)
        pending: dict[str, Any] = {"doc": None, "rows": []}

        def rows_for(doc: Document) -> Rows:
            found = _take(mentions, pending, doc)
            return dict(_doc_row(doc), n_events=len(found)), found

        items = _items(con, root)
        return run_batches(store, items, rows_for, settings, progress)
    finally:
        con.close()


def _items(con: Any, root: Path) -> Iterator[Document | Problem]:
    yield from _problems(root)
    cols = ", ".join(n for n in DOCUMENT_SCHEMA.names if n != "month")
    reader = con.sql(
        f"SELECT {cols} FROM read_parquet(?, hive_partitioning = true, union_by_name = true) "
        "ORDER BY published NULLS LAST, doc_id",
        params=[str(root / "documents" / "**" / "*.parquet")]
    ).to_arrow_reader(1000)
    for batch in reader:
        for r in batch.to_pylist():
            yield Document(id=r["doc_id"], text=r["text"] or "", published=r["published"],
                           title=r["title"], lang=r["lang"], outlet=r["outlet"], url=r["url"],
                           origin=r["origin"])


def _problems(root: Path) -> Iterator[Problem]:
    files = sorted((root / "problems").rglob("*.parquet")) if (root / "problems").is_dir() else []
    import pyarrow.parquet as pq

    for f in files:
        for r in pq.read_table(f).to_pylist():
            yield Problem(r["where"], r["reason"])


def _mentions_by_doc(con: Any, root: Path) -> Iterator[dict[str, Any]]:
    if not any((root / "mentions").rglob("*.parquet")):
        return iter(())
    cols = ", ".join(f'"{n}"' for n in MENTION_SCHEMA.names if n != "month")
    reader = con.cursor().sql(
        f"SELECT {cols}, CAST(month AS VARCHAR) AS month FROM read_parquet(?, "
        "hive_partitioning = true, union_by_name = true) "
        "ORDER BY published NULLS LAST, doc_id, sentence, mention_id",
        params=[str(root / "mentions" / "**" / "*.parquet")]).to_arrow_reader(5000)
    return (row for batch in reader for row in batch.to_pylist())


def _order(published: date | None, doc_id: str) -> tuple[bool, date, str]:
    """The sort order of both streams: publication date (missing last), then id."""
    return (published is None, published or date.min, doc_id)


def _take(mentions: Iterator[dict[str, Any]], pending: dict[str, Any],
          doc: Document) -> list[dict[str, Any]]:
    """The mentions of ``doc`` (both streams are in :func:`_order`)."""
    here = _order(doc.published, doc.id)
    rows = []
    while True:
        row = pending["doc"] or next(mentions, None)
        pending["doc"] = None
        if row is None:
            return rows
        at = _order(row["published"], row["doc_id"])
        if at < here:
            continue  # a mention whose document is missing: nothing to attach it to
        if at > here:
            pending["doc"] = row
            return rows
        rows.append(row)


def _doc_row(doc: Document) -> dict[str, Any]:
    d = doc.published
    return {"doc_id": doc.id, "title": doc.title, "text": doc.text, "published": d,
            "outlet": doc.outlet, "url": doc.url, "lang": doc.lang, "origin": doc.origin,
            "n_events": None, "month": d.strftime("%Y-%m") if d else "unknown"}
