"""The speed paths give what the plain ones give: a full vocabulary, the fold by replace, the
dateline lines left unread."""

from hadath import matcher
from hadath.dateline import parse_dateline
from hadath.matcher import Clitics, PhraseMatcher
from hadath.normalise import _DELETE_RE, _TRANSLATE, _fold_text, _removed, normalise
from hadath.segment import analyse

TEXT = "بحث الرئيس الروسي هاتفيا مع نظيره وأعلن وقف إطلاق النار في 13 كانون الثاني 2022ء."
ENTRIES = [("وقف اطلاق النار", "057"), ("اطلاق النار", "190"), ("بحث", "040"), ("هاتفي", "X")]


def _found(m: PhraseMatcher, words: tuple[str, ...]) -> list[tuple]:
    return [tuple(x) for x in m.find(words)]


def test_full_vocabulary_still_matches(monkeypatch):
    words = analyse(TEXT).words
    expected = _found(PhraseMatcher(ENTRIES), words)
    assert ("057" in [v for _, _, v, _ in expected]) and len(expected) == 3
    monkeypatch.setattr(matcher, "CACHE_SIZE", 3)  # room for three words only
    c = matcher.clitics("ar")
    fresh = Clitics(c.prefixes, c.suffixes, c.keep)
    m = PhraseMatcher(ENTRIES)
    monkeypatch.setattr(m, "_clitics", fresh)
    assert _found(m, words) == expected
    assert _found(m, words) == expected  # asked again: the words that did not fit are read again
    assert len(fresh.vocabulary.entries) == 3


def test_fold_and_removed_as_translate_and_regex():
    for text in (TEXT, "أإآ ى ة ٢٠٢٢ء ABC\tx «قال» ٫ ـــ كَتَبَ", "", "2ًء"):
        assert _fold_text(text) == text.translate(_TRANSLATE)
        assert _removed(text) == tuple(m.start() for m in _DELETE_RE.finditer(text))
        assert normalise(text).text == _DELETE_RE.sub("", text).translate(_TRANSLATE)


def test_dateline_lines_without_year_or_parenthesis():
    line = parse_dateline("القاهرة - 5 فبراير/شباط 2023\nأعلنت الحكومة")
    assert line is not None and line.place == "القاهرة" and str(line.published) == "2023-02-05"
    assert parse_dateline("قتل 5 أشخاص في هجوم\nوقال مسؤول") is None
