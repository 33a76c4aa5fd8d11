"""Datelines: every common shape, offsets, and lines that are not datelines."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from hadath.dateline import Dateline, parse_dateline


def dl(text: str) -> tuple[str | None, str | None, date | None, str]:
    got = parse_dateline(text)
    assert got is not None, text
    return got.outlet, got.place, got.published, text[got.start : got.end]


def test_outlets_and_date_in_parentheses_after_a_title():
    text = (
        "الرئيسان الروسي والأوزبكستاني يبحثان هاتفيا الأحداث\n\n"
        "(پاکستان پوائنٹ نیوز / سبوتنيك - 13 كانون الثاني 2022ء) بحث الرئيس الروسي، فلاديمير بوتين"
    )
    assert dl(text) == (
        "پاکستان پوائنٹ نیوز / سبوتنيك",
        None,
        date(2022, 1, 13),
        "(پاکستان پوائنٹ نیوز / سبوتنيك - 13 كانون الثاني 2022ء)",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "القاهرة - 5 فبراير/شباط 2023 أعلنت وزارة الخارجية المصرية أن",
            (None, "القاهرة", date(2023, 2, 5), "القاهرة - 5 فبراير/شباط 2023"),
        ),
        (
            "الرباط في 3 جانفي 2021 - قال وزير الخارجية المغربي إن",
            (None, "الرباط", date(2021, 1, 3), "الرباط في 3 جانفي 2021 -"),
        ),
        (
            "دمشق - ١٣/٠١/٢٠٢٢ - أعلنت وزارة الدفاع السورية أن",
            (None, "دمشق", date(2022, 1, 13), "دمشق - ١٣/٠١/٢٠٢٢ -"),
        ),
        (
            "الرياض 2022-01-13 (واس) - وصل وزير الخارجية إلى",
            ("واس", "الرياض", date(2022, 1, 13), "الرياض 2022-01-13 (واس) -"),
        ),
        (
            "جدة 15 رمضان 1444هـ (واس) - استقبل ولي العهد",
            ("واس", "جدة", date(2023, 4, 6), "جدة 15 رمضان 1444هـ (واس) -"),
        ),
        (
            "بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n طالب رئيس مجلس النواب العراقي",
            (
                "واس",
                "بغداد",
                date(2015, 8, 10),
                "بغداد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس",
            ),
        ),
    ],
)
def test_place_and_date(text, expected):
    assert dl(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "دبي - سكاي نيوز عربية\nقال مسؤول إماراتي إن",
            ("سكاي نيوز عربية", "دبي", None, "دبي - سكاي نيوز عربية"),
        ),
        (
            "(رويترز) - قالت وزارة الخارجية الإسبانية إنها تعتزم استدعاء",
            ("رويترز", None, None, "(رويترز) -"),
        ),
        (
            "مدريد (رويترز) – قالت وزارة الخارجية الإسبانية إنها",
            ("رويترز", "مدريد", None, "مدريد (رويترز) –"),
        ),
        ("واس - وافق مجلس الوزراء في جلسته على عدد من القرارات", ("واس", None, None, "واس -")),
        (
            "أتلانتا، الولايات المتحدة الامريكية (CNN)-- نشرت وزارة الخارجية البريطانية بياناً",
            (
                "CNN",
                "أتلانتا، الولايات المتحدة الامريكية",
                None,
                "أتلانتا، الولايات المتحدة الامريكية (CNN)--",
            ),
        ),
        (
            "سبق- الرياض: قدمت حكومة المملكة العربية السعودية مساعدات",
            ("سبق", "الرياض", None, "سبق- الرياض:"),
        ),
        (
            "عين اليوم – القاهرة\nبعد أكثر من أربعة شهور أمضوها",
            ("عين اليوم", "القاهرة", None, "عين اليوم – القاهرة"),
        ),
        ("باريس (أ ف ب) - أعلنت الرئاسة الفرنسية", ("أ ف ب", "باريس", None, "باريس (أ ف ب) -")),
    ],
)
def test_place_and_outlet_without_date(text, expected):
    assert dl(text) == expected


def test_date_line_under_the_title():
    text = "مطار العريش يستقبل 3 طائرات مساعدات\nالأحد 05/نوفمبر/2023 - 07:56 م\nاستقبل المطار"
    got = parse_dateline(text)
    assert got == Dateline(
        None, None, date(2023, 11, 5), text.index("الأحد"), text.index("م\n") + 1
    )


@pytest.mark.parametrize(
    "text",
    [
        "التقى الرئيس الروسي فلاديمير بوتين السبت في موسكو الرئيس الفلسطيني محمود عباس",
        "الرئيس السوري: لن نتراجع\nقال الرئيس السوري في كلمة",
        "أعلن الاتحاد الدولي لكرة القدم (فيفا) أن البطولة ستقام",
        "أكدت الشرطة النرويجية، اليوم (الأربعاء)، أن المشتبه به",
        "قالت لي صديقتي الصغيرة والجميلة (بدرية): إن الحياة",
        "(1) الإفراط في تناول الطعام",
        "",
    ],
)
def test_not_a_dateline(text):
    assert parse_dateline(text) is None


def test_dateline_must_start_near_the_top():
    body = "نص طويل بلا تاريخ " * 30
    assert parse_dateline(body + "\n(رويترز) - قال") is None


def test_dev_datelines_agree_with_published(dev_gold: Path):
    agree = 0
    for line in dev_gold.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        got = parse_dateline(doc["text"])
        if got is not None and got.published is not None:
            assert got.published.isoformat() == doc["published"], doc["id"]
            agree += 1
    assert agree >= 3
