"""Distances in two directions are two distances (rule FC037 `bearings_apart`, Claim.anchor,
extract/distances.py): the bearing of a run of compass words is their circular mean."""

from __future__ import annotations

import pytest

from factcheck.extract.distances import distance_reference
from tests.extract.by_text import findings_between


@pytest.mark.parametrize(
    ("sentence", "language", "bearing", "anchor"),
    [
        # ECB+ 38_3ecb, 3_10ecbplus, 38_1ecbplus
        ("two miles east southeast of The Geysers, four", "en", 112.5, "geysers"),
        ("about 25 miles northwest of where he escaped", "en", 315.0, None),
        ("about 14 miles north - northeast of Healdsburg", "en", 22.5, "healdsburg"),
        # SaudiNewsNet snn-2015-08-07-1000, snn-2015-08-07-0137: north-east of Bamako, and
        # south-west (an adjective's form) of Muthanna
        (
            "في مدينة سيفاري الواقعة على بعد أكثر من 620 كيلومترا شمال شرق باماكو، مضيفا",
            "ar",
            45.0,
            "باماكو",
        ),
        ("والسلمان (150 كلم جنوب غربي محافظة المثنى) والتي لا", "ar", 225.0, "مثني"),
    ],
)
def test_a_distances_bearing_and_place(sentence, language, bearing, anchor):
    unit = next(
        sentence.index(word) + len(word)
        for word in ("miles", "كيلومترا", "كلم")
        if word in sentence
    )
    assert tuple(distance_reference(sentence, unit, language)) == (anchor, bearing)


def test_distances_in_two_directions_never_meet():
    # ECB+ 3_7ecbplus, 3_10ecbplus: where the inmate escaped, and where he was caught
    held = findings_between(
        "The escape happened near Baytown, Texas, about 25 miles east of Houston, it said.",
        "A hungry, wet and barefoot Arcade Joseph Comeaux Jr. was caught in northeast Houston, "
        "about 25 miles northwest of where he escaped, said Alfredo Perez, a spokesman for the "
        "U.S. Marshals Service.",
        language="en",
        published="2009-12-07",
    )
    assert not [finding for finding in held if "about 25 miles" in finding]


def test_a_compass_point_apart_is_one_distance():
    # ECB+ 38_1ecbplus, 38_2ecbplus: one quake, its bearing told to a sixteenth or an eighth
    held = findings_between(
        "The quake occurred at 2 : 09 a. m. about 14 miles north - northeast of Healdsburg and "
        "had a depth of 1.2 miles.",
        "The quake occurred at 2 : 09 a. m., about 14 miles northeast of Healdsburg, on the "
        "Maacama Fault with a depth of 12 miles.",
        language="en",
        published="2013-03-14",
    )
    assert ("agreement", "about 14 miles", "about 14 miles") in held
