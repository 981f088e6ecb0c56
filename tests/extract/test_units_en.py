"""English units news writes that read as bare counts before (common/units.yaml,
lexicons/en/units.yaml), on ECB+ sentences quoted with their article id."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


def _measures(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.text, c.value, c.unit) for c in claims_in(text, "en") if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("article", "text", "read"),
    [
        (
            "42_4ecb",
            "It has been upgraded with a 3.2-megapixel camera with image stabilization and video "
            "compatibility.",
            [("3.2-megapixel", 3.2, "MP")],
        ),
        (
            "42_11ecb",
            "This smartphone will also have a 512 MHz processor, GPS receiver, a 3.2 MPx camera, "
            "and a 1400 mAHr battery.",
            [("512 MHz", 512, "MHz"), ("3.2 MPx", 3.2, "MP")],
        ),
        (
            "18_3ecbplus",
            "Sheriff's deputies and state police chased him for 30 miles, including through a "
            "construction zone, at speeds up to 120 mph before he finally pulled over after about "
            "15 minutes, Genesee County Sheriff Robert J.",
            [
                ("30 miles", 30, "mi"),
                ("up to 120 mph", 120, "mph"),
                ("about 15 minutes", 15, "minute"),
            ],
        ),
        # a sea mile is no land mile
        (
            "12_1ecb",
            "The warship some 13 nautical miles away, altered course and launched its integral "
            "armed helicopter.",
            [("some 13 nautical miles", 13, "nmi")],
        ),
        (
            "13_5ecbplus",
            "At one time, Owen said, firefighters were pouring 5, 000 gallons of water per minute "
            "onto the blaze as history burned.",
            [("5, 000 gallons", 5000, "gal")],
        ),
        (
            "40_4ecb",
            "Storage features include 320GB SATA HDD running at 5400 rpm, with Apple's Sudden "
            "Motion Sensor that prevents head to scratch platter surface if the machine is "
            "suddenly dropped, and a slot-load 8X SuperDrive with double-layer support.",
            [("320GB", 320, "GB"), ("5400 rpm", 5400, "rpm")],
        ),
        # inch marks
        (
            "40_5ecb",
            "Apple's first hardware announcement at Macworld today introduced the 17 '' MacBook "
            "Pro.",
            [("17 ''", 17.0, "in")],
        ),
        (
            "40_8ecbplus",
            "The 15.4″ MacBook Pro refresh will be remarkably thin, at 0.71″ and at 4.46 pounds, "
            "it will be the thinnest and lightest MacBook Pro ever.",
            [("15.4″", 15.4, "in"), ("0.71″", 0.71, "in")],
        ),
        # a quotation mark: it closes a quotation opened before it, or opens one glued to its word
        (
            "12_5ecb",
            "Then, on November 18, it had sunk Thai trawler \"Ekawat Nava 5 '' , which had been "
            "commandeered by pirates, after a gunbattle.",
            [],
        ),
        (
            "2_5ecb",
            "The actor, who also starred in the three \"X-Men '' movies and is an award-winning "
            "musical theater performer, has hosted Broadway's Tony awards three times.",
            [],
        ),
    ],
)
def test_units_news_writes(article: str, text: str, read: list[tuple]) -> None:
    assert _measures(text) == read, article


def test_mp_alone_is_no_megapixel() -> None:
    # quantemp-test-1173: "MP" after a year is a member of parliament's
    text = "Slippers thrown at Shivraj Singh Chouhan during 2020 MP bypolls rally"
    assert _measures(text) == []


@pytest.mark.parametrize(
    ("article", "text", "read"),
    [
        (
            "40_3ecb",
            "The notebook is less than an inch thick, weighs 6.6 pounds, and features a "
            "light-emitting diode screen with a $ 50 anti-glare option.",
            [("6.6 pounds", 6.6, "lb")],
        ),
        (
            "3_2ecbplus",
            "Described as a 6 - feet tall and weighing approximately 200 pounds, Lyons warned that "
            "Comeaux knows the area where he escaped well and could have family nearby.",
            [("6 - feet", 6, "ft"), ("approximately 200 pounds", 200, "lb")],
        ),
        (
            "3_6ecbplus",
            "Comeaux, a 6 - foot, 200 - pound black male, was serving a life sentence for crimes "
            "he committed in three Texas counties.",
            [("6 - foot", 6, "ft"), ("200 - pound", 200, "lb")],
        ),
        # after a height, the weight is a number of its own, not thousands of the inches'
        # ("8, 135" as wire text writes "5, 000"), and its pounds a weight
        (
            "16_5ecbplus",
            "Deputies said that Orozco is 5 - foot - 8, 135 pounds, with tattoos of \"devil's "
            'horns" on his forehead and other tattoos over his upper body.',
            [("5 - foot - 8", 5 + 8 / 12, "ft"), ("135 pounds", 135, "lb")],
        ),
    ],
)
def test_pounds_of_a_weight(article: str, text: str, read: list[tuple]) -> None:
    assert _measures(text) == read, article


def test_a_players_height_and_weight_are_two_numbers() -> None:
    text = (
        "Thomas' spot on the 53 - man roster was quickly filled with the signing of undrafted "
        "rookie running back Joique Bell (5 - 11, 220), who comes to the Black and Gold from the "
        "Philadelphia Eagles practice squad."
    )
    values = [c.value for c in claims_in(text, "en")]
    assert 220 in values and 11220 not in values, "25_10ecbplus"


def test_pounds_with_no_weight_stay_a_sum() -> None:
    text = (
        "Armed robbers stole gems worth 85 million euros (74 million pounds) from luxury "
        "jewellers in the heart of Paris."
    )
    found = [(c.text, c.kind, c.unit) for c in claims_in(text, "en") if c.kind != "date"]
    assert ("74 million pounds", "money", "pound") in found, "24_13ecb"


@pytest.mark.parametrize(
    ("article", "text", "figure", "bounds"),
    [
        (
            "12_8ecb",
            "The warship caught up to the boats, the larger of which was described as a 24- to"
            " 30-foot dhow, a traditional Arab sailboat.",
            "24- to 30-foot",
            (24.0, 30.0, "ft"),
        ),
        (
            "45_1ecbplus",
            "A Spiro man was found guilty of two counts of first - degree murder Thursday evening"
            " in the 2012 shooting death of a Fort Smith woman and the subsequent death of her"
            " 8 - to 12 - week - old fetus.",
            "8 - to 12 - week",
            (8.0, 12.0, "week"),
        ),
    ],
)
def test_a_compound_range_is_both_ends(article: str, text: str, figure: str, bounds: tuple) -> None:
    # a hyphen before "to" closes the first end (en/qualifiers.yaml range_join_alone): read as
    # its second number alone, the fetus was 12 weeks old, exactly
    (claim,) = [c for c in claims_in(text, "en") if c.text == figure]
    assert (claim.low, claim.high, claim.unit, claim.qualifier) == (*bounds, "range")


def test_an_inch_mark_glued_to_its_number_and_its_word():
    # ECB+ 42_1ecbplus: 'a 3.1"touch screen', the BlackBerry Q10's, as 42_8ecbplus's "3.1 inch
    # OLED display"; a quote glued to its word but not to a number opens a quotation
    (screen, *_) = claims_in(
        'with a 3.1"touch screen, the power of the BlackBerry 10 platform and 4G LTE', "en"
    )
    assert (screen.text, screen.value, screen.unit) == ('3.1"', 3.1, "in")
