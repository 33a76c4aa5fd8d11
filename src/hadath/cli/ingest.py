"""``hadath ingest``: code files and folders (or a Spark Parquet output) into an event store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from hadath.cli.common import err
from hadath.cli.store_common import DEFAULT_DB, DbOption
from hadath.errors import HadathError
from hadath.settings import DEFAULT, Settings
from hadath.store.records import IngestSummary


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)


def ingest(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files or folders (.txt, .jsonl[.gz], .html, .warc[.gz]), or - for stdin.")] = None,
    db: DbOption = DEFAULT_DB,
    from_parquet: Annotated[Path | None, typer.Option(
        "--from-parquet", help="Load a `hadath spark` Parquet output folder instead.")] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per transaction.")] = (
        DEFAULT.batch_size),
    window: Annotated[int, typer.Option(
        help="Days apart that mentions of one event may be.")] = DEFAULT.cluster_window_days,
) -> None:
    """Code articles and store their events, clustered across articles."""
    from hadath.store import open_store
    from hadath.store.from_parquet import ingest_parquet
    from hadath.store.ingest import ingest as run

    if not paths and from_parquet is None:
        err("give files or folders to ingest, or --from-parquet DIR")
        raise typer.Exit(2)
    settings = Settings(batch_size=batch_size, cluster_window_days=window)
    console = Console(stderr=True)
    shown = 0
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("starting", total=None)

        def progress(s: IngestSummary) -> None:
            nonlocal shown
            for p in s.problems[shown:]:
                bar.console.print(str(p), markup=False, highlight=False, soft_wrap=True)
            shown = len(s.problems)
            bar.update(task, description=f"documents {s.read:,}  events {s.events_new:,}  "
                                         f"mentions {s.mentions:,}  errors {s.failed:,}")

        try:
            with open_store(db, settings) as store:
                if from_parquet is not None:
                    summary = ingest_parquet(store, from_parquet, settings, progress)
                else:
                    summary = run(store, paths, settings, progress)
        except HadathError as exc:
            err(str(exc))
            raise typer.Exit(2) from None
    for p in summary.problems[shown:]:
        err(str(p))
    typer.echo(summary_line(summary, db))
    if summary.failed:
        raise typer.Exit(2 if summary.read == 0 else 1)


def summary_line(s: IngestSummary, db: Path) -> str:
    """One line saying what an ingest run did."""
    skipped = ", ".join(f"{n} {lang}" for lang, n in s.skipped_language.items()) or "0"
    return (f"{db}: read {s.read} documents; coded {s.coded} "
            f"({s.duplicate_exact} exact and {s.duplicate_near} near duplicates); "
            f"already stored {s.already_stored}; skipped by language {skipped}; "
            f"failed {s.failed}; {s.mentions} mentions, {s.events_new} new events, "
            f"{s.events_joined} mentions joined existing events")
