"""A player's height and weight in the bracket after the name ("Joique Bell (5 - 11, 220)"):
two quantities, the height finished in its smaller unit as "6-foot-9" is (common/units.yaml
`minor`) and the weight (scores.yaml `bio_size`), where the pair before the comma would
otherwise read as a won-lost record's two counts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from factcheck.extract.mention import PRIORITY, Mention, exact_count
from factcheck.extract.units import minor_units
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import Folded
from factcheck.models import Document

# "(5 - 11, 220)", "(6-2, 215)": the bracket holds nothing else
_BRACKET = re.compile(r"\( ?(\d) ?- ?(\d{1,2}), (\d{3}) ?\)")


@cache
def _bounds(language: str) -> dict[str, Any] | None:
    return load(language, "scores").get("bio_size")


def find_bio_sizes(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    bounds = _bounds(document.language or "")
    if not bounds:
        return
    low_feet, high_feet = bounds["feet"]
    low_pounds, high_pounds = bounds["pounds"]
    per = minor_units()[bounds["height_unit"]]  # inches to the foot
    for found in _BRACKET.finditer(folded.text):
        feet, inches, pounds = (int(found.group(side)) for side in (1, 2, 3))
        if not (
            low_feet <= feet <= high_feet and inches < per and low_pounds <= pounds <= high_pounds
        ):
            continue
        yield exact_count(
            body,
            folded,
            found.start(1),
            found.end(2),
            feet + inches / per,
            PRIORITY["unit"],
            bounds["height_unit"],
            kind="quantity",
        )
        yield exact_count(
            body,
            folded,
            found.start(3),
            found.end(3),
            pounds,
            PRIORITY["unit"],
            bounds["weight_unit"],
            kind="quantity",
        )
