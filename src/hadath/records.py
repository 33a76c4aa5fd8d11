"""Typed, frozen records passed between the stages of the pipeline.

Offsets (``start``/``end``) always index the original document text, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Document:
    """One input article."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    lang: str | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str | None = None  # file (and line or record) it came from


class Token(NamedTuple):
    """A word or punctuation mark; ``norm`` is its normalised form. (A named tuple: documents
    have thousands of tokens, and tuples are the cheapest immutable record to build.)"""

    index: int
    norm: str
    start: int  # original offsets
    end: int
    sentence: int
    is_word: bool


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    first_token: int = 0
    last_token: int = 0  # exclusive


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span naming an actor, with the CAMEO actor code it resolves to."""

    text: str
    start: int
    end: int
    code: str
    kind: str  # country, organisation, person, agent, group, coreference
    entry: str  # the lexicon entry or rule that gave the code
    first_token: int = 0
    last_token: int = 0  # exclusive
    sentence: int = 0
    name: str | None = None  # canonical name of the person, group or organisation
    clitic: int = 0  # characters of proclitic on the first word (بـ، لـ، و...), from Match.clitic


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression and the date it resolves to (``None`` when it cannot be known)."""

    text: str
    start: int
    end: int
    date: date | None
    precision: str | None  # day, month, year or None
    rule: str
    end_date: date | None = None  # for ranges (``precision`` month/year or vague spans)
    note: str | None = None  # e.g. a weekday that disagrees with the date
    sentence: int = 0
    offset: int = 0  # بعد شهر من X: X is this many units (-1) from the date of its clause


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym and the gazetteer entry it resolves to."""

    text: str
    start: int
    end: int
    name: str
    country: str  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    feature: str  # country, region, city, site
    rule: str
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class ActorRef:
    text: str
    code: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event mention."""

    id: str
    cameo: str
    root: str
    plover_type: str | None
    plover_mode: str | None
    quad_class: int
    goldstein: float
    source: ActorRef | None
    target: ActorRef | None
    trigger: Trigger
    date: date | None
    date_text: str | None
    date_precision: str | None
    place: PlaceMention | None
    status: str
    reported_by: ActorRef | None
    sentence: int
    confidence: float
    rule: str  # lexicon entry and attachment rules that made it


@dataclass(frozen=True, slots=True)
class CodedDocument:
    """A document with every layer the coder found in it."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    times: tuple[TimeMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    events: tuple[Event, ...] = ()
    notes: tuple[str, ...] = field(default=())
