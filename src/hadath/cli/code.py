"""``hadath code``: code articles and print one JSON object (or table) per document."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from hadath.cli.common import Format, err, use_table
from hadath.output import document_to_dict
from hadath.pipeline import code_document
from hadath.readers import Problem, read_paths
from hadath.records import CodedDocument
from hadath.settings import Settings


def register(app: typer.Typer) -> None:
    app.command("code")(code)


def code(
    paths: list[str] = typer.Argument(
        ..., help="Files or folders (.txt, .jsonl, .html, .warc), or - for stdin."
    ),
    fmt: Format = typer.Option(
        None, "--format", "-f", help="table (default on a terminal) or jsonl."
    ),
    actors: list[Path] = typer.Option(
        [], "--actors", help="Extra actor entries (TSV); repeatable."
    ),
    min_confidence: float = typer.Option(0.0, help="Drop events below this confidence."),
) -> None:
    """Code news articles into political event records."""
    settings = Settings(actor_files=tuple(actors), min_confidence=min_confidence)
    table = use_table(fmt)
    console = Console()
    coded = events = other_lang = 0
    problems: list[Problem] = []
    for item in read_paths(paths):
        if isinstance(item, Problem):
            problems.append(item)
            err(str(item))
            continue
        result = code_document(item, settings)
        if result.notes and result.notes[0].startswith("not coded"):
            other_lang += 1
            err(f"{item.origin or item.id}: {result.notes[0]}")
        else:
            coded += 1
        events += len(result.events)
        if table:
            console.print(_table(result))
        else:
            typer.echo(json.dumps(document_to_dict(result), ensure_ascii=False))
    err(
        f"coded {coded} documents, {events} events; skipped {len(problems)} inputs"
        + (f", {other_lang} documents in languages without a pack" if other_lang else "")
    )
    if problems:
        raise typer.Exit(2 if coded == 0 else 1)


def _table(result: CodedDocument) -> Table:
    doc = result.document
    t = Table(title=f"{doc.id}  {doc.published or ''}  {doc.title or ''}", show_lines=False)
    for col in ("cameo", "source", "target", "trigger", "date", "place", "status"):
        t.add_column(col)
    for e in result.events:
        t.add_row(
            e.cameo,
            f"{e.source.code} {e.source.text}" if e.source else "",
            f"{e.target.code} {e.target.text}" if e.target else "",
            e.trigger.text,
            e.date.isoformat() if e.date else "",
            e.place.name if e.place else "",
            e.status,
        )
    return t
