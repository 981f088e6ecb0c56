"""The edition a year names (extract/editions.py), on ECB+ sentences (article ids quoted)."""

from __future__ import annotations

import pytest

from factcheck.extract.editions import edition_of


def _edition(sentence: str, year: str) -> str | None:
    start = sentence.index(year)
    return edition_of(sentence, start, start + len(year), "en")


@pytest.mark.parametrize(
    ("sentence", "year", "edition"),
    [
        # 28_3ecb / 28_4ecb: two books of one year, told apart
        ("Felt wrote in his 2006 memoir, \"A G-Man's Life", "2006", "~memoir"),
        ('Mr Woodward wrote in his 2006 expose, "Secret Man', "2006", "~expose"),
        # 2_7ecb / 2_3ecb: a show's year, joined to another's, and an award's
        ("He emceed both the 2004 and 2005 Tony Awards, and won an Emmy Award", "2005", "~tony"),
        ("winning an Emmy in 2005 for his appearance as host of the Tonys", "2005", "~emmy"),
        # 28_1ecb: after a name's possessive (holders.yaml possessive_ends)
        (
            "became known in Woodward and Bernstein's 1974 book, \"All the President's Men",
            "1974",
            "~book",
        ),
        # 25_12ecb: the draft's year
        (
            "less than the Saints expected with the second overall pick in the 2006 Draft",
            "2006",
            "~draft",
        ),
    ],
)
def test_a_year_between_a_determiner_and_a_noun_names_its_edition(sentence, year, edition):
    assert _edition(sentence, year) == edition


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # 25_10ecb: an ordinal is no edition ("the 2006 Draft"'s pick)
        (
            "It has been a disappointing campaign for Bush ; the 2006 second-overall pick played",
            "2006",
        ),
        # 7_5ecb: a fight's year, not the title's edition (no capitalised name before "in")
        ("a shadow of the fighter that floored Lennox Lewis to win the title in 2001.", "2001"),
        # 28_1ecbplus: a comma between the name and "in"
        ("who headed Creep, the Campaign to Re - elect the President, in 1972.", "1972"),
        # 28_11ecb: no determiner before the year
        ("Felt, 92, told CNN's \"Larry King Live '' in 2006, his first public interview", "2006"),
    ],
)
def test_a_year_that_modifies_nothing_names_no_edition(sentence, year):
    assert _edition(sentence, year) is None
