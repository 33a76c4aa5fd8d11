"""Ingest throughput into DuckDB on one core, and peak memory on a generated 100 MB JSON Lines file.

Usage: python bench/ingest.py [--docs 1000] [--rss-mb 100] [--rss-coder stub|real] [CORPUS ...]
Articles come from ../shared/corpus/*.jsonl.gz when present, else the bundled examples. The
memory run happens in a fresh child process; with ``--rss-coder stub`` (default) it measures
the reader, deduplication and store alone. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def articles(paths: list[Path], limit: int) -> list[dict]:
    """Up to ``limit`` articles (id, text, published, outlet) from corpus files or examples."""
    out: list[dict] = []
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                out.append({k: row.get(k) for k in ("id", "text", "published", "outlet")})
                if len(out) >= limit:
                    return out
    if not out:
        text = (ROOT / "examples" / "seed_ar.txt").read_text("utf-8")
        out = [{"id": f"seed-{i}", "text": text} for i in range(min(limit, 50))]
    return out


def throughput(docs: list[dict]) -> None:
    from hadath.pipeline import code_document
    from hadath.settings import Settings
    from hadath.store import ingest, open_store

    spent = [0.0]

    def timed(doc, settings):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            return code_document(doc, settings)
        finally:
            spent[0] += time.perf_counter() - t

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs), "utf-8")
        store = open_store(Path(tmp) / "bench.duckdb", Settings())
        start = time.perf_counter()
        s = ingest(store, [path], store.settings, coder=timed)
        wall = time.perf_counter() - start
        events = store.count("events")
        store.close()
    print(f"ingest: {s.read} documents in {wall:.1f} s = {s.read / wall:.1f} documents/s; "
          f"{s.mentions} mentions = {s.mentions / wall:.1f} mentions/s; "
          f"{events} events = {events / wall:.1f} events/s")
    print(f"  coder {spent[0]:.1f} s ({100 * spent[0] / wall:.0f} %), store, reading, "
          f"language id and dedup {wall - spent[0]:.1f} s; duplicates {s.duplicate_exact} exact "
          f"+ {s.duplicate_near} near; skipped {s.skipped_language}; failed {s.failed}")


def generate(docs: list[dict], mb: float, path: Path) -> int:
    """A JSON Lines file of about ``mb`` MB: corpus articles with the words of each line
    shuffled (new texts, real vocabulary and line structure)."""
    rng = random.Random(7)
    budget, n = mb * 1_000_000, 0
    with path.open("w", encoding="utf-8") as fh:
        while fh.tell() < budget:
            lines = []
            for line in docs[n % len(docs)]["text"].split("\n"):
                words = line.split()
                rng.shuffle(words)
                lines.append(" ".join(words))
            fh.write(json.dumps({"id": f"g{n}", "text": "\n".join(lines),
                                 "published": "2024-03-05"}, ensure_ascii=False) + "\n")
            n += 1
    return n


def rss_child(path: str, coder_kind: str) -> None:
    from hadath.records import CodedDocument
    from hadath.settings import Settings
    from hadath.store import ingest, open_store

    if coder_kind == "real":
        from hadath.pipeline import code_document as coder
    else:
        def coder(doc, settings):  # type: ignore[no-untyped-def]
            return CodedDocument(doc)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "rss.duckdb", Settings())
        start = time.perf_counter()
        s = ingest(store, [path], store.settings, coder=coder)
        wall = time.perf_counter() - start
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory: {s.read} documents ({Path(path).stat().st_size / 1e6:.0f} MB, coder "
          f"{coder_kind}) in {wall:.1f} s; peak RSS {peak:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="*", type=Path)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--rss-mb", type=float, default=100)
    ap.add_argument("--rss-coder", choices=("stub", "real"), default="stub")
    ap.add_argument("--rss-child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rss_child:
        rss_child(args.rss_child, args.rss_coder)
        return
    paths = args.corpus or sorted(DEFAULT_CORPUS.glob("*.jsonl.gz"))
    docs = articles(paths, args.docs)
    try:
        throughput(docs)
    except Exception as exc:  # the coder may not be runnable (missing data): still measure memory
        print(f"ingest: the coder cannot run ({exc.__class__.__name__}: {exc})")
    if args.rss_mb > 0:
        with tempfile.TemporaryDirectory() as tmp:
            big = Path(tmp) / "big.jsonl"
            generate(docs, args.rss_mb, big)
            subprocess.run([sys.executable, __file__, "--rss-child", str(big),
                            "--rss-coder", args.rss_coder], check=True)


if __name__ == "__main__":
    main()
