"""A unit word that several measures share ("درجة": of heat, of a quake's strength, of a
student's mark): the measure a number's is comes from words of its sentence
(lexicons/<language>/unit_contexts.yaml). With none of them, or cues of two measures, the word
names no unit and the number is no claim ("حصل على 95 درجة")."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.sentences import sentence_spans
from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.phrases import PhraseMatch, back_spaces, phrase_matcher, skip_spaces
from factcheck.lang.tokens import LETTERS, STRAIGHT_QUOTES, inside_quotes

_REACH = 160  # characters of the sentence looked at on each side of the unit word
_CUE_WORDS = 4  # "weighing in at 2.38 pounds": the cue among the words before the number
_CUE_REACH = 40  # characters before the number those words are found in
# a size told before its noun: one digit and its decimals ("a 6.1 quake"), never a count
_SIZE = re.compile(r"(?<![\d.,])\d\.\d{1,2}\Z")
_SIZE_REACH = 5


def unit_by_context(text: str, pos: int, language: str) -> PhraseMatch | None:
    """The shared unit word at folded `text[pos]`, as the quantity its sentence's cues name."""
    hit = phrase_matcher(language, "unit_contexts", "words").at(text, pos)
    if hit is None:  # a language without the lexicon has an empty matcher
        return None
    window = (max(0, pos - _REACH), min(len(text), hit.end + _REACH))
    begin, end = next(
        ((low, high) for low, high in sentence_spans(text, *window) if low <= pos < high), window
    )
    cues = phrase_matcher(language, "unit_contexts", "cues").finditer(text[begin:end])
    measures = {cue.key for cue in cues}
    if len(measures) != 1:
        return None
    return PhraseMatch(hit.start, hit.end, ("quantity", measures.pop()), hit.stem)


@cache
def _weights(language: str) -> tuple[frozenset[str], str, frozenset[str]]:
    """The currency words that may name a weight, its unit and the cues before its number."""
    data = load(language, "unit_contexts").get("weights") or {}
    return (
        folded_words(language, "unit_contexts", "weights", "words"),
        str(data.get("unit", "")),
        folded_words(language, "unit_contexts", "weights", "cues"),
    )


def weight_unit(text: str, end: int, hit: PhraseMatch, language: str, joined: bool) -> PhraseMatch:
    """The currency word `hit` after the number ending at folded `text[end]`, as a weight
    where a hyphen joins it (`joined`) or a cue comes before the number
    (lexicons/<language>/unit_contexts.yaml `weights`); else `hit` itself."""
    words, unit, cues = _weights(language)
    if hit.key[0] != "money" or text[hit.stem : hit.end] not in words:
        return hit
    before = LETTERS.findall(text[max(0, end - _CUE_REACH) : end])
    if joined or not cues.isdisjoint(before[-_CUE_WORDS:]):
        return PhraseMatch(hit.start, hit.end, ("quantity", unit), hit.stem)
    return hit


def size_of_noun(text: str, end: int, language: str) -> PhraseMatch | None:
    """The size the decimal ending at folded `text[end]` is of the noun right after it ("a 6.1
    quake": its magnitude; unit_contexts.yaml `sized_nouns`), spanning that noun."""
    if not _SIZE.search(text, max(0, end - _SIZE_REACH), end):
        return None
    hit = phrase_matcher(language, "unit_contexts", "sized_nouns").at(text, skip_spaces(text, end))
    return None if hit is None else PhraseMatch(hit.start, hit.end, ("quantity", hit.key), hit.stem)


def measure_said_before(text: str, start: int, language: str) -> str | None:
    """The unit of a bare number that the words right before folded `start` say it measures
    (unit_contexts.yaml `said_before`): "Outside temperatures were minus 20" (ECB+ 13_4ecb)."""
    hit = phrase_matcher(language, "unit_contexts", "said_before").ending_at(
        text, back_spaces(text, start)
    )
    return None if hit is None else str(hit.key)


@cache
def unit_marks(language: str) -> dict[str, str]:
    """Each sign that names a unit (folded), with its unit (unit_contexts.yaml `marks`)."""
    units = (load(language, "unit_contexts").get("marks") or {}).get("units") or {}
    return {sign: unit for unit, listed in units.items() for sign in listed}


def unit_mark(text: str, end: int, language: str) -> PhraseMatch | None:
    """The unit a sign right after the number ending at folded `text[end]` names, a word after
    it (unit_contexts.yaml `marks`): "the 17 '' MacBook Pro", "The 15.4″ MacBook Pro". A sign
    that is also a straight quote names it only with a space after it and where no quotation
    is open before it in its sentence: in "sunk Thai trawler \\"Ekawat Nava 5 '' , which" it
    closes one."""
    signs = unit_marks(language)
    pos = skip_spaces(text, end, 1)
    sign = next((sign for sign in signs if text.startswith(sign, pos)), None)
    if sign is None:
        return None
    after = pos + len(sign)
    word = skip_spaces(text, after, 1)
    if not text[word : word + 1].isalpha():
        return None
    # glued to the word after it, a quotation mark opens a quotation: 'the three "X-Men" movies';
    # glued to the number as well, it is the number's: 'with a 3.1"touch screen' (ECB+ 42_1ecbplus)
    glued = word == after and pos > end
    if sign in STRAIGHT_QUOTES and (glued or _quotation_open(text, end)):
        return None
    return PhraseMatch(pos, after, ("quantity", signs[sign]), pos)


def _quotation_open(text: str, end: int) -> bool:
    """Whether the sentence before folded `text[end]` opens a quotation it has not closed."""
    low = max(0, end - _REACH)
    begin = next((start for start, stop in sentence_spans(text, low, end) if stop >= end), low)
    return inside_quotes(text, begin, end)
