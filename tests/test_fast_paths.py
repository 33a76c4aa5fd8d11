"""The shortcuts taken for speed give what the plain computations give."""

from __future__ import annotations

from bisect import bisect_right
from itertools import repeat
from operator import add, sub

from hadath.dateline import _SEP_RE, _chunk_end
from hadath.matcher import Vocabulary
from hadath.normalise import normalise
from hadath.segment import _original, analyse


def _plain_original(text: str, offsets: list[int]) -> list[int]:
    n = normalise(text)
    gaps = list(map(sub, n.removed, range(len(n.removed))))
    return list(map(add, offsets, map(bisect_right, repeat(gaps), offsets)))


def test_original_offsets_with_few_and_many_diacritics() -> None:
    few = "أعلنت وزارةُ الخارجية الروسية اليوم أن الوزير سيزور القاهرة الأسبوع المقبل. " * 3
    many = "قَالَ الرَّئِيسُ إِنَّ الـمُفَاوَضَاتِ سَتُسْتَأْنَفُ غَدًا"
    for text in (few, many):
        n = normalise(text)
        offsets = list(range(0, len(n.text) + 1, 3))
        assert n.removed
        assert _original(n, offsets) == _plain_original(text, offsets)


def test_tokens_keep_their_original_spans() -> None:
    text = "وصلَ الوفدُ إلى الرياض ـ أمس ـ لبحث الأزمة."
    for t in analyse(text).tokens:
        assert normalise(text[t.start : t.end]).text.startswith(t.norm)


def test_vocabulary_learns_each_word_once() -> None:
    v = Vocabulary()
    doc = tuple("بحث الرئيس مع نظيره الروسي الأزمة في سوريا".split())
    assert v.see(doc, lambda w: (w,))[0] == []
    assert len(v.entries) == len(set(doc))
    part = [w for w in doc if w != "في"]  # a part of the same words, then a new document
    v.see(part, lambda w: (w,))
    assert len(v.entries) == len(set(doc))
    v.see(("استقبل", "الرئيس", "وزير", "الخارجيه"), lambda w: (w,))
    assert {w for w, _ in v.entries} == set(doc) | {"استقبل", "وزير", "الخارجيه"}


def test_chunk_end_finds_the_first_separator_after_the_blanks() -> None:
    lines = [
        "القاهرة - أعلنت الحكومة المصرية",
        "الرياض  ــ  واس",
        "دبي: سكاي نيوز عربية",
        "الساعة 10:30 صباحا - بغداد",
        "بلا فاصل في هذا السطر",
    ]
    for line in lines:
        for pos in range(len(line)):
            m = next((m for m in _SEP_RE.finditer(line, pos) if m.start() > pos), None)
            paren = line.find("(", pos)
            if m is not None:
                assert _chunk_end(line, pos, [])[0] == m.start()
            elif paren < 0:
                assert _chunk_end(line, pos, []) == (len(line.rstrip()), len(line))
