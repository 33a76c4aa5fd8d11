"""Benchmark the place stage: gazetteer load time and memory, place mentions resolved per second.

Usage: ``PYTHONPATH=src python bench/places.py [CORPUS.jsonl.gz] [--docs N]``; reads
../shared/corpus/ant2018_ar.jsonl.gz when present, else the bundled examples. Prints figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
import tracemalloc
from pathlib import Path

from hadath.gazetteer import load_gazetteer
from hadath.places import find_places, place_rules
from hadath.segment import analyse

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "ant2018_ar.jsonl.gz"
BUNDLED = (ROOT / "tests" / "data" / "places_sample.jsonl",
           *sorted((ROOT / "examples").glob("*.txt")))


def texts(path: Path | None, limit: int) -> list[str]:
    if path is not None and path.exists():
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            return [json.loads(line)["text"] for _, line in zip(range(limit), fh, strict=False)]
    out: list[str] = []
    for p in BUNDLED:
        if p.suffix == ".jsonl" and p.exists():
            out += [json.loads(line)["text"] for line in p.open(encoding="utf-8") if line.strip()]
        elif p.exists():
            out.append(p.read_text(encoding="utf-8"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    ap.add_argument("--docs", type=int, default=2000)
    args = ap.parse_args()

    tracemalloc.start()
    t0 = time.perf_counter()
    gaz = load_gazetteer()
    place_rules()
    load_s = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    current = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(f"gazetteer: {len(gaz)} entries, {len(gaz.places)} forms, loaded in {load_s:.2f} s, "
          f"{current / 2**20:.1f} MiB held (peak {peak / 2**20:.1f} MiB)")

    docs = texts(args.corpus, args.docs)
    analysed = [analyse(t) for t in docs]
    t0 = time.perf_counter()
    found = sum(len(find_places(a)) for a in analysed)
    spent = time.perf_counter() - t0
    words = sum(len(a.tokens) for a in analysed)
    source = args.corpus if args.corpus.exists() else "bundled examples"
    print(f"{len(docs)} documents from {source}: {words} tokens, {found} place mentions")
    print(f"find_places: {spent:.2f} s, {len(docs) / spent:.0f} docs/s, {found / spent:.0f} "
          f"places/s, {words / spent / 1000:.0f}k tokens/s (segmentation not counted)")


if __name__ == "__main__":
    main()
