"""A measure takes no count noun of its clause as its concept, only a noun it measures, and a
percent none of who tells it: in English (ECB+) and Arabic (SaudiNewsNet) wire text."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_by_text


def test_a_fall_beside_the_word_dead_is_no_toll():
    # ECB+ 23_1ecbplus: read as a count of deaths, it never met "falling about 150 metres"
    claims = claims_by_text(
        "A 36 - year - old Australian climber is dead after falling about 150 metres at "
        "Aoraki Mount Cook.",
        "en",
    )
    assert claims["about 150 metres"].subject == "australia/*"


def test_a_distance_beside_residents_counts_no_residents():
    # ECB+ 37_4ecb
    claims = claims_by_text(
        "Panicked residents fled to higher ground as the first earthquake measuring 7.6 "
        "magnitude struck on Sunday about 135 kilometers from the main city of Manokwari.",
        "en",
    )
    assert claims["about 135 kilometers"].subject is None


def test_a_road_of_a_town_counts_no_villages():
    # SaudiNewsNet snn-2015-08-11-1208 (its 530 metres are 35 in snn-2015-08-11-0724)
    claims = claims_by_text(
        "وقدم عضو المجلس المهندس عباس الشماسي عرضا حول تطوير مدخل بلدة الجارودية وفك "
        "الاختناقات المرورية وسط بلدة الجارودية بربط طريق المحيط بالأحياء الغربية من الجارودية "
        "وتحديداً الطرف الشرقي لمخطط (193/3) بعرض مقترح 30 مترا وبطول 530 مترا تحتاج إلى نزع "
        "ملكية، وهي من المزارع المهملة.",
        "ar",
    )
    assert claims["530 مترا"].subject is None


def test_a_measure_of_a_noun_after_of_is_its_concept():
    # ECB+ 30_1ecb / 30_12ecb: "20 kilometres of spare cable" names no concept; made up from
    # them with a counted noun, which no corpus sentence measures
    claims = claims_by_text(
        "The boat carried two tonnes of weapons and 20 kilometres of cable.", "en"
    )
    assert claims["two tonnes"].subject == "weapons"
    assert claims["20 kilometres"].subject is None


@pytest.mark.parametrize("bridge", ["من", "مِنَ"])
def test_an_arabic_measure_of_a_noun_after_min_is_its_concept(bridge):
    # SaudiNewsNet snn-2015-08-08-0072; then with its bridge vowelled, as vowelled text prints
    # it: the bridge is looked up in the folded sentence
    claims = claims_by_text(
        "وقد تعهدت الحكومة السورية بالتخلي عن الترسانة الكيماوية لديها، وتم بالفعل تدمير 1300 "
        f"طن {bridge} الأسلحة الكيماوية تحت إشراف الأمم المتحدة.",
        "ar",
    )
    assert claims["1300 طن"].subject == "syria/weapons"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # SaudiNewsNet snn-2015-08-07-0249: a share's fall, not a share of companies
        (
            "وتراجع سهم مسيعيد للبتروكيماويات القابضة 1.3 في المائة بعدما أعلنت الشركة عن انخفاض"
            " بلغ 55 في المائة في صافي ربح النصف الأول من العام",
            "1.3 في المائة",
        ),
        # SaudiNewsNet snn-2015-08-11-0312: the tickets sold, told by the company that sells them
        (
            "من جهتها، أكدت الشركة المسوقة للتذاكر أن المبيعات بلغت 70 في المائة حتى الآن،",
            "70 في المائة",
        ),
    ],
)
def test_a_percent_is_no_share_of_who_tells_it(text, figure):
    assert claims_by_text(text, "ar")[figure].subject is None


def test_a_percent_of_a_noun_is_a_share_of_it():
    # SaudiNewsNet snn-2015-08-07-0239 (the control: a noun after "من" is what is shared, also
    # in a clause told by someone)
    claims = claims_by_text(
        "وأوضح المكتب في برلين أن 14 في المائة من المواطنين الألمان الذين تراوح أعمارهم", "ar"
    )
    assert claims["14 في المائة"].subject == "people"


def test_seconds_are_a_length_of_time():
    # ECB+ 7_2ecb, 20_7ecbplus: a number before "seconds" was a label, no claim
    claims = claims_by_text(
        "Wladimir Klitschko defended his IBF heavyweight crown with ease after stopping American "
        "Hasim Rahman after 44 seconds of the seventh round of their contest at the SAP Arena "
        "in Germany.",
        "en",
    )
    assert (claims["44 seconds"].value, claims["44 seconds"].unit) == (44.0, "second")
    claims = claims_by_text(
        "An office worker in Dubai said the tremor lasted 30 seconds and was strong enough to "
        "shake buildings along the skyscraper - lined central business district.",
        "en",
    )
    assert claims["30 seconds"].unit == "second"


def test_a_cue_after_a_figure_that_begins_the_next_figure_s_is_the_next_figure_s():
    # ECB+ 3_9ecb: "and more" was read as four days' floor, and "than 30 hours" lost its figure
    claims = claims_by_text(
        "After four days and more than 30 hours of deliberations, the jury was deadlocked at "
        "9-3, with nine in favor of the death penalty and three voting for life without parole.",
        "en",
    )
    assert claims["four days"].qualifier == "exact"
    assert (claims["more than 30 hours"].qualifier, claims["more than 30 hours"].value) == (
        "gt",
        30.0,
    )


def test_a_magnitude_said_after_its_number_with_in():
    # ECB+ 38_3ecb: the survey's first reading, which 38_1ecb and 38_4ecb state
    claims = claims_by_text(
        "The 4.2-magnitude earthquake was recorded at approximately 9:27 a.m. Sunday, according "
        "to the US Geological Survey, which originally had rated the quake as 4.4 in magnitude.",
        "en",
    )
    assert (claims["4.4 in magnitude"].value, claims["4.4 in magnitude"].unit) == (
        4.4,
        "magnitude",
    )


def test_a_decimal_before_a_quakes_noun_is_its_magnitude():
    # ECB+ 20_4ecb: the September quake's size, which 20_1ecb says "with a magnitude of 6.1"
    claims = claims_by_text("The same island was hit by a 6.1 quake in September.", "en")
    assert (claims["6.1 quake"].value, claims["6.1 quake"].unit) == (6.1, "magnitude")
    # ECB+ 37_1ecb: "temblor" too
    claims = claims_by_text(
        "There have been hundreds of earthquakes in Indonesia since a 9.1 temblor in 2004 caused "
        "a tsunami that swept across the Indian Ocean",
        "en",
    )
    assert (claims["9.1 temblor"].value, claims["9.1 temblor"].unit) == (9.1, "magnitude")
    # ECB+ 20_3ecbplus: a magnitude written before its number stays the claim
    claims = claims_by_text(
        "The U.S. Geological Survey in Golden, Colo., said it was a magnitude - 6.1 temblor.", "en"
    )
    assert claims["magnitude - 6.1"].unit == "magnitude"
    # ECB+ 38_3ecb: whole quakes are counted, no size
    claims = claims_by_text(
        "Altogether, 23 quakes occurred Sunday in and around The Geysers, Anderson said.", "en"
    )
    assert claims["23"].unit is None


def test_units_glued_to_their_digits_only():
    # ECB+ 40_2ecb: the 17-inch MacBook Pro that 40_1ecb names so
    claims = claims_by_text(
        "The firm announced a widely expected refresh of its 17in MacBook Pro, with a battery "
        "that the firm said will last up to eight hours.",
        "en",
    )
    assert (claims["17in"].value, claims["17in"].unit) == (17.0, "in")
    # ECB+ 42_8ecbplus: the camera 42_3ecbplus gives as "8 megapixel"
    claims = claims_by_text(
        "The BB Q10 also features a 3.1 inch OLED display, BlackBerry Tag with NFC technology, a "
        "QWERTY keyboard and an 8MP rear - facing camera.",
        "en",
    )
    assert (claims["8MP"].value, claims["8MP"].unit) == (8.0, "MP")
    # QuanTemp test-1173: "MP" apart from its digits is a member of parliament's
    claims = claims_by_text(
        "Slippers thrown at Shivraj Singh Chouhan during 2020 MP bypolls rally", "en"
    )
    assert all(claim.unit != "MP" for claim in claims.values())


def test_points_per_game_abbreviated():
    # ECB+ 5_1ecb: 5_14ecb says "with his 5.8 points"
    claims = claims_by_text(
        "Dalembert is down almost five points per game (5.8 ppg) and just over two rebounds "
        "(8.0) per contest.",
        "en",
    )
    assert (claims["5.8 ppg"].value, claims["5.8 ppg"].unit) == (5.8, "points")
