"""``hadath stats``: counts of a store by day, CAMEO root, QuadClass, dyad and country."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from hadath.cli.store_common import DEFAULT_DB, DbOption, open_existing


def register(app: typer.Typer) -> None:
    app.command("stats")(stats)


def stats(
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show what a store holds."""
    store = open_existing(db)
    try:
        s = store.stats()
    finally:
        store.close()
    console = Console()
    console.print(f"{db}: {s.documents} documents ({s.coded} coded, {s.duplicates} duplicates, "
                  f"{s.skipped} skipped by language), {s.mentions} mentions, {s.events} events, "
                  f"{s.problems} problems", markup=False)
    for title, rows in (("CAMEO root", s.by_root), ("QuadClass", s.by_quad_class),
                        ("dyad (top 20)", s.by_dyad), ("country (top 20)", s.by_country),
                        ("day (last 31)", s.by_day[-31:])):
        t = Table(title=title)
        t.add_column(title.split(" (")[0])
        t.add_column("events", justify="right")
        for key, n in rows:
            t.add_row(str(key if key is not None else "unknown"), f"{n:,}")
        console.print(t)
