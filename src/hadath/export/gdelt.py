"""GDELT 2.0-shaped export: ``events.tsv`` (the 61 event columns, in GDELT's order, no header,
as GDELT ships them) and ``mentions.tsv`` (GDELT 2.0's 16 mention columns).

Our fields fill the columns that have a counterpart; the others stay empty (AvgTone, ethnic and
religion codes, Actor1Geo/Actor2Geo, ADM codes, FeatureID, document tone). Differences from GDELT
that a user must know are in ``docs/store.md``: country codes are ISO 3166 alpha-3 (GDELT's
geography uses FIPS 10-4), Actor names are the text as written in the article, and
GlobalEventID is a 60-bit number derived from hadath's event id.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hadath.store.base import Store
from hadath.store.cluster import NON_COUNTRY_PREFIXES, global_id

EVENT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{f}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
MENTION_COLUMNS = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)
GROUPS = ("IGO", "NGO", "IMG", "MNC")  # their next three letters are GDELT's KnownGroupCode


def write_gdelt(store: Store, out: Path) -> list[Path]:
    """Write ``events.tsv`` and ``mentions.tsv`` under ``out``."""
    events, mentions = out / "events.tsv", out / "mentions.tsv"
    _write(events, (event_row(r) for r in _rows(store, "events")))
    _write(mentions, (mention_row(r) for r in _rows(store, "mentions") if r["event_id"]))
    return [events, mentions]


def event_row(e: dict[str, Any]) -> list[Any]:
    """The 61 GDELT columns of one stored event (a row of ``store.scan("events")``)."""
    day: date | None = e["event_date"]
    row: dict[str, Any] = {
        "GlobalEventID": e["global_id"],
        "Day": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": day.year if day else "",
        "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        "IsRootEvent": 1,
        "EventCode": e["cameo"], "EventBaseCode": e["cameo"][:3], "EventRootCode": e["root"],
        "QuadClass": e["quad_class"], "GoldsteinScale": e["goldstein"],
        "NumMentions": e["num_mentions"], "NumSources": e["num_sources"],
        "NumArticles": e["num_articles"],
        "DATEADDED": _stamp(e["added"]), "SOURCEURL": e["url"] or e["doc_id"],
    }
    for n, side in ((1, "source"), (2, "target")):
        row |= _actor(n, e[f"{side}_code"], e[f"{side}_name"])
    if e["place_name"] or e["place_country"]:
        country_only = e["place_name"] in (None, "", e["place_country"])
        row |= {"ActionGeo_Type": 1 if country_only else 4,
                "ActionGeo_FullName": e["place_name"] or e["place_country"],
                "ActionGeo_CountryCode": e["place_country"],
                "ActionGeo_Lat": e["place_lat"], "ActionGeo_Long": e["place_lon"]}
    return [row.get(c, "") for c in EVENT_COLUMNS]


def mention_row(m: dict[str, Any]) -> list[Any]:
    """The 16 GDELT mention columns of one stored mention (``store.scan("mentions")``)."""
    event_day = m["date"] or m["published"]
    return [
        global_id(m["event_id"]), _stamp(event_day), _stamp(m["published"]), 1,
        m["outlet"] or "", m["url"] or m["doc_id"], m["sentence"] + 1,
        m["source_start"] if m["source_start"] is not None else -1,
        m["target_start"] if m["target_start"] is not None else -1,
        m["trigger_start"], 1, round((m["confidence"] or 0) * 100), m["doc_len"] or 0,
        "", "", "",
    ]


def _actor(n: int, code: str | None, name: str | None) -> dict[str, Any]:
    if not code:
        return {}
    out = {f"Actor{n}Code": code, f"Actor{n}Name": name or ""}
    prefix, rest = code[:3], code[3:]
    if prefix in GROUPS:
        out[f"Actor{n}KnownGroupCode"] = rest[:3]
    elif prefix not in NON_COUNTRY_PREFIXES:
        out[f"Actor{n}CountryCode"] = prefix
        roles = [rest[i:i + 3] for i in range(0, min(len(rest), 9), 3)]
    else:
        roles = [code[i:i + 3] for i in range(0, min(len(code), 9), 3)]
    if prefix not in GROUPS:
        for i, role in enumerate(roles, 1):
            out[f"Actor{n}Type{i}Code"] = role
    return out


def _stamp(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y%m%d%H%M%S")
    return value.strftime("%Y%m%d") + "000000"


def _rows(store: Store, what: str) -> Iterator[dict[str, Any]]:
    for batch in store.scan(what):
        yield from batch.to_pylist()


def _write(path: Path, rows: Iterator[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write("\t".join(_cell(v) for v in row) + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")
