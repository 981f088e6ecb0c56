"""Refusals of the finding rules' `match` that no other test broke (found by removing each in
turn): pairs of real articles, run alone through the whole pipeline, that a rule without the
refusal would set against each other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.pipeline import run
from factcheck.settings import Settings
from tests.conftest import shared_path


def _records(source: tuple[str, ...], ids: tuple[str, ...]) -> list[str]:
    wanted = {f'"id": "{record}"' for record in ids}
    return [
        line
        for line in shared_path("corpus", *source).read_text(encoding="utf-8").splitlines()
        if any(key in line[:200] for key in wanted)
    ]


def _conflicts(tmp_path: Path, source: tuple[str, ...], ids: tuple[str, ...]) -> list[list[str]]:
    lines = _records(source, ids)
    assert [json.loads(line)["id"] for line in lines] == list(ids)
    path = tmp_path / "pair.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = run(Settings(paths=[str(path)], format="json", jobs=1))
    texts = {claim.id: claim.text for claim in report.claims}
    return [
        sorted(texts[claim] for claim in finding.claims)
        for finding in report.findings
        if finding.kind == "conflict"
    ]


@pytest.mark.parametrize(
    ("source", "ids", "apart"),
    [
        # `cue: none` (FC101): "had previously been arrested four times" carries a cue of an
        # earlier figure, against "arrested three times since October": a conflict holds
        # figures of no cue (ECB+ 19ecbplus)
        (
            ("ecbplus", "clusters", "19ecbplus.jsonl"),
            ("19_6ecbplus", "19_8ecbplus"),
            ["four", "three"],
        ),
        # `sentences_similar` (FC104): "Jose Luis Orozco, 27" and "two sons, ages 16 and 6"
        # are two people's ages (ECB+ 16ecbplus)
        (
            ("ecbplus", "clusters", "16ecbplus.jsonl"),
            ("16_4ecbplus", "16_8ecbplus"),
            ["16", "27"],
        ),
        # `one_concept_unknown: no_match` (FC102): dates in two images' addresses
        # (".../2015/06/01/...jpg", ".../2015/05/31/...JPG"), one read as the date of a match
        # (SaudiNewsNet)
        (
            ("saudinewsnet", "articles", "2015-08-11.jsonl"),
            ("snn-2015-08-11-1311", "snn-2015-08-11-1323"),
            ["2015/05/31", "2015/06/01"],
        ),
        # no conflict where each article also states the other's figure (align/findings.py):
        # the US crude's low, "44.82 دولار" and "44.83 دولاراً", each beside its paper's close
        # (SaudiNewsNet)
        (
            ("saudinewsnet", "articles", "2015-08-07.jsonl"),
            ("snn-2015-08-07-0250", "snn-2015-08-07-0372"),
            ["44.82 دولار", "44.83 دولاراً"],
        ),
    ],
)
def test_two_figures_a_refusal_keeps_apart_do_not_conflict(tmp_path, source, ids, apart):
    assert apart not in _conflicts(tmp_path, source, ids)
