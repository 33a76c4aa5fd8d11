"""HTML pages and WARC crawls: main text and metadata, and every damaged input as one problem."""

from __future__ import annotations

from datetime import date

from hadath.readers import Problem, read_paths
from hadath.readers_web import read_web_file
from hadath.records import Document

from .helpers import DATA, MEETING, html_page, write_warc


def test_html_page_main_text_title_date_outlet():
    (doc,) = list(read_web_file(DATA / "page_ar.html"))
    assert isinstance(doc, Document)
    assert doc.title == "مصر والأردن تبحثان التعاون الثنائي"
    assert doc.published == date(2024, 3, 5)
    assert doc.outlet == "أخبار النيل"
    assert "استقبل وزير الخارجية المصري" in doc.text
    assert "إعلان" not in doc.text and "الرئيسية" not in doc.text  # script and menu dropped
    assert doc.origin == str(DATA / "page_ar.html")


def test_hostile_html_is_a_problem_not_a_crash(tmp_path):
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 100_000 + "نص" + "</body></html>", "utf-8")
    scripts = tmp_path / "scripts.html"
    scripts.write_text("<html><body>" + "<script>while(1){}</script>" * 2000 + "</body></html>")
    for path in (deep, scripts):
        (item,) = list(read_web_file(path))
        assert item == Problem(str(path), "no main text found in the HTML page")


def test_warc_records_become_documents(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [(f"https://news.example/{i}", html_page(f"خبر {i}", MEETING))
                      for i in range(3)])
    docs = list(read_paths([path]))
    assert [type(d) for d in docs] == [Document] * 3
    assert [d.url for d in docs] == [f"https://news.example/{i}" for i in range(3)]
    assert all(d.id.startswith("urn:uuid:") for d in docs)  # WARC-Record-ID
    assert all(d.published == date(2024, 3, 5) for d in docs)  # WARC-Date
    assert all(d.outlet == "news.example" for d in docs)
    assert docs[1].origin == f"{path}#2"
    assert MEETING in docs[0].text


def test_truncated_warc_gz_reads_the_records_before(tmp_path):
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, [(f"https://news.example/{i}", html_page(f"خبر {i}", MEETING))
                       for i in range(3)])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: int(whole.stat().st_size * 0.8)])
    items = list(read_web_file(cut))
    assert [type(i) for i in items] == [Document, Document, Problem]
    assert items[2] == Problem(f"{cut}#3", "truncated gzip: the file ends inside this record; "
                                          "the records before it were read")


def test_truncated_plain_warc_names_the_record(tmp_path):
    whole = tmp_path / "whole.warc"
    write_warc(whole, [(f"https://news.example/{i}", html_page(f"خبر {i}", MEETING))
                       for i in range(2)])
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[: int(whole.stat().st_size * 0.75)])
    items = list(read_web_file(cut))
    assert isinstance(items[0], Document)
    assert items[-1] == Problem(f"{cut}#2", "truncated WARC record (the file ends inside it)")


def test_empty_warc(tmp_path):
    path = tmp_path / "empty.warc"
    path.write_bytes(b"")
    assert list(read_web_file(path)) == [Problem(str(path), "empty file")]
