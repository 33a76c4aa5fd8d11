"""Longest-match lookup of multiword lexicon entries over tokens, clitics allowed.

The first word of an entry may carry proclitics (و ف ب ل ك ال لل, as the language pack lists
them) and every word enclitic pronouns. A word that starts an entry as written is read as
written, or at most without its article, so ``بحث`` stays "discussed" and is not read as
``ب + حث``; only where no entry starting with it as written fits are its other readings tried
(``بطرد 60 دبلوماسيا``: ب + ``طرد دبلوماسي``; proclitics only). Otherwise ever longer clitics
are tried. Words the pack lists as unsplittable (``وزارة`` is not و + زار + ه) are never split.

Speed: the matchers of a language share one :class:`Vocabulary` of the words met so far, each
word with a number. A document's words are looked up once (not once per matcher); a new word
is read by the matchers only when one of its stems starts some entry of some matcher; and each
matcher keeps a flag per word number, so finding where its entries may start in a document is
one array lookup (numpy) instead of a dictionary test per word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import chain, compress, repeat
from operator import itemgetter, not_
from typing import Generic, NamedTuple, TypeVar

import numpy as np

from hadath.lang import load_pack
from hadath.normalise import norm

V = TypeVar("V")
MIN_STEM = 2
CACHE_SIZE = 500_000  # words remembered per language
RECENT = 4  # word sequences a vocabulary remembers having checked
GAP = "\x00"  # a word no entry holds: a break between the windows of a gapped sequence


class Vocabulary:
    """The words a language's matchers have met, in the order first met, with their stems.

    A word's number is its place in :attr:`entries` plus one; 0 stands for a word that did not
    fit (past :data:`CACHE_SIZE`). Most words start no entry of any matcher under any reading:
    :attr:`hopeful` lists the others, so each matcher reads only those."""

    __slots__ = ("entries", "number", "starters", "hopeful", "_recent")

    def __init__(self) -> None:
        self.entries: list[tuple[str, tuple[str, ...]]] = []  # (word, stems of its readings)
        self.number: dict[str, int] = {}
        self.starters: set[str] = set()  # the first words of every matcher's entries
        self.hopeful: list[int] = []  # places in entries of words with a stem among starters
        # the last word sequences checked, each with its new words that did not fit and the
        # numbers of its words
        self._recent: list[tuple[tuple[str, ...], list[str], np.ndarray]] = []

    def see(
        self, words: Sequence[str], stems: Callable[[str], tuple[str, ...]]
    ) -> tuple[list[str], np.ndarray]:
        """Remember the new words of ``words`` (``stems(word)`` gives their stems); return
        those that no longer fit (past :data:`CACHE_SIZE`), which matchers read afresh, and
        the numbers of ``words``."""
        key = words if isinstance(words, tuple) else tuple(words)
        for seen, extra, numbers in self._recent:  # a document's matchers, one after another
            if key is seen or key == seen:
                return extra, numbers
        number = self.number
        found = list(map(number.get, key))  # None for a new word
        extra = []
        if None in found:
            new = sorted({w for w, k in zip(key, found, strict=True) if k is None})
            room = max(CACHE_SIZE - len(self.entries), 0)
            new, extra = new[:room], new[room:]
            first = len(self.entries) + 1
            readings = list(map(stems, new))
            self.entries.extend(zip(new, readings, strict=True))
            number.update(zip(new, range(first, first + len(new)), strict=True))
            hope = map(not_, map(self.starters.isdisjoint, readings))
            self.hopeful.extend(compress(range(first - 1, first - 1 + len(new)), hope))
            found = list(map(number.get, key, repeat(0)))
        numbers = np.fromiter(found, np.intp, len(found))
        self._recent = [(key, extra, numbers), *self._recent[: RECENT - 1]]
        return extra, numbers


@dataclass(frozen=True, slots=True)
class Clitics:
    prefixes: tuple[tuple[str, str], ...]  # (form, restore), longest first
    suffixes: tuple[tuple[str, str], ...]
    keep: frozenset[str] = frozenset()  # words never read as clitic + stem
    whole: frozenset[str] = frozenset()  # suffixes never split into a shorter one (ها)
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    forms_memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    vocabulary: Vocabulary = field(
        default_factory=Vocabulary, compare=False, hash=False, repr=False
    )
    # each proclitic form with its restores (in the given order), and the forms' lengths
    prefix_forms: dict = field(init=False, compare=False, hash=False, repr=False)
    prefix_lengths: tuple = field(init=False, compare=False, hash=False, repr=False)
    # the suffixes by their last letter, each group in the given order
    suffixes_by: dict = field(init=False, compare=False, hash=False, repr=False)
    whole_forms: tuple = field(init=False, compare=False, hash=False, repr=False)
    prefix_initials: frozenset = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        prefixes = _by_form(self.prefixes)
        object.__setattr__(self, "prefix_forms", prefixes)
        object.__setattr__(self, "prefix_lengths", tuple(sorted({len(f) for f in prefixes})))
        object.__setattr__(self, "suffixes_by", _by_last_letter(self.suffixes))
        object.__setattr__(self, "whole_forms", tuple(sorted(self.whole)))
        object.__setattr__(self, "prefix_initials", frozenset(f[:1] for f in prefixes))

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
        """The stems of :meth:`readings` (of a new word, for :class:`Vocabulary`), to test at
        C speed whether a lexicon has any."""
        variants = self.prefix_variants(word)
        forms = self.suffix_variants(word)  # the first variant is the word as written
        if len(self.forms_memo) < CACHE_SIZE:
            self.forms_memo[word] = forms  # what :meth:`word_forms` gives
        if len(variants) == 1:
            return forms
        rest = map(self.suffix_variants, map(itemgetter(0), variants[1:]))
        return forms + tuple(chain.from_iterable(rest))

    def prefix_variants(self, word: str) -> tuple[tuple[str, int], ...]:
        """``(stem, clitic length)`` readings of ``word``, the unstripped one first, then by
        growing clitic length."""
        if word[:1] not in self.prefix_initials:
            return ((word, 0),)
        out = [(word, 0)]
        longest = len(word) - MIN_STEM
        for k in self.prefix_lengths:
            if k > longest:
                break
            for restore in self.prefix_forms.get(word[:k], ()):
                out.append((restore + word[k:], k))
        return tuple(out)

    def suffix_variants(self, word: str) -> tuple[str, ...]:
        """``word`` as written, then without each pronoun suffix it ends in, longest first."""
        group = self.suffixes_by.get(word[-1:])
        if group is None:
            return (word,)  # most words end in no suffix's last letter
        out = [word]
        whole = ""
        if self.whole_forms and word.endswith(self.whole_forms):
            whole = next(w for w in self.whole_forms if word.endswith(w))
        for form, restore in group:
            if whole and len(form) < len(whole):
                continue  # مصالحها: the pronoun ها, not a tanween alef after مصالحة
            if word.endswith(form) and len(word) - len(form) >= MIN_STEM:
                out.append(word[: -len(form)] + restore)
        return tuple(out)

    def word_forms(self, word: str) -> tuple[str, ...]:
        """:meth:`suffix_variants`, cached: a word following the start of an entry."""
        f = self.forms_memo.get(word)
        if f is None:
            f = self.suffix_variants(word)
            if len(self.forms_memo) < CACHE_SIZE:
                self.forms_memo[word] = f
        return f


def _by_form(clitics: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """Each non-empty clitic form with its restores, in the given order."""
    out: dict[str, tuple[str, ...]] = {}
    for form, restore in clitics:
        if form:
            out[form] = out.get(form, ()) + (restore,)
    return out


def _by_last_letter(
    clitics: tuple[tuple[str, str], ...],
) -> dict[str, tuple[tuple[str, str], ...]]:
    """Clitics grouped by their last letter, each group in the given order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for form, restore in clitics:
        if form:
            out.setdefault(form[-1], []).append((form, restore))
    return {letter: tuple(group) for letter, group in out.items()}


