"""Integrity of the English language pack (lang/en/data) and its lexicons on real English text."""

from __future__ import annotations

import gzip
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from hadath.lang import load_pack, read_tsv, shared_data
from hadath.matcher import PhraseMatcher, clitics
from hadath.normalise import norm
from hadath.segment import analyse

PACK = load_pack("en")
DATA = PACK.data_dir
ARABIC = load_pack("ar").data_dir
# file -> (header, sort key)
FILES = {
    "abbreviations.tsv": (("form", "note"), ("form",)),
    "clitics.tsv": (("kind", "form", "restore", "note"), ("kind", "form")),
    "unsplittable.tsv": (("form", "note"), ("form",)),
    "function_words.tsv": (("form", "kind", "value", "note"), ("form", "kind")),
    "triggers.tsv": (("form", "cameo", "pos", "target", "note"), ("form", "cameo")),
    "speech.tsv": (("form", "note"), ("form",)),
    "status_cues.tsv": (("form", "status", "scope", "note"), ("form", "status", "scope")),
    "trigger_exclusions.tsv": (("form", "note"), ("form",)),
    "countries.tsv": (("iso3", "form", "kind", "note"), ("iso3", "kind", "form")),
    "organisations.tsv": (("code", "form", "note"), ("code", "form")),
    "groups.tsv": (("code", "form", "start", "end", "note"), ("code", "form", "start")),
    "agents.tsv": (("form", "sector", "alone", "note"), ("form",)),
    "coreference.tsv": (("form", "kind", "note"), ("form",)),
    "actor_exclusions.tsv": (("form", "note"), ("form",)),
    "people_names.tsv": (("person", "form", "note"), ("person", "form")),
    "months.tsv": (("form", "month", "system", "alone", "note"), ("form", "system")),
    "weekdays.tsv": (("form", "weekday", "note"), ("form",)),
    "relative_days.tsv": (("form", "offset", "note"), ("form",)),
    "vague_times.tsv": (("form", "kind", "note"), ("form",)),
    "numbers.tsv": (("form", "value", "note"), ("form",)),
    "date_words.tsv": (("form", "kind", "value", "note"), ("form", "kind")),
    "outlets.tsv": (("form", "name", "note"), ("form",)),
    "place_variants.tsv": (
        ("form", "name", "country", "lat", "lon", "feature", "population", "note"),
        ("form", "name", "country"),
    ),
    "place_exclusions.tsv": (("form", "context", "next", "note"), ("form",)),
    "place_cues.tsv": (("form", "kind", "note"), ("form",)),
}
EMPTY_OK = {"clitics.tsv", "unsplittable.tsv"}
SECTORS = {
    "GOV",
    "MIL",
    "COP",
    "SPY",
    "JUD",
    "LEG",
    "PTY",
    "OPP",
    "REB",
    "SEP",
    "UAF",
    "CVL",
    "ELI",
    "REL",
    "EDU",
    "LAB",
    "MED",
    "NGO",
    "BUS",
    "RAD",
    "REF",
    "HLH",
}
TARGET_MARKS = {"obj", "-"}


def rows(name: str) -> list[dict[str, str]]:
    return list(read_tsv(DATA / name))


def header(name: str) -> tuple[str, ...]:
    with (DATA / name).open(encoding="utf-8") as fh:
        first = fh.readline()
        assert first.startswith("#"), f"{name} opens with a comment saying what it is"
        for line in fh:
            if line.strip() and not line.startswith("#"):
                return tuple(line.rstrip("\n").split("\t"))
    return ()


def iso3() -> dict[str, str]:
    return {r["iso3"]: r["status"] for r in read_tsv(shared_data("iso3.tsv"))}


# ------------------------------------------------------------------ integrity of every file


