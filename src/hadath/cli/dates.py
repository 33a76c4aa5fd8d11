"""``hadath dates``: the time expressions of a text and the dates they resolve to."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from hadath.cli.common import Format, is_jsonl, jsonl_texts, pack_of, print_mentions, text_or_file
from hadath.dateline import parse_dateline
from hadath.dates import find_times
from hadath.records import TimeMention
from hadath.segment import analyse


def register(app: typer.Typer) -> None:
    app.command("dates")(dates_cmd)


def _day(value: str | None, what: str = "--published") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{value!r} is not a date; write YYYY-MM-DD", param_hint=what
        ) from exc


def dates_cmd(
    source: Annotated[
        str, typer.Argument(help="A text, a text file, or a .jsonl of {id, text, published?}.")
    ],
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date YYYY-MM-DD; else the line's 'published' or the dateline's date."
        ),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language pack (ar, en); detected from the text if omitted."),
    ] = None,
) -> None:
    """List each time expression with the date it names, its precision and the rule used."""
    default = _day(published)
    if is_jsonl(source):
        _jsonl(Path(source), default, lang)
        return
    text, _path = text_or_file(source)
    mentions = _find(text, default, lang)
    if fmt == Format.table:
        _table(mentions)
    else:
        typer.echo(json.dumps([as_dict(m) for m in mentions], ensure_ascii=False, indent=1))


def _find(text: str, published: date | None, lang: str | None) -> tuple[TimeMention, ...]:
    if published is None and (dl := parse_dateline(text)) is not None:
        published = dl.published
    code = pack_of(text, lang)
    return find_times(analyse(text, code), published, code)


def as_dict(m: TimeMention) -> dict:
    return {
        "text": m.text,
        "start": m.start,
        "end": m.end,
        "date": m.date.isoformat() if m.date else None,
        "end_date": m.end_date.isoformat() if m.end_date else None,
        "date_precision": m.precision,
        "rule": m.rule,
        "note": m.note,
    }


def _jsonl(path: Path, default: date | None, lang: str | None) -> None:
    """One output line per input line; a bad line is reported on stderr and skipped."""
    for doc_id, text, published in jsonl_texts(path, "published", default):
        print_mentions(doc_id, [as_dict(m) for m in _find(text, published, lang)])


def _table(mentions: tuple[TimeMention, ...]) -> None:
    table = Table(title=f"{len(mentions)} time expression(s)")
    for col in ("text", "span", "date", "until", "precision", "rule", "note"):
        table.add_column(col)
    for m in mentions:
        table.add_row(
            m.text,
            f"{m.start}-{m.end}",
            m.date.isoformat() if m.date else "",
            m.end_date.isoformat() if m.end_date else "",
            m.precision or "",
            m.rule,
            m.note or "",
        )
    Console().print(table)
