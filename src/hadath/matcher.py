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
from itertools import compress
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar

from hadath.lang import load_pack
from hadath.normalise import norm

V = TypeVar("V")
MIN_STEM = 2
CACHE_SIZE = 500_000  # words remembered per matcher


@dataclass(frozen=True, slots=True)
class Clitics:
    prefixes: tuple[tuple[str, str], ...]  # (form, restore), longest first
    suffixes: tuple[tuple[str, str], ...]
    keep: frozenset[str] = frozenset()  # words never read as clitic + stem
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    stem_memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # the clitics by their outer letter (first of a prefix, last of a suffix), in order
    prefixes_by: dict = field(init=False, compare=False, hash=False, repr=False)
    suffixes_by: dict = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "prefixes_by", _by_letter(self.prefixes, 0))
        object.__setattr__(self, "suffixes_by", _by_letter(self.suffixes, -1))

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

    def stems(self, word: str) -> tuple[str, ...]:
        """The stems of :meth:`readings`, to test at C speed whether a lexicon has any."""
        r = self.stem_memo.get(word)
        if r is None:
            r = tuple(stem for stem, _, _ in self.readings(word))
            if len(self.stem_memo) < 400_000:
                self.stem_memo[word] = r
        return r

    def prefix_variants(self, word: str) -> tuple[tuple[str, int], ...]:
        """``(stem, clitic length)`` readings of ``word``, the unstripped one first."""
        out = [(word, 0)]
        for form, restore in self.prefixes_by.get(word[:1], ()):
            if word.startswith(form) and len(word) - len(form) >= MIN_STEM:
                out.append((restore + word[len(form) :], len(form)))
        return tuple(sorted(out, key=itemgetter(1)))

    def suffix_variants(self, word: str) -> tuple[str, ...]:
        out = [word]
        for form, restore in self.suffixes_by.get(word[-1:], ()):
            if word.endswith(form) and len(word) - len(form) >= MIN_STEM:
                out.append(word[: -len(form)] + restore)
        return tuple(out)


def _by_letter(
    clitics: tuple[tuple[str, str], ...], at: int
) -> dict[str, tuple[tuple[str, str], ...]]:
    """Clitics grouped by their letter at ``at``, each group in the given order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for form, restore in clitics:
        if form:
            out.setdefault(form[at], []).append((form, restore))
    return {letter: tuple(group) for letter, group in out.items()}


@cache
def clitics(lang: str = "ar") -> Clitics:
    pre, suf = [], []
    for row in load_pack(lang).rows("clitics.tsv"):
        (pre if row["kind"] == "prefix" else suf).append((row["form"], row.get("restore", "")))
    key = lambda x: -len(x[0])  # noqa: E731
    keep = frozenset(row["form"] for row in load_pack(lang).rows("unsplittable.tsv"))
    return Clitics(tuple(sorted(pre, key=key)), tuple(sorted(suf, key=key)), keep)


class Match(NamedTuple, Generic[V]):
    """One lexicon entry found in the words. (A named tuple: a document has hundreds.)"""

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
            elif self._index.keys().isdisjoint(self._clitics.stems(word)):
                c = ()
            else:
                written = word in self._index
                c = tuple(
                    (stem, n)
                    for stem, n, bare in self._clitics.readings(word)
                    if stem in self._index
                    and (not written or (bare and (n == 0 or "ال" in word[:n])))
                )
            if len(self._cache) < CACHE_SIZE:
                self._cache[word] = c
        return c

    def _word_forms(self, word: str) -> tuple[str, ...]:
        """A following word as written and without its pronoun suffix."""
        f = self._forms.get(word)
        if f is None:
            f = self._clitics.suffix_variants(word)
            if len(self._forms) < CACHE_SIZE:
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

    def candidates(self, words: Sequence[str]) -> list[tuple[tuple[str, int], ...]]:
        """:meth:`_candidates` of every word, read from the cache at C speed."""
        found = list(map(self._cache.get, words))
        if None in found:
            self._learn(words, found)
        return found

    def _learn(self, words: Sequence[str], found: list) -> None:
        """Fill in the candidates of words not seen yet. Most start no entry under any
        reading: one set test on the stems the matchers share settles those."""
        cache, keep, starts = self._cache, self._clitics.keep, self._index.keys()
        memo, stems = self._clitics.stem_memo, self._clitics.stems
        for i in [i for i, c in enumerate(found) if c is None]:
            word = words[i]
            c = cache.get(word)  # a word met twice in one text
            if c is None:
                if word not in keep and starts.isdisjoint(memo.get(word) or stems(word)):
                    c = ()
                    if len(cache) < CACHE_SIZE:
                        cache[word] = c
                else:
                    c = self._candidates(word)
            found[i] = c

    def find(self, words: Sequence[str]) -> list[Match[V]]:
        """Non-overlapping matches, longest first at each position, left to right."""
        out: list[Match[V]] = []
        index, forms, slow = self._index, self._forms, self._word_forms
        found = self.candidates(words)
        pos, n = 0, len(words)
        for i in compress(range(n), found):  # only words that may start an entry
            if i < pos:
                continue
            best_end, best = 0, None
            for stem, clitic in found[i]:
                stack = [(index[stem], i + 1)]
                while stack:
                    node, j = stack.pop()
                    if node.values and j > best_end:
                        best_end, best = j, (node.values, clitic)
                    if j < n and node.children:
                        for form in forms.get(words[j]) or slow(words[j]):
                            child = node.children.get(form)
                            if child is not None:
                                stack.append((child, j + 1))
                if best is not None:
                    break
            if best is not None:
                values, clitic = best
                out += [Match(i, best_end, v, clitic) for v in values]
                pos = best_end
        return out
