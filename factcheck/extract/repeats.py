"""How often something happened: "Nixon ordered interim FBI director L. Patrick Gray to fire
Felt five times", "has hosted Broadway's Tony awards three times", "more than 1,000 times",
"the two-time heavyweight champion", "shot Flynn twice in the head". A whole number right
before a noun of times, or joined to one by a hyphen, or a word that says both ("twice";
lexicons/*/repeats.yaml), is a count of the concept `times`, unless the words around it make
it a rate ("four or five times a week") or a change ("increased by 10 times"): the number
words' finder takes "times" for a label after them and reads no count there. Before a
comparison or what it multiplies ("three times longer than", "five times the legal limit") it
is a factor, a count of the concept `multiple`.

A count of times says how often, not of what, and a factor says of what only in the words
after it: both are compared only in windows alike (rule FC002 `unknown_subject_counts`), as
"hosted three times" and "failed three times to remove" may be of one story.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.extract.document_words import FACTOR, document_words
from factcheck.extract.mention import PRIORITY, Mention, exact_count
from factcheck.extract.number_words import number_words, whole_alone
from factcheck.extract.numbers import find_numbers
from factcheck.extract.qualifiers import before_matcher, interval, range_join_at
from factcheck.lang.detect import supported_languages
from factcheck.lang.lexicon import folded_words
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import PhraseMatch, back_spaces, skip_spaces, word_before, word_start
from factcheck.lang.tokens import HYPHEN, WORD
from factcheck.models import Document, Qualifier

TIMES = "times"  # the concept (common/concepts.yaml)
MULTIPLE = "multiple"  # ...and that of a factor: "three times longer than"
_JOINED = "joined"  # the key of the nouns joined to their number (repeats.yaml `nouns`)
_TWICE = 2
_ARTICLE = "article"  # the role of "a" among the number words
# A whole number in digits right before the noun: "22", "1,000"; not a decimal ("4.5 times":
# a ratio), a sum or a part of a longer figure.
_DIGITS = re.compile(r"(?:^|(?<=[\s\"(“]))(\d{1,3}(?:,\d{3})+|\d{1,6})$")
_DIGITS_REACH = 12
_REACH = 24  # characters a word before the number is read back
_SCALED_REACH = 40  # characters a number with a scale is read back ("twenty - five million")


@cache
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words after the noun and before the number that make a rate or a change, and
    those after it that make a factor."""
    return tuple(  # type: ignore[return-value]
        folded_words(language, "repeats", key) for key in ("not_after", "not_before", "multiplies")
    )


