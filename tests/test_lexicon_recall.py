"""Recall additions to the Arabic trigger lexicon: verbs and phrases news uses for sanctions,
suspensions, expulsions, agreements, concern and solidarity, and the idioms kept out."""

from __future__ import annotations

import pytest

from hadath.segment import analyse
from hadath.triggers import find_triggers


def _codes(sentence: str) -> list[tuple[str, str]]:
    text = analyse(sentence)
    return [(" ".join(text.words[h.start : h.end]), h.entry.cameo) for h in find_triggers(text)]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("وجمدت الحكومة الفرنسية أموال شركات إيرانية.", "163"),
        ("جمدت وزارة الخزانة أصول رجل الأعمال.", "163"),
        ("وقررت الرياض وقف جميع برامج التعاون مع أوتاوا.", "160"),
        ("وقالت إن الحكومة أوقفت تنفيذ مشروعات في البلاد.", "1621"),
        ("قالت إنها ستطرد دبلوماسيين روس خلال أسبوع.", "161"),
        ("وطرد عشرات الدبلوماسيين من السفارة.", "161"),
        ("اتفق الجانبان على تعزيز التعاون الأمني.", "030"),
        ("وأعرب الأمين العام عن قلقه من التصعيد.", "111"),
        ("وأكدت الوزارة تضامنها مع المملكة.", "051"),
        ("وتم التوصل إلى هدنة بين الطرفين.", "057"),
        ("وأعلن تنظيم داعش مسؤوليته عن الهجوم.", "015"),
        ("أعلن الجيش إسقاط طائرتين مسيرتين.", "190"),
        ("وكانت واشنطن قد قررت إرسال أسلحة إلى كييف.", "072"),
    ],
)
def test_new_triggers_fire(sentence: str, code: str) -> None:
    assert code in [c for _, c in _codes(sentence)], _codes(sentence)


def test_future_prefix_is_read_as_clitic() -> None:
    """سـ forms are not listed: the matcher strips the prefix, so status can see it."""
    text = analyse("قالت إنها ستطرد دبلوماسيين روس.")
    hit = next(h for h in find_triggers(text) if h.entry.cameo == "161")
    assert hit.clitic == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "وجاء القرار لقطع الطريق أمام الشائعات.",
        "أبدت الإدارة استعدادها لقطع الطريق على المنافسين.",
        "شارك وزير التضامن الاجتماعي في الحفل.",
    ],
)
def test_idioms_stay_quiet(sentence: str) -> None:
    assert not [c for _, c in _codes(sentence) if c[:2] in ("14", "05")], _codes(sentence)


def _split_codes(sentence: str) -> list[tuple[str, str]]:
    """Verb + object entries found across the subject (actor mentions and numbers skipped)."""
    from hadath.actors import find_actors
    from hadath.triggers import find_split_triggers

    text = analyse(sentence)
    gaps = {i for a in find_actors(text) for i in range(a.first_token, a.last_token)}
    gaps |= {t.index for t in text.tokens if t.norm.isdigit()}
    return [(h.entry.form, h.entry.cameo) for h in find_split_triggers(text, gaps)]


@pytest.mark.parametrize(
    ("sentence", "form", "code"),
    [
        ("وأعلن تنظيم داعش مسؤوليته عن التفجير.", "اعلن مسؤوليته عن", "015"),
        ("وقطعت الرياض علاقاتها الدبلوماسية مع طهران.", "قطعت علاقات الدبلوماسيه", "161"),
        ("ونقلت غواتيمالا سفارتها إلى القدس.", "نقلت سفاره", "054"),
        ("واعترفت الولايات المتحدة بالقدس عاصمة لإسرائيل.", "اعترفت بالقدس", "054"),
        ("وأطلق الحوثيون 5 صواريخ على جازان.", "اطلق صواريخ", "190"),
        ("ونشرت وزارة الدفاع الروسية قوات إضافية في المنطقة.", "نشرت قوات", "154"),
    ],
)
def test_inflected_phrase_matches_across_its_subject(sentence: str, form: str, code: str) -> None:
    assert (form, code) in _split_codes(sentence), _split_codes(sentence)


