"""Claims built by hand on real text, for testing context and alignment apart from extraction."""

from __future__ import annotations

from typing import Any

from factcheck.extract.context import contexts
from factcheck.extract.sentences import SentenceIndex
from factcheck.models import Claim, DateSpan, Document


def document(doc_id: str, body: str, published: str | None, language: str = "ar") -> Document:
    return Document(id=doc_id, path=doc_id, body=body, published=published, language=language)


def claim(doc: Document, text: str, kind: str = "count", nth: int = 0, **fields: Any) -> Claim:
    """The nth occurrence of `text` in the document, as extraction would give it."""
    start = -1
    for _ in range(nth + 1):
        start = doc.body.index(text, start + 1)
    if "date" in fields and isinstance(fields["date"], tuple):
        first, last, granularity = fields["date"]
        fields["date"] = DateSpan(start=first, end=last, granularity=granularity)
    if kind != "date" and "low" not in fields and fields.get("qualifier") in (None, "exact"):
        fields.setdefault("low", fields.get("value"))
        fields.setdefault("high", fields.get("value"))
    return Claim(
        id=f"{doc.id}:{start}-{start + len(text)}",
        document=doc.id,
        start=start,
        end=start + len(text),
        text=text,
        sentence=SentenceIndex(doc.body).sentence_at(start),
        kind=kind,
        **fields,
    )


def contextual(doc: Document, claims: list[Claim]) -> list[Claim]:
    """The claims with their context set, as extraction sets it on the claims it builds."""
    ordered = sorted(claims, key=lambda c: c.start)
    updates = contexts(ordered, doc, SentenceIndex(doc.body))
    return [c.model_copy(update=update) for c, update in zip(ordered, updates, strict=True)]
