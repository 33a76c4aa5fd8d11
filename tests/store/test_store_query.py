"""Queries: filters with bound parameters, one event, documents, stats, migrations, reopening."""

from __future__ import annotations

import json
from datetime import date

import pyarrow as pa
import pytest

from hadath.errors import StoreError
from hadath.settings import Settings
from hadath.store import ingest, open_store, schema

from .helpers import coded, event

EVENTS = {
    "a": [event(0, source="EGYGOV", target="JORGOV", country="EGY")],
    "b": [event(0, cameo="145", source="EGYCVL", target="EGYPOL", when=date(2024, 3, 1),
                country="EGY")],
    "c": [event(0, cameo="0311", source="IGOUNO", target="SYRGOV", when=date(2024, 2, 1),
                country="SYR")],
    "d": [event(0, cameo="190", source="ISRMIL", target=None, when=None)],
}
TEXTS = {
    "a": "استقبل وزير الخارجية المصري نظيره الأردني في القاهرة",
    "b": "تظاهر مواطنون مصريون أمام مقر الشرطة في الإسكندرية",
    "c": "دعت الأمم المتحدة الحكومة السورية إلى التعاون في دمشق",
    "d": "قصف الجيش الإسرائيلي مواقع في جنوب لبنان",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("q")
    path = folder / "a.jsonl"
    path.write_text("\n".join(json.dumps({"id": k, "text": t, "outlet": "x"}, ensure_ascii=False)
                              for k, t in TEXTS.items()), "utf-8")

    def coder(doc, settings):
        return coded(doc, *EVENTS[doc.id])

    s = open_store(folder / "q.duckdb", Settings())
    ingest(s, [path], s.settings, coder=coder)
    yield s
    s.close()


def codes(events):
    return sorted(e.cameo for e in events)


def test_filters(store):
    assert codes(store.events()) == ["0311", "040", "145", "190"]
    assert codes(store.events(since="2024-03-01")) == ["040", "145"]
    assert codes(store.events(until=date(2024, 2, 28))) == ["0311"]
    assert codes(store.events(actor="egy")) == ["040", "145"]
    assert codes(store.events(actor="IGOUNO")) == ["0311"]
    assert codes(store.events(dyad="EGY,JOR")) == ["040"]
    assert codes(store.events(dyad=("JOR", "EGY"))) == []
    assert codes(store.events(code="14")) == ["145"]
    assert codes(store.events(code="03")) == ["0311"]
    assert codes(store.events(plover="consult")) == codes(store.events())  # all made as CONSULT
    assert codes(store.events(country="SYR")) == ["0311"]
    assert codes(store.events(text="الأمم المتحده")) == ["0311"]  # normalised (ة/ه) match
    assert codes(store.events(limit=2)) == ["040", "145"]  # newest first
    assert codes(store.events(limit=2, offset=2)) == ["0311", "190"]  # undated last


def test_parameters_are_bound_not_pasted(store):
    assert store.events(text="'; DROP TABLE events; --") == []
    with pytest.raises(StoreError, match="actor must be a code"):
        store.events(actor="USA' OR 1=1 --")
    with pytest.raises(StoreError, match="since must be a YYYY-MM-DD date"):
        store.events(since="yesterday")
    assert store.count("events") == 4


def test_events_arrow(store):
    table = store.events_arrow(actor="EGY")
    assert isinstance(table, pa.Table) and table.num_rows == 2
    assert {"event_id", "cameo", "num_mentions", "event_date"} <= set(table.column_names)


def test_event_with_mentions_and_sentences(store):
    (e,) = store.events(code="145")
    detail = store.event(e.id)
    assert detail.event == e
    (m,) = detail.mentions
    assert m.sentence_text == TEXTS["b"] and m.doc_id == "b" and m.event_id == e.id
    assert store.event("ev-missing") is None


def test_documents(store):
    assert sorted(d.id for d in store.documents()) == ["a", "b", "c", "d"]
    doc = store.document("c")
    assert doc.text == TEXTS["c"] and doc.status == "coded" and doc.n_events == 1
    assert [m.cameo for m in doc.mentions] == ["0311"]
    assert store.documents(status="skipped") == []


def test_stats(store):
    s = store.stats()
    assert (s.documents, s.coded, s.events, s.mentions) == (4, 4, 4, 4)
    assert dict(s.by_root) == {"03": 1, "04": 1, "14": 1, "19": 1}
    assert ("EGY-JOR", 1) in s.by_dyad and ("IGOUNO-SYR", 1) in s.by_dyad
    assert dict(s.by_country) == {"EGY": 2, "SYR": 1}
    assert (None, 1) in s.by_day


def test_migrations_are_recorded_and_reopening_keeps_data(store, tmp_path):
    rows = store.raw().execute("SELECT version, name FROM schema_migrations").fetchall()
    assert [r[0] for r in rows] == [v for v, _, _ in schema.MIGRATIONS]
    path = tmp_path / "re.duckdb"
    first = open_store(path)
    ingest(first, [tmp_path / "none.txt"], first.settings)
    first.close()
    again = open_store(path)
    assert again.version == schema.LATEST and again.count("problems") == 1
    assert again.raw().execute("SELECT count(*) FROM schema_migrations").fetchall()[0][0] == 1
    again.close()


def test_memory_store_starts_empty():
    s = open_store(":memory:")
    assert s.stats().events == 0 and s.events() == []
    s.close()
