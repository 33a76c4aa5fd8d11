"""Actor mentions and their CAMEO actor codes (see docs/actors.md).

Lexicon matches (``actor_lexicon``) are combined in passes over one document: a sector noun with
the country adjective or name after it (وزاره الدفاع الروسيه -> RUSMIL), a title with the person
after it, date-dependent codes for people and groups, coreference (نظيره الاوزبكي، الجانب
الكازاخستاني، a surname alone after the full name, الرئيسان) and the document's country for
sector nouns that stand alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

from hadath.actor_lexicon import Entry, Lexicon, Role, load_lexicon
from hadath.codes import country_of
from hadath.lang import load_pack, setting_words
from hadath.matcher import clitics
from hadath.places import place_rules
from hadath.records import ActorMention, Token
from hadath.segment import Text

_JOINERS = frozenset({",", "،"})
_LINKS = frozenset(  # قوات ... التابعة لـ منظمة، نقطة امنية تابعة للحوثيين
    {"التابعه", "التابعين", "التابعون", "التابع", "تابعه", "تابعين", "تابعون", "تابع"}
)


@dataclass(slots=True)  # not frozen: built a dozen times per document, never changed in place
class _Hit:
    first: int  # token indices, end exclusive
    last: int
    entry: Entry
    code: str
    kind: str
    rule: str
    name: str | None = None
    clitic: int = 0  # proclitic characters on the first word (بـ، لـ، و...)


def find_actors(
    text: Text,
    on: date | None = None,
    extra: Sequence[Path] = (),
    country: str | None = None,
    lang: str = "ar",
) -> tuple[ActorMention, ...]:
    """Actor mentions of ``text`` coded as on ``on`` (people's and groups' roles change).

    ``country`` (ISO3, e.g. from the places stage) is the document's country when the text
    itself names none; sector nouns standing alone take it.
    """
    lex = load_lexicon(tuple(Path(p) for p in extra), lang)
    hits = _match(lex, text.words, on, lang)
    settings = load_pack(lang).settings
    patronymic = setting_words(lang, "patronymic")
    if patronymic:  # راكان بن سلمان بن عبدالعزيز: the father's name is nobody's mention
        words = text.words
        hits = [
            h
            for h in hits
            if h.kind != "person" or h.first == 0 or words[h.first - 1] not in patronymic
        ]
    possessive = tuple(settings.get("possessive", "").split())
    hits = _combine(hits, text, settings.get("adjectives") == "before", possessive)
    hits = _former(hits, text, frozenset(settings.get("former", "").split()))
    hits = _coreference(hits, text, lex.polities)
    hits = _names(hits, text, lex, lang, frozenset(settings.get("family_name_first", "").split()))
    hits = _context(hits, country, text, _located(hits, text, lang))
    return tuple(_mention(text, h) for h in sorted(hits, key=lambda h: h.first))


def _match(lex: Lexicon, words: list[str], on: date | None, lang: str = "ar") -> list[_Hit]:
    """Best entry per matched span; article-less readings only for adjectives and agents."""
    spans: dict[tuple[int, int], list[Entry]] = {}
    clitic_at: dict[tuple[int, int], int] = {}
    verbal = setting_words(lang, "verbal_proclitics")  # سقطري is no س + قطري
    for m in lex.matcher.find(words):
        e = m.value
        stripped = words[m.start][: m.clitic]
        if stripped in lex.article_prefixes and not _may_lose_article(e) or stripped in verbal:
            continue
        if e.kind not in ("agent", "coreference") and not _as_written(e, words, m.start, m.clitic):
            continue  # a name read with a pronoun suffix: الرياضه is not الرياض + ه
        spans.setdefault((m.start, m.end), []).append(e)
        clitic_at[(m.start, m.end)] = m.clitic
    hits = []
    for (first, last), entries in spans.items():
        best = entries[0] if len(entries) == 1 else min(entries, key=lambda e: e.rank)
        if best.kind == "exclusion":
            continue
        if best.kind == "group":
            best = _dated([e for e in entries if e.kind == "group" and e.form == best.form], on)
        hits.append(_hit(first, last, best, lex, on, clitic_at[(first, last)]))
    return sorted(hits, key=lambda h: h.first)


def _as_written(e: Entry, words: list[str], i: int, clitic: int) -> bool:
    """Every word of the entry as in the text, bar the proclitics of the first."""
    forms = e.form.split()
    restore = _restores().get(words[i][:clitic], "")
    if forms[0] != restore + words[i][clitic:]:
        return e.sub == "adjective" and _suffix_ok(forms[0], words[i][clitic:])
    return all(
        f == w or _suffix_ok(f, w) and e.sub == "adjective"
        for f, w in zip(forms[1:], words[i + 1 :], strict=False)
    )


@cache
def _restores() -> dict[str, str]:
    """Each proclitic and the letters it stands for (لل: ال)."""
    return dict(clitics().prefixes)


def _suffix_ok(form: str, word: str) -> bool:
    """Adjectives may carry the accusative alef (روسيا as روسي + ا is a name, matched first)."""
    return word in (form, form + "ا")


def _may_lose_article(e: Entry) -> bool:
    return e.kind == "agent" or (e.kind == "country" and e.sub == "adjective")


def _dated(entries: list[Entry], on: date | None) -> Entry:
    """The group row valid on ``on``; the latest row without a date; else the nearest row."""
    if on is None:
        return max(entries, key=lambda e: (e.end is None, e.start or date.min))
    valid = [e for e in entries if _valid(e.start, e.end, on)]
    return valid[0] if valid else min(entries, key=lambda e: _distance(e.start, e.end, on))


def _valid(start: date | None, end: date | None, on: date) -> bool:
    return (start is None or start <= on) and (end is None or on <= end)


def _distance(start: date | None, end: date | None, on: date) -> int:
    if start and on < start:
        return (start - on).days
    return (on - end).days if end else 0


def _rank(r: Role) -> int:
    """Of two offices held at once, the state office first (a president who leads a party)."""
    return {"GOV": 0, "MIL": 1}.get(r.code[3:6], 2)


def person_code(roles: Sequence[Role], on: date | None) -> tuple[str, str]:
    """(code, role) of a person on ``on``: the valid role; else nearest role's country + ELI."""
    if not roles:
        return "", ""
    if on is None:
        r = max(roles, key=lambda r: (r.end is None, -_rank(r), r.start or date.min))
        return r.code, r.role
    valid = [r for r in roles if _valid(r.start, r.end, on)]
    if valid:
        r = min(valid, key=_rank)
        return r.code, r.role
    r = min(roles, key=lambda r: _distance(r.start, r.end, on))
    return r.code[:3] + "ELI", "former " + r.role


