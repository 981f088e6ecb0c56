"""Sentence spans on the seed articles: the sentence a claim reports is the one that holds it."""

from __future__ import annotations

from factcheck.extract.sentences import SentenceIndex, sentence_spans
from tests.conftest import SEEDS

AFP = (SEEDS / "000_13c517c7ce34dff0.txt").read_text(encoding="utf-8")


def test_the_sentence_of_a_figure_is_the_whole_sentence_and_no_more():
    offset = AFP.index("أكثر من ألف جندي")
    sentence = SentenceIndex(AFP).sentence_at(offset)
    assert sentence.startswith("وافقت الولايات المتحدة أمس الجمعة")
    assert sentence.endswith("مشترطين عدم كشف هوياتهم.")


def test_a_parenthesised_month_and_a_comma_do_not_end_a_sentence():
    offset = AFP.index("يوليو (تموز) 2023")
    sentence = SentenceIndex(AFP).sentence_at(offset)
    assert sentence.startswith("وقد وافق نائب وزير الخارجية")
    assert sentence.endswith("لوكالة الصحافة الفرنسية.")


def test_lazy_lookup_agrees_with_splitting_the_whole_text():
    index = SentenceIndex(AFP)
    for start, end in sentence_spans(AFP):
        assert index.span_at(start) == (start, end)
        assert index.span_at(end - 1) == (start, end)


def test_decimals_and_initials_do_not_end_a_sentence():
    text = "Officials said 1.5 million U.S. troops left. Then more came"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Officials said 1.5 million U.S. troops left.",
        "Then more came",
    ]


def test_two_dots_join_the_parts_of_a_headline():
    # ANS ans-stance-train-2354 and a SaudiNewsNet title; "..." and a line's last ".." still end
    text = "مشروع عملاق في قناة السويس.. و50 ألف فرصة عمل"
    assert [text[s:e] for s, e in sentence_spans(text)] == [text]
    text = "في حادثة جديدة.. سعودي يتعرض للطعن بإيران... وقال الهلالي إن الأمر خطير.."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "في حادثة جديدة.. سعودي يتعرض للطعن بإيران...",
        "وقال الهلالي إن الأمر خطير..",
    ]


def test_a_figure_ends_its_sentence():
    # SaudiNewsNet snn-2015-08-11-0375: the 16 injured were read with the next sentence's words
    text = (
        "وقال قائد شرطة كابول عبد الرحمن رحيمي إن خمسة أشخاص قتلوا في الهجوم وأصيب 16. وكان "
        "وحد الله مايار المتحدث باسم وزارة الصحة قال في وقت سابق ان امرأة وطفل من بين القتلى."
    )
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "وقال قائد شرطة كابول عبد الرحمن رحيمي إن خمسة أشخاص قتلوا في الهجوم وأصيب 16.",
        "وكان وحد الله مايار المتحدث باسم وزارة الصحة قال في وقت سابق ان امرأة وطفل من بين القتلى.",
    ]


def test_a_months_short_name_before_its_day_ends_no_sentence():
    # ECB+ 28_1ecb: the drawn sentence began "10, 1972, Washington awoke"
    text = "On Oct. 10, 1972, Washington awoke to this startling news. It was a Tuesday."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "On Oct. 10, 1972, Washington awoke to this startling news.",
        "It was a Tuesday.",
    ]
    # a full name ends one ("In May. 12 people died" is two sentences)
    assert len(sentence_spans("He left in May. 12 people died.")) == 2


def test_a_mark_glued_to_the_next_arabic_word_ends_a_sentence_not_an_abbreviation():
    # SaudiNewsNet snn-2015-08-11-0612 (Al-Madina writes no space after a sentence) and
    # snn-2015-08-07-1016 ("مؤشر تومسون رويترز سي.آر.بي"), "د.محمد"
    text = "والأسترالية والكندية.مشيراً إلى أن المؤسسة باشرت من يوم أمس صرف الدفعة الأولى"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "والأسترالية والكندية.",
        "مشيراً إلى أن المؤسسة باشرت من يوم أمس صرف الدفعة الأولى",
    ]
    for text in ("هبط مؤشر تومسون رويترز سي.آر.بي للسلع الأساسية", "وقال د.محمد العلي إن"):
        assert [text[s:e] for s, e in sentence_spans(text)] == [text]


def test_an_elision_in_a_quote_ends_no_sentence():
    # SaudiNewsNet snn-2015-08-09-0105: the ten wounded were read without the attack's words
    text = "مضيفة أن «الهجوم الانتحاري (...) أسفر عن (استشهاد) 21 مدنيًا وجرح عشرة آخرين»."
    assert [text[s:e] for s, e in sentence_spans(text)] == [text]


def test_a_dotted_abbreviation_before_a_lowercase_word_ends_no_sentence():
    # ECB+ 38_4ecb: the figure's sentence holds its quake's magnitude; 20_8ecbplus: "p.m." then
    # a capital ends one
    text = (
        "A light earthquake has struck Northern California, and there are no reports of "
        "injuries or damage. The U.S. Geological Survey says the 4.4-magnitude temblor on "
        "Sunday at 9:27 a.m. was centered 23 miles north of Santa Rosa, and two miles from The "
        "Geysers."
    )
    assert [text[s:e] for s, e in sentence_spans(text)][1].endswith("from The Geysers.")
    text = "It hit at 1:53 p.m. The quake shook Oman"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "It hit at 1:53 p.m.",
        "The quake shook Oman",
    ]


def test_a_spaced_out_abbreviation_and_a_weekday_after_it_end_no_sentence():
    # ECB+ 22_2ecbplus: the tokenised "p. m." ended the sentence at "p.", and the day of the
    # shootings was left to the next one; 25_15ecbplus: "p. m." before a lowercase word
    text = (
        "The shootings happened shortly after 8 : 30 p. m. Thursday. About 10 minutes after "
        "the Yvonne Hiller was escorted out, she returned in a car"
    )
    assert next(text[s:e] for s, e in sentence_spans(text)) == (
        "The shootings happened shortly after 8 : 30 p. m. Thursday."
    )
    text = (
        "New Orleans plays at Seattle on Saturday at 3 : 30 p. m. in the Wild Card round of the "
        "NFC playoffs. While Thomas went on IR, four others did not practice."
    )
    assert next(text[s:e] for s, e in sentence_spans(text)).endswith("of the NFC playoffs.")


def test_a_title_before_a_name_and_a_number_word_end_no_sentence():
    # ECB+ 32_3ecb: "Mr." cut the date from the restraining orders it dates, and read "2005"
    # with "Gomes in" alone; 28_7ecb: "the No. 2 official at the FBI"
    text = (
        "His mother was a witness to that incident. Ms. Mendes had obtained restraining orders "
        "against Mr. Gomes in 2005 and 2006, according to court records. The victims' bodies "
        "were discovered inside the Independent Street apartment Tuesday afternoon."
    )
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "His mother was a witness to that incident.",
        "Ms. Mendes had obtained restraining orders against Mr. Gomes in 2005 and 2006, "
        "according to court records.",
        "The victims' bodies were discovered inside the Independent Street apartment Tuesday "
        "afternoon.",
    ]
    text = "W. Mark Felt, who was the No. 2 official at the FBI, died. He was 95."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "W. Mark Felt, who was the No. 2 official at the FBI, died.",
        "He was 95.",
    ]
    # a state's abbreviation ends a dateline's sentence as often as not: still an end
    text = "She was born in Fort Smith, Ark. The jury deliberated almost seven hours."
    assert len(sentence_spans(text)) == 2
