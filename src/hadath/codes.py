"""CAMEO tables: event codes (names, Goldstein weights, QuadClass, PLOVER crosswalk) and the
entity an actor code stands for."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from hadath.lang import read_tsv, shared_data

# CAMEO actor codes whose first three letters are not a country: international and
# non-governmental organisations, multinationals, and the bare role codes (CAMEO actor codebook).
NON_COUNTRY_PREFIXES = frozenset(
    (
        "AGR BUS COP CRM CVL DEV EDU ELI ENV GOV HLH HRI IGO IMG INS JUD "
        "LAB LEG MED MIL MNC NGM NGO OPP PTY REB REF RAD SEP SPY UAF UIS"
    ).split()
)


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


def entity_key(code: str | None) -> str:
    """The part of an actor code two mentions must share to name one entity: its country,
    else the whole code (IGOUNO, NGOHRW)."""
    if not code:
        return ""
    code = code.upper()
    if len(code) >= 3 and code[:3].isalpha() and code[:3] not in NON_COUNTRY_PREFIXES:
        return code[:3]
    return code


def country_of(code: str | None) -> str | None:
    """The ISO3 country of an actor code, or None for organisations and bare roles."""
    key = entity_key(code)
    return key if len(key) == 3 and key not in NON_COUNTRY_PREFIXES else None
