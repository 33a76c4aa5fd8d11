"""Shared fixtures: the project's own data, and ../shared/eval when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "examples" / "seed_ar.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dev_gold() -> Path:
    path = SHARED_EVAL / "gold_dev_ar.jsonl"
    if not path.exists():
        pytest.skip("../shared/eval is not present")
    return path
