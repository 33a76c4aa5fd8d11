"""Hand-made coded documents and a stand-in coder for store tests."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from hadath.records import (
    ActorRef,
    CodedDocument,
    Document,
    Event,
    PlaceMention,
    Sentence,
    Trigger,
)
from hadath.settings import Settings

DATA = Path(__file__).resolve().parent.parent / "data" / "store"
MEETING = ("استقبل وزير الخارجية المصري سامح شكري اليوم الثلاثاء في القاهرة "
           "نظيره الأردني أيمن الصفدي")


def event(
    n: int = 0,
    *,
    cameo: str = "040",
    source: str | None = "EGYGOV",
    target: str | None = "JORGOV",
    when: date | None = date(2024, 3, 5),
    country: str | None = None,
    sentence: int = 0,
) -> Event:
    """One coded event mention (Egypt's government consults Jordan's by default)."""
    place = None
    if country:
        place = PlaceMention("القاهرة", 0, 7, "Cairo", country, 30.04, 31.24, "city", "test")
    return Event(
        id=f"e{n}", cameo=cameo, root=cameo[:2], plover_type="CONSULT", plover_mode=None,
        quad_class=1, goldstein=1.0,
        source=ActorRef("وزير الخارجية المصري", source, 0, 20) if source else None,
        target=ActorRef("نظيره الأردني", target, 30, 43) if target else None,
        trigger=Trigger("استقبل", 21, 27), date=when, date_text="اليوم الثلاثاء",
        date_precision="day" if when else None, place=place, status="asserted",
        reported_by=None, sentence=sentence, confidence=0.9, rule="test",
    )


def coded(doc: Document, *events: Event) -> CodedDocument:
    sentences = (Sentence(0, 0, len(doc.text), doc.text),)
    return CodedDocument(document=doc, sentences=sentences, events=tuple(events))


def fake_coder(doc: Document, settings: Settings) -> CodedDocument:
    """Stand-in for the coder: a meeting of Egypt and Jordan (040) on the publication day for
    articles that say so, Russia consulting Uzbekistan for those that name بوتين."""
    found = []
    if any(w in doc.text for w in ("استقبل", "التقى", "اجتماع")):
        found.append(event(0, when=doc.published, country="EGY"))
    if "بوتين" in doc.text:
        found.append(event(1, source="RUSGOV", target="UZBGOV", when=doc.published))
    return coded(doc, *found)


def html_page(title: str, body: str) -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title>'
            '<script>var s = "<p>x</p>";</script></head><body><article>'
            f"<h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>").encode()


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    """A WARC (gzipped when ``path`` ends in .gz) with one HTML response record per page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for url, html in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html), http_headers=http,
                warc_headers_dict={"WARC-Date": "2024-03-05T10:00:00Z"})
            writer.write_record(record)
