"""hadath eval gives the reference scorer's figures."""

from __future__ import annotations

import importlib.util
import json

from conftest import SHARED_EVAL

from hadath.evaluate import entity, score

GOLD = {
    "d1": {
        "id": "d1",
        "text": "اتصل بوتين بنظيره. وندد الوزير بالهجوم.",
        "events": [
            {
                "trigger": "اتصل",
                "cameo": "041",
                "source_actor": {"code": "RUSGOV"},
                "target_actor": {"code": "UZBGOV"},
                "date": "2022-01-13",
                "status": "occurred",
            },
            {
                "trigger": "ندد",
                "cameo": "111",
                "source_actor": {"code": "FRAGOV"},
                "target_actor": None,
                "date": None,
                "status": "occurred",
            },
        ],
    }
}


def test_entity_keys():
    assert entity({"code": "RUSGOV"}) == "RUS"
    assert entity({"code": "IGOCSTOGOV"}) == "IGOCSTO"
    assert entity(None) is None


def test_strict_loose_and_matched_accuracy():
    pred = {
        "d1": {
            "id": "d1",
            "events": [
                {
                    "cameo": "040",
                    "source": {"code": "RUSMIL"},
                    "target": {"code": "UZBGOV"},
                    "date": "2022-01-13",
                    "status": "occurred",
                    "trigger": {"start": 0, "end": 4},
                },
                {
                    "cameo": "111",
                    "source": None,
                    "target": {"code": "FRAGOV"},
                    "trigger": {"start": 20, "end": 24},
                },
            ],
        }
    }
    r = score(GOLD, pred)
    assert r["strict"]["tp"] == 1 and r["loose"]["tp"] == 2 and r["root_only"]["tp"] == 2
    assert r["matched_accuracy"]["cameo"] == 0.0
    assert r["matched_accuracy"]["date"] == 1.0
    assert r["matched_counts"]["gold_trigger_found"] == 2


def test_agrees_with_reference_scorer(dev_gold, tmp_path):
    from hadath.output import document_to_dict
    from hadath.pipeline import code_document
    from hadath.readers import read_paths

    spec = importlib.util.spec_from_file_location("ref_score", SHARED_EVAL / "score.py")
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    gold = ref.load(str(dev_gold))
    pred = {
        d["id"]: d for d in (document_to_dict(code_document(x)) for x in read_paths([dev_gold]))
    }
    path = tmp_path / "pred.jsonl"
    path.write_text(
        "\n".join(json.dumps(p, ensure_ascii=False) for p in pred.values()), encoding="utf-8"
    )
    assert score(gold, pred) == ref.score(gold, ref.load(str(path)))
