"""Score predicted events against gold annotations (the figures of the reference scorer).

An event matches a gold event of the same article when its CAMEO root and its source and
target *entities* agree (country code, or the whole organisation code); matching is one to one,
exact-code pairs first. Loose matching ignores actor order; root-only counts roots per article.
Over matched pairs: accuracy of the full code, date, place, place country and status. Over
pairs whose trigger spans overlap: accuracy of source and target entities and of the root.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ORG_PREFIXES = ("IGO", "NGO", "MNC", "NGM")
SECTORS = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY IGO NGO MNC CVL BUS MED EDU ELI HLH LAB LEG REF AGR CRM UAF "
    "INS SEP ENV RAD MOD REL HRI DEV IMG PEA ETH MUS CHR JEW HIN BUD SHI SUN".split()
)

Json = dict[str, Any]


def entity(actor: Any) -> str | None:
    """The entity an actor code stands for: its country, or the whole organisation code."""
    if not actor:
        return None
    code = str(actor.get("code") if isinstance(actor, dict) else actor).strip().upper()
    if not code:
        return None
    if not code.startswith(ORG_PREFIXES):
        return code[:3]
    body = code[3:]
    while len(body) > 3 and body[-3:] in SECTORS:
        body = body[:-3]
    return code[:3] + body


def _root(e: Json) -> str:
    return str(e.get("cameo") or "").strip()[:2]


def _side(e: Json, name: str) -> Any:
    return e.get(f"{name}_actor") or e.get(name)


def _place_key(p: Json | None) -> tuple[str, str] | None:
    if not p:
        return None
    return (
        str(p.get("country") or "").upper(),
        (p.get("name_en") or p.get("name") or "").strip().lower(),
    )


def _pairs(gold: list[Json], pred: list[Json], key: Callable[[Json], Any]) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for exact in (True, False):
        for gi, g in enumerate(gold):
            if gi in used_g:
                continue
            for pi, p in enumerate(pred):
                if pi in used_p or key(g) != key(p):
                    continue
                if exact and str(g.get("cameo")) != str(p.get("cameo")):
                    continue
                pairs.append((gi, pi))
                used_g.add(gi)
                used_p.add(pi)
                break
    return pairs


def _strict(e: Json) -> tuple:
    return (_root(e), entity(_side(e, "source")), entity(_side(e, "target")))


def _loose(e: Json) -> tuple:
    return (
        _root(e),
        frozenset(x for x in (entity(_side(e, "source")), entity(_side(e, "target"))) if x),
    )


def _prf(tp: int, n_pred: int, n_gold: int) -> Json:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
    }


def _trigger_span(text: str, pred: Json) -> tuple[int, int] | None:
    tr = pred.get("trigger") or {}
    if isinstance(tr, str):
        at = text.find(tr) if tr else -1
        return (at, at + len(tr)) if at >= 0 else None
    if tr.get("start") is None or tr.get("end") is None:
        return None
    return tr["start"], tr["end"]


def score(gold_docs: dict[str, Json], pred_docs: dict[str, Json]) -> Json:
    """Every figure of the reference scorer, as a dict."""
    tp = tp_loose = tp_root = n_pred = n_gold = 0
    seen: Counter[str] = Counter()
    agree: Counter[str] = Counter()
    for doc_id, gdoc in gold_docs.items():
        gold, pred = gdoc.get("events", []), pred_docs.get(doc_id, {}).get("events", [])
        n_gold, n_pred = n_gold + len(gold), n_pred + len(pred)
        strict = _pairs(gold, pred, _strict)
        tp += len(strict)
        tp_loose += len(_pairs(gold, pred, _loose))
        tp_root += sum((Counter(map(_root, gold)) & Counter(map(_root, pred))).values())
        _trigger_agreement(gdoc, pred, seen, agree)
        for gi, pi in strict:
            _matched_agreement(gold[gi], pred[pi], seen, agree)
    return {
        "documents": len(gold_docs),
        "documents_without_prediction": len(set(gold_docs) - set(pred_docs)),
        "strict": _prf(tp, n_pred, n_gold),
        "loose": _prf(tp_loose, n_pred, n_gold),
        "root_only": _prf(tp_root, n_pred, n_gold),
        "matched_accuracy": {k: round(agree[k] / seen[k], 4) for k in seen},
        "matched_counts": dict(seen),
    }


def _trigger_agreement(gdoc: Json, pred: list[Json], seen: Counter, agree: Counter) -> None:
    text = gdoc.get("text") or ""
    used: set[int] = set()
    for g in gdoc.get("events", []):
        seen["gold_trigger_found"] += 1
        t = g.get("trigger") or ""
        gs = text.find(t) if t else -1
        if gs < 0:
            continue
        ge = gs + len(t)
        for pi, p in enumerate(pred):
            span = _trigger_span(text, p)
            if pi in used or span is None or not (span[0] < ge and span[1] > gs):
                continue
            used.add(pi)
            agree["gold_trigger_found"] += 1
            for side in ("source", "target"):
                if entity(_side(g, side)):
                    seen[f"{side}_entity"] += 1
                    agree[f"{side}_entity"] += entity(_side(p, side)) == entity(_side(g, side))
            seen["root_given_trigger"] += 1
            agree["root_given_trigger"] += _root(g) == _root(p)
            break


def _matched_agreement(g: Json, p: Json, seen: Counter, agree: Counter) -> None:
    seen["cameo"] += 1
    agree["cameo"] += str(g.get("cameo")) == str(p.get("cameo"))
    if g.get("date"):
        seen["date"] += 1
        agree["date"] += str(p.get("date") or "")[:10] == g["date"]
    if g.get("place"):
        seen["place"] += 1
        agree["place"] += _place_key(p.get("place")) == _place_key(g["place"])
        seen["place_country"] += 1
        agree["place_country"] += (_place_key(p.get("place")) or ("", ""))[0] == _place_key(
            g["place"]
        )[0]
    if g.get("status"):
        seen["status"] += 1
        agree["status"] += p.get("status") == g["status"]


def load_jsonl(path: str | Path) -> dict[str, Json]:
    """Documents of a JSON Lines file keyed by id."""
    docs = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                docs[str(d["id"])] = d
    return docs


def report_lines(result: Json) -> Iterable[str]:
    """The scorer's text report, line by line."""
    for name in ("strict", "loose", "root_only"):
        r = result[name]
        yield (
            f"{name:10s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
            f"(tp={r['tp']} pred={r['pred']} gold={r['gold']})"
        )
    for k, v in result["matched_accuracy"].items():
        yield f"matched {k:14s} accuracy={v:.3f} (n={result['matched_counts'][k]})"
    if result["documents_without_prediction"]:
        yield f"documents without prediction: {result['documents_without_prediction']}"