@pytest.mark.parametrize("name", sorted(FILES))
def test_header_shape_notes(name: str) -> None:
    cols, _ = FILES[name]
    assert header(name) == cols
    rs = rows(name)
    assert rs or name in EMPTY_OK, name
    with (DATA / name).open(encoding="utf-8") as fh:
        lines = [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]
    for line in lines:
        assert len(line.split("\t")) == len(cols), (name, line)
    for r in rs:
        assert r["note"], (name, r)


@pytest.mark.parametrize("name", sorted(FILES))
def test_forms_normalised_and_tokenised(name: str) -> None:
    """Every form is what norm() gives and is split the way the tokenizer splits text."""
    for r in rows(name):
        form = r["form"]
        assert form and norm(form) == form, (name, form)
        assert " ".join(t.norm for t in analyse(form, "en").tokens) == form, (name, form)


@pytest.mark.parametrize("name", sorted(FILES))
def test_sorted_unique(name: str) -> None:
    _, key = FILES[name]
    keys = [tuple(int(r[k]) if k == "scope" else r[k] for k in key) for r in rows(name)]
    assert keys == sorted(keys), name
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    assert not dupes, (name, dupes[:5])


def test_pack_settings() -> None:
    assert PACK.settings["word_order"] == "SVO"


def test_empty_clitics_load() -> None:
    c = clitics("en")
    assert c.prefixes == () and c.suffixes == ()
    assert c.prefix_variants("russia") == (("russia", 0),)
    assert c.suffix_variants("talks") == ("talks",)


def test_trigger_codes_columns_and_coverage() -> None:
    valid = {r["code"] for r in read_tsv(shared_data("cameo.tsv"))}
    preps = {r["form"] for r in rows("function_words.tsv") if r["kind"] == "prep"}
    rs = rows("triggers.tsv")
    for r in rs:
        assert r["cameo"] in valid, r
        assert r["pos"] in {"verb", "noun", "phrase"}, r
        assert (" " in r["form"]) == (r["pos"] == "phrase"), r
        marks = r["target"].split("|")
        assert set(marks) <= preps | TARGET_MARKS, r
        assert "-" not in marks or marks == ["-"], r
        assert r["note"].startswith("knowledge"), r
    codes = {r["cameo"] for r in rs}
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}
    assert len(codes) >= 150


def test_ambiguous_words_are_no_bare_triggers() -> None:
    forms = {r["form"] for r in rows("triggers.tsv")}
    for word in "march may free release return sign back value fire kill killed war".split():
        assert word not in forms, word
    speech = {r["form"] for r in rows("speech.tsv")}
    for word in "said says told added according to".split(" "):
        assert word in speech or word in {"according", "to"}
    assert not {"said", "told", "added", "says"} & forms


def test_status_cues_columns() -> None:
    statuses = set()
    for r in rows("status_cues.tsv"):
        statuses.add(r["status"])
        scope = int(r["scope"])
        assert scope != 0 and -4 <= scope <= 8, r
    assert statuses == {"negated", "announced_future", "hypothetical", "claimed"}


def test_function_word_kinds() -> None:
    kinds = Counter(r["kind"] for r in rows("function_words.tsv"))
    expected = {
        "prep", "coord", "background", "subordinate", "against", "target", "between", "relative"
    }
    assert set(kinds) == expected
    assert all(" " not in r["form"] for r in rows("function_words.tsv"))  # read one token at a time


def test_countries_codes_kinds_and_coverage() -> None:
    known = iso3()
    forms: dict[str, str] = {}
    kinds: dict[str, set[str]] = {}
    for r in rows("countries.tsv"):
        assert r["iso3"] in known, r
        assert r["kind"] in {"name", "adjective", "capital", "seat"}, r
        assert forms.setdefault(r["form"], r["iso3"]) == r["iso3"], r["form"]
        kinds.setdefault(r["iso3"], set()).add(r["kind"])
    states = {c for c, s in known.items() if s in ("member", "observer")}
    for c in sorted(states):
        assert "name" in kinds.get(c, ()), c
    no_adjective = {c for c in states if "adjective" not in kinds.get(c, ())}
    # "congolese" is COD, "dominican" the Dominican Republic, "vatican" a name
    assert no_adjective <= {"COG", "DMA", "VAT"}, no_adjective


