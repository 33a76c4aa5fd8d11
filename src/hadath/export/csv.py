"""CSV export: ``events.csv`` and ``mentions.csv`` (UTF-8, header row, one row per record)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.csv as pcsv

from hadath.store.base import Store


def write_csv(store: Store, out: Path) -> list[Path]:
    """Write ``events.csv`` and ``mentions.csv`` under ``out``."""
    paths = []
    for what in ("events", "mentions"):
        path = out / f"{what}.csv"
        reader = store.scan(what)
        with pcsv.CSVWriter(path, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
        paths.append(path)
    return paths
