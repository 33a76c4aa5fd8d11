"""Parquet export, partitioned by month (Hive style, ``month=YYYY-MM``), the layout of the Spark
job's output (``docs/spark.md``), so pandas, DuckDB, Spark and ``hadath ingest --from-parquet``
read it unchanged.

```
OUT/events/month=YYYY-MM/part-0.parquet     one row per event (clustered)
OUT/mentions/month=YYYY-MM/part-0.parquet   rows.MENTION_SCHEMA, then event_id
OUT/documents/month=YYYY-MM/part-0.parquet  rows.DOCUMENT_SCHEMA, then status
OUT/problems/part-0.parquet                 rows.PROBLEM_SCHEMA
```
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from hadath.rows import DOCUMENT_SCHEMA, MENTION_SCHEMA, PROBLEM_SCHEMA
from hadath.store.base import Store

MENTION_EXPORT_SCHEMA = MENTION_SCHEMA.append(pa.field("event_id", pa.string()))
DOCUMENT_EXPORT_SCHEMA = DOCUMENT_SCHEMA.append(pa.field("status", pa.string()))
_MONTH = ds.partitioning(pa.schema([("month", pa.string())]), flavor="hive")


def write_parquet(store: Store, out: Path) -> list[Path]:
    """Write events, mentions, documents and problems under ``out``; returns the files."""
    _partitioned(store.scan("events"), out / "events", None)
    _partitioned(store.scan("mentions"), out / "mentions", MENTION_EXPORT_SCHEMA)
    _partitioned(store.scan("documents"), out / "documents", DOCUMENT_EXPORT_SCHEMA)
    problems = out / "problems"
    problems.mkdir(parents=True, exist_ok=True)
    pq.write_table(store.scan("problems").read_all().cast(PROBLEM_SCHEMA),
                   problems / "part-0.parquet")
    return sorted(p for p in out.rglob("*.parquet"))


def _partitioned(reader: pa.RecordBatchReader, folder: Path, schema: pa.Schema | None) -> None:
    if schema is not None:
        reader = _cast(reader, schema)
    ds.write_dataset(
        reader, folder, format="parquet", partitioning=_MONTH,
        basename_template="part-{i}.parquet", existing_data_behavior="delete_matching",
        max_rows_per_file=2_000_000, max_rows_per_group=500_000,
    )
    if not any(folder.rglob("*.parquet")):  # an empty table still tells readers its columns
        folder.mkdir(parents=True, exist_ok=True)
        names = [n for n in reader.schema.names if n != "month"]
        pq.write_table(reader.schema.empty_table().select(names), folder / "part-0.parquet")


def _cast(reader: pa.RecordBatchReader, schema: pa.Schema) -> pa.RecordBatchReader:
    def batches():  # type: ignore[no-untyped-def]
        for b in reader:
            yield pa.RecordBatch.from_arrays([b.column(n).cast(f.type) for n, f in
                                              zip(schema.names, schema, strict=True)],
                                             schema=schema)
    return pa.RecordBatchReader.from_batches(schema, batches())
