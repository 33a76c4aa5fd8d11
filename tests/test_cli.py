"""The code, explain and eval commands (the store, web, spark and stage commands have their own)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from hadath.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEED = str(ROOT / "examples" / "seed_ar.txt")
GOLD = str(ROOT / "tests" / "data" / "seed_gold.jsonl")
runner = CliRunner()


def test_code_jsonl_on_the_example():
    r = runner.invoke(app, ["code", SEED, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout.splitlines()[0])
    assert doc["id"] == "seed_ar" and doc["published"] == "2022-01-13" and doc["lang"] == "ar"
    call = next(e for e in doc["events"] if e["cameo"] == "041")
    assert call["plover"] == {"type": "CONSULT", "mode": "phone"}
    assert set(call) >= {
        "id",
        "root",
        "quad_class",
        "goldstein",
        "source",
        "target",
        "trigger",
        "date",
        "date_text",
        "place",
        "status",
        "reported_by",
        "sentence",
        "confidence",
    }
    assert "coded 1 documents" in r.stderr


def test_code_table_format():
    r = runner.invoke(app, ["code", SEED, "--format", "table"])
    assert r.exit_code == 0
    assert "041" in r.stdout and "RUSGOV" in r.stdout


def test_code_reports_bad_inputs_and_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    r = runner.invoke(app, ["code", str(empty), SEED, "--format", "jsonl"])
    assert r.exit_code == 1
    assert f"{empty}: empty file" in r.stderr
    assert "coded 1 documents" in r.stderr and "skipped 1 inputs" in r.stderr
    r = runner.invoke(app, ["code", str(empty), "--format", "jsonl"])
    assert r.exit_code == 2


def test_code_skips_languages_without_a_pack(tmp_path):
    p = tmp_path / "de.jsonl"
    p.write_text(
        json.dumps(
            {
                "id": "de1",
                "text": "Der Präsident traf heute den Außenminister "
                "in Berlin zu Gesprächen über die Lage.",
            }
        )
        + "\n"
    )
    r = runner.invoke(app, ["code", str(p), "--format", "jsonl"])
    assert r.exit_code == 0
    assert json.loads(r.stdout)["events"] == []
    assert "not coded: no language pack for 'de'" in r.stderr


def test_min_confidence_drops_events():
    r = runner.invoke(app, ["code", SEED, "--format", "jsonl", "--min-confidence", "0.99"])
    assert json.loads(r.stdout.splitlines()[0])["events"] == []


def test_explain_json_layers():
    r = runner.invoke(
        app,
        [
            "explain",
            "ندد الاتحاد الأوروبي أمس بالهجوم على السفارة الفرنسية في بغداد.",
            "--published",
            "2022-01-13",
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0
    layers = json.loads(r.stdout)
    assert layers["sentences"][0]["tokens"][:2] == ["ندد", "الاتحاد"]
    assert any(a["code"] == "IGOEU" for a in layers["actors"])
    assert any(t["date"] == "2022-01-12" for t in layers["times"])
    assert any(p["country"] == "IRQ" for p in layers["places"])
    assert any(e["rule"].startswith("trigger:ندد=111") for e in layers["events"])


def test_a_sentence_longer_than_a_file_name_is_read_as_text():
    # 150 Arabic letters are 300 bytes: too long for a file name, so the OS refuses to stat it
    text = "ندد الاتحاد الأوروبي أمس بالهجوم على السفارة الفرنسية في بغداد، " * 3
    for command in ("explain", "actors", "dates", "places"):
        r = runner.invoke(app, [command, text.strip(), "--format", "json"])
        assert r.exit_code == 0, (command, r.output)
        assert json.loads(r.stdout)


def test_eval_with_and_without_predictions(tmp_path):
    r = runner.invoke(app, ["eval", GOLD])
    assert r.exit_code == 0 and r.stdout.startswith("strict")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "seed-0001", "events": []}) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["eval", GOLD, "--pred", str(pred), "--json"])
    assert json.loads(r.stdout)["strict"]["tp"] == 0


def test_stage_commands_read_english_with_its_pack():
    actors = runner.invoke(app, ["actors", "Iran's foreign minister warned Israel.", "-f", "json"])
    assert ("Iran's foreign minister", "IRNGOV") in [
        (m["text"], m["code"]) for m in json.loads(actors.stdout)
    ]
    dates = runner.invoke(
        app, ["dates", "Israel struck Gaza on Monday.", "--published", "2024-01-10", "-f", "json"]
    )
    assert [m["date"] for m in json.loads(dates.stdout)] == ["2024-01-08"]
    places = runner.invoke(
        app, ["places", "Protesters gathered in Amman.", "--lang", "en", "-f", "json"]
    )
    assert [(m["name"], m["country"]) for m in json.loads(places.stdout)] == [("Amman", "JOR")]
    bad = runner.invoke(app, ["places", "Amman", "--lang", "xx"])
    assert bad.exit_code == 2 and "no language pack 'xx'" in bad.output


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    import os
    import subprocess
    import sys

    data = Path(__file__).parent / "data"
    paths = [str(data / "spark" / "articles_ar.jsonl"), str(data / "store" / "one_event_ar.jsonl")]
    outs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [
                sys.executable,
                "-c",
                "from hadath.cli import app; app()",
                "code",
                *paths,
                "-f",
                "jsonl",
            ],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        outs.add(run.stdout)
    assert len(outs) == 1 and '"events"' in next(iter(outs))
