"""The conjunction of each language (numbers.yaml `conjunctions`: و, and) joins the parts of a
number, an amount and its cents, a range's two ends and two ranks; glued to the next word in
Arabic, standing alone in English."""

from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.extract.number_words import conjunctions
from factcheck.models import Document


def claims(text: str, language: str) -> list[tuple[str, float | None, float | None, str | None]]:
    document = Document(id="d", path="d", body=text, language=language, published="2015-08-10")
    return [(c.text, c.low, c.high, c.unit) for c in extract_document(document)]


def test_each_language_has_its_own_conjunction():
    assert conjunctions("ar") == ("و",)
    assert conjunctions("en") == ("and",)


def test_the_parts_of_a_number():
    # QuanTemp test_claims
    found = claims("Three hundred and fifty one schools have received decent sanitation", "en")
    assert found == [("Three hundred and fifty one schools", 351, 351, "schools")]


def test_a_noun_after_a_glued_conjunction_opens_the_next_clause():
    # SaudiNewsNet snn-2015-08-11-0431: seven killed, nineteen injured, no "7 injuries"
    assert claims("مقتل 7 وإصابة 19 آخرين في انفجار سيارة ملغومة", "ar") == [
        ("7", 7, 7, "deaths"),
        ("19 آخرين", 19, 19, "injured"),
    ]


def test_a_range_joined_by_a_glued_conjunction():
    # SaudiNewsNet: "between 30 and 79 years old"
    found = claims("التي شملت 487 ألف صيني تتراوح أعمارهم بين 30 و79 عاماً", "ar")
    assert ("بين 30 و79 عاماً", 30, 79, "year") in found


def test_cents_joined_to_their_amount():
    assert claims("وبلغ سعر البرميل 60 دولارا و43 سنتا", "ar") == [
        ("60 دولارا و43 سنتا", 60.43, 60.43, "USD")
    ]
    assert claims("Brent crude fell to $60 and 43 cents a barrel.", "en") == [
        ("$60 and 43 cents", 60.43, 60.43, "USD")
    ]


def test_a_second_rank_after_the_conjunction():
    found = claims("Kenya was ranked second and third in the two polls.", "en")
    assert found[:2] == [("ranked second", 2, 2, "rank"), ("third", 3, 3, "rank")]
