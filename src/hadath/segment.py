"""Tokens and sentences over normalised text, with original offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from hadath.lang import load_pack
from hadath.normalise import Normalized, index_map, normalise
from hadath.records import Sentence, Token

_TOKEN_RE = re.compile(r"[^\W_]+|\S")
_ENDERS = frozenset(".!?؟…")
_CLOSERS = frozenset("\"')]}")


@dataclass(frozen=True, slots=True)
class Text:
    """A document's text analysed once and shared by every stage."""

    original: str
    normalized: Normalized
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]
    words: tuple[str, ...] = ()  # the tokens' normalised forms, what lexicons match against

    def span_text(self, start: int, end: int) -> str:
        return self.original[start:end]


@cache
def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(row["form"] for row in load_pack(lang).rows("abbreviations.tsv"))


def analyse(text: str, lang: str = "ar") -> Text:
    """Normalise, tokenise and split ``text`` into sentences."""
    n = normalise(text)
    raw = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(n.text)]
    breaks = _sentence_breaks(n.text, raw, _abbreviations(lang))
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    first, sent = 0, 0
    orig = index_map(n)
    for i, (form, s, e) in enumerate(raw):
        os, oe = orig[s], orig[e]
        if oe - orig[e - 1] > 1:  # removed marks after the last letter: keep diacritics only
            oe = n.span(s, e)[1]
        tokens.append(Token(i, form, os, oe, sent, form[0].isalnum()))
        if i in breaks or i == len(raw) - 1:
            start, end = tokens[first].start, tokens[i].end
            sentences.append(Sentence(sent, start, end, text[start:end], first, i + 1))
            first, sent = i + 1, sent + 1
    return Text(text, n, tuple(tokens), tuple(sentences), tuple(t.norm for t in tokens))


def _sentence_breaks(
    ntext: str, raw: list[tuple[str, int, int]], abbreviations: frozenset[str]
) -> set[int]:
    """Indices of tokens that end a sentence."""
    breaks: set[int] = set()
    depth = 0
    for i, (form, _s, e) in enumerate(raw):
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        if nxt is not None and "\n" in ntext[e : nxt[1]]:
            breaks.add(i)
            depth = 0
            continue
        if form in "([":
            depth += 1
        elif form in ")]" and depth:
            depth -= 1
        if form not in _ENDERS or nxt is None or depth:
            continue
        if form == "." and _is_abbreviation(raw, i, abbreviations):
            continue
        if nxt[1] == e and nxt[0][0].isalnum():  # 3.5, U.N
            continue
        j = i
        while j + 1 < len(raw) and raw[j + 1][0] in _CLOSERS and raw[j + 1][1] == raw[j][2]:
            j += 1
        breaks.add(j)
    return breaks


def _is_abbreviation(
    raw: list[tuple[str, int, int]], i: int, abbreviations: frozenset[str]
) -> bool:
    if i == 0:
        return False
    prev, ps, pe = raw[i - 1]
    return pe == raw[i][1] and (prev in abbreviations or (len(prev) == 1 and prev.isalpha()))
