"""Place mentions: toponyms found in the tokens and resolved against the offline gazetteer.

A name is matched over the normalised words (proclitics allowed, pronoun suffixes not: a place
name takes none), then read as a place unless the language pack says otherwise:
``place_exclusions.tsv`` lists names that are mostly common words (``never``) or only places
after a locative cue such as في or مدينة (``cue``); ``place_cues.tsv`` lists those cues and the
words that make the next one part of a person's name (بن، عبد). Among a name's candidates the
countries the article is about win, then the countries named elsewhere in the text, then the
larger population.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import product

from hadath.gazetteer import Place, load_gazetteer
from hadath.lang import load_pack, setting_words
from hadath.matcher import Match, clitics
from hadath.normalise import norm_char
from hadath.records import PlaceMention
from hadath.segment import Text

# Towns smaller than this need a locative cue, a dateline or their country in context.
MIN_UNCUED_POPULATION = 20_000
DATELINE_TOKENS = 4
# A namesake smaller than this share of the largest candidate is never chosen by context.
CONTEXT_MIN_SHARE = 0.1
_DATELINE_AFTER = frozenset("-–—(:،,/")
_CLITICS = ("و", "ف")
_ARTICLE = ("ال", "لل")


@dataclass(frozen=True, slots=True)
class PlaceRules:
    """The language pack's place-reading rules."""

    never: frozenset[str]
    cue_only: frozenset[str]
    not_before: dict[str, frozenset[str]]  # name -> next words that make it no place
    cues: frozenset[str]
    name_markers: frozenset[str]
    areas: frozenset[str] = frozenset()  # nouns naming a country's land before its adjective
    home: frozenset[str] = frozenset()  # "the country": the one the article is about
    adjectives: dict[str, str] = field(default_factory=dict)  # country adjective -> ISO alpha-3


@cache
def place_rules(lang: str = "ar") -> PlaceRules:
    pack = load_pack(lang)
    rows = list(pack.rows("place_exclusions.tsv"))
    excl = {row["form"]: row["context"] for row in rows}
    kinds = {row["form"]: row["kind"] for row in pack.rows("place_cues.tsv")}
    return PlaceRules(
        never=frozenset(f for f, c in excl.items() if c == "never"),
        cue_only=frozenset(f for f, c in excl.items() if c == "cue"),
        not_before={r["form"]: frozenset(r["next"].split()) for r in rows if r.get("next")},
        cues=frozenset(f for f, k in kinds.items() if k in ("cue", "area")),
        name_markers=frozenset(f for f, k in kinds.items() if k == "name"),
        areas=frozenset(f for f, k in kinds.items() if k == "area"),
        home=frozenset(f for f, k in kinds.items() if k == "home"),
        adjectives={
            r["form"]: r["iso3"] for r in pack.rows("countries.tsv") if r["kind"] == "adjective"
        },
    )


@cache
def _countries(lang: str) -> dict[str, Place]:
    """Each country's own gazetteer entry, by ISO alpha-3 code."""
    out: dict[str, Place] = {}
    for places in load_gazetteer(lang).places.values():
        for p in places:
            if p.feature == "country":
                out.setdefault(p.country, p)
    return out


@dataclass(frozen=True, slots=True)
class _Candidate:
    match: Match[str]
    places: tuple[Place, ...]
    cued: bool


def find_places(
    text: Text, countries: Sequence[str] = (), lang: str = "ar"
) -> tuple[PlaceMention, ...]:
    """Toponyms of ``text`` resolved to gazetteer places.

    ``countries`` are ISO alpha-3 codes the article is about (e.g. its actors' countries, the
    most named first); they break ties between places that share a name, and the first is the
    country "the country" (البلاد) means.
    """
    gaz, rules = load_gazetteer(lang), place_rules(lang)
    words = list(text.words)
    found: list[_Candidate] = []
    verbal = setting_words(lang, "verbal_proclitics")  # ساخن is no س + آخن
    for m in gaz.matcher.find(words):
        if not _exact(words, m) or m.value in rules.never or words[m.start][: m.clitic] in verbal:
            continue
        before = _previous_word(words, m.start, m.clitic, rules)
        if before in rules.name_markers:
            continue
        cued = before in rules.cues or _in_dateline(text, m)
        if m.value in rules.cue_only and not cued:
            continue
        if m.end < len(words) and words[m.end] in rules.not_before.get(m.value, ()):
            continue
        found.append(_Candidate(m, gaz.lookup(m.value), cued))
    wanted = frozenset(countries)
    named = Counter(c.places[0].country for c in found if len({p.country for p in c.places}) == 1)
    out = []
    for cand in found:
        chosen = _resolve(cand, wanted, named)
        if chosen is not None:
            out.append(_mention(text, cand.match, *chosen))
    vocab = set(words)  # the area and home words, when the text has none, cost one set test
    if rules.areas and not vocab.isdisjoint(_with_clitics(rules.areas, lang)):
        out.extend(_areas(text, words, rules, lang))
    if rules.home and countries and not vocab.isdisjoint(_with_clitics(rules.home, lang)):
        out.extend(_home(text, words, rules.home, countries[0], lang))
    if rules.areas or rules.home:
        out.sort(key=lambda p: p.start)
    return tuple(out)


