"""SaudiNewsNet story groups with a hand gold (the thirteenth pass of tests/corpus/FINDINGS.md,
"a third draw of unseen Arabic groups"; tests/corpus/snn_hand_gold): each group run alone, as an
editor would run one story, from its articles in ../shared/corpus/saudinewsnet/articles. A
figure is found when one agreement, conflict or revision holds its claims from two of its
articles; a must-not pair (the same-looking figures of two events, people, times or quantities)
is never held by one finding. The gold names claims by article and character offset, as it was
written from the texts alone; this test asserts the figures the tool finds (a part of the gold)
and every must-not pair."""

from __future__ import annotations

from functools import cache
from itertools import combinations
from pathlib import Path

import pytest

from factcheck.models import Report
from tests.corpus.by_report import findings_at, run_alone, snn_lines

GOLD = Path(__file__).parent / "snn_hand_gold"
_PREFIX = "snn-2015-08-"

# group -> the gold's figures (F lines, by name) the tool finds
FOUND = {
    "dumat-fire": [
        "three-fire-teams",
        "four-support-units",
        "eight-teams-of-the-earlier-fire",
        # "مساء أمس" of the 8th's paper and "مساء الجمعة" of the 10th's
        "the-fire-friday-evening",
    ],
    "egypt-fayoum": ["three-injured", "the-attack-saturday"],
    "egypt-arish": ["three-injured"],
    "gold-weekly": [
        "lowest-in-five-and-a-half-years",
        "spot-1092.10",
        "futures-1091.60",
        "palladium-598.50",
        "on-24-july",
        "friday-7-august",
        # "ارتفعت الفضة واحدا بالمئة": the accusative "one" was no number word
        "silver-up-1-percent",
        # "ويتجه إلى تكبد خسائر للأسبوع السابع على التوالي" (07-0292): the week of a streak is
        # a rank, compared in windows alike (the platinum's fifth week stays apart)
        "seventh-week-of-losses",
        "platinum-fifth-week",
        "palladium-second-week",
    ],
    # "في غرة شهر ذي القعدة القادم": the first of the month, a day (it was the whole month)
    "hajj-etrack": ["opens-on-1-dhu-al-qadah", "for-this-years-hajj"],
    # "قالت الشرطة السويدية إنّ شخصين قتلا": the dual's clause makes its two dead (they were
    # people, like the two suspects of "يشتبهون في شخصين")
    # "والجريح في ال35 من العمر": a bare number between "في" and "من العمر" is an age, as
    # the other paper's "يبلغ من العمر 35 سنة"
    "ikea-sweden": ["two-dead", "the-attack-monday", "the-injured-man-35"],
    "jouf-deposits": ["more-than-3.9-million-riyals", "5864-students", "school-year-1435-1436"],
    "libya-talks": ["talks-monday-10-august", "about-30-representatives"],
    "pepe": ["out-three-weeks", "benzema-out-a-month", "the-statement-friday"],
    # "احراز هدف المباراة الوحيد في الدقيقة 57" (08-0253): the minute of a game is a rank
    "psg-lille": [
        "with-ten-men",
        "sent-off-in-the-28th-minute",
        "first-3-points",
        "goal-in-the-57th-minute",
        # "بفوز صعب على مضيفه ليل بهدف وحيد" (08-0253): 1-0, as 09-0181's "1 - صفر"
        "won-by-one-goal",
    ],
    # "يستغرق دقيقتين ونصف على مرحلتين": a dual of minutes with its half, two and a half minutes
    # "(سنة وسبعة أشهر)": a year and seven months, 19 months (it was seven)
    "tabuk-surgery": [
        "balloon-two-and-a-half-minutes",
        "operation-10-to-15-minutes",
        "aged-a-year-and-seven-months",
    ],
    "taif-brother": ["reported-monday"],
    "tasi-aug9": [
        "index-up-0.51-percent",
        "turnover-3-billion-riyals",
        "113-companies-up",
        "least-top-fall-1.28",
        "other-sectors-up-to-1.28",
        "the-session-sunday",
    ],
}


def _gold(group: str) -> tuple[list[str], dict[str, list[str]], list[tuple[str, str]]]:
    """The group's articles, its figures (name -> references) and its must-not pairs."""
    articles: list[str] = []
    figures: dict[str, list[str]] = {}
    apart: list[tuple[str, str]] = []
    for line in (GOLD / f"{group}.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("A "):
            articles = line.split()[1:]
        elif line.startswith("F "):
            name, refs = line[2:].split(" | ")
            figures[name] = refs.split()
        elif line.startswith("X "):
            one, other = line[2:].split()
            apart.append((one, other))
    return articles, figures, apart


GROUPS = sorted(path.stem for path in GOLD.glob("*.txt"))


@cache
def _lines() -> dict[str, str]:
    """The records of the groups' articles, by id."""
    return snn_lines(_PREFIX + article for group in GROUPS for article in _gold(group)[0])


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, Report]:
    folder = tmp_path_factory.mktemp("snn_hand_gold")
    done: dict[str, Report] = {}
    for group in GROUPS:
        lines = [_lines()[_PREFIX + article] for article in _gold(group)[0]]
        done[group] = run_alone(lines, folder / f"{group}.jsonl")
    return done


def _holding(report: Report, ref: str) -> set[int]:
    """The findings (agreement, conflict, revision) that hold a claim covering `ref`."""
    article, offset = ref.rsplit("@", 1)
    return findings_at(report, _PREFIX + article, int(offset))


@pytest.mark.parametrize(
    ("group", "figure"), [(group, figure) for group, names in FOUND.items() for figure in names]
)
def test_a_figure_of_several_articles_is_found(reports, group, figure):
    report = reports[group]
    held: dict[str, set[int]] = {}
    for ref in _gold(group)[1][figure]:
        held.setdefault(ref.rsplit("@", 1)[0], set()).update(_holding(report, ref))
    assert any(held[one] & held[other] for one, other in combinations(held, 2))


@pytest.mark.parametrize(
    ("group", "one", "other"),
    [(group, one, other) for group in GROUPS for one, other in _gold(group)[2]],
)
def test_figures_of_two_events_are_never_held_together(reports, group, one, other):
    report = reports[group]
    assert not _holding(report, one) & _holding(report, other)
