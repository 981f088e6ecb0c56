"""The noun a count counts, where its language puts the head of a noun phrase (counts.yaml
`head`, align/findings._head_word): English last, Arabic first after the number. Two counts of
one value and concept in one article are told apart by it ("five suspicious boats", "five
merchant vessels", 12_1ecbplus)."""

from __future__ import annotations

import pytest

from factcheck.align.findings import _head_word
from tests.extract.by_text import claims_in


@pytest.mark.parametrize(
    ("language", "sentence", "figure", "head"),
    [
        # 12_1ecbplus: the adjective before its noun
        (
            "en",
            "INS Sukanya, currently deployed on anti - piracy patrols in the Gulf of Aden, was "
            "escorting a group of five merchant vessels through the Internationally Recognised "
            "Transit Corridor when the incident happened.",
            "five merchant vessels",
            "vessels",
        ),
        # snn-2015-08-10-1179: cases of death, the genitive after its noun
        (
            "ar",
            "مصر: 21 حالة وفاة و 66 إصابة بسبب ارتفاع درجات الحرارة",
            "21 حالة وفاة",
            "حاله",
        ),
        # snn-2015-08-07-0008: men of security
        (
            "ar",
            "الذي وقع ظهر اليوم وأسفر عنه مقتل 17 رجل أمن و إصابة 25 أخرين.",
            "17 رجل أمن",
            "رجل",
        ),
        # snn-2015-08-07-0092: "من" between the number and its noun says nothing
        (
            "ar",
            "مما أسفر عن «استشهاد» 15 شخصًا، ضمنهم 12 من رجال الأمن وثلاثة من العاملين في الموقع",
            "12 من رجال الأمن",
            "رجال",
        ),
        # snn-2015-08-07-0078: digits in brackets
        (
            "ar",
            "يذكر أن الخطوط السعودية قد تعاقدت مع شركة بوينج لشراء (20) طائرة من هذا الطراز",
            "(20) طائرة",
            "طائره",
        ),
        # snn-2015-08-07-0149: a qualifier after the noun
        (
            "ar",
            "وقال المسؤولون إن 13 شخصا على الأقل جرحوا جراء التفجير",
            "13 شخصا على الأقل",
            "شخصا",
        ),
    ],
)
def test_the_head_of_a_count_is_where_its_language_puts_it(
    language: str, sentence: str, figure: str, head: str
) -> None:
    texts = [claim.text for claim in claims_in(sentence, language, "2015-08-07")]
    assert figure in texts
    assert _head_word(figure, language) == head
