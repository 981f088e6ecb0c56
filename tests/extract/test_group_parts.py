"""A number before "of" and the figure of a group is a part of that group, a figure
(extract/counts.part_of_group), past the group's determiners and a name in the possessive
(holders.yaml `possessive_ends`, `bare_possessive_ends`); on ECB+ sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.counts import part_of_group


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        # 31_5ecbplus: a plural name's bare apostrophe
        ("Grant Gibbs had eight of the Bluejays' 11 assists.", "eight"),
        # 31_4ecb: a name's 's
        (
            "But the sharpshooter went just 1-for-8 from three-point range and had seven of "
            "Davidson's 17 turnovers in the loss.",
            "seven",
        ),
    ],
)
def test_a_part_of_a_group_told_with_a_possessive_name(sentence: str, number: str) -> None:
    end = sentence.index(number) + len(number)
    assert part_of_group(sentence, end, "en")
