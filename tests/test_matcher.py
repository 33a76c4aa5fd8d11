from hadath.matcher import PhraseMatcher
from hadath.segment import analyse


def _find(entries, text):
    words = [t.norm for t in analyse(text).tokens]
    return [
        (" ".join(words[m.start : m.end]), m.value, m.clitic)
        for m in PhraseMatcher(entries).find(words)
    ]


def test_proclitics_and_article():
    found = _find([("تسليم", "087"), ("القيادة", "X")], "بتسليم وللقيادة")
    assert found == [("بتسليم", "087", 1), ("وللقياده", "X", 3)]


def test_word_as_written_wins_over_clitic_reading():
    assert _find([("بحث", "040"), ("حث", "02")], "بحث الرئيس") == [("بحث", "040", 0)]


def test_clitic_reading_where_no_entry_as_written_fits():
    entries = [("بطرد الدبلوماسيين", "161"), ("طرد دبلوماسي", "161"), ("التجار", "BUS")]
    # بطرد starts an entry as written, but not one that fits here: ب + طرد دبلوماسي
    assert _find(entries, "بطرد دبلوماسيا") == [("بطرد دبلوماسيا", "161", 1)]
    assert _find(entries, "بطرد الدبلوماسيين") == [("بطرد الدبلوماسيين", "161", 0)]
    # never a pronoun read off a word that starts an entry (التجاره is trade, not التجار + ه)
    assert _find([*entries, ("التجاره الحره", "-")], "التجارة العالمية") == []


def test_pronoun_suffix_and_accusative_alef():
    found = _find([("زيارة", "042"), ("اتصال هاتفي", "041")], "زيارته وأجرى اتصالا هاتفيا")
    assert found == [("زيارته", "042", 0), ("اتصالا هاتفيا", "041", 0)]


def test_longest_match_first():
    found = _find([("اطلاق النار", "190"), ("وقف اطلاق النار", "057")], "أعلن وقف إطلاق النار")
    assert found == [("وقف اطلاق النار", "057", 0)]


def test_no_match_in_unrelated_text():
    assert _find([("اتصال هاتفي", "041")], "فاز الفريق بالمباراة") == []
