"""How digits are grouped into numbers, on real sentences: spaces, dots, addresses, dates,
mixed fractions, letters glued after digits, and "one" as a pronoun."""

import pytest

from factcheck.extract import extract_document
from factcheck.extract.numbers import find_numbers
from factcheck.lang.normalize import fold
from factcheck.models import Document


def read(text, language):
    return [(n.value, n.label) for n in find_numbers(fold(text).text, language)]


def amounts(text, language):
    document = Document(id="t", path="t", language=language, body=text)
    return [(c.text, c.value) for c in extract_document(document) if c.kind != "date"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # QuanTemp: groups of three split by spaces
        (
            "en",
            "700 000 learners wrote their matric and only 120 000 passed",
            [("700 000", 700000), ("120 000", 120000)],
        ),
        # SaudiNewsNet: dot grouping with two decimals
        (
            "ar",
            "بإجمالي مساحة 10.137.732.07 أمتار مربعة في مختلف المناطق",
            [("10.137.732.07 أمتار مربعة", 10137732.07)],
        ),
    ],
)
def test_amounts_on_real_sentences(language, text, expected):
    assert amounts(text, language) == expected


def test_a_mixed_fraction_is_one_number():
    # QuanTemp
    assert read("working on impeachment for the past 2 1/2 years", "en") == [(2.5, False)]
    assert read("-١ ٤/٥", "ar") == [(-1.8, False)]


def test_a_row_and_a_phone_number_are_not_grouped_by_spaces():
    assert [v for v, _ in read("12 14 17", "en")] == [12, 14, 17]
    assert [v for v, _ in read("call 050 123 4567", "en")] == [50, 123, 4567]
    assert [v for v, _ in read("Crime Stoppers tip line at 1800 333 000.", "en")] == [1800, 333, 0]


def test_an_address_and_a_date_are_numbers_but_no_amounts():
    assert read("العنوان هو ١٩٢.١٦٨.١.٢", "ar") == [(192, True), (168, True), (1, True), (2, True)]
    assert amounts("العنوان هو 192.168.1.200 والمنفذ", "ar") == []
    # an octet above 255 is no address
    assert read("1.2.3.400", "ar")[0] == (1.2, False)
    # SaudiNewsNet
    text = "وزارة اعتبارا من يوم الثلاثاء 26/10/1436هـ وحتى نهاية دوام"
    assert read(text, "ar") == [(26, True), (10, True), (1436, True)]
    assert amounts(text, "ar") == []


def test_latin_letters_glued_after_digits():
    assert read("1M ليس رقما.", "ar") == []
    # QuanTemp: "3D" is a name, not three
    assert read("the above-displayed images are all 3D models of the Oval", "en") == []
    assert [v for v, _ in read("$5bn, 3km, 5pm, 100k and 43c", "en")] == [5e9, 3, 5, 1e5, 43]


def test_power_notation_with_the_sign_on_either_side_of_the_caret():
    assert read("2,5^-1", "ar") == [(0.4, False)]
    assert read("2500-^1", "ar") == [(0.0004, False)]


def test_one_after_which_or_each_is_a_pronoun():
    # SaudiNewsNet: "كل واحدة" is "each one"; the 1200 is the only number
    assert read("بشكل كبير. فكل واحدة منها تضع 1200 بيضة", "ar") == [(1200, False)]
    assert read("أي واحد تفضل؟", "ar") == []
    assert read("which one is it", "en") == []
    assert read("قتل واحد", "ar") == [(1, False)]


def test_number_words_follow_one_another_as_the_language_orders_them():
    # numbers.yaml orders. SaudiNewsNet 2015-08-09: a unit then ten is a teen in Arabic
    assert read("تم نقل ما يقارب خمسة عشر ألف معلم وعشرة آلاف معلمة", "ar") == [
        (15000.0, False),
        (10000.0, False),
    ]
    # English leaves the hundreds unsaid before tens, and puts tens before the unit (made up:
    # no ECB+ or QuanTemp sentence found that says a number so)
    assert read("the flight leaves at one forty five", "en") == [(145.0, False)]
    # ECB+ 12_7ecb
    pirates = "Twenty-three personnel (12 Somali and 11 Yemeni) surrendered on boarding"
    assert read(pirates, "en") == [(23.0, False), (12.0, False), (11.0, False)]


def test_a_minus_after_a_glued_conjunction_is_a_sign():
    # SaudiNewsNet snn-2015-08-11-1114: "و-18" is "and -18"; a name's dash stays no sign
    text = "بحفظ الأغذية المبردة في درجة حرارة 5 درجات مئوية في الثلاجة، و-18 درجة مئوية في الفريزر"
    assert amounts(text, "ar") == [("5 درجات مئوية", 5), ("-18 درجة مئوية", -18)]
    assert amounts("وصلت منظومة اس-300 إلى إيران", "ar") == []


def test_indian_grouping_in_lakhs_and_crores():
    # QuanTemp quantemp-test-0124: read as 15 rupees
    text = (
        "Sharad Deshmukh, an employee of a KFC outlet in Bengaluru by playing live casino "
        "blackjack has won ₹ 15,62,52,872 at Leo Vegas Casino."
    )
    assert amounts(text, "en") == [("₹ 15,62,52,872", 156252872)]
    # quantemp-test-0603: "kgs"
    text = "Arab King gifted PM Modi a gold necklace of 170 tolas (1.98kgs)"
    assert amounts(text, "en") == [("170", 170), ("1.98kgs", 1.98)]


def test_a_scale_abbreviation_alone_is_no_amount():
    # QuanTemp quantemp-test-2472 (a fact-check's table heading): "(KSh bn)" was a billion
    # shillings, twice
    text = "Debt service (KSh bn) Development expenditure (KSh bn) 2013/14 227.6 224.4"
    assert amounts(text, "en") == []  # the bare decimals of the table are no claims either
