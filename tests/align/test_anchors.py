"""A lead's clock times, read from ECB+ wire text (align/anchors.py)."""

import json

from factcheck.align import load_rules
from factcheck.align.anchors import anchors_of, event_sizes, own_event_sizes, sizes_apart
from factcheck.align.rules import ComparableRule
from factcheck.read import read_inputs
from tests.conftest import run_cli, shared_path


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
    assert anchors_of(_ecb("37ecb.jsonl", "37_1ecb")).sizes == {("magnitude", 6.1)}
    assert anchors_of(_ecb("37ecb.jsonl", "37_4ecb")).sizes == {("magnitude", 7.6)}


def test_a_figures_event_is_the_quake_its_sentence_measures():
    # ECB+ 37ecb: a figure whose sentence names no magnitude is of its lead's quake (37_1ecb's
    # aftershock of 6.1), one whose sentence names one of that quake (37_4ecb's 7.6); read in
    # 37_1ecb, a sentence of the 7.6 quake is the 7.6 quake's
    aftershock, quake = _ecb("37ecb.jsonl", "37_1ecb"), _ecb("37ecb.jsonl", "37_4ecb")
    distance = "The quake struck off the coast, 75 kilometers west of Manokwari."
    first = (
        "Panicked residents fled as the first earthquake measuring 7.6 magnitude struck on "
        "Sunday about 135 kilometers from the main city of Manokwari."
    )
    assert event_sizes(distance, aftershock) == {("magnitude", 6.1)}
    assert event_sizes(first, quake) == event_sizes(first, aftershock) == {("magnitude", 7.6)}
    assert sizes_apart(event_sizes(distance, aftershock), event_sizes(first, quake))


def test_a_figure_of_a_quake_its_article_recalls_has_no_size_of_its_own():
    # ECB+ 37_6ecbplus, a story of the 6.1 Aceh quake: "In 2004, a magnitude 9.1 quake off
    # Indonesia triggered a tsunami" is of another quake, whose size other articles need not say
    story = _ecb("37ecbplus.jsonl", "37_6ecbplus")
    recalled = "In 2004, a magnitude 9.1 quake off Indonesia triggered a tsunami."
    assert own_event_sizes(recalled, story) == frozenset()
    assert own_event_sizes("The quake injured dozens.", story) == anchors_of(story).sizes


def test_the_tolls_of_two_quakes_of_one_island_do_not_agree(tmp_path):
    # ECB+ 20_5ecb ("a magnitude-5.2 quake has injured three people in the Persian Gulf Island
    # of Qeshm") and 20_3ecbplus (the 5.9 quake of 2005: "a few injured being taken to
    # hospitals"): one topic, two quakes
    records = [
        json.loads(line)
        for cluster, record in (("20ecb", "20_5ecb"), ("20ecbplus", "20_3ecbplus"))
        for line in shared_path("corpus", "ecbplus", "clusters", f"{cluster}.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
        if json.loads(line)["id"].endswith(record)
    ]
    (tmp_path / "qeshm.jsonl").write_text(
        "\n".join(json.dumps(record) for record in records), encoding="utf-8"
    )
    report = run_cli(tmp_path, "--format", "json", "--fail-on", "never").json
    text = {claim["id"]: claim["text"] for claim in report["claims"]}
    held = [{text[claim] for claim in finding["claims"]} for finding in report["findings"]]
    assert "a few injured" in text.values()
    assert not any({"three people", "a few injured"} <= claims for claims in held)


def test_two_leads_clock_times_are_one_moment_within_the_rules_reach():
    # ECB+ 38: "about 9:30 a.m." (38_1ecb) and "9:27 a.m." (38_3ecb) are one quake's time,
    # "2:09 a.m." (38_10ecbplus) another quake's, five hours before
    (gate,) = load_rules([]).of(ComparableRule)
    within = gate.lead_times_within_minutes
    about = anchors_of(_ecb("38ecb.jsonl", "38_1ecb"))
    exact = anchors_of(_ecb("38ecb.jsonl", "38_3ecb"))
    other = anchors_of(_ecb("38ecbplus.jsonl", "38_10ecbplus"))
    assert (about.times, exact.times, other.times) == ({450, 570}, {567}, {129})
    assert not about.apart_from(exact, within, scripts_differ=False)
    assert about.apart_from(other, within, scripts_differ=False)
