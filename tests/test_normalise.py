from hadath.normalise import norm, normalise


def test_alef_ya_ta_marbuta_folded():
    assert norm("أكّدت إدارة آسيا على القيادةِ") == "اكدت اداره اسيا علي القياده"


def test_offsets_map_back_through_removed_diacritics():
    text = "قالَ الرئيسُ الروسيُّ"
    n = normalise(text)
    i = n.text.index("الروسي")
    start, end = n.span(i, i + len("الروسي"))
    assert text[start:end] == "الروسيُّ"


def test_digits_and_year_hamza():
    text = "13 كانون الثاني ٢٠٢٢ء و۱۴۰۰"
    n = normalise(text)
    assert n.text == "13 كانون الثاني 2022 و1400"
    i = n.text.index("2022")
    assert text[slice(*n.span(i, i + 4))] == "٢٠٢٢"


def test_hamza_kept_inside_words():
    assert norm("وزراء الماء") == "وزراء الماء"


def test_urdu_persian_letters():
    assert norm("پاکستان پوائنٹ نیوز") == "پاكستان پوائنٹ نيوز"


def test_presentation_forms_and_ligature_offsets():
    text = "ﻻ ﺑﺪ"
    n = normalise(text)
    assert n.text == "لا بد"
    assert text[slice(*n.span(0, 2))] == "ﻻ"
    assert text[slice(*n.span(3, 5))] == "ﺑﺪ"


def test_tatweel_and_spaces():
    n = normalise("الـــرئيس\u00a0قال")
    assert n.text == "الرئيس قال"
    assert n.span(0, 6) == (0, 9)


def test_span_takes_in_trailing_diacritics():
    text = "رافضةً القرار"
    n = normalise(text)
    assert text[slice(*n.span(0, 5))] == "رافضةً"