def find_repeats(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    language = document.language or ""
    if language not in supported_languages():
        return
    text = folded.text
    not_after, not_before, multiplies = _words(language)
    for hit in document_words(text, language, "repeats"):
        # a factor's noun or word ("ثمانية أضعاف", "a 10-fold rise", "eightfold") multiplies
        # whatever stands around it, a change's verb too ("زاد عشرة أضعاف")
        factor = isinstance(hit.key, tuple) and hit.key[0] == FACTOR
        key = hit.key[1] if factor else hit.key
        if key == _JOINED:
            read = _joined(text, hit, language)
            if read is not None:
                unit = MULTIPLE if factor else TIMES
                yield exact_count(body, folded, read[1], hit.end, read[0], PRIORITY["times"], unit)
            continue
        if isinstance(key, int):  # "twice": the number and the noun in one word
            value, start = float(key), hit.start
        elif body[folded.start_of(hit.stem) : folded.start_of(hit.stem) + 1].isupper():
            continue  # "the New York Times", "One Times Square": a name
        elif (
            number := _number_before(text, _past_between(text, hit.start, language), language)
        ) is None:
            continue
        else:
            value, start = number
        after = WORD.match(text, skip_spaces(text, hit.end))
        next_word = after.group().strip(".,;:!?\"'”") if after else ""
        if not factor and (next_word in not_after or next_word[:1].isdigit()):
            continue
        qualifier: Qualifier = "exact"
        first = _range_before(text, start, language) if factor else None
        if first is not None:  # "من ستة إلى سبعة أضعاف": a range of factors
            qualifier, start = "range", first[1]
        cue = before_matcher(language).ending_at(text, back_spaces(text, start))
        if cue is not None and first is None:
            qualifier, start = cue.key, cue.start
        if not factor and word_before(text, start, _REACH) in not_before:
            continue
        low, high = (first[0], value) if first is not None else interval(qualifier, value)
        yield Mention(
            folded.start_of(start),
            folded.end_of(hit.end),
            "count",
            value=None if first is not None else value,
            low=low,
            high=high,
            qualifier=qualifier,
            unit=MULTIPLE if factor or next_word in multiplies else TIMES,
            priority=PRIORITY["times"],
        )


def _past_between(text: str, start: int, language: str) -> int:
    """Where the number before the noun at folded `start` ends, past a word that may stand
    between them (repeats.yaml `between`): "voted to allow prison inmates to receive stimulus
    checks five separate times" (QuanTemp)."""
    end = back_spaces(text, start)
    begin = word_start(text, end)
    if begin < end and text[begin:end] in folded_words(language, "repeats", "between"):
        return back_spaces(text, begin)
    return end


def _range_before(text: str, start: int, language: str) -> tuple[float, int] | None:
    """The first end of a range whose join (a word: qualifiers.range_join_at) stands right before
    the number at folded `start`, and where it starts: "تكلفة الحصول على عميل جديد ... من ستة إلى
    سبعة أضعاف تكلفة المحافظة على عميل قديم" (SaudiNewsNet snn-2015-08-07-0494)."""
    join = word_start(text, back_spaces(text, start))
    found = range_join_at(text, join, language, dashes=False, glued=False)
    if found is None or found[1] != start:
        return None
    return _number_before(text, back_spaces(text, join), language)


def _joined(text: str, hit: PhraseMatch, language: str) -> tuple[float, int] | None:
    """ "the two-time heavyweight champion", "a two - time Gold Glove winner": the number joined
    to the noun by a hyphen, two or more ("one-time" is former), and where it starts."""
    edge = back_spaces(text, hit.start)
    if text[edge - 1 : edge] != HYPHEN:
        return None
    number = _number_before(text, back_spaces(text, edge - 1), language)
    return number if number is not None and number[0] >= _TWICE else None


def _scaled_before(text: str, end: int, language: str) -> tuple[float, int] | None:
    """The whole number with a scale that ends at folded `end` ("عرضت على الإنترنت 100 مليون
    مرة", "ten million times"), where its window holds it whole; a scale alone ("a million
    times", "مليون مرة") is a manner of speaking."""
    start = max(0, end - _SCALED_REACH)
    numbers = find_numbers(text[start:end], language)
    last = numbers[-1] if numbers else None
    if (
        last is None
        or start + last.end != end
        or (last.start == 0 and start > 0 and not text[start - 1].isspace())
        or len(last.pieces) < 2
        or last.pieces[0].role == _ARTICLE
        or last.value is None
        or not last.value.is_integer()
    ):
        return None
    return last.value, start + last.start


def _number_before(text: str, end: int, language: str) -> tuple[float, int] | None:
    """The whole number that ends at folded `end`, alone (not the last word of a longer one:
    "twenty - two", "one hundred"), and where it starts."""
    digits = _DIGITS.search(text, max(0, end - _DIGITS_REACH), end)
    if digits is not None:
        return float(digits.group(1).replace(",", "")), digits.start(1)
    words = number_words(language).matcher
    word = words.ending_at(text, end)
    if word is not None and word.key[0] == "scale":
        return _scaled_before(text, end, language)
    value = whole_alone(word)
    if word is None or value is None:
        return None
    before = back_spaces(text, word.start)
    prior = words.ending_at(text, before)
    if (prior is not None and prior.key[0] != _ARTICLE) or text[before - 1 : before].isdigit():
        return None  # not "a two - time": "a" is one only before a scale
    return value, word.start
