"""The event stage: triggers, arguments, status, attribution, date and place of each event."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import compress

from hadath.anchoring import (
    EventContext,
    coordinated_places,
    event_date,
    event_place,
)
from hadath.arguments import (
    Arguments,
    FunctionWords,
    attach,
    function_words,
    pair_named_before,
    received_from,
    same_country,
)
from hadath.codes import country_of, lookup
from hadath.dates import is_day
from hadath.discourse import (
    OWN_AGENT,
    carried_target,
    context_target,
    dual_subject,
    inside,
    joined_by_and,
    like_before,
    listed_act,
    place_target,
    resolve_duals,
    shared_subject,
    shared_subject_object,
    visited_place,
)
from hadath.instances import one_record_per_instance
from hadath.lang import load_pack, setting_words
from hadath.protests import protest_clash, protest_source, protest_target, protester
from hadath.records import (
    ActorMention,
    ActorRef,
    Document,
    Event,
    PlaceMention,
    TimeMention,
    Token,
    Trigger,
)
from hadath.refine import (
    NEGOTIATION,
    complement,
    judged_as_coded,
    meeting_kind,
    seeks_settlement,
    threat_kind,
)
from hadath.segment import Text
from hadath.status import attribution, event_status
from hadath.triggers import (
    TriggerHit,
    find_cues,
    find_speech,
    find_split_triggers,
    find_triggers,
    is_definite,
    off_topic,
)

UNTARGETED_ROOTS = frozenset({"01", "14"})  # statements, protests
MILITARY_ROOTS = frozenset({"15", "18", "19", "20"})
LIST_GAP = 14  # tokens from the end of one listed act to the next (و + event noun)


def find_events(
    doc: Document,
    text: Text,
    actors: Sequence[ActorMention],
    times: Sequence[TimeMention],
    places: Sequence[PlaceMention],
    lang: str = "ar",
) -> tuple[Event, ...]:
    """Every event of a document, one record per event instance."""
    ctx = EventContext(
        doc, text, tuple(actors), tuple(times), tuple(places), [t.start for t in text.tokens]
    )
    tokens = text.tokens
    named = {i for a in ctx.actors for i in range(a.first_token, a.last_token)}  # actor tokens
    nouns = {i for a in ctx.actors if a.kind == "agent" for i in range(a.first_token, a.last_token)}
    hits = _with_split_triggers(find_triggers(text, lang), text, named, lang, nouns)
    if not hits or off_topic(text, len(hits), lang):
        return ()
    speech = find_speech(text, lang)
    cues = [c for c in find_cues(text, lang) if c.start not in named]  # المشتبه بهم names people
    clauses = _clause_openers(text, hits, speech, lang)
    verbs_at = {h.start for h in hits if h.entry.pos == "verb"}
    ctx = replace(
        ctx,
        clauses=clauses,
        subordinate=tuple(c for c in clauses if c not in verbs_at),
        reporters=_reporters(ctx.actors, speech, text.tokens, function_words(lang)),
        visits=frozenset(h.end for h in hits if h.entry.cameo[:2] == "04"),
    )
    by_sentence: dict[int, list[ActorMention]] = {}  # who may act
    speakers: dict[int, list[ActorMention]] = {}  # who may report, news outlets too
    for a in ctx.actors:
        speakers.setdefault(a.sentence, []).append(a)
        if not _news_outlet(a):
            by_sentence.setdefault(a.sentence, []).append(a)
    events: list[Event] = []
    kinds: dict[str, str] = {}  # event id -> part of speech of its trigger
    topic: ActorMention | None = None
    last_source: ActorMention | None = None
    last_pair: tuple[ActorMention, ActorMention] | None = None
    last_act: tuple[int, ActorMention | None] = (-1, None)  # sentence and subject of the last verb
    current = -1
    previous_end = -2
    fw = function_words(lang)
    preps = fw.clitic_preps
    last_verb = (-1, -10)  # sentence and end of the last verb trigger
    last_noun = (-1, -10)  # sentence and end of the last trigger of any kind
    seen_roots: dict[str, tuple[int, set[str]]] = {}  # root -> first sentence, source countries
    last_of_root: dict[str, tuple[TriggerHit, Arguments]] = {}
    last_told: tuple[int, int, Arguments | None] = (-1, -1, None)  # sentence, end, arguments
    mentioned: list[TriggerHit] = []  # definite nouns of a root coded in an earlier sentence
    for k, hit in enumerate(hits):
        governed = hit.entry.pos != "verb" and hit.start - previous_end <= 1
        previous_end = hit.end
        if complement(hit, tokens, preps, last_verb, fw.complements):
            last_verb = (last_verb[0], hit.end)  # و + another noun continues the complement
            continue  # اتهمه بالتدخل، استدعى السفير للتشاور: what the act is about, no act
        if _purpose(hit, tokens, last_noun, preps):
            continue  # استدعاء السفير للاحتجاج على: the summons' purpose, no protest
        last_noun = (tokens[hit.start].sentence, hit.end)
        if hit.entry.pos == "verb":
            last_verb = (tokens[hit.start].sentence, hit.end)
        sent = tokens[hit.start].sentence
        if sent != current:
            topic = _topic(by_sentence, current, sent, topic)
            if last_source is not None and last_source.sentence >= sent - 2:
                topic = last_source
            current = sent
        if _covered_by_actor(hit, by_sentence.get(sent, ())):
            continue
        if not judged_as_coded(hit, tokens, lang):
            continue  # أشار إلى دور إيران في دعم الإرهاب: pointing to a role, not praising it
        hit = threat_kind(hit, hits[k + 1 : k + 2], tokens, preps, fw.complements)
        root = hit.entry.cameo[:2]
        args = _arguments(ctx, hit, by_sentence.get(sent, ()), topic, lang)
        args = visited_place(hit, args, topic)
        hit, args = like_before(hit, args, last_of_root.get(root), tokens, fw.similar)
        if hit.entry.pos == "verb" and "source:before" in args.rules and last_act[0] == sent:
            args = shared_subject(args, hit, tokens, last_act[1], fw.coords)
        elif hit.entry.pos == "verb" and "source:after" in args.rules and last_act[0] == sent:
            args = shared_subject_object(args, hit, tokens, last_act[1], fw.coords)
        listed = last_told[0] == sent and hit.start - last_told[1] <= LIST_GAP
        if hit.entry.pos != "verb" and listed:
            args = listed_act(args, hit, tokens, last_told[2], fw.coords)
        verbal = hit.entry.pos == "verb" or any(m.start == hit.start for m in speech)
        endings = setting_words(lang, "dual_subject")
        args = dual_subject(args, hit, tokens, last_pair, endings, verbal)
        if args.source is not None and args.target is None and _needs_target(hit):
            args = carried_target(args, last_pair, sent)
        if (
            hit.entry.pos != "verb"
            and root in seen_roots
            and seen_roots[root][0] < sent
            and is_definite(hit, tokens[hit.start].norm, lang)
        ):
            mentioned.append(hit)  # القمة، المقرر عقدها في 12 حزيران: may give a planned day
        if governed and "source:before" in args.rules:
            continue  # the object of the act before it (تدين الهجوم), not an act of its subject
        if args.source is None or (args.target is None and _needs_target(hit)):
            continue  # records name who acted, and on whom unless the act has no target
        if (
            hit.entry.pos != "verb"
            and is_definite(hit, tokens[hit.start].norm, lang)
            and seen_roots.get(root, (sent,))[0] < sent
            and (
                not any(r in OWN_AGENT for r in args.rules)
                or args.source.code[:3] in seen_roots[root][1]
            )
        ):
            continue  # القصف (التركي) told again: the act already coded
        if "source:carried" not in args.rules:
            last_source = args.source
        if hit.entry.pos == "verb":
            last_act = (sent, args.source)
        if args.target is not None:
            last_pair = (args.source, args.target)
        status = event_status(hit, tokens, cues)
        reporter = attribution(hit, tokens, speech, speakers.get(sent, ()))
        hit, args = protest_clash(hit, args)
        args = protest_target(hit, args, fw.against)
        if hit.entry.cameo[:2] == "14" and not protester(args.source):
            args = protest_source(args, by_sentence, sent)
            if args.source is None:
                continue
        hit, args = like_before(hit, args, last_of_root.get(root), tokens, fw.similar)
        last_of_root[root] = (hit, args)
        for source in (args.source, *([] if args.target is None else args.partners)):
            place = event_place(ctx, hit, source, args.target)
            places = [place, *coordinated_places(ctx, place)] if place is not None else [None]
            for target in (args.target, *args.co_targets):
                if _with_itself(hit, source, target) or _unresolved(source, target):
                    continue  # a state does not meet or praise itself; a dual naming nobody
                if "target:coordinated" in args.rules and target and target.code == source.code:
                    continue  # الإرهابيين والمسلحين: one side named twice, not two sides
                one = replace(args, target=target)
                for k, where in enumerate(places):
                    events.append(_event(ctx, hit, one, source, status, reporter, where, k))
                    last_told = (sent, hit.end, args)
                    seen_roots.setdefault(root, (sent, set()))[1].add(source.code[:3])
                    kinds[events[-1].id] = hit.entry.pos + _joined(hit, tokens, fw.coords)
    return one_record_per_instance(_planned_days(ctx, events, mentioned), kinds)


@cache
def _number_words(lang: str) -> frozenset[str]:
    """Cardinal number words (ثلاثة، عشر): a count between a verb and its object, like digits."""
    pack = load_pack(lang)
    if not pack.path("numbers.tsv").exists():
        return frozenset()
    return frozenset(r["form"] for r in pack.rows("numbers.tsv"))


def _planned_days(
    ctx: EventContext, events: list[Event], mentioned: Sequence[TriggerHit]
) -> list[Event]:
    """A planned act told without its day takes the calendar day its definite noun names later
    (قمة مرتقبة ... القمة المقرر عقدها في 12 حزيران): a day after publication, written out (not
    a weekday, which may be past news), for the planned acts of that code."""
    published = ctx.doc.published
    for hit in mentioned:
        when, _ = event_date(ctx, hit, "announced_future")
        if when is None or not is_day(when) or published is None:
            continue
        told = next((t for t in ctx.times if t.start == when.start), when)
        if not when.rule.startswith("date:") or told.date is None or not told.date > published:
            continue  # not a calendar day after publication as written (14 تموز: last July)
        sent = ctx.text.tokens[hit.start].sentence
        planned = [
            k
            for k, e in enumerate(events)
            if e.status == "announced_future" and e.cameo == hit.entry.cameo and e.sentence < sent
        ]
        if planned and all(events[k].date is None for k in planned):
            for k in planned:
                e = events[k]
                events[k] = replace(
                    e,
                    date=when.date,
                    date_text=when.text,
                    date_precision=when.precision,
                    rule=f"{e.rule} date:named-later",
                )
    return events


def _arguments(
    ctx: EventContext,
    hit: TriggerHit,
    actors: Sequence[ActorMention],
    topic: ActorMention | None,
    lang: str,
) -> Arguments:
    """Source and target of a trigger: its clause first, then the rest of its sentence, then
    a place standing for a country."""
    clause = [a for a in actors if not inside(a, hit)]
    if hit.entry.pos != "verb":  # an event noun's agent stands in its own clause
        clause = _past_relative(ctx, hit, clause, lang)
        actors = [a for a in actors if a in clause or inside(a, hit)]
        opener = max((c for c in ctx.subordinate if c < hit.start), default=-1)
        own = [a for a in clause if a.first_token > opener or a.first_token >= hit.end]
        if any(a.last_token <= hit.start for a in own):
            clause = own
    args = resolve_duals(attach(hit, clause, ctx.text.tokens, topic, lang))
    if args.target is not None and ctx.reporters.get(args.target.first_token, -1) > hit.start:
        # "..., the army said": who reports the act is not its target
        clause = [a for a in clause if ctx.reporters.get(a.first_token, -1) <= hit.start]
        args = resolve_duals(attach(hit, clause, ctx.text.tokens, topic, lang))
    subject = next((a for a in actors if inside(a, hit) and a.first_token > hit.start), None)
    if subject is not None and (args.source is None or "source:carried" in args.rules):
        # an entry that names its subject (اوقفت السلطات): the actor inside it acts
        rules = tuple(r for r in args.rules if r != "source:carried")
        args = resolve_duals(replace(args, source=subject, rules=(*rules, "source:inside")))
    elif (
        subject is not None
        and args.target is None
        and subject.last_token > hit.end
        and subject.code[3:6] == "GOV"
        and not same_country(subject, args.source)
    ):
        # استدعاء السفير الإسرائيلي: the entry names its object (an envoy, an embassy), whose
        # actor runs on past it; a military noun there is the doer (المناورات العسكرية الأمريكية)
        args = replace(args, target=subject, rules=(*args.rules, "target:inside"))
    pair = pair_named_before(hit, ctx.actors, ctx.text.tokens, lang)
    if pair is not None:  # اتصال هاتفي بينهما
        return Arguments(*pair, (), ("source:between-pair", "target:between-pair"))
    received = received_from(hit, actors, ctx.text.tokens, lang)
    if received is not None:  # تلقى الوزير اتصالا من نظيره
        return received
    if args.source is not None and args.target is None and _needs_target(hit):
        args = context_target(args, actors, hit)
        if args.target is None:
            args = place_target(args, ctx, hit)
    return args


def _past_relative(
    ctx: EventContext, hit: TriggerHit, clause: list[ActorMention], lang: str
) -> list[ActorMention]:
    """A relative clause closed by a comma before an event noun (يخوض الحزب، الذي تعتبره أنقرة
    ... إرهابيا، تمردا): its actors are not the noun's; the noun belongs to the main clause."""
    tokens = ctx.text.tokens
    fw = function_words(lang)
    sent_first = ctx.text.sentences[tokens[hit.start].sentence].first_token
    rel = next(
        (i for i in range(hit.start - 1, sent_first - 1, -1) if tokens[i].norm in fw.relatives),
        None,
    )
    if rel is None:
        return clause
    comma = next(
        (i for i in range(hit.start - 1, rel, -1) if tokens[i].norm in {"،", ","}), None
    )
    if comma is None or any(t.norm in fw.subordinators for t in tokens[rel + 1 : comma]):
        return clause
    return [a for a in clause if not rel < a.first_token < comma]


