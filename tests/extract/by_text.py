"""What extraction gives one text, for tests that look up a claim by the words it covers, and
what alignment finds between a few such texts."""

from __future__ import annotations

from factcheck.align import align, load_rules
from factcheck.extract import extract_document
from factcheck.models import Claim, Document

# the audit's fallback date (tests/extract/audit), for sentences whose own date does not matter
AUDIT_DAY = "2015-08-10"


def claims_in(
    text: str, language: str = "ar", published: str | None = AUDIT_DAY, title: str | None = None
) -> list[Claim]:
    """The claims of `text` as one article, under `title` if given, in extraction's order."""
    document = Document(
        id="d", path="d", body=text, title=title, language=language, published=published
    )
    return extract_document(document)


def claims_by_text(
    text: str, language: str, published: str | None = None, title: str | None = None
) -> dict[str, Claim]:
    """The claims of `text` as one article, keyed by their own text (the last of a repeat)."""
    return {claim.text: claim for claim in claims_in(text, language, published, title)}


def claims_of_the_day(text: str, language: str = "ar") -> dict[str, Claim]:
    """`claims_by_text` of an article published on the audit's day (the SaudiNewsNet week's)."""
    return claims_by_text(text, language, AUDIT_DAY)


def read_figures(text: str, language: str = "ar", published: str | None = AUDIT_DAY) -> list[tuple]:
    """(text, kind, value, qualifier, unit) of each claim of `text` that is not a date."""
    return [
        (c.text, c.kind, c.value, c.qualifier, c.unit)
        for c in claims_in(text, language, published)
        if c.kind != "date"
    ]


def findings_between(
    *texts: str, language: str, published: str | tuple[str, ...]
) -> list[tuple[str, ...]]:
    """(kind, *the claims' texts, sorted) of each finding but single sources among `texts`, each
    one article published on `published` (or on its own day of them, in order), under the
    default rules."""
    days = (published,) * len(texts) if isinstance(published, str) else published
    documents = [
        Document(id=f"d{at}", path=f"d{at}", body=text, language=language, published=day)
        for at, (text, day) in enumerate(zip(texts, days, strict=True))
    ]
    claims = [claim for document in documents for claim in extract_document(document)]
    by_id = {claim.id: claim.text for claim in claims}
    return [
        (finding.kind, *sorted(by_id[claim] for claim in finding.claims))
        for finding in align(claims, documents, load_rules([]))
        if finding.kind != "single_source"
    ]
