"""``hadath export``: write a store's events as GDELT TSV, POLECAT JSON Lines, Parquet or CSV."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from hadath.cli.common import err
from hadath.cli.store_common import DEFAULT_DB, DbOption, open_existing
from hadath.errors import HadathError


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    polecat = "polecat"
    parquet = "parquet"
    csv = "csv"


def register(app: typer.Typer) -> None:
    app.command("export")(export)


def export(
    out: Annotated[Path, typer.Argument(help="Output folder (created if missing).")],
    fmt: Annotated[ExportFormat, typer.Option(
        "--format", "-f", help="gdelt, polecat, parquet or csv.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export the events (and mentions) of a store."""
    from hadath.export import export as write

    store = open_existing(db)
    try:
        files = write(store, fmt.value, out)
    except (HadathError, OSError) as exc:
        err(f"{out}: {exc}")
        raise typer.Exit(2) from None
    finally:
        store.close()
    for f in files:
        typer.echo(str(f))
