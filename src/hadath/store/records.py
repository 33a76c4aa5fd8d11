"""Typed, frozen records the store hands back: stored events, mentions, documents, summaries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from hadath.readers import Problem


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One real-world event: the cluster of every mention of it across articles."""

    id: str
    global_id: int  # a 60-bit integer form of ``id`` (GDELT's GlobalEventID)
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
    doc_id: str  # the article of the first mention
    url: str | None
    sentence_text: str | None  # the sentence of the first mention
    added: datetime | None = None


@dataclass(frozen=True, slots=True)
class StoredMention:
    """One coded event in one article, as stored."""

    doc_id: str
    mention_id: str
    event_id: str | None  # ``None`` for a near-duplicate's mention that joined no event
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


@dataclass(frozen=True, slots=True)
class EventDetail:
    """An event with every mention of it and their source sentences."""

    event: StoredEvent
    mentions: tuple[StoredMention, ...]


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """An ingested article; ``status`` is ``coded``, ``skipped`` (language) or ``duplicate``."""

    id: str
    title: str | None
    published: date | None
    outlet: str | None
    url: str | None
    lang: str | None
    origin: str | None
    status: str
    n_events: int
    duplicate_of: str | None = None
    similarity: float | None = None
    text: str | None = None  # filled by ``Store.document(id)`` only
    mentions: tuple[StoredMention, ...] = ()


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What one ingest run did."""

    read: int = 0  # documents read (problems not included)
    coded: int = 0  # new documents coded (duplicates included)
    already_stored: int = 0  # ids already in the store: re-ingest adds nothing
    duplicate_exact: int = 0  # same normalised text as a stored document, other id
    duplicate_near: int = 0  # MinHash near-duplicates (syndicated copies)
    skipped_language: dict[str, int] = field(default_factory=dict)  # language -> documents
    failed: int = 0  # inputs that could not be read or coded
    mentions: int = 0  # event mentions stored
    events_new: int = 0  # events created
    events_joined: int = 0  # mentions that joined an existing event
    problems: tuple[Problem, ...] = ()

    @property
    def skipped(self) -> int:
        return sum(self.skipped_language.values())


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts over the whole store."""

    documents: int
    coded: int
    skipped: int
    duplicates: int
    mentions: int
    events: int
    problems: int
    by_day: tuple[tuple[date | None, int], ...]
    by_root: tuple[tuple[str, int], ...]
    by_quad_class: tuple[tuple[int, int], ...]
    by_dyad: tuple[tuple[str, int], ...]  # "SRC-TGT" entity keys, top 20
    by_country: tuple[tuple[str, int], ...]  # place country (ISO3), top 20
