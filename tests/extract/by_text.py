"""What extraction gives one text, for tests that look up a claim by the words it covers."""

from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.models import Claim, Document


def claims_by_text(text: str, language: str, published: str | None = None) -> dict[str, Claim]:
    """The claims of `text` as one article, keyed by their own text (the last of a repeat)."""
    document = Document(id="d", path="d", body=text, language=language, published=published)
    return {claim.text: claim for claim in extract_document(document)}
