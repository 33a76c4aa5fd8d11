"""Language packs: each pack is a folder of reviewed data files; Python here only wires them."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from hadath.errors import ResourceError

SUPPORTED = ("ar", "en")


@dataclass(frozen=True, slots=True)
class LanguagePack:
    """Where a language's data files live."""

    code: str
    data_dir: Path

    def path(self, name: str) -> Path:
        return self.data_dir / name

    def rows(self, name: str) -> Iterator[dict[str, str]]:
        """Rows of a TSV data file of this pack (see :func:`read_tsv`)."""
        return read_tsv(self.path(name))

    @property
    def settings(self) -> dict[str, str]:
        """The pack's grammar settings (``pack.tsv``: word order and the like), read once."""
        return pack_settings(self.code)


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV file: ``#`` lines are comments, the first other line is the header."""
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read data file ({exc.strerror})") from exc
    with fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            yield {k: (v or "").strip() for k, v in row.items() if k is not None}


@cache
def load_pack(code: str = "ar") -> LanguagePack:
    """The language pack for ``code`` (only ``ar`` ships today)."""
    base = Path(str(resources.files("hadath.lang") / code / "data"))
    if code not in SUPPORTED or not (base / "pack.tsv").exists():
        raise ResourceError(f"no language pack for {code!r}; supported: {', '.join(available())}")
    return LanguagePack(code, base)


@cache
def pack_settings(code: str) -> dict[str, str]:
    """``pack.tsv`` of a pack as a dict (word_order, adjectives, ...)."""
    return {row["key"]: row["value"] for row in load_pack(code).rows("pack.tsv")}


@cache
def setting_words(code: str, key: str) -> tuple[str, ...]:
    """The space-separated words of a ``pack.tsv`` setting (none when the pack leaves it out)."""
    return tuple(pack_settings(code).get(key, "").split())


@cache
def available() -> tuple[str, ...]:
    """Codes of the packs that ship with their data."""
    root = Path(str(resources.files("hadath.lang")))
    return tuple(c for c in SUPPORTED if (root / c / "data" / "pack.tsv").exists())


def shared_data(name: str) -> Path:
    """Path of a language-neutral data file (CAMEO tables and the like)."""
    return Path(str(resources.files("hadath") / "data" / name))
