"""Placings said as adverbs after a verb of placing, its subject between and the verb said once
for a list joined by "و" (extract/ranks.py `_adverb_after`, lexicons/ar/ranks.yaml `verbs`,
`adverbs`, `verb_reach`)."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


@pytest.mark.parametrize(
    ("sentence", "ranks"),
    [
        (  # snn-2015-08-10-0972
            "وفي منافسات الفرق تحت (15 عاما) نجح المنتخب السعودي في تحقيق المركز الثالث وحلت "
            "السويد اولاً والاردن ثانياً ومثل المنتخب السعودي اللاعبين تركي المطيري وعبدالعزيز "
            "العمري.",
            {"المركز الثالث": 3, "وحلت السويد اولاً": 1, "والاردن ثانياً": 2},
        ),
        (  # snn-2015-08-10-1095
            "وجاء القحطاني في المركز الأول للسباق، فيما حل هادي خيري ثانيا، وأحمد اليزيدي "
            "ثالثا، وخالد آل مزاح رابعا، ويوسف الشهري خامسا،",
            {
                "المركز الأول": 1,
                "حل هادي خيري ثانيا": 2,
                "وأحمد اليزيدي ثالثا": 3,
                "وخالد آل مزاح رابعا": 4,
                "ويوسف الشهري خامسا": 5,
            },
        ),
    ],
)
def test_a_verb_of_placing_ranks_each_subject_after_it(sentence: str, ranks: dict[str, int]):
    found = {claim.text: claim.value for claim in claims_in(sentence, "ar") if claim.ordinal}
    assert found == ranks
