"""Throughput of the coder on one core (read + code each document, as ``hadath code`` does),
beside the floor (normalise + sentence split).

Usage: python bench/throughput.py [CORPUS.jsonl(.gz) ...] [--mb 5] [--repeat N]
Without a corpus (or when ../shared/corpus is absent) the bundled examples are repeated.
Prints articles/s, sentences/s, MB/s and peak RSS; no assertion.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from pathlib import Path

from hadath.pipeline import code_document, code_documents
from hadath.readers import make_document
from hadath.segment import analyse

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def load(paths: list[Path], mb: float) -> list[dict]:
    budget, docs = mb * 1_000_000, []
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if d.get("text"):
                    docs.append(d)
                    budget -= len(d["text"].encode("utf-8"))
                if budget <= 0:
                    return docs
    return docs


def bundled(mb: float) -> list[dict]:
    text = (ROOT / "examples" / "seed_ar.txt").read_text(encoding="utf-8")
    n = int(mb * 1_000_000 / len(text.encode("utf-8"))) + 1
    return [{"id": f"seed-{i}", "text": text, "published": "2022-01-13"} for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="*", type=Path)
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument(
        "--repeat", type=int, default=1, help="code the corpus N times, report the fastest pass"
    )
    args = ap.parse_args()
    paths = args.corpus or sorted(DEFAULT_CORPUS.glob("*.jsonl.gz"))
    raw = load(paths, args.mb) if paths else bundled(args.mb)
    source = ", ".join(p.name for p in paths) if paths else "examples/seed_ar.txt repeated"
    docs = [
        make_document(d["text"], doc_id=str(d.get("id")), published=d.get("published") or None)
        for d in raw
    ]
    size = sum(len(d.text.encode("utf-8")) for d in docs) / 1_000_000

    # Load the lexicons first so load time is not counted as throughput: the bundled example
    # reaches every stage (some resources load only when a document has events).
    seed = [make_document(d["text"], doc_id=d["id"], published=d["published"]) for d in bundled(0)]
    list(code_documents([*seed, *docs[:1]]))

    t0 = time.perf_counter()
    sentences = sum(len(analyse(d.text).sentences) for d in docs)
    floor = time.perf_counter() - t0

    full = cpu = float("inf")
    for _ in range(max(args.repeat, 1)):
        t0, c0 = time.perf_counter(), time.process_time()
        events = 0
        for d in raw:  # as `hadath code` does: read a document, then code it
            published = d.get("published") or None
            doc = make_document(d["text"], doc_id=str(d.get("id")), published=published)
            events += len(code_document(doc).events)
        full = min(full, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"corpus: {source}: {len(docs)} articles, {size:.1f} MB, {sentences} sentences")
    print(
        f"floor (normalise + split): {len(docs) / floor:,.0f} articles/s, "
        f"{sentences / floor:,.0f} sentences/s, {size / floor:.2f} MB/s"
    )
    print(
        f"end to end (read + code each document): {len(docs) / full:,.0f} articles/s, "
        f"{sentences / full:,.0f} sentences/s, {size / full:.2f} MB/s, {events} events"
    )
    print(
        f"end to end, CPU time of this process: {len(docs) / cpu:,.0f} articles/s "
        f"(wall clock counts the time other jobs on the machine take; CPU time does not)"
    )
    print(f"ratio end-to-end / floor time: {full / floor:.1f}x; peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
