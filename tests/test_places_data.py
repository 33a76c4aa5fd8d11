"""The reviewed place tables (place_variants.tsv, place_exclusions.tsv) and what they resolve."""

from __future__ import annotations

import babel
import pytest

from hadath.lang import load_pack, read_tsv, shared_data
from hadath.normalise import norm
from hadath.places import find_places
from hadath.segment import analyse

FEATURES = {"country", "region", "city", "site"}


def places(text: str, countries: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    return [(m.text, m.name, m.country) for m in find_places(analyse(text), countries)]


def iso3_codes() -> set[str]:
    return {row["iso3"] for row in read_tsv(shared_data("iso3.tsv"))}


def variant_rows() -> list[dict[str, str]]:
    return list(load_pack("ar").rows("place_variants.tsv"))


def test_variants_are_normalised_sorted_unique_and_valid():
    rows = variant_rows()
    assert len(rows) > 700
    codes = iso3_codes()
    keys = [(r["form"], r["name"], r["country"], r["feature"]) for r in rows]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    for r in rows:
        assert norm(r["form"]) == r["form"], r["form"]
        assert r["country"] in codes, r
        assert r["feature"] in FEATURES, r
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        assert int(r["population"]) >= 0 and r["note"], r


def test_exclusions_are_normalised_sorted_unique():
    rows = list(load_pack("ar").rows("place_exclusions.tsv"))
    forms = [r["form"] for r in rows]
    assert forms == sorted(forms) and len(set(forms)) == len(forms)
    assert all(norm(f) == f for f in forms)
    assert {r["context"] for r in rows} <= {"never", "cue", ""}


def test_iso3_table_knows_babel_territories():
    # every ISO alpha-2 territory babel knows maps onto a code of our table (sanity of iso3.tsv)
    assert "AFG" in iso3_codes() and "SSD" in iso3_codes()
    assert "AF" in babel.Locale("en").territories


def test_zabul_is_afghan_in_an_afghan_article_and_zabol_in_an_iranian_one():
    afghan = "قتل خمسة من عناصر الشرطة الأفغانية في هجوم لطالبان على نقطة تفتيش في ولاية زابل"
    assert places(afghan, ("AFG",)) == [("زابل", "Zabul", "AFG")]
    iranian = "وقع زلزال قرب مدينة زابل الإيرانية في محافظة سيستان وبلوشستان"
    found = places(iranian, ("IRN",))
    assert found[0][2] == "IRN" and found[-1] == ("سيستان وبلوشستان", "Sistan and Baluchestan",
                                                   "IRN")


def test_provinces_and_governorates_resolve():
    assert places("اشتباكات عنيفة في إقليم بلوشستان جنوب غربي البلاد") == [
        ("بلوشستان", "Balochistan", "PAK")]
    assert places("سقطت قذائف على قرى في محافظة ذي قار جنوب العراق")[0] == (
        "ذي قار", "Dhi Qar", "IRQ")
    assert places("شن الجيش غارات في البقاع الأوسط")[0] == ("البقاع الأوسط", "Central Bekaa", "LBN")
    assert places("تواصل الاحتجاجات في منطقة القصيم")[0][1:] == ("Qassim", "SAU")
    assert places("أعلن حالة الطوارئ في إقليم تيغراي")[0][1:] == ("Tigray", "ETH")


def test_towns_from_the_news():
    assert places("خرج المحتجون في مدينة جرادة شرق المغرب")[0][1:] == ("Jerada", "MAR")
    assert places("نقل العميل الروسي إلى المستشفى في مدينة سالزبري")[0][1:] == ("Salisbury", "GBR")
    assert places("سقطت قذيفة على منطقة الدريهمي")[0][1:] == ("Ad Durayhimi", "YEM")
    assert places("وصل الوفد إلى بيونغ يانغ صباح اليوم")[0][1:] == ("Pyongyang", "PRK")


def test_common_words_stay_words():
    # السند (support), نصيب (share), مطروح (proposed), الشرقية (eastern) are no place uncued
    assert places("قدمت الحكومة السند الكافي للمشروع المطروح على الطاولة") == []
    assert places("كان التحسن من نصيب الأغنياء في الجهة الشرقية من المدينة") == []
    assert places("قال الدكتور طريف إن المستشفى جاهز") == []
    # مدينة إب is not read into مدينة أبها (the pronoun-suffix split of ابها)
    assert places("أقيمت الفعاليات في مدينة أبها")[0][1:] == ("Abha", "SAU")


@pytest.mark.parametrize(("text", "country"), [
    ("تظاهر الآلاف في محافظة الشرقية بمصر", "EGY"),
    ("هطلت أمطار غزيرة على المنطقة الشرقية في السعودية", "SAU"),
])
def test_ambiguous_regions_follow_the_article(text: str, country: str):
    assert places(text)[0][2] == country
