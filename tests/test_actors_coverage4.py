"""Seventh actor pass: loyalist forces, police and security men, courts and prosecutors, people
nouns that take an adjective's country, and exclusions for given names and adjectives read as
actors."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.actors import find_actors
from hadath.segment import analyse


def codes(text: str, on: date = date(2018, 6, 1)) -> dict[str, str]:
    return {m.text: m.code for m in find_actors(analyse(text), on=on)}


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("شرطة الحدود", "IRQCOP"),
        ("ضابط شرطة", "IRQCOP"),
        ("رجل أمن", "IRQCOP"),
        ("عناصر أمن", "IRQCOP"),
        ("القوات الموالية", "IRQUAF"),
        ("المليشيا", "IRQREB"),
        ("نيابة أمن الدولة", "IRQJUD"),
        ("المدافعين عن حقوق الإنسان", "IRQOPP"),
        ("محامي الدفاع", "IRQJUD"),
    ],
)
def test_agents_take_the_text_country(phrase: str, code: str) -> None:
    assert codes(f"قالت الحكومة العراقية في بغداد إن {phrase} رفضوا القرار.")[phrase] == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("شاب فلسطيني", "PSECVL"),
        ("طفلا فلسطينيا", "PSECVL"),
        ("مواطنا سعوديا", "SAUCVL"),
        ("امرأة سورية", "SYRCVL"),
    ],
)
def test_people_nouns_take_an_adjectives_country(phrase: str, code: str) -> None:
    assert codes(f"وقالت المصادر إن الشرطة اعتقلت {phrase} أمس.")[phrase] == code


def test_people_nouns_alone_stay_uncoded() -> None:
    found = codes("قالت الحكومة العراقية إن شابا أصيب في الحادث.")
    assert "شابا" not in found


def test_named_bodies() -> None:
    assert codes("وتقدمت قوات هادي نحو صنعاء.", date(2015, 8, 1))["قوات هادي"] == "YEMMIL"
    assert codes("وأصدر ديوان المظالم حكما.")["ديوان المظالم"] == "SAUJUD"
    assert codes("وسيطرت المليشيا الحوثية على الميناء.")["المليشيا الحوثية"] == "YEMREB"


def test_given_names_and_adjectives_are_not_actors() -> None:
    found = codes("استقبل الأمير تركي بن طلال السفير الأمريكي.")
    assert not any(code.startswith("TUR") for code in found.values())
    assert "الدولتين" not in codes("وشدد على حل الدولتين بين روسيا وفرنسا.")
    assert "طوكيو" not in codes("ارتفعت أسهم الإنماء طوكيو أمس.")
    found = codes("قالت وزارة الإعلام السعودية إن الحريات الصحفية مصونة.")
    assert not any(code.endswith("MED") for code in found.values())


def test_press_adjective_needs_a_country_word() -> None:
    assert codes("قالت الصحفية الأمريكية إن التحقيق مستمر.")["الصحفية الأمريكية"] == "USAMED"
