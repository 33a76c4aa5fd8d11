"""``hadath actors``: the actor mentions of a text and the CAMEO actor codes they resolve to."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from hadath.actors import find_actors
from hadath.cli.common import (
    Format,
    err,
    is_jsonl,
    jsonl_texts,
    pack_of,
    print_mentions,
    text_or_file,
)
from hadath.errors import HadathError
from hadath.records import ActorMention
from hadath.segment import analyse

FIELDS = ("text", "start", "end", "code", "kind", "entry")
ENV = "HADATH_ACTORS"


def register(app: typer.Typer) -> None:
    app.command("actors")(actors_cmd)


def actors_cmd(
    source: Annotated[
        str, typer.Argument(help="A text, a text file, or a .jsonl of {id, text, date}.")
    ],
    on: Annotated[
        str | None, typer.Option("--date", help="Article date YYYY-MM-DD (roles change).")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    extra: Annotated[
        list[Path] | None,
        typer.Option("--extra", help=f"Own actor entries (TSV); repeatable; also ${ENV}."),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language pack (ar, en); detected from the text if omitted."),
    ] = None,
) -> None:
    """List each actor mention with its span, code, kind and the entry or rule that gave it."""
    day = _date(on, "--date")
    files = tuple(extra or ()) + env_files()
    try:
        if is_jsonl(source):
            _jsonl(Path(source), day, files, lang)
            return
        text, _path = text_or_file(source)
        code = pack_of(text, lang)
        mentions = find_actors(analyse(text, code), day, files, lang=code)
    except HadathError as exc:
        err(str(exc))
        raise typer.Exit(2) from exc
    if fmt == Format.table:
        _table(mentions)
    else:
        typer.echo(json.dumps([as_dict(m) for m in mentions], ensure_ascii=False, indent=1))


def env_files() -> tuple[Path, ...]:
    """Extra actor files named in ``$HADATH_ACTORS`` (``os.pathsep``-separated)."""
    return tuple(Path(p) for p in os.environ.get(ENV, "").split(os.pathsep) if p)


def as_dict(m: ActorMention) -> dict:
    return {f: getattr(m, f) for f in FIELDS}


def _date(value: str | None, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err(f"{where}: {value!r} is not a date (want YYYY-MM-DD)")
        raise typer.Exit(2) from None


def _jsonl(path: Path, day: date | None, files: tuple[Path, ...], lang: str | None) -> None:
    """One output line per input line; a line's own ``date`` wins over ``--date``."""
    for doc_id, text, on in jsonl_texts(path, "date", day):
        code = pack_of(text, lang)
        mentions = find_actors(analyse(text, code), on, files, lang=code)
        print_mentions(doc_id, [as_dict(m) for m in mentions])


def _table(mentions: tuple[ActorMention, ...]) -> None:
    table = Table(title=f"{len(mentions)} actor mention(s)")
    for col in ("text", "span", "code", "kind", "entry"):
        table.add_column(col)
    for m in mentions:
        table.add_row(m.text, f"{m.start}-{m.end}", m.code, m.kind, m.entry)
    Console().print(table)
