"""A demonym of a weapon or an attack ("Israeli bombs", "غارات إسرائيلية") names who acted: it
is neither the place nor the owner of a figure near it (locatives.yaml `acting_nouns_after`,
`acting_nouns_before`)."""

from __future__ import annotations

from tests.corpus.by_report import ecb_cluster, held_together
from tests.extract.by_text import claims_by_text


def test_the_bombs_demonym_owns_no_count_of_the_shelter():
    # ECB+ 41_1ecb: the people in the school were Palestinians
    claim = claims_by_text(
        "It appears to be the biggest single loss of life of the campaign when Israeli bombs hit"
        " al-Fakhora school, in Jabaliya refugee camp, while it was packed with hundreds of"
        " people who had fled the fighting.",
        "en",
        published="2009-01-07",
    )["hundreds of people"]
    assert claim.subject == "people"


def test_an_arabic_raids_demonym_owns_no_toll():
    claim = claims_by_text("أدت غارات إسرائيلية على غزة إلى مقتل 10 أشخاص", "ar")["10 أشخاص"]
    assert claim.subject == "deaths"
    assert claim.location == "palestine/gaza"


def test_troops_keep_their_demonym():
    claim = claims_by_text("About 1,000 American troops are in Niger.", "en")[
        "About 1,000 American troops"
    ]
    assert claim.subject == "us/troops"


def test_a_headline_demonym_after_bombs_still_names_the_camps_country():
    # "Sudan Bombs South Sudanese Refugee Camp" (41_8ecbplus's headline): English puts the
    # attack's noun after its demonym, so "South Sudanese" here is the camp's country, and
    # "South Sudan's president said Thursday that seven people were killed" stays in it
    report = ecb_cluster("41ecbplus")
    (claim,) = (
        claim
        for claim in report.claims
        if claim.document.endswith("#41_8ecbplus") and claim.text == "seven people"
    )
    assert claim.location == "south_sudan"


def test_the_shelters_hundreds_agree_across_reports():
    # "packed with hundreds of people" (41_1ecb) / "where hundreds of Palestinians had sought
    # refuge from the fighting" (41_9ecb)
    assert held_together(ecb_cluster("41ecb"), ("41_1ecb", 628), ("41_9ecb", 424))
