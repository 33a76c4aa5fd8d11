"""Exports of a store: GDELT 2.0-shaped TSV, POLECAT-shaped JSON Lines, Parquet and CSV.

Each format is one small module with a ``write_<format>(store, out_dir) -> list[Path]`` function
that streams the store's tables (bounded memory on millions of events) and returns the files
it wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hadath.store.base import Store

FORMATS = ("gdelt", "polecat", "parquet", "csv")


def export(store: Store, fmt: str, out_dir: str | Path) -> list[Path]:
    """Write ``store`` to ``out_dir`` in ``fmt`` (one of :data:`FORMATS`)."""
    from hadath.errors import HadathError

    write: Callable[[Store, Path], list[Path]]
    if fmt == "gdelt":
        from hadath.export.gdelt import write_gdelt as write
    elif fmt == "polecat":
        from hadath.export.polecat import write_polecat as write
    elif fmt == "parquet":
        from hadath.export.parquet import write_parquet as write
    elif fmt == "csv":
        from hadath.export.csv import write_csv as write
    else:
        raise HadathError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return write(store, out)
