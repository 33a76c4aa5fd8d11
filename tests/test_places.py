"""Place mentions: clitics, ambiguity rules, exclusions, country-level places, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from hadath.places import find_places
from hadath.segment import analyse

DATA = Path(__file__).parent / "data"


def places(text: str, countries: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    return [(m.text, m.name, m.country) for m in find_places(analyse(text), countries)]


def test_clitics_and_offsets():
    text = "وصل الوفد بالقاهرة قادما من ألما آتا"
    found = find_places(analyse(text))
    assert [(m.name, m.country) for m in found] == [("Cairo", "EGY"), ("Almaty", "KAZ")]
    cairo, almaty = found
    assert text[cairo.start : cairo.end] == cairo.text == "القاهرة"  # the ب is not the place
    assert almaty.text == "ألما آتا" and almaty.feature == "city"
    assert "pop=" in cairo.rule
    assert places("وفي غزة قصف مدفعي") == [("غزة", "Gaza", "PSE")]


def test_no_place_in_a_placeless_sentence():
    assert places("قال المتحدث إن الحكومة ستواصل العمل على تحسين الخدمات للمواطنين") == []


def test_country_level_places_and_demonyms():
    found = find_places(analyse("التقى الرئيس الروسي نظيره المصري في روسيا"))
    assert [(m.text, m.feature, m.country) for m in found] == [("روسيا", "country", "RUS")]
    assert found[0].lat is not None and 40 < found[0].lat < 70


def test_an_area_noun_and_a_country_adjective_name_that_country():
    text = "عمت الاحتجاجات معظم المناطق اللبنانية وقصفت الطائرات بالأراضي التركية"
    found = find_places(analyse(text))
    assert [(m.text, m.country, m.feature) for m in found] == [
        ("المناطق اللبنانية", "LBN", "country"),
        ("الأراضي التركية", "TUR", "country"),  # the ب is not the place
    ]
    assert found[0].rule.startswith("area:")
    # the adjective alone is a nationality, not a place
    assert places("التقى الرئيس اللبناني نظيره التركي") == []


def test_the_country_is_the_one_the_article_is_about():
    found = find_places(analyse("واندلعت اشتباكات في شرق البلاد"), countries=("UKR", "RUS"))
    assert [(m.text, m.country, m.rule) for m in found] == [("البلاد", "UKR", "home:UKR")]
    assert places("واندلعت اشتباكات في شرق البلاد") == []  # no country known: no place


def test_tripoli_by_context():
    assert places("اشتباكات في طرابلس شمال لبنان")[0][2] == "LBN"
    assert places("اشتباكات في طرابلس")[0][2] == "LBY"  # the larger city by default
    assert places("اشتباكات في طرابلس", ("LBN",))[0][2] == "LBN"
    assert places("وصل إلى طرابلس الغرب")[0][2] == "LBY"


def test_rafah_and_alexandria():
    assert places("غارة على رفح")[0][1:] == ("Rafah", "PSE")
    assert places("افتتح معرض في رفح المصرية")[0][2] == "EGY"
    assert places("افتتح المعرض في الإسكندرية")[0][2] == "EGY"


def test_context_never_picks_a_tiny_namesake():
    # Alexandria, Virginia is under a tenth of Alexandria, Egypt: context cannot pick it
    assert places("في الإسكندرية وفي الولايات المتحدة")[0][2] == "EGY"


def test_exclusions_never_and_cue():
    assert places("أصدرت الوزارة بيان حول الاتحاد الجديد") == []  # Bayan, Al Ittihad: words
    assert places("نشر صور الاجتماع") == []  # pictures
    assert places("قصف في مدينة صور جنوب لبنان")[0][1] == "Tyre"
    assert places("إنه مصر على موقفه") == []  # insists
    assert places("وصل إلى مصر أمس")[0][1] == "Egypt"


def test_article_and_suffix_must_belong_to_the_name():
    assert places("وشاهد الجميع المشهد السياسي") == []  # المشهد is not Mashhad
    assert places("وفي الفترة الماضية") == []


def test_person_name_markers():
    assert places("قال محمد بن سلمان") == []


def test_dateline_counts_as_cue():
    assert places("صور - (وكالات) قال مسؤول")[0][1] == "Tyre"


def test_one_bad_name_does_not_hide_the_others():
    found = places("نشر صور بيان في دمشق وبغداد")
    assert [n for _, n, _ in found] == ["Damascus", "Baghdad"]


def test_sentence_index():
    found = find_places(analyse("وصل الوفد. ثم غادر إلى بيروت."))
    assert found[0].sentence == 1


@pytest.fixture
def app() -> typer.Typer:
    # importing hadath.cli builds the whole app; skip while another command cannot be imported
    cli_places = pytest.importorskip("hadath.cli.places")
    app = typer.Typer()
    cli_places.register(app)

    @app.callback()
    def main() -> None:
        """Test app."""

    return app


def test_cli_json(app):
    result = CliRunner().invoke(app, ["places", "اجتمعوا في دمشق", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["name"] == "Damascus" and rows[0]["country"] == "SYR"
    assert set(rows[0]) == {"text", "start", "end", "name", "country", "lat", "lon", "feature",
                            "rule"}


def test_cli_table(app):
    result = CliRunner().invoke(app, ["places", "اجتمعوا في دمشق"])
    assert result.exit_code == 0 and "Damascus" in result.output


def test_cli_jsonl(app):
    result = CliRunner().invoke(app, ["places", str(DATA / "places_sample.jsonl")])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in lines] == ["p1", "p2", "p3", "p4"]
    assert lines[1]["mentions"] == []
    assert [m["name"] for m in lines[3]["mentions"]] == ["Kharkiv", "Kyiv"]
    assert "places_sample.jsonl:4: skipped" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        "وكان الجو ساخن جدا خلال الاجتماع.",  # no س + آخن (Aachen): a name takes no future sa-
        "وسجنت السلطات الناشط ثلاثة أشهر.",  # no وس + جنت (Gent)
        "وقالت وكالة فرانس برس إن الاجتماع انتهى.",  # no ف + رانس (Reims)
        "وتعهدت الشركة بتقديم خدمات بجودة عالية.",  # the adjective high, not Aley
        "وقال الوزير في حديثه للصحفيين إن المفاوضات مستمرة.",  # his talk, not Haditha
    ],
)
def test_common_words_and_verb_forms_are_no_places(text):
    assert find_places(analyse(text)) == ()


def test_a_place_with_a_nominal_proclitic_is_still_found():
    found = find_places(analyse("وصل الوفد إلى بغداد وسيتوجه بعدها للبصرة وبيروت."))
    assert [p.name for p in found] == ["Baghdad", "Basrah", "Beirut"]


def test_kabul_spelled_with_waw_is_the_afghan_capital():
    [p] = find_places(analyse("قتل خمسة مدنيين في انفجار في كابول أمس."))
    assert (p.name, p.country) == ("Kabul", "AFG")
