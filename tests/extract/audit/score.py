"""Score extraction against the hand-labelled audit sample with the issue's matching rule.

A gold claim is found when an extracted claim overlaps its span and agrees on kind, value,
qualifier, unit and date (start at the gold granularity). Run `python -m tests.extract.audit.score`
for the figures and every miss and false claim.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from factcheck.extract import extract_document
from factcheck.models import Claim, Document

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "ar")
_DATE_LENGTH = {"year": 4, "month": 7, "day": 10}


@dataclass
class Score:
    gold: int = 0
    extracted: int = 0
    found: int = 0
    correct: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0


def load(language: str) -> list[dict]:
    return yaml.safe_load((HERE / f"{language}.yaml").read_text(encoding="utf-8"))


def as_label(claim: Claim) -> dict:
    """A claim in the fixture's form: the fields the matching rule compares."""
    label: dict = {"text": claim.text, "kind": claim.kind}
    if claim.value is not None:
        label["value"] = claim.value
    if claim.qualifier != "exact":
        label["qualifier"] = claim.qualifier
    if claim.unit is not None:
        label["unit"] = claim.unit
    if claim.date is not None:
        label["date"] = (
            f"{claim.date.start[: _DATE_LENGTH[claim.date.granularity]]} {claim.date.granularity}"
        )
    return label


def extract(item: dict, language: str, number: int) -> list[Claim]:
    document = Document(
        id=f"audit-{language}-{number}",
        path="audit",
        language=language,
        published=item.get("published"),
        body=item["sentence"],
    )
    return extract_document(document)


def _span(sentence: str, label: dict) -> tuple[int, int]:
    start = -1
    for _ in range(label.get("occurrence", 1)):
        start = sentence.index(label["text"], start + 1)
    return start, start + len(label["text"])


def _same_value(gold: float | None, got: float | None) -> bool:
    if gold is None or got is None:
        return gold is got
    return math.isclose(gold, got, rel_tol=1e-6, abs_tol=1e-9)


def matches(gold: dict, span: tuple[int, int], claim: Claim) -> bool:
    got = as_label(claim)
    return (
        claim.start < span[1]
        and span[0] < claim.end
        and gold["kind"] == got["kind"]
        and _same_value(gold.get("value"), got.get("value"))
        and gold.get("qualifier", "exact") == got.get("qualifier", "exact")
        and gold.get("unit") == got.get("unit")
        and gold.get("date") == got.get("date")
    )


def score(language: str) -> Score:
    result = Score()
    for number, item in enumerate(load(language)):
        claims = extract(item, language, number)
        golds = item.get("claims") or []
        result.gold += len(golds)
        result.extracted += len(claims)
        used: set[int] = set()
        for gold in golds:
            span = _span(item["sentence"], gold)
            hit = next(
                (
                    i
                    for i, claim in enumerate(claims)
                    if i not in used and matches(gold, span, claim)
                ),
                None,
            )
            if hit is None:
                result.errors.append(f"MISS  #{number} {gold}  got {[as_label(c) for c in claims]}")
            else:
                used.add(hit)
                result.found += 1
        result.correct += len(used)
        result.errors.extend(
            f"FALSE #{number} {as_label(claim)}" for i, claim in enumerate(claims) if i not in used
        )
    return result


def main() -> None:
    for language in sys.argv[1:] or LANGUAGES:
        result = score(language)
        print(
            f"{language}: precision {result.precision:.3f} ({result.correct}/{result.extracted}), "
            f"recall {result.recall:.3f} ({result.found}/{result.gold})"
        )
        print("\n".join(result.errors))


if __name__ == "__main__":
    main()
