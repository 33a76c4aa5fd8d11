"""hadath: Arabic-first political event coding. News text in, CAMEO/PLOVER event records out."""

from hadath.records import (
    SCHEMA_VERSION,
    ActorMention,
    ActorRef,
    CodedDocument,
    Document,
    Event,
    PlaceMention,
    Sentence,
    TimeMention,
    Token,
    Trigger,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "ActorMention",
    "ActorRef",
    "CodedDocument",
    "Document",
    "Event",
    "PlaceMention",
    "Sentence",
    "TimeMention",
    "Token",
    "Trigger",
    "code_documents",
    "code_text",
    "open_store",
]


def __getattr__(name: str):  # lazy: importing hadath stays cheap
    if name in ("code_text", "code_documents", "code_document"):
        from hadath import pipeline

        return getattr(pipeline, name)
    if name == "open_store":
        from hadath.store import open_store

        return open_store
    raise AttributeError(name)
