"""The time vocabulary of a language pack, read once, and the atoms it finds in a token list.

An atom is one lexicon hit (a month, a weekday, ``امس``, ``الماضي``...) or one number token;
``hadath.dates`` combines atoms into time expressions. Nothing here resolves a date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import not_
from typing import NamedTuple

from hadath.errors import ResourceError
from hadath.lang import load_pack
from hadath.matcher import PhraseMatcher

_NUMBER_RE = re.compile(r"^([وفبل]?(?:ال)?)(\d{1,4})([مه]?)$")  # و31، الـ21، 2015م


@dataclass(frozen=True, slots=True)
class Word:
    """What a lexicon phrase means: ``kind`` (month, weekday, relative, vague, number or a
    ``date_words.tsv`` kind) and its values."""

    kind: str
    value: str = ""
    extra: str = ""  # months: calendar system; date words: unused
    alone: bool = True  # months only: may stand without a day or year
    form: str = ""  # the lexicon phrase


class Atom(NamedTuple):
    """Token span ``[start, end)`` carrying one or more readings (a phrase can be listed twice).
    (A named tuple: documents have dozens of atoms and tuples are the cheapest to build.)"""

    start: int
    end: int
    words: tuple[Word, ...]
    clitic: int = 0  # normalised characters of proclitic on the first token (و in وأمس)
    kinds: frozenset[str] = frozenset()  # the words' kinds: see :func:`atom`

    def get(self, kind: str) -> Word | None:
        if kind in self.kinds:
            for w in self.words:
                if w.kind == kind:
                    return w
        return None

    def has(self, kind: str) -> bool:
        return kind in self.kinds


def atom(start: int, end: int, words: tuple[Word, ...], clitic: int = 0) -> Atom:
    """An :class:`Atom` with its ``kinds`` filled in."""
    return Atom(start, end, words, clitic, frozenset(w.kind for w in words))


_DIGITS = frozenset({"digits"})


def _int(row: dict[str, str], col: str, name: str) -> int:
    try:
        return int(row[col])
    except (KeyError, ValueError) as exc:
        raise ResourceError(f"{name}: bad {col!r} in row {row}") from exc


@cache
def entries(lang: str = "ar") -> tuple[tuple[str, Word], ...]:
    """Every time phrase of the pack with its reading."""
    pack = load_pack(lang)
    out: list[tuple[str, Word]] = []
    for row in pack.rows("months.tsv"):
        m = _int(row, "month", "months.tsv")
        out.append(
            (
                row["form"],
                Word("month", str(m), row["system"], row.get("alone") != "no", row["form"]),
            )
        )
    for row in pack.rows("weekdays.tsv"):
        out.append(
            (
                row["form"],
                Word("weekday", str(_int(row, "weekday", "weekdays.tsv")), form=row["form"]),
            )
        )
    for row in pack.rows("relative_days.tsv"):
        out.append(
            (
                row["form"],
                Word("relative", str(_int(row, "offset", "relative_days.tsv")), form=row["form"]),
            )
        )
    for row in pack.rows("vague_times.tsv"):
        out.append((row["form"], Word("vague", row["kind"], form=row["form"])))
    for row in pack.rows("numbers.tsv"):
        out.append(
            (row["form"], Word("number", str(_int(row, "value", "numbers.tsv")), form=row["form"]))
        )
    for row in pack.rows("date_words.tsv"):
        if row["kind"] != "day_of":  # read as the word itself (it is too common to be an atom)
            out.append((row["form"], Word(row["kind"], row.get("value", ""), form=row["form"])))
    return tuple(out)


@cache
def day_of_words(lang: str = "ar") -> frozenset[str]:
    """Words joining a day number to its month (21 من يونيو)."""
    rows = load_pack(lang).rows("date_words.tsv")
    return frozenset(r["form"] for r in rows if r["kind"] == "day_of")


_DIGIT_NEAR_START = re.compile(r".{0,3}\d").match  # 13, و31, الـ21


@cache
def matcher(lang: str = "ar") -> PhraseMatcher[Word]:
    """One matcher over every time phrase of the pack (longest match wins)."""
    return PhraseMatcher(entries(lang), lang)


def number_word(form: str) -> Word | None:
    """A digit token read as a number: ``13``, ``و31``, ``2015م``, ``1436ه``.

    ``value`` keeps the digits as written (``05``), ``extra`` the era letter's calendar."""
    m = _NUMBER_RE.match(form)
    if m is None:
        return None
    era = {"م": "gregorian", "ه": "hijri"}.get(m.group(3), "")
    return Word("digits", m.group(2), era)


def atoms(words: Sequence[str], lang: str = "ar") -> dict[int, Atom]:
    """Atoms keyed by their first token index: lexicon matches and digit tokens."""
    found: dict[int, Atom] = {}
    # only a token that is not all letters can hold a digit (str.isalpha is quicker than a regex)
    for i in compress(range(len(words)), map(not_, map(str.isalpha, words))):
        w = words[i]
        nw = number_word(w) if _DIGIT_NEAR_START(w) else None
        if nw is not None:
            found[i] = Atom(i, i + 1, (nw,), len(w) - len(w.lstrip("وفبل")), _DIGITS)
    # A time word never takes a pronoun or the accusative alef (جوانا is a name, not جوان).
    hits = [m for m in matcher(lang).find(words) if words[m.end - 1].endswith(_tail(m.value.form))]
    by_start: dict[int, list] = {}
    for m in hits:
        by_start.setdefault(m.start, []).append(m)
    for start, ms in by_start.items():
        if start not in found:
            found[start] = atom(start, ms[0].end, tuple(m.value for m in ms), ms[0].clitic)
    return found


@cache
def _tail(form: str) -> str:
    """What a token ending ``form`` must end with: its last word, less the article."""
    last = form.split()[-1] if form else ""
    return last.removeprefix("ال")
