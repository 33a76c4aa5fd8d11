"""kill -9 during an ingest loses no committed batch; a rerun completes it without duplicates."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from hadath.settings import Settings
from hadath.store import ingest, open_store

from .helpers import fake_coder

ROOT = Path(__file__).resolve().parents[2]
N = 300
CHILD = """
import sys, time
sys.path[:0] = [{src!r}, {root!r}]
from hadath.settings import Settings
from hadath.store import ingest, open_store
from tests.store.helpers import fake_coder

def slow(doc, settings):
    time.sleep(0.005)
    return fake_coder(doc, settings)

store = open_store({db!r}, Settings(batch_size=10))
ingest(store, [{src_file!r}], store.settings, lambda s: print(s.read, flush=True), coder=slow)
print("done", flush=True)
"""


def test_kill_9_then_resume(tmp_path):
    articles = tmp_path / "many.jsonl"
    start = date(2024, 1, 1)
    with articles.open("w", encoding="utf-8") as fh:
        for i in range(N):
            day = start + timedelta(days=i % 60)
            fh.write(json.dumps({"text": f"استقبل الوزير نظيره في اللقاء رقم {i}",
                                 "published": day.isoformat()}, ensure_ascii=False) + "\n")
    db = tmp_path / "store.duckdb"
    code = CHILD.format(src=str(ROOT / "src"), root=str(ROOT), db=str(db),
                        src_file=str(articles))
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    committed = 0
    for line in child.stdout:
        committed = int(line)
        if committed >= 60:
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    store = open_store(db, Settings(batch_size=10))
    kept = store.count("documents")
    assert kept >= committed and kept % 10 == 0 and kept < N  # whole batches only
    assert store.count("mentions") == kept
    summary = ingest(store, [articles], store.settings, coder=fake_coder)
    assert summary.already_stored == kept and summary.coded == N - kept
    con = store.raw()
    assert store.count("documents") == N
    assert con.execute("SELECT count(DISTINCT doc_id) FROM documents").fetchall()[0][0] == N
    assert store.count("mentions") == N == store.count("event_mentions")
    assert con.execute("SELECT sum(num_mentions) FROM events").fetchall()[0][0] == N
    # one meeting a day for 60 days: with a 2-day window each event gathers three days
    assert store.count("events") == 20
    store.close()
