"""The three output tables of the Spark job: Spark schemas derived from :mod:`hadath.rows`, and
the per-partition coding function that turns items into tagged rows.

Coding yields one DataFrame whose rows are ``(kind, mention, document, problem)`` with one
struct filled; it is converted from Python once and cached by Spark, and each table is then a
filter and a select over it, without going back to Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from hadath.readers import Item, Problem
from hadath.rows import DOCUMENT_SCHEMA, MENTION_SCHEMA, PROBLEM_SCHEMA, document_row, mention_rows
from hadath.settings import Settings

if TYPE_CHECKING:
    from pyspark.sql.types import StructType

MENTION, DOCUMENT, PROBLEM = "m", "d", "p"
TABLES = {MENTION: "mentions", DOCUMENT: "documents", PROBLEM: "problems"}
SCHEMAS = {MENTION: MENTION_SCHEMA, DOCUMENT: DOCUMENT_SCHEMA, PROBLEM: PROBLEM_SCHEMA}
PARTITION_KEY = "month"

Row = tuple[Any, ...]
Tagged = tuple[str, Row | None, Row | None, Row | None]


def spark_schema(schema: pa.Schema) -> StructType:
    """The Spark schema with the same columns and types as an Arrow schema of :mod:`hadath.rows`."""
    from pyspark.sql import types as T

    kinds = {
        pa.string(): T.StringType(), pa.int8(): T.ByteType(), pa.int32(): T.IntegerType(),
        pa.int64(): T.LongType(), pa.float32(): T.FloatType(), pa.float64(): T.DoubleType(),
        pa.date32(): T.DateType(), pa.bool_(): T.BooleanType(),
    }
    fields = []
    for f in schema:
        if f.type not in kinds:
            raise TypeError(f"column {f.name}: no Spark type for Arrow type {f.type}")
        fields.append(T.StructField(f.name, kinds[f.type], nullable=True))
    return T.StructType(fields)


def tagged_schema() -> StructType:
    """Schema of the coded rows: ``kind`` (m, d or p) and one struct column per table."""
    from pyspark.sql import types as T

    return T.StructType(
        [T.StructField("kind", T.StringType(), nullable=False)]
        + [T.StructField(k, spark_schema(SCHEMAS[k]), nullable=True) for k in TABLES]
    )


def code_partition(items: Iterable[Item], settings: Settings) -> Iterator[Tagged]:
    """Code every document of a partition with :func:`hadath.pipeline.code_document`; yield
    ``(kind, mention, document, problem)`` rows, the one filled a tuple in schema order.

    The coder's resources are cached per process, so the first document warms them. A document
    on which the coder fails becomes a problem row rather than failing the whole job.
    """
    from hadath.pipeline import code_document

    for item in items:
        if isinstance(item, Problem):
            yield PROBLEM, None, None, (item.where, item.reason)
            continue
        try:
            coded = code_document(item, settings)
            mentions = [plain_row(m, MENTION_SCHEMA) for m in mention_rows(coded)]
            document = plain_row(document_row(coded), DOCUMENT_SCHEMA)
        except Exception as exc:  # one bad document must not lose the others
            reason = f"coder failed: {exc.__class__.__name__}: {exc}".splitlines()[0]
            yield PROBLEM, None, None, (item.origin or item.id, reason)
            continue
        yield DOCUMENT, None, document, None
        for m in mentions:
            yield MENTION, m, None, None


def plain_row(row: dict[str, Any], schema: pa.Schema) -> tuple[Any, ...]:
    """The row's values in schema order as the exact Python types Spark accepts: ``float`` for
    float columns (not ``int``), ``int`` for integer columns, plain :class:`~datetime.date` for
    dates (not ``hijridate.Gregorian`` or ``datetime``)."""
    return tuple(_plain(row[f.name], f.type) for f in schema)


def _plain(value: Any, kind: pa.DataType) -> Any:
    if value is None:
        return None
    if pa.types.is_floating(kind):
        return float(value)
    if pa.types.is_integer(kind):
        return int(value)
    if pa.types.is_date(kind) and type(value) is not date:
        return date(value.year, value.month, value.day)
    return value
