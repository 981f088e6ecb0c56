"""A lead's clock times, read from ECB+ wire text (align/anchors.py)."""

from factcheck.align.anchors import anchors_of
from factcheck.read import read_inputs
from tests.conftest import shared_path


def _ecb(cluster: str, record_id: str):
    documents, _ = read_inputs(
        [str(shared_path("corpus", "ecbplus", "clusters", cluster))], 1 << 24
    )
    return next(document for document in documents if document.id == f"{cluster}#{record_id}")


def test_a_clock_time_before_pm_is_in_the_evening():
    # "Firefighters were called to the blaze at around 9:40 p.m. Friday night."
    assert 21 * 60 + 40 in anchors_of(_ecb("13ecb.jsonl", "13_9ecb")).times


def test_a_tokenised_pm_after_spaced_digits_is_in_the_evening():
    # "Voting will close at 6 : 00 p.m. local time (1300 GMT)"
    assert 18 * 60 in anchors_of(_ecb("11ecb.jsonl", "11_11ecb")).times


def test_a_lead_states_its_quakes_magnitude():
    # ECB+ 37ecb: the aftershock of 6.1 and the quake of 7.6 three days before
    assert anchors_of(_ecb("37ecb.jsonl", "37_1ecb")).sizes == {6.1}
    assert anchors_of(_ecb("37ecb.jsonl", "37_4ecb")).sizes == {7.6}
    assert anchors_of(_ecb("37ecb.jsonl", "37_1ecb")).apart_from(
        anchors_of(_ecb("37ecb.jsonl", "37_4ecb"))
    )
