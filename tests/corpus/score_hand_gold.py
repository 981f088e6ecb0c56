"""Scores the hand golds against the tool, each cluster or group run alone as an editor runs one
story: how many gold figures one finding holds in two of their articles, how many article pairs,
and how many must-not pairs one finding holds (formats: the READMEs of ecbplus_hand_gold/ and
snn_hand_gold/). The tests assert a part of it; this prints the whole measure, the one
FINDINGS.md reports.

    python -m tests.corpus.score_hand_gold [-v] [en|ar] [NAME ...]

`-v` lists each missed figure and each must-not pair held, with the finding that holds it.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from factcheck.models import Report
from factcheck.pipeline import run
from factcheck.settings import Settings
from tests.conftest import shared_path
from tests.corpus.by_report import HandGold, hand_gold, holding, run_alone, snn_lines

HERE = Path(__file__).parent
SNN_PREFIX = "snn-2015-08-"  # the gold's `A` line names articles by day and number


@dataclass
class Score:
    figures: int = 0
    found: int = 0
    pairs: int = 0
    pairs_found: int = 0
    wrong: int = 0

    def add(self, other: Score) -> None:
        for name in ("figures", "found", "pairs", "pairs_found", "wrong"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, name: str) -> str:
        return (
            f"{name:16} figures {self.found}/{self.figures} = {_share(self.found, self.figures)}"
            f"  pairs {self.pairs_found}/{self.pairs} = {_share(self.pairs_found, self.pairs)}"
            f"  must-not held {self.wrong}"
        )


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def score(report: Report, gold: HandGold, prefix: str, notes: list[str]) -> Score:
    """`prefix` completes the gold's article names."""
    result = Score()
    for what, refs in gold.figures.items():
        by_article: dict[str, set[int]] = {}
        for ref in refs:
            by_article.setdefault(ref.rsplit("@", 1)[0], set()).update(holding(report, ref, prefix))
        shared = [bool(by_article[a] & by_article[b]) for a, b in combinations(by_article, 2)]
        result.figures += 1
        result.found += any(shared)
        result.pairs += len(shared)
        result.pairs_found += sum(shared)
        if not any(shared):
            notes.append(f"  missed {what}: {' '.join(refs)}")
    for one, other in gold.apart:
        both = holding(report, one, prefix) & holding(report, other, prefix)
        if both:
            result.wrong += 1
            message = report.findings[min(both)].message
            notes.append(f"  HELD {one} {other}: {message[:160]}")
    return result


def english(names: list[str]) -> Iterator[tuple[str, Report, HandGold, str]]:
    clusters = shared_path("corpus", "ecbplus", "clusters")
    for gold in sorted((HERE / "ecbplus_hand_gold").glob("*.txt")):
        if not names or gold.stem in names:
            settings = Settings(paths=[str(clusters / f"{gold.stem}.jsonl")], format="json", jobs=1)
            yield gold.stem, run(settings), hand_gold(gold), ""


def arabic(names: list[str]) -> Iterator[tuple[str, Report, HandGold, str]]:
    groups = {
        gold.stem: hand_gold(gold)
        for gold in sorted((HERE / "snn_hand_gold").glob("*.txt"))
        if not names or gold.stem in names
    }
    ids = {name: [SNN_PREFIX + a for a in gold.articles] for name, gold in groups.items()}
    lines = snn_lines(article for members in ids.values() for article in members)
    folder = Path(tempfile.mkdtemp(prefix="score-hand-gold-"))
    for name, gold in groups.items():
        report = run_alone([lines[a] for a in ids[name]], folder / f"{name}.jsonl")
        yield name, report, gold, SNN_PREFIX


def main(arguments: list[str]) -> None:
    verbose = "-v" in arguments
    words = [word for word in arguments if word != "-v"]
    language = words.pop(0) if words and words[0] in ("en", "ar") else "en"
    total = Score()
    for name, report, gold, prefix in (english if language == "en" else arabic)(words):
        notes: list[str] = []
        result = score(report, gold, prefix, notes)
        total.add(result)
        print(result.line(name))
        if verbose:
            print("\n".join(notes))
    print(total.line("ALL"))


if __name__ == "__main__":
    main(sys.argv[1:])
