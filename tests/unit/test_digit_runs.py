"""Digits are looked for once per document (number_parse.digit_runs) and the digits pattern is
tried only where a run, or its sign or point, starts: the same numbers as trying it at every
character."""

from factcheck.extract.number_parse import digit_matches, digit_runs, digits_pattern
from factcheck.lang.normalize import fold
from factcheck.read import read_inputs
from tests.conftest import shared_path


def _spans(matches):
    return [(match.start(), match.end(), match.lastgroup) for match in matches]


def test_signs_points_and_separators_open_the_same_numbers():
    text = fold("انخفض بنسبة -.5 و - 3 ثم - .25 إلى 1,000,000.5 في 5-6 و12:30 و.75 و٣٫٥").text
    assert _spans(digit_matches(text)) == _spans(digits_pattern().finditer(text))
    assert [text[m.start() : m.end()] for m in digit_matches(text)][:3] == ["-.5", "- 3", "- .25"]


def test_a_day_of_news_gives_the_same_numbers():
    day = shared_path("corpus", "saudinewsnet", "articles", "2015-08-07.jsonl")
    documents, _ = read_inputs([day], 10**8, lambda done, total: None)
    found = 0
    for document in documents[:300]:
        text = fold(document.body).text
        assert _spans(digit_matches(text)) == _spans(digits_pattern().finditer(text))
        found += len(digit_runs(text))
    assert found > 1000
