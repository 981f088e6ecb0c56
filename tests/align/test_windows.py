"""The words around a figure that alignment compares (align/features.py): the figure's number is
left out of them, in digits or in words, on ECB+ sentences."""

from factcheck.align import load_rules
from factcheck.align.compare import similarity
from factcheck.align.features import counted, features, neighbours, one_counted_noun
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


# ECB+ 26ecbplus: the Genovese trial's informants, in two outlets' words (the Watergate
# stories of 28ecb, the test's first example, are now a concept's: en/concepts.yaml `stories`)
MOBSTERS = [
    (
        "It took the testimony of six turncoat mobsters, and FBI tape recordings in which the so -"
        " called Oddfather was heard conversing in a perfectly normal way, to convince the jury"
        " of his guilt.",
        "six",
    ),
    (
        "The case relied heavily on the testimony of six former mobsters who became government"
        ' informants, including Salvatore "Sammy the Bull"Gravano, whose testimony was critical'
        " in the 1992 conviction of the late mobster John Gotti.",
        "six",
    ),
]


def test_a_count_of_no_concept_names_what_it_counts_right_after_it():
    turncoat, former = _items(*(_claim(text, figure) for text, figure in MOBSTERS))
    assert counted(turncoat) == {"turncoat", "mobsters"}
    assert counted(former) == {"former", "mobsters"}
    assert one_counted_noun(turncoat, former) == {"mobsters"}


def test_a_vague_amount_names_no_count_in_common():
    # ECB+ 31_1ecb and 31_9ecb: other players of one night, former players of the school
    other, former = _items(
        _claim(
            "Several other players had big nights on Thursday in addition to the record-setting"
            " night from Hansbrough.",
            "Several",
        ),
        _claim(
            "After the game, the school showed a video montage of Hansbrough's career highlights"
            " that included congratulations from several former players.",
            "several",
        ),
    )
    assert counted(other) & counted(former) == {"players"}
    assert not one_counted_noun(other, former)


def test_an_abbreviation_ends_no_clause():
    # ECB+ 2_5ecb: the full stops of "U.S." are inside the sentence
    text = (
        "'' The February 2008 three-hour plus broadcast, hosted for the second time by Stewart,"
        " hit a low 32 million U.S. viewers and entered the record books as the least-watched"
        " Oscars ever."
    )
    (item,) = _items(_claim(text, "32 million"))
    assert counted(item) == {"viewers"}


# SaudiNewsNet snn-2015-08-09-0176 and -0303: a round-up of one league round, the scores of
# five games in one sentence, Palace's "3/ 1" before Villa's "1/ صفر"
ROUND_UP = (
    "وشهدت المرحلة نفسها فوز ليستر سيتي على سندرلاند 4/ 2 وكريستال بالاس على مضيفه نوريتش"
    " سيتي 3/ 1 وأستون فيلا على مضيفه بورنموث 1/ صفر بينما تعادل إيفرتون مع ضيفه واتفورد 2/ 2."
)


def test_the_window_of_a_figure_is_around_it_not_around_its_texts_first_place():
    document = Document(id="0176", path="0176", language="ar", body=ROUND_UP)
    ones = [c for c in extract_document(document) if c.text == "1"]
    assert [ROUND_UP[c.start - 2 : c.start + 4] for c in ones] == ["/ 1 وأ", "ث 1/ ص"]
    assert [c.in_sentence for c in ones] == [c.start for c in ones]
    palace, villa = features(ones, {document.id: document}, RULES)
    # each "1" read where it stands: Villa's had been read in Palace's window
    assert neighbours(palace)[0] != neighbours(villa)[0]
    assert palace.words != villa.words