@cache
def clitics(lang: str = "ar") -> Clitics:
    pre, suf = [], []
    whole = []
    for row in load_pack(lang).rows("clitics.tsv"):
        pair = (row["form"], row.get("restore", ""))
        {"prefix": pre, "whole": whole}.get(row["kind"], suf).append(pair)
    key = lambda x: -len(x[0])  # noqa: E731
    keep = frozenset(row["form"] for row in load_pack(lang).rows("unsplittable.tsv"))
    wholes = frozenset(form for form, _ in whole)
    return Clitics(tuple(sorted(pre, key=key)), tuple(sorted(suf, key=key)), keep, wholes)


class Match(NamedTuple, Generic[V]):
    """One lexicon entry found in the words. (A named tuple: a document has hundreds.)"""

    start: int  # index into the token sequence
    end: int  # exclusive
    value: V
    clitic: int  # characters of proclitic stripped from the first word


_match = partial(tuple.__new__, Match)  # Match from a 4-tuple, without a Python-level call


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
        # words of the vocabulary that start some entry: (trie node, clitic length) readings
        self._starts: dict[str, tuple[tuple[_Node, int], ...]] = {}
        self._starting = np.zeros(1024, dtype=bool)  # by word number: does it start an entry?
        vocabulary = self._clitics.vocabulary
        vocabulary.starters.update(self._index)
        # the words met before this matcher are read once in full; later ones if hopeful
        self._backlog = len(vocabulary.entries)
        self._learned = len(vocabulary.hopeful)  # hopeful words learned so far

    def __len__(self) -> int:
        return self._size

    def _candidates(self, word: str) -> tuple[tuple[str, int], ...]:
        """Readings of ``word`` that start some entry: as written when it does, else with
        clitics removed (never for the pack's unsplittable words)."""
        if word in self._clitics.keep:
            return ((word, 0),) if word in self._index else ()
        index = self._index
        found = [(stem, n, bare) for stem, n, bare in self._clitics.readings(word) if stem in index]
        if not found:
            return ()
        written = word in index
        if not written:
            return tuple((stem, n) for stem, n, _ in found)
        # as written (or without its article) first; the other readings only where no entry
        # starting with the word as written fits (بطرد 60 دبلوماسيا: ب + طرد دبلوماسي)
        first = [(stem, n) for stem, n, bare in found if bare and (n == 0 or "ال" in word[:n])]
        rest = [(stem, n) for stem, n, bare in found if bare and (stem, n) not in first]
        return tuple(first + rest)

    def _nodes(self, word: str) -> tuple[tuple[_Node, int], ...]:
        """:meth:`_candidates` with each stem's trie node."""
        return tuple((self._index[stem], n) for stem, n in self._candidates(word))

    def _numbers(self, words: Sequence[str]) -> tuple[list[str], np.ndarray]:
        """The vocabulary numbers of ``words`` once this matcher has learned them, and the
        words that did not fit in the vocabulary (number 0)."""
        vocabulary = self._clitics.vocabulary
        extra, numbers = vocabulary.see(words, self._clitics.stems)
        self._learn(vocabulary)
        return extra, numbers

    def _starts_with(self, extra: list[str]) -> dict[str, tuple[tuple[_Node, int], ...]]:
        """The words that start some entry, with their readings, the unfitted ``extra`` too."""
        if not extra:
            return self._starts
        return self._starts | {w: nodes for w in extra if (nodes := self._nodes(w))}

    def _starts_in(self, words: Sequence[str]) -> dict[str, tuple[tuple[_Node, int], ...]]:
        """The words that start some entry, with their readings, once ``words`` are learned."""
        return self._starts_with(self._numbers(words)[0])

    def _positions(
        self, words: Sequence[str]
    ) -> tuple[dict[str, tuple[tuple[_Node, int], ...]], list[int] | None]:
        """:meth:`_starts_in` and the indices of the words that start some entry (None when
        some word did not fit in the vocabulary: look them up by word)."""
        extra, numbers = self._numbers(words)
        if not extra:
            return self._starts, np.flatnonzero(self._starting[numbers]).tolist()
        return self._starts_with(extra), None

    def _learn(self, vocabulary: Vocabulary) -> None:
        """Take in the words the vocabulary met since this matcher last looked: the hopeful
        ones (and, the first time, every word met before the matcher was made). One set test
        on a word's stems settles most at C speed."""
        size = len(vocabulary.entries) + 1  # room for every word's number
        if size > len(self._starting):
            grown = np.zeros(max(2 * len(self._starting), size), dtype=bool)
            grown[: len(self._starting)] = self._starting
            self._starting = grown
        if self._learned == len(vocabulary.hopeful) and not self._backlog:
            return
        if self._backlog:
            places, self._backlog = range(self._backlog), 0
            self._take(vocabulary, places)
        end = len(vocabulary.hopeful)
        self._take(vocabulary, vocabulary.hopeful[self._learned : end])
        self._learned = end

    def _take(self, vocabulary: Vocabulary, places: Sequence[int]) -> None:
        """Learn the vocabulary entries at ``places`` that start some entry of this matcher."""
        entries = vocabulary.entries
        disjoint = self._index.keys().isdisjoint
        for k in places:
            word, stems = entries[k]
            if not disjoint(stems) and (nodes := self._nodes(word)):
                self._starts[word] = nodes
                self._starting[k + 1] = True

    def candidates(self, words: Sequence[str]) -> list[tuple[tuple[str, int], ...]]:
        """:meth:`_candidates` of every word (empty for most)."""
        starts = self._starts_in(words)
        return [self._candidates(w) if w in starts else () for w in words]

    def matches_at(self, words: Sequence[str], i: int) -> list[Match[V]]:
        """All entries starting at word ``i``, longest first (one reading of the clitics)."""
        out: list[Match[V]] = []
        n = len(words)
        for node, clitic in self._starts_in(words).get(words[i], ()):
            stack = [(node, i + 1)]
            while stack:
                node, j = stack.pop()
                out.extend(Match(i, j, v, clitic) for v in node.values)
                if j < n and node.children:
                    for form in self._clitics.word_forms(words[j]):
                        child = node.children.get(form)
                        if child is not None:
                            stack.append((child, j + 1))
            if out:
                break
        out.sort(key=lambda m: m.start - m.end)
        return out

    def find(self, words: Sequence[str]) -> list[Match[V]]:
        """Non-overlapping matches, longest first at each position, left to right."""
        starts, at = self._positions(words)
        if at is None:
            at = compress(range(len(words)), map(starts.__contains__, words))
        return self._walk(words, at, starts)

    def find_gapped(self, words: Sequence[str], keep: Sequence[int]) -> list[Match[V]]:
        """:meth:`find` over the words at the indices ``keep`` as if they stood together,
        ``-1`` for a break no entry spans; a match's indices count places in ``keep``. The
        words of ``words`` are looked up once for all their gapped readings."""
        kept = [words[i] if i >= 0 else GAP for i in keep]
        extra, numbers = self._numbers(words)
        if extra or not keep:
            return self.find(kept)
        at = np.asarray(keep, dtype=np.intp)
        sub = np.where(at >= 0, numbers[at], 0)  # the break has number 0, as no word does
        return self._walk(kept, np.flatnonzero(self._starting[sub]).tolist(), self._starts)

    def _walk(
        self,
        words: Sequence[str],
        at: Iterable[int],
        starts: dict[str, tuple[tuple[_Node, int], ...]],
    ) -> list[Match[V]]:
        """The longest entry at each of the indices ``at`` (the words that start one), left
        to right, none overlapping the one before."""
        out: list[Match[V]] = []
        forms, slow = self._clitics.forms_memo, self._clitics.word_forms
        pos, n = 0, len(words)
        for i in at:
            if i < pos:
                continue
            best_end, best = 0, None
            after = words[i + 1] if i + 1 < n else None
            for node, clitic in starts[words[i]]:
                if (
                    after is None
                    or not node.children
                    or node.children.keys().isdisjoint(forms.get(after) or slow(after))
                ):  # the entry cannot go on past this word: nothing to walk
                    if node.values:
                        best_end, best = i + 1, (node.values, clitic)
                        break
                    continue
                stack = [(node, i + 1)]
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
                for v in values:
                    out.append(_match((i, best_end, v, clitic)))
                pos = best_end
        return out
