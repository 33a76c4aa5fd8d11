"""The coding pipeline: document in, coded document out, one plain function per stage."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from hadath.actors import find_actors
from hadath.codes import country_of
from hadath.dateline import Dateline, parse_dateline
from hadath.dates import find_times
from hadath.events import find_events
from hadath.lang import available
from hadath.langid import UNKNOWN, detect_language
from hadath.places import find_places
from hadath.readers import DATELINE_CHARS, make_document
from hadath.records import ActorMention, CodedDocument, Document
from hadath.segment import Text, analyse
from hadath.settings import DEFAULT, Settings


def code_document(doc: Document, settings: Settings = DEFAULT) -> CodedDocument:
    """Code one document: every layer (sentences, actors, times, places, events), with the
    language pack of its language (declared, else detected; ``settings.lang`` when unknown)."""
    lang = document_language(doc, settings)
    if lang not in available():
        note = f"not coded: no language pack for {lang!r}"
        return CodedDocument(replace(doc, lang=lang), notes=(note,))
    if doc.lang != lang:
        doc = replace(doc, lang=lang)
    text = analyse(doc.text, lang)
    line = parse_dateline(doc.text[:DATELINE_CHARS])
    actors = _actors(text, doc, settings, line)
    times = find_times(text, doc.published, lang)
    named = Counter(c for a in actors if (c := country_of(a.code)))
    countries = tuple(c for c, _ in named.most_common())  # the most named first
    places = find_places(text, countries=countries, lang=lang)
    if not countries and places:  # sector nouns alone (المحتجين) take the places' country
        top = Counter(p.country for p in places).most_common(1)[0][0]
        actors = _actors(text, doc, settings, line, country=top)
    events = find_events(doc, text, actors, times, places, lang)
    if settings.min_confidence:
        events = tuple(e for e in events if e.confidence >= settings.min_confidence)
    return CodedDocument(doc, text.sentences, text.tokens, actors, times, places, events)


DASHES = ("-", "–", "—")


def document_language(doc: Document, settings: Settings = DEFAULT) -> str:
    """The pack to code ``doc`` with: its declared language if a pack exists, else CLD2's."""
    if doc.lang in available():
        return doc.lang
    found = detect_language(doc.text, doc.lang)
    return found if found != UNKNOWN else settings.lang


def _actors(
    text: Text, doc: Document, settings: Settings, line: Dateline | None, country: str | None = None
) -> tuple[ActorMention, ...]:
    """Actor mentions, less the outlet of the dateline (it reports; it does not act)."""
    actors = find_actors(
        text, on=doc.published, extra=settings.actor_files, country=country, lang=doc.lang or "ar"
    )
    if line is not None:
        actors = tuple(a for a in actors if not line.start <= a.start < line.end)
    opening = len(doc.text) - len(doc.text.lstrip(_OPENERS))  # blanks and quotes before the text
    return tuple(a for a in actors if a.start > opening or not _place_dateline(doc.text, a))


DATELINE_REACH = 40  # characters from a place opening the text to its dateline's dash
_OPENERS = " \t\n\"'(«"


def _place_dateline(text: str, a: ActorMention) -> bool:
    """``القاهرة - أدانت ...``, ``MOSCOW, Jan 13 (Reuters) -``: a name opening the text and
    followed by a dash (after a date and an agency, at most) is where the story was filed, not
    who acted."""
    if text[: a.start].strip(_OPENERS):
        return False
    rest = " " + text[a.end : a.end + DATELINE_REACH]  # a dash apart from words, not a hyphen
    dash = min((i for i in (rest.find(f" {d}") for d in DASHES) if i >= 0), default=-1)
    return dash >= 0 and not any(c in rest[:dash] for c in ".!?؟\n")


def code_text(
    text: str,
    *,
    published: date | str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    settings: Settings = DEFAULT,
) -> CodedDocument:
    """Code a text; ``published`` defaults to the date in its dateline, if any."""
    return code_document(
        make_document(text, doc_id=doc_id, published=published, title=title), settings
    )


def code_documents(
    docs: Iterable[Document], settings: Settings = DEFAULT
) -> Iterator[CodedDocument]:
    """Code documents one after another (resources are loaded once per process)."""
    for doc in docs:
        yield code_document(doc, settings)
