"""A score told in goal words has two sides, counts like those of "2 / صفر"."""

import pytest

from factcheck.extract import extract_document
from factcheck.models import Document


def counts(text: str) -> list[tuple[str, float | None]]:
    document = Document(id="t", path="t", language="ar", published="2015-08-10", body=text)
    return [(c.text, c.value) for c in extract_document(document) if c.kind == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SaudiNewsNet snn-2015-08-10-0466 (westham-arsenal): 2-0, as others' "2 / صفر"
        (
            "فاز فريق ويستهام على نظيره الأرسنال بهدفين دون رد أمس على استاد الإمارات في"
            " العاصمة لندن",
            [("بهدفين", 2), ("دون رد", 0)],
        ),
        # SaudiNewsNet snn-2015-08-09-0451: a draw 2-2, then a win 1-0
        (
            "وفي مواجهة ثانية تعادل إيفرتون مع واتفورد بهدفين لمثلهما، فيما كسب استون فيلا"
            " مضيفه بورنموث بهدف دون رد.",
            [("بهدفين", 2), ("لمثلهما", 2), ("بهدف", 1), ("دون رد", 0)],
        ),
    ],
)
def test_both_sides_of_a_score_in_goal_words(text, expected):
    assert counts(text) == expected


def test_a_goal_of_no_score_is_no_count():
    # SaudiNewsNet snn-2015-08-09-0189: a draw without goals says no count
    assert counts("وتعادل نابولي مع بورتو البرتغالي دون أهداف") == []
