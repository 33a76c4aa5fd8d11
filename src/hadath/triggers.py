"""Event triggers, reporting verbs and status cues: the event lexicon and its lookups."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from hadath.lang import load_pack, setting_words
from hadath.matcher import Match, PhraseMatcher
from hadath.segment import Text

STATUSES = ("occurred", "announced_future", "negated", "hypothetical", "claimed")


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One row of ``triggers.tsv``."""

    form: str
    cameo: str
    pos: str  # verb, noun, phrase
    targets: tuple[str, ...]  # prepositions marking the target, "obj", or empty for none

    @property
    def words(self) -> int:
        return len(self.form.split())


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A trigger found in a text: token range ``[start, end)`` and its lexicon entry."""

    start: int
    end: int
    entry: TriggerEntry
    clitic: int


@dataclass(frozen=True, slots=True)
class StatusCue:
    form: str
    status: str
    scope: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: PhraseMatcher[TriggerEntry]
    speech: PhraseMatcher[str]
    cues: PhraseMatcher[StatusCue]
    exclusions: PhraseMatcher[str]
    domains: PhraseMatcher[str]


@cache
def lexicon(lang: str = "ar") -> Lexicon:
    """The language's event lexicon, loaded once per process."""
    pack = load_pack(lang)
    entries = []
    listed = {row["form"] for row in pack.rows("triggers.tsv")}
    for row in pack.rows("triggers.tsv"):
        targets = tuple(t for t in row["target"].split("|") if t and t != "-")
        entry = TriggerEntry(row["form"], row["cameo"], row["pos"], targets)
        entries.append((row["form"], entry))
        entries += [(v, entry) for v in _indefinite(row["form"], lang) if v not in listed]
    speech = [(row["form"], row["form"]) for row in pack.rows("speech.tsv")]
    cues = [
        (row["form"], StatusCue(row["form"], row["status"], int(row["scope"] or 3)))
        for row in pack.rows("status_cues.tsv")
    ]
    exclusions = [(row["form"], row["form"]) for row in pack.rows("trigger_exclusions.tsv")]
    domains = [(row["form"], row["domain"]) for row in pack.rows("domain_cues.tsv")]
    return Lexicon(
        PhraseMatcher(entries, lang),
        PhraseMatcher(speech, lang),
        PhraseMatcher(cues, lang),
        PhraseMatcher(exclusions, lang),
        PhraseMatcher(domains, lang),
    )


def _indefinite(form: str, lang: str) -> list[str]:
    """The phrase with its later words read without the article (طرد الدبلوماسيين -> طرد
    دبلوماسيين), as news writes counted or indefinite objects (طرد 23 دبلوماسيا)."""
    words = form.split()
    article = _article(lang)
    if len(words) < 2 or not article:
        return []
    bare = [
        w[len(article) :] if w.startswith(article) and len(w) > len(article) + 2 else w
        for w in words[1:]
    ]
    return [" ".join([words[0], *bare])] if bare != words[1:] else []


@cache
def _article(lang: str) -> str:
    """The definite article, as the pack's clitics restore it (لل -> ال), or none."""
    rows = load_pack(lang).rows("clitics.tsv")
    return next((r["restore"] for r in rows if r["kind"] == "prefix" and r["restore"]), "")


def find_triggers(text: Text, lang: str = "ar") -> list[TriggerHit]:
    """Trigger matches that stay inside one sentence, one code per span."""
    tokens = text.tokens
    words = text.words
    lex = lexicon(lang)
    blocked = _excluded(words, lang)
    hits: list[TriggerHit] = []
    for m in lex.triggers.find(words):
        if tokens[m.start].sentence != tokens[m.end - 1].sentence:
            continue
        if blocked and all(i in blocked for i in range(m.start, m.end)):
            continue  # حفظ السلام inside قوات حفظ السلام names peacekeepers, it is no event
        if hits and (hits[-1].start, hits[-1].end) == (m.start, m.end):
            continue  # one event per span: the phrase's first listed code
        clitic = words[m.start][: m.clitic]
        if m.value.pos == "verb" and m.clitic and _nominal(clitic, m.value, lang):
            continue  # القضيه is no ال + قضي, بيتهما no ب + يتهم: a verb takes no article nor بـ
        hits.append(TriggerHit(m.start, m.end, m.value, m.clitic))
    return hits


_last_excluded: list = [None, "", frozenset()]  # words, language, their excluded tokens


def _excluded(words: Sequence[str], lang: str) -> frozenset[int]:
    """Tokens inside an excluded phrase (trigger_exclusions.tsv), for the last document read
    (the trigger passes of one document ask for it several times)."""
    if _last_excluded[0] is words and _last_excluded[1] == lang:
        return _last_excluded[2]
    lex = lexicon(lang)
    found = frozenset(i for m in lex.exclusions.find(words) for i in range(m.start, m.end))
    _last_excluded[:] = [words, lang, found]
    return found


def _nominal(clitic: str, entry: TriggerEntry, lang: str) -> bool:
    """A proclitic chain a verb entry cannot carry: the article; or one only a noun takes
    before a form that can only be a verb (بيتهما is no ب + يتهم; بقصف is the noun قصف)."""
    if _has_article(clitic, lang):
        return True
    return clitic in setting_words(lang, "nominal_proclitics") and entry.form.startswith(
        setting_words(lang, "imperfect_initials")
    )


