"""Numbers that name a thing rather than count or measure it: a gun's calibre (".45-caliber
bullet", wire text's "A. 38 - caliber revolver"), a page ("would circle page 20", "on page
twenty"), a car's model year ("a silver 2007 Ford Fusion"). The number words' finder takes a
page's number for a label and a calibre's digits for a bare count (38, 357), the date finder a
model year for no date; each is read here as a label of its noun (lexicons/*/labels.yaml): an
ordinal count of that unit, which common/units.yaml marks `label`.

A label is a moment's like (align/features.is_moment): one story names two guns (".32 - caliber
revolver, not a .45 - caliber handgun"), two pages of two papers, so two labels never conflict
nor revise, agree only across articles, and only in windows alike (FC002
`unknown_subject_ranks`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.extract.document_words import document_words
from factcheck.extract.mention import PRIORITY, Mention, exact_count
from factcheck.extract.model_years import is_model_year
from factcheck.extract.number_words import number_words, whole_alone
from factcheck.lang.detect import supported_languages
from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import PhraseMatch, back_spaces, skip_spaces, word_before
from factcheck.lang.tokens import HYPHEN
from factcheck.models import Document

LABEL = "label"  # the note every label carries for the reader
_REACH = 24  # characters the word before a model year is read back
# a year alone, no part of a longer figure: a model year's ("a 2008 GMC Sierra")
_YEAR = re.compile(r"(?<![\d.,/$-])\b(?:1[89]|20)\d\d\b(?![.,/-]?\d)")
_PAGE_DIGITS = re.compile(r"\d{1,4}(?![\d:/]|[.,]\d)")


@cache
def _digits_before(language: str) -> re.Pattern[str] | None:
    """A calibre's digits that end a search, with the point before them (labels.yaml)."""
    data = load(language, "labels")
    sizes = data.get("digits") or ()
    if not sizes:
        return None
    point = re.escape(data.get("point") or "")
    counts = "|".join(f"\\d{{{size}}}" for size in sorted(sizes, reverse=True))
    return re.compile(rf"(?:(?<=\s)|^)(?:({point}) ?)?({counts})$" if point else rf"({counts})$")


def find_labels(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    language = document.language or ""
    if language not in supported_languages():
        return
    text = folded.text
    made = load(language, "labels").get("made")
    if made:
        for year in _YEAR.finditer(text):
            before = word_before(text, year.start(), _REACH)
            if is_model_year(text, year.end(), language, before):
                yield label_mention(
                    body, folded, year.start(), year.end(), float(year.group()), made
                )
    calibres = set()
    for hit in document_words(text, language, "labels"):
        side, unit = hit.key
        if side == "after":
            calibres.add(hit.start)
        read = _before(text, hit, language) if side == "after" else _after(text, hit, language)
        if read is None:
            continue
        value, start, end = read
        yield label_mention(body, folded, start, end, value, unit)
    yield from _bare_decimals(body, folded, language, calibres)


@cache
def _bare_decimal(language: str) -> tuple[re.Pattern[str], str] | None:
    """A decimal of its point and digits alone (labels.yaml `bare_decimals`), and its unit."""
    data = load(language, "labels")
    section, point = data.get("bare_decimals") or {}, data.get("point") or ""
    if not section or not point:
        return None
    digits, mark = int(section["digits"]), re.escape(point)
    # the point first, then what stands before it (a blank, a bracket or nothing): a pattern
    # that opens with a lookbehind is tried at every character of the text
    pattern = rf"{mark}(?<![^\s(]{mark})\d{{{digits}}}(?![\w%]|[.,]\d)"
    return re.compile(pattern), section["unit"]


def _bare_decimals(
    body: str, folded: Folded, language: str, calibres: set[int]
) -> Iterator[Mention]:
    """Sports rates: ".358" (labels.yaml `bare_decimals`); not a calibre's digits, before
    its noun (".357 caliber", ".45-caliber")."""
    read = _bare_decimal(language)
    if read is None:
        return
    pattern, unit = read
    text = folded.text
    for found in pattern.finditer(text):
        after = skip_spaces(text, found.end())
        if text[after : after + 1] == HYPHEN:
            after = skip_spaces(text, after + 1)
        if after not in calibres:
            value = float(found.group())
            yield label_mention(body, folded, found.start(), found.end(), value, unit)


@cache
def _not_after(language: str) -> frozenset[str]:
    return folded_words(language, "labels", "not_after")


def label_mention(
    body: str,
    folded: Folded,
    start: int,
    end: int,
    value: float,
    unit: str,
    priority: int = PRIORITY["count"],
) -> Mention:
    """The label `value` of `unit` said by the words at folded `start`..`end` (a record's too,
    extract/records.py)."""
    return exact_count(
        body,
        folded,
        start,
        end,
        value,
        priority,
        unit,
        note=LABEL,
        ordinal=True,
        subject=unit,
    )


def _before(text: str, hit: PhraseMatch, language: str) -> tuple[float, int, int] | None:
    """A calibre before its noun: ".45-caliber", ". 38 - caliber", ".357 caliber"."""
    pattern = _digits_before(language)
    edge = back_spaces(text, hit.start)
    if text[edge - 1 : edge] == HYPHEN:
        edge = back_spaces(text, edge - 1)
    digits = pattern.search(text, max(0, edge - 8), edge) if pattern is not None else None
    if digits is None:
        return None
    return float(digits.group(2)), digits.start(), hit.end


def _after(text: str, hit: PhraseMatch, language: str) -> tuple[float, int, int] | None:
    """A page after its noun, in digits or one number word: "page 20", "page twenty"."""
    if word_before(text, hit.start, _REACH) in _not_after(language):
        return None
    at = skip_spaces(text, hit.end)
    digits = _PAGE_DIGITS.match(text, at)
    if digits is not None:
        return float(digits.group()), hit.start, digits.end()
    word = number_words(language).matcher.at(text, at)
    value = whole_alone(word)
    if word is None or value is None:
        return None
    if number_words(language).matcher.at(text, skip_spaces(text, word.end)) is not None:
        return None  # "page twenty - two": a longer number
    return value, hit.start, word.end
