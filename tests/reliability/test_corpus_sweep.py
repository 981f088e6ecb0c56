"""Every article of ../shared/corpus through the full pipeline: zero errors, zero exceptions,
and every claim exact and finite. One CLI run over all the folders keeps it to one process.

SaudiNewsNet and ECB+ records are articles as they are. QuanTemp claims and fact-check
articles and ANS headlines are records of other shapes (`claim`, `doc`, `a`/`b`), so they
are rewritten as article records first; read raw, they must be reported under `errors`.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from factcheck.models import Claim
from tests.conftest import run_cli, shared_path
from tests.reliability.invariants import claim_faults


def records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def as_articles(corpus: Path, folder: Path) -> dict[str, int]:
    """QuanTemp and ANS as article records (one file each); returns the records per file."""
    quantemp, ans = corpus / "quantemp", corpus / "ans"
    files = {
        "quantemp-claims.jsonl": [
            {"id": r["id"], "text": r["claim"], "language": "en"}
            for name in ("test_claims.jsonl", "taxonomy_subset.jsonl")
            for r in records(quantemp / name)
        ],
        "quantemp-articles.jsonl": [
            {"id": r["id"], "text": r["doc"], "language": "en"}
            for r in records(quantemp / "test_gold_sample.jsonl")
            if r.get("doc")
        ],
        "ans-headlines.jsonl": [
            {"id": r["id"], "text": r["text"], "language": "ar"}
            for r in records(ans / "ans_claims.jsonl")
        ]
        + [
            {"id": f"{r['id']}-{side}", "text": r[side], "language": "ar"}
            for r in records(ans / "ans_stance_pairs.jsonl")
            for side in ("a", "b")
        ],
    }
    for name, rows in files.items():
        # One id can name two records (a taxonomy claim is also a test claim): keep the first.
        unique = {row["id"]: row for row in reversed(rows)}
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in unique.values())
        (folder / name).write_text(text, encoding="utf-8")
        files[name] = list(unique.values())
    return {name: len(rows) for name, rows in files.items()}


@pytest.fixture(scope="module")
def sweep(tmp_path_factory):
    corpus = shared_path("corpus")
    extra = tmp_path_factory.mktemp("corpus-as-articles")
    counts = as_articles(corpus, extra)
    folders = [
        corpus / "saudinewsnet" / "articles",
        corpus / "saudinewsnet" / "clusters_heuristic",
        corpus / "ecbplus" / "clusters",
        extra,
    ]
    output = extra.parent / f"{extra.name}-report.json"
    result = run_cli(*folders, "--format", "json", "--fail-on", "never", "-o", output)
    bodies: dict[str, str] = {}
    for folder in folders:
        for file in sorted(folder.glob("*.jsonl")):
            for record in records(file):
                bodies[f"{file.name}#{record['id']}"] = record["text"]
    return result, json.loads(output.read_text(encoding="utf-8")), bodies, counts


def test_every_corpus_article_is_read_with_zero_errors(sweep):
    result, report, bodies, counts = sweep
    assert result.status == 0, result.stderr[-2000:]
    assert report["errors"] == []
    assert "Traceback" not in result.stderr
    per_source = Counter(d["id"].split("#")[0].split("-")[0] for d in report["documents"])
    assert per_source["2015"] == 7406  # SaudiNewsNet articles/2015-08-DD.jsonl
    assert per_source["snn"] == 579  # its 200 heuristic clusters
    assert sum(n for name, n in per_source.items() if "ecb" in name) == 982
    assert (
        per_source["quantemp"]
        == counts["quantemp-claims.jsonl"] + counts["quantemp-articles.jsonl"]
    )
    assert per_source["ans"] == counts["ans-headlines.jsonl"]
    assert counts["ans-headlines.jsonl"] == 4547 + 2 * 3786
    assert {d["id"] for d in report["documents"]} == set(bodies)


def test_every_corpus_claim_is_exact_finite_and_in_order(sweep):
    _, report, bodies, _ = sweep
    by_document: dict[str, list[Claim]] = {}
    for claim in report["claims"]:
        by_document.setdefault(claim["document"], []).append(Claim.model_validate(claim))
    faults = [
        fault
        for document, claims in by_document.items()
        for fault in claim_faults(bodies[document], claims)
    ]
    assert faults == [], f"{len(faults)} faults, first: {faults[:10]}"
    claim_ids = {claim["id"] for claim in report["claims"]}
    for finding in report["findings"]:
        assert set(finding["claims"]) <= claim_ids


def test_corpus_records_that_are_not_articles_are_errors_with_their_lines(cli):
    quantemp, ans = shared_path("corpus", "quantemp"), shared_path("corpus", "ans")
    result = cli(quantemp, ans, "--format", "json", "--fail-on", "never")
    assert result.status == 2
    assert "Traceback" not in result.stderr
    report = result.json
    assert len(report["documents"]) == 4547  # ans_claims.jsonl: headlines with a `text`
    errors = Counter(Path(e["path"]).name for e in report["errors"])
    assert errors == {
        "test_claims.jsonl": 2495,
        "test_gold_sample.jsonl": 249,
        "taxonomy_subset.jsonl": 309,
        "ans_stance_pairs.jsonl": 3786,
        "ans_stance_pairs_numeric.jsonl": 789,
    }
    first = next(e for e in report["errors"] if e["path"].endswith("test_claims.jsonl"))
    assert (first["line"], first["message"]) == (1, "record has no 'text'; not an article")
