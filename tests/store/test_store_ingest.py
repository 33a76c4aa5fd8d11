"""Ingest: idempotence, language skipping, exact and near duplicates, clustering into events."""

from __future__ import annotations

import json
from datetime import date

import pytest

from hadath.settings import Settings
from hadath.store import ingest, open_store
from hadath.store.cluster import entity_key

from .helpers import DATA, coded, event, fake_coder

ARTICLES = DATA / "one_event_ar.jsonl"
TABLES = ("documents", "mentions", "events", "event_mentions", "duplicates", "problems",
          "minhashes", "minhash_bands")


def hand_coder(doc, settings):
    """What a coder should find in the fixture articles: one meeting told three ways (and
    copied once), plus a statement only Petra reports and a praise only the copy has."""
    found = {
        "mena-001": [event(0, source="EGYGOV", target="JORGOV", country="EGY")],
        "petra-002": [event(0, source="EGY", target="JORGOV", country="EGY"),
                      event(1, cameo="010", source="JORGOV", target="EGYGOV", sentence=1)],
        "aawsat-003": [event(0, source="EGYGOV", target="JOR", when=date(2024, 3, 5))],
        "ahram-004": [event(0, source="EGYGOV", target="JORGOV", country="EGY"),
                      event(1, cameo="051", source="EGYGOV", target="JORGOV", sentence=2)],
    }
    return coded(doc, *found.get(doc.id, []))


@pytest.fixture
def store():
    s = open_store(":memory:", Settings(batch_size=2))
    yield s
    s.close()


def counts(store):
    return {t: store.count(t) for t in TABLES}


def test_three_articles_of_one_event_make_one_event(store):
    summary = ingest(store, [ARTICLES], store.settings, coder=hand_coder)
    assert summary.duplicate_near == 1 and summary.skipped_language == {"en": 1}
    meetings = store.events(code="04")
    assert len(meetings) == 1
    e = meetings[0]
    assert (e.num_mentions, e.num_articles, e.num_sources) == (4, 4, 4)  # copy counts too
    assert (e.first_seen, e.last_seen) == (date(2024, 3, 5), date(2024, 3, 6))
    assert e.date == date(2024, 3, 5) and e.place_country == "EGY"
    detail = store.event(e.id)
    assert {m.doc_id for m in detail.mentions} == {"mena-001", "petra-002", "aawsat-003",
                                                    "ahram-004"}
    assert all(m.sentence_text for m in detail.mentions)
    assert len(store.events(code="01")) == 1  # Petra's statement is its own event


def test_a_near_duplicate_adds_mentions_but_never_events(store):
    ingest(store, [ARTICLES], store.settings, coder=hand_coder)
    copy = store.document("ahram-004")
    assert (copy.status, copy.duplicate_of) == ("duplicate", "mena-001")
    assert copy.similarity >= 0.8
    praise = [m for m in copy.mentions if m.cameo == "051"]
    assert praise and praise[0].event_id is None  # stored, but founds no event
    assert store.events(code="05") == []


def test_exact_duplicate_with_another_id(store, tmp_path):
    rows = [json.loads(line) for line in ARTICLES.read_text("utf-8").splitlines()]
    again = dict(rows[0], id="copy-of-mena", outlet="other")
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [rows[0], again]),
                    "utf-8")
    summary = ingest(store, [path], store.settings, coder=hand_coder)
    assert (summary.duplicate_exact, summary.duplicate_near) == (1, 0)
    assert store.document("copy-of-mena").duplicate_of == "mena-001"


def test_reingest_adds_nothing(store):
    first = ingest(store, [ARTICLES, DATA / "article_ar.txt"], store.settings, coder=hand_coder)
    before = counts(store)
    again = ingest(store, [ARTICLES, DATA / "article_ar.txt"], store.settings, coder=hand_coder)
    assert counts(store) == before
    assert again.already_stored == first.read == 6
    assert (again.coded, again.mentions, again.events_new) == (0, 0, 0)
    assert before["documents"] == 6 and before["events"] == 2


def test_new_mentions_join_existing_events(store, tmp_path):
    lines = ARTICLES.read_text("utf-8").splitlines()
    (tmp_path / "a.jsonl").write_text(lines[0], "utf-8")
    (tmp_path / "b.jsonl").write_text(lines[2], "utf-8")
    ingest(store, [tmp_path / "a.jsonl"], store.settings, coder=hand_coder)
    (only,) = store.events()
    later = ingest(store, [tmp_path / "b.jsonl"], store.settings, coder=hand_coder)
    assert (later.events_new, later.events_joined) == (0, 1)
    assert store.event(only.id).event.num_articles == 2


def test_dates_outside_the_window_and_other_countries_split_events(tmp_path):
    store = open_store(":memory:", Settings(cluster_window_days=2))
    texts = {"d1": (date(2024, 3, 5), "EGY"), "d2": (date(2024, 3, 7), "EGY"),
             "d3": (date(2024, 3, 10), "EGY"), "d4": (date(2024, 3, 5), "SYR")}
    path = tmp_path / "w.jsonl"
    path.write_text("\n".join(json.dumps({"id": k, "text": f"استقبل الوزير نظيره رقم {k}"})
                              for k in texts), "utf-8")

    def coder(doc, settings):
        when, country = texts[doc.id]
        return coded(doc, event(0, when=when, country=country))

    ingest(store, [path], store.settings, coder=coder)
    sizes = sorted((e.date, e.place_country, e.num_mentions) for e in store.events())
    assert sizes == [(date(2024, 3, 5), "EGY", 2), (date(2024, 3, 5), "SYR", 1),
                     (date(2024, 3, 10), "EGY", 1)]


def test_entity_keys():
    assert entity_key("EGYGOV") == entity_key("EGY") == "EGY"
    assert entity_key("IGOUNO") == "IGOUNO" and entity_key("IGOARL") == "IGOARL"
    assert entity_key("REB") == "REB" and entity_key(None) == ""


def test_fake_coder_on_real_articles(store):
    summary = ingest(store, [ARTICLES, DATA / "article_ar.txt", DATA / "page_ar.html"],
                     store.settings, coder=fake_coder)
    assert summary.failed == 0
    by_code = {e.source_code: e for e in store.events()}
    assert by_code["EGYGOV"].num_articles == 5  # mena, petra, aawsat, ahram, the HTML page
    assert by_code["RUSGOV"].num_articles == 1
