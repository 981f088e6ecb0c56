"""ANS stance pairs (../shared/corpus/ans), each read as two articles of the same day: a
contradiction made by swapping a value must be flagged as a conflict, a paraphrase must not.

Measured on the 789 pairs with a number or a date. Ages ("عن عمر 49 عاما"), durations ("15
يوما") and months named alone ("كذبة أبريل", "في رمضان") are figures now (rule FC104 compares
the first two), and so are ranks ("المرتبة الخامسة", "حزمة العقوبات الأميركية الأولى", rule
FC105), a unit with a half ("خلال عام ونصف"), a group named by its size ("الخمسة الكبار") and
vague amounts told by a verb of killing ("تقتل المئات"). Most value swaps the engine still
misses are figures of different kinds, places or donors on the two sides, which are right not to
conflict; the group sizes and "عام ونصف" against "17 شهرا" are read but the two headlines share
no other word to tell they are about one thing.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache

import pytest

from factcheck.align import load_rules
from factcheck.align.engine import align
from factcheck.extract import extract_document
from factcheck.models import Document
from tests.conftest import shared_path


@cache
def rates() -> dict[str, float]:
    rules = load_rules([])
    path = shared_path("corpus", "ans", "ans_stance_pairs_numeric.jsonl")
    flagged: Counter[tuple[str, bool]] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        documents = [
            Document(
                id=f"{pair['id']}/{side}",
                path=side,
                body=pair[side],
                published="2020-01-01",
                language="ar",
            )
            for side in "ab"
        ]
        claims = [claim for document in documents for claim in extract_document(document)]
        conflict = any(f.kind == "conflict" for f in align(claims, documents, rules))
        swap = pair["label"] == "contradiction" and pair["value_swap"]
        flagged["value_swap" if swap else pair["label"], conflict] += 1
    return {
        group: flagged[group, True] / max(1, flagged[group, True] + flagged[group, False])
        for group in ("value_swap", "contradiction", "paraphrase")
    }


def _extraction_ready(request) -> None:
    document = Document(id="x", path="x", body="قتل 15 شخصا", language="ar")
    if not [c for c in extract_document(document) if c.kind == "count"]:
        request.applymarker(pytest.mark.xfail(strict=True, reason="numbers are not extracted yet"))


def test_paraphrases_are_almost_never_flagged():
    assert rates()["paraphrase"] <= 0.05


def test_value_swaps_are_flagged_where_figures_are_extracted(request):
    _extraction_ready(request)
    # measured 76.7 % (56 of 73): clitics, "..", ranks, sums, vague deaths, ranks after a complement
    assert rates()["value_swap"] >= 0.76


@pytest.mark.xfail(strict=True, reason="different places, donors and kinds across the pair")
def test_value_swaps_reach_the_target():
    assert rates()["value_swap"] >= 0.85
