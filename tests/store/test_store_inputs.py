"""Every input kind ingested with real Arabic text; every bad input stored as its exact problem."""

from __future__ import annotations

import gzip
import json

import pytest

from hadath.readers import Problem
from hadath.settings import Settings
from hadath.store import ingest, open_store

from .helpers import DATA, MEETING, fake_coder, html_page, write_warc


@pytest.fixture
def store():
    s = open_store(":memory:", Settings(batch_size=3))
    yield s
    s.close()


def run(store, *paths):
    return ingest(store, [str(p) for p in paths], store.settings, coder=fake_coder)


def test_each_input_kind(store, tmp_path):
    lines = (DATA / "one_event_ar.jsonl").read_bytes()
    gz = tmp_path / "articles.jsonl.gz"
    gz.write_bytes(gzip.compress(lines))
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("https://news.example/w1", html_page("خبر", MEETING + " في زيارة رسمية"))])
    summary = run(store, DATA / "article_ar.txt", DATA / "page_ar.html", gz, warc)
    assert summary.failed == 0
    assert summary.read == 1 + 1 + 5 + 1
    assert summary.skipped_language == {"en": 1}
    docs = {d.id: d for d in store.documents(limit=50)}
    assert docs["article_ar"].title == "الرئيسان الروسي والأوزبكي يبحثان الأحداث في كازاخستان"
    assert docs["mena-001"].outlet == "mena" and docs["wire-en-005"].status == "skipped"
    assert docs["wire-en-005"].lang == "en"
    assert any(d.url == "https://news.example/w1" for d in docs.values())
    assert any(d.outlet == "أخبار النيل" for d in docs.values())


def test_folder_is_read_recursively(store, tmp_path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (sub / "x.txt").write_text((DATA / "article_ar.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "y.jsonl").write_bytes((DATA / "one_event_ar.jsonl").read_bytes())
    (tmp_path / "notes.md").write_text("ignored", "utf-8")
    summary = run(store, tmp_path)
    assert summary.read == 6 and summary.failed == 0


def test_windows_1256_arabic_is_read(store, tmp_path):
    path = tmp_path / "cp1256.txt"
    path.write_bytes(("عنوان الخبر\n" + MEETING).encode("cp1256"))
    summary = run(store, path)
    assert summary.failed == 0
    assert MEETING in store.document("cp1256").text


def test_bad_inputs_exact_messages(store, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 10)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("café crème brûlée".encode("latin-1"))
    broken = tmp_path / "broken.jsonl"
    good = json.dumps({"id": "ok-1", "text": MEETING, "published": "2024-03-05"},
                      ensure_ascii=False)
    broken.write_text(good + '\n{"id": "bad" "text": "نص"}\n', "utf-8")
    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(gzip.compress((good + "\n").encode() * 50)[:-30])
    summary = run(store, empty, binary, latin, broken, truncated, tmp_path / "missing.txt")
    expected = [
        Problem(str(empty), "empty file"),
        Problem(str(binary), "binary content (NUL bytes), not text"),
        Problem(str(latin), "not UTF-8 text (invalid byte at offset 3) and not Windows-1256 "
                            "Arabic either"),
        Problem(f"{broken}:2", "not valid JSON (Expecting ',' delimiter at column 14)"),
        Problem(str(truncated), "cannot read compressed file (EOFError: Compressed file ended "
                                "before the end-of-stream marker was reached); the lines before "
                                "the damage were read"),
        Problem(str(tmp_path / "missing.txt"), "no such file or folder"),
    ]
    assert list(summary.problems) == expected
    assert summary.failed == 6
    assert sorted(store.problems(), key=str) == sorted(expected, key=str)
    assert store.document("ok-1") is not None  # the good line before the damage was stored
    run(store, empty, broken)  # problems are stored once, however often they recur
    assert store.count("problems") == 6


def test_a_coder_failure_is_a_problem(store, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "boom", "text": MEETING}, ensure_ascii=False), "utf-8")

    def broken(doc, settings):
        raise RuntimeError("lexicon missing")

    summary = ingest(store, [path], store.settings, coder=broken)
    assert summary.problems == (
        Problem(f"{path}:1", "coder failed: RuntimeError: lexicon missing"),)
    assert store.document("boom") is None  # not stored: a rerun tries it again
