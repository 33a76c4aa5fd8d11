"""Recall additions to the Arabic trigger lexicon: verbs and phrases news uses for sanctions,
suspensions, expulsions, agreements, concern and solidarity, and the idioms kept out."""

from __future__ import annotations

import pytest

from hadath.segment import analyse
from hadath.triggers import find_triggers


def _codes(sentence: str) -> list[tuple[str, str]]:
    text = analyse(sentence)
    return [(" ".join(text.words[h.start : h.end]), h.entry.cameo) for h in find_triggers(text)]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("وجمدت الحكومة الفرنسية أموال شركات إيرانية.", "163"),
        ("جمدت وزارة الخزانة أصول رجل الأعمال.", "163"),
        ("وقررت الرياض وقف جميع برامج التعاون مع أوتاوا.", "160"),
        ("وقالت إن الحكومة أوقفت تنفيذ مشروعات في البلاد.", "1621"),
        ("قالت إنها ستطرد دبلوماسيين روس خلال أسبوع.", "161"),
        ("وطرد عشرات الدبلوماسيين من السفارة.", "161"),
        ("اتفق الجانبان على تعزيز التعاون الأمني.", "030"),
        ("وأعرب الأمين العام عن قلقه من التصعيد.", "111"),
        ("وأكدت الوزارة تضامنها مع المملكة.", "051"),
        ("وتم التوصل إلى هدنة بين الطرفين.", "057"),
        ("وأعلن تنظيم داعش مسؤوليته عن الهجوم.", "015"),
        ("أعلن الجيش إسقاط طائرتين مسيرتين.", "190"),
        ("وكانت واشنطن قد قررت إرسال أسلحة إلى كييف.", "072"),
    ],
)
def test_new_triggers_fire(sentence: str, code: str) -> None:
    assert code in [c for _, c in _codes(sentence)], _codes(sentence)


def test_future_prefix_is_read_as_clitic() -> None:
    """سـ forms are not listed: the matcher strips the prefix, so status can see it."""
    text = analyse("قالت إنها ستطرد دبلوماسيين روس.")
    hit = next(h for h in find_triggers(text) if h.entry.cameo == "161")
    assert hit.clitic == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "وجاء القرار لقطع الطريق أمام الشائعات.",
        "أبدت الإدارة استعدادها لقطع الطريق على المنافسين.",
        "شارك وزير التضامن الاجتماعي في الحفل.",
    ],
)
def test_idioms_stay_quiet(sentence: str) -> None:
    assert not [c for _, c in _codes(sentence) if c[:2] in ("14", "05")], _codes(sentence)
