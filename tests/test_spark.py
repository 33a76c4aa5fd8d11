"""The Spark adapter: its output equals ``hadath code`` on the same documents, bad records go to
problems, empty input gives empty tables with the schemas. Spark tests are ``slow`` and skip
without PySpark or Java."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

from hadath.errors import HadathError
from hadath.readers import Problem, make_document, read_paths
from hadath.rows import DOCUMENT_SCHEMA, MENTION_SCHEMA, PROBLEM_SCHEMA, document_row, mention_rows

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "spark" / "articles_ar.jsonl"
SEED = ROOT / "examples" / "seed_ar.txt"
BAD_LINES = [
    '{"id": "bad-1", "text": "أعلنت الحكومة اللبنانية', # broken JSON
    '{"id": "bad-2", "title": "بلا نص"}',
    '{"id": "bad-3", "text": "زار الرئيس التونسي الجزائر.", "published": "13/01/2022"}',
    '{"id": "good-4", "text": "زار الرئيس التونسي الجزائر أمس.", "published": "2022-01-13"}',
]

# A small job's time is mostly the JVM warming up: compile with C1 only.
QUICK_JVM = {"spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}


def java_ok() -> bool:
    from hadath.spark.job import check_requirements

    try:
        check_requirements()
    except HadathError:
        return False
    return True


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    if not java_ok():
        pytest.skip("no Java 17+ runtime")
    from hadath.spark import local_session

    session = local_session("local[2]", QUICK_JVM)
    yield session
    session.stop()


def table(folder: Path, schema: pa.Schema) -> list[dict]:
    hive = "hive" if "month" in schema.names else None
    rows = ds.dataset(folder, schema=schema, format="parquet", partitioning=hive).to_table()
    return rows.to_pylist()


def as_written(rows: list[dict], schema: pa.Schema) -> list[dict]:
    """Rows as Parquet gives them back (float32 rounding), in a stable order."""
    return sorted(pa.Table.from_pylist(rows, schema=schema).to_pylist(), key=_key)


def _key(row: dict) -> tuple:
    return (row.get("mention_id") or "", row.get("doc_id") or "", row.get("where") or "")


def local_tables(inputs: list[Path]) -> tuple[list[dict], list[dict], list[dict]]:
    """What ``hadath code`` computes on the same inputs, as rows."""
    from hadath.pipeline import code_document

    mentions, documents, problems = [], [], []
    for item in read_paths(inputs):
        if isinstance(item, Problem):
            problems.append({"where": item.where, "reason": item.reason})
            continue
        coded = code_document(item)
        mentions += mention_rows(coded)
        documents.append(document_row(coded))
    return (as_written(mentions, MENTION_SCHEMA), as_written(documents, DOCUMENT_SCHEMA),
            sorted(problems, key=_key))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("in")
    shutil.copy(ARTICLES, folder / "articles_ar.jsonl")
    shutil.copy(SEED, folder / "seed_ar.txt")
    (folder / "bad.jsonl").write_text("\n".join(BAD_LINES) + "\n", encoding="utf-8")
    write_warc(folder / "crawl.warc.gz")
    return folder


PAGE = """<html><head><title>وزير الخارجية الأردني يزور بيروت</title></head><body><article>
<h1>وزير الخارجية الأردني يزور بيروت</h1>
<p>وصل وزير الخارجية الأردني أيمن الصفدي إلى بيروت اليوم الاثنين في زيارة رسمية يلتقي خلالها
الرئيس اللبناني ورئيس الحكومة، ويبحث معهما العلاقات بين البلدين والأوضاع في المنطقة.</p>
<p>وقال الصفدي في مؤتمر صحفي إن الأردن يقف إلى جانب لبنان، ودعا المجتمع الدولي إلى دعم
الجيش اللبناني ومساعدة البلاد على تجاوز أزمتها الاقتصادية.</p>
</article></body></html>"""


def write_warc(path: Path) -> None:
    """A one-page WARC file, as Common Crawl News stores pages."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        record = writer.create_warc_record("https://example.org/news/1", "response",
                                           payload=BytesIO(PAGE.encode("utf-8")),
                                           http_headers=http)
        writer.write_record(record)


@pytest.fixture(scope="module")
def job(spark, corpus, tmp_path_factory):
    from hadath.spark import run_job

    out = tmp_path_factory.mktemp("out") / "run"
    summary = run_job(corpus, out, partitions=3, spark=spark)
    return summary, out


