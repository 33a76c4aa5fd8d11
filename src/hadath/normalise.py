"""Normalisation for matching, with a map back to original character offsets.

One policy serves text and lexicons alike: alef forms, alef maqsura and ta marbuta folded,
tatweel and diacritics removed, Eastern Arabic and Persian digits made ASCII, presentation
forms and Urdu/Persian letters mapped to their Arabic base letters, ASCII lower-cased, every
space-like character made a plain space, and the ``ء`` that some outlets write after a year
(``2022ء``) dropped.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ې": "ي",
    "ے": "ي",
    "ۍ": "ي",
    "ئ": "ئ",
    "ة": "ه",
    "ۃ": "ه",
    "ہ": "ه",
    "ۀ": "ه",
    "ە": "ه",
    "ھ": "ه",
    "ک": "ك",
    "ڪ": "ك",
    "ٶ": "ؤ",
    "ٷ": "ؤ",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u3000": " ",
    "\t": " ",
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "‘": "'",
    "’": "'",
    "؛": ";",
    "٪": "%",
    "٫": ".",
    "٬": ",",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}
_ASCII_UPPER = {chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}

# Characters removed outright: Arabic diacritics, Quranic marks, tatweel, format controls.
_DELETE_CLASS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad"
)
_DELETE_RE = re.compile(f"[{_DELETE_CLASS}]|(?<=[0-9\u0660-\u0669\u06f0-\u06f9])\u0621")
# the two halves of _DELETE_RE, each much faster to scan for alone
_MARK_RE = re.compile(f"[{_DELETE_CLASS}]")
_YEAR_HAMZA_RE = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]\u0621")
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")


def _fold(ch: str) -> str:
    """Apply the per-character policy to one character (after NFKC for presentation forms)."""
    return "".join(_TABLE_1TO1.get(c, c) for c in ch)


_TABLE_1TO1: dict[str, str] = {**_LETTERS, **_DIGITS, **_ASCII_UPPER}
_TRANSLATE = str.maketrans(_TABLE_1TO1)
_FOLD_RE = re.compile("[" + "".join(map(re.escape, _TABLE_1TO1)) + "]")
# No character is folded into one that folds again, so replacing one character at a time
# gives what a single str.translate gives.
_FOLDS_ONCE = not any(v in _TABLE_1TO1 and v != k for k, v in _TABLE_1TO1.items())


def _fold_text(text: str) -> str:
    """``text.translate(_TRANSLATE)``, faster: a text holds few distinct characters to fold,
    and ``str.replace`` is quicker than a per-character table lookup."""
    if not _FOLDS_ONCE:
        return text.translate(_TRANSLATE)
    for ch in set(_FOLD_RE.findall(text)):
        text = text.replace(ch, _TABLE_1TO1[ch])
    return text


def _removed(text: str) -> tuple[int, ...]:
    """Offsets of the characters :data:`_DELETE_RE` removes, in order."""
    marks = [m.start() for m in _MARK_RE.finditer(text)]
    hamzas = [m.start() + 1 for m in _YEAR_HAMZA_RE.finditer(text)]  # 2022ء
    return tuple(sorted(marks + hamzas) if hamzas else marks)


def _without(text: str, removed: tuple[int, ...]) -> str:
    """``text`` less the characters at the sorted offsets ``removed``."""
    starts = (0, *(r + 1 for r in removed))
    return "".join(text[a:b] for a, b in zip(starts, (*removed, len(text)), strict=True))


@lru_cache(maxsize=4096)
def _presentation(ch: str) -> str:
    base = unicodedata.normalize("NFKC", ch)
    return _fold(_DELETE_RE.sub("", base))


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text with a map from its indices back to the original text."""

    original: str
    text: str
    removed: tuple[int, ...] = ()
    explicit: tuple[int, ...] | None = None

    def to_original(self, index: int) -> int:
        """Original offset of normalised index ``index`` (``len(text)`` maps to the end)."""
        if self.explicit is not None:
            return self.explicit[index]
        if not self.removed:
            return index
        shift = 0
        while True:
            moved = bisect_right(self.removed, index + shift)
            if moved == shift:
                return index + shift
            shift = moved

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[start, end)``, taking in the
        removed characters (diacritics, tatweel) that trail its last letter."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        last = self.to_original(end - 1) + 1
        if self.explicit is not None:
            return self.explicit[start], max(last, self.explicit[end])
        i = bisect_right(self.removed, last - 1)
        removed = self.removed
        while i < len(removed) and removed[i] == last and self.original[last] != "\u0621":
            last += 1
            i += 1
        return self.to_original(start), last


def index_map(n: Normalized) -> list[int]:
    """Original offset of every normalised index, plus ``len(original)`` at the end."""
    if n.explicit is not None:
        return list(n.explicit)
    if not n.removed:
        return list(range(len(n.text) + 1))
    out: list[int] = []
    prev = 0
    for pos in n.removed:  # sorted: the kept runs between removed characters
        out += range(prev, pos)
        prev = pos + 1
    out += range(prev, len(n.original) + 1)
    return out


def normalise(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the offset map."""
    if _PRESENTATION_RE.search(text):
        return _normalise_slow(text)
    removed = _removed(text)
    kept = _without(text, removed) if removed else text
    return Normalized(text, _fold_text(kept), removed)


def _normalise_slow(text: str) -> Normalized:
    out: list[str] = []
    offsets: list[int] = []
    removed = {m.start() for m in _DELETE_RE.finditer(text)}
    for i, ch in enumerate(text):
        if i in removed:
            continue
        folded = _presentation(ch) if _PRESENTATION_RE.match(ch) else ch.translate(_TRANSLATE)
        for c in folded:
            out.append(c)
            offsets.append(i)
    offsets.append(len(text))
    return Normalized(text, "".join(out), (), tuple(offsets))


def norm(text: str) -> str:
    """The normalised form of ``text`` alone (for lexicon entries and lookups)."""
    return " ".join(normalise(text).text.split())


@lru_cache(maxsize=4096)
def norm_char(ch: str) -> str:
    """:func:`norm` of one character, cached: offset walks call it for every character."""
    return norm(ch)