def test_actor_codes() -> None:
    known = iso3()
    ar_orgs = {r["code"] for r in read_tsv(ARABIC / "organisations.tsv")}
    assert {r["code"] for r in rows("organisations.tsv")} <= ar_orgs
    for r in rows("groups.tsv"):
        code = r["code"]
        assert code[:3] in known or code[:3] == "IMG", r
        assert code[3:] in SECTORS, r
        for cell in (r["start"], r["end"]):
            if cell:
                date.fromisoformat(cell)
    for r in rows("agents.tsv"):
        assert r["sector"] in SECTORS and r["alone"] in ("yes", "no"), r
    assert {r["kind"] for r in rows("coreference.tsv")} == {"counterpart", "side", "dual", "stop"}


def test_taliban_and_rsf_change_code_by_date() -> None:
    taliban = {
        (r["code"], r["start"], r["end"]) for r in rows("groups.tsv") if r["form"] == "taliban"
    }
    assert taliban == {("AFGREB", "", "2021-08-14"), ("AFGGOV", "2021-08-15", "")}
    rsf = {(r["code"], r["start"], r["end"]) for r in rows("groups.tsv") if r["form"] == "rsf"}
    assert rsf == {("SDNMIL", "", "2023-04-14"), ("SDNREB", "2023-04-15", "")}


def test_people_names_cover_known_ids_and_are_unambiguous() -> None:
    ids = {r["person"] for r in read_tsv(shared_data("people.tsv"))}
    rs = rows("people_names.tsv")
    named = {r["person"] for r in rs}
    assert named <= ids
    assert len(named) >= 500
    owners: dict[str, set[str]] = {}
    for r in rs:
        owners.setdefault(r["form"], set()).add(r["person"])
    assert not [f for f, p in owners.items() if len(p) > 1]
    assert not (DATA / "people.tsv").exists()  # roles stay language-neutral


def test_date_values() -> None:
    months = rows("months.tsv")
    assert {int(r["month"]) for r in months if r["system"] == "gregorian"} == set(range(1, 13))
    assert {r["system"] for r in months} == {"gregorian", "hijri"}
    alone = {r["form"]: r["alone"] for r in months}
    assert alone["may"] == "no" and alone["march"] == "no" and alone["january"] == "yes"
    assert sorted({int(r["weekday"]) for r in rows("weekdays.tsv")}) == list(range(7))
    offsets = {r["form"]: int(r["offset"]) for r in rows("relative_days.tsv")}
    assert offsets["today"] == 0 and offsets["yesterday"] == -1 and offsets["tomorrow"] == 1
    assert offsets["the day before yesterday"] == -2
    assert {int(r["value"]) for r in rows("numbers.tsv")} >= set(range(1, 11))
    ar_kinds = {r["kind"] for r in read_tsv(ARABIC / "date_words.tsv")}
    assert {r["kind"] for r in rows("date_words.tsv")} <= ar_kinds


def test_place_files() -> None:
    known = iso3()
    for r in rows("place_variants.tsv"):
        assert r["country"] in known, r
        assert r["feature"] in {"country", "region", "city", "site"}, r
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
    assert {r["context"] for r in rows("place_exclusions.tsv")} <= {"never", "cue", ""}
    assert {r["kind"] for r in rows("place_cues.tsv")} == {"cue", "name"}
    assert all(" " not in r["form"] for r in rows("place_cues.tsv"))  # one word is read


# ------------------------------------------------------------------ the gazetteer


