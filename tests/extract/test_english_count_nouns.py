"""What an English count counts: the noun after initials ("two U.N. aircraft", "2,000 U.S.
troops"; not a clock's "6 p.m. Police"), and the noun before a governor ("the death toll ...
at 40": deaths, not an age). Sentences from ECB+."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


def counts(text: str) -> list[tuple[str, str | None]]:
    return [
        (c.text, c.unit)
        for c in claims_in(text, "en", "2012-06-25")
        if c.kind in ("count", "quantity")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 41_1ecbplus
        (
            "Three other bombs allegedly exploded outside the camp : two landed and exploded on the"
            " outskirts, near the airfield where two U.N. aircraft had landed today to deliver"
            " food.",
            [("Three", None), ("two U.N. aircraft", "aircraft")],
        ),
        # 41_3ecb: "at 40" after "the death toll of" is no age
        (
            "Gunness put the death toll of the shelling at 40, and added that the agency wants an"
            " impartial investigation",
            [("40", "deaths")],
        ),
        # 3_2ecbplus, 29_1ecbplus: a measure hyphened before the noun is one of its adjectives
        (
            "He initially was imprisoned on February 1979 on three 10 - year sentences for rape of"
            " a child, aggravated rape and aggravated sexual assault.",
            [("three", None), ("10 - year", "year")],
        ),
        (
            "Wayne had five catches to become the fifth player in NFL history with four 100 -"
            " catch seasons.",
            [("five catches", "catches"), ("fifth", "record"), ("four", None), ("100", None)],
        ),
        # 11_3ecb: a chamber's size joined to its number (its seats, as "125 seats" elsewhere)
        (
            "The election of a 125-seat national legislature is the first parliamentary vote in"
            " the natural-gas rich Central Asian nation",
            [("125-seat", "seats")],
        ),
        # 19_12ecb, 19_15ecb: youths are counted as what they are, in either account
        (
            "Alexandros was allegedly among a group of 30 youths that had thrown stones at the"
            " squad car",
            [("30 youths", "youths")],
        ),
        (
            "Mr Korkoneas killed Grigoropoulos during a clash with around 30 youths in the"
            " central Athens district of Exarchia",
            [("around 30 youths", "youths")],
        ),
        # 20ecbplus (a headline)
        ("Aftershocks jolt Iran's Qeshm island, death toll rises to 10.", [("10", "deaths")]),
        # 18_3ecb: a clock time is no adjective of the next sentence's noun, but a time of day
        (
            "Police locked down the neighbourhood before the suspect turned himself in around 6"
            " p.m. Police said Kirkpatrick was let go",
            [("around 6 p.m.", "clock")],
        ),
    ],
)
def test_what_an_english_count_counts(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 28_3ecb: "grandchildren" ended in no plural mark, so "four" counted nothing
        (
            "Felt is survived by two children, Joan Felt and Mark Felt Jr., and four "
            "grandchildren.",
            [("two children", "children"), ("four", None)],
        ),
        # 21_12ecbplus, as above
        (
            "Emergency workers rushed to her side and brought her to Jamaica Hospital Medical "
            "Center, where Chohan – an immigrant from India who leaves behind a husband, son and "
            "two grandchildren – died later that night, police said.",
            [("two", None)],
        ),
    ],
)
def test_a_number_under_ten_counts_a_compound_of_an_irregular_plural(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 12_1ecbplus: "AK 47" with a space alone (model_names.yaml `apart`), no 47 rifles
        (
            "nabbed 26 Somali pirates with six AK 47 rifles, 12 magazines and about 300 rounds of "
            "ammunition.",
            [("six AK 47 rifles", "weapons")],
        ),
        # 12_2ecbplus, 12_1ecbplus: wire text's spaced dash
        (
            "During the operation, six AK - 47 rifles, 12 magazines and about 300 rounds of "
            "ammunition were found and confiscated.",
            [("six AK - 47 rifles", "weapons")],
        ),
        (
            "In their five operations so far, the personnel on board the warship have confiscated "
            "14 AK - 47 Rifles, 31 magazines and 923 rounds of ammunition, he said.",
            [("14 AK - 47 Rifles", "weapons")],
        ),
    ],
)
def test_a_count_before_a_models_name_and_number_counts_the_noun_after(text, expected):
    assert [found for found in counts(text) if found[1] == "weapons"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 33_1ecbplus and 33_7ecbplus: "other" stood between the number and its plural noun
        (
            "Around 2 : 18 p. m., Horton and two other Moms are seen waiting at an intersection",
            [("Around 2 : 18 p. m.", "clock"), ("two", None)],
        ),
        # 23_10ecbplus, beside 23_5ecbplus's "Three climbers with Mr Buckley were said to have
        # been rescued"
        (
            "The three other climbers were released after an examination by medical staff.",
            [("three", None)],
        ),
        # 12_12ecb: a unit after "other" is still the count's
        (
            "seven AK-47 rifles, two other rifles and 13 loaded magazines",
            [("seven AK-47 rifles", "weapons"), ("two other rifles", "weapons"), ("13", None)],
        ),
    ],
)
def test_a_count_of_others(text, expected):
    assert counts(text) == expected


def test_a_version_after_a_name_counts_nothing_and_the_number_before_counts_past_it():
    # ECB+ 40_5ecbplus, 40_5ecb: "USB 3.0" is a standard, not 3.0 ports (model_names.yaml)
    assert counts(
        "Connectivity sees a significant boost with the inclusion of two USB 3.0 ports in"
        " addition to the Thunderbolt port."
    ) == [("two", None)]
    assert counts("The USB 3.0 standard allows data transfer more than ten times the speed") == [
        ("more than ten times", "multiple")
    ]


def test_a_graphics_chip_after_its_make_counts_nothing():
    # ECB+ 40_6ecb, 40_10ecbplus: "9400M", "650m" name chips (model_names.yaml `apart`), no
    # billions nor millions
    chips = (
        "The new MacBook Pro will feature two graphic chipsets, the Nvidia GeForce 9400M embedded"
        " on the motherboard and the Nvidia GeForce 9600M as a discrete part."
    )
    assert counts(chips) == [("two", None)]  # the chipsets, no chip's name
    assert counts("Nvidia GeForce GT 650m graphics, and 7 hours of battery life.") == [
        ("7 hours", "hour")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ 24_10ecb: the euro sign mangled to "e", the digits glued to it read as a name
        "Robbers in drag steal e80 million from Paris diamond store in biggest French heist.",
        # ECB+ 36_5ecb
        "Over the years, Blackmore amassed a multi-million-dollar business empire.",
    ],
)
def test_a_scale_word_alone_is_no_number(text):
    assert counts(text) == []


def test_a_scale_word_alone_before_a_currency_is_no_sum():
    # ECB+ 4_8ecbplus: a film's title; 24_6ecb: "e80 million" of a mangled euro sign
    text = 'The self - described "Million Dollar Mermaid, " whose wholesome beauty launched her'
    assert [c.text for c in claims_in(text, "en", "2013-05-25") if c.kind == "money"] == []
    won = [c.value for c in claims_in("He won a million dollars.", "en", "2013-05-25")]
    assert won == [1e6]


def test_a_report_verb_between_the_link_and_the_death_cue():
    # ECB+ 12_8ecb: "one is confirmed dead" counted nothing
    claims = claims_in(
        "One crewman was found alive after six days adrift in the Gulf of Aden, and one is "
        "confirmed dead, the ship's owner said.",
        "en",
    )
    assert [(c.text, c.unit) for c in claims if c.kind == "count"] == [("one", "deaths")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # ECB+ 37_14ecbplus: the two others were counted as people, beside the quake's dead
        (
            "A strong earthquake struck Indonesia's Aceh province on Tuesday, killing at least one"
            " person and leaving two others missing.",
            "en",
            [("at least one person", "deaths"), ("two others", "missing")],
        ),
        # ECB+ 25_3ecbplus: before its figure "missing" is the verb to miss
        (
            "Thomas suffered through an injury - plagued 2010 season, missing 10 of the Saints' 16"
            " games with a troublesome left ankle sprain.",
            "en",
            [("10", "games"), ("16 games", "games")],
        ),
        # snn-2015-08-10-1352: the four had been people; -11-0915's "أربعة أشخاص لا يزالوا
        # مفقودين" injured, by the cue of the next clause
        (
            'قالت السلطات التايوانية: إن الإعصار "سوديلور" خلف ستة قتلى وأربعة آخرين في عداد '
            "المفقودين في تايوان.",
            "ar",
            [("ستة قتلى", "deaths"), ("وأربعة آخرين", "missing")],
        ),
    ],
)
def test_the_missing_are_counted_apart_from_the_dead(text, language, expected):
    claims = claims_in(text, language)
    assert [(c.text, c.unit) for c in claims if c.kind == "count"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 16_10ecbplus: an adverb of degree before the adjective ("very") had ended the run
        (
            '"( Orozco) arranged to have witnesses, including those two very young girls, killed'
            ' so that they would not testify, "Hickok said.',
            [("two", "part")],  # "including": a part of the witnesses
        ),
        # 27_1ecbplus: a part of a group its determiner names; "four" had counted nothing
        (
            "Last week, Microsoft admitted that it had been forced to rewrite four of its security"
            " updates just three days after they had been issued.",
            [("four", "part"), ("three days", None)],
        ),
        # 41_6ecb: a part of the victims, never held against the toll of all of them
        (
            "Palestinian health ministry officials say at least 195 of the victims are children.",
            [("at least 195 of the victims", "part")],
        ),
        # 36_5ecbplus: "more" had ended the noun's run, and "Four" counted nothing; what adds to
        # a total is a remainder, as "other" makes one
        ("Four more FLDS members are awaiting trial.", [("Four more FLDS members", "remainder")]),
        # 26_1ecbplus: years added to a term are no term's length
        (
            "As part of the plea, three more years were added to his prison term, but he avoided a"
            " lengthy trial on the other charges.",
            [("three more years", "remainder")],
        ),
        # 8_1ecbplus: more people ushered than those told before, no count of all of them
        (
            "Around 20 more people had to be ushered to safety.",
            [("Around 20 more people", "remainder")],
        ),
    ],
)
def test_what_share_of_its_quantity_an_english_count_gives(text, expected):
    found = claims_in(text, "en", "2009-01-07")
    assert [(c.text, c.scope) for c in found if c.kind in ("count", "quantity")] == expected


def test_a_part_of_a_group_counts_its_noun():
    # 31_10ecbplus: "Six of his points" are no six blocked shots of the sentence before
    text = (
        "Six of his points, five of his rebounds and five of the blocks came after Echenique got"
        " roughed up — tackled, he said — while cutting toward the basket midway through the"
        " second half."
    )
    assert [(c.text, c.unit, c.scope) for c in claims_in(text, "en", "2013-03-09")] == [
        ("Six of his points", "points", "part"),
        ("five of his rebounds", "rebounds", "part"),
        ("five", None, "part"),
    ]
