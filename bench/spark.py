"""Spark throughput: documents/s with 1 and 2 local cores, scaling efficiency, and Spark's
overhead against ``code_documents`` on one core, on real articles.

    PYTHONPATH=src python bench/spark.py ../shared/corpus/ --limit 20000

The corpus files are read once; the first ``--limit`` articles are written to a temporary JSON
Lines file that every run reads, so all runs code the same documents. Timings include reading,
coding and writing Parquet; Spark runs include the session start (reported separately).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import sys
import tempfile
import time
from pathlib import Path


def sample(paths: list[Path], limit: int, out: Path) -> int:
    """Write the first ``limit`` articles, taken in turn from each corpus file, to ``out``."""
    files = []
    for p in paths:
        files += sorted(p.glob("*.jsonl*")) if p.is_dir() else [p]
    streams = [gzip.open(f, "rt", encoding="utf-8") if f.suffix == ".gz" else
               f.open(encoding="utf-8") for f in files]
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for line in itertools.chain.from_iterable(zip(*streams, strict=False)):
            if n >= limit:
                break
            if line.strip():
                fh.write(line if line.endswith("\n") else line + "\n")
                n += 1
    for s in streams:
        s.close()
    return n


def local_run(path: Path) -> tuple[int, int, float]:
    """``code_documents`` in this process, one core, with the Parquet rows built as Spark does."""
    from hadath.pipeline import code_documents
    from hadath.readers import Problem, read_paths
    from hadath.rows import document_row, mention_rows

    started = time.perf_counter()
    docs = [d for d in read_paths([path]) if not isinstance(d, Problem)]
    events = 0
    for coded in code_documents(docs):
        events += len(mention_rows(coded))
        document_row(coded)
    return len(docs), events, time.perf_counter() - started


def spark_run(path: Path, cores: int, out: Path, partitions: int | None) -> dict[str, float]:
    from hadath.spark import local_session, run_job

    started = time.perf_counter()
    session = local_session(f"local[{cores}]")
    ready = time.perf_counter()
    try:
        summary = run_job(path, out, spark=session, partitions=partitions or cores * 4,
                          overwrite=True)
    finally:
        session.stop()
    return {"cores": cores, "documents": summary.documents, "events": summary.mentions,
            "problems": summary.problems, "session_s": ready - started, "job_s": summary.seconds}


def first_problems(out: Path, n: int = 3) -> list[str]:
    """A few rows of the problems table, to say why documents were not coded."""
    import pyarrow.dataset as ds

    rows = ds.dataset(out / "problems", format="parquet").head(n).to_pylist()
    return [f"{r['where']}: {r['reason']}" for r in rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="+", type=Path, help="corpus .jsonl(.gz) files or folders")
    ap.add_argument("--limit", type=int, default=20_000, help="articles to code (default 20000)")
    ap.add_argument("--partitions", type=int, default=None, help="default: 4 per core")
    ap.add_argument("--skip-local", action="store_true", help="skip the code_documents run")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "sample.jsonl"
        n = sample(args.corpus, args.limit, data)
        print(f"articles: {n}")
        if not args.skip_local:
            docs, events, secs = local_run(data)
            local_rate = docs / secs
            print(f"code_documents, 1 core: {docs} docs, {events} events, {secs:.1f} s, "
                  f"{local_rate:.1f} docs/s")
        rates = {}
        for cores in (1, 2):
            r = spark_run(data, cores, Path(tmp) / f"out{cores}", args.partitions)
            rates[cores] = r["documents"] / r["job_s"]
            print(f"spark local[{cores}]: {r['documents']} docs, {r['events']} events, "
                  f"{r['problems']} problems, job {r['job_s']:.1f} s (+ session start "
                  f"{r['session_s']:.1f} s), {rates[cores]:.1f} docs/s")
            for line in first_problems(Path(tmp) / f"out{cores}"):
                print(f"  problem: {line}")
        print(f"scaling efficiency 1->2 cores: {rates[2] / (2 * rates[1]):.0%}")
        if not args.skip_local:
            print(f"spark overhead on 1 core vs code_documents: "
                  f"{local_rate / rates[1] - 1:+.0%} time per document")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