@cache
def gazetteer_forms() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with gzip.open(shared_data("gazetteer_en.tsv.gz"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("form\t"):
                continue
            form, _name, country, *_ = line.rstrip("\n").split("\t")
            out.setdefault(form, set()).add(country)
    return out


def test_gazetteer_size_and_names() -> None:
    path = shared_data("gazetteer_en.tsv.gz")
    assert path.stat().st_size < 5_000_000
    gaz = gazetteer_forms()
    for form, iso in [
        ("moscow", "RUS"),
        ("aleppo", "SYR"),
        ("gaza strip", "PSE"),
        ("kyiv", "UKR"),
        ("port - au - prince", "HTI"),
        ("united states", "USA"),
        ("raqqa", "SYR"),
    ]:
        assert iso in gaz.get(form, set()), form
    for r in rows("place_exclusions.tsv"):
        assert r["form"] in gaz, r["form"]  # an exclusion names a gazetteer entry


# ------------------------------------------------------------------ matchers on real English text


@cache
def matcher(name: str, col: str = "form") -> PhraseMatcher[str]:
    value = "cameo" if name == "triggers.tsv" else col
    return PhraseMatcher(((r["form"], r[value]) for r in rows(name)), lang="en")


def found(name: str, text: str) -> list[tuple[str, str]]:
    t = analyse(text, "en")
    words = [tok.norm for tok in t.tokens]
    return [(" ".join(words[m.start : m.end]), m.value) for m in matcher(name).find(words)]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "Russian President Vladimir Putin held talks with his Chinese counterpart.",
            "held talks",
            "040",
        ),
        ("Erdogan spoke by phone with Zelensky on Tuesday.", "spoke by phone", "041"),
        ("The Saudi foreign minister visited Tehran last week.", "visited", "042"),
        ("King Abdullah received the Iraqi prime minister in Amman.", "received", "043"),
        ("The two leaders met on the sidelines of the G20 summit.", "on the sidelines of", "044"),
        ("The ministry condemned the attack on the embassy.", "condemned", "111"),
        ("The European Union imposed sanctions on Iranian officials.", "imposed sanctions", "163"),
        ("Police arrested three men in Cairo.", "arrested", "173"),
        ("Israeli air strikes hit Gaza overnight.", "air strikes", "195"),
        ("An airstrike killed five people.", "airstrike", "195"),
        ("Thousands of protesters rallied outside parliament.", "rallied", "141"),
        ("Iran summoned the British ambassador.", "summoned", "114"),
        ("Clashes with police erupted in Tehran.", "clashes with police", "145"),
        ("Washington will withdraw troops from Syria.", "withdraw troops", "0874"),
        ("He praised Qatar's mediation.", "praised", "051"),
        ("Britain expelled 23 Russian diplomats.", "expelled", "161"),
        (
            "The UN called for an immediate ceasefire in Gaza.",
            "called for an immediate ceasefire",
            "0256",
        ),
        ("The two sides signed a memorandum of understanding.", "signed a memorandum", "057"),
        ("Russia vetoed the resolution.", "vetoed", "129"),
        ("The ministry summoned the charge d'affaires.", "summoned the charge d ' affaires", "114"),
        ("Hamas claimed responsibility for the attack.", "claimed responsibility", "015"),
        ("The army shelled villages near the border.", "shelled", "194"),
        (
            "Iran threatened to close the Strait of Hormuz.",
            "threatened to close the strait",
            "1381",
        ),
        ("The rebels agreed to de-escalate.", "agreed to de - escalate", "0356"),
    ],
)
def test_trigger_found(text: str, phrase: str, code: str) -> None:
    assert (phrase, code) in found("triggers.tsv", text)


@pytest.mark.parametrize(
    "text",
    [
        "The conference will be held in March.",
        "She said she may travel with her family.",
        "Oil prices rose on Tuesday as the dollar weakened.",
        "The team released a new album and won the cup.",
    ],
)
def test_quiet_on_non_political_text(text: str) -> None:
    assert found("triggers.tsv", text) == []