@pytest.mark.slow
def test_spark_mentions_equal_hadath_code(job, corpus):
    summary, out = job
    mentions, documents, problems = local_tables([corpus])
    assert mentions, "the coder found no event in the test articles"
    assert len(documents) >= 5
    assert sorted(table(out / "mentions", MENTION_SCHEMA), key=_key) == mentions
    assert sorted(table(out / "documents", DOCUMENT_SCHEMA), key=_key) == documents
    assert sorted(table(out / "problems", PROBLEM_SCHEMA), key=_key) == problems
    counts = (summary.documents, summary.mentions, summary.problems)
    assert counts == (len(documents), len(mentions), len(problems))


@pytest.mark.slow
def test_spark_event_ids_equal_cli_code(job, corpus):
    from hadath.cli.code import register

    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # keep "code" a subcommand
    result = CliRunner().invoke(app, ["code", "-f", "jsonl", str(corpus)])
    ids = sorted(e["id"] for line in result.stdout.splitlines() if line.startswith("{")
                 for e in json.loads(line)["events"])
    assert ids
    assert sorted(r["mention_id"] for r in table(job[1] / "mentions", MENTION_SCHEMA)) == ids


@pytest.mark.slow
def test_bad_records_go_to_problems(job, corpus):
    bad = str(corpus / "bad.jsonl")
    problems = sorted((p for p in table(job[1] / "problems", PROBLEM_SCHEMA)
                       if p["where"].startswith(bad)), key=_key)
    assert [p["where"] for p in problems] == [f"{bad}:1", f"{bad}:2", f"{bad}:3"]
    assert problems[0]["reason"].startswith("not valid JSON")
    assert problems[1]["reason"] == 'no "text" field with text in it'
    assert problems[2]["reason"] == "\"published\" is not a YYYY-MM-DD date: '13/01/2022'"
    docs = {d["doc_id"]: d for d in table(job[1] / "documents", DOCUMENT_SCHEMA)}
    assert docs["good-4"]["origin"] == f"{bad}:4"
    assert docs["good-4"]["month"] == "2022-01"


@pytest.mark.slow
def test_output_layout_is_partitioned_by_month(job):
    out = job[1]
    months = sorted(p.name for p in (out / "mentions").iterdir() if p.is_dir())
    assert months and all(m.startswith("month=") for m in months)
    assert "month=2023-03" in sorted(p.name for p in (out / "documents").iterdir())
    part = next((out / "mentions").glob("month=*/*.parquet"))
    assert pq.read_schema(part).names == [n for n in MENTION_SCHEMA.names if n != "month"]


@pytest.mark.slow
def test_empty_input_gives_empty_tables_with_schemas(spark, tmp_path):
    from hadath.spark import run_job

    (tmp_path / "in").mkdir()
    summary = run_job(tmp_path / "in", tmp_path / "out", spark=spark)
    assert (summary.documents, summary.mentions, summary.problems) == (0, 0, 0)
    for name, schema in (("mentions", MENTION_SCHEMA), ("documents", DOCUMENT_SCHEMA),
                         ("problems", PROBLEM_SCHEMA)):
        files = list((tmp_path / "out" / name).glob("*.parquet"))
        assert len(files) == 1
        written = ds.dataset(files, format="parquet").schema
        assert written.names == [n for n in schema.names if n != "month"]
        assert table(tmp_path / "out" / name, schema) == []


@pytest.mark.slow
def test_parquet_input_with_text_column(spark, tmp_path):
    from hadath.pipeline import code_document
    from hadath.spark import run_job

    lines = [json.loads(x) for x in ARTICLES.read_text(encoding="utf-8").splitlines()]
    rows = {
        "id": [a["id"] for a in lines] + ["empty"],
        "body": [a["text"] for a in lines] + [None],
        "published": [date.fromisoformat(a["published"]) for a in lines] + [None],
    }
    pq.write_table(pa.table(rows), tmp_path / "articles.parquet")
    summary = run_job(tmp_path / "articles.parquet", tmp_path / "out", text_column="body",
                      spark=spark, partitions=2)
    expected = []
    for a in lines:
        doc = make_document(a["text"], doc_id=a["id"], published=a["published"])
        expected += mention_rows(code_document(doc))
    got = sorted(table(tmp_path / "out" / "mentions", MENTION_SCHEMA), key=_key)
    assert got == as_written(expected, MENTION_SCHEMA)
    problems = table(tmp_path / "out" / "problems", PROBLEM_SCHEMA)
    assert [p["reason"] for p in problems] == ["no text in the text column"]
    assert problems[0]["where"].endswith("articles.parquet#id=empty")
    assert summary.documents == 3


