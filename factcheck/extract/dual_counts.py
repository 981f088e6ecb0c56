"""Counts said by a noun's dual alone: "منها حالتان منومتان" (two cases), "استشهد جنديان" (two
soldiers). No number is written, so no number finder reads them: the counted nouns' duals
(lexicons/*/dual_counts.yaml, found in the document's one lexicon pass) are counts of two of
their concept. With the article a dual names two things said before ("الدولتين"), no count,
unless a dual of order follows it ("المباراتين التاليتين": the next two games).
A dual in construct ("حالتي وفاة", "سيارتي نقل") is one only before an indefinite noun: alone
its letters are a possessive ("my case"). A dual of people gives way to its clause's cue as a
written count does: "قتل شخصان" counts the dead, "يشتبهون في شخصين" the suspects.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract.counts import refine_generic
from factcheck.extract.document_words import document_words
from factcheck.extract.mention import PRIORITY, Mention, exact_count
from factcheck.lang.clitics import definite_ends, stopwords
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import PhraseMatch, phrase_matcher, skip_spaces
from factcheck.lang.tokens import LETTERS
from factcheck.models import Document


def find_dual_counts(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    text = folded.text
    language = document.language or ""
    constructs = [
        hit
        for hit in document_words(text, language, "dual_constructs")
        if _governs_a_noun(text, hit, language)
    ]
    for hit in sorted([*document_words(text, language, "dual_counts"), *constructs]):
        definite = text[hit.start : hit.stem].endswith(definite_ends(language))
        if definite and not _ordered(text, hit, language):
            continue  # "الحالتين", "للشركتين"
        concept = refine_generic(hit.key, text, hit.start, hit.end, language)
        yield exact_count(body, folded, hit.start, hit.end, 2.0, PRIORITY["count"], concept)


def _ordered(text: str, hit: PhraseMatch, language: str) -> bool:
    """A dual of order right after the definite dual: "في المباراتين التاليتين" are two games
    counted from the one before, not two named before (dual_counts.yaml `order`)."""
    order = phrase_matcher(language, "dual_counts", "order")
    return order.at(text, skip_spaces(text, hit.end, 1)) is not None


def _governs_a_noun(text: str, hit: PhraseMatch, language: str) -> bool:
    """An indefinite noun right after: "حالتي وفاة", not "حالتي الصحية" nor "سيارتي في"."""
    word = LETTERS.match(text, skip_spaces(text, hit.end, 1))
    if word is None or word.start() == hit.end:
        return False
    noun = word.group()
    return not noun.startswith(definite_ends(language)) and noun not in stopwords(language)
