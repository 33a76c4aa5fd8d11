"""The coding pipeline: document in, coded document out, one plain function per stage."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date

from hadath.actors import find_actors
from hadath.dates import find_times
from hadath.events import find_events
from hadath.places import find_places
from hadath.readers import make_document
from hadath.records import CodedDocument, Document
from hadath.segment import analyse
from hadath.settings import DEFAULT, Settings


def code_document(doc: Document, settings: Settings = DEFAULT) -> CodedDocument:
    """Code one document: every layer (sentences, actors, times, places, events)."""
    text = analyse(doc.text, settings.lang)
    actors = find_actors(text, on=doc.published, extra=settings.actor_files)
    times = find_times(text, doc.published)
    countries = tuple(
        dict.fromkeys(
            a.code[:3]
            for a in actors
            if a.code[:3].isalpha() and not a.code.startswith(("IGO", "NGO", "IMG"))
        )
    )
    places = find_places(text, countries=countries)
    if not countries and places:  # sector nouns alone (المحتجين) take the places' country
        top = Counter(p.country for p in places).most_common(1)[0][0]
        actors = find_actors(text, on=doc.published, extra=settings.actor_files, country=top)
    events = find_events(doc, text, actors, times, places)
    if settings.min_confidence:
        events = tuple(e for e in events if e.confidence >= settings.min_confidence)
    return CodedDocument(doc, text.sentences, text.tokens, actors, times, places, events)


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
