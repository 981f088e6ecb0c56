"""SaudiNewsNet's heuristic clusters (../shared/corpus/saudinewsnet/clusters_heuristic) through
the whole pipeline. `snn-cluster-000` mixes two Makkah fires of 7 August 2015: one in a
building of Al-Awali (15 people rescued) and one elsewhere in the city (about 35 evacuated).
Issue 5 names it: the 15 and the 35 must never conflict, and each fire's outlets agree."""

from __future__ import annotations

from functools import cache

from factcheck.models import Report
from factcheck.pipeline import run
from factcheck.settings import Settings
from tests.conftest import shared_path


@cache
def two_fires() -> Report:
    path = shared_path("corpus", "saudinewsnet", "clusters_heuristic", "snn-cluster-000.jsonl")
    return run(Settings(paths=[str(path)], format="json", jobs=1))


def _people(report: Report, value: float) -> set[str]:
    return {c.id for c in report.claims if c.unit == "people" and c.value == value}


def test_the_two_fires_figures_never_conflict():
    report = two_fires()
    fifteen, thirty_five = _people(report, 15), _people(report, 35)
    assert len(fifteen) >= 4 and len(thirty_five) >= 3
    held = [
        f
        for f in report.findings
        if f.kind in ("conflict", "revision")
        and set(f.claims) & fifteen
        and set(f.claims) & thirty_five
    ]
    assert held == []


def test_each_fires_outlets_agree():
    report = two_fires()
    agreed = [set(f.claims) for f in report.findings if f.kind == "agreement"]
    for value in (15, 35):
        same = _people(report, value)
        assert any(len(group & same) >= 2 and group <= same for group in agreed), value


def test_one_wire_sentence_repeated_by_seven_outlets_agrees():
    # snn-cluster-175: seven outlets print one release ("الميدالية الذهبية في مسابقة (PX3)
    # الفرنسية لعام 2015", "ويشارك بها آلاف المصوريين"); every word of it is common in the
    # story, yet its year and its thousands are one figure each, not single sources
    path = shared_path("corpus", "saudinewsnet", "clusters_heuristic", "snn-cluster-175.jsonl")
    report = run(Settings(paths=[str(path)], format="json", jobs=1))
    agreed = [set(f.claims) for f in report.findings if f.kind == "agreement"]
    for text in ("عام 2015", "آلاف"):
        stated = {c.id for c in report.claims if c.text.startswith(text)}
        documents = {c.document for c in report.claims if c.id in stated}
        assert len(documents) >= 6
        held = max((group & stated for group in agreed), key=len, default=set())
        assert len({claim.split(":")[0] for claim in held}) >= 6, text


def test_one_match_report_printed_twice_agrees_though_its_owners_differ():
    # snn-cluster-036: two outlets print one report of a basketball game ("في الفترة الثالثة
    # 58- 44 ... بفارق 22 نقطة"); the nearest demonym makes one's figures Kuwait's ("المنتخب
    # الكويتي") and the other's Saudi Arabia's ("المنتخب السعودي"), yet it is one sentence
    path = shared_path("corpus", "saudinewsnet", "clusters_heuristic", "snn-cluster-036.jsonl")
    report = run(Settings(paths=[str(path)], format="json", jobs=1))
    agreed = [set(f.claims) for f in report.findings if f.kind == "agreement"]
    for text in ("44", "33"):
        stated = {
            c.id
            for c in report.claims
            if c.text == text and c.document.endswith(("2015-08-07-1004", "2015-08-08-0820"))
        }
        assert len(stated) == 2
        assert any(stated <= group for group in agreed), text