PURPOSE_REACH = 4  # words after a trigger where لـ + event noun says what it is for


def _purpose(hit: TriggerHit, tokens, last: tuple[int, int], preps: dict[str, str]) -> bool:
    """An event noun with لـ right after another trigger (استدعاء السفير للاحتجاج): the purpose
    of that act, not an act of its own."""
    if hit.entry.pos == "verb" or not hit.clitic:
        return False
    clitic = tokens[hit.start].norm[: hit.clitic]
    sent, end = last
    return (
        preps.get(clitic) == "ل"
        and sent == tokens[hit.start].sentence
        and 0 <= hit.start - end <= PURPOSE_REACH
    )


def _with_split_triggers(
    hits: list[TriggerHit], text: Text, named: set[int], lang: str, nouns: set[int] = frozenset()
) -> list[TriggerHit]:
    """Add verb + object entries split by an actor (``named``: its tokens) or a number; such a
    hit replaces a shorter one at the same word. An actor noun (``nouns``: agents such as
    طائرات) may also be the entry's own object: سلمت الولايات المتحدة 8 طائرات."""
    numbers = _number_words(lang)
    words, every = text.words, range(len(text.words))
    counts = set(compress(every, map(str.isdigit, words)))
    counts.update(compress(every, map(numbers.__contains__, words)))
    split: dict[int, TriggerHit] = {}
    for gaps, subject in ((counts, False), (counts | named, True)):
        split |= {h.start: h for h in find_split_triggers(text, gaps, lang, subject)}
    if nouns:  # only where no entry was found across all the actors
        found = find_split_triggers(text, counts | (named - nouns), lang, True, around=nouns)
        split |= {h.start: h for h in found if h.start not in split}
    if not split:
        return hits
    merged = {h.start: h for h in hits if h.start not in split}
    for start, h in split.items():
        if not any(o.start < start < o.end for o in hits):
            merged[start] = h
    return [merged[k] for k in sorted(merged)]


