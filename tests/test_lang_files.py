"""Every data file of every language pack: parses, forms normalised, no duplicate rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.lang import available, load_pack, read_tsv
from hadath.normalise import norm

FILES = [
    (code, path) for code in available() for path in sorted(load_pack(code).data_dir.glob("*.tsv"))
]


@pytest.mark.parametrize("code,path", FILES, ids=[f"{c}/{p.name}" for c, p in FILES])
def test_pack_file(code: str, path: Path) -> None:
    rows = list(read_tsv(path))
    assert path.read_text(encoding="utf-8").lstrip().startswith("#"), (
        "a header comment says what it is"
    )
    keys = [tuple(r.values()) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate rows"
    for r in rows:
        if "form" in r and r["form"]:
            assert norm(r["form"]) == r["form"], f"not normalised: {r['form']!r}"


def test_every_pack_has_the_files_the_engine_reads() -> None:
    needed = {
        "pack.tsv",
        "clitics.tsv",
        "unsplittable.tsv",
        "abbreviations.tsv",
        "function_words.tsv",
        "triggers.tsv",
        "speech.tsv",
        "status_cues.tsv",
        "trigger_exclusions.tsv",
        "domain_cues.tsv",
        "countries.tsv",
        "organisations.tsv",
        "groups.tsv",
        "agents.tsv",
        "months.tsv",
        "weekdays.tsv",
        "relative_days.tsv",
    }
    for code in available():
        have = {p.name for p in load_pack(code).data_dir.glob("*.tsv")}
        assert needed <= have, (code, needed - have)
