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
    # SaudiNewsNet snn-2015-08-09-0104 (and five more papers): the party's leaders and the
    # Kurdish rebels killed in the Turkish raids are no count of Turkey's
    found = claims_by_text(
        "وقالت الوكالة في معلومات لا يمكن التأكد منها إنّ أربعة من قادة الحزب ونحو 30 متمردة"
        " كردية قتلوا في الغارات التركية.",
        "ar",
        published="2015-08-09",
    )
    assert [found[text].subject for text in ("أربعة", "ونحو 30")] == [None, None]


def test_a_demonym_of_the_counted_noun_keeps_owning_it():
    # ECB+ 12_3ecb: "18 Indian sailors" are India's, the pirates' country said after
    found = claims_by_text(
        "New Delhi had taken a serious view of piracy-related incidents in the region following"
        " the hijacking of MV Stolt Valor, with 18 Indian sailors on board, by Somali pirates in"
        " September this year.",
        "en",
    )
    assert found["18"].subject == "india/*"


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
