"""Whose age a figure is (extract/persons.age_person, Claim.person), on ECB+ sentences: the
person named right beside it, never a place or a noun's modifier."""

from __future__ import annotations

import pytest

from factcheck.extract.persons import persons_differ
from tests.extract.by_text import claims_in


def _person(text: str) -> str | None:
    (age,) = (c for c in claims_in(text, "en", None) if (c.subject or "").endswith("age"))
    return age.person


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # 19_8ecbplus: a name and an age in apposition
        (
            "Gray ’ s older sister, Mahnefah Gray, 19, told the New York Times that one of "
            "the witnesses of the shooting told her that her brother was only fixing his belt.",
            "mahnefah gray",
        ),
        # 19_10ecbplus: the name after "year-old", then a word of no content
        (
            "Yesterday, the police explained that officers shot and killed a 16 - year - old "
            "Kimani Gray in Brooklyn because he allegedly pointed a gun at them.",
            "kimani gray",
        ),
        # 32_6ecb: a first name alone
        (
            "The victims have been identified as Gomes' mother, Katherine, 61, and his former "
            "girlfriend.",
            "katherine",
        ),
        # 18ecb: a place before a noun describes the man; no one is named
        (
            "A 61-year-old Vancouver man was charged yesterday in connection with the shooting.",
            None,
        ),
        # 39_1ecbplus: "Glasgow - born" describes the star
        ("The 55 - year - old Glasgow - born star will be the twelfth Doctor.", None),
        # 19_7ecbplus: nobody named
        (
            "The police released store surveillance video and later announced the arrest of a "
            "19 - year - old, saying he was one of three who hit the customer.",
            None,
        ),
    ],
)
def test_the_person_named_beside_an_age(text, person):
    assert _person(text) == person


def test_two_people_share_no_name_word_in_any_spelling():
    assert persons_differ("king", "elverton thomas")  # 19ecbplus: two witnesses of 39
    assert not persons_differ("katherine", "catherine gomes")  # 32ecb: one mother of 61
    assert not persons_differ("gomes", "katherine gomes")
    assert not persons_differ(None, "katherine gomes")


def test_an_age_at_a_sentences_start_is_of_the_whole_name():
    # 32_10ecbplus: the sentence's first word is John's, and Jenkin alone is also his sister's
    text = "John Jenkin, 23, of Newton Street, Millom was arrested Saturday morning."
    assert _person(text) == "john jenkin"


def test_siblings_of_one_family_name_are_two_people():
    # 32ecbplus: "John Jenkin, 23" and "his sister Katie Jenkin, 20"; 19ecbplus: "Kimani Gray,
    # 16" and "Mahnefah Gray, 19"; one person in two spellings or a short form stays one
    assert persons_differ("john jenkin", "katie jenkin")
    assert persons_differ("mahnefah gray", "kimani gray")
    assert not persons_differ("katie jenkin", "kathryn jenkin")
    assert not persons_differ("kiki gray", "kimani gray")
    assert not persons_differ("catherine gomes", "kathryn gomes")  # 32ecb's mother
    assert not persons_differ("latonya sharon brown", "latonya brown")  # 22ecbplus


def _sexes(text: str) -> list[str | None]:
    return [c.sex for c in claims_in(text, "en", None) if (c.subject or "").endswith("age")]


@pytest.mark.parametrize(
    ("text", "sexes"),
    [
        # 16_5ecbplus / 16_9ecbplus: the deputy's sons and the woman's daughters, each age listed
        ("He is also survived by two sons, ages 6 and 16.", ["male", "male"]),
        (
            "As Ortiz spoke to her and reholstered his weapon, Orozco steadied his hand while two "
            "of the woman's children - girls age 6 and 8 - and several of her friends looked on.",
            ["female", "female"],
        ),
        # 36_4ecbplus: the noun after "year - old", an adjective between
        (
            "Prosecutors played two audio recordings of Jeffs instructing his 14 - year - old "
            '"spiritual wife" and several other young women on how to please him sexually.',
            ["female"],
        ),
        # 2_1ecb: the noun before the name; the next person's noun, after a comma, is not hers
        (
            "Jackman sings ballads at home, makes pancakes for son Oscar, 8, daughter Ava, 3, as "
            "well as his wife Deborra-Lee Furness.",
            ["male", "female"],
        ),
        # 2_4ecb
        (
            "Jackman and his wife, Deborra-Lee Furness, have their own Oscar at home - their "
            "8-year-old son, Oscar Maximillian.",
            ["male"],
        ),
        # 19_7ecbplus: nobody's noun
        (
            "The police released store surveillance video and later announced the arrest of a "
            "19 - year - old, saying he was one of three who hit the customer.",
            [None],
        ),
    ],
)
def test_the_sex_of_the_noun_an_age_is_said_of(text, sexes):
    assert _sexes(text) == sexes
