"""Time expressions: calendars, relative days, weekday checks, vague spans, data files, the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from hadath.cli.dates import register
from hadath.dates import find_times, is_day, resolve_future, resolve_weekday
from hadath.lang import load_pack
from hadath.normalise import norm
from hadath.records import TimeMention
from hadath.segment import analyse

THU = date(2022, 1, 13)  # a Thursday


def times(text: str, published: date | None = THU) -> list[TimeMention]:
    return list(find_times(analyse(text), published))


def one(text: str, published: date | None = THU) -> TimeMention:
    found = times(text, published)
    assert len(found) == 1, found
    return found[0]


# ---- explicit dates, every calendar


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع الانفجار في 13 كانون الثاني 2022", date(2022, 1, 13)),  # Levantine
        ("وقع الانفجار في 5 شباط 2023", date(2023, 2, 5)),
        ("وقع الانفجار في 9 تشرين الأول 2021", date(2021, 10, 9)),
        ("وقع الانفجار في 9 تشرين أول 2021", date(2021, 10, 9)),
        ("وقع الانفجار في 5 فبراير 2023", date(2023, 2, 5)),  # Egyptian / Gulf
        ("وقع الانفجار في 20 يونيه 2019", date(2019, 6, 20)),
        ("وقع الانفجار في 3 جانفي 2021", date(2021, 1, 3)),  # Maghrebi
        ("وقع الانفجار في 14 جويلية 2020", date(2020, 7, 14)),
        ("وقع الانفجار في 2 أوت 2019", date(2019, 8, 2)),
        ("وقع الانفجار في 15 رمضان 1444هـ", date(2023, 4, 6)),  # Hijri
        ("وقع الانفجار في 25 شوال 1436 هـ", date(2015, 8, 10)),
        ("وقع الانفجار في ١٣ يناير ٢٠٢٢", date(2022, 1, 13)),  # Eastern Arabic digits
        ("وقع الانفجار في 13 يناير 2022ء", date(2022, 1, 13)),
        ("وقع الانفجار في 10 أغسطس 2015م", date(2015, 8, 10)),
        ("وقع الانفجار في 10 أغسطس 2015 م", date(2015, 8, 10)),
    ],
)
def test_explicit_day_month_year(text, expected):
    m = one(text)
    assert (m.date, m.precision) == (expected, "day")
    assert text[m.start : m.end] == m.text and m.text.startswith(text.split(" في ")[1][:2])


def test_double_forms_are_one_mention():
    m = one("في 5 فبراير/شباط 2023 أعلنت الوزارة")
    assert (m.text, m.date) == ("5 فبراير/شباط 2023", date(2023, 2, 5))
    m = one("اعتقل في كانون الثاني/يناير 2021")
    assert (m.text, m.date, m.end_date, m.precision) == (
        "كانون الثاني/يناير 2021",
        date(2021, 1, 1),
        date(2021, 1, 31),
        "month",
    )
    m = one("منذ تشرين الثاني/نوفمبر الماضي", date(2018, 4, 30))
    assert (m.date, m.precision, m.rule) == (date(2017, 11, 1), "month", "date:month:past")
    m = one("في 4 آذار (مارس) 2018")
    assert m.date == date(2018, 3, 4) and m.text == "4 آذار (مارس) 2018"


def test_ordinal_day_of_a_month():
    m = one("أصدرت المحكمة حكمها في الأول من إبريل/ نيسان الجاري", date(2018, 4, 25))
    assert (m.text, m.date, m.precision) == ("الأول من إبريل/ نيسان", date(2018, 4, 1), "day")
    m = one("وقع الهجوم في الحادي والعشرين من آذار 2017")
    assert (m.date, m.precision) == (date(2017, 3, 21), "day")
    assert times("حل الفريق في المركز الثاني من حيث النقاط") == []  # no month: no date


def test_numeric_dates():
    assert one("بتاريخ 13/01/2022 صدر القرار").date == date(2022, 1, 13)
    assert one("بتاريخ ١٣/٠١/٢٠٢٢ صدر القرار").date == date(2022, 1, 13)
    assert one("بتاريخ 2022-01-13 صدر القرار").rule == "numeric:ymd"
    assert one("بتاريخ 05/11/2023 صدر القرار").date == date(2023, 11, 5)  # day first
    assert one("بتاريخ 31/12/2023 صدر القرار").date == date(2023, 12, 31)
    m = one("الأحد 05/نوفمبر/2023 - 07:56 م", date(2023, 11, 5))
    assert (m.date, m.note, m.rule) == (date(2023, 11, 5), None, "weekday+numeric:dmy")
    assert times("بلغت النسبة 3/4 من الأصوات") == []


def test_day_month_without_year_takes_the_near_year():
    assert one("وصل الوفد في 24 يوليو", date(2015, 8, 11)).date == date(2015, 7, 24)
    assert one("وصل الوفد في 13 آب", THU).date == date(2021, 8, 13)
    # a coming date named by day and month: the summit of 12 June, written on 31 May
    assert one("القمة المقررة في 12 حزيران/يونيو", date(2018, 5, 31)).date == date(2018, 6, 12)
    first, second = times("في 30 و31 يوليو", date(2015, 7, 31))
    assert (first.text, first.date, second.date) == ("30", date(2015, 7, 30), date(2015, 7, 31))


def test_ambiguous_month_words_need_a_number():
    assert times("قال الأب إن ابنه مارس الرياضة") == []
    assert times("شاهدت سيارة نيسان جديدة") == []
    assert times("تحدثت جوانا عن رمضان") == []
    assert one("في 13 آب 2021").date == date(2021, 8, 13)
    assert one("في ماي 2021").precision == "month"
    assert one("في 3 مارس").date == date(2021, 3, 3)
    assert one("منذ مارس الماضي").date == date(2021, 3, 1)


def test_month_and_year_alone_give_spans():
    m = one("في يونيو", date(2015, 7, 25))
    assert (m.date, m.end_date, m.precision, is_day(m)) == (
        date(2015, 6, 1),
        date(2015, 6, 30),
        "month",
        False,
    )
    assert one("في ديسمبر", date(2015, 7, 31)).date == date(2014, 12, 1)
    m = one("منذ عام 2011")
    assert (m.text, m.date, m.end_date, m.precision) == (
        "2011",
        date(2011, 1, 1),
        date(2011, 12, 31),
        "year",
    )
    assert one("خلال العام 2015م").text == "2015م"
    assert times("قتل 2015 شخصا") == []  # a bare number is not a year


# ---- relative days and weekdays


@pytest.mark.parametrize(
    ("text", "offset", "span"),
    [
        ("قال اليوم إن", 0, "اليوم"),
        ("قال أمس إن", -1, "أمس"),
        ("قال البارحة إن", -1, "البارحة"),
        ("قال أول أمس إن", -2, "أول أمس"),
        ("قال أمس الأول إن", -2, "أمس الأول"),
        ("يصل غدا إلى", 1, "غدا"),
        ("يصل بعد غد إلى", 2, "بعد غد"),
        ("قال مساء أمس إن", -1, "مساء أمس"),
        ("قال فجر اليوم إن", 0, "فجر اليوم"),
        ("وقال يوم أمس إن", -1, "يوم أمس"),
        ("وأمس قال إن", -1, "أمس"),  # the conjunction stays outside the span
    ],
)
def test_relative_days(text, offset, span):
    m = one(text)
    assert (m.date, m.precision, m.text) == (
        date.fromordinal(THU.toordinal() + offset),
        "day",
        span,
    )


@pytest.mark.parametrize(
    ("text", "expected", "mismatch"),
    [
        ("بحث الرئيس اليوم الخميس الأحداث", THU, False),
        ("بحث الرئيس اليوم الأربعاء الأحداث", THU, True),
        ("بحث الرئيس أمس الأربعاء الأحداث", date(2022, 1, 12), False),
        ("بحث الرئيس أمس الخميس الأحداث", date(2022, 1, 12), True),
        ("بحث الرئيس أول أمس الثلاثاء الأحداث", date(2022, 1, 11), False),
        ("يصل غدا الجمعة", date(2022, 1, 14), False),
        ("بحث الرئيس مساء أمس (الأربعاء) الأحداث", date(2022, 1, 12), False),
        ("الخميس 13 يناير 2022", THU, False),
        ("الجمعة، 13 يناير 2022", THU, True),
    ],
)
def test_relative_day_with_weekday_check(text, expected, mismatch):
    m = one(text)
    assert m.date == expected  # the relative day or explicit date wins over the weekday
    assert (m.note is not None) == mismatch
    if mismatch:
        assert "weekday mismatch" in m.note


def test_weekdays_past_future_and_resolve_future():
    assert one("التقى الوفد الخميس").date == THU  # on or before publication
    assert one("التقى الوفد الاثنين").date == date(2022, 1, 10)
    assert one("التقى الوفد يوم الجمعة").date == date(2022, 1, 7)
    assert one("التقى الوفد الخميس الماضي").date == date(2022, 1, 6)
    assert one("يلتقي الوفد السبت المقبل").date == date(2022, 1, 15)
    assert one("يلتقي الوفد الخميس القادم").date == date(2022, 1, 20)
    bare = one("يلتقي الوفد الاثنين")
    ahead = resolve_future(bare, THU)
    assert (bare.date, ahead.date, ahead.rule) == (
        date(2022, 1, 10),
        date(2022, 1, 17),
        "weekday:future",
    )
    fixed = one("التقى الوفد أمس")
    assert resolve_future(fixed, THU) == fixed
    dm = one("يلتقي الوفد في 10 يناير")
    assert resolve_future(dm, THU).date == date(2023, 1, 10)


def test_resolve_weekday_helper():
    assert resolve_weekday(3, THU) == THU
    assert resolve_weekday(3, THU, future=True) == THU
    assert resolve_weekday(3, THU, strict=True) == date(2022, 1, 6)
    assert resolve_weekday(4, THU) == date(2022, 1, 7)
    assert resolve_weekday(4, THU, future=True) == date(2022, 1, 14)


def test_durations():
    assert one("قبل يومين").date == date(2022, 1, 11)
    assert one("منذ ثلاثة أيام").date == date(2022, 1, 10)
    assert one("منذ 3 أيام").date == date(2022, 1, 10)
    assert one("بعد يومين").date == date(2022, 1, 15)
    week = one("قبل أسبوع")
    assert (week.precision, week.date, week.end_date) == (None, date(2022, 1, 3), date(2022, 1, 9))
    assert one("قبل ثلاث سنوات").date == date(2019, 1, 1)
    assert one("بعد شهرين").precision == "month"
    anchored = one("قبل يومين من الهجوم")
    assert anchored.date is None and anchored.rule == "duration:day:event"
    assert anchored.offset == 2  # the attack is two days after the date of its clause
    assert one("بعد ثلاثة أسابيع من الهجوم").offset == -3
    assert not any(is_day(m) for m in times("وصل بعد أيام"))  # a plural with no number names no day


def test_vague_expressions_give_none_or_a_range():
    for text in ("منذ سنوات", "في وقت سابق", "مؤخرا", "منذ أيام", "غداة الهجوم"):
        m = one(text)
        assert m.date is None and m.precision is None, text
    prev_month = one("الشهر الماضي")
    assert (prev_month.date, prev_month.end_date, prev_month.precision) == (
        date(2021, 12, 1),
        date(2021, 12, 31),
        "month",
    )
    last_year = one("العام الماضي")
    assert (last_year.date, last_year.precision) == (date(2021, 1, 1), "year")
    week = one("الأسبوع الماضي")
    assert week.precision is None and week.date < week.end_date < THU
    early = one("مطلع العام الجاري")
    assert (early.date, early.end_date, is_day(early)) == (
        date(2022, 1, 1),
        date(2022, 3, 31),
        False,
    )


def test_time_words_inside_names_and_other_phrases():
    assert times("نقلت صحيفة اليوم السابع عن مصدر") == []
    assert times("ذكرت صحيفة اليوم أن") == []
    assert times("في اليوم الأول من المؤتمر") == []
    assert times("احتفلت بـاليوم الوطني") == []


def test_quoted_outlet_name_and_weekday_in_parentheses():
    assert times("قال مسؤول لـ «اليوم» إن") == []
    m = one("أعلنت الوزارة اليوم (الخميس) أن")
    assert (m.text, m.date, m.note) == ("اليوم (الخميس)", THU, None)
    m = one("أعلنت الوزارة اليوم (الأربعاء) أن")
    assert m.date == THU and "2022-01-12" in m.note  # the note names the day the weekday gives


def test_numeric_hijri_date():
    m = one("تم اعتقاله بتاريخ 24/1/1434هـ")
    assert (m.date, m.rule) == (date(2012, 12, 8), "numeric:hijri")


def test_without_publication_date_only_explicit_dates_resolve():
    rel, explicit = times("قال أمس إن القرار صدر في 13 يناير 2022", None)
    assert (rel.date, rel.precision) == (None, None)
    assert explicit.date == date(2022, 1, 13)


def test_mentions_carry_sentence_and_offsets():
    text = "وصل الوفد. ثم غادر أمس."
    m = one(text)
    assert m.sentence == 1 and text[m.start : m.end] == "أمس"


# ---- data files

DATA_FILES = {
    "months.tsv": ("form", "month", "system", "alone", "note"),
    "weekdays.tsv": ("form", "weekday", "note"),
    "relative_days.tsv": ("form", "offset", "note"),
    "vague_times.tsv": ("form", "kind", "note"),
    "numbers.tsv": ("form", "value", "note"),
    "date_words.tsv": ("form", "kind", "value", "note"),
    "outlets.tsv": ("form", "name", "note"),
}


@pytest.mark.parametrize("name", sorted(DATA_FILES))
def test_data_file_integrity(name):
    path = load_pack("ar").path(name)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#"), "a data file opens with comments saying what it is"
    rows = list(load_pack("ar").rows(name))
    assert rows and tuple(rows[0]) == DATA_FILES[name]
    keys = [tuple(r.values())[:2] if name == "date_words.tsv" else (r["form"],) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate rows"
    assert [tuple(r.values()) for r in rows] == sorted(tuple(r.values()) for r in rows)
    for r in rows:
        assert norm(r["form"]) == r["form"], r
        assert r["note"], r


def test_data_values():
    months = list(load_pack("ar").rows("months.tsv"))
    assert {int(r["month"]) for r in months} == set(range(1, 13))
    for system in ("levantine", "egyptian", "maghrebi", "hijri"):
        assert {int(r["month"]) for r in months if r["system"] == system} <= set(range(1, 13))
    assert all(r["alone"] in ("yes", "no") for r in months)
    assert all(r["alone"] == "no" for r in months if r["system"] == "hijri")
    weekdays = list(load_pack("ar").rows("weekdays.tsv"))
    assert sorted({int(r["weekday"]) for r in weekdays}) == list(range(7))
    assert all(-7 <= int(r["offset"]) <= 7 for r in load_pack("ar").rows("relative_days.tsv"))
    assert {int(r["value"]) for r in load_pack("ar").rows("numbers.tsv")} == set(range(1, 11))
    ordinals = [r for r in load_pack("ar").rows("date_words.tsv") if r["kind"] == "day_ordinal"]
    assert sorted(int(r["value"]) for r in ordinals) == list(range(1, 32))
    assert all(r["form"].endswith(" من") for r in ordinals)
    kinds = {r["kind"] for r in load_pack("ar").rows("vague_times.tsv")}
    assert "none" in kinds and kinds <= {
        "none",
        "month_start",
        "month_end",
        "year_start",
        "year_end",
        "day_after",
        "day_before",
    } | {f"{u}_{w}" for u in ("week", "month", "year") for w in ("prev", "this", "next")}


# ---- dev texts (skip without ../shared)


def test_dev_articles_resolve_today_and_yesterday(dev_gold: Path):
    checked = 0
    for line in dev_gold.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        pub = date.fromisoformat(doc["published"])
        for m in find_times(analyse(doc["text"]), pub):
            if m.rule == "relative:اليوم":
                assert m.date == pub
                checked += 1
            if m.rule.startswith("relative:") and m.note is None and "+weekday" in m.rule:
                assert m.date is not None
    assert checked > 5


# ---- CLI


@pytest.fixture()
def cli():
    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # a second command keeps "dates" a subcommand
    return app


def test_cli_json(cli):
    res = CliRunner().invoke(
        cli,
        [
            "dates",
            "بحث الرئيس أمس الأربعاء وغدا الجمعة",
            "--published",
            "2022-01-13",
            "--format",
            "json",
        ],
    )
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert [(m["text"], m["date"], m["date_precision"]) for m in out] == [
        ("أمس الأربعاء", "2022-01-12", "day"),
        ("غدا الجمعة", "2022-01-14", "day"),
    ]
    assert set(out[0]) >= {"text", "start", "end", "date", "date_precision", "rule", "note"}


def test_cli_unknown_date_is_null_and_bad_published_fails(cli):
    res = CliRunner().invoke(cli, ["dates", "قال أمس", "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.output)[0]["date"] is None
    res = CliRunner().invoke(cli, ["dates", "قال أمس", "--published", "13/01/2022"])
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output


def test_cli_jsonl(cli, tmp_path):
    src = tmp_path / "docs.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "قال اليوم", "published": "2022-01-13"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "b", "text": "القاهرة - 5 فبراير 2023\nقال أمس"}, ensure_ascii=False)
        + "\n"
        + "not json\n",
        encoding="utf-8",
    )
    res = CliRunner().invoke(cli, ["dates", str(src), "--format", "json"])
    assert res.exit_code == 0
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert lines[0]["mentions"][0]["date"] == "2022-01-13"
    assert lines[1]["mentions"][-1]["date"] == "2023-02-04"  # published taken from the dateline
    assert "docs.jsonl:3: skipped" in res.stderr


def test_cli_table(cli):
    res = CliRunner().invoke(
        cli, ["dates", "قال أمس", "--published", "2022-01-13", "--format", "table"]
    )
    assert res.exit_code == 0 and "2022-01-12" in res.output


@pytest.mark.parametrize(
    "text,day",
    [
        ("وكان الهجوم قد وقع في 21 من يونيو.", date(2018, 6, 21)),
        ("وكان الهجوم قد وقع في الـ21 من شهر يونيو.", date(2018, 6, 21)),
        ("بدأت العملية في 25 من مارس من عام 2015، وما زالت.", date(2015, 3, 25)),
        ("بدأت العملية في 25 مارس عام 2015.", date(2015, 3, 25)),
    ],
)
def test_day_of_month_with_min_and_the_year_after_am(text, day):
    [t] = [t for t in find_times(analyse(text), date(2018, 6, 27)) if t.precision == "day"]
    assert t.date == day


def test_the_day_before_is_not_today():
    found = find_times(analyse("وفي اليوم السابق أعلنت الحكومة حظر التجول."), date(2018, 6, 27))
    assert all(t.date != date(2018, 6, 27) for t in found)
