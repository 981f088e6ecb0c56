""" "m" glued to digits with no currency symbol: metres before a word of place or motion, or as
the second side of a size, millions elsewhere (numbers.yaml `length_abbreviations`)."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


def _read(text: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(c.text, c.kind, c.value, c.unit) for c in claims_in(text, "en")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ECB+ 23_10ecbplus, 23_8ecbplus, 14_7ecbplus
        (
            "They were within 80m of their destination when Buckley slipped.",
            [("80m", "quantity", 80.0, "m")],
        ),
        (
            "Robert Buckley fell about 600m while climbing to a small hut.",
            [("about 600m", "quantity", 600.0, "m")],
        ),
        (
            "the building measuring 50m by 50m containing food waste",
            [("50m", "quantity", 50.0, "m"), ("50m", "quantity", 50.0, "m")],
        ),
        # ECB+ 27ecb, 39ecbplus, 24ecb: millions
        ("It said has attacked over 2m Windows users.", [("over 2m", "count", 2e6, None)]),
        (
            "The episode was watched by 6.1m people, peaking at 6.9m.",
            [("6.1m people", "count", 6.1e6, "people"), ("6.9m", "count", 6.9e6, None)],
        ),
        ("They made off with 2m euros in jewellery.", [("2m euros", "money", 2e6, "EUR")]),
    ],
)
def test_a_glued_m_is_metres_or_millions_by_what_follows(sentence, expected):
    assert [r for r in _read(sentence) if r[1] != "date"] == expected
