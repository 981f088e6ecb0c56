"""Arabic ages on SaudiNewsNet sentences: whose age it is by the role a word before it gives
(extract/persons.age_role, Claim.role), and the ordinal year a verb of reaching makes an age
(extract/ages.find_ordinal_ages)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from factcheck.extract.persons import age_role
from tests.corpus.by_report import run_alone, snn_lines
from tests.extract.by_text import claims_in


def _age(text: str):
    (age,) = (c for c in claims_in(text) if (c.subject or "").endswith("age"))
    return age


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # snn-2015-08-11-0019: the young man arrested for the student's killing
        (
            "ألقت قوات الشرطة بمدينة “ويتشيتا” بولاية كانساس الأمريكية، القبض على شاب عمره 23 "
            "عاماً، مساء الأحد الماضي، للاشتباه بعلاقته بجريمة قتل المبتعث السعودي.",
            "suspect",
        ),
        # snn-2015-08-10-0809: the culprit named before the arrested man's noun
        (
            "أنها تمكنت من إلقاء القبض على الجاني وهو شاب سعودي يبلغ من العمر 33 عاماً.",
            "suspect",
        ),
        # snn-2015-08-10-1130: the student he is held for killing
        (
            "ولم يكن الطالب ريان إبراهيم بابا (23 عاماً) على دراية بأن مصيره سيكون كزملاء آخرين "
            "فقدوا في الولايات الأميركية وقتل بعضهم في ظروف غامضة مسبقاً.",
            None,
        ),
        # snn-2015-08-11-1148: a word of the victim ends a role's reach
        (
            "إن الطالب المغدور ريان ابراهيم يبلغ من العمر 23 عاما ويدرس تخصص هندسة كهربائية.",
            None,
        ),
    ],
)
def test_the_role_a_word_before_an_age_gives(text, role):
    assert _age(text).role == role


def test_a_role_word_in_construct_after_a_relative_is_the_relatives():
    # snn-2015-08-09-1231: the suspect's brother's age (a decade of life, which no finder
    # reads: the role is asked where it stands)
    sentence = "وتبين أن المصاب شقيق المتهم وهو مواطن في العقد الثالث من عمره."
    # without the relative, "المتهم" six words before would make it the suspect's
    assert age_role(sentence, sentence.index("في العقد"), "ar") is None


def test_a_suspects_age_never_agrees_with_the_victims():
    """snn-2015-08-10-1130's student "(23 عاماً)" and snn-2015-08-11-0019's "شاب عمره 23
    عاماً" arrested for killing him: one age, two people."""
    ids = ["snn-2015-08-10-1130", "snn-2015-08-11-0019"]
    lines = snn_lines(ids)
    report = run_alone([lines[i] for i in ids], Path(tempfile.mkdtemp()) / "kansas.jsonl")
    ages = {c.id for c in report.claims if c.text.startswith("23 عام")}
    assert len(ages) == 2
    held = [f for f in report.findings if f.kind != "single_source" and ages & set(f.claims)]
    assert held == []


def test_an_ordinal_year_after_a_verb_of_reaching_is_an_age():
    # snn-2015-08-10-1122: under ten, an ordinal year is an age only after such a verb
    age = _age("من إجراء عملية نادرة لطفلة لم تبلغ عامها الثاني، محققاً بذلك إنجازاً طبياً جديداً.")
    assert (age.text, age.low, age.high, age.unit) == ("عامها الثاني", 1.0, 2.0, "year")


def test_an_ordinal_after_the_word_of_age_is_that_age():
    # snn-2015-08-10-0209: the children's ages at the start of a study and at its follow-up
    text = (
        "ودرس الباحثون ما يتناوله الاطفال في سن الثامنة وما اذا كانوا سيصابون بالتهاب في الجيوب "
        "الانفية نتيجة للحساسية أو البرد وهم في سن السادسة عشرة."
    )
    ages = [(c.text, c.value, c.unit, c.subject) for c in claims_in(text, "ar")]
    assert ages == [
        ("سن الثامنة", 8.0, "year", "age"),
        ("سن السادسة عشرة", 16.0, "year", "age"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # snn-2015-08-08-0980: an age in quotes after the name
        'وأشرف بيليجريني "61 عاما" على فرق ريفربلايت الأرجنتيني وفياريال وريال مدريد.',
        # snn-2015-08-07-0663: in guillemets
        "وتعرَّض ويلشير «23 عامًا» لإصابة قوية خلال التدريبات السبت الماضي.",
        # snn-2015-08-09-0356: a dash after the name, the quotation closing
        'استشهد فجر أمس السبت الأب الفلسطيني الحريق "سعد محمد دوابشة -38 عاما" متأثرا بحروقه '
        "البالغة",
    ],
)
def test_an_age_in_quotes_after_a_name(text):
    assert _age(text).unit == "year"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # snn-2015-08-08-1266: the second MERS case, which another paper writes "لمواطنه (72 سنة)"
        (
            "والثانية لمواطنة 72 عاما من الرياض وفي حالة حرجة، أما الإصابة الثالثة فهي لمواطن "
            "يبلغ من العمر 42 عاما من الرياض وفي حالة حرجة.",
            72.0,
        ),
        # snn-2015-08-09-0028: the injured of a crash, each a person's noun and years
        ("وشاب 15 سنه تم تحويله لمستشفى الملك فهد بالباحة بإسعاف قطاع البشائر", 15.0),
    ],
)
def test_years_right_after_a_persons_noun_are_an_age(text, value):
    ages = [c.value for c in claims_in(text) if c.subject == "age"]
    assert value in ages


def test_the_decade_of_a_life_is_a_label_whose_role_is_read():
    """snn-2015-08-08-0863: the man arrested and his brother are both in their third decade;
    "العقد السابع من القرن" (snn-2015-08-11-0161) is a decade of a century."""
    decades = [
        (c.text, c.value, c.role)
        for c in claims_in(
            "تمكنت الجهات الأمنية بشرطة محافظة الطائف من القبض على شخص في العقد الثالث من العمر "
            "وذلك اثر إطلاق النار على شقيقه في العقد الثالث من العمر. ولعل ما دعاه في حوار له في "
            "أواخر العقد السابع من القرن الماضي"
        )
        if c.unit == "decade_of_life"
    ]
    assert decades == [
        ("العقد الثالث من العمر", 3, "suspect"),
        ("العقد الثالث من العمر", 3, None),
    ]


def test_an_age_holds_now_whatever_later_date_its_clause_names():
    # snn-2015-08-08-1035: Mourinho's 52 years are his age on the day, not in 2019, when his
    # new contract ends; so they meet the next day's "(52 عاما)" (snn-2015-08-09-1099)
    (age,) = [
        c
        for c in claims_in(
            "وسيبقى مورينيو (52 عاما) مع تشيلسي حتى عام 2019 بموجب العقد الجديد.",
            published="2015-08-08",
        )
        if c.subject == "age"
    ]
    assert (age.as_of.start, age.as_of.end) == ("2015-08-08", "2015-08-08")
