"""Longest-match lookup of multiword lexicon entries over tokens, clitics allowed.

The first word of an entry may carry proclitics (و ف ب ل ك ال لل, as the language pack lists
them) and every word enclitic pronouns. A word that starts an entry as written is read as
written, or at most without its article, so ``بحث`` stays "discussed" and is never read as
``ب + حث``; otherwise ever longer clitics are tried. Words the pack lists as unsplittable
(``وزارة`` is not و + زار + ه) are never split.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Generic, TypeVar

from hadath.lang import load_pack
from hadath.normalise import norm

V = TypeVar("V")
MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class Clitics:
    prefixes: tuple[tuple[str, str], ...]  # (form, restore), longest first
    suffixes: tuple[tuple[str, str], ...]
    keep: frozenset[str] = frozenset()  # words never read as clitic + stem
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def readings(self, word: str) -> tuple[tuple[str, int, bool], ...]:
        """Every ``(stem, proclitic length, no suffix removed)`` reading of a word, cached and
        shared by all matchers."""
        r = self.memo.get(word)
        if r is None:
            r = tuple(
                (stem, n, stem == w)
                for w, n in self.prefix_variants(word)
                for stem in self.suffix_variants(w)
            )
            if len(self.memo) < 400_000:
                self.memo[word] = r
        return r

    def prefix_variants(self, word: str) -> tuple[tuple[str, int], ...]:
        """``(stem, clitic length)`` readings of ``word``, the unstripped one first."""
        out = [(word, 0)]
        for form, restore in self.prefixes:
            if word.startswith(form) and len(word) - len(form) >= MIN_STEM:
                out.append((restore + word[len(form) :], len(form)))
        return tuple(sorted(out, key=lambda x: x[1]))

    def suffix_variants(self, word: str) -> tuple[str, ...]:
        out = [word]
        for form, restore in self.suffixes:
            if word.endswith(form) and len(word) - len(form) >= MIN_STEM:
                out.append(word[: -len(form)] + restore)
        return tuple(out)


@cache
def clitics(lang: str = "ar") -> Clitics:
    pre, suf = [], []
    for row in load_pack(lang).rows("clitics.tsv"):
        (pre if row["kind"] == "prefix" else suf).append((row["form"], row.get("restore", "")))
    key = lambda x: -len(x[0])  # noqa: E731
    keep = frozenset(row["form"] for row in load_pack(lang).rows("unsplittable.tsv"))
    return Clitics(tuple(sorted(pre, key=key)), tuple(sorted(suf, key=key)), keep)


@dataclass(frozen=True, slots=True)
class Match(Generic[V]):
    start: int  # index into the token sequence
    end: int  # exclusive
    value: V
    clitic: int  # characters of proclitic stripped from the first word


class _Node:
    """A trie node: the entries ending here and the words that may follow."""

    __slots__ = ("children", "values")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.values: list = []


class PhraseMatcher(Generic[V]):
    """Finds lexicon phrases in a token sequence; several values may share one phrase."""

    def __init__(self, entries: Iterable[tuple[str, V]], lang: str = "ar") -> None:
        self._clitics = clitics(lang)
        self._index: dict[str, _Node] = {}
        self._size = 0
        for phrase, value in entries:
            words = norm(phrase).split()
            if not words:
                continue
            node = self._index.setdefault(words[0], _Node())
            for w in words[1:]:
                node = node.children.setdefault(w, _Node())
            if not node.values:
                self._size += 1
            node.values.append(value)
        self._cache: dict[str, tuple[tuple[str, int], ...]] = {}
        self._forms: dict[str, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return self._size

    def _candidates(self, word: str) -> tuple[tuple[str, int], ...]:
        """Readings of ``word`` that start some entry: as written when it does, else with
        clitics removed (never for the pack's unsplittable words)."""
        c = self._cache.get(word)
        if c is None:
            if word in self._clitics.keep:
                c = ((word, 0),) if word in self._index else ()
            else:
                written = word in self._index
                c = tuple(
                    (stem, n)
                    for stem, n, bare in self._clitics.readings(word)
                    if stem in self._index
                    and (not written or (bare and (n == 0 or "ال" in word[:n])))
                )
            if len(self._cache) < 500_000:
                self._cache[word] = c
        return c

    def _word_forms(self, word: str) -> tuple[str, ...]:
        """A following word as written and without its pronoun suffix."""
        f = self._forms.get(word)
        if f is None:
            f = self._clitics.suffix_variants(word)
            if len(self._forms) < 500_000:
                self._forms[word] = f
        return f

    def matches_at(self, words: Sequence[str], i: int) -> list[Match[V]]:
        """All entries starting at word ``i``, longest first (one reading of the clitics)."""
        out: list[Match[V]] = []
        n = len(words)
        for stem, clitic in self._candidates(words[i]):
            stack = [(self._index[stem], i + 1)]
            while stack:
                node, j = stack.pop()
                out.extend(Match(i, j, v, clitic) for v in node.values)
                if j < n and node.children:
                    for form in self._word_forms(words[j]):
                        child = node.children.get(form)
                        if child is not None:
                            stack.append((child, j + 1))
            if out:
                break
        out.sort(key=lambda m: m.start - m.end)
        return out

    def find(self, words: Sequence[str]) -> list[Match[V]]:
        """Non-overlapping matches, longest first at each position, left to right."""
        out: list[Match[V]] = []
        cache, slow, index, forms = self._cache, self._candidates, self._index, self._word_forms
        i, n = 0, len(words)
        while i < n:
            c = cache.get(words[i])
            if c is None:
                c = slow(words[i])
            best_end, best = 0, None
            for stem, clitic in c:
                stack = [(index[stem], i + 1)]
                while stack:
                    node, j = stack.pop()
                    if node.values and j > best_end:
                        best_end, best = j, (node.values, clitic)
                    if j < n and node.children:
                        for form in forms(words[j]):
                            child = node.children.get(form)
                            if child is not None:
                                stack.append((child, j + 1))
                if best is not None:
                    break
            if best is None:
                i += 1
                continue
            values, clitic = best
            out.extend(Match(i, best_end, v, clitic) for v in values)
            i = best_end
        return out
