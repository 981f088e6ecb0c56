"""The words around a figure that alignment compares (align/features.py): the figure's number is
left out of them, in digits or in words, on ECB+ sentences."""

from factcheck.align import load_rules
from factcheck.align.compare import similarity
from factcheck.align.features import features
from factcheck.align.rules import ComparableRule
from factcheck.extract import extract_document
from factcheck.models import Document

RULES = load_rules([])
(GATE,) = (rule for rule in RULES.of(ComparableRule) if "count" in rule.applies_to)


def _claim(text, figure, language="en"):
    document = Document(id=figure, path=figure, language=language, body=text)
    found = [c for c in extract_document(document) if c.text == figure]
    assert len(found) == 1, [c.text for c in extract_document(document)]
    return found[0], document


def _items(*claims):
    documents = {document.id: document for _, document in claims}
    return features([claim for claim, _ in claims], documents, RULES)


# ECB+ 13_5ecbplus and 13_8ecbplus: how long the dissolution took, and how long the building
# stood on a list of endangered properties
TAKEN = '"Dissolution of the corporation has taken four years," Robert McFarlane said Tuesday.'
LISTED = (
    "The structure made the Alaska Association for Historic Preservation's list of 10 most"
    " endangered properties in the state for the past four years."
)


def test_a_number_word_is_no_word_around_its_figure():
    taken, listed = _items(_claim(TAKEN, "four years"), _claim(LISTED, "four years"))
    assert "four" not in taken.words.split()
    assert "years" in taken.words.split()
    # the shared "four" had made them 56 alike, over the 55 asked of one value
    assert similarity(taken, listed) < GATE.same_value_similarity


def test_a_number_in_words_reads_as_one_in_digits():
    words, digits = _items(
        _claim(TAKEN, "four years"), _claim(TAKEN.replace("four", "4"), "4 years")
    )
    assert words.words == digits.words


def test_a_scale_stays_as_beside_digits():
    # ECB+ 2_7ecb: "55.3 million people" keeps "million", as "32 million" does
    text = "A total of 55.3 million people tuned in to watch who took home the golden statuettes."
    (item,) = _items(_claim(text, "55.3 million people"))
    assert item.words.split()[:5] == ["a", "total", "of", "million", "people"]
