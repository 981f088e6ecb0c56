"""Which side of a fight a toll counts (extract/sides.py, Claim.side): the side named right
after it, or the count's own concept; on SaudiNewsNet's Sévaré hotel siege."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_by_text


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # snn-2015-08-09-0164: each toll of the government's count names its side after it
        (
            "وكانت الحكومة المالية أعلنت، مساء الجمعة، في «حصيلة مؤقتة»، عن «خمسة قتلى وجريحين "
            "اثنين» من القوات المسلحة المالية و«قتيلين» من المهاجمين، إضافة إلى توقيف سبعة "
            "مشتبه به.",
            {"خمسة قتلى": "forces", "وجريحين": "forces", "قتيلين": "militants"},
        ),
        # snn-2015-08-07-1319: two tolls listed before their side
        (
            'واضاف المصدر العسكري ان "قتيلين وثلاثة جرحى في صفوف القوات المسلحة المالية سقطوا" '
            'كما تم "قتل" مسلح كان يحمل حزاما ناسفا.',
            {"قتيلين": "forces", "وثلاثة جرحى": "forces"},
        ),
        # snn-2015-08-08-1012
        (
            "وتحدث البيان عن “حصيلة غير نهائية” من “خمسة قتلى وجريحين” من جانب القوات المسلحة "
            "المالية بالإضافة إلى “قتيلين” في صفوف الإرهابيين مع اعتقال سبعة مشتبه بهم.",
            {"خمسة قتلى": "forces", "قتيلين": "militants"},
        ),
        # snn-2015-08-07-0192: "in their ranks" refers back, to no side a word names
        (
            "أفادوا عن «قتيلين وثلاثة جرحى في صفوفهم» فيما قتل رجل يضع حزاما ناسفا.",
            {"قتيلين": None},
        ),
    ],
)
def test_a_toll_is_of_the_side_named_after_it(text, sides):
    claims = claims_by_text(text, "ar", "2015-08-09")
    assert {text: claims[text].side for text in sides} == sides


def test_a_side_named_after_another_bare_number_is_that_numbers():
    # adapted from snn-2015-08-08-0866 ("بين القتلى خمسة من القوات المالية وخمسة ارهابيين"):
    # the forces are the second five's, not the dead's before them
    claims = claims_by_text("قتل 12 شخصا و5 من القوات المالية.", "ar", "2015-08-08")
    assert claims["12 شخصا"].side is None


def test_an_english_count_of_a_side_is_that_sides():
    # adapted from the same siege, told in English
    claims = claims_by_text(
        "Five soldiers and two attackers were killed in the assault on the hotel, the army said.",
        "en",
    )
    assert (claims["Five soldiers"].side, claims["two attackers"].side) == ("forces", "militants")


def test_a_side_after_a_part_in_digits_is_the_parts():
    # the shape of snn-2015-08-08-0866's list of the dead, in digits
    claims = claims_by_text("مقتل 12 شخصا بينهم 5 من الجنود.", "ar", "2015-08-08")
    assert claims["12 شخصا"].side is None


@pytest.mark.parametrize(
    ("text", "figure", "toll"),
    [
        # ECB+ 19_7ecbplus: officers injured at Wednesday's protest
        ("Two officers suffered minor injuries.", "Two officers", "injured"),
        # ECB+ 19_8ecbplus: the two officers who shot, agreeing with the injured two before
        (
            "Two plainclothes NYPD officers shot and killed a 16 - year - old Brooklyn resident "
            "after police say he pointed a gun at officers on Saturday",
            "Two plainclothes NYPD officers",
            "agent",
        ),
        # ECB+ 19_7ecbplus: officers named with no harm done to them nor by them
        (
            "Kimani Gray was standing outside his home with five other young men before splitting "
            "off when he noticed two plainclothes officers in an unmarked car.",
            "two plainclothes officers",
            None,
        ),
    ],
)
def test_what_befell_a_sides_people_or_what_they_did(text, figure, toll):
    assert claims_by_text(text, "en")[figure].toll == toll
