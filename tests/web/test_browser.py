"""The dashboard in headless Chromium (Debian's ``chromium``, driven by Playwright for Python).

Skips when Playwright or a Chromium binary is missing; set ``HADATH_CHROMIUM`` to use another
binary. Saves screenshots under ``test-artifacts/``.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def chromium() -> str | None:
    for candidate in (os.environ.get("HADATH_CHROMIUM"), "chromium", "chromium-browser"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(store_path: Path):
    uvicorn = pytest.importorskip("uvicorn")
    from hadath.web.app import create_app

    port = free_port()
    app = create_app(store_path, allowed_hosts=["127.0.0.1", "localhost"])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    binary = chromium()
    if binary is None:
        pytest.skip("no chromium binary (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=binary, args=["--no-sandbox"])
        yield b
        b.close()


def hostile_event(base_url: str) -> dict:
    import httpx

    doc = httpx.get(f"{base_url}/api/documents/web-hostile").json()
    ids = [m["event_id"] for m in doc["mentions"] if m["event_id"]]
    assert ids, "the hostile fixture article should yield an event"
    return httpx.get(f"{base_url}/api/events/{ids[0]}").json()


def test_dashboard_filters_opens_an_event_and_runs_no_injected_code(base_url, browser):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    requests: list[str] = []
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto(f"{base_url}/")
    page.wait_for_selector("body[data-state=ready]")
    assert page.locator("#map path").count() > 100  # shipped country outlines
    assert page.locator("#map circle").count() >= 1  # geocoded events
    assert page.locator("#timeline rect").count() >= 1
    rows = page.locator("#events tbody tr[data-id]")
    assert rows.count() >= 1
    page.screenshot(path=str(ARTIFACTS / "web-dashboard.png"), full_page=True)

    # Filter on the CAMEO root of the hostile article's event, then open that event.
    detail = hostile_event(base_url)
    event = detail["event"]
    page.evaluate("document.body.dataset.state = 'stale'")
    page.select_option("select[name=code]", event["root"])
    page.click("button[type=submit]")
    page.wait_for_selector("body[data-state=ready]")
    codes = page.locator("#events tbody tr[data-id] td:nth-child(2) .code").all_text_contents()
    assert codes and all(c.startswith(event["root"]) for c in codes)
    assert f"code={event['root']}" in page.url

    open_and_check(page, detail)
    page.screenshot(path=str(ARTIFACTS / "web-hostile.png"))

    # The hostile title, outlet and sentence are shown as text: no element was made from them.
    shown = page.locator("#detail").text_content()
    assert "<script>" in shown and "onerror" in shown
    assert page.evaluate("document.querySelectorAll('#detail img, #detail script, "
                         "#detail b, #events img, #events script').length") == 0
    assert page.evaluate("document.scripts.length") == 1
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#detail a[href^='javascript']").count() == 0
    assert not dialogs and not errors
    assert all(u.startswith(base_url) or u.startswith("data:") for u in requests), requests
    page.close()


def test_event_mentions_highlight_every_role(base_url, browser):
    import httpx

    events = httpx.get(f"{base_url}/api/events", params={"limit": 500}).json()["events"]
    details = [httpx.get(f"{base_url}/api/events/{e['id']}").json() for e in events]
    best = max(details, key=lambda d: (len({s["role"] for s in d["mentions"][0]["spans"]}),
                                       len(d["mentions"])))
    assert {"trigger", "source", "target"} <= {s["role"] for s in best["mentions"][0]["spans"]}
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{base_url}/?since={best['event']['date']}&until={best['event']['date']}")
    page.wait_for_selector("body[data-state=ready]")
    open_and_check(page, best)
    assert page.locator("#detail .mention").count() == len(best["mentions"])
    page.screenshot(path=str(ARTIFACTS / "web-event.png"))
    page.close()


def open_and_check(page, detail: dict) -> None:
    """Click the event's row; check each mention's sentence is RTL with every span marked."""
    event_id = detail["event"]["id"]
    page.click(f"#events tbody tr[data-id='{event_id}']")
    page.wait_for_selector(f"#detail[data-event='{event_id}'] .sentence")
    sentences = page.locator("#detail .sentence")
    for i, mention in enumerate(detail["mentions"]):
        box = sentences.nth(i)
        assert box.get_attribute("dir") == "rtl"
        assert box.text_content() == mention["sentence"]["text"]
        trigger = next(s for s in mention["spans"] if s["role"] == "trigger")
        assert box.locator("mark.trigger").first.text_content() == trigger["text"]
        for span in mention["spans"]:
            marked = "".join(box.locator(f"mark.{span['role']}").all_text_contents())
            assert span["text"] in marked, span


def test_bad_filter_shows_the_api_message(base_url, browser):
    page = browser.new_page()
    page.goto(f"{base_url}/?since=2024-03-14&until=2024-03-12")
    page.wait_for_selector("#error:not([hidden])")
    assert "until must not be before since" in page.locator("#error").text_content()
    page.close()
