"""``hadath explain``: every layer the coder saw, with the rule or entry behind each."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from hadath.cli.common import Format, text_or_file
from hadath.explain import explain
from hadath.pipeline import code_document
from hadath.readers import Problem, read_paths


def register(app: typer.Typer) -> None:
    app.command("explain")(explain_cmd)


def explain_cmd(
    source: str = typer.Argument(..., help="Arabic text, or a .txt/.jsonl file (first document)."),
    published: str = typer.Option(None, help="Publication date YYYY-MM-DD (default: dateline)."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table or json."),
) -> None:
    """Show normalised tokens, actors, time expressions, places and events with their rules."""
    from hadath.readers import make_document

    text, path = text_or_file(source)
    if path and path.endswith((".jsonl", ".jsonl.gz", ".html", ".warc", ".warc.gz")):
        item = next(iter(read_paths([path])))
        if isinstance(item, Problem):
            typer.echo(str(item), err=True)
            raise typer.Exit(2)
        doc = item
    else:
        doc = next(iter(read_paths([path]))) if path and path.endswith(".txt") else None
        if doc is None or isinstance(doc, Problem):
            doc = make_document(text, published=published)
    layers = explain(code_document(doc))
    if fmt in (Format.json, Format.jsonl):
        typer.echo(json.dumps(layers, ensure_ascii=False, indent=2))
        return
    _print(layers)


def _print(layers: dict) -> None:
    console = Console()
    console.print(
        f"[bold]{layers['id']}[/] published={layers['published']} outlet={layers['outlet']}"
    )
    for s in layers["sentences"]:
        console.print(f"[dim]s{s['index']}[/] " + " ".join(s["tokens"]))
    for name, cols in (
        ("actors", ("text", "code", "kind", "entry", "sentence")),
        ("times", ("text", "date", "date_precision", "rule", "note")),
        ("places", ("text", "name", "country", "feature", "rule")),
    ):
        t = Table(title=name)
        for c in cols:
            t.add_column(c)
        for row in layers[name]:
            t.add_row(*(str(row.get(c) if row.get(c) is not None else "") for c in cols))
        console.print(t)
    t = Table(title="events")
    for c in ("cameo", "source", "target", "trigger", "date", "status", "rule"):
        t.add_column(c)
    for e in layers["events"]:
        t.add_row(
            e["cameo"],
            (e["source"] or {}).get("code", ""),
            (e["target"] or {}).get("code", ""),
            e["trigger"]["text"],
            e["date"] or "",
            e["status"],
            e["rule"],
        )
    console.print(t)
