"""Dates: absolute, relative to the publication date, and Hijri, resolved to a DateSpan."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.extract.mention import Mention
from factcheck.lang.normalize import Folded
from factcheck.models import Document


def find_dates(body: str, folded: Folded, document: Document) -> Iterable[Mention]:
    return ()
