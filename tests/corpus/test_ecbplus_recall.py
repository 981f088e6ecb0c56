"""Recall on ECB+ clusters (../shared/corpus/ecbplus/clusters), each run alone as an editor
would run one story's folder: what several outlets state alike must be one agreement."""

from __future__ import annotations

import json

from factcheck.models import Report
from factcheck.pipeline import run
from factcheck.settings import Settings
from tests.conftest import shared_path
from tests.corpus.by_report import ecb_cluster


def _held_together(report: Report, text: str, sentence: str) -> tuple[int, int]:
    """How many articles state `text` in a sentence holding `sentence` (a weekday resolved: an
    article without a date leaves it open), and how many of them the largest agreement holds."""
    stated = {
        c.id
        for c in report.claims
        if c.text == text and sentence in c.sentence and (c.kind != "date" or c.date)
    }
    agreed = [set(f.claims) for f in report.findings if f.kind == "agreement"]
    held = max((group & stated for group in agreed), key=len, default=set())
    return len({c.split(":")[0] for c in stated}), len({c.split(":")[0] for c in held})


def test_one_wire_sentence_with_a_phrase_of_its_own_agrees():
    # 7ecbplus: eleven outlets retell one AP sentence, "Wladimir Klitschko stopped Tony Thompson
    # in the sixth round to keep ... his WBA, IBF and WBO heavyweight title(s) Saturday (night)",
    # one of them adding "in Bern, Switzerland": every word is common in the story, and that
    # one's window shares three quarters of the others' words, not all
    report = ecb_cluster("7ecbplus")
    stated, held = _held_together(report, "Saturday", "Klitschko stopped Tony Thompson")
    assert stated >= 4 and held == stated
    # "fell to 36 - 3 (24 KO)" / "dropped to 36 - 3": the first repeat it meets has another cue
    stated, held = _held_together(report, "36", "mandatory challenger nominated by the IBF")
    assert stated >= 4 and held == stated


def test_a_list_retold_in_other_words_agrees():
    # 12ecbplus: "the personnel on board the warship have confiscated 14 AK - 47 Rifles, 31
    # magazines and 923 rounds" / "INS Sukanya has seized a total of 14 AK - 47 rifles, 31
    # magazines and 923 rounds": half the words of each window, all common in the story
    report = ecb_cluster("12ecbplus")
    stated, held = _held_together(report, "31", "31 magazines and 923 rounds")
    assert stated >= 3 and held == stated


def _together(report: Report, first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether one agreement holds a claim of each (text, words of its sentence)."""

    def ids(text: str, sentence: str) -> set[str]:
        return {c.id for c in report.claims if c.text == text and sentence in c.sentence}

    x, y = ids(*first), ids(*second)
    assert x and y
    return any(
        x & set(f.claims) and y & set(f.claims) for f in report.findings if f.kind == "agreement"
    )


def test_an_age_of_nobody_named_is_of_a_person_the_article_names():
    # 1ecbplus: "the 26 - year - old actress" of an article whose headline names Lindsay Lohan
    # is "Lohan, 26"
    report = ecb_cluster("1ecbplus")
    assert _together(report, ("26 - year - old", "actress checked into"), ("26", "Lohan, 26"))


def test_an_age_of_nobody_named_is_no_age_of_a_person_the_article_never_names(tmp_path):
    # 18_5ecbplus's "a 48 - year - old man", of an article that names no Steinberg, chained its
    # "Jean Larson, 48", a witness, to 18_7ecbplus's "Steinberg, 48", a victim
    path = shared_path("corpus", "ecbplus", "clusters", "18ecbplus.jsonl")
    records = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if json.loads(line)["id"] in ("18_5ecbplus", "18_7ecbplus")
    ]
    two = tmp_path / "two.jsonl"
    two.write_text("\n".join(records) + "\n", encoding="utf-8")
    report = run(Settings(paths=[str(two)], format="json", jobs=1))
    assert not _together(report, ("48", "Jean Larson, 48"), ("48", "Steinberg, 48"))
