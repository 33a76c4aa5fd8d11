"""One record per event instance within a document (GUIDELINES §3): tellings of the same act
merge into the most confident one; distinct acts, towns and specific codes stay apart."""

from __future__ import annotations

from dataclasses import replace

from hadath.codes import entity_key
from hadath.records import ActorRef, Event

MATERIAL_ROOTS = frozenset({"06", "07", "08", "15", "16", "17", "18", "19", "20"})
# roots whose 3-digit "other" code names an act of its own (160: stopping a cultural body's work,
# GUIDELINES §5), so it never merges with the root's other codes
SPECIFIC_ONLY_ROOTS = frozenset({"16"})
# roots whose specific codes told in different sentences are different occasions (a phone call,
# 041, and a visit, 042); in one sentence they tell one act (discussed ... by phone)
OCCASION_ROOTS = frozenset({"04"})


def _entity(ref: ActorRef | None) -> str | None:
    return None if ref is None else entity_key(ref.code)


def _told_dates(events: list[Event]) -> list[Event]:
    """An event told again later with its day (the lead says "agreed a truce", a later
    sentence "agreed on Friday") takes that day where it only had the publication date."""
    told: dict[tuple, list[Event]] = {}
    for e in events:
        if e.date_text is not None and e.date_precision == "day":
            told.setdefault((e.root, _entity(e.source), _entity(e.target)), []).append(e)
    out = []
    for e in events:
        named = told.get((e.root, _entity(e.source), _entity(e.target)), [])
        days = {x.date for x in named}
        if e.date_text is None and e.date is not None and len(days) == 1:
            x = named[0]  # the first telling with the day (in text order: deterministic)
            if x.sentence != e.sentence and _same_code(e.cameo, x.cameo):
                continue  # the same act, told again with its day: that telling is the record
            e = replace(e, date=x.date, date_text=x.date_text, rule=e.rule + " date:told-later")
        out.append(e)
    return out


def one_record_per_instance(events: list[Event], kinds: dict[str, str]) -> tuple[Event, ...]:
    """The same root, entities and date told again keep the most confident telling; the same
    act in two named towns is two records. ``events`` are in text order; ``kinds`` gives each
    event id's trigger part of speech (``verb``, ``noun``, ``phrase``; ``+and`` when a conjunction
    joins it)."""
    keys = _instances(events)
    best: dict[tuple, Event] = {}
    for e, key in zip(events, keys, strict=True):
        kept = best.get(key)
        if kept is None or e.confidence > kept.confidence:
            best[key] = e
    # distinct acts told in one sentence stay separate (expelled ..., recalled ...); the same code
    # twice, or a verb and a noun of one root, tell one act (تظاهر ... احتجاجا على، أبرمت ... اتفاق)
    keep = {id(e) for e in best.values()}
    kept_at = {(k, best[k].sentence) for k in best}
    for e, key in zip(events, keys, strict=True):
        other = best[key]
        later = max(e, other, key=lambda x: x.trigger.start)
        distinct = not _told_by_its_noun(e, other, kinds) and (
            e.cameo != other.cameo or "+and" in kinds.get(later.id, "")
        )
        if (key, e.sentence) in kept_at and e.trigger != other.trigger and distinct:
            keep.add(id(e))
    kept = [e for e in events if id(e) in keep]
    return tuple(_told_dates(_absorb_untargeted(kept, kinds)))


def _absorb_untargeted(events: list[Event], kinds: dict[str, str]) -> list[Event]:
    """A targetless telling and a targeted one of the same act (تظاهر ... احتجاجا على العبادي)
    are one record, the targeted one."""
    targeted = [e for e in events if e.target is not None]
    return [
        e
        for e in events
        if e.target is not None
        or not any(
            o.sentence == e.sentence
            and o.root == e.root
            and _entity(o.source) == _entity(e.source)
            and _told_by_its_noun(e, o, kinds)
            for o in targeted
        )
    ]


NOUN_REACH = 60  # characters after a verb within which a noun of its root restates its act


def _told_by_its_noun(e: Event, other: Event, kinds: dict[str, str]) -> bool:
    """A verb and an event noun or phrase of its root right after it, not joined by و, tell one
    act (تظاهر آلاف العراقيين احتجاجا على، أبرمت الحكومة ... اتفاق هدنة)."""
    first, second = sorted((e, other), key=lambda x: x.trigger.start)
    if kinds.get(first.id, "").split("+")[0] != "verb" or kinds.get(second.id) not in (
        "noun",
        "phrase",
    ):
        return False
    return second.trigger.start - first.trigger.end <= NOUN_REACH


def _instances(events: list[Event]) -> list[tuple]:
    """The event instance each record tells: its root, entities and date, split where two
    tellings name different towns or two specific codes of the root (handing over facilities,
    087, and withdrawing, 0874, are two acts; an attack, 190, and air strikes, 195, may be one)."""
    # base -> (town, codes, sentences) per instance
    seen: dict[tuple, list[tuple[str | None, set[str], set[int]]]] = {}
    out = []
    for e in events:
        base = (e.root, _entity(e.source), _entity(e.target), e.date)
        town = e.place.name if e.place is not None and e.place.feature != "country" else None
        found = seen.setdefault(base, [])
        k = next(
            (
                i
                for i, (t, codes, sents) in enumerate(found)
                if (town is None or t in (None, town))
                and all(_compatible(e.cameo, c) for c in codes)
                and (
                    e.root not in OCCASION_ROOTS
                    or e.sentence in sents
                    or all(_same_code(e.cameo, c) for c in codes)
                )
            ),
            None,
        )
        if k is None:
            k = len(found)
            found.append((town, set(), set()))
        t, codes, sents = found[k]
        found[k] = (t or town, codes | {e.cameo}, sents | {e.sentence})
        out.append((*base, k))
    return out


def _same_code(a: str, b: str) -> bool:
    """Two codes of one act told twice: equal, or one of them its root's generic code (a phone
    call, 041, told in the lead is not the visit, 042, told later)."""
    if a[:2] in SPECIFIC_ONLY_ROOTS:
        return a == b
    return a == b or a.endswith("0") and len(a) == 3 or b.endswith("0") and len(b) == 3


def _compatible(a: str, b: str) -> bool:
    """Two codes that may name one act: equal, one the generic code of the other's root, or
    both words (statements on one occasion are one record)."""
    if a[:2] not in MATERIAL_ROOTS:
        return True
    if a[:2] in SPECIFIC_ONLY_ROOTS:
        return a == b
    return a == b or a.endswith("0") and len(a) == 3 or b.endswith("0") and len(b) == 3
