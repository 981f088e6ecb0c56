"""The words around a figure that two rules read (align/features.py `echo`): the candidates
three of what it measures (pairs.py `_near_words`), the judge eight of a repeated sentence
(compare.py `_repeated`), whichever asks first."""

from __future__ import annotations

from factcheck.align import load_rules
from factcheck.align.features import echo, features
from factcheck.extract import extract_document
from factcheck.models import Document

# ECB+ 18_10ecbplus, its lead
LEAD = (
    "A man fired four days earlier from his job as an accountant walked into his old office, "
    "passed by the receptionist and made his way to a manager's office with the purpose of "
    "killing him with a shotgun, a police sergeant said Wednesday during the man's arraignment."
)
NEAR = (("fired", "man", "a"), ("earlier", "from", "his"))


def test_a_wider_reach_asked_after_a_narrow_one_reads_its_own_words():
    document = Document(id="d", path="d", body=LEAD, language="en", published="2007-04-11")
    (item,) = (
        item
        for item in features(extract_document(document), {"d": document}, load_rules([]))
        if item.claim.text == "four days"
    )
    assert echo(item, 3) == NEAR
    assert echo(item, 8)[1] == (
        "earlier", "from", "his", "job", "as", "an", "accountant", "walked",
    )  # fmt: skip
    assert echo(item, 3) == NEAR
