"""Precision pass on the trigger lexicon: senses of trigger words that are no event stay quiet
(honorifics, 'poses a threat', penal codes, preaching, Palmyra), and the event senses still fire."""

from __future__ import annotations

import pytest

from hadath.segment import analyse
from hadath.triggers import find_triggers


def _codes(sentence: str) -> list[tuple[str, str]]:
    text = analyse(sentence, "ar")
    return [(h.entry.form, h.entry.cameo) for h in find_triggers(text, "ar")]


@pytest.mark.parametrize(
    ("sentence", "quiet"),
    [
        ("وصل خادم الحرمين الشريفين - أيده الله - إلى مدينة جدة مساء أمس.", "ايد"),
        ("قال الخبير إن الجماعات المتطرفة تشكل تهديدا للاستقرار في المنطقة.", "تهديدا"),
        ("ينص قانون العقوبات على السجن لمن يتستر على مجرم.", "العقوبات"),
        ("افتتحت وزارة الشؤون الإسلامية والدعوة والإرشاد جامعا جديدا في الرياض.", "دعوه"),
        ("سيطر التنظيم على مدينة تدمر الأثرية في ريف حمص.", "تدمر"),
        ("يخوض الفريق اللقاء الودي الثاني أمام ضيفه يوم السبت.", "اللقاء"),
        ("وصل المتسلقون إلى قمة الجبل بعد ثلاثة أيام.", "قمه"),
        ("انتقد نواب من كتلة اللقاء الديمقراطي أداء الحكومة اللبنانية.", "اللقاء"),
    ],
)
def test_sense_that_is_no_event_stays_quiet(sentence: str, quiet: str) -> None:
    forms = [form for form, _ in _codes(sentence)]
    assert quiet not in forms, forms


@pytest.mark.parametrize(
    ("sentence", "form", "root"),
    [
        ("أيد الرئيس الفرنسي قرار الاتحاد الأوروبي فرض رسوم جديدة.", "ايد", "05"),
        ("هدد وزير الدفاع بالرد على أي تهديد يطال الحدود.", "هدد", "13"),
        ("فرضت الولايات المتحدة العقوبات على شركات إيرانية جديدة.", "العقوبات", "16"),
        ("وصل الرئيس إلى الرياض للمشاركة في قمة مجلس التعاون الخليجي.", "قمه", "04"),
        ("جرى اللقاء بين وزيري الخارجية في العاصمة الأردنية عمان.", "اللقاء", "04"),
        ("دمر الجيش ثلاثة أنفاق على الحدود الشرقية.", "دمر", "17"),
        ("وعد الرئيس بإجراء انتخابات مبكرة قبل نهاية العام.", "وعد", "03"),
    ],
)
def test_event_sense_still_fires(sentence: str, form: str, root: str) -> None:
    codes = _codes(sentence)
    assert any(f.startswith(form) and c[:2] == root for f, c in codes), codes


def test_at_the_invitation_of_is_no_appeal() -> None:
    from hadath import code_text

    found = code_text(
        "وشارك الرئيس السوداني في الاحتفالات بدعوة من الرئيس المصري.", published="2015-08-04"
    ).events
    assert not [e for e in found if e.root == "02"]  # the invitation is a circumstance
