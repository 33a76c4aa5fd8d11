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


# Second pass: senses read in 3,000 more corpus articles (sentences written for these tests).
@pytest.mark.parametrize(
    ("sentence", "quiet"),
    [
        ("وتوجهت العائلات النازحة إلى مراكز الإيواء التي جهزتها البلدية.", "ايواء"),
        ("ارتفعت نسبة الإشغال في الفنادق ومرافق الإيواء خلال العطلة.", "ايواء"),
        ("ناقش الوزيران ملفات الطاقة والحرب على الإرهاب والهجرة.", "الحرب علي الارهاب"),
        ("تحدث الخبراء عن مستقبل الحرب على الإرهاب في العقد المقبل.", "حرب علي الارهاب"),
        ("وصلت قافلة مساعدات إلى الغوطة الشرقية المحاصرة قرب دمشق.", "محاصره"),
        ("أعلن مكتب التحقيقات الفيدرالي أنه تسلم ملف القضية.", "تحقيقات"),
        ("هذا لا ينفي أن الاقتصاد يحتاج إلى إصلاحات عميقة.", "ينفي"),
        ("وسجل مهاجمه البرازيلي الهدف الأول في الدقيقة العاشرة.", "مهاجمه"),
        ("فاز مرشح حزب نداء تونس برئاسة البلدية.", "نداء"),
        ("قال الطبيب إن الإصابات لا تهدد حياة الجنود.", "تهدد"),
    ],
)
def test_second_pass_senses_stay_quiet(sentence: str, quiet: str) -> None:
    forms = [form for form, _ in _codes(sentence)]
    assert not [f for f in forms if quiet in f], forms


@pytest.mark.parametrize(
    ("sentence", "form", "root"),
    [
        ("قامت الشرطة بإيواء الهاربين من القتال في مبنى حكومي.", "ايواء الهاربين", "07"),
        ("بدأت القوات محاصرة البلدة من ثلاث جهات فجر اليوم.", "محاصره", "19"),
        ("فتحت النيابة تحقيقات في صفقات وزارة الصحة.", "تحقيقات", "09"),
        ("ونفى المتحدث باسم الحكومة أن يكون الوزير قد استقال.", "نفي", "01"),
        ("وقررت القوات مهاجمة مواقع المسلحين فجرا.", "مهاجمه", "19"),
        ("وجه الرئيس نداء إلى المجتمع الدولي لتقديم المساعدة.", "نداء", "02"),
        ("هدد الوزير بطرد السفير، وقال إن بلاده تهدد بالرد.", "تهدد", "13"),
    ],
)
def test_second_pass_event_senses_still_fire(sentence: str, form: str, root: str) -> None:
    codes = _codes(sentence)
    assert any(f.startswith(form) and c[:2] == root for f, c in codes), codes


def test_world_cup_report_is_off_topic() -> None:
    from hadath.triggers import off_topic

    text = analyse(
        "تأهل المنتخب إلى المونديال بعد فوزه في مواجهة حاسمة، وقال المدرب إن الفريقان "
        "قدما مباراة قوية وإن الحارس حمى المرمى من هجوم متواصل في الشوط الثاني.",
        "ar",
    )
    assert off_topic(text, 2, "ar") == "sport"


def test_political_report_is_not_off_topic() -> None:
    from hadath.triggers import off_topic

    text = analyse(
        "التقى الرئيس وزير الخارجية الروسي في موسكو وبحثا العقوبات، فيما هدد البرلمان "
        "بمقاطعة المونديال احتجاجا على قصف المدن.",
        "ar",
    )
    assert off_topic(text, 4, "ar") is None


def test_an_imperfect_verb_takes_no_bi() -> None:
    from hadath.segment import analyse
    from hadath.triggers import find_triggers

    # بيتهما is "their house", not ب + يتهم (accuses); a perfect form read with ب stays its noun
    assert not find_triggers(analyse("وعاد الوزيران إلى بيتهما في المساء."))
    found = find_triggers(analyse("ودعت الحكومة إلى التظاهر برفض القرار."))
    assert "رفض" in [h.entry.form for h in found]


# Third pass: brokerage, the anonymity formula, 'not giving up' (sentences written for the tests).
@pytest.mark.parametrize(
    ("sentence", "quiet"),
    [
        ("وقال المسؤول الذي اشترط عدم الكشف عن اسمه إن المحادثات ستستأنف غدا.", "اشترط"),
        ("حصلت الشركة على ترخيص لممارسة نشاط الوساطة المالية في السوق.", "الوساطه"),
        ("وتراجعت أرباح شركات الوساطة بعد هبوط حجم التداول.", "الوساطه"),
        ("ودعا المدرب طلابه إلى عدم الاستسلام أمام الصعوبات.", "الاستسلام"),
    ],
)
def test_third_pass_senses_stay_quiet(sentence: str, quiet: str) -> None:
    forms = [form for form, _ in _codes(sentence)]
    assert not [f for f in forms if quiet in f], forms


@pytest.mark.parametrize(
    ("sentence", "form", "root"),
    [
        ("اشترط الوفد الحكومي انسحاب المسلحين قبل بدء الجولة الثانية.", "اشترط", "10"),
        ("عرضت قطر الوساطة بين الفصيلين لإنهاء الخلاف.", "الوساطه", "04"),
        ("أجبرت القوات المسلحين على الاستسلام بعد حصار دام أسبوعين.", "الاستسلام", "08"),
    ],
)
def test_third_pass_event_senses_still_fire(sentence: str, form: str, root: str) -> None:
    codes = _codes(sentence)
    assert any(f.startswith(form) and c[:2] == root for f, c in codes), codes


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        (
            "رفض برشلونة عرض ريال مدريد لضم المدافع في فترة الانتقالات، وطلب اللاعب تحسين "
            "راتبه بعد الموسم الماضي، فيما تتواصل المفاوضات على التعاقد معه حتى الموسم المقبل.",
            "sport",
        ),
        (
            "يعرض الفيلم الجديد في دور السينما الأسبوع المقبل، وتشارك الفنانة في المسلسل "
            "الرمضاني، وقالت إنها رفضت الغناء في الدراما هذا العام.",
            "culture",
        ),
        (
            "قال الباحثون إن الدراسة شملت آلاف المستخدمين، وإن التطبيق الجديد على الهواتف "
            "الذكية يساعد العلماء، وطلبوا من المشاركين تسجيل بياناتهم.",
            "tech",
        ),
    ],
)
def test_third_pass_off_topic_articles(text: str, domain: str) -> None:
    from hadath.triggers import find_triggers, off_topic

    analysed = analyse(text, "ar")
    assert off_topic(analysed, len(find_triggers(analysed, "ar")), "ar") == domain


def test_third_pass_political_report_with_a_study_is_coded() -> None:
    from hadath.triggers import find_triggers, off_topic

    text = analyse(
        "اتهمت الحكومة المعارضة بتمويل الاحتجاجات، واعتقلت الشرطة عشرات المتظاهرين، فيما "
        "ندد البرلمان بالقمع وطالب بالإفراج عنهم، وأشارت الدراسة إلى أن المستخدمين "
        "تداولوا صور المظاهرات.",
        "ar",
    )
    assert off_topic(text, len(find_triggers(text, "ar")), "ar") is None