@pytest.mark.slow
def test_uri_input_reads_like_a_path(spark, tmp_path):
    from hadath.spark import run_job

    shutil.copy(ARTICLES, tmp_path / "articles_ar.jsonl")
    run_job(f"file://{tmp_path}/articles_ar.jsonl", tmp_path / "out", spark=spark)
    mentions, _, _ = local_tables([tmp_path / "articles_ar.jsonl"])
    assert sorted(table(tmp_path / "out" / "mentions", MENTION_SCHEMA), key=_key) == mentions
    origins = [d["origin"] for d in table(tmp_path / "out" / "documents", DOCUMENT_SCHEMA)]
    assert all(o.startswith("file:") and o.endswith(("jsonl:1", "jsonl:2", "jsonl:3"))
               for o in origins)


@pytest.mark.slow
def test_cli_runs_the_job(spark, tmp_path):
    result = CliRunner().invoke(_cli(), ["spark", str(ARTICLES), str(tmp_path / "out"),
                                         "--partitions", "2"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("coded 3 documents, ")
    assert len(table(tmp_path / "out" / "documents", DOCUMENT_SCHEMA)) == 3
    again = CliRunner().invoke(_cli(), ["spark", str(ARTICLES), str(tmp_path / "out")])
    assert again.exit_code == 2
    assert again.stderr.strip() == (f"hadath spark: {tmp_path / 'out'}: output folder exists "
                                    "and is not empty; choose another or pass --overwrite")


def test_existing_output_is_refused(tmp_path):
    from hadath.spark import run_job

    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "mentions").mkdir()
    with pytest.raises(HadathError, match="output folder exists and is not empty"):
        run_job(ARTICLES, tmp_path / "out")


def _cli():
    from hadath.cli.spark import register

    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)
    return app


def test_cli_without_java_says_so_in_one_line(monkeypatch, tmp_path):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    result = CliRunner().invoke(_cli(), ["spark", str(ARTICLES), str(tmp_path / "out")])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("hadath spark: Java is not installed (Spark needs Java 17")


def test_cli_without_pyspark_says_so_in_one_line(monkeypatch, tmp_path):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "pyspark" else real(name, *a))
    result = CliRunner().invoke(_cli(), ["spark", str(ARTICLES), str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "hadath spark: PySpark is not installed; run: pip install 'hadath[spark]'"
    )


def test_a_document_the_coder_fails_on_becomes_a_problem(monkeypatch):
    import hadath.pipeline
    from hadath.records import CodedDocument
    from hadath.spark.tables import code_partition

    def fake(doc, settings):
        if "انفجار" in doc.text:
            raise ValueError("bad offset\nsecond line")
        return CodedDocument(doc)

    monkeypatch.setattr(hadath.pipeline, "code_document", fake)
    items = [Problem("a.jsonl:1", "not valid JSON"),
             make_document("وصل الوزير إلى بيروت.", doc_id="ok", published="2023-01-02"),
             make_document("انفجار في المرفأ.", doc_id="boom", origin="a.jsonl:3")]
    out = list(code_partition(items, settings=None))
    assert out[0] == ("p", None, None, ("a.jsonl:1", "not valid JSON"))
    assert out[1][:2] == ("d", None) and out[1][3] is None
    assert out[1][2][0] == "ok" and out[1][2][-1] == "2023-01"
    assert out[2] == ("p", None, None, ("a.jsonl:3", "coder failed: ValueError: bad offset"))
    assert len(out) == 3


def test_rows_carry_the_exact_types_spark_accepts():
    from datetime import datetime

    from hijridate import Gregorian

    from hadath.spark.tables import plain_row

    schema = pa.schema([("b", pa.date32()), ("a", pa.date32()), ("c", pa.float32()),
                        ("d", pa.int8()), ("e", pa.string())])
    row = plain_row({"a": Gregorian(2015, 7, 12), "b": datetime(2015, 7, 13, 9), "c": 3,
                     "d": True, "e": None}, schema)
    assert row == (date(2015, 7, 13), date(2015, 7, 12), 3.0, 1, None)
    assert [type(v) for v in row] == [date, date, float, int, type(None)]


def test_java_version_is_read(tmp_path):
    from hadath.spark.job import java_version

    fake = tmp_path / "java"
    fake.write_text('#!/bin/sh\necho \'openjdk version "1.8.0_392"\' >&2\n')
    fake.chmod(0o755)
    assert java_version(str(fake)) == 8
    fake.write_text('#!/bin/sh\necho \'openjdk version "17.0.15" 2025-04-15\' >&2\n')
    assert java_version(str(fake)) == 17
