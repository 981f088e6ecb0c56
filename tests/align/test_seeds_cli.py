"""`factcheck seeds/ --format json`: the seed findings end to end, once extraction gives the
figures. Each test names the claims it needs; until extraction yields them it is an expected
failure (strict, so it must be revisited the day they appear)."""

from __future__ import annotations

from functools import cache

import pytest

from tests.conftest import SEEDS, run_cli


@cache
def seeds_report() -> dict:
    return run_cli(SEEDS, "--format", "json").json


def claims_with(text: str, kind: str) -> list[dict]:
    return [c for c in seeds_report()["claims"] if text in c["text"] and c["kind"] == kind]


@pytest.fixture
def needs(request):
    def require(text: str, kind: str, documents: int = 1) -> None:
        found = {c["document"] for c in claims_with(text, kind)}
        if len(found) < documents:
            request.applymarker(
                pytest.mark.xfail(strict=True, reason=f"extraction gives no {kind} {text!r} yet")
            )

    return require


def findings_of(kind: str) -> list[tuple[set[str], dict]]:
    report = seeds_report()
    by_id = {c["id"]: c for c in report["claims"]}
    return [
        ({by_id[i]["text"] for i in f["claims"]}, f)
        for f in report["findings"]
        if f["kind"] == kind
    ]


def test_agreement_on_more_than_1000_troops_across_both_articles(needs):
    needs("ألف جندي", "count", documents=2)
    agreements = [f for texts, f in findings_of("agreement") if "أكثر من ألف جندي" in texts]
    assert agreements
    assert len({c.split(":")[0] for c in agreements[0]["claims"]}) == 2


def test_no_conflict_between_niger_and_syria_nor_2018_and_2024():
    assert findings_of("conflict") == []


def test_syria_revision_from_about_900_to_2000(needs):
    needs("2000 جندي", "count")
    needs("900 جندي", "count")
    assert any(
        {"2000 جندي"} <= texts and any("900" in t for t in texts)
        for texts, _ in findings_of("revision")
    )


def test_coup_date_agrees_within_the_afp_article(needs):
    needs("يوليو", "date")
    assert any(sum("يوليو" in t for t in texts) >= 2 for texts, _ in findings_of("agreement"))
