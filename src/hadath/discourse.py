"""Arguments from beyond the trigger's clause: the subject a joined verb or a listed act
shares, a target carried from the same actor's last act or taken from the sentence, duals
resolved to their two parties, and acts told as "similar" to one before (see docs/coder.md)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from hadath.anchoring import EventContext, token_at
from hadath.arguments import STATE_SECTORS, Arguments, same_country
from hadath.codes import country_of, entity_key
from hadath.records import ActorMention, Token
from hadath.triggers import TriggerHit

_DUAL_RE = re.compile(r"<- ([A-Z]{3}(?:\+[A-Z]{3})+)")
APPEAL_ROOTS = frozenset({"02", "10"})  # appeals and demands: verb + addressee + what is asked
# rules by which an event noun names its own agent
OWN_AGENT = frozenset({"source:adjective", "source:genitive", "source:between", "source:inside"})


def inside(a: ActorMention, hit: TriggerHit) -> bool:
    """The actor mention overlaps the trigger's tokens."""
    return a.first_token < hit.end and a.last_token > hit.start


def like_before(
    hit: TriggerHit,
    args: Arguments,
    last: tuple[TriggerHit, Arguments] | None,
    tokens: Sequence[Token],
    similar: frozenset[str],
) -> tuple[TriggerHit, Arguments]:
    """An event noun followed by "similar" (تظاهرات مماثلة) is an act like the last one of its
    root: it takes that act's code and, when it names none, its target."""
    if last is None or hit.entry.pos == "verb" or hit.end >= len(tokens):
        return hit, args
    if tokens[hit.end].norm not in similar:
        return hit, args
    before, was = last
    hit = replace(hit, entry=replace(hit.entry, cameo=before.entry.cameo))
    if args.target is None and was.target is not None:
        rules = tuple(r for r in args.rules if r not in ("target:similar", "target:dropped"))
        args = replace(args, target=was.target, rules=(*rules, "target:similar"))
    return hit, args


def visited_place(hit: TriggerHit, args: Arguments, topic: ActorMention | None) -> Arguments:
    """A country or capital right after a visit or meeting verb is where the talks went, not
    who held them (زار السودان): the subject is the one carried from before."""
    source = args.source
    if hit.entry.cameo[:2] != "04" or "source:after" not in args.rules or topic is None:
        return args
    if source is None or source.kind != "country" or ":adjective:" in source.entry:
        return args
    if topic.kind not in ("person", "agent", "coreference") or topic.code[:3] == source.code[:3]:
        return args
    rules = tuple(r for r in args.rules if not r.startswith(("source:", "target:")))
    rules += ("source:carried", "target:visited")
    return replace(args, source=topic, target=source, rules=rules)


def joined_by_and(
    hit: TriggerHit, tokens: Sequence[Token], coords: frozenset[str], listed: bool = False
) -> bool:
    """The trigger's word carries a conjunction proclitic (وجمدت), or (``listed``) its entry is
    written with one (وحث)."""
    word = tokens[hit.start].norm
    return word[:1] in coords and bool(hit.clitic or (listed and hit.entry.form[:1] in coords))


def shared_subject(
    args: Arguments,
    hit: TriggerHit,
    tokens: Sequence[Token],
    subject: ActorMention | None,
    coords: frozenset[str],
) -> Arguments:
    """A verb joined by و to the verb before it in its sentence, with no subject after it,
    shares that verb's subject (طردت الرياض السفير ... وجمدت التعاملات)."""
    if subject is None or not joined_by_and(hit, tokens, coords) or args.source is subject:
        return args
    rules = tuple(r for r in args.rules if r != "source:before")
    target = args.target if args.target is not subject else None
    return replace(args, source=subject, target=target, rules=(*rules, "source:shared"))


def shared_subject_object(
    args: Arguments,
    hit: TriggerHit,
    tokens: Sequence[Token],
    subject: ActorMention | None,
    coords: frozenset[str],
) -> Arguments:
    """A transitive verb joined by و to the verb before it, with one actor after it and no
    other object, acts on that actor with the earlier verb's subject (رحب الأمين العام ...
    وحث الحكومة على: the Secretary-General urged the government)."""
    joined = joined_by_and(hit, tokens, coords, listed=True)  # وحث is listed with its و
    if subject is None or not joined or "obj" not in hit.entry.targets:
        return args
    after = args.source
    if (
        after is None
        or after is subject
        or hit.entry.cameo[:2] not in APPEAL_ROOTS
        or (args.target is not None and "target:context" not in args.rules)
    ):
        return args
    nxt = tokens[after.last_token].norm if after.last_token < len(tokens) else ""
    if nxt not in hit.entry.targets and nxt[:1] not in hit.entry.targets:
        return args  # حث X على، دعا X إلى، طالب X بـ: the actor before what is asked is the object
    rules = tuple(r for r in args.rules if not r.startswith(("source:", "target:")))
    return replace(
        args, source=subject, target=after, rules=(*rules, "source:shared", "target:after-obj")
    )


