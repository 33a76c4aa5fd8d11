"""CAMEO event-code tables: names, Goldstein weights, QuadClass and the PLOVER crosswalk."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from hadath.lang import read_tsv, shared_data


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


@cache
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO event code, keyed by code."""
    table = {}
    for row in read_tsv(shared_data("cameo.tsv")):
        table[row["code"]] = CameoCode(
            row["code"],
            row["name"],
            float(row["goldstein"]),
            int(row["quad_class"]),
            row["plover_type"] or None,
            row["plover_mode"] or None,
        )
    # A root without its own PLOVER type takes its base code's (04 -> 040 CONSULT).
    for code, entry in list(table.items()):
        base = table.get(code + "0")
        if entry.plover_type is None and base is not None and base.plover_type:
            table[code] = CameoCode(
                code, entry.name, entry.goldstein, entry.quad_class, base.plover_type, None
            )
    return table


def lookup(code: str) -> CameoCode:
    """The table entry for ``code``; unknown codes fall back to their parent."""
    table = cameo_table()
    while code and code not in table:
        code = code[:-1]
    if not code:
        raise KeyError("empty CAMEO code")
    return table[code]


def is_valid(code: str) -> bool:
    return code in cameo_table()
