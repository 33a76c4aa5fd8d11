"""Integrity and real-text checks for the Arabic event-trigger, speech and status-cue lexicons."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from hadath.lang import load_pack, read_tsv
from hadath.matcher import PhraseMatcher
from hadath.normalise import norm
from hadath.segment import analyse
from hadath.triggers import find_split_triggers, find_triggers

DATA = Path(__file__).resolve().parents[1] / "src" / "hadath" / "lang" / "ar" / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared"
TARGETS = {"مع", "الي", "علي", "ضد", "من", "ب", "ل", "عن", "في", "بين", "obj", "-"}
POS = {"verb", "noun", "phrase"}
STATUSES = {"negated", "announced_future", "hypothetical", "claimed"}
SOURCES = ("UP", "corpus", "GUIDELINES", "knowledge")


def _header(name: str) -> list[str]:
    with (DATA / name).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                return line.rstrip("\n").split("\t")
    return []


def _rows(name: str) -> list[dict[str, str]]:
    return list(read_tsv(DATA / name))


@cache
def _valid_codes() -> frozenset[str] | None:
    shipped = Path(__file__).resolve().parents[1] / "src" / "hadath" / "data" / "cameo.tsv"
    reference = SHARED / "reference" / "cameo_event_codes.tsv"
    for path in (shipped, reference):
        if path.exists():
            return frozenset(r["code"] for r in read_tsv(path))
    return None


@cache
def _trigger_matcher() -> PhraseMatcher[str]:
    return PhraseMatcher((r["form"], r["cameo"]) for r in _rows("triggers.tsv"))


def _codes_in(text: str) -> set[str]:
    words = [t.norm for t in analyse(text).tokens]
    return {m.value for m in _trigger_matcher().find(words)}


def _matched_forms(text: str, name: str) -> set[str]:
    matcher = PhraseMatcher((r["form"], r["form"]) for r in _rows(name))
    return {m.value for m in matcher.find([t.norm for t in analyse(text).tokens])}


# ------------------------------------------------------------------ file integrity


@pytest.mark.parametrize(
    ("name", "header"),
    [
        ("triggers.tsv", ["form", "cameo", "pos", "target", "note"]),
        ("speech.tsv", ["form", "note"]),
        ("status_cues.tsv", ["form", "status", "scope", "note"]),
    ],
)
def test_header_and_shape(name: str, header: list[str]) -> None:
    assert _header(name) == header
    with (DATA / name).open(encoding="utf-8") as fh:
        first = fh.readline()
        assert first.startswith("#"), "data files open with a comment saying what they are"
        lines = [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]
    for line in lines:
        assert len(line.split("\t")) == len(header), line
    rows = _rows(name)
    assert rows
    for row in rows:
        assert row["form"] and row["note"], row
        assert set(row["note"].split(";")[0].split("+")) <= set(SOURCES), row


@pytest.mark.parametrize("name", ["triggers.tsv", "speech.tsv", "status_cues.tsv"])
def test_forms_normalised(name: str) -> None:
    bad = [r["form"] for r in _rows(name) if norm(r["form"]) != r["form"]]
    assert not bad, bad[:10]


def test_triggers_sorted_and_unique() -> None:
    keys = [(r["form"], r["cameo"]) for r in _rows("triggers.tsv")]
    assert keys == sorted(keys)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("name", ["speech.tsv", "status_cues.tsv"])
def test_other_files_sorted_and_unique(name: str) -> None:
    forms = [r["form"] for r in _rows(name)]
    assert forms == sorted(forms)
    assert len(forms) == len(set(forms))


def test_trigger_columns() -> None:
    rows = _rows("triggers.tsv")
    for row in rows:
        assert row["pos"] in POS, row
        assert (" " in row["form"]) == (row["pos"] == "phrase"), row
        marks = row["target"].split("|")
        assert set(marks) <= TARGETS, row
        assert "-" not in marks or marks == ["-"], row
        assert row["cameo"].isdigit() and 2 <= len(row["cameo"]) <= 4, row


def test_trigger_codes_valid() -> None:
    codes = _valid_codes()
    if codes is None:
        pytest.skip("no CAMEO code table available")
    bad = sorted({r["cameo"] for r in _rows("triggers.tsv")} - codes)
    assert not bad, bad


def test_coverage() -> None:
    codes = {r["cameo"] for r in _rows("triggers.tsv")}
    roots = {c[:2] for c in codes}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert len(codes) >= 150
    assert 1500 <= len(_rows("triggers.tsv")) <= 8000  # a sanity bound, not a budget


def test_status_cues_columns() -> None:
    for row in _rows("status_cues.tsv"):
        assert row["status"] in STATUSES, row
        scope = int(row["scope"])
        assert scope != 0 and -4 <= scope <= 8, row
    statuses = {r["status"] for r in _rows("status_cues.tsv")}
    assert statuses == STATUSES


def test_speech_kept_out_of_triggers() -> None:
    speech = {r["form"] for r in _rows("speech.tsv")}
    triggers = {r["form"] for r in _rows("triggers.tsv")}
    # plain reporting verbs never fire as events
    for form in "قال قالت اعلن اعلنت اكد اكدت ذكر اضاف اوضح صرح افاد".split():
        assert form in speech
        assert form not in triggers, form
    # the few deliberate overlaps are listed here so that a new one is a conscious choice
    allowed = set(
        "اعرب اعربت اعربوا اعربا اعربتا يعرب تعرب يعربون يعربان تعربان معربا معربه "
        "ادعي زعم تحدث تحدثت يتحدث تتحدث متحدثا".split()
    )
    assert speech & triggers <= allowed


def test_loader_reads_pack() -> None:
    rows = list(load_pack("ar").rows("triggers.tsv"))
    assert len(rows) == len(_rows("triggers.tsv"))


def test_raw_file_parses_with_csv() -> None:
    with (DATA / "triggers.tsv").open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    assert all(len(r) == 5 for r in reader)


# ------------------------------------------------------------------ real text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("وأجرى الرئيس اتصالا هاتفيا مع نظيره الفرنسي", "041"),
        ("وجرى خلال الاتصال الهاتفي بحث العلاقات الثنائية", "041"),
        ("وندد الوزير بالهجوم على السفارة", "111"),
        ("ودانت الخارجية التفجير", "111"),
        ("فرضت واشنطن عقوبات على شركات روسية", "163"),
        ("وقررت الحكومة فرض عقوبات جديدة", "163"),
        ("وزار وزير الخارجية العاصمة الأردنية", "042"),
        ("واستقبل خادم الحرمين الشريفين رئيس الوزراء", "043"),
        ("وأشاد الرئيس بدور المملكة", "051"),
        ("وطالب المحتجون الحكومة بالرحيل", "100"),
        ("وطالبوا برحيل الحكومة", "1041"),
        ("واعتقلت قوات الأمن ثلاثة أشخاص", "173"),
        ("وشنت طائرات التحالف غارات جوية على مواقع المسلحين", "195"),
        ("اندلعت اشتباكات بين الجيش والمسلحين", "190"),
        ("وقال شهود إن الشرطة أطلقت الغاز المسيل للدموع", "175"),
        ("أعلنت السلطات حالة الطوارئ في البلاد", "1724"),
        ("وطردت بريطانيا 23 دبلوماسيا روسيا", "161"),
        ("وأفرجت السلطات عن الصحفي", "0841"),
        ("ودعا إلى وقف إطلاق النار في المدينة", "0256"),
        ("وأعلن التنظيم مسؤوليته عن الهجوم", "015"),
        ("ونفت موسكو أي تورط في الحادث", "016"),
        ("وهدد بفرض عقوبات على أنقرة", "1312"),
        ("وتظاهر آلاف العراقيين في البصرة", "141"),
        ("ونفذ عمال الموانئ إضرابا عاما", "143"),
        ("وقع البلدان اتفاقية للتعاون الاقتصادي", "057"),
        ("وأعلنت الوزارة سحب قواتها من المنطقة", "0874"),
        ("قتل عشرة أشخاص في تفجير انتحاري استهدف سوقا", "1831"),
        ("اتهمت لندن موسكو بالوقوف وراء محاولة اغتيال الجاسوس", "185"),
        ("واستدعت السفير الإيراني لدى الرياض", "114"),
        ("واستدعت سفيرها لدى مانيلا", "161"),
    ],
)
def test_trigger_found(text: str, code: str) -> None:
    assert code in _codes_in(text)


def test_own_ambassador_recall_is_not_a_summons() -> None:
    codes = _codes_in("واستدعت سفيرها لدى مانيلا للتشاور")
    assert "161" in codes and "114" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "وسجل المهاجم هدفين في الشوط الثاني وفاز الفريق على منافسه",
        "ارتفع سعر النفط في الأسواق العالمية بنسبة ثلاثة في المئة",
        "قال الوزير إن الاقتصاد سينمو هذا العام وأضاف أن التضخم تراجع",
        "افتتح المهرجان السينمائي أمس بحضور عدد من الفنانين",
    ],
)
def test_quiet_on_non_political_text(text: str) -> None:
    assert not _codes_in(text)


def test_ministry_is_not_a_visit() -> None:
    # وزارة is listed unsplittable: never و + زار + ه (he visited him)
    assert "042" not in _codes_in("وقالت وزارة الخارجية في بيان")
    assert "042" in _codes_in("وزار الرئيس موسكو")


def test_speech_and_cues_match_text() -> None:
    assert {"قال", "اضاف"} <= _matched_forms("وقال المتحدث ... وأضاف أن الوفد", "speech.tsv")
    cues = _matched_forms("ولم يلتق الوزيران ومن المقرر أن يزور", "status_cues.tsv")
    assert {"لم", "من المقرر"} <= cues


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ولم يلتق الرئيس نظيره الروسي منذ عامين", "040"),
        ("وأكد أنه التقى الوزير خلال زيارته إلى موسكو", "042"),
        ("وقامت الطائرات بقصف مواقع المسلحين", "190"),
        ("واستهدفت طائرات التحالف مواقع للمتمردين", "190"),
        ("وأعرب عن نفيه أي تدخل", "016"),
        ("وخرج الآلاف للمطالبة برحيل الحكومة", "100"),
        ("وصنفت واشنطن الجماعة كمنظمة إرهابية", "163"),
        ("معربا عن تضامنه مع الشعب", "051"),
    ],
)
def test_second_pass_forms(text: str, code: str) -> None:
    assert code in _codes_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتلتقي بلجيكا مع البرازيل في ربع النهائي",
        "وقرر الاتحاد إقالة المدرب بعد الخسارة",
        "وأطلق حكم اللقاء صافرة النهاية",
        "وعزت الشركة الحادث إلى عطل فني",
        "وهو ما استدعى تدخل الفنيين",
    ],
)
def test_sport_and_names_not_events(text: str) -> None:
    assert not find_triggers(analyse(text))


def test_exclusions_also_block_entries_split_by_a_subject():
    def split(sentence: str, gap_words: int) -> list[str]:
        text = analyse(sentence)
        return [h.entry.cameo for h in find_split_triggers(text, range(1, 1 + gap_words))]

    # the subject between the verb and its object is skipped; the excluded phrase still counts
    assert split("أدرجت واشنطن الحوثيين على قائمة الإرهاب", 2) == ["163"]
    assert split("أدرجت اليونسكو على قائمة التراث العالمي المدينة القديمة", 1) == []


def test_split_entries_are_found_in_the_windows_around_their_gaps():
    filler = "وقال المتحدث إن الوضع هادئ في المدينة. " * 12
    text = analyse(filler + "أدرجت واشنطن الحوثيين على قائمة الإرهاب")
    start = len(text.words) - 6
    gaps = [start + 1, start + 2]
    found = find_split_triggers(text, gaps)
    assert [(h.start, h.entry.cameo) for h in found] == [(start, "163")]
    # the same gaps looked at only around a far token find nothing
    assert find_split_triggers(text, gaps, around=[3]) == []


def test_a_word_ending_in_ha_loses_its_pronoun_not_an_alef():
    # مصالحها is مصالح + ها ("its interests"), not مصالحة ("reconciliation") + tanween alef
    assert find_triggers(analyse("وتسعى الدولة إلى حماية مصالحها في المنطقة")) == []
    hits = find_triggers(analyse("وأعلنت الحركة مسؤوليتها عن الهجوم"))
    assert [h.entry.cameo for h in hits] == ["015"]


def test_evaluations_judge_praise_and_criticism_entries_with_disjoint_words() -> None:
    rows = _rows("evaluations.tsv")
    assert [r["form"] for r in rows] == sorted(r["form"] for r in rows)
    assert {r["kind"] for r in rows} == {"judged", "good", "bad", "negator"}
    codes = {}
    for r in _rows("triggers.tsv"):
        codes.setdefault(r["form"], set()).add(r["cameo"][:2])
    for r in rows:
        if r["kind"] == "judged":  # a praise or criticism entry the coder may drop
            assert codes.get(r["form"], set()) & {"05", "11"}, r
    good = {r["form"] for r in rows if r["kind"] == "good"}
    bad = {r["form"] for r in rows if r["kind"] == "bad"}
    assert good and bad and not good & bad
