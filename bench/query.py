"""Query latency on a store of >= 1 M synthetic events: ``hadath events``-style filters, p50/p99.

Usage: python bench/query.py [--events 1000000] [--runs 30] [--db PATH]
Events (and one mention each, for the text filter) are generated directly in SQL into a fresh
store; then each query runs ``--runs`` times. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

COUNTRIES = ["EGY", "JOR", "SYR", "IRQ", "ISR", "PSE", "LBN", "SAU", "IRN", "TUR", "USA", "RUS",
             "YEM", "LBY", "SDN", "QAT", "ARE", "MAR", "DZA", "TUN"]
ROLES = ["", "GOV", "MIL", "COP", "CVL", "REB", "OPP"]
CODES = ["010", "020", "036", "040", "042", "043", "051", "057", "061", "071", "111", "112",
         "120", "130", "141", "145", "173", "180", "190", "193", "195"]
WORDS = ["استقبل", "الوزير", "نظيره", "بحث", "قصف", "الجيش", "تظاهر", "مواطنون", "اتفاق",
         "القاهرة", "دمشق", "بغداد", "غزه", "بيروت", "الرياض", "طهران"]


def _pick(values: list[str], seed: str) -> str:
    """SQL picking one of ``values`` (constants of this script) by a hash of the row."""
    listed = ", ".join(f"'{v}'" for v in values)
    return f"[{listed}][CAST(hash({seed}) % {len(values)} AS BIGINT) + 1]"


def generate(store, n: int) -> None:  # type: ignore[no-untyped-def]
    con = store.raw()
    con.execute(f"""
        CREATE TEMP TABLE g AS SELECT i,
          'ev' || lpad(printf('%x', i), 16, '0') AS event_id,
          {_pick(CODES, "i")} AS cameo,
          {_pick(COUNTRIES, "i + 1")} AS sk,
          {_pick(COUNTRIES, "i + 2")} AS tk,
          {_pick(ROLES, "i + 3")} AS sr,
          DATE '2015-01-01' + CAST(hash(i + 4) % 3650 AS INTEGER) AS d,
          {_pick(WORDS, "i + 5")} || ' ' || {_pick(WORDS, "i + 6")} AS words
        FROM range({n}) t(i)""")
    con.execute("""
        INSERT INTO events (event_id, global_id, cameo, root, plover_type, quad_class, goldstein,
          source_code, source_name, source_key, target_code, target_name, target_key,
          event_date, place_country, num_mentions, num_articles, num_sources, first_seen,
          last_seen, doc_id, month)
        SELECT event_id, i, cameo, cameo[1:2], CASE WHEN cameo[1:2] = '14' THEN 'PROTEST'
          ELSE 'CONSULT' END, 1, 1.0, sk || sr, words, sk, tk, '', tk, d, sk, 1, 1, 1, d, d,
          'doc' || i, strftime(d, '%Y-%m') FROM g""")
    con.execute("""
        INSERT INTO mentions (mention_id, doc_id, cameo, root, trigger_text, sentence,
          sentence_text, search_text, published, event_id)
        SELECT 'e0', 'doc' || i, cameo, cameo[1:2], 'x', 0, words, words, d, event_id FROM g""")
    con.execute("INSERT INTO event_mentions SELECT event_id, 'doc' || i, 'e0' FROM g")


QUERIES = {
    "newest 100": {},
    "since/until (1 month)": {"since": "2020-03-01", "until": "2020-03-31"},
    "actor EGY": {"actor": "EGY"},
    "dyad EGY,ISR": {"dyad": "EGY,ISR"},
    "code 14": {"code": "14"},
    "plover PROTEST": {"plover": "PROTEST"},
    "country SYR": {"country": "SYR"},
    "text غزه": {"text": "غزه"},
    "actor+code+since": {"actor": "IRN", "code": "19", "since": "2019-01-01"},
    "page 50 (offset 5000)": {"offset": 5000},
}


def main() -> None:
    from hadath.store import open_store

    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--db")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.db or Path(tmp) / "q.duckdb")
        if store.count("events") < args.events:
            t = time.perf_counter()
            generate(store, args.events)
            print(f"generated {args.events:,} events in {time.perf_counter() - t:.1f} s")
        for name, kwargs in QUERIES.items():
            times = []
            for _ in range(args.runs):
                t = time.perf_counter()
                found = store.events(limit=100, **kwargs)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
            print(f"{name:24} p50 {statistics.median(times):7.1f} ms  p99 {p99:7.1f} ms  "
                  f"({len(found)} rows)")
        t = time.perf_counter()
        store.stats()
        print(f"{'stats()':24} {1000 * (time.perf_counter() - t):7.1f} ms")
        store.close()


if __name__ == "__main__":
    main()
