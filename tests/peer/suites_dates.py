"""Peer suites for dates: Duckling ar/en time, Recognizers ar date extractor and parser,
dateparser ar time. Each case's reference time is the article's publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from pathlib import Path

from factcheck.lang.lexicon import load as load_lexicon
from factcheck.lang.normalize import fold_text
from factcheck.models import Claim
from tests.peer.harness import Case, Suite

# Duckling grains we resolve; hours and minutes are times of day, not dates.
DATE_GRAINS = ("day", "week", "month", "year")


def _interval(day: str, grain: str) -> tuple[str, str]:
    """The inclusive interval a Duckling value of `grain` starting on `day` stands for."""
    start = dt.date.fromisoformat(day)
    if grain == "week":
        end = start + dt.timedelta(days=6)
    elif grain == "month":
        end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    elif grain == "year":
        end = start.replace(month=12, day=31)
    else:
        end = start
    return start.isoformat(), end.isoformat()


def _dates(claims: list[Claim]) -> list[Claim]:
    return [claim for claim in claims if claim.kind == "date"]


def _load_duckling(path: Path, grains: tuple[str, ...] = DATE_GRAINS) -> list[Case]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        expected = record["expected"]
        if expected.get("type") != "value" or expected.get("grain") not in grains:
            continue
        if "holiday" in expected:  # holidays are not read as dates (DIFFERENCES.md)
            continue
        if str(expected["value"]).startswith("-"):  # "2014 BC": no proleptic calendar here
            continue
        cases.append(
            Case(
                id=f"{path.name}:{number}",
                text=record["text"],
                language=record["lang"],
                expected=_interval(expected["value"][:10], expected["grain"]),
                published=record["ref_time"][:10],
            )
        )
    return cases


def _load_duckling_day_month(path: Path) -> list[Case]:
    """Issue 4's measure: day- and month-grain cases, less the bare weekdays, which news reads
    as the most recent past one and Duckling as the coming one (DIFFERENCES.md)."""
    weekdays = {
        fold_text(form) for forms in load_lexicon("ar", "weekdays").values() for form in forms
    }
    return [
        case
        for case in _load_duckling(path, ("day", "month"))
        if fold_text(case.text).strip() not in weekdays
    ]


def _check_whole_text(case: Case, claims: list[Claim]) -> bool:
    """Duckling reads the whole text as one date: we must find one, with that interval; a part
    of a month ("منتصف اذار") is one day to Duckling and ten to us, which must hold its day
    (DIFFERENCES.md)."""
    found = _dates(claims)
    if len(found) != 1 or found[0].date is None:
        return False
    ours = (found[0].date.start, found[0].date.end)
    if ours == tuple(case.expected):
        return True
    start, end = case.expected
    return start == end and _names_a_part_of_a_month(case) and ours[0] <= start <= ours[1]


def _names_a_part_of_a_month(case: Case) -> bool:
    parts = load_lexicon(case.language, "date_words").get("month_parts") or {}
    words = set(fold_text(case.text).split())
    return any(fold_text(surface) in words for forms in parts.values() for surface in forms)


def _load_recognizers_extractor(path: Path) -> list[Case]:
    cases = []
    for number, record in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        spans = [(r["Start"], r["Start"] + r["Length"]) for r in record["Results"]]
        reference = (record.get("Context") or {}).get("ReferenceDateTime")
        cases.append(
            Case(
                id=f"{path.name}:{number}",
                text=record["Input"],
                language="ar",
                expected=spans,
                published=reference[:10] if reference else None,
            )
        )
    return cases


def _check_spans(case: Case, claims: list[Claim]) -> bool:
    return [(claim.start, claim.end) for claim in _dates(claims)] == list(case.expected)


def _load_recognizers_parser(path: Path) -> list[Case]:
    cases = []
    for number, record in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        expected = []
        for result in record["Results"]:
            past = result["Value"].get("PastResolution", {}).get("date")
            expected.append((result["Start"], result["Start"] + result["Length"], past))
        reference = record["Context"]["ReferenceDateTime"][:10]
        cases.append(
            Case(f"{path.name}:{number}", record["Input"], "ar", expected, published=reference)
        )
    return cases


def _check_spans_and_past_day(case: Case, claims: list[Claim]) -> bool:
    """Span as the peer's, and the day its past reading gives (ours is the most recent one)."""
    found = [
        (claim.start, claim.end, claim.date.start if claim.date else None)
        for claim in _dates(claims)
        if claim.date is None or claim.date.granularity == "day"
    ]
    return found == [tuple(item) for item in case.expected]


# dateparser checks that say what date a text holds; translation, tokenising and language
# detection checks test dateparser's own machinery.
DATEPARSER_CHECKS = (
    "relative_past",
    "hijri_calendar",
    "search_and_parse",
    "search_finds_whole_string",
)


def _load_dateparser(path: Path) -> list[Case]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        check = record["check"]
        if check not in DATEPARSER_CHECKS:
            continue
        expected = record["expected"]
        if check == "search_and_parse":
            wanted = [(m["text"], m["datetime"][:10]) for m in expected["matches"]]
        elif check == "search_finds_whole_string":
            wanted = [(expected["found"], None)]
        else:
            wanted = [(record["text"], expected["datetime"][:10])]
        reference = record.get("ref_time") or record.get("settings", {}).get("RELATIVE_BASE")
        cases.append(
            Case(
                f"{path.name}:{number}",
                record["text"],
                "ar",
                wanted,
                published=reference[:10] if reference else None,
            )
        )
    return cases


def _check_dateparser(case: Case, claims: list[Claim]) -> bool:
    """Each expected date found inside its expected text, at day granularity; the peer's
    text may hold more than the date (a time of day, a leading "في"), which we leave out."""
    found = _dates(claims)
    if len(found) != len(case.expected):
        return False
    for claim, (text, day) in zip(found, case.expected, strict=True):
        if claim.text not in text:
            return False
        if day is not None and (claim.date is None or claim.date.start != day):
            return False
    return True


SUITES: list[Suite] = [
    Suite(
        "duckling-ar-time.jsonl",
        "Duckling ar time (day/month)",
        _load_duckling_day_month,
        _check_whole_text,
        goal=0.9,
        note="value cases of grain day/month less bare weekdays; one date claim, that interval",
    ),
    Suite(
        "duckling-ar-time.jsonl",
        "Duckling ar time (dates)",
        _load_duckling,
        _check_whole_text,
        goal=0.8,
        note="value cases of grain day/week/month/year; one date claim with that interval",
    ),
    Suite(
        "duckling-en-time.jsonl",
        "Duckling en time (dates)",
        _load_duckling,
        _check_whole_text,
        goal=0.4,
        note="value cases of grain day/week/month/year; one date claim with that interval",
    ),
    Suite(
        "recognizers-ar-datetime-DateExtractor.json",
        "Recognizers ar DateExtractor",
        _load_recognizers_extractor,
        _check_spans,
        goal=0.55,
        note="exact spans of every date, nothing else",
    ),
    Suite(
        "recognizers-ar-datetime-DateParser.json",
        "Recognizers ar DateParser",
        _load_recognizers_parser,
        _check_spans_and_past_day,
        goal=0.45,
        note="exact span and the day of the past reading",
    ),
    Suite(
        "dateparser-ar-time.jsonl",
        "dateparser ar time",
        _load_dateparser,
        _check_dateparser,
        goal=0.75,
        note="relative, Hijri and search cases; the date inside the expected text",
    ),
]
