"""The two sides of a score or a record: "won 2-1", "52-3", "162 - 139", "4 - صفر", "86/ 52",
"2 / صفر"; and of a box score's line of shots made and tried, "7-for-14" (scores.yaml `split`).

Each side is a count a reader can check, however small: the rule that drops a bare "2" as
saying nothing does not hold for "won 2-1". A pair whose second side has a unit is a range
("50 - 55 ألف", "10-20 km"), and an unspaced rising pair of bare numbers stays one ("ages 5-11")
but where the words beside it make it a won-lost record ("fell to 2-6 at home", "a 9-14 record":
scores.yaml `record`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.extract.counts import record_before
from factcheck.extract.mention import PRIORITY, Mention, exact_count
from factcheck.extract.numbers import Number
from factcheck.lang.lexicon import folded_list
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import phrase_matcher, skip_spaces
from factcheck.models import Document

# What joins the sides, in folded text (dashes are folded to "-"): a dash, spaced or not, or a
# slash before a space ("2/ صفر", "2 / صفر"; "3/6" with no space is a fraction).
_JOIN = re.compile(r" ?- ?| ?/ ")
_SIDE_DIGITS = 3  # "120-98"; four digits are a year ("2015-16") or a code
# A dash or a digit beside the pair chains it into a date or a code: "23-10-1436", "4-3-3".
_CHAIN = re.compile(r" ?[-/] ?\d")
_CHAIN_BEFORE = re.compile(r"\d ?[-/] ?$")
_SECOND_SIDE = re.compile(r" ?[-–] ?\d")


def _side(number: Number) -> bool:
    """A whole number of at most three digits, or the word for zero ("صفر")."""
    if number.value is None or not number.value.is_integer() or len(number.pieces) != 1:
        return False
    piece = number.pieces[0]
    if piece.role == "digits":
        digits = piece.text.lstrip("- ")
        no_code = digits == "0" or not digits.startswith("0")  # "07" is a code
        return piece.plain_integer and len(digits) <= _SIDE_DIGITS and no_code
    return number.value == 0


def _digits_start(text: str, number: Number) -> int:
    """Where the number's digits begin: after the dash that was read as its minus sign."""
    start = number.start
    while start < number.end and text[start] in "- ":
        start += 1
    return start


def score_pairs(text: str, numbers: list[Number], language: str) -> list[tuple[int, int]]:
    """Each score as the index of its first side and where the second side's digits start
    (its dash is no minus). Units are the caller's to check."""
    pairs: list[tuple[int, int]] = []
    for index in range(len(numbers) - 1):
        first, second = numbers[index], numbers[index + 1]
        if not (_side(first) and _side(second)) or first.value is None or second.value is None:
            continue
        second_start = _digits_start(text, second)
        join = text[first.end : second_start]
        if not _JOIN.fullmatch(join):
            continue
        unspaced_rise = join == "-" and first.value < abs(second.value)
        if (
            unspaced_rise
            and first.digits_only
            and second.digits_only
            and not _record(text, first.start, second.end, language)
        ):
            continue  # "ages 5-11": a range
        if _CHAIN.match(text, second.end) or _CHAIN_BEFORE.search(
            text, max(0, first.start - 3), first.start
        ):
            continue
        pairs.append((index, second_start))
    return pairs


def _record(text: str, start: int, end: int, language: str) -> bool:
    """Whether the words right before `start` or right after `end` make the pair a won-lost
    record (scores.yaml `record`): "fell to 2-6 at home", "The Jaguars (5-10)"."""
    after = phrase_matcher(language, "scores", "record").at(text, skip_spaces(text, end))
    return record_before(text, start, language) or (after is not None and after.key == "after")


def opens_score(body: str, end: int) -> bool:
    """Whether a dash and a number right after a count ending at `end` make it a score's or a
    record's first side: "fell to 2 - 6", which counts no noun of its clause."""
    return _SECOND_SIDE.match(body, end) is not None


@cache
def split_pattern(language: str) -> re.Pattern[str] | None:
    """A line of shots made and tried, its sides joined by a word between hyphens ("7-for-14",
    "28 - of - 41"; scores.yaml `split`), in any case; None where the language has none."""
    joins = folded_list(language, "scores", "split", "joins")
    if not joins:
        return None
    words = "|".join(map(re.escape, joins))
    return re.compile(
        rf"(?<![\w.,-])(\d{{1,3}}) ?- ?(?:{words}) ?- ?(\d{{1,3}})(?![\w-]|[.,]\d)", re.IGNORECASE
    )


def find_splits(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    """Both sides of each line of shots made and tried: counts, however small."""
    pattern = split_pattern(document.language or "")
    if pattern is None:
        return
    for found in pattern.finditer(folded.text):
        for side in (1, 2):
            value = float(found.group(side))
            yield exact_count(
                body, folded, found.start(side), found.end(side), value, PRIORITY["bare"]
            )
