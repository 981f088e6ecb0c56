"""The seeds' findings from hand-built claims: what the issue says factcheck seeds/ must show."""

from __future__ import annotations

import pytest

from factcheck.align import load_rules
from factcheck.align.engine import align
from tests.align.seeds_handmade import seed_claims, seed_documents


@pytest.fixture(scope="module")
def findings():
    return align(list(seed_claims()), list(seed_documents()), load_rules([]))


def texts(finding) -> list[str]:
    by_id = {claim.id: claim for claim in seed_claims()}
    return [by_id[claim_id].text for claim_id in finding.claims]


def by_text(text: str, document: str):
    return next(c for c in seed_claims() if c.text == text and c.document == document)


def test_more_than_a_thousand_troops_in_niger_agree_across_the_two_articles(findings):
    agreement = next(f for f in findings if "أكثر من ألف جندي" in texts(f))
    assert agreement.kind == "agreement"
    assert {c.split(":")[0] for c in agreement.claims} == {"000.txt", "002.txt"}
    assert "ألف جندي" in texts(agreement)


def test_no_conflict_at_all_in_the_seeds(findings):
    assert [f.message for f in findings if f.kind == "conflict"] == []


def test_syria_count_revised_from_about_900_to_2000(findings):
    revisions = {tuple(texts(f)) for f in findings if f.kind == "revision"}
    assert ("حوالي 900 جندي", "2000 جندي") in revisions


def test_400_in_2018_and_800_in_summer_2024_never_conflict(findings):
    pair = {"نحو 400 جندي", "نحو 800 جندي"}
    assert not [f for f in findings if pair <= set(texts(f)) and f.kind != "revision"]


def test_dates_of_one_event_agree_and_other_events_stay_apart(findings):
    agreements = [set(texts(f)) for f in findings if f.kind == "agreement"]
    assert {"يوليو (تموز) 2023", "26 يوليو الماضي"} in agreements  # the coup, within AFP
    assert {"مارس (آذار)", "الشهر الماضي"} in agreements  # the agreement ended, across
    assert {"يناير (كانون الثاني)", "يناير"} in agreements  # the rapprochement with Russia
    assert not any("عام 2018" in group for group in agreements)


def test_every_claim_is_held_by_some_finding_and_ids_are_unique(findings):
    held = {claim_id for f in findings for claim_id in f.claims}
    assert held == {c.id for c in seed_claims()}
    assert len({f.id for f in findings}) == len(findings)


def test_context_of_the_seed_figures():
    niger = by_text("أكثر من ألف جندي", "002.txt")
    assert (niger.subject, niger.location) == ("us/troops", "niger")
    syria = by_text("2000 جندي", "002.txt")
    assert (syria.subject, syria.location, syria.cue) == ("us/troops", "syria", "new:rise")
    assert by_text("حوالي 900 جندي", "002.txt").location == "syria"
    assert by_text("نحو 400 جندي", "002.txt").as_of.start == "2018-01-01"
    assert by_text("نحو 800 جندي", "002.txt").as_of.start == "2024-06-01"
    assert by_text("ألف جندي", "000.txt").as_of.start == "2024-04-20"  # publication date
    first = by_text("أكثر من ألف جندي", "000.txt")
    assert first.attribution == "بحسب ما قال عدد من المسؤولين الأميركيين"
    assert by_text("يوليو (تموز) 2023", "000.txt").subject == "coup"


def test_finding_ids_do_not_depend_on_file_order_or_offsets(findings):
    rules = load_rules([])
    claims, documents = list(seed_claims()), list(seed_documents())
    reordered = align(claims[::-1], documents[::-1], rules)
    assert sorted(f.id for f in reordered) == sorted(f.id for f in findings)
    shifted = [c.model_copy(update={"start": c.start + 7, "end": c.end + 7}) for c in claims]
    assert sorted(f.id for f in align(shifted, documents, rules)) == sorted(f.id for f in findings)
