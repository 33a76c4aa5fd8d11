"""The Spark job: read inputs, code each partition with the library's pipeline, write Parquet.

Output layout (see ``docs/spark.md``): ``OUTPUT/mentions/month=YYYY-MM/``,
``OUTPUT/documents/month=YYYY-MM/`` and ``OUTPUT/problems/``, with the schemas of
:mod:`hadath.rows`.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from hadath.errors import HadathError, MissingDependency
from hadath.settings import DEFAULT, Settings

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

MIN_JAVA = 17


@dataclass(frozen=True, slots=True)
class JobSummary:
    """What a Spark job read and wrote."""

    output: str
    documents: int
    mentions: int
    problems: int
    partitions: int
    master: str
    seconds: float


def check_requirements() -> None:
    """Raise :class:`MissingDependency` when PySpark or a Java runtime is missing."""
    if importlib.util.find_spec("pyspark") is None:
        raise MissingDependency("PySpark is not installed; run: pip install 'hadath[spark]'")
    java = java_executable()
    if java is None:
        raise MissingDependency(
            f"Java is not installed (Spark needs Java {MIN_JAVA} or newer); "
            "install a JDK and put java on PATH or set JAVA_HOME"
        )
    version = java_version(java)
    if version is not None and version < MIN_JAVA:
        raise MissingDependency(f"{java} is Java {version}; Spark needs Java {MIN_JAVA} or newer")


def java_executable() -> str | None:
    """``$JAVA_HOME/bin/java`` when it exists, else ``java`` on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home and Path(home, "bin", "java").is_file():
        return str(Path(home, "bin", "java"))
    return shutil.which("java")


def java_version(java: str) -> int | None:
    """Major version of a Java runtime (8 for ``1.8.0``), or None when it cannot be told."""
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major


def local_session(
    master: str = "local[2]", conf: Mapping[str, str] | None = None
) -> SparkSession:
    """A SparkSession for one machine (tests, benchmarks); Python workers use this interpreter,
    the web UI is off unless ``conf`` turns it on."""
    check_requirements()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = (
        SparkSession.builder.master(master).appName("hadath")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
    )
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def run_job(
    input: str | Path | Sequence[str | Path],
    output: str | Path,
    master: str | None = None,
    partitions: int | None = None,
    settings: Settings = DEFAULT,
    *,
    text_column: str = "text",
    overwrite: bool = False,
    spark: SparkSession | None = None,
) -> JobSummary:
    """Code every document of ``input`` on Spark and write the three tables under ``output``.

    ``input``: JSON Lines (``.jsonl``/``.jsonl.gz``), ``.txt``, HTML or WARC files or folders of
    them, or Parquet with a ``text_column``; local paths or Hadoop URIs. ``master`` is used when
    the job creates its session (default: ``local[*]``, or what ``spark-submit`` says); a
    session it creates is stopped at the end, one passed as ``spark`` is not.
    """
    from hadath.spark.sources import is_uri

    started = time.perf_counter()
    paths = [str(input)] if isinstance(input, str | Path) else [str(p) for p in input]
    out = str(output).rstrip("/")
    if not overwrite and not is_uri(out) and Path(out).exists() and any(Path(out).iterdir()):
        raise HadathError(f"{out}: output folder exists and is not empty; "
                          "choose another or pass --overwrite")
    session, own = (spark, False) if spark is not None else _session(master)
    try:
        counts, n = _run(session, paths, out, partitions, settings, text_column, overwrite)
        master_url = session.sparkContext.master
    finally:
        if own:
            session.stop()
    return JobSummary(out, counts.get("d", 0), counts.get("m", 0), counts.get("p", 0), n,
                      master_url, round(time.perf_counter() - started, 3))


def _session(master: str | None) -> tuple[SparkSession, bool]:
    check_requirements()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:
        master = "local[*]"  # not under spark-submit
    if master is not None and master.startswith("local"):
        return local_session(master, {"spark.ui.enabled": "true"}), True
    builder = SparkSession.builder.appName("hadath")
    if master is not None:
        builder = builder.master(master)
    return builder.getOrCreate(), True


def _run(
    spark: SparkSession, paths: list[str], out: str, partitions: int | None,
    settings: Settings, text_column: str, overwrite: bool,
) -> tuple[dict[str, int], int]:
    from pyspark import StorageLevel

    from hadath.spark.sources import read_items
    from hadath.spark.tables import code_partition, tagged_schema

    sc = spark.sparkContext
    n = partitions or max(1, sc.defaultParallelism * 2)
    items = read_items(spark, paths, text_column).repartition(n)
    coded = items.mapPartitions(partial(code_partition, settings=settings))
    frame = spark.createDataFrame(coded, tagged_schema()).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts = {r["kind"]: r["count"] for r in frame.groupBy("kind").count().collect()}
        for kind in ("m", "d", "p"):
            _write(frame, kind, counts.get(kind, 0), out, overwrite)
    finally:
        frame.unpersist()
    return counts, n


def _write(frame: DataFrame, kind: str, count: int, out: str, overwrite: bool) -> None:
    from pyspark.sql import functions as F

    from hadath.spark.tables import PARTITION_KEY, TABLES

    table = frame.filter(F.col("kind") == kind).select(f"{kind}.*")
    writer_mode = "overwrite" if overwrite else "errorifexists"
    path = f"{out}/{TABLES[kind]}"
    if PARTITION_KEY not in table.columns:
        table.coalesce(1).write.mode(writer_mode).parquet(path)
    elif count == 0:  # a partitioned write of nothing leaves no file, hence no schema
        table.drop(PARTITION_KEY).coalesce(1).write.mode(writer_mode).parquet(path)
    else:
        table.write.mode(writer_mode).partitionBy(PARTITION_KEY).parquet(path)
