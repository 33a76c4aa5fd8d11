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
    monkeypatch.setattr(matcher, "clitics", lambda lang="ar": fresh)
    m = PhraseMatcher(ENTRIES)
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


def test_matchers_made_before_and_after_words_were_met(monkeypatch):
    c = matcher.clitics("ar")
    fresh = Clitics(c.prefixes, c.suffixes, c.keep)
    monkeypatch.setattr(matcher, "clitics", lambda lang="ar": fresh)
    early = PhraseMatcher(ENTRIES)
    # thousands of words that start none of its entries, then one that does
    filler = tuple(f"كلمه{i}" for i in range(5000))
    assert early.find(filler) == []
    words = analyse(TEXT).words
    assert _found(early, words) == _found(PhraseMatcher(ENTRIES), words)
    # a matcher made after the words were met still finds what they start
    late = PhraseMatcher([("كلمه4999", "late"), ("بحث", "040")])
    assert [m.value for m in late.find(filler[-2:] + words[:1])] == ["late", "040"]


def test_gapped_find_is_find_over_the_kept_words():
    words = analyse(TEXT).words
    m = PhraseMatcher(ENTRIES)
    for keep in ([0, 1, 2, -1, 7, 8, 9, 10], list(range(len(words))), [8, 9, 10], []):
        kept = [words[i] if i >= 0 else matcher.GAP for i in keep]
        assert m.find_gapped(words, keep) == m.find(kept)
    assert [m.value for m in m.find_gapped(words, [7, 8, 9, 10])] == ["057"]
