"""Weekdays and month days of articles with no publication date (align/undated.py), on ECB+."""

from __future__ import annotations

import pytest

from factcheck.align.undated import undated_day
from factcheck.extract.date_shapes import UNRESOLVED
from factcheck.models import Claim, Report
from factcheck.pipeline import run
from factcheck.settings import Settings
from tests.conftest import shared_path
from tests.corpus.by_report import findings_at


def _run(*clusters: str) -> Report:
    folder = shared_path("corpus", "ecbplus", "clusters")
    paths = [str(folder / f"{cluster}.jsonl") for cluster in clusters]
    return run(Settings(paths=paths, format="json", jobs=1))


def test_an_undated_sunday_is_not_the_sunday_of_a_dated_quake_of_another_year():
    # "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday" (20_1ecb,
    # undated, 2005) / "A powerful earthquake hit southern Iran on Sunday" (20_8ecbplus,
    # published 2005-11-28): the weekdays match, the windows read alike only in part
    report = _run("20ecb", "20ecbplus")
    assert findings_at(report, "20_1ecb", 123)  # it agrees with its own cluster's Sundays
    assert not findings_at(report, "20_1ecb", 123) & findings_at(report, "20_8ecbplus", 43)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # 40_7ecb: "Apple Inc on Tuesday (Jan 6) introduced" names a day of a month, not a
        # weekday alone
        ("Tuesday (Jan 6)", "Tuesday"),
        # 21_4ecb, 21_10ecb: "LaSalle is expected to appear in court next Monday": a Monday of
        # the next week
        ("next Monday", "Monday"),
    ],
)
def test_a_weekday_said_with_more_is_another_key(text, other):
    def claim(said: str) -> Claim:
        return Claim(
            id=said,
            document="d",
            start=0,
            end=len(said),
            text=said,
            sentence=said,
            kind="date",
            note=UNRESOLVED,
        )

    one, two = undated_day(claim(text), "en"), undated_day(claim(other), "en")
    assert one is not None and two is not None and one != two


def test_a_month_of_no_year_meets_the_same_month_in_undated_articles():
    # "T-Mobile said the new Curve will be available in February" (42_1ecb) / "T-Mobile is
    # expected to launch the BlackBerry Curve 8900 smartphone in mid-February" (42_9ecb) /
    # "T-Mobile will offer the BlackBerry Curve 8900 to customers in February" (42_4ecb), all
    # undated: each names days of the February nearest its article
    report = _run("42ecb")
    february = findings_at(report, "42_1ecb", 2077)
    assert february & findings_at(report, "42_9ecb", 637) & findings_at(report, "42_4ecb", 125)


def test_a_month_of_no_year_holds_its_days():
    # "She had suffered a heart attack earlier in December and never regained consciousness"
    # (4_8ecb) / "after suffering a heart attack on December 2" (4_4ecb), both undated
    report = _run("4ecb")
    assert findings_at(report, "4_8ecb", 375) & findings_at(report, "4_4ecb", 226)


def test_a_months_day_said_with_its_weekday_meets_the_weekday():
    # "A private funeral service is planned for Tuesday." (4_6ecb) / "A private funeral service
    # will be held Tuesday, Dec. 16, at Westwood Memorial Cemetery." (4_8ecb), both undated
    report = _run("4ecb")
    assert findings_at(report, "4_6ecb", 4622) & findings_at(report, "4_8ecb", 3093)
