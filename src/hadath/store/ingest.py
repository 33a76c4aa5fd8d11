"""Batch ingest: read inputs, skip what is stored, identify language, deduplicate, code, store.

Each batch of ``settings.batch_size`` documents is written in one transaction, so a run killed
at any moment keeps every batch it committed, and a rerun skips those documents by id and
completes the rest without duplicating anything.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hadath.langid import detect_language
from hadath.readers import Problem, read_paths, text_id
from hadath.records import CodedDocument, Document
from hadath.rows import document_row, mention_rows
from hadath.settings import DEFAULT, Settings
from hadath.store import dedup
from hadath.store.base import Store
from hadath.store.records import IngestSummary
from hadath.store.write import Batch, Duplicate

Coder = Callable[[Document, Settings], CodedDocument]
Rows = tuple[dict[str, Any], list[dict[str, Any]]]  # document row, mention rows
Progress = Callable[[IngestSummary], None]


@dataclass(slots=True)
class Tally:
    """Running counts of an ingest run (frozen into an :class:`IngestSummary` at the end)."""

    counts: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> IngestSummary:
        c = self.counts
        return IngestSummary(
            read=c["read"], coded=c["coded"], already_stored=c["already"],
            duplicate_exact=c["exact"], duplicate_near=c["near"],
            skipped_language=dict(sorted(self.languages.items())),
            failed=len(self.problems), mentions=c["mentions"], events_new=c["events_new"],
            events_joined=c["events_joined"], problems=tuple(self.problems),
        )


@dataclass(frozen=True, slots=True)
class Planned:
    """What to do with one new document."""

    doc: Document
    status: str  # coded, skipped or duplicate
    text_hash: str
    duplicate: Duplicate | None = None
    signature: dedup.Signature | None = None  # kept for originals only


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    settings: Settings = DEFAULT,
    progress: Progress | None = None,
    *,
    coder: Coder | None = None,
) -> IngestSummary:
    """Code and store every document under ``paths``; problems are stored and returned."""
    if coder is None:
        from hadath.pipeline import code_document as coder
    code = coder

    def rows_for(doc: Document) -> Rows:
        coded = code(doc, settings)
        return document_row(coded), mention_rows(coded)

    return run_batches(store, read_paths(paths), rows_for, settings, progress)


def run_batches(
    store: Store,
    items: Iterable[Document | Problem],
    rows_for: Callable[[Document], Rows],
    settings: Settings,
    progress: Progress | None,
) -> IngestSummary:
    """The batch loop shared by :func:`ingest` and :func:`~hadath.store.ingest_parquet`."""
    tally = Tally()
    docs: list[Document] = []
    problems: list[Problem] = []
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
            tally.problems.append(item)
        else:
            docs.append(item)
            tally.counts["read"] += 1
        if len(docs) >= settings.batch_size or len(problems) >= 10 * settings.batch_size:
            _flush(store, docs, problems, rows_for, settings, tally, progress)
            docs, problems = [], []
    if docs or problems:
        _flush(store, docs, problems, rows_for, settings, tally, progress)
    return tally.summary()


def _flush(store: Store, docs: list[Document], problems: list[Problem],
           rows_for: Callable[[Document], Rows], settings: Settings, tally: Tally,
           progress: Progress | None) -> None:
    plan = plan_batch(store, docs, settings, tally)
    documents, mentions = [], []
    for p in plan:
        if p.status == "skipped":
            row = document_row(CodedDocument(p.doc))
        else:
            try:
                row, found = rows_for(p.doc)
            except Exception as exc:  # one bad document must not stop a million-document run
                problem = Problem(p.doc.origin or p.doc.id,
                                  f"coder failed: {exc.__class__.__name__}: {exc}")
                problems.append(problem)
                tally.problems.append(problem)
                continue
            mentions += found
            tally.counts["coded"] += 1
        documents.append(dict(row, status=p.status, text_hash=p.text_hash, lang=p.doc.lang))
    kept = {d["doc_id"] for d in documents}
    batch = Batch(
        documents=documents, mentions=mentions,
        duplicates=[p.duplicate for p in plan if p.duplicate and p.doc.id in kept],
        signatures=[(p.doc.id, p.signature.to_bytes(), p.signature.bands)
                    for p in plan if p.signature is not None and p.doc.id in kept],
        problems=problems,
    )
    result = store.write_batch(batch)
    tally.counts.update(mentions=result.mentions, events_new=result.events_new,
                        events_joined=result.events_joined)
    if progress is not None:
        progress(tally.summary())


def plan_batch(store: Store, docs: Sequence[Document], settings: Settings,
               tally: Tally) -> list[Planned]:
    """Decide for each new document: skip (language), duplicate (exact or near), or code."""
    known = store.known_ids(d.id for d in docs)
    fresh: dict[str, Document] = {}
    for d in docs:
        if d.id in known or d.id in fresh:
            tally.counts["already"] += 1
        else:
            fresh[d.id] = dataclasses.replace(d, lang=detect_language(d.text, d.lang))
    hashes = {d.id: text_id(d.text) for d in fresh.values()}
    stored = store.originals_by_hash(hashes[i] for i, d in fresh.items() if d.lang == settings.lang)
    sigs = {i: dedup.signature(d.text) for i, d in fresh.items()
            if d.lang == settings.lang and hashes[i] not in stored}
    index = store.near_index(h for s in sigs.values() if s is not None for h in s.bands)
    originals = dict(stored)
    plan = []
    for i, d in fresh.items():
        h = hashes[i]
        if d.lang != settings.lang:
            tally.languages[d.lang or "un"] += 1
            plan.append(Planned(d, "skipped", h))
        elif h in originals:
            tally.counts["exact"] += 1
            plan.append(Planned(d, "duplicate", h, Duplicate(i, originals[h], "exact", 1.0)))
        elif (sig := sigs.get(i)) is not None and (match := index.match(sig)) is not None:
            tally.counts["near"] += 1
            plan.append(Planned(d, "duplicate", h, Duplicate(i, match[0], "near", match[1])))
        else:
            originals[h] = i
            if sig is not None:
                index.add(i, sig)
            plan.append(Planned(d, "coded", h, signature=sig))
    return plan
