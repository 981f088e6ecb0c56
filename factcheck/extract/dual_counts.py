"""Counts said by a noun's dual alone: "منها حالتان منومتان" (two cases), "استشهد جنديان" (two
soldiers). No number is written, so no number finder reads them: the counted nouns' duals
(lexicons/*/dual_counts.yaml, found in the document's one lexicon pass) are counts of two of
their concept. With the article a dual names two things said before ("الدولتين"), no count.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract.document_words import document_words
from factcheck.extract.mention import PRIORITY, Mention, end_with_marks
from factcheck.lang.clitics import definite_ends
from factcheck.lang.normalize import Folded
from factcheck.models import Document


def find_dual_counts(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    text = folded.text
    language = document.language or ""
    for hit in document_words(text, language, "dual_counts"):
        if text[hit.start : hit.stem].endswith(definite_ends(language)):
            continue  # "الحالتين", "للشركتين"
        yield Mention(
            folded.start_of(hit.start),
            end_with_marks(body, folded.end_of(hit.end)),
            "count",
            value=2.0,
            low=2.0,
            high=2.0,
            unit=hit.key,
            priority=PRIORITY["count"],
        )
