"""Inputs of the Spark job as an RDD of documents and problems, read by the same readers as
``hadath code`` (:mod:`hadath.readers`, :mod:`hadath.readers_web`).

- A local path (file or folder, read recursively) is listed on the driver and each file is read
  on an executor with :func:`hadath.readers.read_path`; executors must see the same path (local
  mode, or a shared file system).
- A URI (``hdfs://``, ``s3a://``, ``gs://``, ``file://``...) is read with Spark's
  ``binaryFiles``; each file is copied to a temporary file on the executor and read by the same
  reader, so problems still name the file (and line or record).
- Parquet (a ``.parquet`` file or a folder of them) is read by Spark; each row becomes a document
  with :func:`hadath.readers.make_document`, or a problem.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hadath.errors import InputError
from hadath.readers import (
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    WEB_SUFFIXES,
    Item,
    Problem,
    make_document,
    read_path,
)

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

FILE_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + WEB_SUFFIXES
OPTIONAL_COLUMNS = ("id", "published", "title", "url", "outlet", "lang")


def is_uri(path: str) -> bool:
    """Whether ``path`` names a Hadoop file system URI rather than a local path."""
    scheme, sep, _ = path.partition("://")
    return bool(sep) and scheme.isalnum()


def is_parquet(paths: Sequence[str]) -> bool:
    """Parquet input: ``.parquet`` files, or local folders holding them and no other input."""
    for p in paths:
        if p.rstrip("/").lower().endswith(".parquet"):
            continue
        local = Path(p)
        if is_uri(p) or not local.is_dir():
            return False
        files = [c for c in local.rglob("*") if c.is_file() and not c.name.startswith((".", "_"))]
        if not files or any(_suffix(c.name) != ".parquet" for c in files):
            return False
    return bool(paths)


def read_items(spark: SparkSession, paths: Sequence[str], text_column: str = "text") -> RDD:
    """An RDD of :class:`~hadath.records.Document` and :class:`~hadath.readers.Problem`."""
    if is_parquet(paths):
        return read_parquet(spark, paths, text_column)
    sc = spark.sparkContext
    local = list_files([p for p in paths if not is_uri(p)])
    remote = [p for p in paths if is_uri(p)]
    rdds = []
    if local:
        rdds.append(sc.parallelize(local, len(local)).flatMap(_read_local))
    for uri in remote:
        rdds.append(sc.binaryFiles(uri).flatMap(_read_remote))
    if not rdds:
        return sc.emptyRDD()
    return rdds[0] if len(rdds) == 1 else sc.union(rdds)


def list_files(paths: Iterable[str]) -> list[str]:
    """Input files under local paths, as :func:`hadath.readers.read_paths` walks them; a path
    that does not exist is kept so that its reader reports it."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(
                str(c) for c in sorted(path.rglob("*"))
                if c.is_file() and _suffix(c.name) in FILE_SUFFIXES
            )
        else:
            out.append(str(path))
    return out


def _read_local(path: str) -> Iterator[Item]:
    return read_path(Path(path))


def _read_remote(pair: tuple[str, bytes]) -> Iterator[Item]:
    """Items of one remote file, read through a temporary local copy."""
    uri, data = pair
    kind = _suffix(uri)
    if kind not in FILE_SUFFIXES:
        return
    fd, tmp = tempfile.mkstemp(suffix=kind)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        for item in read_path(Path(tmp)):
            if isinstance(item, Problem):
                yield Problem(item.where.replace(tmp, uri, 1), item.reason)
            else:
                origin = (item.origin or tmp).replace(tmp, uri, 1)
                yield dataclasses.replace(item, origin=origin)
    finally:
        os.unlink(tmp)


def read_parquet(spark: SparkSession, paths: Sequence[str], text_column: str) -> RDD:
    """Documents and problems from Parquet rows with a text column."""
    from pyspark.sql import functions as F

    frame = spark.read.parquet(*paths)
    if text_column not in frame.columns:
        raise InputError(
            ", ".join(paths),
            f"no column {text_column!r} in the Parquet input (columns: "
            f"{', '.join(frame.columns)}); name the text column with --text-column",
        )
    present = [c for c in OPTIONAL_COLUMNS if c in frame.columns and c != text_column]
    cols = [F.col(text_column).alias("_text"), *(F.col(c) for c in present)]
    frame = frame.select(*cols, F.input_file_name().alias("_file"))
    return frame.rdd.map(lambda row: parquet_item(row.asDict()))


def parquet_item(row: dict[str, Any]) -> Item:
    """A document from one Parquet row (``_text``, ``_file`` and optional columns), or a problem."""
    doc_id = row.get("id")
    doc_id = str(doc_id) if doc_id not in (None, "") else None
    where = f"{row.get('_file') or '<parquet>'}" + (f"#id={doc_id}" if doc_id else "")
    text = row.get("_text")
    if not isinstance(text, str) or not text.strip():
        return Problem(where, "no text in the text column")
    published = row.get("published")
    if isinstance(published, datetime):
        published = published.date()
    if not isinstance(published, date | str):
        published = None
    try:
        return make_document(
            text, doc_id=doc_id, published=published or None,
            **{k: row[k] if isinstance(row.get(k), str) else None
               for k in ("title", "url", "outlet", "lang")},
            origin=where,
        )
    except ValueError:
        return Problem(where, f'"published" is not a YYYY-MM-DD date: {published!r}')


def _suffix(name: str) -> str:
    name = name.lower().rstrip("/")
    for double in (".jsonl.gz", ".warc.gz"):
        if name.endswith(double):
            return double
    return os.path.splitext(name)[1]
