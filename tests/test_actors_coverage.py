"""Coverage of the generic and armed actors news names as targets (agents, groups, demonyms)."""

from __future__ import annotations

import pytest

from hadath.actors import find_actors
from hadath.segment import analyse


def codes(text: str) -> dict[str, str]:
    return {m.text: m.code for m in find_actors(analyse(text))}


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # armed, criminal and separatist people take the country of the text
        ("عناصر إرهابية", "EGYREB"),
        ("عنصرا تكفيريا", "EGYREB"),
        ("قيادات تكفيرية", "EGYREB"),
        ("ميليشيات مسلحة", "EGYREB"),
        ("المقاتلين الأكراد", "EGYREB"),
        ("الانفصاليين", "EGYSEP"),
        ("المهربين", "EGYCRM"),
        ("المشتبه بهم", "EGYCRM"),
        # security bodies and people nouns
        ("الوحدات الأمنية", "EGYCOP"),
        ("القوات التابعة للحكومة", "EGYMIL"),
        ("المقيمين", "EGYCVL"),
        ("الناخبين", "EGYCVL"),
        ("الطلاب", "EGYCVL"),
    ],
)
def test_sector_nouns_alone_take_the_text_country(phrase: str, code: str) -> None:
    assert codes(f"قالت مصر إن {phrase} هاجموا المدينة.")[phrase] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("الزعيم الكوري الشمالي", "PRKGOV"),
        ("زعيم كوريا الشمالية", "PRKGOV"),
        ("الإدارة الأمريكية", "USAGOV"),
        ("الإدارة الاميركية", "USAGOV"),
        ("المرشد الإيراني", "IRNGOV"),
        ("الملحق الثقافي الإيراني", "IRNGOV"),
        ("دورية إسرائيلية", "ISRMIL"),
        ("ضابط إسرائيلي", "ISRMIL"),
        ("الطيران الروسي", "RUSMIL"),
        ("الأمن العراقي", "IRQCOP"),
        ("القس الأمريكي", "USAREL"),
        ("شخص سوري", "SYRCVL"),
        # broken-plural demonyms without the article
        ("دبلوماسيين روس", "RUSGOV"),
        ("مسؤولون أتراك", "TURGOV"),
        ("جنود هنود", "INDMIL"),
        ("مواطنين أمريكان", "USACVL"),
    ],
)
def test_titles_and_nouns_take_the_country_word(phrase: str, code: str) -> None:
    assert codes(f"وقال {phrase} أمس.")[phrase] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("المستوطنين", "ISRCVL"),
        ("الاحتلال الإسرائيلي", "ISRMIL"),
        ("المتمردين الموالين لروسيا", "UKRSEP"),
        ("المؤتمر الوطني العام", "LBYLEG"),
    ],
)
def test_named_groups(phrase: str, code: str) -> None:
    assert codes(f"قالت مصر إن {phrase} هاجموا المدينة.")[phrase] == code


def test_words_that_stay_no_actor_alone() -> None:
    # sector nouns that need a country word are dropped without one
    found = codes("قالت مصر إن الإدارة والزعيم والقس والطيران وصلوا.")
    assert set(found) == {"مصر"}


@pytest.mark.parametrize(
    "text",
    ["سافر على طيران الإمارات إلى دبي.", "قال ويلبور روس إن الرسوم سترتفع."],
)
def test_exclusions_block_false_readings(text: str) -> None:
    found = codes(text)
    assert "ARE" not in {c[:3] for c in found.values()}
    assert "RUS" not in {c[:3] for c in found.values()}
