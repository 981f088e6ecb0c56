"""Claim context: subject, location, as_of and attribution, read from the claim's sentence."""

from __future__ import annotations

from factcheck.extract.sentences import SentenceIndex
from factcheck.models import Claim, Document


def with_context(claims: list[Claim], document: Document, sentences: SentenceIndex) -> list[Claim]:
    return claims
