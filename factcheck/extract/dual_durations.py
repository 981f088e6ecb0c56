"""Durations written as one dual word: "لمدة أسبوعين" (two weeks), "تمديد عقده لعامين".

Found by the lexicon's phrase matcher (one Aho-Corasick pass); a qualifier right before the
word joins the mention ("نحو عامين"). Relative dates outrank these ("قبل يومين" is a day), and
an age cue makes the years an age ("عمرها عامان").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from factcheck.extract.ages import AGE, age_end
from factcheck.extract.mention import PRIORITY, Mention, end_with_marks
from factcheck.extract.qualifiers import before_matcher, interval
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import PhraseMatcher
from factcheck.models import Document

_DEFINITE = "ال"


@cache
def _duals(language: str) -> PhraseMatcher:
    return PhraseMatcher.from_mapping(load(language, "durations").get("duals") or {}, language)


def find_dual_durations(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    text = folded.text
    language = document.language or ""
    for hit in _duals(language).finditer(text):
        if _DEFINITE in text[hit.start : hit.stem]:
            continue  # "الأسبوعين الماضيين": a named period, no count
        start, qualifier = hit.start, "exact"
        before = before_matcher(language).ending_at(text, _back(text, start))
        if before is not None:
            start, qualifier = before.start, before.key
        end = hit.end
        concept = None
        if hit.key == "year":
            aged = age_end(text, start, end, language)
            if aged is not None:
                concept, end = AGE, aged
        low, high = interval(qualifier, 2.0)
        yield Mention(
            folded.start_of(start),
            end_with_marks(body, folded.end_of(end)),
            "quantity",
            value=2.0,
            low=low,
            high=high,
            qualifier=qualifier,  # type: ignore[arg-type]
            unit=hit.key,
            concept=concept,
            priority=PRIORITY["unit"],
        )


def _back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos
