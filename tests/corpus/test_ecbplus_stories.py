"""All 982 ECB+ articles in one run (each record's `cluster` is read here, never by the tool):
findings must stay within one event, and grouping stories must keep the agreements that
each cluster gives when it is run alone. The run also holds SaudiNewsNet articles, four of the
Baquba bombings and a few of the same days, and an English translation of one of the four:
stories of two languages must meet on that event and nowhere else."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from factcheck.align import load_rules
from factcheck.align.engine import align
from factcheck.align.stories import stories_of
from factcheck.extract import extract_document
from factcheck.models import Claim, Document, Finding
from tests.conftest import shared_path

TRANSLATED = Path(__file__).parent / "translated"
BAQUBA = (
    "snn-2015-08-10-1198",
    "snn-2015-08-11-0051",
    "snn-2015-08-11-0776",
    "snn-2015-08-11-0797",
)
# the same days: two of Iraq's corruption inquiries (one story), one of sums (football)
REFORMS = ("snn-2015-08-11-0371", "snn-2015-08-11-0618")
FOOTBALL = "snn-2015-08-11-0164"
QUAKES = {"ecbplus-37ecb", "ecbplus-37ecbplus"}  # Papua 2009, Aceh 2013


def _document(record: dict, path: str, language: str) -> Document:
    return Document(
        id=record["id"],
        path=path,
        body=record["text"],
        title=record.get("title"),
        published=record.get("published"),
        language=language,
    )


def _added() -> list[tuple[str, list[Document]]]:
    """(cluster, its articles): the Baquba bombings with the translation, and the others."""
    wanted = {*BAQUBA, *REFORMS, FOOTBALL}
    found: dict[str, Document] = {}
    for day in ("2015-08-10", "2015-08-11"):
        path = shared_path("corpus", "saudinewsnet", "articles", f"{day}.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["id"] in wanted:
                found[record["id"]] = _document(record, path.name, "ar")
    translated = [
        _document(json.loads(line), path.name, "en")
        for path in sorted(TRANSLATED.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    return [
        ("baquba", [found[i] for i in BAQUBA] + translated),
        ("reforms", [found[i] for i in REFORMS]),
        ("football", [found[FOOTBALL]]),
    ]


@cache
def run() -> tuple[list[Document], dict[str, str], list[Claim], list[Finding], set]:
    """The documents, each one's cluster, the claims and findings of the run, and the
    (rule, claim) of every agreement found when each cluster runs alone."""
    rules = load_rules([])
    folder = shared_path("corpus", "ecbplus", "clusters")
    groups = []
    for path in sorted(folder.glob("*.jsonl")):
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        groups.append(
            (records[0]["cluster"], [_document(record, path.name, "en") for record in records])
        )
    documents, cluster, claims = [], {}, []
    alone: set[tuple[str, str]] = set()
    for name, these in groups + _added():
        found = [claim for document in these for claim in extract_document(document)]
        alone |= {
            (f.rule, claim_id)
            for f in align(found, these, rules)
            if f.kind == "agreement"
            for claim_id in f.claims
        }
        cluster |= {document.id: name for document in these}
        documents += these
        claims += found
    return documents, cluster, claims, align(claims, documents, rules), alone


def _clusters(finding: Finding) -> set[str]:
    cluster = run()[1]
    return {cluster[claim_id.split(":")[0]] for claim_id in finding.claims}


@cache
def measured() -> dict[str, float]:
    findings, alone = run()[3], run()[4]
    together = {
        (f.rule, claim_id)
        for f in findings
        if f.kind == "agreement" and len(_clusters(f)) == 1
        for claim_id in f.claims
    }
    return {
        "cross": sum(len(_clusters(f)) > 1 for f in findings) / max(1, len(findings)),
        "kept": len(together & alone) / max(1, len(alone)),
    }


def test_findings_stay_within_one_event():
    # 0.8 % with counts extracted (6.7 % of the findings that hold two claims or more)
    assert measured()["cross"] <= 0.02


def test_story_grouping_keeps_the_agreements_of_each_cluster():
    assert measured()["kept"] >= 0.80  # 86.9 % with counts extracted


def test_an_article_and_its_translation_are_one_story_and_agree():
    documents, cluster, claims, findings, _ = run()
    stories = stories_of(documents, load_rules([]))
    baquba = {stories[d.id] for d in documents if cluster[d.id] == "baquba"}
    assert len(baquba) == 1
    assert {d.id for d in documents if stories[d.id] in baquba} == {
        d.id for d in documents if cluster[d.id] == "baquba"
    }
    text = {claim.id: claim.text for claim in claims}
    agreed = [{text[c] for c in f.claims} for f in findings if f.kind == "agreement"]
    assert any({"40 شخصا على الأقل", "at least 40 people"} <= held for held in agreed)
    assert any({"72", "72 wounded"} <= held for held in agreed)
    assert any({"وأكثر من 100 جريح", "more than 100 wounded"} <= held for held in agreed)


def test_no_article_of_another_language_joins_an_english_event():
    documents, _, claims, findings, _ = run()
    assert not any(
        f.kind != "single_source" and len(_clusters(f)) > 1 and _clusters(f) - _ecb()
        for f in findings
    )
    # the two Indonesian quakes share a story by their words (no publication dates): the
    # Arabic articles and the translation add no finding between them
    english = [d for d in documents if run()[1][d.id] in _ecb()]
    ids = {d.id for d in english}
    alone = align([c for c in claims if c.document in ids], english, load_rules([]))
    assert sum(_clusters(f) == QUAKES for f in findings) <= sum(
        _clusters(f) == QUAKES for f in alone
    )


def _ecb() -> set[str]:
    return {name for name in run()[1].values() if name.startswith("ecbplus-")}
