"""Scores told in goal words: "فاز ويستهام ... بهدفين دون رد" is 2-0, "بهدف نظيف" 1-0,
"بهدفين لمثلهما" 2-2. Each side is a count, like the sides of "2 / صفر" (scores.py), so that
papers that write the score in digits and in words agree. The goal words are found in the
document's one lexicon pass; the other side is looked up right after them
(lexicons/*/goal_scores.yaml).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from factcheck.extract.document_words import document_words
from factcheck.extract.mention import PRIORITY, Mention, exact_count
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import PhraseMatcher, back_spaces, phrase_matcher, skip_spaces
from factcheck.models import Document

_SAME = "same"


@cache
def _other_side(language: str) -> PhraseMatcher:
    """What the losing side scored, keyed by its goals, or _SAME for as many."""
    lexicon = load(language, "goal_scores")
    keys: list[tuple[str, object]] = [
        (surface, goals)
        for goals, surfaces in (lexicon.get("against") or {}).items()
        for surface in surfaces
    ]
    keys += [(surface, _SAME) for surface in lexicon.get("same") or ()]
    return PhraseMatcher(keys, language)


def find_goal_scores(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    text = folded.text
    language = document.language or ""
    before = phrase_matcher(language, "goal_scores", "other_side_before")
    for hit in document_words(text, language, "goal_scores"):
        if before.ending_at(text, back_spaces(text, hit.start, 2)) is not None:
            continue  # "ستة أهداف مقابل هدف وحيد": the losing side's goal
        other = _other_side(language).at(text, skip_spaces(text, hit.end, 2))
        if other is None:
            continue  # "سجل هدفا", "هدف المشروع": goals, or an aim, of no score
        goals = float(hit.key)
        yield exact_count(body, folded, hit.start, hit.end, goals, PRIORITY["bare"])
        against = goals if other.key == _SAME else float(other.key)
        yield exact_count(body, folded, other.start, other.end, against, PRIORITY["bare"])
