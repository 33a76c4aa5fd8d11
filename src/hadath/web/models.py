"""Response and request shapes of the HTTP API (they make its OpenAPI schema)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from hadath.store.records import StoredDocument, StoredEvent, StoredMention
from hadath.web.db import MentionView


class EventOut(BaseModel):
    """One event: the cluster of every mention of it across articles."""

    id: str
    global_id: int
    cameo: str
    root: str
    plover_type: str | None
    plover_mode: str | None
    quad_class: int
    goldstein: float
    source_code: str | None
    source_name: str | None
    target_code: str | None
    target_name: str | None
    date: date | None
    date_precision: str | None
    place_name: str | None
    place_country: str | None
    place_lat: float | None
    place_lon: float | None
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: date | None
    last_seen: date | None
    doc_id: str
    url: str | None
    sentence_text: str | None


class EventPage(BaseModel):
    total: int = Field(description="events matching the filters")
    limit: int
    offset: int
    events: list[EventOut]


class SpanOut(BaseModel):
    role: str = Field(description="trigger, source, target, date or place")
    text: str
    start: int = Field(description="offset in the document text")
    end: int
    code: str | None = None
    located: str = Field(description="offset (stored by the coder) or search (found by its text)")


class SentenceOut(BaseModel):
    index: int
    start: int | None = Field(description="offset of the sentence in the document text")
    end: int | None
    text: str | None


class MentionOut(BaseModel):
    doc_id: str
    mention_id: str
    cameo: str
    status: str
    confidence: float
    outlet: str | None
    published: date | None
    url: str | None
    title: str | None
    date: date | None
    date_text: str | None
    sentence: SentenceOut
    spans: list[SpanOut]


class EventDetailOut(BaseModel):
    event: EventOut
    cameo_name: str | None
    mentions_total: int
    mentions: list[MentionOut]


class StoredMentionOut(BaseModel):
    doc_id: str
    mention_id: str
    event_id: str | None
    cameo: str
    source_text: str | None
    source_code: str | None
    target_text: str | None
    target_code: str | None
    trigger_text: str
    date: date | None
    status: str
    sentence: int
    sentence_text: str | None
    confidence: float
    outlet: str | None
    published: date | None
    url: str | None


class DocumentOut(BaseModel):
    id: str
    title: str | None
    published: date | None
    outlet: str | None
    url: str | None
    lang: str | None
    origin: str | None
    status: str = Field(description="coded, skipped (language) or duplicate")
    n_events: int
    duplicate_of: str | None
    similarity: float | None


class DocumentPage(BaseModel):
    limit: int
    offset: int
    documents: list[DocumentOut]


class DocumentDetailOut(DocumentOut):
    text: str | None
    mentions: list[StoredMentionOut]


class DayCount(BaseModel):
    date: date | None
    count: int


class Count(BaseModel):
    key: str
    count: int


class QuadCount(BaseModel):
    quad_class: int
    count: int


class DyadCount(BaseModel):
    source: str
    target: str
    count: int


class StatsOut(BaseModel):
    documents: int
    coded: int
    skipped: int
    duplicates: int
    mentions: int
    events: int
    problems: int
    by_day: list[DayCount]
    by_root: list[Count]
    by_quad_class: list[QuadCount]
    by_dyad: list[DyadCount] = Field(description="top 20 source-target entity keys")
    by_country: list[Count] = Field(description="top 20 place countries (ISO 3166 alpha-3)")


class TimelineDay(BaseModel):
    date: date
    q1: int = 0
    q2: int = 0
    q3: int = 0
    q4: int = 0


class Timeline(BaseModel):
    days: list[TimelineDay]


class Point(BaseModel):
    lat: float
    lon: float
    name: str | None
    country: str | None
    count: int


class CountryCount(BaseModel):
    country: str
    count: int


class Places(BaseModel):
    points: list[Point]
    countries: list[CountryCount]


class Root(BaseModel):
    code: str
    name: str
    quad_class: int


class Codes(BaseModel):
    roots: list[Root]
    plover: list[str]


class CodeRequest(BaseModel):
    """An article to code; nothing is stored."""

    text: str = Field(min_length=1, description="article text (UTF-8)")
    published: date | None = Field(None, description="publication date, for relative dates")
    title: str | None = Field(None, max_length=1000)
    doc_id: str | None = Field(None, max_length=200)


def event_out(e: StoredEvent) -> EventOut:
    fields = {f.name: getattr(e, f.name) for f in dataclasses.fields(e) if f.name != "added"}
    return EventOut(**fields)


def mention_out(m: MentionView) -> MentionOut:
    fields = {f.name: getattr(m, f.name) for f in dataclasses.fields(m)}
    sentence = SentenceOut(index=fields.pop("sentence_index"), start=fields.pop("sentence_start"),
                           end=fields.pop("sentence_end"), text=fields.pop("sentence_text"))
    spans = [SpanOut(**dataclasses.asdict(s)) for s in fields.pop("spans")]
    return MentionOut(**fields, sentence=sentence, spans=spans)


def document_out(d: StoredDocument, detail: bool = False) -> dict[str, Any]:
    fields = {f.name: getattr(d, f.name) for f in dataclasses.fields(d)}
    mentions: tuple[StoredMention, ...] = fields.pop("mentions")
    if not detail:
        fields.pop("text")
        return fields
    fields["mentions"] = [dataclasses.asdict(m) for m in mentions]
    return fields
