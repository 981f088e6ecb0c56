"""English counts read from their neighbours: "one" that ends a list of counts
(extract/listed_one.py), and a fraction before "of" that is the share of a group
(extract/numbers.py `_shares`)."""

from __future__ import annotations

from tests.extract.by_text import claims_in


def figures(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(c.text, c.kind, c.value, c.unit) for c in claims_in(text, "en", "2008-12-02")]


def test_one_that_ends_a_list_of_counts_counts_like_them():
    # ECB+ 32_1ecb, 32_8ecb, 22_12ecbplus, 8_1ecbplus
    assert ("one", "count", 1.0, None) in figures(
        "Gary Gomes, 35, was arrested yesterday and will be arraigned today in New Bedford "
        "District Court on two counts of murder and one count of kidnapping in connection with "
        "the homicides, according to the Bristol County District Attorney's office."
    )
    assert ("one", "count", 1.0, None) in figures(
        "Gomes faces arraignment in New Bedford District Court on Wednesday morning on two "
        "murder charges and one kidnapping charge."
    )
    assert ("one", "count", 1.0, None) in figures(
        "Hiller was charged with two counts of murder, one count of attempted murder, "
        "aggravated assault and other charges."
    )
    assert figures(
        "Police said two women and one man died at a branch of the Marfin bank which caught "
        "fire after hooded youths broke a window and hurled petrol bombs inside."
    ) == [("two women", "count", 2.0, "women"), ("one man", "count", 1.0, "men")]


def test_one_after_no_count_or_before_no_noun_counts_nothing():
    # ECB+ 22_7ecbplus: "one - day" opens the sentence, no count before it; 22_1ecbplus
    texts = [
        c.text
        for c in claims_in(
            "In the one - day, non - jury trial, Common Pleas Court judge Benjamin Lerner found "
            "Hiller guilty of two counts of first - degree murder and one count of attempted "
            "murder.",
            "en",
        )
    ]
    assert texts.count("one") == 1
    assert "one" not in [
        c.text
        for c in claims_in(
            "Yvonne Hiller, 43, is accused of killing two co - workers and critically injuring a "
            "third at the Kraft plant in Northeast Philadelphia, and one of the victims was her "
            "supervisor.",
            "en",
        )
    ]


def test_a_fraction_before_of_is_a_share_of_the_group():
    # ECB+ 34_9ecbplus, 34_6ecbplus, 43_3ecbplus, 43_4ecbplus
    assert ("a third", "percent", 33.0, "%") in figures(
        "Immigrants from Vietnam, Cambodia and Laos make up a third of the area's population "
        "of 2, 500."
    )
    assert ("a third", "percent", 33.0, "%") in figures(
        "Her patient population includes immigrants from Vietnam, Cambodia and Laos, who "
        "comprise a third of Bayou La Batre's population."
    )
    assert ("about half", "percent", 50.0, "%") in figures(
        "SeaMicro currently employs 80 people, and about half of them are engineers."
    )
    assert figures("It uses a quarter of the power and a sixth of the space.") == [
        ("quarter", "percent", 25.0, "%"),
        ("a sixth", "percent", 17.0, "%"),
    ]


def test_a_fraction_of_a_measure_or_of_a_time_and_an_ordinal_are_no_share():
    # ECB+ 28_7ecb (a measure), 43_2ecbplus (a part of a year), 19_3ecbplus and 22_2ecbplus
    # (ordinals)
    for text in (
        "Felt then disappeared from public view for a quarter of a century, denying "
        "unequivocally, time and again, that he was Deep Throat.",
        "The company plans to combine AMD and SeaMicro technology in the second half of 2012.",
        "Hundreds of people protesting the fatal shooting of a teenager by police poured into "
        "Brooklyn streets for a third straight night Wednesday.",
        "She opened fire, killing two women and critically injuring a third co - worker.",
    ):
        assert not [c for c in claims_in(text, "en") if c.kind == "percent"], text


def test_a_number_joined_to_plus_is_a_floor():
    # ECB+ 5_10ecb, 5_1ecb (wire text spaces the hyphen), 26_1ecbplus
    assert ("three-plus", "count", 3.0, None) in figures(
        "Cheeks came to Philadelphia from Portland, where he was 162-139 with two postseason "
        "appearances in three-plus seasons."
    )
    assert [
        (c.text, c.qualifier, c.low, c.high)
        for c in claims_in(
            "Cheeks arrives in Philadelphia after three - plus seasons as head coach of the "
            "Portland Trail Blazers.",
            "en",
        )
    ] == [("three - plus", "ge", 3.0, None)]
    assert ("300 - plus - pound", "quantity", 300.0, "lb") in figures(
        'At one point the trial turned into a "battle of the wheelchairs, " with testimony from '
        "Peter Chiodo, a 300 - plus - pound mobster who had survived a ganglaand execution only "
        "because his fat stopped a dozen bullets."
    )


def test_a_counted_noun_after_adjectives_hyphened_as_wire_text_spaces_them():
    # ECB+ 10_2ecbplus, 10_19ecbplus
    assert ("six", "count", 6.0, None) in figures(
        "Teixeira, who turns 29 on April 11, has averaged more than 30 home runs and 100 RBIs in "
        "his six big - league seasons, while posting a."
    )
    assert ("six", "count", 6.0, None) in figures(
        "Having never hit fewer than 26 homers in his six major - league seasons, Teixeira "
        "certainly seems like a better long - term investment than Sabathia."
    )


def test_a_number_of_times_before_what_it_multiplies_is_a_factor():
    # ECB+ 40_7ecb (its headline), 40_10ecb; 2_3ecb stays a count of times
    assert ("three times", "count", 3.0, "multiple") in figures(
        "Apple Inc on Tuesday (Jan 6) introduced what it claims to be the world's thinnest and "
        "lightest 17-inch laptop with a new unibody aluminium enclosure and a built-in battery "
        "said to deliver up to eight hours of use and a lifespan three times longer than "
        "conventional laptop batteries."
    )
    assert ("three times", "count", 3.0, "multiple") in figures(
        "Through the use of advanced chemistry, intelligent monitoring, adaptive charging "
        "technology, and a multi-cell design that Apple claims achieves three times the "
        "industry standard in battery life."
    )
    assert ("three times", "count", 3.0, "times") in figures(
        "The actor, who also starred in the three \"X-Men '' movies and is an award-winning "
        "musical theater performer, has hosted Broadway's Tony awards three times and last "
        "month was named 2008's \"sexiest man alive '' by People magazine."
    )


def test_a_part_of_them_that_goes_on_with_its_clause():
    # ECB+ 12_1ecbplus; 19_1ecbplus (the rear the three were shot from ends the clause)
    assert ("two", "count", 2.0, None) in figures(
        "While two of them managed to escape, INS Sukanya successfully intercepted the remaining "
        "three boats and, in a well - practiced and professionally executed boarding - and - "
        "search action, nabbed 26 Somali pirates with six AK 47 rifles, 12 magazines and about "
        "300 rounds of ammunition."
    )
    assert "three" not in [
        c.text
        for c in claims_in(
            "The 30 - year - old sergeant and 26 - year - old fired 11 shots — the autopsy showed "
            "that seven bullets entered Gray's body, three of them from the rear.",
            "en",
        )
    ]
