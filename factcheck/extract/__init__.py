"""Stage 2, extract: a Document -> its numeric and dated Claims (pure, per document)."""

from factcheck.extract.claims import extract_document, extract_or_error, warm_up

__all__ = ["extract_document", "extract_or_error", "warm_up"]
