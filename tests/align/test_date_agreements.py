"""Dates of one event that several articles state (rules FC002, FC301), on ECB+ and the
SaudiNewsNet week: a day written in digits is a specific value, a date is its own time, and
reports of two days of one trial recall one day."""

from __future__ import annotations

from pathlib import Path

from factcheck.models import Report
from factcheck.pipeline import run
from factcheck.settings import Settings
from tests.conftest import shared_path
from tests.corpus.by_report import findings_at, run_alone, snn_lines


def _cluster(name: str) -> Report:
    path = shared_path("corpus", "ecbplus", "clusters") / f"{name}.jsonl"
    return run(Settings(paths=[str(path)], format="json", jobs=1))


def _held_together(report: Report, one: tuple[str, int], other: tuple[str, int]) -> bool:
    return bool(findings_at(report, *one) & findings_at(report, *other))


def test_a_day_two_reports_of_a_trial_recall_agrees():
    # "he had only been playing basketball with him until about 5 : 00 on the night of May
    # 29th" (33_2ecb, whose lead tells of Wednesday's testimony) / "The 10-year-old was shot on
    # the night of May 29th while she was playing outside her First Street home" (33_5ecb, of
    # Monday's jury selection): both undated, windows 48 alike; the leads' weekdays are the
    # days of each report, not of the day they recall
    report = _cluster("33ecb")
    assert _held_together(report, ("33_2ecb", 1062), ("33_5ecb", 2529))
    # "went to West Hill on May 29" (33_3ecb) / "led Jermayne Timmons to the West Hill
    # neighborhood on May 29" (33_4ecb)
    assert _held_together(report, ("33_3ecb", 296), ("33_4ecb", 326))


def test_a_date_agrees_whatever_day_each_article_was_published():
    # "Jeffs became leader of the FLDS upon the death of his father in 2002" (36_5ecbplus,
    # 2011-08-09) / "after his father, Rulon Jeffs, died in 2002" (36_8ecbplus, 2010-06-12):
    # a year apart, one death
    report = _cluster("36ecbplus")
    assert _held_together(report, ("36_5ecbplus", 2757), ("36_8ecbplus", 2392))


def test_two_days_of_one_story_in_digits_agree():
    # "was killed June 24, 2005 outside an apartment in the 12000 block of East 223rd Street"
    # (16_2ecbplus, 2007-03-20) / "Ortiz was assigned to track Orozco down the day before his
    # June 24, 2005 murder" (16_9ecbplus, undated): windows 50 alike
    report = _cluster("16ecbplus")
    assert _held_together(report, ("16_2ecbplus", 784), ("16_9ecbplus", 4298))


def test_two_datelines_of_one_day_do_not_agree(tmp_path: Path):
    # "القاهرة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس" / "الكويت 25 شوال 1436 هـ الموافق 10
    # اغسطس 2015 م واس": two agency reports filed the same day share only the agency's name
    ids = ["snn-2015-08-10-1516", "snn-2015-08-10-1532"]
    lines = snn_lines(ids)
    report = run_alone([lines[i] for i in ids], tmp_path / "datelines.jsonl")
    dates = [claim for claim in report.claims if claim.kind == "date" and "شوال" in claim.text]
    assert len({claim.document for claim in dates}) == 2
    held = [
        finding
        for finding in report.findings
        if finding.kind == "agreement" and {c.id for c in dates} & set(finding.claims)
    ]
    assert not held