GAP_MAX = 5  # words a subject or a count may put between a verb and the rest of its phrase


def find_split_triggers(
    text: Text,
    gaps: Iterable[int],
    lang: str = "ar",
    subject: bool = True,
    around: Iterable[int] | None = None,
) -> list[TriggerHit]:
    """Multiword entries split by words that are not part of them: the subject between a verb
    and its object (أرسلت الحكومة تعزيزات) or a count (طرد 23 دبلوماسيا). ``gaps`` are the
    token indices that may be skipped (``subject``: they include actors, so a one-word head is
    a verb before its subject); a hit spans the entry's words before the first gap. Only the
    words near ``around`` (default: the gaps) are read: a hit spans one of them."""
    skipped = set(gaps)
    if not skipped:
        return []
    tokens, words = text.tokens, text.words
    keep = _near(sorted(skipped if around is None else set(around)), len(words), skipped)
    hits: list[TriggerHit] = []
    lex = lexicon(lang)
    blocked: set[int] | None = None
    for m in lex.triggers.find_gapped(words, keep):
        span = keep[m.start : m.end]
        if len(span) < 2 or span[-1] - span[0] == len(span) - 1 or -1 in span:
            continue  # one word, found as written already, or across two windows
        if blocked is None:  # excluded phrases, as written or across the same gaps
            blocked = set(_excluded(words, lang))
            excluded = lex.exclusions.find_gapped(words, keep)
            blocked |= {keep[i] for e in excluded for i in range(e.start, e.end)}
            blocked.discard(-1)
        if any(i in blocked for i in span):
            continue  # a word of it belongs to an excluded phrase (أدرجت ... على قائمة التراث)
        if tokens[span[0]].sentence != tokens[span[-1]].sentence:
            continue
        if any(b - a - 1 > GAP_MAX for a, b in zip(span, span[1:], strict=False)):
            continue
        end = span[0] + 1
        while end - span[0] < len(span) and span[end - span[0]] == end:
            end += 1
        verb = subject and end == span[0] + 1  # V S O: the subject stands in the gap
        entry = replace(m.value, pos="verb") if verb else m.value
        hits.append(TriggerHit(span[0], end, entry, m.clitic))
    return hits


SPLIT_WINDOW = 12  # tokens on each side of a gap within which a split entry can lie


def _near(points: list[int], n: int, skipped: set[int]) -> list[int]:
    """Token indices within ``SPLIT_WINDOW`` of a point, less the skipped ones; -1 between
    windows that do not touch."""
    spans: list[list[int]] = []
    for p in points:
        lo, hi = max(p - SPLIT_WINDOW, 0), min(p + SPLIT_WINDOW + 1, n)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        elif lo < hi:
            spans.append([lo, hi])
    out: list[int] = []
    for lo, hi in spans:
        if out:
            out.append(-1)
        out += [i for i in range(lo, hi) if i not in skipped]
    return out


@cache
def _articles(lang: str) -> frozenset[str]:
    """Proclitic chains that carry the definite article (restore ال, or end in it)."""
    prefixes = [r for r in load_pack(lang).rows("clitics.tsv") if r["kind"] == "prefix"]
    return frozenset(r["form"] for r in prefixes if r["restore"] or r["form"].endswith("ال"))


def _has_article(prefix: str, lang: str) -> bool:
    return prefix in _articles(lang)


def is_definite(hit: TriggerHit, word: str, lang: str = "ar") -> bool:
    """True when the trigger's first word (``word``, normalised) carries the definite article:
    in its proclitic (بالهجوم، للقصف) or in the entry itself (القصف)."""
    article = _article(lang)
    return _has_article(word[: hit.clitic], lang) or bool(
        article and hit.entry.form.startswith(article)
    )


@cache
def _roots_by_form(lang: str) -> dict[str, frozenset[str]]:
    roots: dict[str, set[str]] = {}
    for row in load_pack(lang).rows("triggers.tsv"):
        roots.setdefault(row["form"], set()).add(row["cameo"][:2])
    return {form: frozenset(r) for form, r in roots.items()}


def listed_clitic(entry: TriggerEntry, preps: Iterable[str], lang: str = "ar") -> str:
    """The preposition an entry is listed with (بقصف, بطرد السفير: the entry without it is
    listed too, with the same root), else ``""``."""
    roots = _roots_by_form(lang)
    for p in preps:
        rest = entry.form[len(p) :]
        if entry.form.startswith(p) and entry.cameo[:2] in roots.get(rest, ()):
            return p
    return ""


def find_speech(text: Text, lang: str = "ar") -> list[Match[str]]:
    return lexicon(lang).speech.find(text.words)


def find_cues(text: Text, lang: str = "ar") -> list[Match[StatusCue]]:
    return lexicon(lang).cues.find(text.words)


OFF_TOPIC_MIN = 4  # domain words an article needs before it can be judged off topic


def off_topic(text: Text, triggers: int, lang: str = "ar") -> str | None:
    """The domain (sport, markets, culture, tech) of an article whose domain words outnumber its
    event triggers: its "meetings", "attacks" and "sanctions" are matches, strikers and fines."""
    hits = lexicon(lang).domains.find(text.words)
    if len(hits) < OFF_TOPIC_MIN or len(hits) <= triggers:
        return None
    return max(set(m.value for m in hits), key=[m.value for m in hits].count)