def test_future_threat_is_listed_bare() -> None:
    """ستدفع الثمن is read as سـ + تدفع الثمن: the bare form is the entry, the prefix the status."""
    text = analyse("وقال إن إيران ستدفع الثمن.")
    hit = next(h for h in find_triggers(text) if h.entry.cameo == "130")
    assert (hit.entry.form, hit.clitic) == ("تدفع الثمن", 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "ونقلت السفارة الأمريكية عن مسؤول قوله إن الوضع هادئ.",  # reported, no embassy move
        "ونال اتحاد كرة القدم دعما كبيرا من الجماهير.",  # القدم is no verb
    ],
)
def test_inflections_do_not_fire_on_other_readings(sentence: str) -> None:
    codes = [c for _, c in _codes(sentence)] + [c for _, c in _split_codes(sentence)]
    assert "054" not in codes and "070" not in codes, codes


# Act categories the lexicon used to miss: aid handed over, claims, hostages, demolitions, retaking
# places, arrivals, blacklisting, road blocks, truces and calls (sentences written for these tests).
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("وأعلنت الشرطة انتهاء عملية احتجاز رهينة في محطة القطارات.", "181"),
        ("وتشن الميليشيات حملة اختطافات واسعة طالت ناشطين وصحفيين.", "181"),
        ("وتمكنت القوات من أسر عناصر من الميليشيا خلال المعارك.", "181"),
        ("وقال شهود إن مستوطنين أحرقوا منزلا في القرية فجر اليوم.", "1712"),
        ("وأقدمت السلطات على هدم مسجد في المدينة القديمة.", "1712"),
        ("وتمكنت القوات الحكومية من استعادة مدينة الرمادي بالكامل.", "192"),
        ("وأعلن الجيش تحرير محافظة عدن من قبضة المسلحين.", "192"),
        ("وكان وزير الخارجية قد وصل أمس إلى الرياض في زيارة رسمية.", "042"),
        ("وقالت إن الوزارة أدرجت على لائحة الإرهاب أربعة كيانات.", "163"),
        ("ورفع المتظاهرون الأعلام وأغلقوا الطرقات المؤدية إلى البرلمان.", "144"),
        ("وأكد المتحدث أن الجيش توصل إلى هدنة مع المسلحين في المدينة.", "057"),
        ("وكان الوزير قد أجرى اتصالات مع نظرائه العرب لبحث الأزمة.", "041"),
        ("وتحرك رجال الأمن إثر تلقي اتصال من أحد السكان.", "041"),
        ("وذكرت الوزارة أن واشنطن سلمت طائرات مقاتلة إلى الجيش.", "072"),
    ],
)
def test_act_categories_fire(sentence: str, code: str) -> None:
    assert code in [c for _, c in _codes(sentence)], _codes(sentence)


@pytest.mark.parametrize(
    ("sentence", "form", "code"),
    [
        ("واتهمت السعودية إيران بتزويد الحوثيين بصواريخ باليستية.", "تزويد بصواريخ", "072"),
        ("وأعلن تنظيم داعش المسؤولية عن التفجير الانتحاري.", "اعلن المسؤوليه", "015"),
        ("وتبنى تنظيم القاعدة الهجمات على السفارتين.", "تبني الهجمات", "015"),
    ],
)
def test_act_phrases_match_across_their_subject(sentence: str, form: str, code: str) -> None:
    assert (form, code) in _split_codes(sentence), _split_codes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "وتقع الآبار في المناطق التي تسيطر عليها المعارضة المسلحة.",  # who holds an area: a state
        "ومازالت الجماعة تسيطر على أجزاء من المدينة.",  # imperfect: a state, not taking it
        "ونجحت فرق الدفاع المدني في السيطرة على الحريق قبل امتداده.",  # firefighting
        "وكانت الأفضل وسيطرت على مجريات اللعب في الشوط الأول.",  # football
        "وزاد عدد السياح بعد إدراجها على قائمة التراث العالمي.",  # UNESCO listing
    ],
)
def test_states_and_other_senses_stay_quiet(sentence: str) -> None:
    codes = [c for _, c in _codes(sentence)]
    assert "192" not in codes and "163" not in codes, codes


