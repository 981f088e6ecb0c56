"""The other measures a figure's sentence states (extract/claims.py, Claim.measures), on ECB+
sentences: what tells two items of one launch apart."""

from __future__ import annotations

from tests.extract.by_text import claims_in


def _measures(text: str, figure: str) -> tuple[tuple[str, float], ...]:
    (claim,) = (c for c in claims_in(text, "en", None) if c.text == figure)
    return claim.measures


def test_the_other_units_of_a_list_of_specifications():
    # 40_6ecb: the 15-inch model's list; a measure of the figure's own unit (512MB) is left out
    text = (
        "The other model costs $ 2499 and comes with 2.53GHz processor, 6MB L2, 4GB of memory, "
        "512MB on the Nvidia 9600M GT, 320GB hard drive."
    )
    assert _measures(text, "6MB") == (("GHz", 2.53), ("GB", 4.0), ("GB", 320.0))


def test_a_figure_alone_in_its_sentence_has_none():
    # 40_3ecb, the clause cut before the processor
    assert _measures("It comes with 6 MB of on-chip L2 cache.", "6 MB") == ()
