"""The misreads left on the audit's fourth draw (tests/extract/audit), each on its real
sentence and, where the fix could overreach, on a control."""

from tests.extract.by_text import claims_in, read_figures


def test_an_idiom_with_an_ordinal_ranks_nothing():
    # SaudiNewsNet snn-2015-08-08-0662: "بالدرجة الأولى" is "mainly"
    assert read_figures(
        "أن يكون لكل شاطئ حرم (100) متر صائب ويصب في مصلحة المواطن بالدرجة الأولى، موضحاً"
    ) == [("(100) متر", "quantity", 100, "exact", "m")]
    assert read_figures("which were n't that many in the first place.", "en") == []
    # the degree of a charge is a rank
    assert read_figures("توجه تهم الاغتصاب من الدرجة الأولى") == [
        ("الدرجة الأولى", "count", 1, "exact", "degree")
    ]


def test_a_qualifier_after_the_noun_of_a_percentage():
    # QuanTemp quantemp-test-2370
    text = 'A poll taken found "70 percent approval or higher" for the law.'
    assert read_figures(text, "en") == [("70 percent approval or higher", "percent", 70, "ge", "%")]


def dates(text, language="ar", published="2015-08-10"):
    found = claims_in(text, language, published)
    return [(c.text, c.qualifier, c.date.start, c.date.end) for c in found if c.kind == "date"]


def test_a_vague_amount_of_units_ago_is_a_vague_span():
    # QuanTemp quantemp-test-2370, as published on the audit's fallback date
    text = 'A poll taken "a few months ago" found "70 percent approval or higher" for the law.'
    assert dates(text, "en", "2019-06-12") == [
        ("a few months ago", "vague", "2019-01-01", "2019-04-30")
    ]
    assert dates("وقال منذ عدة أيام إن") == [("منذ عدة أيام", "vague", "2015-08-01", "2015-08-07")]
    assert dates("two months ago", "en", "2019-06-12") == [
        ("two months ago", "exact", "2019-04-01", "2019-04-30")
    ]
