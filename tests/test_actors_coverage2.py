"""Actors that event triggers used to find no source or target for: sector nouns, bodies and titles
seen near dropped triggers in the corpus (agents, groups, organisations, exclusions)."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.actors import find_actors
from hadath.pipeline import code_text
from hadath.segment import analyse


def codes(text: str) -> dict[str, str]:
    return {m.text: m.code for m in find_actors(analyse(text), on=date(2018, 6, 1))}


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("الحكومة", "JORGOV"),
        ("الوزارة", "JORGOV"),
        ("القوات الأمنية", "JORCOP"),
        ("قوات الطوارئ", "JORCOP"),
        ("القوات المشتركة", "JORMIL"),
        ("سلطات الأمن", "JORCOP"),
        ("الانقلابيين", "JORREB"),
        ("المتهمين", "JORCRM"),
        ("الجناة", "JORCRM"),
        ("الخاطفين", "JORCRM"),
        ("الصحافيين", "JORMED"),
        ("النشطاء", "JOROPP"),
        ("المزارعين", "JORCVL"),
        ("الصيادين", "JORCVL"),
        ("الأطباء المقيمون", "JORLAB"),
        ("سائقو الشاحنات", "JORLAB"),
        ("هيئة المحلفين", "JORJUD"),
    ],
)
def test_sector_nouns_alone_take_the_text_country(phrase: str, code: str) -> None:
    assert codes(f"قال الأردن إن {phrase} رفضوا القرار.")[phrase] == code


def test_a_sector_noun_takes_a_following_country_adjective() -> None:
    assert codes("وقالت الحكومة العراقية إنها سترد.")["الحكومة العراقية"] == "IRQGOV"


def test_bare_indefinite_government_still_needs_a_country() -> None:
    # حكومة alone is "a government": only الحكومة (the government) stands without a country word.
    assert "حكومة" not in codes("قالت مصر إن حكومة جديدة ستتشكل.")


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("خادم الحرمين الشريفين", "SAUGOV"),
        ("نائب خادم الحرمين الشريفين", "SAUGOV"),
        ("نظام الأسد", "SYRGOV"),
        ("قوات الأسد", "SYRMIL"),
        ("المقاومة الجنوبية", "YEMUAF"),
        ("قوات الطوارئ الدولية", "IGOUNO"),
    ],
)
def test_named_bodies_have_a_fixed_code(phrase: str, code: str) -> None:
    assert codes(f"وأكد {phrase} أمس موقفه.")[phrase] == code


def test_jihadist_group_takes_the_country_it_operates_in() -> None:
    found = codes("قالت مصادر يمنية إن أنصار الشريعة هاجموا نقطة في أبين باليمن.")
    assert found["أنصار الشريعة"] == "YEMREB"


@pytest.mark.parametrize(
    "text",
    [
        "تأهل الفريق إلى نهائي كأس خادم الحرمين الشريفين.",
        "وصل ضيوف خادم الحرمين الشريفين إلى مكة.",
    ],
)
def test_things_named_after_the_king_are_not_the_king(text: str) -> None:
    assert "SAUGOV" not in codes(text).values()


def test_an_act_of_the_government_alone_is_coded() -> None:
    events = code_text(
        "قال وزير الخارجية الأردني إن الحكومة ستحترم مطالب المحتجين. "
        "واتهمت الحكومة المحتجين بإغلاق الطرق.",
        published="2018-06-04",
    ).events
    assert any(e.source is not None and e.source.code == "JORGOV" for e in events)
