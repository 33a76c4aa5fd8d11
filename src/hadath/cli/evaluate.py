"""``hadath eval``: score predictions against a gold file (the reference scorer's figures)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from hadath.evaluate import load_jsonl, report_lines, score
from hadath.output import document_to_dict
from hadath.pipeline import code_document
from hadath.readers import Problem, read_paths


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)


def evaluate(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold JSON Lines file."),
    pred: Path = typer.Option(
        None,
        "--pred",
        exists=True,
        dir_okay=False,
        help="Predictions (JSON Lines); default: code the gold texts now.",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Precision, recall and F1 (strict, loose, root-only) and matched accuracies."""
    gold_docs = load_jsonl(gold)
    if pred is not None:
        pred_docs = load_jsonl(pred)
    else:
        pred_docs = {}
        for item in read_paths([gold]):
            if not isinstance(item, Problem):
                d = document_to_dict(code_document(item))
                pred_docs[d["id"]] = d
    result = score(gold_docs, pred_docs)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
    else:
        for line in report_lines(result):
            typer.echo(line)