# Fifth pass: reduced relations, demands, aid and rejections with the code of what is cut, demanded,
# given or rejected (sentences written for these tests).
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("وكان المغرب قد قطعت حكومته علاقاتها بإيران، ثم قطعت علاقاتها بحزب الله.", "161"),
        ("وتشمل الإجراءات خفض مستوى العلاقات الدبلوماسية مع موسكو.", "161"),
        ("ودعا البيان إلى إغلاق السفارات الإيرانية في أوروبا.", "161"),
        ("وهددت بيونغ يانغ بإلغاء المحادثات المقررة مع سيول.", "164"),
        ("وأعلنت الوزارة إيقاف برامج التدريب والابتعاث إلى كندا.", "160"),
        ("ورحبت إسرائيل بقرار واشنطن إنهاء المساعدات المالية للوكالة.", "1621"),
        ("ورفع المحتجون لافتات مطالبة باستقالة الحكومة.", "1041"),
        ("وجددت المنظمة مطالبتها بالإفراج عن الصحفيين المعتقلين.", "1053"),
        ("ووجه الملك بتقديم المساعدات الإنسانية للشعب اليمني.", "073"),
        ("وأكد المركز استمراره في تقديم المساعدات العاجلة للنازحين.", "073"),
        ("وبدأ برنامج الأغذية العالمي توزيع المساعدات على الأسر في المحافظة.", "073"),
        ("ووصلت إلى مطار عدن طائرة مساعدات سعودية على متنها عشرون طنا من الأدوية.", "073"),
        ("وأرسلت الإمارات سفينة مساعدات إلى ميناء الحديدة.", "073"),
        ("وكانت روسيا قد قدمت مساعدات عسكرية حاسمة لقوات النظام.", "072"),
        ("وقالت الخارجية إن بلادها ترفض المزاعم التي لا أساس لها.", "016"),
        ("وأكد البيان رفض أي تدخل في الشؤون الداخلية للدول العربية.", "1245"),
        ("وقالت وزارة الخارجية إن الحكومة رفضت الاقتراح الروسي.", "127"),
        ("وقال وزير الخارجية: نرفض نقل السفارة إلى القدس.", "120"),
        ("ومددت واشنطن تعليق العقوبات المفروضة على طهران.", "085"),
    ],
)
def test_fifth_pass_codes_fire(sentence: str, code: str) -> None:
    assert code in [c for _, c in _codes(sentence)], _codes(sentence)


@pytest.mark.parametrize(
    ("sentence", "form", "code"),
    [
        ("ورفضت قطر المطالب وقالت إنها تمس سيادتها.", "رفضت المطالب", "124"),
        ("ورفضت تركيا الوساطة الفرنسية مع القوات الكردية.", "رفضت الوساطه", "126"),
        ("ورفضت روسيا المقترح البريطاني في اجتماع المنظمة.", "رفضت المقترح", "127"),
    ],
)
def test_fifth_pass_phrases_match_across_their_subject(sentence: str, form: str, code: str) -> None:
    assert (form, code) in _split_codes(sentence), _split_codes(sentence)


@pytest.mark.parametrize(
    ("sentence", "quiet"),
    [
        ("وقال مسؤول أمريكي رفض الكشف عن هويته إن الاجتماع عقد أمس.", "12"),
        ("ونقلت الوكالة عن مصدر عسكري رفض ذكر اسمه أن القوات تقدمت.", "12"),
        ("وشارك في البرنامج أكثر من 130 طالبا وطالبة من مدارس الرياض.", "10"),
        ("ويضم المعهد 750 طالب وطالبة في مختلف التخصصات.", "10"),
        ("ومددت واشنطن تعليق العقوبات المفروضة على طهران.", "16"),
    ],
)
def test_fifth_pass_other_readings_stay_quiet(sentence: str, quiet: str) -> None:
    codes = [c for _, c in _codes(sentence)]
    assert not [c for c in codes if c.startswith(quiet)], codes


