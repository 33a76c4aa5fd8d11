"""Tokens and sentences over normalised text, with original offsets."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, partial
from itertools import accumulate, repeat
from operator import add, sub

from hadath.lang import load_pack
from hadath.normalise import Normalized, normalise
from hadath.records import Sentence, Token

_TOKEN_SPLIT_RE = re.compile(r"([^\W_]+|\S)")  # a run of letters/digits or one other mark
_ENDERS = frozenset(".!?؟…")
_CLOSERS = frozenset("\"')]}")
_NEWLINE_RE = re.compile("\n")
_MARKS_RE = re.compile(r"[.!?؟…()\[\]]")  # what _sentence_breaks looks at, bar line breaks


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
    parts = _TOKEN_SPLIT_RE.split(n.text)  # space, token, space, token, ..., space
    if len(parts) == 1:
        return Text(text, n, (), (), ())
    forms = parts[1::2]
    offsets = list(accumulate(map(len, parts)))  # each part's end: offsets add up
    starts, ends = offsets[0:-1:2], offsets[1::2]
    breaks = _sentence_breaks(n.text, forms, starts, ends, _abbreviations(lang))
    ostarts, oends = _original(n, starts), _original(n, ends)
    for k in _marked_ends(n, ends):
        oends[k] = n.span(starts[k], ends[k])[1]  # keep the diacritics after the last letter
    sentences: list[Sentence] = []
    sentence_of: list[int] = []
    first = 0
    for last in sorted(breaks | {len(forms) - 1}):
        start, end = ostarts[first], oends[last]
        sentences.append(Sentence(len(sentences), start, end, text[start:end], first, last + 1))
        sentence_of += [len(sentences) - 1] * (last + 1 - first)
        first = last + 1
    is_word = map(str.isalnum, forms)  # a token is a run of letters/digits or one other mark
    rows = zip(range(len(forms)), forms, ostarts, oends, sentence_of, is_word, strict=True)
    tokens = tuple(map(_token, rows))
    return Text(text, n, tokens, tuple(sentences), tuple(forms))


def _original(n: Normalized, offsets: list[int]) -> list[int]:
    """The original offsets of sorted normalised ``offsets``: each moves on by the removed
    characters (diacritics, tatweel) before it."""
    if n.explicit is not None:
        return list(map(n.explicit.__getitem__, offsets))
    if not n.removed:
        return list(offsets)
    # where each removed character sat in the normalised text, in order
    gaps = list(map(sub, n.removed, range(len(n.removed))))
    if len(gaps) * 8 > len(offsets):
        return list(map(add, offsets, map(bisect_right, repeat(gaps), offsets)))
    # few removed characters (most texts): move the offsets on a run at a time
    cuts = [bisect_left(offsets, g) for g in gaps]  # the first offset at or after each
    out = offsets[: cuts[0]]
    for shift, (a, b) in enumerate(zip(cuts, [*cuts[1:], len(offsets)], strict=True), 1):
        out += map(add, offsets[a:b], repeat(shift, b - a))
    return out


def _marked_ends(n: Normalized, ends: list[int]) -> list[int]:
    """Tokens followed by characters normalisation removed (diacritics, tatweel)."""
    if n.explicit is not None:
        orig = n.explicit
        return [k for k, e in enumerate(ends) if orig[e] - orig[e - 1] > 1]
    # where each removed character sat in the normalised text
    gaps = sorted(set(map(sub, n.removed, range(len(n.removed)))))
    return [k for g in gaps if (k := bisect_left(ends, g)) < len(ends) and ends[k] == g]


_token = partial(tuple.__new__, Token)  # Token from a row tuple, without a Python-level call


def _sentence_breaks(
    ntext: str, forms: list[str], starts: list[int], ends: list[int], abbreviations: frozenset[str]
) -> set[int]:
    """Indices of tokens that end a sentence.

    Only tokens before a line break and brackets or sentence enders can change anything, so
    only those are visited, in order."""
    last = len(forms) - 1
    before_newline = {bisect_right(starts, m.start()) - 1 for m in _NEWLINE_RE.finditer(ntext)}
    before_newline -= {-1, last}  # a line break before the first or after the last token
    marks = {bisect_left(starts, m.start()) for m in _MARKS_RE.finditer(ntext)}
    breaks: set[int] = set()
    depth = 0
    for i in sorted(before_newline | marks):
        if i in before_newline:
            breaks.add(i)
            depth = 0
            continue
        form = forms[i]
        if form in "([":
            depth += 1
        elif form in ")]" and depth:
            depth -= 1
        if form not in _ENDERS or i == last or depth:
            continue
        if form == "." and _is_abbreviation(forms, starts, ends, i, abbreviations):
            continue
        if starts[i + 1] == ends[i] and forms[i + 1][0].isalnum():  # 3.5, U.N
            continue
        j = i
        while j < last and forms[j + 1] in _CLOSERS and starts[j + 1] == ends[j]:
            j += 1
        breaks.add(j)
    return breaks


def _is_abbreviation(
    forms: list[str], starts: list[int], ends: list[int], i: int, abbreviations: frozenset[str]
) -> bool:
    if i == 0:
        return False
    prev = forms[i - 1]
    return ends[i - 1] == starts[i] and (
        prev in abbreviations or (len(prev) == 1 and prev.isalpha())
    )