def _reporters(
    actors: Sequence[ActorMention], speech, tokens: Sequence[Token], fw: FunctionWords
) -> dict[int, int]:
    """Speakers of reporting verbs: the actor right before the verb (a comma or قد may stand
    between, not فيما) or right after it, and the actors joined to it by و (حسبما أعلنت
    السعودية والولايات المتحدة)."""
    out: dict[int, int] = {}
    near: dict[int, list[int]] = {}  # token -> actors ending right before it or starting after
    for k, a in enumerate(actors):
        for t in (a.last_token, a.last_token + 1, a.first_token - 1, a.first_token):
            near.setdefault(t, []).append(k)
    for m in speech:
        for k in sorted({*near.get(m.start, ()), *near.get(m.end, ())}):
            a = actors[k]
            gap = m.start - a.last_token
            between = tokens[a.last_token] if gap == 1 else None
            before = gap == 0 or (
                between is not None and (not between.is_word or between.norm in fw.particles)
            )
            if before or 0 <= a.first_token - m.end <= 1:
                out[a.first_token] = m.start
                for b in actors[k + 1 :]:
                    word = tokens[b.first_token].norm
                    if b.first_token != a.last_token or word[: b.clitic][:1] not in fw.coords:
                        break
                    out[b.first_token] = m.start
                    a = b
    return out


