"""Opening an existing store from a command (a missing file is an error, not a new store)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from hadath.cli.common import err
from hadath.errors import HadathError

DEFAULT_DB = Path("hadath.duckdb")
DbOption = Annotated[Path, typer.Option("--db", help="The store (DuckDB file).")]


def open_existing(db: Path):  # type: ignore[no-untyped-def]
    """The store at ``db``; exits with status 2 and one line when there is none."""
    from hadath.store import open_store

    if str(db) != ":memory:" and not db.exists():
        err(f"{db}: no store here; create one with `hadath ingest PATH --db {db}`")
        raise typer.Exit(2)
    try:
        return open_store(db)
    except HadathError as exc:
        err(str(exc))
        raise typer.Exit(2) from None