def _hit(first: int, last: int, e: Entry, lex: Lexicon, on: date | None, clitic: int = 0) -> _Hit:
    rule = f"{e.source}:{e.sub or e.kind}:{e.form}"
    if e.kind == "person":
        code, role = person_code(lex.roles.get(e.name or "", ()), on)
        return _Hit(first, last, e, code, "person", f"{rule} ({role or 'no role'})", e.name, clitic)
    if e.kind == "country" and e.sub == "seat":
        return _Hit(first, last, e, e.code + "GOV", "country", rule, clitic=clitic)
    return _Hit(first, last, e, e.code, e.kind, rule, e.name, clitic)


def _combine(
    hits: list[_Hit], text: Text, adjective_first: bool = False, possessive: tuple[str, ...] = ()
) -> list[_Hit]:
    """Sector noun + country word (or country adjective + sector noun where adjectives come
    first, and a country's possessive + sector noun: Iran's foreign minister), sector noun +
    group, title (+ comma) + person."""
    out: list[_Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev and _same_sentence(text, prev.first, h.first):
            if possessive and _possessed(prev, h, text, possessive):
                prev = replace(prev, last=h.first, entry=replace(prev.entry, sub="adjective"))
            merged = _merge(prev, h, text, adjective_first)
            if merged:
                out[-1] = merged
                continue
        out.append(h)
    return out


def _former(hits: list[_Hit], text: Text, former: frozenset[str]) -> list[_Hit]:
    """An office of a country followed by "former" (الرئيس الإيراني السابق) is an elite (ELI),
    no longer its government."""
    if not former:
        return hits
    out = []
    for h in hits:
        nxt = text.tokens[h.last] if h.last < len(text.tokens) else None
        if (
            nxt is not None
            and nxt.norm in former
            and h.kind in ("agent", "person")
            and len(h.code) >= 3
            and h.code[:3].isalpha()
            and nxt.sentence == text.tokens[h.first].sentence
        ):
            alone = h.kind == "agent" and len(h.code) == 3  # رئيس الحكومة السابق: no country yet
            code = "ELI" if alone else h.code[:3] + "ELI"
            h = replace(h, last=h.last + 1, code=code, rule=h.rule + " + former")
        out.append(h)
    return out


def _possessed(a: _Hit, b: _Hit, text: Text, possessive: tuple[str, ...]) -> bool:
    """A country name, the pack's possessive marker, then a sector noun or counterpart."""
    marker = tuple(t.norm for t in text.tokens[a.last : b.first])
    return a.kind == "country" and a.entry.sub == "name" and marker == possessive


def _merge(a: _Hit, b: _Hit, text: Text, adjective_first: bool = False) -> _Hit | None:
    adjacent = b.first == a.last
    side = a.kind == "coreference" and a.entry.sub in ("side", "counterpart")
    bare = len(a.code) <= 3  # an agent that has no country yet (سفراء إسبانيا وسلوفينيا)
    if adjective_first and adjacent and a.kind == "country" and a.entry.sub == "adjective":
        if b.kind == "agent" and len(b.code) <= 3:  # the Russian Defence Ministry
            code = a.code[:3] + b.code
            return replace(
                b, first=a.first, clitic=a.clitic, code=code, rule=f"{a.rule} + {b.rule}"
            )
        if b.kind == "coreference" and b.entry.sub in ("side", "counterpart"):  # Uzbek counterpart
            code = a.code[:3] + "GOV"
            return replace(
                b, first=a.first, clitic=a.clitic, code=code, rule=f"{a.rule} + {b.rule}"
            )
    if adjacent and ((a.kind == "agent" and bare) or side) and b.kind == "country":
        if b.entry.sub == "adjective" or (a.kind == "agent" and b.entry.sub == "name"):
            sector = a.code if a.kind == "agent" else "GOV"
            return replace(a, last=b.last, code=b.code[:3] + sector, rule=f"{a.rule} + {b.rule}")
    linked = adjacent or (b.first == a.last + 1 and text.tokens[a.last].norm in _LINKS)
    joined = b.clitic and text.tokens[b.first].norm.startswith("و")  # X وY: two actors
    if linked and a.kind == "agent" and b.kind in ("group", "organisation") and not joined:
        return replace(b, first=a.first, clitic=a.clitic, rule=f"{a.rule} + {b.rule}")
    comma = b.first == a.last + 1 and text.tokens[a.last].norm in _JOINERS
    titled = a.kind == "agent" and (len(a.code) > 3 or bool(b.code))  # الرئيس [الروسي] بوتين
    if (adjacent or comma) and titled and b.kind == "person":
        code = b.code or a.code
        return replace(b, first=a.first, clitic=a.clitic, code=code, rule=f"{a.rule} + {b.rule}")
    return None


def _same_sentence(text: Text, i: int, j: int) -> bool:
    return text.tokens[i].sentence == text.tokens[j].sentence


def _coreference(
    hits: list[_Hit], text: Text, polities: dict[str, frozenset[str]] | None = None
) -> list[_Hit]:
    """Resolve counterpart, dual, own-country and polity words against the mentions before
    them."""
    out: list[_Hit] = []
    for i, h in enumerate(hits):
        if h.kind == "coreference" and h.entry.sub in ("side", "counterpart"):
            if len(h.code) != 6:
                continue  # نظيره or الجانب without a country word
            if h.entry.sub == "counterpart":
                h = _counterpart(h, out)
        elif h.kind == "coreference" and h.entry.sub == "dual":
            h = _named_dual(h, hits[i + 1 : i + 3], text) or _dual(h, out, text)
        elif h.kind == "coreference" and h.entry.sub == "polity":
            named = _polity(h, out, (polities or {}).get(h.entry.form, frozenset()))
            if named is None:
                continue  # no kingdom named before "the kingdom"
            h = replace(h, code=country_of(named.code) or "", rule=f"{h.rule} <- {named.rule}")
        elif h.kind == "coreference" and h.entry.sub == "own":
            owner = _owner(h, out, text)
            if owner is None:
                continue  # بلاده with nobody named before it
            iso = country_of(owner.code) or ""
            h = replace(h, code=iso, rule=f"{h.rule} <- {owner.rule}")
            prev = out[-1] if out else None
            if prev and prev.kind == "agent" and len(prev.code) == 3 and prev.last == h.first:
                # حكومة بلاده، جيش بلاده: the sector noun of his country
                rule = f"{prev.rule} + {h.rule}"
                out[-1] = replace(prev, last=h.last, code=iso + prev.code, rule=rule)
                continue
        out.append(h)
    return out


def _polity(h: _Hit, before: list[_Hit], kinds: frozenset[str]) -> _Hit | None:
    """The country "the kingdom" (المملكه) stands for: of the countries named before it whose
    names say they are one, the most named (a Saudi outlet's story that mentions the British
    army once still means Saudi Arabia), the latest on a tie."""
    named = [x for x in before if country_of(x.code) in kinds]
    if not named:
        return None
    counts = Counter(country_of(x.code) for x in named)
    return max(reversed(named), key=lambda x: counts[country_of(x.code)])


OWN_VIEW = 2  # sentences back within which "his country" finds its owner


def _owner(h: _Hit, before: list[_Hit], text: Text) -> _Hit | None:
    """The actor "his country" (بلاده) belongs to: the latest person or office with a country
    named in its sentence or the two before, else the latest country or group."""
    sent = text.tokens[h.first].sentence
    near = [x for x in before if text.tokens[x.first].sentence >= sent - OWN_VIEW]
    for kinds in (("person", "agent"), ("country", "group")):  # "his": a person first
        owner = next((x for x in reversed(near) if x.kind in kinds and country_of(x.code)), None)
        if owner is not None:
            return owner
    return None


def _named_dual(h: _Hit, after: list[_Hit], text: Text) -> _Hit | None:
    """A dual with its two countries right after it (الرئيسان الروسي والاوزبكي)."""
    if len(after) < 2 or after[0].first != h.last or after[1].first != after[0].last:
        return None
    if not all(x.kind == "country" and x.entry.sub == "adjective" for x in after):
        return None
    isos = [after[0].code[:3], after[1].code[:3]]
    if isos[0] == isos[1] or not text.tokens[after[1].first].norm.startswith("و"):
        return None
    return replace(h, code="", rule=f"{h.rule} <- {'+'.join(isos)}")


def _counterpart(h: _Hit, before: list[_Hit]) -> _Hit:
    """نظيره الاوزبكي: the sector of the latest mention from another country, else GOV."""
    iso = h.code[:3]
    other = next(
        (x for x in reversed(before) if len(x.code) == 6 and x.code[:3] not in (iso, "IGO", "NGO")),
        None,
    )
    sector = other.code[3:] if other else "GOV"
    anchor = other.rule if other else "no antecedent"
    return replace(h, code=iso + sector, rule=f"{h.rule} <- {anchor}")


def _dual(h: _Hit, before: list[_Hit], text: Text) -> _Hit:
    """The two countries a dual (الرئيسان، البلدين) stands for: those of the last two people
    named before it, else of the last two actors."""
    def sentence_of(i: int) -> int:
        return text.tokens[i].sentence

    earlier = next((x for x in reversed(before) if _is_dual(x) and "+" in x.rule), None)
    if earlier is not None and sentence_of(h.first) - sentence_of(earlier.first) <= DUAL_VIEW:
        pair = earlier.rule.rsplit("<- ", 1)[1]  # the pair the article just spoke of as two
        return replace(h, code="", rule=f"{h.rule} <- {pair}")
    people = [x for x in before if x.kind in ("person", "coreference") and len(x.code) > 3]
    isos = _two_countries(people)
    if len(isos) < 2:
        isos = _two_countries(before)
    code = isos[0] if len(set(isos)) == 1 else ""
    return replace(h, code=code, rule=f"{h.rule} <- {'+'.join(reversed(isos)) or 'none'}")


DUAL_VIEW = 4  # sentences within which a dual names the same pair as the dual before it


def _is_dual(x: _Hit) -> bool:
    return x.kind == "coreference" and x.entry.sub == "dual"


def _two_countries(hits: list[_Hit]) -> list[str]:
    isos: list[str] = []
    for x in reversed(hits):
        iso = x.code[:3]
        dual = x.kind == "coreference" and x.entry.sub == "dual"
        org = x.code.startswith(("IGO", "NGO", "IMG"))
        sector = x.kind == "agent" and len(x.code) == 3  # المدنيين: its country comes later
        if not (dual or org or sector) and len(x.code) >= 3 and iso.isalpha() and iso not in isos:
            isos.append(iso)
        if len(isos) == 2:
            break
    return isos


def _names(
    hits: list[_Hit],
    text: Text,
    lex: Lexicon,
    lang: str = "ar",
    family_first: frozenset[str] = frozenset(),
) -> list[_Hit]:
    """A name of two to four words after a country-coded title, ended by punctuation
    (الرئيس الكازاخستاني، قاسم جومارت توكاييف،) joins the title's mention; its last word alone
    later in the document is the same actor (kind coreference). So is the first word of a known
    person of a country whose names put the family name first (كيم جونغ أون ... كيم)."""
    covered = {i for h in hits for i in range(h.first, h.last)}
    toks = text.tokens
    out: list[_Hit] = []
    learned: dict[str, tuple[_Hit, int]] = {}
    stop = _name_stops(lex.stopwords, lang)
    family: dict[str, list[_Hit]] = {}  # family name -> the known people named with it
    for h in hits:
        if h.kind == "agent" and len(h.code) == 6:
            k = _name_end(h.last, toks, covered, stop)
            if k is not None:
                h = replace(h, last=k, kind="person", rule=f"{h.rule} + name")
                learned.setdefault(toks[k - 1].norm, (h, k))
        elif h.kind == "person" and h.name and h.code[:3] in family_first:
            words = h.entry.form.split()
            if len(words) > 1 and len(words[0]) >= 3 and words[0] not in stop:
                family.setdefault(words[0], []).append(h)
        out.append(h)
    if not learned and not family:
        return out
    variants = clitics().prefix_variants
    ends = (*learned, *family)
    for i in [i for i, w in enumerate(text.words) if w.endswith(ends)]:
        if i in covered:
            continue
        forms = [w for w, _n in variants(toks[i].norm)]
        found = next((learned[w] for w in forms if w in learned), None)
        if found and i >= found[1]:
            h = found[0]
            out.append(_Hit(i, i + 1, h.entry, h.code, "coreference", f"surname <- {h.rule}"))
            continue
        named = next((family[w] for w in forms if w in family), [])
        before = {x.name: x for x in named if x.last <= i}  # كيم: the one Kim named before
        if len(before) == 1:
            h = next(iter(before.values()))
            out.append(_Hit(i, i + 1, h.entry, h.code, "coreference", f"family name <- {h.rule}"))
    return out


@cache
def _name_stops(stopwords: frozenset[str], lang: str) -> frozenset[str]:
    return stopwords | _event_words(lang)


@cache
def _event_words(lang: str) -> frozenset[str]:
    """First words of event triggers and reporting verbs, bar known name words: they never
    begin or continue a name after a title (الحكومة السودانية متهمين اياها ...)."""
    pack = load_pack(lang)
    rows = (*pack.rows("triggers.tsv"), *pack.rows("speech.tsv"))
    names = {w for r in pack.rows("people_names.tsv") for w in r["form"].split()}
    return frozenset(r["form"].split()[0] for r in rows) - names


def _name_end(j: int, toks: Sequence[Token], covered: set[int], stop: frozenset[str]) -> int | None:
    if j < len(toks) and toks[j].norm in _JOINERS:
        j += 1
    k = j
    while k < len(toks) and k - j < 4 and toks[k].is_word and k not in covered:
        if toks[k].norm in stop or toks[k].norm.startswith("ال") or toks[k].norm.isdigit():
            break
        k += 1
    ends = k == len(toks) or not toks[k].is_word
    return k if ends and k - j >= 2 and len(toks[k - 1].norm) >= 3 else None


def _counted(h: _Hit, text: Text) -> bool:
    """A sector noun after a cardinal number (13 عنصرا، 26 مسلحا) names people, not a quality."""
    return h.first > 0 and text.tokens[h.first - 1].norm.isdigit()


# sectors whose members are of the country they are in (المقاتلين الأكراد في شمال سوريا); not
# diplomats, refugees or government offices, who are often abroad
LOCATED_SECTORS = frozenset({"CVL", "REB", "OPP", "COP", "MIL", "JUD", "LEG"})
LOCATED_REACH = 2  # cue words (شمال، مدينة) between في and the country


def _located(hits: list[_Hit], text: Text, lang: str) -> dict[int, str]:
    """Sector nouns alone followed by في + a country (المقاتلين الأكراد في شمال سوريا): the
    country they are in, by their first token."""
    rules = place_rules(lang)
    cues = rules.cues - rules.areas  # في شمال سوريا، في مدينة حلب
    countries = {h.first: h.code[:3] for h in hits if h.kind == "country" and len(h.code) == 3}
    words = text.words
    out: dict[int, str] = {}
    for h in hits:
        transnational = h.kind == "group" and h.code.startswith("IMG")  # داعش في شمالي سوريا
        if not transnational and (h.kind != "agent" or len(h.code) != 3):
            continue
        if not transnational and h.code not in LOCATED_SECTORS:
            continue
        last = h.entry.form.split()[-1]
        if not words[h.last - 1].endswith((last, last[2:] if last[:2] == "ال" else last)):
            continue  # قواتها في سوريا: a pronoun names their owner
        i = h.last
        if i >= len(words) or words[i] != "في":
            continue
        for j in range(i + 1, min(i + 2 + LOCATED_REACH, len(words))):
            if j in countries:
                out[h.first] = countries[j]
                break
            if words[j] not in cues:
                break
    return out


def _context(
    hits: list[_Hit],
    fallback: str | None,
    text: Text | None = None,
    located: dict[int, str] | None = None,
) -> list[_Hit]:
    """Country for sector nouns alone and for IMG groups: the country they are said to be in
    (``located``), else the document's most named country. A sector noun alone in a document
    that names no country is dropped."""
    counts = Counter(
        h.code[:3]
        for h in hits
        if h.kind in ("country", "person", "agent", "group")
        and len(h.code) in (3, 6)
        and not (h.kind == "agent" and len(h.code) == 3)
        and h.code[:3] not in ("IGO", "NGO", "IMG")
    )
    iso = counts.most_common(1)[0][0] if counts else (fallback or "")
    out = []
    for h in hits:
        if h.kind == "agent" and len(h.code) == 3 and located and h.first in located:
            where = located[h.first]
            h = replace(h, code=where + h.code, rule=f"{h.rule} + located:{where}")
        elif h.kind == "agent" and len(h.code) == 3:
            if (h.entry.sub == "no" and not (text and _counted(h, text))) or not iso:
                continue
            h = replace(h, code=iso + h.code, rule=f"{h.rule} + context:{iso}")
        elif h.kind == "group" and h.code.startswith("IMG") and located and h.first in located:
            where = located[h.first]
            h = replace(h, code=where + h.code[3:], rule=f"{h.rule} + located:{where}")
        elif h.kind == "group" and h.code.startswith("IMG") and iso:
            h = replace(h, code=iso + h.code[3:], rule=f"{h.rule} + context:{iso}")
        out.append(h)
    return out


def _mention(text: Text, h: _Hit) -> ActorMention:
    first, last = text.tokens[h.first], text.tokens[h.last - 1]
    return ActorMention(
        text=text.original[first.start : last.end],
        start=first.start,
        end=last.end,
        code=h.code,
        kind=h.kind,
        entry=h.rule,
        first_token=h.first,
        last_token=h.last,
        sentence=first.sentence,
        name=h.name,
        clitic=h.clitic,
    )
