"""The misreads left on the audit's fourth draw (tests/extract/audit), each on its real
sentence and, where the fix could overreach, on a control."""

from factcheck.extract import extract_document
from factcheck.models import Document


def claims(text, language="ar", published="2015-08-10"):
    document = Document(id="t", path="t", language=language, published=published, body=text)
    return extract_document(document)


def read(text, language="ar", published="2015-08-10"):
    found = claims(text, language, published)
    return [(c.text, c.kind, c.value, c.qualifier, c.unit) for c in found if c.kind != "date"]


def test_an_idiom_with_an_ordinal_ranks_nothing():
    # SaudiNewsNet snn-2015-08-08-0662: "بالدرجة الأولى" is "mainly"
    assert read(
        "أن يكون لكل شاطئ حرم (100) متر صائب ويصب في مصلحة المواطن بالدرجة الأولى، موضحاً"
    ) == [("(100) متر", "quantity", 100, "exact", "m")]
    assert read("which were n't that many in the first place.", "en") == []
    # the degree of a charge is a rank
    assert read("توجه تهم الاغتصاب من الدرجة الأولى") == [
        ("الدرجة الأولى", "count", 1, "exact", "degree")
    ]


def test_a_qualifier_after_the_noun_of_a_percentage():
    # QuanTemp quantemp-test-2370
    text = 'A poll taken found "70 percent approval or higher" for the law.'
    assert read(text, "en") == [("70 percent approval or higher", "percent", 70, "ge", "%")]
