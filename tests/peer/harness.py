"""Scores our extractor on the peer projects' own test expectations (../shared/peer-suites/).

A Suite names a peer file, loads the cases that apply to us, and checks one case against the
claims we extract from its text. `tests/peer/test_peer_suites.py` asserts each suite's goal;
`python -m tests.peer.run` prints the pass rate per file and rewrites tests/peer/RESULTS.md.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.extract import extract_document
from factcheck.models import Claim, Document

PEER = Path(__file__).resolve().parents[2].parent / "shared" / "peer-suites"


@dataclass(frozen=True)
class Case:
    id: str  # where the case is in the peer file, e.g. "duckling-ar-numeral.jsonl:12"
    text: str
    language: str
    expected: Any
    published: str | None = None


@dataclass(frozen=True)
class Suite:
    file: str  # the peer file under ../shared/peer-suites/
    label: str  # a short name for the table, e.g. "Duckling ar numeral"
    load: Callable[[Path], list[Case]]  # the applicable cases of that file
    check: Callable[[Case, list[Claim]], bool]
    goal: float | None = None  # the pass rate the test requires; None: reported only
    note: str = ""


@dataclass
class Score:
    suite: Suite
    passed: int = 0
    total: int = 0
    failures: list[tuple[Case, list[Claim]]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


def extract(text: str, language: str, published: str | None = None) -> list[Claim]:
    document = Document(id="case", path="case", language=language, published=published, body=text)
    return extract_document(document)


def score(suite: Suite) -> Score:
    result = Score(suite)
    for case in suite.load(PEER / suite.file):
        claims = extract(case.text, case.language, case.published)
        result.total += 1
        if suite.check(case, claims):
            result.passed += 1
        else:
            result.failures.append((case, claims))
    return result


def all_suites() -> list[Suite]:
    from tests.peer import suites_ans, suites_dates, suites_numbers

    return [*suites_numbers.SUITES, *suites_ans.SUITES, *suites_dates.SUITES]


def table(scores: list[Score]) -> str:
    lines = [
        "| peer file | suite | passed | cases | rate | goal |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for s in scores:
        goal = f"{s.suite.goal:.0%}" if s.suite.goal is not None else "-"
        cells = [f"`{s.suite.file}`", s.suite.label, s.passed, s.total, f"{s.rate:.1%}", goal]
        lines.append("| " + " | ".join(map(str, cells)) + " |")
    return "\n".join(lines) + "\n"
