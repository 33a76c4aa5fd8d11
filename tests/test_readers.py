"""Inputs: each kind, and each bad input with its exact one-line message."""

from __future__ import annotations

import gzip
import json
from datetime import date

from hadath.readers import Problem, read_paths

ARTICLE = (
    "الرئيس يستقبل وزير الخارجية\n\n"
    "(سبوتنيك - 13 كانون الثاني 2022ء) استقبل الرئيس الروسي فلاديمير بوتين اليوم وزير الخارجية.\n"
)


def _items(*paths):
    return list(read_paths([str(p) for p in paths]))


def test_txt_title_dateline_and_body(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    [doc] = _items(p)
    assert doc.title == "الرئيس يستقبل وزير الخارجية"
    assert doc.text == ARTICLE.strip()
    assert doc.published == date(2022, 1, 13)
    assert doc.id == "a"


def test_jsonl_lines_and_broken_line(tmp_path):
    p = tmp_path / "b.jsonl"
    good = {"id": "x1", "text": "استقبل الرئيس الوزير", "published": "2023-02-05"}
    p.write_text(
        json.dumps(good, ensure_ascii=False) + "\n{broken\n" + '{"id": "x2"}\n', encoding="utf-8"
    )
    items = _items(p)
    assert items[0].id == "x1" and items[0].published == date(2023, 2, 5)
    assert (
        str(items[1])
        == f"{p}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)"
    )
    assert str(items[2]) == f'{p}:3: no "text" field with text in it'


def test_jsonl_gz_and_truncated_gzip(tmp_path):
    p = tmp_path / "c.jsonl.gz"
    line = json.dumps({"id": "g1", "text": "ندد الوزير بالهجوم"}, ensure_ascii=False) + "\n"
    data = gzip.compress((line * 50).encode("utf-8"))
    p.write_bytes(data)
    assert [d.id for d in _items(p)] == ["g1"] * 50
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    items = _items(cut)
    assert isinstance(items[-1], Problem)
    assert items[-1].where == str(cut)
    assert items[-1].reason.startswith("cannot read compressed file")


def test_empty_binary_and_missing(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert [str(i) for i in _items(empty, binary, tmp_path / "nope.txt")] == [
        f"{empty}: empty file",
        f"{binary}: binary content (NUL bytes), not text",
        f"{tmp_path / 'nope.txt'}: no such file or folder",
    ]


def test_windows_1256_arabic_is_decoded(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes("عنوان\n\nندد الوزير بالهجوم على السفارة".encode("cp1256"))
    [doc] = _items(p)
    assert doc.text == "عنوان\n\nندد الوزير بالهجوم على السفارة"


def test_undecodable_text_is_a_problem(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("caf\xe9 cr\xe8me br\xfbl\xe9e".encode("latin-1"))
    [item] = _items(p)
    assert str(item) == (
        f"{p}: not UTF-8 text (invalid byte at offset 3) and not Windows-1256 Arabic either"
    )


def test_unsupported_type_and_folder_recursion(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert [d.id for d in _items(tmp_path)] == ["d"]
    [item] = _items(tmp_path / "notes.pdf")
    assert str(item) == (
        f"{tmp_path / 'notes.pdf'}: unsupported file type '.pdf'; use .txt, "
        ".jsonl, .jsonl.gz, .html or .warc(.gz)"
    )


def test_bad_published_date(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text('{"id": "1", "text": "نص", "published": "13/01/2022x"}\n', encoding="utf-8")
    [item] = _items(p)
    assert str(item) == f"{p}:1: \"published\" is not a YYYY-MM-DD date: '13/01/2022x'"