def _home(
    text: Text, words: Sequence[str], home: frozenset[str], country: str, lang: str
) -> list[PlaceMention]:
    """"The country" (شرق البلاد): ``country``, the one the article is about."""
    place = _countries(lang).get(country)
    if place is None:
        return []
    forms = _with_clitics(home, lang)
    return [
        _mention(text, Match(i, i + 1, w, forms[w]), place, f"home:{country}")
        for i, w in enumerate(words)
        if w in forms
    ]


def _areas(
    text: Text, words: Sequence[str], rules: PlaceRules, lang: str
) -> list[PlaceMention]:
    """An area noun and a country adjective (المناطق اللبنانية، الأراضي التركية): that country."""
    out = []
    areas = _with_clitics(rules.areas, lang)
    for i in [i for i, w in enumerate(words[:-1]) if w in areas]:
        nxt = words[i + 1]
        # the adjective with its article (اللبنانية): a proclitic reading of the pack
        stems = (stem for stem, n in clitics(lang).prefix_variants(nxt) if n)
        iso = next((rules.adjectives[stem] for stem in stems if stem in rules.adjectives), None)
        place = _countries(lang).get(iso or "")
        if place is None:
            continue
        m = Match(i, i + 2, nxt, areas[words[i]])
        out.append(_mention(text, m, place, f"area:{words[i]} + adjective:{iso}"))
    return out


@cache
def _with_clitics(forms: frozenset[str], lang: str = "ar") -> dict[str, int]:
    """Each form, bare and after every proclitic chain of the pack (وال، بال، لل...), with the
    chain's length."""
    out = {f: 0 for f in forms}
    for chain, restores in sorted(clitics(lang).prefix_forms.items(), key=lambda c: len(c[0])):
        for restore, f in product(restores, forms):
            if f.startswith(restore):  # the shortest chain reading wins: بالأراضي is ب + الأراضي
                out.setdefault(chain + f[len(restore) :], len(chain))
    return out


def _exact(words: Sequence[str], m: Match[str]) -> bool:
    """True when the words spell the name exactly, apart from proclitics on the first word;
    an article is only allowed on names that have one (المشهد is no Mashhad)."""
    phrase = m.value.split()
    first, clitic = words[m.start][m.clitic :], words[m.start][: m.clitic]
    if clitic.endswith(_ARTICLE) and not phrase[0].startswith("ال"):
        return False
    if first != phrase[0] and "ال" + first != phrase[0]:
        return False
    return all(words[m.start + j] == phrase[j] for j in range(1, len(phrase)))


def _previous_word(words: Sequence[str], i: int, clitic: int, rules: PlaceRules) -> str:
    """The word before token ``i``, without a و/ف proclitic (وفي -> في); ``""`` at the start or
    when the name itself carries a proclitic (بحلب: the clitic is the only cue there is)."""
    if clitic or i == 0:
        return ""
    word = words[i - 1]
    known = rules.cues | rules.name_markers
    if word not in known and len(word) > 2 and word[0] in _CLITICS:
        return word[1:]
    return word


def _in_dateline(text: Text, m: Match[str]) -> bool:
    """A name at the very start of the text followed by a dash, bracket or colon."""
    if m.start >= DATELINE_TOKENS or text.tokens[m.start].sentence != 0:
        return False
    if m.end >= len(text.tokens):
        return False
    nxt = text.tokens[m.end].norm
    return nxt in _DATELINE_AFTER or nxt.isdigit()


def _resolve(
    cand: _Candidate, wanted: frozenset[str], named: Counter[str]
) -> tuple[Place, str] | None:
    """The candidate place chosen for a name and the reason, or ``None`` when none fits."""
    usable = [
        p for p in cand.places
        if p.feature != "city" or p.population >= MIN_UNCUED_POPULATION or cand.cued
        or p.country in wanted
    ]
    if not usable:
        return None
    by_population = max(usable, key=lambda p: p.population)
    floor = by_population.population * CONTEXT_MIN_SHARE
    # context only chooses among comparable places: Moscow is never Mesquite, Texas
    rivals = [p for p in usable if p.population >= floor or not p.population]
    best = max(rivals, key=lambda p: (p.country in wanted, named[p.country], p.population))
    if len({p.country for p in usable}) > 1 and best.country != by_population.country:
        return best, f"context:country {best.country}"
    rule = f"gazetteer:{best.feature} pop={best.population}"
    rivals = {(p.name, p.country) for p in usable}
    if len(rivals) > 1:
        rule += f" of {len(rivals)}"
    return best, rule + (" cue" if cand.cued else "")


def _mention(text: Text, m: Match[str], place: Place, rule: str) -> PlaceMention:
    first, last = text.tokens[m.start], text.tokens[m.end - 1]
    start = _skip_clitic(text.original, first.start, m.clitic)
    return PlaceMention(
        text=text.span_text(start, last.end),
        start=start,
        end=last.end,
        name=place.name,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        feature=place.feature,
        rule=rule,
        sentence=first.sentence,
    )


def _skip_clitic(original: str, start: int, clitic: int) -> int:
    """Original offset after ``clitic`` letters of proclitic (and their diacritics)."""
    pos, seen = start, 0
    while pos < len(original) and (seen < clitic or not norm_char(original[pos])):
        if norm_char(original[pos]):
            seen += 1
        pos += 1
    return pos
