"""``hadath places``: the toponyms of a text and the gazetteer entries they resolve to."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from hadath.cli.common import Format, is_jsonl, jsonl_texts, pack_of, print_mentions, text_or_file
from hadath.places import find_places
from hadath.records import PlaceMention
from hadath.segment import analyse

FIELDS = ("text", "start", "end", "name", "country", "lat", "lon", "feature", "rule")


def register(app: typer.Typer) -> None:
    app.command("places")(places_cmd)


def places_cmd(
    source: Annotated[str, typer.Argument(help="A text, a text file, or a .jsonl of {id, text}.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    country: Annotated[
        list[str] | None,
        typer.Option("--country", "-c", help="ISO alpha-3 code the text is about; repeatable."),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language pack (ar, en); detected from the text if omitted."),
    ] = None,
) -> None:
    """List each place mention with its name, country, coordinates, feature and why."""
    countries = tuple(country or ())
    if is_jsonl(source):
        _jsonl(Path(source), countries, lang)
        return
    text, _path = text_or_file(source)
    code = pack_of(text, lang)
    mentions = find_places(analyse(text, code), countries, code)
    if fmt == Format.table:
        _table(mentions)
    else:
        typer.echo(json.dumps([as_dict(m) for m in mentions], ensure_ascii=False, indent=1))


def as_dict(m: PlaceMention) -> dict:
    return {f: getattr(m, f) for f in FIELDS}


def _jsonl(path: Path, countries: tuple[str, ...], lang: str | None) -> None:
    """One output line per input line; a bad line is reported on stderr and skipped."""
    for doc_id, text, _ in jsonl_texts(path, None):
        code = pack_of(text, lang)
        mentions = find_places(analyse(text, code), countries, code)
        print_mentions(doc_id, [as_dict(m) for m in mentions])


def _table(mentions: tuple[PlaceMention, ...]) -> None:
    table = Table(title=f"{len(mentions)} place mention(s)")
    for col in ("text", "span", "name", "country", "lat", "lon", "feature", "why"):
        table.add_column(col)
    for m in mentions:
        lat, lon = (f"{v:.4f}" if v is not None else "" for v in (m.lat, m.lon))
        table.add_row(m.text, f"{m.start}-{m.end}", m.name, m.country, lat, lon, m.feature, m.rule)
    Console().print(table)
