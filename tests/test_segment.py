from hadath.segment import analyse


def test_sentences_split_on_stops_and_paragraphs():
    t = analyse("وصل الوفد. ثم بدأ الاجتماع!\nوانتهى مساء.")
    assert [s.text for s in t.sentences] == ["وصل الوفد.", "ثم بدأ الاجتماع!", "وانتهى مساء."]


def test_numbers_and_abbreviations_do_not_split():
    t = analyse("قال د. محمد إن النمو بلغ 3.5 بالمئة. وأضاف أمرا.")
    assert len(t.sentences) == 2
    assert t.sentences[0].text == "قال د. محمد إن النمو بلغ 3.5 بالمئة."


def test_closing_quote_stays_with_its_sentence():
    t = analyse('وقال: "انتهى الأمر." ثم غادر.')
    assert t.sentences[0].text == 'وقال: "انتهى الأمر."'


def test_tokens_carry_original_offsets():
    text = "أكّدَت الوزارةُ"
    t = analyse(text)
    assert [text[k.start : k.end] for k in t.tokens] == ["أكّدَت", "الوزارةُ"]
    assert t.tokens[0].norm == "اكدت"
