"""HTTP API load test: requests/s and p50/p99 latency of ``GET /api/events`` on a big store.

    PYTHONPATH=src python bench/api.py [--events 1000000] [--requests 4000] [--seconds 60]

Writes ``--events`` synthetic events (one mention and a third of a document each) straight into
a fresh DuckDB store made with the store's own migrations, serves it read-only with uvicorn in
a child process on 127.0.0.1, and loads it from this process with ``--concurrency`` threads,
each with its own httpx client, over a fixed mix of filters; stops after ``--requests``
requests or ``--seconds`` seconds, whichever comes first. Prints figures.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import duckdb
import httpx

from hadath.store import schema

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["EGY", "ISR", "PSE", "SYR", "IRQ", "USA", "SAU", "JOR", "LBN", "TUR", "IRN", "RUS",
             "YEM", "LBY", "SDN", "MAR", "DZA", "TUN", "QAT", "ARE"]
AGENTS = ["", "GOV", "MIL", "COP", "REB", "OPP", "CVL", "MED"]
CAMEO = ["010", "020", "036", "042", "043", "051", "057", "061", "070", "084", "090", "111",
         "112", "120", "130", "138", "141", "145", "173", "180", "190", "193", "195"]
WORDS = ["أدانت", "استقبل", "تظاهر", "وقعت", "أعلن", "هاجمت", "اعتقلت", "بحث", "دعا", "قصفت"]

MIX = [  # (label, query string of /api/events)
    ("page 1", ""),
    ("actor", "actor=EGY"),
    ("dyad", "dyad=ISR,PSE"),
    ("root", "code=14"),
    ("code", "code=190"),
    ("plover", "plover=PROTEST"),
    ("country", "country=SYR"),
    ("30 days", "since=2022-03-01&until=2022-03-31"),
    ("combined", "since=2021-01-01&actor=USA&code=04"),
    ("text", "text=قصفت&limit=20"),
    ("deep page", "offset=10000&limit=50"),
]


def build_store(path: Path, n: int) -> float:
    """Fill a fresh store with ``n`` synthetic events; returns seconds taken."""
    t0 = time.perf_counter()
    con = duckdb.connect(str(path))
    schema.migrate(con)
    # $1 CAMEO codes, $2 countries, $3 agent suffixes, $4 trigger words, $5 events
    con.execute("""
        CREATE TEMP TABLE g AS
        SELECT i,
          'ev' || lpad(format('{:x}', i), 16, '0') AS event_id,
          list_element($1, 1 + (hash(i, 1) % len($1))::INT) AS cameo,
          list_element($2, 1 + (hash(i, 2) % len($2))::INT) AS src,
          list_element($2, 1 + (hash(i, 3) % len($2))::INT) AS tgt,
          list_element($3, 1 + (hash(i, 4) % len($3))::INT) AS src_agent,
          list_element($3, 1 + (hash(i, 5) % len($3))::INT) AS tgt_agent,
          list_element($4, 1 + (hash(i, 6) % len($4))::INT) AS word,
          DATE '2020-01-01' + (hash(i, 7) % 1826)::INT AS day,
          'doc' || (i // 3) AS doc_id
        FROM range($5) t(i)""", [CAMEO, COUNTRIES, AGENTS, WORDS, n])
    con.execute("""
        INSERT INTO events (event_id, global_id, cameo, root, plover_type, plover_mode,
          quad_class, goldstein, source_code, source_name, source_key, target_code, target_name,
          target_key, event_date, date_precision, place_name, place_country, place_lat,
          place_lon, num_mentions, num_articles, num_sources, first_seen, last_seen, doc_id,
          url, sentence_text, month)
        SELECT event_id, i, cameo, left(cameo, 2),
          CASE WHEN cameo LIKE '14%' THEN 'PROTEST' WHEN cameo LIKE '19%' THEN 'FIGHT'
               WHEN cameo LIKE '04%' THEN 'CONSULT' ELSE NULL END, NULL,
          CASE WHEN left(cameo, 2) <= '05' THEN 1 WHEN left(cameo, 2) <= '08' THEN 2
               WHEN left(cameo, 2) <= '13' THEN 3 ELSE 4 END, 0.0,
          src || src_agent, NULL, src, tgt || tgt_agent, NULL, tgt, day, 'day',
          'مكان ' || src, src, 15 + (hash(i, 8) % 2000) / 100.0, 30 + (hash(i, 9) % 2500) / 100.0,
          1, 1, 1, day, day, doc_id, 'https://example.org/' || doc_id,
          word || ' ' || src || ' ' || tgt, strftime(day, '%Y-%m')
        FROM g""")
    con.execute("""
        INSERT INTO mentions (mention_id, doc_id, event_id, cameo, root, quad_class,
          source_code, target_code, trigger_text, trigger_start, trigger_end, date, status,
          sentence, sentence_text, confidence, outlet, published, url, month, search_text)
        SELECT 'm' || i, doc_id, event_id, cameo, left(cameo, 2), 1, src, tgt, word, 0,
          length(word), day, 'asserted', 0, word || ' ' || src || ' ' || tgt, 0.9, 'bench', day,
          'https://example.org/' || doc_id, strftime(day, '%Y-%m'),
          word || ' ' || src || ' ' || tgt
        FROM g""")
    con.execute("INSERT INTO event_mentions SELECT event_id, doc_id, 'm' || i FROM g")
    con.execute("""
        INSERT INTO documents (doc_id, title, text, published, outlet, url, lang, n_events,
          month, status)
        SELECT doc_id, 'bench', any_value(word || ' ' || src || ' ' || tgt), min(day), 'bench',
          'https://example.org/' || doc_id, 'ar',
          count(*), strftime(min(day), '%Y-%m'), 'coded' FROM g GROUP BY doc_id""")
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = ("import uvicorn, sys; from hadath.web.app import create_app; "
            "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
            "log_level='warning', access_log=False)")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(port)], env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/codes", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def load(base: str, requests: int, seconds: float, threads: int) -> dict[str, list[float]]:
    """Send up to ``requests`` requests (or for ``seconds``) over ``threads`` threads."""
    lock = threading.Lock()
    counter = iter(range(requests))
    stop = time.monotonic() + seconds
    results: dict[str, list[float]] = {label: [] for label, _ in MIX}
    failures: list[str] = []

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < stop:
                with lock:
                    n = next(counter, None)
                if n is None:
                    return
                label, query = MIX[n % len(MIX)]
                t0 = time.perf_counter()
                r = client.get(f"/api/events?{query}")
                dt = time.perf_counter() - t0
                with lock:
                    (results[label] if r.status_code == 200 else failures).append(
                        dt if r.status_code == 200 else f"{label}: {r.status_code}")

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    if failures:
        print(f"failed requests: {len(failures)} (first: {failures[0]})")
    return results


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=4000)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--db", type=Path, help="reuse (or keep) the store here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if not db.exists():
            took = build_store(db, args.events)
            print(f"store: {args.events:,} events written in {took:.1f} s "
                  f"({db.stat().st_size / 2**20:.0f} MiB)")
        port = free_port()
        server = start_server(db, port)
        try:
            base = f"http://127.0.0.1:{port}"
            load(base, len(MIX) * 3, 30, 1)  # warm up
            t0 = time.perf_counter()
            results = load(base, args.requests, args.seconds, args.concurrency)
            wall = time.perf_counter() - t0
        finally:
            server.terminate()
            server.wait(timeout=10)
    every = [v for vs in results.values() for v in vs]
    print(f"GET /api/events: {len(every)} requests in {wall:.1f} s, {args.concurrency} "
          f"client threads, one uvicorn process on 127.0.0.1")
    print(f"  {len(every) / wall:.0f} requests/s; p50 {pct(every, .5):.1f} ms, "
          f"p99 {pct(every, .99):.1f} ms")
    for label, vs in results.items():
        if vs:
            print(f"  {label:10s} n={len(vs):5d}  p50 {pct(vs, .5):7.1f} ms  "
                  f"p99 {pct(vs, .99):7.1f} ms  mean {statistics.fmean(vs) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