def _clause_openers(text: Text, hits, speech, lang: str) -> tuple[int, ...]:
    """Tokens that open a clause: verb triggers, speech verbs, subordinators."""
    fw = function_words(lang)
    subordinators = fw.subordinators
    tokens = text.tokens
    opened = {h.start for h in hits if h.entry.pos == "verb"}
    # a reporting word after a preposition is an adjunct (على موقع إكس، في بيان), no clause
    opened |= {m.start for m in speech if not (m.start and tokens[m.start - 1].norm in fw.preps)}
    written = setting_words(lang, "not_subordinate")
    opened |= {
        i
        for i in compress(range(len(tokens)), map(subordinators.__contains__, text.words))
        if text.original[tokens[i].start : tokens[i].end] not in written
    }
    return tuple(sorted(opened))


# acts no actor does to itself: words, cooperation, aid, concessions, cutting ties (an army may
# clash with its own mutineers, a state arrest its own officials: 17-20 stay)
SELF_EXCLUDED_ROOTS = frozenset(
    {"02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "16"}
)


def _with_itself(hit: TriggerHit, source: ActorMention, target: ActorMention | None) -> bool:
    """An act on the very mention that does it, or words, cooperation, aid or cuts in ties with
    the very same actor code: a misread target."""
    root = hit.entry.cameo[:2]
    if target is None:
        return False
    if (target.start, target.end, target.code) == (source.start, source.end, source.code):
        return True  # استهدف قافلة عسكرية: one mention is not both sides (a dual has two codes)
    if root not in SELF_EXCLUDED_ROOTS:
        return False
    return _ref(source, root).code == _ref(target, root).code


def _unresolved(source: ActorMention, target: ActorMention | None) -> bool:
    """A side without a code: a dual (الجانبان) whose two parties the text never named."""
    return not source.code or (target is not None and not target.code)


def _needs_target(hit: TriggerHit) -> bool:
    """Acts that are done to someone; protests and statements may stand alone."""
    return bool(hit.entry.targets) and hit.entry.cameo[:2] not in UNTARGETED_ROOTS


def _news_outlet(a: ActorMention) -> bool:
    """A news agency or outlet (رويترز، فرانس برس) reports events; it does not act in them."""
    return a.kind == "group" and a.code.endswith("MED")


def _topic(by_sentence, previous: int, sent: int, topic):
    """The actor a pronoun subject refers to: the first actor of the nearest of the two
    sentences before (since the last trigger's sentence) that names one."""
    for s in range(sent - 1, max(previous, sent - 3) - 1, -1):
        for a in by_sentence.get(s, ()):
            return a
    return topic


def _covered_by_actor(hit: TriggerHit, actors: Sequence[ActorMention]) -> bool:
    """A trigger wholly inside an actor name (حفظ السلام in قوات حفظ السلام) is not an event."""
    return any(a.first_token <= hit.start and a.last_token >= hit.end for a in actors)


def _ref(a: ActorMention | None, root: str) -> ActorRef | None:
    if a is None:
        return None
    code = a.code
    if len(code) == 3 and a.kind != "place" and country_of(code):
        code += "MIL" if root in MILITARY_ROOTS else "CVL" if root == "14" else "GOV"
    return ActorRef(a.text, code, a.start, a.end)


def _event(
    ctx: EventContext,
    hit: TriggerHit,
    args: Arguments,
    source: ActorMention,
    status: str,
    reporter: ActorMention | None,
    place: PlaceMention | None,
    nth_place: int = 0,
) -> Event:
    """The record of one trigger with one source, target and place (``nth_place`` > 0: the
    same act in another of the coordinated places)."""
    tokens = ctx.text.tokens
    start, end = tokens[hit.start].start, tokens[hit.end - 1].end
    code = lookup(hit.entry.cameo)
    root = hit.entry.cameo[:2]
    when, when_rule = event_date(ctx, hit, status)
    sent = tokens[hit.start].sentence
    code, cameo = meeting_kind(code, hit.entry.cameo, place, source, args.target, sent)
    if root == "04" and seeks_settlement(hit, tokens, ctx.doc.lang or "ar"):
        code, cameo = lookup(NEGOTIATION), NEGOTIATION
    src, tgt = _ref(source, root), _ref(args.target, root)
    key = f"{ctx.doc.id}|{start}|{end}|{hit.entry.cameo}|{src and src.code}|{tgt and tgt.code}"
    if nth_place:
        key += f"|{place and place.start}"
    confidence = 0.45 + 0.15 * (hit.entry.words > 1) + 0.15 * ("source:carried" not in args.rules)
    confidence += 0.15 * (tgt is not None or not hit.entry.targets)
    rules = (f"trigger:{hit.entry.form}={hit.entry.cameo}", *args.rules, when_rule)
    if cameo != hit.entry.cameo:
        rules += (f"meeting:{cameo}",)
    return Event(
        id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        cameo=cameo,
        root=root,
        plover_type=code.plover_type,
        plover_mode=code.plover_mode,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        source=src,
        target=tgt,
        trigger=Trigger(ctx.text.original[start:end], start, end),
        date=(when.date if when.precision else None)  # a vague span names no day
        if when is not None
        else (ctx.doc.published if when_rule == "date:publication" else None),
        date_text=when.text if when is not None else None,
        date_precision=when.precision
        if when is not None
        else ("day" if when_rule == "date:publication" else None),
        place=place,
        status=status,
        reported_by=_ref(reporter, "01") if reporter is not None and reporter.code else None,
        sentence=tokens[hit.start].sentence,
        confidence=round(min(confidence, 0.95), 2),
        rule=" ".join(rules),
    )


def _joined(hit: TriggerHit, tokens, coords: frozenset[str]) -> str:
    """``+and`` when the trigger's word carries a conjunction (وسحبت): a new coordinated act."""
    return "+and" if joined_by_and(hit, tokens, coords) else ""
