"""Integrity and spot checks of the political-people data (people.tsv, people_names.tsv)."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import cache

import pytest

from hadath.lang import load_pack, read_tsv, shared_data
from hadath.normalise import norm

PEOPLE = "people.tsv"
NAMES = "people_names.tsv"

# Offices that several people hold at once; every other (code, role) has one holder at a time.
SHARED_ROLES = frozenset({
    "minister", "vice_president", "deputy_prime_minister", "group_leader", "opposition_figure",
    "party_figure", "mp", "senator", "commander", "adviser", "envoy", "spokesperson",
    "senior_official", "cleric", "presidential_council_member", "ambassador", "elite_figure",
    "deputy_foreign_minister", "deputy_defence_minister",
})
CODE_RE = re.compile(r"(?:IGO[A-Z]{2,5}|[A-Z]{3}(?:[A-Z]{3})?)")
ID_RE = re.compile(r"[a-z][a-z0-9_]*")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
FAR_FUTURE = date(9999, 12, 31)


@cache
def people_rows() -> tuple[dict[str, str], ...]:
    return tuple(read_tsv(shared_data(PEOPLE)))


@cache
def name_rows() -> tuple[dict[str, str], ...]:
    return tuple(load_pack("ar").rows(NAMES))


def _header(name: str) -> list[str]:
    path = shared_data(name) if name == PEOPLE else load_pack("ar").path(name)
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                return line.rstrip("\n").split("\t")
    return []


def _span(row: dict[str, str]) -> tuple[date, date]:
    start = date.fromisoformat(row["start"])
    end = date.fromisoformat(row["end"]) if row["end"] else FAR_FUTURE
    return start, end


def codes_on(person: str, day: date) -> set[str]:
    """Actor codes ``person`` holds on ``day``."""
    out = set()
    for row in people_rows():
        if row["person"] == person:
            start, end = _span(row)
            if start <= day <= end:
                out.add(row["code"])
    return out


def holders(code: str, role: str, day: date) -> set[str]:
    """People holding office ``(code, role)`` on ``day``."""
    return {
        row["person"]
        for row in people_rows()
        if row["code"] == code and row["role"] == role and _span(row)[0] <= day <= _span(row)[1]
    }


def people_named(form: str) -> set[str]:
    return {row["person"] for row in name_rows() if row["form"] == norm(form)}


# --- integrity ------------------------------------------------------------------------------


def test_headers() -> None:
    assert _header(PEOPLE) == ["person", "code", "start", "end", "role", "note"]
    assert _header(NAMES) == ["person", "form", "note"]


def test_people_rows_are_well_formed() -> None:
    for row in people_rows():
        assert ID_RE.fullmatch(row["person"]), row
        assert CODE_RE.fullmatch(row["code"]), row
        assert DATE_RE.fullmatch(row["start"]), row
        assert not row["end"] or DATE_RE.fullmatch(row["end"]), row
        start, end = _span(row)  # raises on an impossible date
        assert start <= end, row
        assert ID_RE.fullmatch(row["role"]), row
        assert row["note"], row


def test_names_rows_are_well_formed() -> None:
    for row in name_rows():
        assert ID_RE.fullmatch(row["person"]), row
        assert row["form"] and norm(row["form"]) == row["form"], row
        assert row["form"] == row["form"].strip() and "  " not in row["form"], row
        assert row["note"] in {"corpus", "knowledge"}, row


def test_sorted_without_duplicates() -> None:
    people_keys = [(r["person"], r["start"]) for r in people_rows()]
    assert people_keys == sorted(people_keys)
    full = [tuple(r.values()) for r in people_rows()]
    assert len(full) == len(set(full))
    name_keys = [(r["person"], r["form"]) for r in name_rows()]
    assert name_keys == sorted(name_keys)
    assert len(name_keys) == len(set(name_keys))


def test_everyone_named_and_every_name_known() -> None:
    in_people = {r["person"] for r in people_rows()}
    in_names = {r["person"] for r in name_rows()}
    assert in_people - in_names == set()
    assert in_names - in_people == set()


def test_no_form_names_two_people() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in name_rows():
        owners[row["form"]].add(row["person"])
    shared = {form: ps for form, ps in owners.items() if len(ps) > 1}
    assert not shared


def test_enough_people() -> None:
    assert len({r["person"] for r in people_rows()}) >= 600


def test_no_overlapping_offices() -> None:
    """One holder at a time per (code, role) unless the role is shared; no self-overlap.

    The outgoing and incoming holder may share the handover day.
    """
    by_office: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in people_rows():
        by_office[(row["code"], row["role"])].append(row)
    clashes = []
    for (code, role), rows in by_office.items():
        rows.sort(key=lambda r: r["start"])
        for i, a in enumerate(rows):
            a_start, a_end = _span(a)
            for b in rows[i + 1:]:
                b_start, b_end = _span(b)
                if not (a_start < b_end and b_start < a_end):
                    continue
                if a["person"] == b["person"] or role not in SHARED_ROLES:
                    clashes.append((code, role, a["person"], b["person"]))
    assert not clashes, clashes[:10]


# --- spot checks of real facts ------------------------------------------------------------------


def test_putin_and_trump() -> None:
    assert "RUSGOV" in codes_on("vladimir_putin", date(2022, 1, 13))
    assert "USAGOV" in codes_on("donald_trump", date(2018, 4, 3))
    assert "USAGOV" not in codes_on("donald_trump", date(2022, 1, 1))
    assert "USAGOV" in codes_on("donald_trump", date(2025, 6, 1))
    assert holders("USAGOV", "president", date(2022, 1, 1)) == {"joe_biden"}
    assert people_named("بوتين") == {"vladimir_putin"}
    assert people_named("ترمب") == people_named("ترامب") == {"donald_trump"}


def test_saudi_king_and_crown_prince() -> None:
    assert holders("SAUGOV", "king", date(2018, 6, 1)) == {"salman_bin_abdulaziz"}
    assert holders("SAUGOV", "king", date(2010, 6, 1)) == {"abdullah_bin_abdulaziz"}
    assert holders("SAUGOV", "crown_prince", date(2016, 1, 1)) == {"muhammad_bin_nayef"}
    assert holders("SAUGOV", "crown_prince", date(2018, 1, 1)) == {"mohammed_bin_salman"}
    assert "SAUMIL" in codes_on("mohammed_bin_salman", date(2016, 1, 1))


def test_regional_leaders() -> None:
    assert holders("TURGOV", "president", date(2018, 6, 1)) == {"recep_tayyip_erdogan"}
    assert holders("IRNGOV", "supreme_leader", date(2020, 1, 1)) == {"ali_khamenei"}
    assert holders("IRNMIL", "quds_force_commander", date(2019, 1, 1)) == {"qasem_soleimani"}
    hezbollah = holders("LBNREB", "hezbollah_secretary_general", date(2018, 1, 1))
    assert hezbollah == {"hassan_nasrallah"}
    assert holders("EGYGOV", "president", date(2015, 1, 1)) == {"abdel_fattah_al_sisi"}
    assert holders("IGOUNO", "secretary_general", date(2015, 1, 1)) == {"ban_ki_moon"}
    assert codes_on("ahmed_al_sharaa", date(2020, 1, 1)) == {"SYRREB"}
    assert "SYRGOV" in codes_on("ahmed_al_sharaa", date(2025, 6, 1))
    assert codes_on("mohamed_hamdan_dagalo", date(2024, 1, 1)) == {"SDNREB"}
    assert codes_on("bashar_al_assad", date(2025, 6, 1)) == set()


def test_spelling_variants() -> None:
    assert people_named("أردوغان") == {"recep_tayyip_erdogan"}
    assert people_named("توكاييف") == people_named("توكايف") == {"kassym_jomart_tokayev"}
    assert people_named("ميرضيايف") == {"shavkat_mirziyoyev"}
    assert not people_named("محمد")
    assert not people_named("عبد الله")


def test_corpus_notes_match_corpus_when_present() -> None:
    """A few forms marked ``corpus`` are really in ../shared/corpus (skipped when it is absent)."""
    import gzip
    import json
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ant2018_ar.jsonl.gz"
    if not corpus.exists():
        pytest.skip("shared corpus not available")
    wanted = {"بومبيو", "ماكرون", "الجبير"}
    marked = {r["form"] for r in name_rows() if r["note"] == "corpus"}
    assert wanted <= marked
    seen: set[str] = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            text = norm(json.loads(line).get("text") or "")
            seen |= {w for w in wanted if w in text}
            if seen == wanted or i > 20000:
                break
    assert seen == wanted
