"""Exports parsed back: GDELT TSV (61 columns), POLECAT JSON Lines, Parquet (DuckDB, pandas,
ingest_parquet) and CSV."""

from __future__ import annotations

import csv
import json

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pytest

from hadath.export import export
from hadath.export.gdelt import EVENT_COLUMNS, MENTION_COLUMNS
from hadath.rows import MENTION_SCHEMA
from hadath.settings import Settings
from hadath.store import ingest, ingest_parquet, open_store

from .helpers import DATA
from .test_store_ingest import hand_coder


@pytest.fixture(scope="module")
def store():
    s = open_store(":memory:", Settings())
    ingest(s, [DATA / "one_event_ar.jsonl", DATA / "nope.txt"], s.settings, coder=hand_coder)
    yield s
    s.close()


def test_gdelt_tsv(store, tmp_path):
    events_tsv, mentions_tsv = export(store, "gdelt", tmp_path)
    assert len(EVENT_COLUMNS) == 61 and len(MENTION_COLUMNS) == 16
    rows = [line.split("\t") for line in events_tsv.read_text("utf-8").splitlines()]
    assert len(rows) == 2 and all(len(r) == 61 for r in rows)
    meeting = dict(zip(EVENT_COLUMNS, next(r for r in rows if r[26] == "040"), strict=True))
    assert meeting["Day"] == "20240305" and meeting["MonthYear"] == "202403"
    assert meeting["Actor1Code"] == "EGYGOV" and meeting["Actor1CountryCode"] == "EGY"
    assert meeting["Actor1Type1Code"] == "GOV" and meeting["Actor2CountryCode"] == "JOR"
    assert meeting["Actor1Name"] == "وزير الخارجية المصري"
    assert (meeting["EventRootCode"], meeting["QuadClass"]) == ("04", "1")
    assert (meeting["NumMentions"], meeting["NumArticles"], meeting["NumSources"]) == (
        "4", "4", "4")
    assert meeting["ActionGeo_CountryCode"] == "EGY" and meeting["SOURCEURL"].startswith("https")
    mentions = [line.split("\t") for line in mentions_tsv.read_text("utf-8").splitlines()]
    assert len(mentions) == 5 and all(len(m) == 16 for m in mentions)
    assert sum(m[0] == meeting["GlobalEventID"] for m in mentions) == 4


def test_polecat_jsonl(store, tmp_path):
    (path,) = export(store, "polecat", tmp_path)
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert len(records) == 2
    meeting = next(r for r in records if r["cameo"] == "040")
    assert meeting["event_type"] == "CONSULT" and meeting["event_date"] == "2024-03-05"
    assert meeting["actor_country"] == "EGY" and meeting["recipient_country"] == "JOR"
    assert meeting["num_articles"] == 4


def test_parquet_read_by_duckdb_pandas_and_ingest_parquet(store, tmp_path):
    export(store, "parquet", tmp_path)
    assert (tmp_path / "mentions" / "month=2024-03").is_dir()
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/events/**/*.parquet', "
                   "hive_partitioning = true)").fetchall()[0][0]
    assert n == 2
    frame = pd.read_parquet(tmp_path / "mentions")
    assert len(frame) == 6 and list(frame.columns)[:3] == ["mention_id", "doc_id", "cameo"]
    table = ds.dataset(tmp_path / "mentions", format="parquet", partitioning="hive",
                       schema=MENTION_SCHEMA).to_table()
    assert table.schema == MENTION_SCHEMA and table.num_rows == 6
    copy = open_store(":memory:")
    summary = ingest_parquet(copy, tmp_path, copy.settings)
    assert summary.problems == tuple(store.problems())
    assert (copy.count("documents"), copy.count("mentions")) == (5, 6)
    # the copy and its original share a publication day: either may come first here
    assert copy.count("duplicates") == 1
    assert {("010", 1), ("040", 4)} <= {(e.cameo, e.num_articles) for e in copy.events()}
    again = ingest_parquet(copy, tmp_path, copy.settings)
    assert again.already_stored == 5 and copy.count("mentions") == 6
    copy.close()


def test_csv(store, tmp_path):
    events_csv, mentions_csv = export(store, "csv", tmp_path)
    with events_csv.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2 and {r["cameo"] for r in rows} == {"040", "010"}
    with mentions_csv.open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 6


def test_empty_store_exports(tmp_path):
    empty = open_store(":memory:")
    export(empty, "parquet", tmp_path / "p")
    assert pd.read_parquet(tmp_path / "p" / "events").empty
    (events_tsv, _) = export(empty, "gdelt", tmp_path / "g")
    assert events_tsv.read_text() == ""
    empty.close()
