"""Stage 2, extract: a Document -> its numeric and dated Claims (pure, per document)."""

from factcheck.extract.claims import extract_document, warm_up

__all__ = ["extract_document", "warm_up"]
