"""What the words around a trigger say about the act and its code: a preposition noun that
completes a verb (اتهمه بالتدخل), the act a threat names (توعد بفرض عقوبات: 1312), the purpose
of talks (لحل النزاع: 046), the place that makes a meeting a visit or a hosting (see
docs/coder.md)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from hadath.arguments import function_words
from hadath.codes import CameoCode, lookup
from hadath.lang import load_pack
from hadath.records import ActorMention, PlaceMention, Token
from hadath.triggers import TriggerHit, listed_clitic

COMPLEMENT_REACH = 10  # tokens after a verb where a بـ/لـ event noun is its complement
NEGOTIATION = "046"  # talks aimed at settling a dispute (GUIDELINES §5)
SETTLE_REACH = 12  # words after the head of talks where a purpose word says they seek a settlement
# what a threat (13) threatens, by the root of the act it names: force (138), sanctions (1312),
# cutting ties (1313), repression (137) — CAMEO 13x
# what an appeal (02) or a demand (10) asks for, by the act it names (CAMEO 02x, 10x)
APPEALS = {"0871": "0256", "057": "0256", "04": "026", "046": "026", "07": "023", "0841": "0253"}
DEMANDS = {"0871": "1056", "057": "1056", "04": "108", "046": "108", "07": "103", "0841": "1053"}
THREATS = {
    "15": "138",
    "18": "138",
    "19": "138",
    "20": "138",
    "163": "1312",
    "16": "1313",
    "17": "137",
}

BY_COMPLEMENT = {"130": THREATS, "020": APPEALS, "100": DEMANDS}
JUDGE_REACH = 14  # tokens after a judged trigger where its first good or bad word is looked for


@dataclass(frozen=True, slots=True)
class Evaluations:
    judged: frozenset[str]  # trigger forms coded only when the words after them judge as the code
    good: frozenset[str]
    bad: frozenset[str]
    negators: frozenset[str] = frozenset()  # غير: the next judging word is turned round


@cache
def evaluations(lang: str) -> Evaluations:
    """The pack's ``evaluations.tsv`` (none: every entry stands as it is)."""
    pack = load_pack(lang)
    if not pack.path("evaluations.tsv").exists():
        return Evaluations(frozenset(), frozenset(), frozenset())
    rows = list(pack.rows("evaluations.tsv"))
    by = lambda kind: frozenset(r["form"] for r in rows if r["kind"] == kind)  # noqa: E731
    return Evaluations(by("judged"), by("good"), by("bad"), by("negator"))


PRAISE_ROOT, CRITICISM_ROOT = "05", "11"
_PREFIXES = ("ال", "وال", "بال", "لل", "و", "ب", "ل")


def complement(
    hit: TriggerHit,
    tokens: Sequence[Token],
    preps: dict[str, str],
    last_verb: tuple[int, int],
    listed: tuple[str, ...] = (),
) -> bool:
    """An event noun with a preposition clitic (بالتدخل، للتشاور) shortly after a verb trigger
    of its sentence completes that verb."""
    sent, end = last_verb
    word = tokens[hit.start].norm
    clitic = hit.clitic or len(listed_clitic(hit.entry, listed))  # بقصف listed as it is
    if not clitic:
        return False
    if hit.entry.pos == "verb" and word[:clitic] not in preps:
        return False  # a verb entry read with بـ is its verbal noun (اتهموا القوات بقصف)
    return (
        sent == tokens[hit.start].sentence
        and 0 <= hit.start - end <= COMPLEMENT_REACH
        and (word[:clitic] in preps or (word[0] == "و" and hit.start - end <= 2))
    )


def judged_as_coded(hit: TriggerHit, tokens: Sequence[Token], lang: str) -> bool:
    """A judged entry is coded only when the first word within reach after it that judges what
    it names does so as its code says: well for praise (أشار إلى دور X في تحقيق الاستقرار), ill
    for criticism (وصف العقوبات بأنها غير شرعية); with none, or the other way, it is no event.
    Any other entry stands."""
    ev = evaluations(lang)
    if hit.entry.form not in ev.judged:
        return True
    verdict = _verdict(tokens, hit, ev)
    root = hit.entry.cameo[:2]
    return (root == PRAISE_ROOT and verdict == "good") or (
        root == CRITICISM_ROOT and verdict == "bad"
    )


def _verdict(tokens: Sequence[Token], hit: TriggerHit, ev: Evaluations) -> str | None:
    sent = tokens[hit.start].sentence
    turned = False
    for tok in tokens[hit.end : hit.end + JUDGE_REACH]:
        if tok.sentence != sent:
            break
        word = tok.norm
        forms = [word] + [word[len(p) :] for p in _PREFIXES if word.startswith(p)]
        if any(f in ev.negators for f in forms):
            turned = True
            continue
        if any(f in ev.bad for f in forms):
            return "good" if turned else "bad"
        if any(f in ev.good for f in forms):
            return "bad" if turned else "good"
        if tok.is_word:
            turned = False  # غير ... : only the very next word is turned round
    return None


def threat_kind(
    hit: TriggerHit,
    following: Sequence[TriggerHit],
    tokens: Sequence[Token],
    preps: dict[str, str],
    listed: tuple[str, ...],
) -> TriggerHit:
    """A generic threat (130), appeal (020) or demand (100) whose complement names the act
    (توعد بفرض عقوبات، دعا إلى وقف إطلاق النار، طالب بالإفراج) takes that kind's code."""
    kinds = BY_COMPLEMENT.get(hit.entry.cameo)
    if kinds is None or not following:
        return hit
    nxt = following[0]
    if not complement(nxt, tokens, preps, (tokens[hit.start].sentence, hit.end), listed):
        return hit
    act = nxt.entry.cameo
    code = kinds.get(act) or kinds.get(act[:3]) or kinds.get(act[:2])
    return replace(hit, entry=replace(hit.entry, cameo=code)) if code else hit


def seeks_settlement(hit: TriggerHit, tokens: Sequence[Token], lang: str) -> bool:
    """Talks followed by a purpose word (محادثات مطولة ... لحل النزاع) are a negotiation."""
    settle = function_words(lang).settle
    sent = tokens[hit.start].sentence
    # counted from the head: a verb + noun entry may lie across its subject (أجرت الوزيرة محادثات)
    words = [t for t in tokens[hit.start + 1 : hit.start + 2 * SETTLE_REACH] if t.is_word]
    return any(t.norm in settle and t.sentence == sent for t in words[:SETTLE_REACH])


def meeting_kind(
    code: CameoCode,
    cameo: str,
    place: PlaceMention | None,
    source: ActorMention | None,
    target: ActorMention | None,
    sent: int,
) -> tuple[CameoCode, str]:
    """A meeting (040) placed, in its own sentence, in the source's country is hosting (043), in
    the target's a visit (042), elsewhere a meeting at a third place (044) — the house conventions
    of CAMEO 04."""
    if cameo != "040" or place is None or source is None or target is None:
        return code, cameo
    if place.sentence != sent:
        return code, cameo  # a place carried from another sentence tells nothing of this meeting
    where = place.country
    kind = "043" if where == source.code[:3] else "042" if where == target.code[:3] else "044"
    return lookup(kind), kind
