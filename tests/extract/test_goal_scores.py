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
        # SaudiNewsNet snn-2015-08-08-0253 (psg-lille): a single goal, 1-0, as another paper's
        # "1 - صفر"
        (
            "استهل الفريق الأول لكرة القدم بنادي باريس سان جيرمان مبارياته بالدوري الفرنسي الممتاز"
            " بفوز صعب على مضيفه ليل"
            " بهدف وحيد.",
            [("بهدف", 1), ("وحيد", 0)],
        ),
        # SaudiNewsNet snn-2015-08-09-0451 (manutd-spurs): 2-2, the other side after "ل"
        (
            "سقط بطل النسخة الماضية من البريمير ليق تشلسي في فخ التعادل مع ضيفه سوانزي سيتي"
            " بهدفين لهدفين، وذلك بعد أن تعرض حارس البلوز كورتوا للطرد",
            [("بهدفين", 2), ("لهدفين", 2)],
        ),
        # SaudiNewsNet snn-2015-08-10-0655: 6-1; the single goal is the losers'
        (
            "بعد تغلبه على ضيفه نادي الهداية بنتيجة ستة أهداف مقابل هدف وحيد",
            [("ستة", 6)],
        ),
    ],
)
def test_both_sides_of_a_score_in_goal_words(text, expected):
    assert counts(text) == expected


def test_a_goal_of_no_score_is_no_count():
    # SaudiNewsNet snn-2015-08-09-0189: a draw without goals says no count
    assert counts("وتعادل نابولي مع بورتو البرتغالي دون أهداف") == []
