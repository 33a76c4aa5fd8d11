"""Time actor resolution: matcher build time and milliseconds per ~1,000-word article.

Usage: PYTHONPATH=src python bench/actors.py [CORPUS.jsonl.gz] [N]
Reads articles from ../shared/corpus when present, else repeats a bundled text.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

from hadath.actor_lexicon import load_lexicon
from hadath.actors import find_actors
from hadath.segment import analyse

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "ant2018_ar.jsonl.gz"
BUNDLED = (
    "أعلنت وزارة الدفاع الروسية أن الرئيس الروسي، فلاديمير بوتين، بحث مع نظيره الأوزبكي "
    "في موسكو تعزيز التعاون، فيما قالت الأمم المتحدة إن قوات الأمن الكازاخستانية فرقت "
    "المحتجين في ألماتا. ودعا حلف شمال الأطلسي والاتحاد الأوروبي إلى الحوار. "
)


def articles(path: Path, n: int) -> list[str]:
    """Up to ``n`` texts of 800-1,200 words (joined to ~1,000 words when shorter)."""
    out: list[str] = []
    buf = ""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            buf += " " + json.loads(line)["text"]
            if len(buf.split()) >= 800:
                out.append(" ".join(buf.split()[:1200]))
                buf = ""
                if len(out) == n:
                    break
    return out


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    t0 = time.perf_counter()
    load_lexicon()
    build = time.perf_counter() - t0
    texts = articles(path, n) if path.exists() else [BUNDLED * 30] * n
    docs = [analyse(t) for t in texts]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    mentions = sum(len(find_actors(d)) for d in docs)
    took = time.perf_counter() - t0
    print(f"matcher build: {build * 1000:.0f} ms")
    print(f"{len(docs)} articles, {words / len(docs):.0f} words each, {mentions} mentions")
    print(f"find_actors: {took / len(docs) * 1000:.2f} ms per article (segmentation excluded)")


if __name__ == "__main__":
    main()
