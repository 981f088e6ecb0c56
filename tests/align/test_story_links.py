"""Stories of two languages joined on neutral evidence (align/story_links.py)."""

from __future__ import annotations

from factcheck.align.rules import AcrossLanguages
from factcheck.align.story_links import Evidence, evidence, link_languages
from factcheck.models import Document

SETTINGS = AcrossLanguages(
    max_days_apart=2, min_shared_figures=3, min_shared_share=0.5, max_articles_per_figure=50
)
DAY = 735821  # 2015-08-11


def _evidence(language: str, figures: str, places: str = "iraq", day: int | None = DAY) -> Evidence:
    """Made up: the figures and places a lead would give, so that each test sets exactly the
    links it is about; tests/corpus/test_ecbplus_stories.py runs the pass on real articles."""
    return Evidence(language, day, frozenset(figures.split()), "", frozenset(places.split()))


def test_figures_leave_out_years_and_single_digits_and_ungroup():
    # SaudiNewsNet snn-2015-08-11-0776, with a year and a grouped figure added
    text = "ارتفعت حصيلة قتلى الانفجارين إلى 47 قتيلا وأكثر من 100 جريح عام 2015، و7 و1,200 و6.1"
    document = Document(id="t", path="t", body=text, language="ar", published="2015-08-11")
    assert evidence(document, text, DAY).figures == {"47", "100", "1200", "6.1"}


def test_a_lead_gives_its_gazetteer_places():
    # tests/corpus/translated/snn-2015-08-11-0776.en.jsonl, the English lead of the Arabic article
    document = Document(
        id="t",
        path="t",
        body="Sources said at least 40 people were killed and 72 wounded when a car bomb exploded "
        "in a market in the city of Baquba in eastern Iraq.",
        language="en",
        published="2015-08-11",
    )
    found = evidence(document, document.body, DAY)
    assert (found.places, found.figures) == ({"iraq"}, {"40", "72"})


def test_an_article_moves_into_its_translation_s_larger_story():
    ids = ["ar1", "ar2", "en1", "en2"]
    found = [
        _evidence("ar", "24 55 25 31"),
        _evidence("ar", "40 47 72 100 25"),
        _evidence("en", "40 47 72 100 25"),
        _evidence("en", "13 2009"),  # the English story the translation joined by its words
    ]
    story = {"ar1": "ar1", "ar2": "ar1", "en1": "en1", "en2": "en1"}
    # one of two English articles linked: it moves alone, the other stays
    assert link_languages(ids, found, story, SETTINGS) == {**story, "en1": "ar1"}


def test_too_few_shared_figures_or_no_place_in_common_or_days_apart_link_nothing():
    ids = ["ar", "en"]
    story = {"ar": "ar", "en": "en"}
    for other in (
        _evidence("en", "40 47 13 14 15"),  # two of five shared
        _evidence("en", "40 47 72", places="syria"),
        _evidence("en", "40 47 72", day=DAY + 3),
        _evidence("en", "40 47 72", day=None),
    ):
        found = [_evidence("ar", "40 47 72"), other]
        assert link_languages(ids, found, story, SETTINGS) == story
    # a place within the other is in common: Aceh is in Indonesia, Papua is not Aceh
    found = [
        _evidence("ar", "6.1 50 30", "indonesia"),
        _evidence("en", "6.1 50 30", "indonesia/aceh"),
    ]
    # of two stories alike in size, the later one's articles move
    assert link_languages(ids, found, story, SETTINGS) == {"ar": "ar", "en": "ar"}
    found[0] = _evidence("ar", "6.1 50 30", "indonesia/papua")
    assert link_languages(ids, found, story, SETTINGS) == story


def test_a_figure_that_many_articles_of_a_day_state_links_none():
    ids = ["ar1", "ar2", "ar3", "en"]
    story = {name: name for name in ids}
    found = [
        _evidence("ar", "40 47 100"),
        _evidence("ar", "100 12"),
        _evidence("ar", "100 13"),
        _evidence("en", "40 47 100"),
    ]
    assert link_languages(ids, found, story, SETTINGS) == {**story, "en": "ar1"}
    # three articles state "100": it is no shared figure, two are too few
    crowded = SETTINGS.model_copy(update={"max_articles_per_figure": 2})
    assert link_languages(ids, found, story, crowded) == story


def test_no_article_bridges_two_stories_of_another_language():
    # two English quake stories, an Arabic story of three articles linked to both
    ids = ["ar1", "ar2", "ar3", "en1", "en2"]
    found = [
        _evidence("ar", "6.1 50 30"),
        _evidence("ar", "7.6 20 88"),
        _evidence("ar", "11 12 13"),
        _evidence("en", "6.1 50 30"),
        _evidence("en", "7.6 20 88"),
    ]
    story = {"ar1": "ar1", "ar2": "ar1", "ar3": "ar1", "en1": "en1", "en2": "en2"}
    stories = link_languages(ids, found, story, SETTINGS)
    # the first English story joins the larger Arabic one; the second may not join it too
    assert stories["en1"] == "ar1" and stories["en2"] == "en2"
