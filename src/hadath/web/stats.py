"""Store answers turned into the JSON shapes of the API's summary and document endpoints."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from hadath.codes import cameo_table
from hadath.store.base import Store
from hadath.store.records import Stats
from hadath.web.models import document_out


def stats_out(s: Stats) -> dict[str, Any]:
    """``Store.stats()`` as JSON: lists of objects rather than pairs."""
    dyads = []
    for key, n in s.by_dyad:
        source, _, target = key.partition("-")
        dyads.append({"source": source, "target": target, "count": n})
    return {
        "documents": s.documents, "coded": s.coded, "skipped": s.skipped,
        "duplicates": s.duplicates, "mentions": s.mentions, "events": s.events,
        "problems": s.problems,
        "by_day": [{"date": d, "count": n} for d, n in s.by_day],
        "by_root": [{"key": r, "count": n} for r, n in s.by_root],
        "by_quad_class": [{"quad_class": q, "count": n} for q, n in s.by_quad_class],
        "by_dyad": dyads,
        "by_country": [{"key": c, "count": n} for c, n in s.by_country],
    }


def timeline_out(rows: list[tuple[date, int, int]]) -> dict[str, Any]:
    """``(day, quad_class, n)`` rows as one object a day with counts ``q1``..``q4``."""
    days: dict[date, dict[str, Any]] = {}
    for day, quad, n in rows:
        entry = days.setdefault(day, {"date": day, "q1": 0, "q2": 0, "q3": 0, "q4": 0})
        if quad in (1, 2, 3, 4):
            entry[f"q{quad}"] += n
    return {"days": list(days.values())}


def places_out(points: list[tuple], countries: list[tuple]) -> dict[str, Any]:
    return {
        "points": [{"lat": a, "lon": o, "name": name, "country": c, "count": n}
                   for a, o, name, c, n in points],
        "countries": [{"country": c, "count": n} for c, n in countries],
    }


def documents_page(store: Store, since: date | None, until: date | None, outlet: str | None,
                   status: str | None, limit: int, offset: int) -> dict[str, Any]:
    docs = store.documents(since, until, outlet, status, limit=limit, offset=offset)
    return {"limit": limit, "offset": offset, "documents": [document_out(d) for d in docs]}


def document_detail(store: Store, doc_id: str) -> dict[str, Any] | None:
    found = store.document(doc_id)
    return document_out(found, detail=True) if found is not None else None


@cache
def codes() -> dict[str, Any]:
    """CAMEO roots (two-digit codes) with names, and the PLOVER types of the crosswalk."""
    table = cameo_table()
    roots = [{"code": c.code, "name": c.name, "quad_class": c.quad_class}
             for c in table.values() if len(c.code) == 2]
    plover = sorted({c.plover_type for c in table.values() if c.plover_type})
    return {"roots": sorted(roots, key=lambda r: r["code"]), "plover": plover}
