"""Integrity of the actor lexicons under lang/ar/data."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from hadath.lang import load_pack, read_tsv, shared_data
from hadath.normalise import norm

PACK = load_pack("ar")
FILES = {
    "countries.tsv": ("iso3", "form", "kind", "note"),
    "organisations.tsv": ("code", "form", "note"),
    "groups.tsv": ("code", "form", "start", "end", "note"),
    "agents.tsv": ("form", "sector", "alone", "place", "note"),
    "actor_exclusions.tsv": ("form", "note"),
    "coreference.tsv": ("form", "kind", "note"),
}
SECTORS = {
    "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "OPP", "REB", "SEP", "UAF", "CVL", "ELI",
    "REL", "EDU", "LAB", "MED", "NGO", "BUS", "RAD", "REF", "HLH", "INS", "AGR", "CRM", "DEV",
    "ENV", "HRI", "SET", "MOD", "UIS", "PRM",
}
# UN members whose nisba is a common word (مالي 'financial', قمري 'lunar', سليماني a surname,
# بابوي 'papal') or not in use in news (the Congo pair shares كونغولي, given to COD).
NO_ADJECTIVE = {"CAF", "COG", "COM", "KNA", "LCA", "MCO", "MLI", "PNG", "SLB", "SMR", "STP", "VCT"}


def rows(name: str) -> list[dict[str, str]]:
    return list(PACK.rows(name))


def iso3() -> dict[str, str]:
    return {r["iso3"]: r["status"] for r in read_tsv(shared_data("iso3.tsv"))}


@pytest.mark.parametrize("name", FILES)
def test_header_normalised_noted(name: str) -> None:
    rs = rows(name)
    assert rs, name
    assert tuple(rs[0]) == FILES[name]
    for r in rs:
        assert norm(r["form"]) == r["form"], (name, r["form"])
        assert r["note"], (name, r["form"])


@pytest.mark.parametrize("name", FILES)
def test_sorted_unique(name: str) -> None:
    rs = rows(name)
    keys = {
        "countries.tsv": lambda r: (r["iso3"], r["kind"], r["form"]),
        "organisations.tsv": lambda r: (r["code"], r["form"]),
        "groups.tsv": lambda r: (r["code"], r["form"], r["start"]),
    }.get(name, lambda r: (r["form"],))
    got = [keys(r) for r in rs]
    assert got == sorted(got), name
    dupes = [k for k, n in Counter(got).items() if n > 1]
    assert not dupes, dupes[:5]


def test_country_codes_and_kinds() -> None:
    known = iso3()
    forms: dict[str, str] = {}
    for r in rows("countries.tsv"):
        assert r["iso3"] in known, r
        assert r["kind"] in {"name", "adjective", "capital", "seat"}, r
        assert forms.setdefault(r["form"], r["iso3"]) == r["iso3"], r["form"]


def test_every_un_state_has_name_and_adjective() -> None:
    kinds: dict[str, set[str]] = {}
    for r in rows("countries.tsv"):
        kinds.setdefault(r["iso3"], set()).add(r["kind"])
    states = {c for c, s in iso3().items() if s in ("member", "observer")}
    assert len(states) == 195
    for c in sorted(states):
        assert "name" in kinds.get(c, ()), c
        if c not in NO_ADJECTIVE:
            assert "adjective" in kinds.get(c, ()), c
    for c in ("PSE", "ESH", "XKX", "TWN", "HKG"):
        assert "name" in kinds[c]


def test_actor_codes_valid() -> None:
    known = set(iso3())
    for r in rows("organisations.tsv"):
        assert r["code"][:3] in {"IGO", "NGO"} and r["code"].isupper(), r
    for r in rows("groups.tsv"):
        code = r["code"]
        assert code[:3] in known | {"IMG", "IGO", "NGO"} and code[3:] in SECTORS, r
    for r in rows("agents.tsv"):
        assert r["sector"] in SECTORS and r["alone"] in {"yes", "no"}, r
        assert r["place"] in {"yes", ""}, r
    assert len(rows("organisations.tsv")) >= 80


def test_group_dates_valid_and_periods_disjoint() -> None:
    periods: dict[str, list[tuple[date, date]]] = {}
    for r in rows("groups.tsv"):
        start = date.fromisoformat(r["start"]) if r["start"] else date.min
        end = date.fromisoformat(r["end"]) if r["end"] else date.max
        assert start <= end, r
        periods.setdefault(r["form"], []).append((start, end))
    for form, ps in periods.items():
        ps.sort()
        for (_s1, e1), (s2, _e2) in zip(ps, ps[1:], strict=False):
            assert e1 < s2, form


def test_forms_not_shared_between_files() -> None:
    seen: dict[str, str] = {}
    clash = []
    for name in ("countries.tsv", "organisations.tsv", "groups.tsv", "agents.tsv"):
        for form in {r["form"] for r in rows(name)}:
            if form in seen:
                clash.append((form, seen[form], name))
            seen[form] = name
    assert not clash, clash[:10]


def test_key_spellings_present() -> None:
    countries = {r["form"]: (r["iso3"], r["kind"]) for r in rows("countries.tsv")}
    for form, iso in [("روسيا", "RUS"), ("الروس", "RUS"), ("روسيه", "RUS"), ("اوزبكي", "UZB"),
                      ("الكرملين", "RUS"), ("البيت الابيض", "USA"), ("داونينغ ستريت", "GBR"),
                      ("قصر قرطاج", "TUN"), ("بعبدا", "LBN"), ("اميركا", "USA"), ("امريكي", "USA")]:
        assert countries[form][0] == iso, form
    orgs = {r["form"]: r["code"] for r in rows("organisations.tsv")}
    assert orgs["الناتو"] == "IGONATO" and orgs["جامعه الدول العربيه"] == "IGOARL"
    assert orgs["منظمه معاهده الامن الجماعي"] == "IGOCSTO"
