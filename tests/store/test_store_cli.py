"""``hadath ingest``, ``events``, ``stats`` and ``export`` on real Arabic fixtures."""

from __future__ import annotations

import json
import sys
import types

import pytest
import typer
from typer.testing import CliRunner

from hadath.cli import events, export, ingest, stats

from .helpers import DATA, fake_coder


@pytest.fixture
def app(monkeypatch):
    fake = types.ModuleType("hadath.pipeline")
    fake.code_document = fake_coder  # the CLI codes with whatever hadath.pipeline provides
    monkeypatch.setitem(sys.modules, "hadath.pipeline", fake)
    app = typer.Typer()
    for module in (ingest, events, stats, export):
        module.register(app)
    return app


def test_ingest_query_stats_export(app, tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "s.duckdb")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', "utf-8")
    result = runner.invoke(app, ["ingest", str(DATA / "one_event_ar.jsonl"), str(bad),
                                 "--db", db])
    assert result.exit_code == 1  # some documents stored, one input refused
    assert f'{bad}:1: no "text" field with text in it' in result.stderr
    assert "read 5 documents; coded 4 (0 exact and 1 near duplicates)" in result.stdout
    assert "skipped by language 1 en" in result.stdout

    again = runner.invoke(app, ["ingest", str(DATA / "one_event_ar.jsonl"), "--db", db])
    assert again.exit_code == 0 and "already stored 5" in again.stdout

    found = runner.invoke(app, ["events", "--db", db, "--dyad", "EGY,JOR", "--format", "jsonl"])
    assert found.exit_code == 0
    (row,) = [json.loads(line) for line in found.stdout.splitlines()]
    assert row["cameo"] == "040" and row["num_articles"] == 4

    as_csv = runner.invoke(app, ["events", "--db", db, "--code", "04", "--format", "csv"])
    assert as_csv.stdout.splitlines()[0].startswith('"event_id"')
    table = runner.invoke(app, ["events", "--db", db, "--format", "table"])
    assert "EGYGOV" in table.stdout

    shown = runner.invoke(app, ["stats", "--db", db])
    assert shown.exit_code == 0 and "1 events" in shown.stdout and "EGY-JOR" in shown.stdout

    out = tmp_path / "gdelt"
    exported = runner.invoke(app, ["export", "--format", "gdelt", str(out), "--db", db])
    assert exported.exit_code == 0
    assert len((out / "events.tsv").read_text("utf-8").splitlines()[0].split("\t")) == 61


def test_from_parquet(app, tmp_path):
    runner = CliRunner()
    first, second = str(tmp_path / "a.duckdb"), str(tmp_path / "b.duckdb")
    runner.invoke(app, ["ingest", str(DATA / "one_event_ar.jsonl"), "--db", first])
    runner.invoke(app, ["export", "--format", "parquet", str(tmp_path / "pq"), "--db", first])
    result = runner.invoke(app, ["ingest", "--from-parquet", str(tmp_path / "pq"),
                                 "--db", second])
    assert result.exit_code == 0, result.output
    assert "read 5 documents" in result.stdout


def test_errors_are_one_line(app, tmp_path):
    runner = CliRunner()
    missing = tmp_path / "none.duckdb"
    result = runner.invoke(app, ["events", "--db", str(missing)])
    assert result.exit_code == 2
    assert result.stderr == (f"{missing}: no store here; create one with "
                             f"`hadath ingest PATH --db {missing}`\n")
    db = str(tmp_path / "s.duckdb")
    runner.invoke(app, ["ingest", str(DATA / "article_ar.txt"), "--db", db])
    bad = runner.invoke(app, ["events", "--db", db, "--since", "last week"])
    assert bad.exit_code == 2
    assert bad.stderr == "since must be a YYYY-MM-DD date, not 'last week'\n"
    nothing = runner.invoke(app, ["ingest", "--db", db])
    assert nothing.exit_code == 2
    nopq = runner.invoke(app, ["ingest", "--from-parquet", str(tmp_path), "--db", db])
    assert nopq.exit_code == 2 and "not a hadath Parquet output" in nopq.stderr
