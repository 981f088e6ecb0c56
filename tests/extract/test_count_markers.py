""" "عدد" right before a number says it counts: four digits there are no year
(lexicons/ar/counts.yaml `count_markers`)."""

from __future__ import annotations

from tests.extract.by_text import claims_in


def test_four_digits_after_a_count_marker_are_a_count():
    # snn-2015-08-10-1648
    sentence = "وتنفذ عدد 8 دورات تدريبية لتدريب عدد 1600 من التمريض المكلفين بالعمل"
    assert [(c.text, c.kind) for c in claims_in(sentence)] == [("8", "count"), ("1600", "count")]


def test_a_papers_issue_is_no_count():
    # snn-2015-08-09-1154: "بالعدد" is the issue of a paper, definite
    sentence = "على ما تم نشره في صحيفة «عكاظ» بالعدد 5118 تحت عنوان «امتحان التخصص يكشف ممرضة»"
    assert [c.value for c in claims_in(sentence)] == []