def test_speech_cues_and_exclusions_match_text() -> None:
    assert ("according to", "according to") in found("speech.tsv", "according to the ministry")
    assert ("said", "said") in found("speech.tsv", "the minister said on Monday")
    cues = found(
        "status_cues.tsv", "Moscow didn't attend and will not meet, the report allegedly said"
    )
    assert {"didn ' t", "will", "not", "allegedly"} <= {c for c, _ in cues}
    assert found("trigger_exclusions.tsv", "UN peacekeepers and riot police") == [
        ("peacekeepers", "peacekeepers"),
        ("riot police", "riot police"),
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "file", "value"),
    [
        ("Russia's foreign ministry said", "russia", "countries.tsv", "RUS"),
        ("the Russian Defence Ministry", "russian", "countries.tsv", "RUS"),
        ("a Kremlin spokesman", "kremlin", "countries.tsv", "RUS"),
        ("the U.S. State Department", "u . s", "countries.tsv", "USA"),
        ("in Côte d'Ivoire", "côte d ' ivoire", "countries.tsv", "CIV"),
        ("Guinea-Bissau's president", "guinea - bissau", "countries.tsv", "GNB"),
        ("the UN Security Council met", "un security council", "organisations.tsv", "IGOUNO"),
        ("Human Rights Watch said", "human rights watch", "organisations.tsv", "NGOHRW"),
        ("al-Qaeda militants", "al - qaeda militants", "groups.tsv", "IMGREB"),
        ("Yemen's Houthis fired", "houthis", "groups.tsv", "YEMREB"),
        ("Bashar al-Assad met", "bashar al - assad", "people_names.tsv", "bashar_al_assad"),
        ("Xi Jinping arrived", "xi jinping", "people_names.tsv", "xi_jinping"),
    ],
)
def test_actor_phrases(text: str, phrase: str, file: str, value: str) -> None:
    col = {"countries.tsv": "iso3", "organisations.tsv": "code", "groups.tsv": "code"}.get(
        file, "person"
    )
    words = [t.norm for t in analyse(text, "en").tokens]
    m = PhraseMatcher(((r["form"], r[col]) for r in rows(file)), lang="en")
    assert (phrase, value) in [(" ".join(words[x.start : x.end]), x.value) for x in m.find(words)]


def test_agents_match_sector_nouns() -> None:
    words = [
        t.norm for t in analyse("the Iranian foreign ministry and security forces", "en").tokens
    ]
    m = PhraseMatcher(((r["form"], r["sector"]) for r in rows("agents.tsv")), lang="en")
    got = [(" ".join(words[x.start : x.end]), x.value) for x in m.find(words)]
    assert ("foreign ministry", "GOV") in got and ("security forces", "COP") in got


def test_time_words_match() -> None:
    from hadath.timewords import atoms

    words = [
        t.norm for t in analyse("on Tuesday, 13 January 2022, and yesterday evening", "en").tokens
    ]
    kinds = {w.kind for a in atoms(words, "en").values() for w in a.words}
    assert {"weekday", "month", "digits", "relative"} <= kinds


def test_segmenter_abbreviations() -> None:
    text = analyse("Gen. Smith met Mr. Jones on Jan. 5. They talked.", "en")
    assert len(text.sentences) == 2


def test_builders_exist() -> None:
    root = Path(__file__).resolve().parents[1] / "tools"
    assert (root / "build_countries_en.py").exists()
    assert "--lang" in (root / "build_gazetteer.py").read_text(encoding="utf-8")


def test_a_country_possessive_gives_the_sector_noun_its_country():
    from hadath.actors import find_actors
    from hadath.segment import analyse

    text = "Israel struck Gaza. Iran’s foreign minister warned Israel of a harsh response."
    found = {a.text: a.code for a in find_actors(analyse(text, "en"), lang="en")}
    assert found["Iran’s foreign minister"] == "IRNGOV"
