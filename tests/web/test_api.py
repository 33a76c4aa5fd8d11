"""The HTTP API over a real store of coded Arabic articles (tests/data/web/articles.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("fastapi")

from hadath.web.app import MAX_CODE_BYTES, MAX_LIMIT, MAX_OFFSET  # noqa: E402

STATIC = Path(__file__).resolve().parents[2] / "src" / "hadath" / "web" / "static"


def all_events(client, **params) -> list[dict]:
    r = client.get("/api/events", params={"limit": MAX_LIMIT, **params})
    assert r.status_code == 200, r.text
    return r.json()["events"]


def test_events_page_and_total(client):
    body = client.get("/api/events").json()
    assert body["total"] == len(body["events"]) > 0
    assert (body["limit"], body["offset"]) == (50, 0)
    first = body["events"][0]
    assert first["id"].startswith("ev") and first["cameo"].startswith(first["root"])
    dates = [e["date"] for e in body["events"] if e["date"]]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_paging_walks_every_event_once(client):
    total = client.get("/api/events").json()["total"]
    seen = []
    for offset in range(total):
        page = client.get("/api/events", params={"limit": 1, "offset": offset}).json()
        assert page["total"] == total
        seen += [e["id"] for e in page["events"]]
    assert len(seen) == len(set(seen)) == total
    assert client.get("/api/events", params={"offset": total}).json()["events"] == []


def test_filters_narrow_the_events(client):
    events = all_events(client)
    root = events[0]["root"]
    assert {e["root"] for e in all_events(client, code=root)} == {root}
    actor = next(e["source_code"] for e in events if e["source_code"])
    for e in all_events(client, actor=actor[:3]):
        assert (e["source_code"] or "").startswith(actor[:3]) or \
            (e["target_code"] or "").startswith(actor[:3])
    day = events[0]["date"]
    assert all(e["date"] == day for e in all_events(client, since=day, until=day))
    assert all_events(client, since="2030-01-01") == []


def test_text_filter_matches_arabic_words(client):
    found = all_events(client, text="غزة")
    assert found
    for e in found:
        mentions = client.get(f"/api/events/{e['id']}").json()["mentions"]
        assert any("غزة" in m["sentence"]["text"] for m in mentions)
    assert all_events(client, text="كلمةغيرموجودة") == []


@pytest.mark.parametrize(("params", "name"), [
    ({"since": "2024-13-01"}, "since"),
    ({"until": "yesterday"}, "until"),
    ({"actor": "EGY' OR '1'='1"}, "actor"),
    ({"dyad": "EGY"}, "dyad"),
    ({"code": "1a"}, "code"),
    ({"country": "EGYPT"}, "country"),
    ({"plover": "PROTEST;DROP"}, "plover"),
    ({"limit": MAX_LIMIT + 1}, "limit"),
    ({"limit": 0}, "limit"),
    ({"offset": -1}, "offset"),
    ({"offset": MAX_OFFSET + 1}, "offset"),
    ({"since": "2024-03-14", "until": "2024-03-12"}, "until"),
])
def test_bad_parameters_are_422_naming_them(client, params, name):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    assert [d["loc"] for d in r.json()["detail"]] == [["query", name]]


def test_values_are_bound_not_pasted(client):
    # Quotes in free text are data: no error, no rows, and the tables are still there.
    assert all_events(client, text="' OR 1=1; DROP TABLE events; --") == []
    assert client.get("/api/events").json()["total"] > 0


def test_event_detail_offsets_point_into_the_sentence(client):
    event = all_events(client)[0]
    detail = client.get(f"/api/events/{event['id']}").json()
    assert detail["event"]["id"] == event["id"]
    assert detail["mentions_total"] == event["num_mentions"] == len(detail["mentions"])
    for m in detail["mentions"]:
        doc = client.get(f"/api/documents/{m['doc_id']}").json()
        s = m["sentence"]
        assert doc["text"][s["start"]:s["end"]] == s["text"]
        roles = {span["role"] for span in m["spans"]}
        assert "trigger" in roles
        for span in m["spans"]:
            assert s["start"] <= span["start"] < span["end"] <= s["end"]
            assert doc["text"][span["start"]:span["end"]] == span["text"]


def test_unknown_and_malformed_ids(client):
    assert client.get("/api/events/ev0000000000000000").status_code == 404
    assert client.get("/api/events/no%20such%20id").status_code == 422
    assert client.get("/api/documents/nope").status_code == 404


def test_documents_and_one_document(client):
    docs = client.get("/api/documents").json()["documents"]
    assert {d["id"] for d in docs} >= {"web-a1", "web-a3", "web-hostile"}
    assert all("text" not in d for d in docs)
    one = client.get("/api/documents/web-a3").json()
    assert one["text"].startswith("دمشق") and one["outlet"] == "صحيفة الاختبار"
    assert one["mentions"] and all(m["doc_id"] == "web-a3" for m in one["mentions"])
    coded = client.get("/api/documents", params={"status": "coded"}).json()["documents"]
    assert all(d["status"] == "coded" for d in coded)
    assert client.get("/api/documents", params={"status": "bogus"}).status_code == 422


def test_hostile_text_comes_back_verbatim_as_json(client):
    r = client.get("/api/documents/web-hostile")
    assert r.headers["content-type"].startswith("application/json")
    doc = r.json()
    assert "<script>" in doc["title"] and "onerror" in doc["text"]


def test_stats_agree_with_events(client):
    stats = client.get("/api/stats").json()
    total = client.get("/api/events").json()["total"]
    assert stats["events"] == total == sum(q["count"] for q in stats["by_quad_class"])
    assert stats["documents"] == 5 and stats["mentions"] >= total
    assert sum(d["count"] for d in stats["by_day"]) == total
    for d in stats["by_dyad"]:
        assert d["source"] and d["target"] and d["count"] > 0


def test_timeline_and_places_follow_filters(client):
    dated = [e for e in all_events(client) if e["date"]]
    days = client.get("/api/timeline").json()["days"]
    assert sum(d["q1"] + d["q2"] + d["q3"] + d["q4"] for d in days) == len(dated)
    root = dated[0]["root"]
    only = client.get("/api/timeline", params={"code": root}).json()["days"]
    assert sum(d["q1"] + d["q2"] + d["q3"] + d["q4"] for d in only) == \
        len([e for e in dated if e["root"] == root])
    places = client.get("/api/places").json()
    located = [e for e in all_events(client) if e["place_lat"] is not None]
    assert sum(p["count"] for p in places["points"]) == len(located)
    assert client.get("/api/places", params={"since": "2030-01-01"}).json()["points"] == []


def test_codes_list_roots_and_plover_types(client):
    codes = client.get("/api/codes").json()
    assert [r["code"] for r in codes["roots"]] == [f"{i:02d}" for i in range(1, 21)]
    assert "PROTEST" in codes["plover"]


def test_post_code_returns_records(client):
    text = "أدانت وزارة الخارجية المصرية الغارات الإسرائيلية على قطاع غزة يوم الثلاثاء."
    r = client.post("/api/code", json={"text": text, "published": "2024-03-12", "doc_id": "t1"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"] == "t1" and body["published"] == "2024-03-12"
    assert isinstance(body["events"], list)
    for e in body["events"]:
        assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]


def test_post_code_limits_and_validation(client):
    big = json.dumps({"text": "ا" * MAX_CODE_BYTES})
    r = client.post("/api/code", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert client.post("/api/code", json={"text": ""}).status_code == 422
    assert client.post("/api/code", json={"title": "x"}).status_code == 422
    json_type = {"content-type": "application/json"}
    assert client.post("/api/code", content=b"{not json", headers=json_type).status_code == 422
    feb30 = {"text": "نص", "published": "2024-02-30"}
    assert client.post("/api/code", json=feb30).status_code == 422


def test_openapi_schema_validates(client):
    from openapi_spec_validator import validate

    spec = client.get("/openapi.json").json()
    validate(spec)
    assert {"/api/events", "/api/events/{event_id}", "/api/documents", "/api/stats",
            "/api/code"} <= set(spec["paths"])
    assert "requestBody" in spec["paths"]["/api/code"]["post"]
    assert client.get("/docs").status_code == 404  # its Swagger UI would come from a CDN


def test_page_and_assets_are_served_with_a_strict_policy(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset in ("app.js", "style.css", "world.json"):
        assert client.get(f"/static/{asset}").status_code == 200


def test_static_files_make_no_external_requests():
    for path in STATIC.iterdir():
        text = path.read_text(encoding="utf-8")
        for scheme in ("http://", "https://", "//cdn", "@import"):
            hits = [line for line in text.splitlines()
                    if scheme in line and "www.w3.org/2000/svg" not in line]
            assert not hits, (path.name, hits[:2])
        if path.suffix == ".js":
            assert "innerHTML" not in text and "insertAdjacentHTML" not in text
            assert "document.write" not in text and "eval(" not in text


def test_world_outlines_ship_small_and_keyed_by_iso3():
    path = STATIC / "world.json"
    assert path.stat().st_size < 1_000_000
    world = json.loads(path.read_text(encoding="utf-8"))
    by_iso = {c["iso3"]: c for c in world["countries"]}
    assert {"EGY", "SYR", "IRQ", "SAU", "MAR", "USA"} <= set(by_iso)
    assert "Natural Earth" in world["source"]
    assert by_iso["EGY"]["d"].startswith("M")


def test_store_is_opened_read_only(store_path: Path):
    from hadath.web.app import create_app

    before = store_path.stat().st_mtime_ns
    app = create_app(store_path)
    with pytest.raises(duckdb.Error):
        app.state.pool.get().raw().execute("CREATE TABLE x (i INTEGER)")
    # another read-only reader may open the same file at the same time
    other = duckdb.connect(str(store_path), read_only=True)
    assert other.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    other.close()
    app.state.pool.close()
    assert store_path.stat().st_mtime_ns == before


def test_missing_store_is_a_clear_error(tmp_path):
    from hadath.errors import StoreError
    from hadath.web.app import create_app

    with pytest.raises(StoreError, match="no store there"):
        create_app(tmp_path / "none.duckdb")


def test_host_header_is_checked_when_asked(store_path: Path):
    from fastapi.testclient import TestClient

    from hadath.web.app import create_app

    with TestClient(create_app(store_path, allowed_hosts=["127.0.0.1", "localhost"]),
                    base_url="http://127.0.0.1") as c:
        assert c.get("/api/stats").status_code == 200
        assert c.get("/api/stats", headers={"host": "evil.example"}).status_code == 400


def test_serve_command_reports_a_missing_store(tmp_path):
    import typer
    from typer.testing import CliRunner

    from hadath.cli import serve

    app = typer.Typer()
    app.callback()(lambda: None)
    serve.register(app)
    r = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 2
    assert "no store there" in r.output
