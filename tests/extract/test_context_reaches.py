"""How far extract/context.py reads around a figure for its cue and its event's place, on real
sentences: branches that no other test broke (each removed in turn)."""

from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.models import Claim, Document


def claim_of(sentence: str, text: str, language: str) -> Claim:
    document = Document(id="t", path="t", language=language, published="2015-08-07", body=sentence)
    (claim,) = [claim for claim in extract_document(document) if claim.text == text]
    return claim


def test_a_change_cue_too_far_before_a_figure_is_not_its_cue():
    # ECB+ 10_6ecb: "not going to be a factor" is no correction of the player's age
    claim = claim_of(
        "The Red Sox said last week that they \" are not going to be a factor '' in signing the "
        "28-year-old Maryland native.",
        "28-year-old",
        "en",
    )
    assert claim.cue is None


def test_a_share_restating_the_amount_before_it_is_no_contrast():
    # SaudiNewsNet snn-2015-08-07-0249: "أي ما نسبته 0.56 في المائة" restates the fall of
    # 66.50 points; it is no other figure set against it
    claim = claim_of(
        "وأغلق المؤشر العام لبورصة قطر على انخفاض بقيمة 66.50 نقطة، أي ما نسبته 0.56 في المائة"
        " ليصل إلى مستوى 11770.25 نقطة.",
        "0.56 في المائة",
        "ar",
    )
    assert claim.cue is None


def test_a_date_of_an_event_holds_where_the_event_took_place():
    # SaudiNewsNet snn-2015-08-07-0101: "الحرب الإسرائيلية الأخيرة على القطاع صيف العام
    # الماضي": the war's summer is Gaza's
    claim = claim_of(
        "قضى 4 فلسطينيين في انفجار داخلي وقع في منزل بمخيم الشابورة، وسط مدينة رفح جنوب قطاع"
        " غزة، إضافة إلى 30 مصابًا، اتضح فيما بعد، أنه ناتج عن صاروخ من مخلفات الحرب"
        " الإسرائيلية الأخيرة على القطاع صيف العام الماضي.",
        "صيف العام الماضي",
        "ar",
    )
    assert claim.location == "palestine/gaza"
