"""The store with the real coder on real Arabic text (skipped while the coder cannot run)."""

from __future__ import annotations

import pytest

from hadath.settings import Settings
from hadath.store import ingest, open_store

from .helpers import DATA

ROOT = DATA.parents[2]


@pytest.fixture(scope="module")
def coder():
    try:
        from hadath.pipeline import code_document, code_text

        code_text("استقبل وزير الخارجية المصري نظيره الأردني في القاهرة")
    except Exception as exc:  # the coder is being built alongside the store
        pytest.skip(f"the coder cannot run yet ({exc.__class__.__name__}: {exc})")
    return code_document


def test_ingest_with_the_real_coder(coder, tmp_path):
    store = open_store(tmp_path / "real.duckdb", Settings(batch_size=4))
    inputs = [DATA / "one_event_ar.jsonl", DATA / "article_ar.txt", DATA / "page_ar.html",
              ROOT / "examples" / "seed_ar.txt"]
    summary = ingest(store, inputs, store.settings, coder=coder)
    assert summary.failed == 0, summary.problems
    assert summary.read == 8 and summary.duplicate_near == 1
    assert summary.mentions > 0 and store.count("events") > 0
    con = store.raw()
    linked = con.execute("SELECT count(*) FROM event_mentions").fetchall()[0][0]
    assert con.execute("SELECT sum(num_mentions) FROM events").fetchall()[0][0] == linked
    # the syndicated copy codes like its original, so its mentions join the original's events
    copy = store.document("ahram-004")
    original = store.document("mena-001")
    assert {m.event_id for m in copy.mentions if m.event_id} <= {
        m.event_id for m in original.mentions}
    before = {t: store.count(t) for t in ("documents", "mentions", "events")}
    again = ingest(store, inputs, store.settings, coder=coder)
    assert again.already_stored == 8
    assert {t: store.count(t) for t in before} == before
    store.close()
