"""What a report holds of an article's figure, and the SaudiNewsNet week's articles by id, for
tests that run a story group alone and look its findings up by the figures they cover."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import pytest

from factcheck.models import Claim, Report
from factcheck.pipeline import run
from factcheck.settings import Settings
from tests.conftest import shared_path

# the findings that pair figures of two articles (single-source ones hold one)
_PAIRING = ("agreement", "conflict", "revision")


def findings_at(report: Report, article: str, offset: int) -> set[int]:
    """The indices of the findings (agreement, conflict, revision) that hold a claim covering
    the character at `offset` of `article` (its id)."""
    ids = {
        claim.id
        for claim in report.claims
        if claim.document.endswith(f"#{article}") and claim.start <= offset < claim.end
    }
    return {
        index
        for index, finding in enumerate(report.findings)
        if finding.kind in _PAIRING and ids & set(finding.claims)
    }


def ecb_cluster(name: str) -> Report:
    """The report of one ECB+ cluster (shared corpus/ecbplus/clusters/NAME.jsonl) run alone."""
    path = shared_path("corpus", "ecbplus", "clusters") / f"{name}.jsonl"
    return run(Settings(paths=[str(path)], format="json", jobs=1))


def held_together(report: Report, one: tuple[str, int], other: tuple[str, int]) -> bool:
    """Whether one finding holds both figures, each given as (article id, character offset);
    a figure the report lacks fails the test, so that `not held_together` cannot pass because
    the figure was never read."""
    for article, offset in (one, other):
        assert any(
            claim.document.endswith(f"#{article}") and claim.start <= offset < claim.end
            for claim in report.claims
        ), f"no claim at {article}@{offset}"
    return bool(findings_at(report, *one) & findings_at(report, *other))


@dataclass
class HandGold:
    """A hand-gold file (ecbplus_hand_gold/ and snn_hand_gold/, their READMEs): the group's
    articles (`A`), its figures by name (`F`, references `article@offset`) and its must-not
    pairs (`X`)."""

    articles: list[str] = field(default_factory=list)
    figures: dict[str, list[str]] = field(default_factory=dict)
    apart: list[tuple[str, str]] = field(default_factory=list)


def hand_gold(path: Path) -> HandGold:
    gold = HandGold()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("A "):
            gold.articles = line.split()[1:]
        elif line.startswith("F "):
            name, refs = line[2:].split(" | ")
            gold.figures[name] = refs.split()
        elif line.startswith("X "):
            one, other = line[2:].split()
            gold.apart.append((one, other))
    return gold


def holding(report: Report, ref: str, prefix: str = "") -> set[int]:
    """The findings that hold a claim covering the gold's reference `ref` (`article@offset`;
    `prefix` completes the article's id)."""
    article, offset = ref.rsplit("@", 1)
    return findings_at(report, prefix + article, int(offset))


def found_in_two(report: Report, refs: list[str], prefix: str = "") -> bool:
    """Whether one finding holds a gold figure's claims of two of its articles."""
    held: dict[str, set[int]] = {}
    for ref in refs:
        held.setdefault(ref.rsplit("@", 1)[0], set()).update(holding(report, ref, prefix))
    return any(held[one] & held[other] for one, other in combinations(held, 2))


def snn_lines(wanted: Iterable[str]) -> dict[str, str]:
    """The JSON lines of the SaudiNewsNet week's articles whose ids are `wanted`, by id; only
    the head of a line is searched for the id, so the week is read in about a second."""
    ids = set(wanted)
    found: dict[str, str] = {}
    for path in sorted(shared_path("corpus", "saudinewsnet", "articles").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            head = line[:40]
            if any(article in head for article in ids):
                found[json.loads(line)["id"]] = line
    return found


def run_alone(lines: list[str], path: Path) -> Report:
    """The report of the articles `lines` written to `path` and run alone, as an editor runs
    one story."""
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return run(Settings(paths=[str(path)], format="json", jobs=1))


def agreeing_articles(
    articles: list[str], folder: Path, taken: Callable[[Claim], bool]
) -> tuple[set[str], list[set[str]]]:
    """The SaudiNewsNet `articles` run alone: the documents holding a claim `taken` picks, and
    for each agreement holding one, the documents of its picked claims."""
    lines = snn_lines(articles)
    report = run_alone([lines[article] for article in articles], folder / "story.jsonl")
    picked = {claim.id: claim.document for claim in report.claims if taken(claim)}
    held = [
        {picked[claim] for claim in finding.claims if claim in picked}
        for finding in report.findings
        if finding.kind == "agreement" and any(claim in picked for claim in finding.claims)
    ]
    return set(picked.values()), held


def apart_params(
    pairs: Iterable[tuple[str, str, str]], held: set[tuple[str, str, str]]
) -> list[object]:
    """Must-not pairs (group, one ref, the other) as test cases; those the tool still holds
    (`held`) strictly expected to fail, so that the day one is mended its entry must go."""
    return [
        pytest.param(*pair, marks=[pytest.mark.xfail(strict=True)] if pair in held else [])
        for pair in pairs
    ]
