"""Why each hand-gold figure the tool misses is missed, pair by pair of its articles' claims:
`noclaim` (a reference covers no claim), `block` (the two claims have different blocking keys,
so they are never compared), or `judge` with whether the block's candidates propose the pair,
the verdict the judge gives it, and the checks of align/compare.py that refused it (the
`matches` and `_similar` lines that returned False), with each claim's concept, owner and
place. The figure is counted under the furthest stage any of its pairs reached.

    python -m tests.corpus.why_missed [en|ar] [NAME ...]

A diagnosis for the engineer, as score_hand_gold is a measure: it runs each story alone and
re-judges the pairs the report did not hold, so it is slow on the large clusters.
"""

from __future__ import annotations

import sys
from collections import Counter
from itertools import combinations
from types import FrameType
from typing import Any

from factcheck.align import compare
from factcheck.align.compare import CompiledRules, judge
from factcheck.align.engine import block_key
from factcheck.align.features import Features, features
from factcheck.align.pairs import candidate_pairs, deduplicate
from factcheck.align.rules import RuleSet, load_rules
from factcheck.align.stories import stories_of
from factcheck.models import Claim, Report
from tests.corpus.by_report import holding
from tests.corpus.score_hand_gold import arabic, english

_STAGES = ("noclaim", "block", "judge")
_TRACED = ("matches", "_similar")


def covering(report: Report, ref: str, prefix: str) -> Claim | None:
    """The first claim of the report that covers the gold's reference `article@offset`."""
    article, offset = ref.rsplit("@", 1)
    at = int(offset)
    return next(
        (
            claim
            for claim in report.claims
            if claim.document.endswith(f"#{prefix}{article}") and claim.start <= at < claim.end
        ),
        None,
    )


def refusals(first: Features, second: Features, compiled: CompiledRules, rare: bool) -> str:
    """The verdict of the pair and the lines of compare.py whose checks returned False."""
    trail: list[str] = []

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename != compare.__file__:
            return None
        if event == "return" and frame.f_code.co_name in _TRACED and arg is False:
            trail.append(f"{frame.f_code.co_name}:{frame.f_lineno}")
        return tracer

    sys.settrace(tracer)
    try:
        verdict = judge(first, second, compiled, rare)
    finally:
        sys.settrace(None)
    said = f"{verdict.rule.id}={verdict.rule.finding}" if verdict else "none"
    return f"verdict {said} similarity {compare.similarity(first, second):.0f} refused {trail}"


def _shown(item: Features) -> str:
    return f"{item.claim.text!r} c={item.concept} o={item.owner} l={item.location}"


class _Story:
    """One report's blocks, keyed as the engine keys them, and each block's features."""

    def __init__(self, report: Report, rules: RuleSet) -> None:
        self.rules = rules
        self.compiled = CompiledRules.of(rules)
        self.documents = {document.id: document for document in report.documents}
        stories = stories_of(report.documents, rules)
        self.blocks: dict[str, list[Claim]] = {}
        for claim in report.claims:
            key = block_key(claim, rules, stories.get(claim.document))
            self.blocks.setdefault(key, []).append(claim)
        self.key_of = {claim.id: key for key, claims in self.blocks.items() for claim in claims}
        self._proposed: dict[str, dict[tuple[str, str], bool]] = {}
        self._items: dict[str, dict[str, Features]] = {}

    def items(self, key: str) -> dict[str, Features]:
        if key not in self._items:
            items = features(self.blocks[key], self.documents, self.rules)
            self._items[key] = {item.claim.id: item for item in items}
            gate = self.compiled.comparable.get(items[0].claim.kind)
            representatives, _ = deduplicate(items)
            proposals = candidate_pairs(representatives, gate) if gate else []
            self._proposed[key] = {
                (p.first.claim.id, p.second.claim.id): p.rare_words for p in proposals
            }
        return self._items[key]

    def explain(self, x: Claim, y: Claim) -> tuple[str, str]:
        key, other = self.key_of[x.id], self.key_of[y.id]
        if key != other:
            return "block", f"block {x.text!r} [{key}] | {y.text!r} [{other}]"
        items = self.items(key)
        first, second = sorted((items[x.id], items[y.id]), key=lambda item: item.index)
        pair = (first.claim.id, second.claim.id)
        proposed = pair in self._proposed[key]
        rare = self._proposed[key].get(pair, False)
        why = refusals(first, second, self.compiled, rare)
        shown = f"{_shown(first)} | {_shown(second)}"
        return "judge", f"judge {'proposed' if proposed else 'not proposed'} {why}: {shown}"


def main(arguments: list[str]) -> None:
    words = list(arguments)
    language = words.pop(0) if words and words[0] in ("en", "ar") else "en"
    rules = load_rules([])
    tally: Counter[str] = Counter()
    for name, report, gold, prefix in (english if language == "en" else arabic)(words):
        story = _Story(report, rules)
        for what, refs in gold.figures.items():
            by_article: dict[str, list[str]] = {}
            for ref in refs:
                by_article.setdefault(ref.rsplit("@", 1)[0], []).append(ref)
            pairs = [
                (one, other)
                for a, b in combinations(by_article, 2)
                for one in by_article[a]
                for other in by_article[b]
            ]
            if any(
                holding(report, one, prefix) & holding(report, other, prefix)
                for one, other in pairs
            ):
                continue
            stage, lines = "noclaim", []
            for one, other in pairs:
                x, y = covering(report, one, prefix), covering(report, other, prefix)
                if x is None or y is None:
                    lines.append(f"    noclaim {one} {other}")
                    continue
                reached, line = story.explain(x, y)
                stage = max(stage, reached, key=_STAGES.index)
                lines.append(f"    {one} {other} {line}")
            tally[stage] += 1
            print(f"{name} {stage} {what}")
            print("\n".join(lines))
    print(" ".join(f"{stage} {tally[stage]}" for stage in _STAGES))


if __name__ == "__main__":
    main(sys.argv[1:])