# Sixth pass: carrying out attacks, strikes and raids, firing missiles, shells and tear gas
# (sentences written for these tests).
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("وقالت الوزارة إن إسرائيل نفذت ضربات على قاعدة جوية قرب حمص.", "190"),
        ("وكانت الشرطة قد نفذت مداهمات في أحياء المدينة فجر اليوم.", "173"),
        ("وأعلن التنظيم أن عناصره نفذوا الهجوم على نقطة التفتيش.", "190"),
        ("واتهمت الحكومة الجماعة بتنفيذ هجمات إرهابية في العاصمة.", "180"),
        ("وأطلقت الشرطة الغاز المسيل للدموع لتفريق المحتجين.", "175"),
        ("وقال الجيش إن المسلحين أطلقوا قذيفة على موقع عسكري.", "194"),
        ("وأدان المجلس إطلاق الصواريخ على المدن السعودية.", "190"),
        ("وقال المتحدث إن القوات دحرت المسلحين من مواقعهم في الجبال.", "190"),
    ],
)
def test_sixth_pass_codes_fire(sentence: str, code: str) -> None:
    assert code in [c for _, c in _codes(sentence)], _codes(sentence)


@pytest.mark.parametrize(
    ("sentence", "form", "code"),
    [
        ("ونفذت مقاتلات تركية ضربات على مواقع الحزب شمال العراق.", "نفذت ضربات", "190"),
        ("ونفذت الطائرات الأمريكية 17 ضربة جوية قرب الموصل.", "نفذت ضربه جويه", "195"),
        ("وأطلقت القوات الإيرانية 20 صاروخا على مواقع في الجولان.", "اطلقت صاروخ", "190"),
    ],
)
def test_sixth_pass_phrases_match_across_their_subject(sentence: str, form: str, code: str) -> None:
    assert (form, code) in _split_codes(sentence), _split_codes(sentence)


@pytest.mark.parametrize(
    ("sentence", "quiet"),
    [
        ("ونفذ اللاعب ضربة جزاء في الدقيقة الأخيرة من المباراة.", "19"),  # a penalty kick
        ("وحسمت ضربات الترجيح المباراة لصالح الفريق الضيف.", "19"),
        ("ونفذت الشركة عمليات بيع واسعة في السوق.", "19"),  # business operations
        ("وقصفت الطائرات منصات إطلاق الصواريخ في صعدة.", "190"),  # launchers are no launch
    ],
)
def test_sixth_pass_other_readings_stay_quiet(sentence: str, quiet: str) -> None:
    codes = [(f, c) for f, c in _codes(sentence) if "اطلاق" in f or quiet != "190"]
    assert not [c for _, c in codes if c.startswith(quiet)], _codes(sentence)


# Eighth pass: arrivals of officials, concern with عبر عن, claims pinned by their claimant, weapons
# systems handed over or sold, and blacklisting (sentences written for these tests).
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("ووصل وزير الدفاع الفرنسي إلى بغداد في زيارة لم يعلن عنها.", "042"),
        ("وصلت المستشارة الألمانية إلى أثينا مساء الخميس.", "042"),
        ("وكان ولي العهد قد وصل العاصمة الفرنسية صباح اليوم.", "042"),
        ("وعبر الأمين العام للأمم المتحدة عن قلقه إزاء تصاعد العنف في إدلب.", "111"),
        ("وأسفر الانفجار الذي تبناه تنظيم داعش عن مقتل عشرة أشخاص.", "015"),
        ("وأعلنت الحركة مسؤوليتها عن هجوم استهدف دورية للجيش.", "015"),
        ("وقالت موسكو إنها ستبدأ تسليم منظومة الدفاع الجوي إلى أنقرة.", "072"),
        ("ووافقت الخارجية الأمريكية على بيع صواريخ مضادة للدروع إلى بولندا.", "072"),
        ("وقررت الحكومة الأمريكية إغلاق القنصلية الروسية في المدينة.", "161"),
        ("وقالت وزارة الخزانة إنها وضعت على قائمة العقوبات ثلاثة مصارف.", "163"),
    ],
)
def test_eighth_pass_codes_fire(sentence: str, code: str) -> None:
    assert code in [c for _, c in _codes(sentence)], _codes(sentence)


