"""``hadath events``: query the events of a store."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from hadath.cli.common import err
from hadath.cli.store_common import DEFAULT_DB, DbOption, open_existing
from hadath.errors import HadathError


class EventsFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def register(app: typer.Typer) -> None:
    app.command("events")(events)


def events(
    db: DbOption = DEFAULT_DB,
    since: Annotated[str | None, typer.Option(help="On or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="On or before this date (YYYY-MM-DD).")] = None,
    actor: Annotated[str | None, typer.Option(
        help="Actor code prefix as source or target (USA, IGOUNO).")] = None,
    dyad: Annotated[str | None, typer.Option(
        help="Source and target code prefixes: A,B.")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO event code prefix (14, 141).")] = None,
    plover: Annotated[str | None, typer.Option(help="PLOVER event type (PROTEST).")] = None,
    country: Annotated[str | None, typer.Option(
        help="ISO3 country of the place or of an actor.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in a mention's sentence.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many events first.")] = 0,
    fmt: Annotated[EventsFormat | None, typer.Option(
        "--format", "-f", help="table (default on a terminal), jsonl or csv.")] = None,
) -> None:
    """List stored events, newest first."""
    store = open_existing(db)
    try:
        table = store.events_arrow(since=since, until=until, actor=actor, dyad=dyad, code=code,
                                   plover=plover, country=country, text=text, limit=limit,
                                   offset=offset)
    except HadathError as exc:
        err(str(exc))
        raise typer.Exit(2) from None
    finally:
        store.close()
    if fmt is None:
        fmt = EventsFormat.table if sys.stdout.isatty() else EventsFormat.jsonl
    if fmt == EventsFormat.csv:
        import pyarrow.csv as pcsv

        pcsv.write_csv(table, sys.stdout.buffer)
    elif fmt == EventsFormat.jsonl:
        for row in table.to_pylist():
            typer.echo(json.dumps(row, ensure_ascii=False, default=str))
    else:
        Console().print(_table(table.to_pylist()))


def _table(rows: list[dict]) -> Table:
    t = Table(title=f"{len(rows)} events")
    for col in ("date", "cameo", "source", "target", "place", "mentions", "sources", "id"):
        t.add_column(col)
    for r in rows:
        t.add_row(str(r["event_date"] or ""), r["cameo"],
                  f"{r['source_code'] or ''} {r['source_name'] or ''}".strip(),
                  f"{r['target_code'] or ''} {r['target_name'] or ''}".strip(),
                  r["place_name"] or r["place_country"] or "", str(r["num_mentions"]),
                  str(r["num_sources"]), r["event_id"])
    return t
