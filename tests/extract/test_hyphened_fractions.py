"""A fraction hyphened to its scale is one number: "half-a-dozen" is six, not a dozen
(lexicons/en/numbers.yaml `fractions`, extract/numbers.py)."""

from __future__ import annotations

from tests.extract.by_text import claims_in


def _counts(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.text, c.value, c.qualifier) for c in claims_in(text, "en") if c.kind == "count"]


def test_half_a_dozen_is_six():
    # ECB+ 27_7ecb
    text = (
        "The company's security response team said the patch consists of more than 300 "
        "distinct updates for more than half-a-dozen versions of IE in around 50 languages."
    )
    assert ("more than half-a-dozen", 6.0, "gt") in _counts(text)


def test_half_a_dozen_is_never_a_dozen():
    # QuanTemp test-0350: "or more" after it, and no noun the tool counts; once read as "dozen
    # or more", twelve schools
    text = (
        "In Austin, I’ve got half-a-dozen or more schools on a list to be closed — one of which "
        "I presented a federal blue-ribbon award to for excellence."
    )
    assert not [count for count in _counts(text) if count[1] == 12]
