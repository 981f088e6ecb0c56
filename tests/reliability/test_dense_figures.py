"""Text far denser in figures than news is cut where it passes the limit, with a note naming
the article, instead of costing seconds a MB (SECURITY.md, factcheck/limits.py)."""

from __future__ import annotations

import json
import re
import time

import pytest

from factcheck.extract import extract_document, extract_or_error
from factcheck.limits import CHARS_PER_FIGURE, FIGURES_ALWAYS_READ
from factcheck.models import Document, RunError
from factcheck.read.dense_figures import cut_dense_figures, figure_limit
from tests.conftest import shared_path
from tests.reliability.test_bad_inputs import ARABIC, GOOD_IDS, good_folder


def test_a_folder_with_an_article_of_figures_names_it_and_reports_its_head(cli, tmp_path):
    folder = good_folder(tmp_path)
    lines = 20_000  # two figures a line, 40,000 in 1.4 MB: the limit holds 8,000
    (folder / "dense.txt").write_text(f"{ARABIC}\n" * lines, encoding="utf-8")
    size = len(ARABIC + "\n") * lines
    result = cli(folder, "--format", "json")
    assert result.status == 2
    report = result.json
    assert [d["id"] for d in report["documents"]] == sorted([*GOOD_IDS, "dense.txt"])
    (error,) = report["errors"]
    assert error["path"] == str(folder / "dense.txt")
    kept = figure_limit(size) // 2 * len(ARABIC + "\n") - 1  # whole lines, without the last "\n"
    assert error["message"] == (
        f"more than {figure_limit(size):,} figures in {size:,} characters, denser than any "
        f"news (the limit is {FIGURES_ALWAYS_READ:,} and one more every {CHARS_PER_FIGURE} "
        f"characters): only the first {kept:,} characters were read"
    )
    dense = [c for c in report["claims"] if c["document"] == "dense.txt" and c["kind"] == "count"]
    assert [(c["text"], c["value"]) for c in dense[:2]] == [("15 شخصا", 15), ("9 آخرون", 9)]
    assert len(dense) == 2 * (kept + 1) // len(ARABIC + "\n")
    assert "Traceback" not in result.stderr


def test_the_cut_falls_at_a_line_end_and_never_inside_a_number():
    line = "قتل 700 000 شخص في الحرب\n"  # one figure written in two runs of digits
    body, note = cut_dense_figures(line * 50_000)
    assert note is not None
    assert body.endswith("في الحرب")
    document = Document(id="d.txt", path="d.txt", language="ar", body=body)
    values = {claim.value for claim in extract_document(document) if claim.kind == "count"}
    assert values == {700_000}


def test_a_1_mb_line_of_figures_without_spaces_is_cut_right_before_a_figure():
    text = "a1b2c3" * 200_000
    body, note = cut_dense_figures(text)
    assert note is not None
    assert len(re.findall(r"\d+", body)) == figure_limit(len(text))
    assert body[-1].isalpha() and text[len(body)].isdigit()


def test_grouped_digits_are_one_figure_and_are_read_whole():
    body = "1" + ",000" * 250_000
    assert cut_dense_figures(body) == (body, None)


def test_the_most_crowded_news_article_is_read_whole():
    # SaudiNewsNet's densest article: a list of 2,199 names and numbers, a figure every 13
    # characters (152 in 1,975); and its most figures in one article, 277.
    path = shared_path("corpus", "saudinewsnet", "articles", "2015-08-09.jsonl")
    records = {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    text = records["snn-2015-08-09-0887"]["text"]
    assert len(re.findall(r"\d+", text)) > 100
    assert cut_dense_figures(text) == (text, None)


@pytest.mark.parametrize(
    ("language", "sentence"), [("ar", "قتل خمسة جنود "), ("en", "five soldiers died ")]
)
def test_a_mb_of_numbers_in_words_is_refused_in_under_a_second(language, sentence):
    # Each was a claim in its context: 3.5 s a MB in Arabic, 2.6 s in English.
    text = sentence * (1_000_000 // len(sentence))
    document = Document(id="w.txt#3", path="w.jsonl", language=language, body=text)
    elapsed = []
    for _ in range(2):
        started = time.process_time()
        error = extract_or_error(document)
        elapsed.append(time.process_time() - started)
    assert isinstance(error, RunError)
    count = len(text) // len(sentence)
    assert error.message == (
        f"w.txt#3: {count:,} number words in {len(text):,} characters, denser than any news "
        f"(the limit is {FIGURES_ALWAYS_READ:,} and one more every {CHARS_PER_FIGURE} "
        "characters): the article was not read, no claims from it"
    )
    assert min(elapsed) < 1.0


def test_numbers_in_words_up_to_the_limit_are_read_and_one_more_refuses_the_article():
    # A figure every 14 characters: each one a claim, as many as the limit allows.
    sentence = "قتل خمسة جنود "
    most = max(n for n in range(3000) if n <= figure_limit(n * len(sentence)))
    document = Document(id="w.txt", path="w.txt", language="ar", body=sentence * most)
    claims = extract_or_error(document)
    assert isinstance(claims, list)
    assert [c.value for c in claims] == [5.0] * most
    denser = document.model_copy(update={"body": sentence * (most + 1)})
    refused = extract_or_error(denser)
    assert isinstance(refused, RunError)
    assert refused.message.startswith(f"{most + 1:,} number words in ")  # a file: no id
