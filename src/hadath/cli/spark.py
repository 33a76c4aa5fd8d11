"""``hadath spark``: code a corpus on Apache Spark and write Parquet tables (docs/spark.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from hadath.cli.common import err
from hadath.errors import HadathError
from hadath.settings import Settings


def register(app: typer.Typer) -> None:
    app.command("spark")(spark)


def spark(
    input: Annotated[list[str], typer.Argument(
        help="Input files or folders (.jsonl(.gz), .txt, .html, .warc(.gz), .parquet), "
             "local or hdfs://, s3a://...")],
    output: Annotated[str, typer.Argument(help="Output folder: mentions/, documents/, problems/.")],
    master: Annotated[str | None, typer.Option(
        help="Spark master URL (default: local[*], or spark-submit's).")] = None,
    partitions: Annotated[int | None, typer.Option(
        min=1, help="Partitions to code (default: 2 per core).")] = None,
    text_column: Annotated[str, typer.Option(help="Text column of Parquet input.")] = "text",
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="Replace the tables of an existing OUTPUT.")] = False,
    actors: Annotated[list[Path] | None, typer.Option(
        "--actors", help="Extra actor entries (TSV); repeatable.")] = None,
    min_confidence: Annotated[float, typer.Option(
        help="Drop events below this confidence.")] = 0.0,
) -> None:
    """Code a corpus on Apache Spark (needs Java 17+ and PySpark: the spark extra)."""
    from hadath.spark.job import check_requirements, run_job

    settings = Settings(actor_files=tuple(actors or ()), min_confidence=min_confidence)
    try:
        check_requirements()
        summary = run_job(input, output, master=master, partitions=partitions, settings=settings,
                          text_column=text_column, overwrite=overwrite)
    except HadathError as exc:
        err(f"hadath spark: {exc}")
        raise typer.Exit(2) from None
    err(f"coded {summary.documents} documents, {summary.mentions} events; "
        f"{summary.problems} problems; {summary.partitions} partitions on {summary.master} "
        f"in {summary.seconds:.1f} s -> {summary.output}")
    if summary.problems:
        raise typer.Exit(2 if summary.documents == 0 else 1)


def main() -> None:
    """Entry point of ``python -m hadath.spark``."""
    typer.run(spark)
