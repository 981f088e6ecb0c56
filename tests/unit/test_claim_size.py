"""A claim's size: the week holds 48,729 claims in each of two processes, and a claim's fields
are its __dict__, a table that doubles when it outgrows two thirds of its slots. A 43rd field
(a distance's bearing, since folded into `Claim.anchor`) took each claim from 832 to 1,584
bytes and the week's peak RSS from 323 to 359 MB (benchmarks/RESULTS.md, nineteenth session)."""

from __future__ import annotations

from factcheck.models import Claim

# the most fields a claim's table holds before it doubles (CPython 3.11's dict of 64 slots)
_FIELDS_BEFORE_THE_TABLE_DOUBLES = 42


def test_a_claim_keeps_its_fields_in_the_smaller_table():
    assert len(Claim.model_fields) <= _FIELDS_BEFORE_THE_TABLE_DOUBLES, (
        "a new Claim field doubles every claim's memory: fold it into an existing one"
    )
