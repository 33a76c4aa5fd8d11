"""A real store for the web tests: the Arabic fixture articles ingested with the coder."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "web" / "articles.jsonl"


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A DuckDB store holding the coded fixture articles, closed so the app opens it read-only."""
    from hadath.store import open_store
    from hadath.store.ingest import ingest

    path = tmp_path_factory.mktemp("web") / "store.duckdb"
    store = open_store(path)
    try:
        summary = ingest(store, [ARTICLES])
    finally:
        store.close()
    assert summary.failed == 0, summary.problems
    assert summary.mentions > 0
    return path


@pytest.fixture(scope="session")
def client(store_path: Path):
    from fastapi.testclient import TestClient

    from hadath.web.app import create_app

    with TestClient(create_app(store_path)) as c:
        yield c
