"""What the human-facing reports share: stories, their order, the figure in its sentence."""

from __future__ import annotations

from factcheck.report.view import build, figure_span
from tests.report.sample import make_claim, sample_report, seed_documents


def test_stories_with_a_conflict_come_first_then_revisions_then_the_rest():
    view = build(sample_report())
    assert [story.title for story in view.stories] == [
        "US budget deficit",
        "population of Qeshm island",
        "US troops · Syria",
        "Qeshm earthquake death toll · Iran",
        "US troops · Niger",
        "coup · Niger",
        "air base 201 cost · Niger",
        "train and equip fund · Syria",
    ]
    assert [len(story.findings) for story in view.detailed(verbose=False)] == [1, 1, 1]
    assert len(view.collapsed(verbose=False)) == 5 and view.collapsed(verbose=True) == []


def test_a_figure_stated_twice_in_a_sentence_is_placed_where_the_claim_is():
    _, rt = seed_documents()
    # "... 900 جندي أمريكي ... أن 900 جندي يشكلون ...": two sentences, each with 900 جندي.
    second = make_claim(rt, "900 جندي", "count", occurrence=2)
    start, end = figure_span(second, rt.body)
    assert second.sentence[start:end] == "900 جندي"
    assert second.sentence.startswith("وتابع مراسل شؤون الأمن القومي")
    twice = second.model_copy(update={"sentence": "900 جندي ثم " + second.sentence})
    # Without the body the first occurrence is all that can be said.
    assert figure_span(twice, "") == (0, len("900 جندي"))


def test_a_finding_without_a_subject_is_filed_under_its_article_title():
    report = sample_report()
    claims = [claim.model_copy(update={"subject": None}) for claim in report.claims]
    view = build(report.model_copy(update={"claims": claims}))
    assert view.stories[0].title == "العجز الأميركي يصل ل ٧٧ مليار"  # the ANS article's title
