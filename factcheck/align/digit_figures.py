"""Figures as a sentence writes them in digits, read without extracting claims: where two
articles' words cannot be compared (across languages, `crosslingual`; their leads, `story_links`)
or a sentence's other figures matter (`compare`)."""

from __future__ import annotations

import re

from factcheck.lang.normalize import fold_text

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")  # a figure in digits, its separators kept
# Four digits that read as a year of the Gregorian calendar, not as a figure...
YEAR = re.compile(r"1[89]\d\d|20\d\d")
# ...or also as one of the Hijri calendar (1436), where that reading is wanted too: it takes in
# 1300-1799, which are more often figures elsewhere ("1,500 dead", ungrouped)
YEAR_OR_HIJRI = re.compile(rf"1[3-7]\d\d|{YEAR.pattern}")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def states_year(text: str) -> bool:
    """Whether `text` writes a year in digits ("1935", "December 1996", "1436/1437هـ")."""
    return any(YEAR_OR_HIJRI.fullmatch(number) for number in NUMBER.findall(text))


def figures_in(text: str) -> set[str]:
    """The figures said in digits in `text`, as written without grouping ("2,946" as "2946")."""
    found = set()
    for match in NUMBER.finditer(fold_text(text)):
        digits = match.group()
        if _GROUPED.fullmatch(digits):
            digits = digits.replace(",", "")
        found.add(digits.rstrip(".,"))
    return found