@pytest.mark.parametrize(
    ("sentence", "form", "code"),
    [
        ("ووصل الرئيس التونسي الباجي قائد السبسي العاصمة الجزائرية.", "وصل العاصمه", "042"),
        ("وعبر وزير الخارجية الإيطالي عن قلقه من الوضع في طرابلس.", "عبر عن قلق", "111"),
        ("وعبرت الخارجية الروسية عن أسفها لقرار واشنطن طرد الدبلوماسيين.", "عبرت عن اسف", "111"),
        ("وأعرب الاتحاد الأوروبي عن خيبة أمله من نتائج المفاوضات.", "اعرب عن خيبه امل", "012"),
        ("واتهم التقرير طهران بإمداد المسلحين بالأسلحة والذخائر.", "امداد بالاسلحه", "072"),
    ],
)
def test_eighth_pass_phrases_split(sentence: str, form: str, code: str) -> None:
    assert (form, code) in _split_codes(sentence), _split_codes(sentence)


@pytest.mark.parametrize(
    ("sentence", "quiet"),
    [
        ("وارتفعت حصيلة الضحايا حتى وصلت إلى ثلاثين قتيلا.", "042"),  # a number, no arrival
        ("ويتوقع أن يصل سعر البرميل إلى ثمانين دولارا.", "042"),
        ("ووصلت المفاوضات بين الطرفين إلى طريق مسدود.", "042"),
        ("وعبر آلاف اللاجئين الحدود نحو الأردن.", "111"),  # عبر = crossed
        ("وهو القرار الذي تبناه مجلس الأمن بالإجماع.", "015"),  # a resolution adopted
        ("وتراجعت مبيعات الأسلحة العالمية في العام الماضي.", "072"),
    ],
)
def test_eighth_pass_other_readings_stay_quiet(sentence: str, quiet: str) -> None:
    codes = [c for _, c in _codes(sentence)]
    assert quiet not in codes, codes


# Ninth pass: pounding and air raids, repelled attacks, shells landing, suicide bombers, strikes
# named by the striking state, blame and criticism directed at someone, expulsions and aid convoys
# (sentences written for these tests).
@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("وأغارت طائرات حربية على مخزن للأسلحة قرب الحدود.", "195"),
        ("ودكت المدفعية مواقع المسلحين طوال الليل.", "190"),
        ("وتمكن الجيش من صد هجوم للمتمردين على قاعدة عسكرية.", "190"),
        ("وأصيب ثلاثة مواطنين إثر سقوط مقذوفات على حي سكني في المدينة الحدودية.", "190"),
        ("وقتل عشرون شخصا حين فجر انتحاري نفسه داخل مسجد في المدينة.", "1831"),
        ("وأسفرت الضربات الإسرائيلية عن تدمير مستودع للذخيرة.", "190"),
        ("ووجهت الحكومة أصابع الاتهام إلى جماعة مسلحة.", "112"),
        ("ووجه رئيس الوزراء انتقادات حادة للمعارضة.", "111"),
        ("وطلبت الحكومة من السفير مغادرة أراضيها خلال يومين.", "161"),
        ("ودخلت قافلة المساعدات الإنسانية إلى البلدة المحاصرة.", "073"),
    ],
)
def test_ninth_pass_codes_fire(sentence: str, code: str) -> None:
    assert code in [c for _, c in _codes(sentence)], _codes(sentence)


@pytest.mark.parametrize(
    ("sentence", "form", "code"),
    [
        ("وصدت القوات العراقية هجوما لتنظيم داعش على مواقعها.", "صدت هجوم", "190"),
        ("ووجه الوزير اللبناني انتقادات لاذعة إلى واشنطن.", "وجه انتقادات لاذعه", "111"),
    ],
)
def test_ninth_pass_phrases_split(sentence: str, form: str, code: str) -> None:
    assert (form, code) in _codes(sentence) + _split_codes(sentence), _codes(sentence)


@pytest.mark.parametrize(
    ("sentence", "quiet"),
    [
        ("واجتاح إعصار قوي الجزر الجنوبية مخلفا أضرارا كبيرة.", "19"),  # a storm, not an invasion
        ("وطوقت الشرطة مكان الحادث بعد انفجار أنبوب للغاز.", "19"),  # a cordon
        ("وجلس المهاجم على دكة البدلاء طوال المباراة.", "19"),
        ("وقدم رجل الأعمال دعما ماليا للنادي قبل بداية الموسم.", "07"),
    ],
)
def test_ninth_pass_other_readings_stay_quiet(sentence: str, quiet: str) -> None:
    codes = [c for _, c in _codes(sentence)]
    assert not [c for c in codes if c.startswith(quiet)], codes
