"""Facilities and units that stand for their owner as actors (agents.tsv): a police station is
the police of the story's country, a military base with a country adjective is that army."""

from __future__ import annotations

import pytest

from hadath.actors import find_actors
from hadath.segment import analyse


def codes(text: str) -> dict[str, str]:
    """Mention text -> code."""
    return {m.text: m.code for m in find_actors(analyse(text))}


@pytest.mark.parametrize(
    "text,mention,code",
    [
        # accusative indefinite with li- (مركزا للشرطة) takes the story's country
        ("هاجم مسلحون مركزا للشرطة في مدينة القصرين التونسية", "مركزا للشرطة", "TUNCOP"),
        # a proclitic (بـ) and the definite construct
        (
            "قتل شرطيان في هجوم بمركز الشرطة في سيدي بوزيد، وفق وزارة الداخلية التونسية",
            "بمركز الشرطة",
            "TUNCOP",
        ),
        ("فجر انتحاري نفسه عند نقطة تفتيش في ضواحي كابول الأفغانية", "نقطة تفتيش", "AFGCOP"),
        ("أحرق المحتجون مبنى المحافظة في البصرة العراقية", "مبنى المحافظة", "IRQGOV"),
        ("سقطت قذيفة على سوق شعبي مزدحم في ريف دمشق السوري", "سوق شعبي", "SYRCVL"),
        ("اندلع حريق في مخيم للنازحين في محافظة إدلب السورية", "مخيم للنازحين", "SYRREF"),
        # with its own country word
        ("اقتحم متظاهرون السفارة الأميركية في العاصمة", "السفارة الأميركية", "USAGOV"),
        ("أطلق مسلحون النار على قافلة عسكرية تركية", "قافلة عسكرية تركية", "TURMIL"),
        # the military base is not al-Qaeda (القاعدة)
        (
            "استهدف هجوم بطائرات مسيرة القاعدة العسكرية الروسية",
            "القاعدة العسكرية الروسية",
            "RUSMIL",
        ),
        ("قصفت طائرات إسرائيلية موقعا عسكريا سوريا", "موقعا عسكريا سوريا", "SYRMIL"),
        ("استهدفت القذائف نقاط المراقبة التركية في ريف ادلب", "نقاط المراقبة التركية", "TURMIL"),
        ("دمر الصاروخ دبابة إسرائيلية على الحدود", "دبابة إسرائيلية", "ISRMIL"),
    ],
)
def test_facility_takes_its_country_word_else_the_story_country(
    text: str, mention: str, code: str
) -> None:
    assert codes(text).get(mention) == code


def test_al_qaeda_is_still_a_group() -> None:
    found = codes("أعلن تنظيم القاعدة مسؤوليته عن الهجوم")
    assert found.get("تنظيم القاعدة", "").endswith("REB")


def test_centre_of_studies_is_no_actor() -> None:
    """مركز alone is a centre: only the police station phrases are actors."""
    found = codes("قال مركز الدراسات الاستراتيجية في تونس إن الأسعار ارتفعت")
    assert not any(m.startswith("مركز") for m in found), found


def test_observation_post_alone_needs_its_country() -> None:
    found = codes("انسحبت القوات من نقطة المراقبة قرب مدينة حماة السورية")
    assert "نقطة المراقبة" not in found, found


def test_turned_into_barracks_is_no_target() -> None:
    found = codes("حولت الميليشيات المدرسة إلى ثكنة عسكرية في اليمن")
    assert not any("ثكنة" in m for m in found), found
