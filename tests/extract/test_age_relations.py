"""An age said of a relation to someone (extract/persons.age_relation, ages.yaml `relations`):
its owner stands right before it, a word (`relation_owners`) or a name in the possessive
(holders.yaml `possessive_ends`, `bare_possessive_ends`); on ECB+ sentences."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


def _relations(sentence: str) -> list[tuple[str, str | None]]:
    return [
        (c.text, c.relation) for c in claims_in(sentence, "en", "2008-12-01") if c.subject == "age"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 33_2ecb: a name in the possessive, its bare apostrophe after an s
        (
            "Once the trial resumed, Timmons' 16 year-old best friend took the stand.",
            "friend",
        ),
        # 19_4ecbplus: an owner's word
        (
            "The detectives were aware her 14 - year - old son dialed 911 from their apartment "
            "after the gunfire.",
            "son",
        ),
        # 21_12ecbplus: no owner, the woman herself
        (
            "A 59 - year - old grandmother on her way to a religious service in Richmond Hill "
            "was killed.",
            None,
        ),
        # 32_8ecbplus: a name after the relation tells who it is
        (
            "23 - year - old John Jenkin, of Millom, has been charged with the murder of his "
            "58 - year - old mother, Alice McMeekin.",
            None,
        ),
    ],
)
def test_the_relation_an_age_is_said_of(sentence: str, expected: str | None) -> None:
    ages = _relations(sentence)
    assert ages, sentence
    assert ages[-1][1] == expected
