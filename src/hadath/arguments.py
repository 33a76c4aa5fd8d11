"""Argument attachment without a parser: who did it (source) and to whom (target).

Rules, in order (each event records which ones fired):
- a verb's subject is the first unmarked actor right after it (VSO), else the nearest unmarked
  actor before it in the sentence (SVO), else the subject carried over from earlier sentences
  (a pronoun subject continues the previous actor);
- an event noun's genitive (the actor right after it) is its source, or its target when the
  entry marks a direct object (``اعتقال X``); an act of war's noun takes its armed doer after
  ``لـ`` too (``غارات لمقاتلات التحالف``), unless a pronoun on it is the doer (``استهدافها لـ``);
- the target is the first actor after the trigger marked by one of the entry's prepositions
  (``مع``، ``الى``، ``على``، ``ضد``, or a clitic ``بـ``/``لـ``), else for ``obj`` entries the first
  unmarked actor after the trigger and the subject;
- ``بين X و Y`` and ``X و Y`` with no other target make X the source and Y the target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from hadath.lang import load_pack, setting_words
from hadath.records import ActorMention, Token
from hadath.triggers import TriggerHit

VSO_GAP = 4  # words between a verb and its postposed subject
TARGET_REACH = 14  # words after the trigger searched for the target
RELATIVE_REACH = 6  # tokens between a relative pronoun and an actor inside its clause
RECEIVE_REACH = 8  # tokens between a verb of receiving and what it received (or its sender)
# roots and codes whose noun's genitive is its agent: زيارة الرئيس (the visitor, not the visited),
# انسحاب القوات (the forces withdraw: 0874)
AGENT_GENITIVE = frozenset({"01", "02", "03", "04", "0874"})
SPOKEN_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})  # من after the noun: by
# acts of war whose noun takes its armed doer after لـ: غارات لمقاتلات التحالف (the coalition's)
WAR_ROOTS = frozenset({"19", "20"})
ARMED_SECTORS = frozenset({"GOV", "MIL", "REB", "INS", "UAF", "SEP"})


@dataclass(frozen=True, slots=True)
class FunctionWords:
    preps: frozenset[str]
    clitic_preps: dict[str, str]
    coords: frozenset[str]
    background: frozenset[str]
    svo: bool = False  # the pack's word order puts the subject before the verb
    subordinators: frozenset[str] = frozenset()  # words opening another clause
    against: frozenset[str] = frozenset()  # prepositions naming whom a protest is against
    target_preps: frozenset[str] = frozenset()  # prepositions that may mark any event's target
    between: frozenset[str] = frozenset()  # the word introducing an event's two sides
    relatives: frozenset[str] = frozenset()  # relative pronouns (الذي، التي)
    between_pair: frozenset[str] = frozenset()  # بينهما: between the pair named before
    similar: frozenset[str] = frozenset()  # تظاهرات مماثلة: like the last act of its root
    receive: dict[str, str] = field(default_factory=dict)  # تلقى -> من: received from
    while_: frozenset[str] = frozenset()  # عندما: كان after it is a circumstance
    particles: frozenset[str] = frozenset()  # قد: between subject and verb, parts nothing
    complements: tuple[str, ...] = ()  # بـ: an entry listed with it completes a verb before it
    both: frozenset[str] = frozenset()  # كلا من X و Y: من marks nothing
    settle: frozenset[str] = frozenset()  # محادثات ... لحل النزاع: talks to settle a dispute
    by_agent: dict[str, str] = field(default_factory=dict)  # قبل -> من: من قبل X = by X
    sites: frozenset[str] = frozenset()  # مواقع: the actor after it takes the preposition before


@cache
def function_words(lang: str = "ar") -> FunctionWords:
    pack = load_pack(lang)
    rows = list(pack.rows("function_words.tsv"))
    by = lambda kind: [r for r in rows if r["kind"] == kind]  # noqa: E731
    return FunctionWords(
        frozenset(r["form"] for r in by("prep")),
        {r["form"]: r["value"] for r in by("clitic_prep")},
        frozenset(r["form"] for r in by("coord")),
        frozenset(r["form"] for r in by("background")),
        pack.settings.get("word_order") == "SVO",
        frozenset(r["form"] for r in by("subordinate")),
        frozenset(r["form"] for r in by("against")),
        frozenset(r["form"] for r in by("target")),
        frozenset(r["form"] for r in by("between")),
        frozenset(r["form"] for r in by("relative")),
        frozenset(r["form"] for r in by("between_pair")),
        frozenset(r["form"] for r in by("similar")),
        {r["form"]: r["value"] for r in by("receive")},
        frozenset(r["form"] for r in by("while")),
        frozenset(r["form"] for r in by("particle")),
        tuple(sorted((r["form"] for r in by("complement")), key=len, reverse=True)),
        frozenset(r["form"] for r in by("both")),
        frozenset(r["form"] for r in by("settle")),
        {r["form"]: r["value"] for r in by("by_agent")},
        frozenset(r["form"] for r in by("site")),
    )


@dataclass(frozen=True, slots=True)
class Arguments:
    source: ActorMention | None
    target: ActorMention | None
    partners: tuple[ActorMention, ...]  # actors coordinated with the source ("X و Y")
    rules: tuple[str, ...]
    co_targets: tuple[ActorMention, ...] = ()  # actors coordinated with the target


def marker(a: ActorMention, tokens: Sequence[Token], fw: FunctionWords) -> str | None:
    """The preposition governing an actor mention, if any (a word before it or a clitic)."""
    if a.clitic:
        clitic = tokens[a.first_token].norm[: a.clitic]
        if clitic in fw.clitic_preps:
            return fw.clitic_preps[clitic]
    i = a.first_token - 1
    while i >= 0 and not tokens[i].is_word and tokens[i].norm not in ".؟!":
        i -= 1
    if i >= 0 and tokens[i].norm in fw.preps and tokens[i].sentence == a.sentence:
        if i > 0 and tokens[i - 1].norm in fw.both:
            return None  # التقى كلا من X و Y: a list, not a preposition
        return tokens[i].norm
    if i >= 0 and fw.sites and tokens[i].sentence == a.sentence:
        return _site_marker(tokens, i, fw)
    return None


def _site_marker(tokens: Sequence[Token], i: int, fw: FunctionWords) -> str | None:
    """The preposition before a site noun right before an actor (غارات على مواقع حزب العمال،
    بمواقع الحوثيين): what marks the actor whose positions they are."""
    word = tokens[i].norm
    for k in range(min(len(word) - 2, 4), 0, -1):  # a clitic chain on the site noun: بمواقع
        if word[:k] in fw.clitic_preps and word[k:] in fw.sites:
            return fw.clitic_preps[word[:k]]
    if word not in fw.sites and not (word[:1] in fw.coords and word[1:] in fw.sites):
        return None
    if i > 0 and tokens[i - 1].norm in fw.preps and tokens[i - 1].sentence == tokens[i].sentence:
        return tokens[i - 1].norm
    return None


def _armed_doer(
    hit: TriggerHit, a: ActorMention, marks: dict[int, str | None], tokens: Sequence[Token]
) -> bool:
    """An act of war's noun with an armed actor after لـ (its own clitic, not a site's: قصف
    لمواقع الحوثيين names the target): whose act it is, unless the entry marks its target
    with لـ (ضربة عسكرية للنظام). Civilians after لـ stay targets (قصف للمدنيين). A phrase
    takes only an actor right after it (السيطرة على معقل لحركة الشباب: the stronghold's)."""
    return (
        hit.entry.pos != "verb"
        and hit.entry.cameo[:2] in WAR_ROOTS
        and (hit.entry.pos == "noun" or a.first_token == hit.end)  # سيطر على معقل لحركة
        and a.clitic > 0
        and marks[id(a)] == "ل"
        and "ل" not in hit.entry.targets
        and a.code[3:6] in ARMED_SECTORS
        and not _possessed(hit, tokens)
    )


def _possessed(hit: TriggerHit, tokens: Sequence[Token]) -> bool:
    """The trigger's last word carries a pronoun (استهدافها لعناصر التنظيم: its targeting of
    them): the pronoun is the doer, and لـ marks the object."""
    words = hit.entry.form.split()  # a split entry's hit spans only its first words
    core = words[min(hit.end - hit.start, len(words)) - 1].removeprefix("ال")
    return not tokens[hit.end - 1].norm.endswith((core, core + "ا"))


KANA_GAP = 2  # words (the subject's adjectives) between كان + subject and its verb


def _kana_subject(
    a: ActorMention, hit: TriggerHit, tokens: Sequence[Token], fw: FunctionWords
) -> bool:
    """After كان the subject stands before its verb, maybe with an adjective between (وكان حزب
    جبهة التحرير الوطني الحاكم ناشد الرئيس): the actor is the verb's subject, not the one after.
    Not across a conjunction, preposition or clause word (وكانت روسيا ودول غربية فرضت، كانت
    واشنطن حذرت من الهجوم، كانت روسيا التي تتهمها), nor for a verb with an object pronoun."""
    if a.first_token == 0 or _object_pronoun(hit, tokens):
        return False
    word = tokens[a.first_token - 1].norm
    if not (word in fw.background or (word[:1] in fw.coords and word[1:] in fw.background)):
        return False
    gap = tokens[a.last_token : hit.start]
    closed = fw.preps | fw.subordinators | fw.relatives
    return len(gap) <= KANA_GAP and all(
        t.is_word and t.norm not in closed and t.norm[:1] not in fw.coords for t in gap
    )


def _words_between(tokens: Sequence[Token], a: int, b: int) -> int:
    return sum(1 for t in tokens[a:b] if t.is_word)


def attach(
    hit: TriggerHit,
    actors: Sequence[ActorMention],
    tokens: Sequence[Token],
    topic: ActorMention | None,
    lang: str = "ar",
) -> Arguments:
    """Source, target and coordinated partners of one trigger among its sentence's actors."""
    fw = function_words(lang)
    marks = {id(a): marker(a, tokens, fw) for a in actors}
    after = [a for a in actors if a.first_token >= hit.end]
    before = [a for a in reversed(actors) if a.last_token <= hit.start]
    entry = hit.entry
    rules: list[str] = []
    source = target = None

    first_after = next(iter(after), None)
    places = {id(a) for a in actors if is_facility(a, lang)}  # never the doer
    close = first_after is not None and _words_between(
        tokens, hit.end, first_after.first_token
    ) <= (VSO_GAP if entry.pos == "verb" else 1)
    svo = fw.svo or (
        entry.pos in ("verb", "phrase")
        and before
        and marks[id(before[0])] is None
        and not hit.clitic
        and (
            all(t.norm in fw.particles for t in tokens[before[0].last_token : hit.start])
            or _kana_subject(before[0], hit, tokens, fw)
        )
    )
    antecedent = _antecedent(hit, before, tokens, fw) if entry.pos == "verb" else None
    if antecedent is not None and _object_pronoun(hit, tokens):
        # برونسون الذي تعتقله الحكومة التركية: the antecedent is the object (تعتقله = holds him)
        before = [a for a in before if a is not antecedent]
        target, antecedent = antecedent, None
    relative_object = target is not None
    if antecedent is not None:  # الرئيس الإيراني الذي زار السودان: the president visited
        source, rules = antecedent, ["source:relative"]
    elif fw.svo and entry.pos == "verb":
        pass  # the subject comes before the verb; what follows it is its object
    elif _agent_after_from(hit, first_after, marks, tokens):
        source, rules = first_after, ["source:from"]  # انتقادات من جمعيات حقوق الانسان
    elif (
        entry.pos != "verb"
        and first_after is not None
        and _is_adjective(first_after)
        and _words_between(tokens, hit.end, first_after.first_token) == 0
    ):
        source, rules = first_after, ["source:adjective"]  # الغارات الإسرائيلية، الدعم الإيراني
    elif close and _armed_doer(hit, first_after, marks, tokens):
        source, rules = first_after, ["source:of"]  # الهجوم المحتمل للنظام السوري
    elif (
        close
        and marks[id(first_after)] is None
        and not svo
        and (entry.pos != "verb" or id(first_after) not in places)
        and not (entry.pos == "verb" and _pronoun_subject(tokens[hit.start].norm, lang))
        and not _counted(first_after, tokens)
    ):
        agentive = entry.cameo[:2] in AGENT_GENITIVE or entry.cameo in AGENT_GENITIVE
        if entry.pos != "verb" and "obj" in entry.targets and not agentive:
            target, rules = first_after, ["target:genitive"]
        else:
            source, rules = (
                first_after,
                ["source:after" if entry.pos == "verb" else "source:genitive"],
            )
    if source is None:
        unmarked = [a for a in before if marks[id(a)] is None and id(a) not in places]
        # a verb's subject stands next to it; an event noun's agent heads the clause
        source = (unmarked[0] if entry.pos == "verb" else unmarked[-1]) if unmarked else None
        nearest = source
        if source is not None and entry.pos == "verb":
            source = _past_relative_clause(hit, source, before, tokens, fw)
        if source is not None:
            rules.append("source:before" if source is nearest else "source:antecedent")
        elif topic is not None:
            source = topic
            rules.append("source:carried")
    if relative_object:
        rules.append("target:relative")
    agent = _passive_agent(hit, after, tokens, fw)
    if agent is not None and agent is not source:  # اعتقال المتظاهرين من قبل قوات الأمن
        if target is None and source is not None and source.code != agent.code:
            target = source  # تعرض المتظاهرون لإطلاق نار من قبل: the subject suffered it
        source = agent
        rules = [r for r in rules if not r.startswith("source:")] + ["source:by"]
    between = _between(hit, after, marks, actors, tokens, fw)
    if between is not None:  # اشتباكات بين المتظاهرين وقوات الأمن
        source, target = between
        rules = ["source:between", "target:between"]
    partners = _partners(source, actors, tokens, fw)
    if target is None:
        target, rule = _find_target(
            hit, after, source, partners, marks, tokens, entry.targets, fw
        )
        if target is not None:
            rules.append(rule)
    if target is None and partners:
        target, partners = partners[0], partners[1:]
        rules.append("target:coordinated")
    elif target is not None:
        partners = tuple(p for p in partners if p is not target)
    co_targets = _partners(target, actors, tokens, fw) if target is not None else ()
    co_targets = tuple(a for a in co_targets if a is not source and a not in partners)
    return Arguments(source, target, partners, tuple(rules), co_targets)


def _pronoun_subject(word: str, lang: str) -> bool:
    """A verb whose ending carries a plural subject pronoun (اتهموا، يطالبون): what follows it
    is its object, not its subject."""
    endings = setting_words(lang, "pronoun_subject")
    return bool(endings) and word.endswith(endings)


def _antecedent(
    hit: TriggerHit, before: Sequence[ActorMention], tokens: Sequence[Token], fw: FunctionWords
) -> ActorMention | None:
    """The actor a relative pronoun right before a verb refers to (X [،] الذي زار)."""
    rel = hit.start - 1
    if hit.clitic or rel < 1 or tokens[rel].norm not in fw.relatives:
        return None
    return _before_relative(rel, before, tokens)


def _object_pronoun(hit: TriggerHit, tokens: Sequence[Token]) -> bool:
    """The verb carries an object pronoun: its word is longer than its entry (تعتقله)."""
    word = tokens[hit.start].norm[hit.clitic :]
    return hit.end - hit.start == 1 and len(word) > len(hit.entry.form)


def _counted(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """An actor after a number (اعتقلت 13 شخصا، يستقبل 3 طائرات) is what the act counts: its
    object, not its subject."""
    return a.first_token > 0 and tokens[a.first_token - 1].norm.isdigit()


def _before_relative(
    rel: int, before: Sequence[ActorMention], tokens: Sequence[Token]
) -> ActorMention | None:
    """The actor ending right before the relative pronoun at ``rel``, punctuation aside (a
    comma, a closing quote), or one word (an adjective such as السابق) before it."""
    end = rel
    while end > 0 and not tokens[end - 1].is_word:
        end -= 1
    return next((a for a in before if end - 1 <= a.last_token <= end), None)


def _past_relative_clause(
    hit: TriggerHit,
    nearest: ActorMention,
    before: Sequence[ActorMention],
    tokens: Sequence[Token],
    fw: FunctionWords,
) -> ActorMention:
    """The subject of a verb that follows a relative clause is the clause's antecedent, not an
    actor inside it (نجاد الذي زار السودان في 2012، وعد بقرض: Ahmadinejad promised)."""
    if hit.clitic or hit.start < 1 or tokens[hit.start - 1].norm not in {"،", ","}:
        return nearest  # the relative clause closes with a comma before the main verb
    first = max(nearest.first_token - RELATIVE_REACH, 0)
    inside = range(nearest.first_token - 1, first - 1, -1)
    rel = next((i for i in inside if tokens[i].norm in fw.relatives), None)
    if rel is None or tokens[rel].sentence != tokens[hit.start].sentence:
        return nearest
    if any(t.norm in fw.subordinators for t in tokens[rel + 1 : hit.start]):
        return nearest  # another clause (إن، بعدما) opens nearer the verb
    return _before_relative(rel, before, tokens) or nearest


def _agent_after_from(hit, first_after, marks, tokens) -> bool:
    """A noun followed by من + actor names its author (criticism from, attacks from), unless من
    marks the entry's target; after a deed only right after the noun (farther, من is partitive:
    اعتقال عدد من المتظاهرين)."""
    entry = hit.entry
    if (
        entry.pos == "verb"
        or first_after is None
        or marks[id(first_after)] != "من"
        or "من" in entry.targets
    ):
        return False
    gap = _words_between(tokens, hit.end, first_after.first_token)
    # after a deed only right after it (هجمات من الجانب الأوكراني); farther, من is partitive
    return gap <= 2 if entry.cameo[:2] in SPOKEN_ROOTS else gap <= 1


def _apposed(a: ActorMention, b: ActorMention | None, tokens: Sequence[Token]) -> bool:
    """``a`` names the same actor as ``b``: the same code, or right beside it (title, name)."""
    if b is None:
        return False
    if a.code == b.code:
        return True
    if a.code[:3] != b.code[:3] or "person" not in (a.kind, b.kind):
        return False  # a title beside a name: الرئيس الروسي، فلاديمير بوتين
    lo, hi = (b, a) if b.first_token <= a.first_token else (a, b)
    gap = tokens[lo.last_token : hi.first_token]
    return not gap or (len(gap) == 1 and gap[0].norm in {"،", ","})


def _is_adjective(a: ActorMention) -> bool:
    """A bare nisba adjective (المصريين، الروسية) rather than a name or an office."""
    return a.kind == "country" and ":adjective:" in a.entry


def _passive_agent(
    hit: TriggerHit, after: Sequence[ActorMention], tokens: Sequence[Token], fw: FunctionWords
) -> ActorMention | None:
    """The actor after "by" (من قبل) within reach of the trigger: who did a passive act."""
    for a in after:
        if _words_between(tokens, hit.end, a.first_token) > TARGET_REACH:
            return None
        i = a.first_token - 1
        if i > 0 and fw.by_agent.get(tokens[i].norm) == tokens[i - 1].norm:
            return a
    return None


def _own_country(a: ActorMention) -> bool:
    """"His country" (بلاده): the source's own side when it is the source's country."""
    return a.kind == "coreference" and ":own:" in a.entry


def same_country(a: ActorMention, b: ActorMention | None) -> bool:
    """Both mentions name the same country (their codes' first three letters)."""
    return b is not None and a.code[:3] == b.code[:3]


STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _same_side(a: ActorMention, source: ActorMention | None) -> bool:
    """``a`` is the source's own state (a rebel group of its country is another side)."""
    return same_country(a, source) and a.code[3:6] in STATE_SECTORS


def _find_target(hit, after, source, partners, marks, tokens, targets, fw):
    """The entry's marked target after the trigger, else any governed or bare actor after it
    (other sides first)."""
    protest = hit.entry.cameo[:2] == "14"  # its doers are the protesters, found later
    usable = [
        a
        for a in after
        if a is not source
        and a not in partners
        and not (_apposed(a, source, tokens) and not (protest and marks[id(a)] in targets))
        and not ((_is_adjective(a) or _own_country(a)) and same_country(a, source))
        and _words_between(tokens, hit.end, a.first_token) <= TARGET_REACH
    ]
    for a in usable:
        m = marks[id(a)]
        if m is not None and m in targets:
            return a, "target:" + m
    general = [a for a in usable if marks[id(a)] is None or marks[id(a)] in fw.target_preps]
    for a in sorted(general, key=lambda a: _same_side(a, source)):
        return a, "target:after-" + (marks[id(a)] or "obj")
    return None, ""  # none after it: the event stage looks in the rest of the sentence


BETWEEN_REACH = 3  # words from the trigger to بين, and from بين to the first side
SIDES_REACH = 8  # words from the first side to the second (an apposition may stand between)


def _between(hit, after, marks, actors, tokens, fw):
    """``بين X و Y`` right after the trigger: X and Y are its two sides (عدد من المحتجين،
    المطالبين بالتنمية، وقوات الأمن)."""
    words = [i for i in range(hit.end, min(hit.end + 8, len(tokens))) if tokens[i].is_word]
    at = next((i for i in words[: BETWEEN_REACH + 1] if tokens[i].norm in fw.between), None)
    if at is None:
        first = next(iter(after), None)  # بـ clitic reading: the actor itself is marked
        if first is None or marks[id(first)] not in fw.between:
            return None
        if _words_between(tokens, hit.end, first.first_token) > BETWEEN_REACH:
            return None
    else:
        first = next((a for a in after if a.first_token > at), None)
        if first is None or _words_between(tokens, at + 1, first.first_token) > BETWEEN_REACH:
            return None
    others = _partners(first, actors, tokens, fw)
    if others:
        return first, others[0]
    second = next((a for a in after if a.first_token >= first.last_token), None)
    if second is None or _words_between(tokens, first.last_token, second.first_token) > SIDES_REACH:
        return None
    joined = second.clitic and tokens[second.first_token].norm[: second.clitic] in fw.coords
    joined = joined or tokens[second.first_token - 1].norm in fw.coords
    return (first, second) if joined else None


def received_from(
    hit: TriggerHit, actors: Sequence[ActorMention], tokens: Sequence[Token], lang: str = "ar"
) -> Arguments | None:
    """``تلقى الوزير اتصالا من نظيره``: an act received by the subject of a verb of receiving
    comes from the actor its preposition marks (the source; its coordinated actors are
    partners); the subject is the target."""
    fw = function_words(lang)
    if not fw.receive:
        return None
    own = tokens[hit.start].norm[hit.clitic :]
    if own in fw.receive:  # the entry opens with the verb: تلقى (الرئيس) اتصالا
        at, prep = hit.start, fw.receive[own]
    else:  # the verb before the noun, past its subject: تلقى الوزير اتصالين
        window = tokens[max(hit.start - RECEIVE_REACH - 1, 0) : hit.start]
        if not any(_receive_word(t.norm, fw) for t in window):
            return None  # most triggers: no verb of receiving anywhere near
        inside = {i for a in actors for i in range(a.first_token, a.last_token)}
        at = hit.start - 1
        while at >= max(hit.start - RECEIVE_REACH, 0) and (at in inside or not tokens[at].is_word):
            at -= 1
        prep = _receive_word(tokens[at].norm, fw) if at >= 0 else None
    if prep is None:
        return None
    receiver = next(
        (a for a in actors if at < a.first_token and marker(a, tokens, fw) is None), None
    )
    if receiver is None or receiver.first_token - at > RECEIVE_REACH:
        receiver = next((a for a in reversed(actors) if a.last_token <= at), None)
    start = max(hit.end, receiver.last_token if receiver is not None else 0)
    sender = next(
        (
            a
            for a in actors
            if a.first_token >= start
            and marker(a, tokens, fw) == prep
            and _words_between(tokens, start, a.first_token) <= RECEIVE_REACH
        ),
        None,
    )
    if receiver is None or sender is None or receiver.sentence != sender.sentence:
        return None
    return Arguments(
        sender,
        receiver,
        _partners(sender, actors, tokens, fw),
        ("source:sender", "target:receiver"),
    )


def _receive_word(word: str, fw: FunctionWords) -> str | None:
    """The preposition a verb of receiving takes (تلقى، وتلقى -> من), else None."""
    if word[:1] in fw.coords and word[1:] in fw.receive:
        word = word[1:]  # وتلقى
    return fw.receive.get(word)


def pair_named_before(
    hit: TriggerHit, actors: Sequence[ActorMention], tokens: Sequence[Token], lang: str = "ar"
) -> tuple[ActorMention, ActorMention] | None:
    """``اتصال هاتفي بينهما``: the last pair ``X و Y`` named before the trigger (its sentence
    or the two before) when a between-pronoun follows the trigger."""
    fw = function_words(lang)
    nxt = next((t for t in tokens[hit.end : hit.end + 2] if t.is_word), None)
    if nxt is None or nxt.norm not in fw.between_pair:
        return None
    sent = tokens[hit.start].sentence
    window = [a for a in actors if sent - 2 <= a.sentence <= sent and a.last_token <= hit.start]
    for a in reversed(window):
        same = [b for b in window if b.sentence == a.sentence]
        partners = _partners(a, same, tokens, fw)
        if partners:
            return a, partners[0]
    return None


def _partners(
    source: ActorMention | None,
    actors: Sequence[ActorMention],
    tokens: Sequence[Token],
    fw: FunctionWords,
) -> tuple[ActorMention, ...]:
    """Actors joined to the source by a conjunction (``X و Y``، ``X و Y و Z``)."""
    if source is None or source not in actors:
        return ()
    out: list[ActorMention] = []
    last = source
    for a in actors:
        if a.first_token < last.last_token:
            continue
        gap = tokens[last.last_token : a.first_token]
        joined = (not gap and a.clitic and tokens[a.first_token].norm[: a.clitic] in fw.coords) or (
            len(gap) == 1 and gap[0].norm in fw.coords | {"،", ","}
        )
        if not joined:
            break
        out.append(a)
        last = a
    return tuple(out)


def is_facility(a: ActorMention, lang: str = "ar") -> bool:
    """A place standing for its owner (agents.tsv, place = yes): a target, never the
    doer of an act (هاجموا مركزا للشرطة: the station is what was attacked)."""
    return a.kind == "agent" and a.entry.split(" + ")[0].rsplit(":", 1)[-1] in _facilities(lang)


@cache
def _facilities(lang: str) -> frozenset[str]:
    rows = load_pack(lang).rows("agents.tsv")
    return frozenset(r["form"] for r in rows if r.get("place") == "yes")
