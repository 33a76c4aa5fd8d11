"""The offline gazetteer: normalised place names and the places they may denote.

Built by ``tools/build_gazetteer.py`` from CLDR country names, GeoNames cities and the reviewed
``place_variants.tsv`` table; shipped as ``data/gazetteer_<lang>.tsv.gz`` and loaded once per
process.
"""

from __future__ import annotations

import csv
import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from hadath.errors import ResourceError
from hadath.lang import shared_data
from hadath.matcher import PhraseMatcher

FEATURES = ("country", "region", "city", "site")
COLUMNS = ("form", "name", "country", "lat", "lon", "feature", "population")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry a name may denote."""

    name: str  # English name
    country: str  # ISO 3166 alpha-3
    lat: float
    lon: float
    feature: str  # country, region, city, site
    population: int


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Every known form and its candidate places, with a matcher over the forms."""

    places: dict[str, tuple[Place, ...]]
    matcher: PhraseMatcher[str]

    def __len__(self) -> int:
        return sum(len(v) for v in self.places.values())

    def lookup(self, form: str) -> tuple[Place, ...]:
        """Candidate places of a normalised form (empty when unknown)."""
        return self.places.get(form, ())


def gazetteer_path(lang: str = "ar") -> Path:
    return shared_data(f"gazetteer_{lang}.tsv.gz")


def read_gazetteer(path: Path) -> Iterator[tuple[str, Place]]:
    """``(form, place)`` rows of a gazetteer file; a malformed row raises :class:`ResourceError`."""
    try:
        fh = gzip.open(path, "rt", encoding="utf-8", newline="")
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read the gazetteer ({exc}); rebuild it with "
                            "tools/build_gazetteer.py") from exc
    with fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(header) != COLUMNS:
            raise ResourceError(f"{path}: expected the columns {', '.join(COLUMNS)}")
        for n, row in enumerate(reader, start=2):
            try:
                form, name, country, lat, lon, feature, pop = row
                yield form, Place(name, country, float(lat), float(lon), feature, int(pop))
            except ValueError as exc:
                raise ResourceError(f"{path}: row {n} is malformed ({exc})") from exc


@cache
def load_gazetteer(lang: str = "ar") -> Gazetteer:
    """The language's gazetteer, read once per process."""
    places: dict[str, list[Place]] = {}
    for form, place in read_gazetteer(gazetteer_path(lang)):
        places.setdefault(form, []).append(place)
    frozen = {form: tuple(v) for form, v in places.items()}
    return Gazetteer(frozen, PhraseMatcher(((form, form) for form in frozen), lang))