def listed_act(
    args: Arguments,
    hit: TriggerHit,
    tokens: Sequence[Token],
    before: Arguments | None,
    coords: frozenset[str],
) -> Arguments:
    """An event noun joined by و to the act told just before it in its sentence is another
    measure of the same actor (طرد 23 دبلوماسيا ... وإيقاف أنشطة المكتب الثقافي): it shares
    that act's source, and its target when it names none."""
    if before is None or before.source is None or not joined_by_and(hit, tokens, coords):
        return args
    if any(r in OWN_AGENT for r in args.rules):
        return args  # الغارات الإسرائيلية: its own agent
    target = args.target
    if target is None or target is before.source or same_country(target, before.source):
        target = before.target
    rules = tuple(r for r in args.rules if not r.startswith("source:"))
    return replace(args, source=before.source, target=target, rules=(*rules, "source:listed"))


def dual_subject(
    args: Arguments,
    hit: TriggerHit,
    tokens: Sequence[Token],
    last: tuple[ActorMention, ActorMention] | None,
    endings: tuple[str, ...],
    verbal: bool,
) -> Arguments:
    """A verb (``verbal``: or a phrase headed by one) with a dual subject ending (وأشارا، وأكدا،
    يبحثان) whose subject is carried from the act before: the two parties of that act both do
    it (بحث بوتين مع نظيره ... وأشارا إلى): the other party becomes a partner, one record each."""
    if last is None or args.source is None or not verbal or not endings:
        return args
    if not any(r in args.rules for r in ("source:listed", "source:shared", "source:carried")):
        return args
    word = tokens[hit.start].norm[hit.clitic :]
    head = hit.entry.form.split()[0]
    if not (word.startswith(head) and word[len(head) :] in endings):
        return args
    one, other = last
    if entity_key(one.code) != entity_key(args.source.code) or other is args.target:
        return args
    if args.target is not None and entity_key(other.code) == entity_key(args.target.code):
        return args
    return replace(args, partners=(other, *args.partners), rules=(*args.rules, "source:dual"))


def carried_target(
    args: Arguments, last: tuple[ActorMention, ActorMention] | None, sent: int
) -> Arguments:
    """The same actor acting again in the next sentences without naming a target acts on the
    party of its last event (the army struck the militants ... and seized their weapons)."""
    if last is None or last[1].sentence < sent - 2:
        return args
    source, target = last
    if entity_key(source.code) != entity_key(args.source.code):
        return args
    return replace(args, target=target, rules=(*args.rules, "target:carried"))


def context_target(args: Arguments, actors: Sequence[ActorMention], hit: TriggerHit) -> Arguments:
    """No target in the clause: the nearest other party named in the sentence (for a non-state
    actor, its own state is another party)."""
    src = args.source
    key = entity_key(src.code)
    cands = [
        a
        for a in actors
        if a is not src
        and a.code
        and not (entity_key(a.code) == key and _same_party(a.code, src.code))
        and not inside(a, hit)
    ]
    if not cands:
        return args
    best = min(cands, key=lambda a: abs(a.first_token - hit.start))
    return replace(args, target=best, rules=(*args.rules, "target:context"))


def _same_party(a: str, b: str) -> bool:
    """Two codes of one country that are one side: equal, or both the state."""
    return a == b or not (_other_side(a) or _other_side(b))


def _other_side(code: str) -> bool:
    """A non-state actor of a country (rebels, protesters) is another side than its state."""
    return bool(country_of(code)) and code[3:6] not in STATE_SECTORS


def place_target(args: Arguments, ctx: EventContext, hit: TriggerHit) -> Arguments:
    """Strikes "on Gaza", aid "to Gaza": a place of another country right after the trigger
    stands for its people (the country code alone)."""
    src = args.source
    end = ctx.text.tokens[hit.end - 1].end
    for p in ctx.places:
        if p.sentence != ctx.text.tokens[hit.start].sentence or p.start < end:
            continue
        if p.start - end > 40 or p.country == src.code[:3]:
            break
        first = token_at(ctx, p.start)
        last = token_at(ctx, max(p.end - 1, p.start)) + 1
        place = ActorMention(
            p.text, p.start, p.end, p.country, "place", f"place:{p.name}", first, last, p.sentence
        )
        return replace(args, target=place, rules=(*args.rules, "target:place"))
    return args


def _dual_countries(a: ActorMention) -> list[str]:
    m = _DUAL_RE.search(a.entry)
    return m.group(1).split("+") if m else []


def resolve_duals(args: Arguments) -> Arguments:
    """A dual (الجانبان، البلدين) naming two countries: the first is the source and the other
    the target, unless the clause names the target itself."""
    source, target, partners = args.source, args.target, args.partners
    if source is not None and not source.code:
        isos = _dual_countries(source)
        if len(isos) != 2:
            return replace(args, source=None)
        if target is None or not target.code:
            target = replace(source, code=isos[1])
        elif target.code[:3] not in isos:  # both act on a third party: one record each
            partners = (replace(source, code=isos[1]), *partners)
        source = replace(source, code=isos[0])
    if target is not None and not target.code:
        isos = _dual_countries(target)
        others = [i for i in isos if source is None or i != source.code[:3]]
        if len(others) < len(isos):
            others = []  # the source's own pair is not whom it acts on (دعا المسهلان الطرفين)
        target = replace(target, code=others[0]) if others else None
    return replace(args, source=source, target=target, partners=partners)
