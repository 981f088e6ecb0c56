"""Prints peer-suite pass rates, rewrites tests/peer/RESULTS.md: `python -m tests.peer.run`."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.peer.harness import PEER, all_suites, score, table

RESULTS = Path(__file__).with_name("RESULTS.md")


def main() -> int:
    if not PEER.is_dir():
        print(f"{PEER} is absent: nothing to score", file=sys.stderr)
        return 2
    scores = [score(suite) for suite in all_suites()]
    text = table(scores)
    print(text)
    notes = [f"- {s.suite.label}: {s.suite.note}" for s in scores if s.suite.note]
    RESULTS.write_text(
        "# Peer-suite pass rates\n\n"
        "Regenerate with `python -m tests.peer.run`. Where we differ from a peer on purpose, "
        "`DIFFERENCES.md` says why.\n\n" + text + ("\n" + "\n".join(notes) + "\n" if notes else ""),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
