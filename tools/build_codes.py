"""Build src/hadath/data/cameo.tsv from the reference tables in ../shared/reference.

Run once by a maintainer when the reference tables change; the output ships in the package.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

REF = Path(__file__).resolve().parents[1].parent / "shared" / "reference"
OUT = Path(__file__).resolve().parents[1] / "src" / "hadath" / "data" / "cameo.tsv"


def rows(name: str) -> list[dict[str, str]]:
    with (REF / name).open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def main() -> None:
    names = {r["code"]: r["name"] for r in rows("cameo_event_codes.tsv")}
    gold = {r["code"]: r["goldstein"] for r in rows("cameo_goldstein.tsv")}
    plover = {r["cameo_code"]: r for r in rows("cameo_to_plover.tsv")}
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(
            "# CAMEO event codes with Goldstein weights, QuadClass and the PLOVER crosswalk.\n"
            "# Names: CAMEO 1.1b3 codebook via github.com/andybega/icews "
            "data-raw/cameo-codes.csv (MIT).\n"
            "# Goldstein (1992) weights: same source. QuadClass: GDELT's grouping of roots "
            "(01-05 verbal cooperation=1, 06-08 material cooperation=2, 09-13 verbal conflict=3, "
            "14-20 material conflict=4).\n"
            "# PLOVER type/mode: openeventdata/PLOVER CAMEO2PLOVER-2021 draft crosswalk "
            "(roots 01 and 02 have no PLOVER type).\n"
        )
        fh.write("code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n")
        for code in sorted(names):
            p = plover.get(code) or plover.get(code[:3]) or {}
            weight = gold.get(code, gold.get(code[:3], gold.get(code[:2], "0")))
            ptype, pmode = p.get("plover_event_type", ""), p.get("plover_mode", "")
            fh.write(f"{code}\t{names[code]}\t{weight}\t{quad_class(code)}\t{ptype}\t{pmode}\n")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
