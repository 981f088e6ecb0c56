"""Ages: a duration in years said of someone's or something's age ("عن عمر يناهز 90 عاما",
"aged 74", "74-year-old"), and ages given as the ordinal of the year being lived ("في عامها
الرابع والخمسين"). An age is a quantity in years whose concept is `age`.

The cues of a duration are looked up right before and after it, where the amounts finder read
it (no scan of the document); ordinal years and decades are found from their rare cue words
("عامها", "ربيعه", "العقد"), in the one pass over the document that several finders share
(document_words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.extract.document_words import document_words
from factcheck.extract.labels import LABEL
from factcheck.extract.mention import PRIORITY, Mention, exact_count
from factcheck.extract.ordinals import ordinal_at, ordinal_words
from factcheck.extract.persons import person_or_relation
from factcheck.extract.qualifiers import before_matcher
from factcheck.lang.clitics import DEFINITE
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import Folded, fold_word
from factcheck.lang.phrases import back_spaces, phrase_matcher, skip_spaces, word_start
from factcheck.models import Document

AGE = "age"
DECADE_OF_LIFE = "decade_of_life"
_DEATH_REACH = 80  # characters before "عن"/"at" in which the dying is told
_LISTED = re.compile(r"(?<![\d.,])\d{1,3}$")  # an age in digits, ending where a list joins
_LISTED_DIGITS = 4  # characters of an age in digits and of the space before it


def age_end(text: str, start: int, end: int, language: str) -> int | None:
    """Where the age ends when the duration in years at folded [start, end) (its qualifier
    included) is one, the words that say so after it included ("74-year-old", "28 عاما من
    العمر"); None when it is no age."""
    after = said_after(text, end, language)
    if after is not None:
        return after
    if (
        _bracketed(text, start, end, language)
        or said_of_age(text, start, language)
        or _of_a_person(text, start, language)
    ):
        return end
    return None


def _of_a_person(text: str, start: int, language: str) -> bool:
    """Whether an indefinite noun of a person stands right before folded `start` ("لمواطنة 72
    عاما"), where the language says years so (ages.yaml `years_after_person`, `persons`)."""
    if not load(language, "ages").get("years_after_person"):
        return False
    noun = phrase_matcher(language, "ages", "persons").ending_at(text, back_spaces(text, start))
    return noun is not None and DEFINITE not in text[noun.start : noun.stem]


def said_after(text: str, end: int, language: str) -> int | None:
    """Where the words after a duration in years at folded `end` that make it an age end
    ("-old", "من العمر"); None where none follow."""
    after = phrase_matcher(language, "ages", "after").at(text, skip_spaces(text, end))
    return None if after is None else after.end


def _bracketed(text: str, start: int, end: int, language: str) -> bool:
    before, after = back_spaces(text, start), skip_spaces(text, end)
    return any(
        text.endswith(opening, 0, before) and text.startswith(closing, after)
        for opening, closing in load(language, "ages").get("brackets") or ()
    )


def said_of_age(text: str, start: int, language: str) -> bool:
    """Whether the words right before folded `start` say that what follows is an age, as in
    "aged 74" or "died at 95" (which need no unit), or list it after such an age: the 40 of
    "two women aged 30 and 40" is no toll (ages.yaml `list_joins`)."""
    return _cued(text, start, language) or _listed_after_age(text, start, language)


def _listed_after_age(text: str, start: int, language: str) -> bool:
    """Whether a join of a list (ages.yaml `list_joins`) stands right before folded `start`,
    after an age in digits said as such: "ages 47 and 48", "aged 4, 7 and 9"."""
    edge = back_spaces(text, start)
    joins = load(language, "ages").get("list_joins") or ()
    join = text[edge - 1 : edge] if text[edge - 1 : edge] in joins else None
    if join is None:
        word = text[word_start(text, edge) : edge]
        join = word if word and word in joins else None
    if join is None:
        return False
    before = back_spaces(text, edge - len(join))
    number = _LISTED.search(text, max(0, before - _LISTED_DIGITS), before)
    return number is not None and said_of_age(text, number.start(), language)


def _cued(text: str, start: int, language: str) -> bool:
    """Whether the words right before folded `start` say that what follows is an age."""
    own = before_matcher(language).at(text, start)
    if own is not None and phrase_matcher(language, "ages", "before").ending_at(text, own.end):
        return True  # "under age 40", "over the age of 65": the figure's own bound says so
    edge = back_spaces(text, start)
    if edge == start and text.endswith(DEFINITE, 0, edge):
        # "عن عمر يناهز الـ90 عاما": the qualifier reader stops at the article
        edge = back_spaces(text, edge - len(DEFINITE))
        qualifier = before_matcher(language).ending_at(text, edge)
        if qualifier is not None:
            edge = back_spaces(text, qualifier.start)
    if phrase_matcher(language, "ages", "before").ending_at(text, edge) is not None:
        return True
    at = phrase_matcher(language, "ages", "at_death").ending_at(text, edge)
    if at is None:
        return False
    window = text[max(0, at.start - _DEATH_REACH) : at.start]
    return bool(phrase_matcher(language, "ages", "died").finditer(window))


def bare_age_end(text: str, start: int, end: int, language: str) -> int | None:
    """Where the age said by the bare number at folded [start, end) ends, when one of
    `bare_before` stands before it (the article between allowed) and one of `after` follows it:
    "والجريح في الـ35 من العمر", "امرأة في الـ55 من عمرها"; None when it is no age ("قضى 20 من
    عمره في السجن": twenty years of his life)."""
    after = phrase_matcher(language, "ages", "after").at(text, skip_spaces(text, end))
    if after is None:
        return None
    edge = back_spaces(text, start)
    if edge == start and text.endswith(DEFINITE, 0, edge):
        edge = back_spaces(text, edge - len(DEFINITE))
    before = phrase_matcher(language, "ages", "bare_before").ending_at(text, edge)
    return None if before is None else after.end


@cache
def _least_ordinal_year(language: str) -> int:
    """The smallest ordinal year read as an age."""
    return int(load(language, "ages").get("ordinal_year_from") or 1)


def find_ordinal_ages(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    """ "في عامها الرابع والخمسين": the 54th year of a life, the age 53 to 54; "في سن
    الثامنة": the age 8 (ages.yaml `ordinal_age`)."""
    language = document.language or ""
    words = ordinal_words(language)
    text = folded.text
    for cue in document_words(text, language, "ordinal_year"):  # "عامها", "ربيعه"
        if DEFINITE in text[cue.start : cue.stem]:
            continue  # "العامة" is "the public": a possessive ("عامها") takes no article
        found = ordinal_at(text, skip_spaces(text, cue.end), words)
        if found is None:
            continue
        if found[0] < _least_ordinal_year(language) and not _reached(text, cue.start, language):
            continue
        nth, end = found
        yield _age(folded, cue.start, end, nth - 1, nth)
    for cue in document_words(text, language, "ordinal_age"):  # "سن"
        if DEFINITE in text[cue.start : cue.stem]:
            continue  # "كبار السن كأول": the elderly, not an age
        found = ordinal_at(text, skip_spaces(text, cue.end), words)
        if found is not None:
            nth, end = found
            yield _age(folded, cue.start, end, nth, nth)


def _age(folded: Folded, start: int, end: int, low: int, high: int) -> Mention:
    return Mention(
        folded.start_of(start),
        folded.end_of(end),
        "quantity",
        value=None if low != high else low,
        low=low,
        high=high,
        qualifier="range" if low != high else "exact",
        unit="year",
        subject=AGE,
        priority=PRIORITY["unit"],
    )


def find_decade_ages(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    """ "مواطن في العقد الثالث من عمره": the third decade of a life, a label (`decade_of_life`),
    not the age 20 to 29: a story of a crime names several people in their twenties, the suspect
    and his brother, who would all agree with it and with each other's "(23 عاماً)". Only with
    the words of a life after it (ages.yaml `after`): "العقد الثالث" alone is as often the
    third contract, or a decade of a century ("أواخر العقد السابع من القرن الماضي")."""
    language = document.language or ""
    words = ordinal_words(language)
    text = folded.text
    lived = phrase_matcher(language, "ages", "after")
    for cue in document_words(text, language, "decade_of_life"):  # "العقد"
        found = ordinal_at(text, skip_spaces(text, cue.end), words)
        if found is None:
            continue
        nth, end = found
        life = lived.at(text, skip_spaces(text, end))
        if life is not None:
            yield exact_count(
                body,
                folded,
                cue.start,
                life.end,
                nth,
                PRIORITY["count"],
                DECADE_OF_LIFE,
                note=LABEL,
                ordinal=True,
                subject=DECADE_OF_LIFE,
            )


def _reached(text: str, cue: int, language: str) -> bool:
    """A verb of reaching a year of life stands right before its cue ("لطفلة لم تبلغ عامها
    الثاني"): the year is an age whatever its ordinal (ages.yaml `ordinal_year_reached`)."""
    verbs = phrase_matcher(language, "ages", "ordinal_year_reached")
    return verbs.ending_at(text, back_spaces(text, cue)) is not None


_OLDEST = 125  # a bare number in apposition beyond this is no one's age


def apposed_age(body: str, start: int, end: int, value: float | None, language: str) -> bool:
    """ "Gary Gomes, 35, will face": a bare whole number set off after a capitalised name (in
    original offsets [start, end) of `body`); or after a noun of a person or a relation, alone
    or in a list: "The woman, 35,", "his two half - brothers, 17 and 22, were also arrested"
    (ECB+ 33_11ecbplus; ages.yaml `persons`, `relations`)."""
    if value is None or not value.is_integer() or not 0 < value <= _OLDEST:
        return False
    window = max(0, start - _APPOSED_REACH)
    for pattern in _apposed_lists(language):
        for match in pattern.finditer(body, window, end + _APPOSED_REACH):
            if not match.start("items") <= start < end <= match.end("items"):
                continue
            # a hyphened word is its last part: "half-brothers", "Rahaf al-Masri, 10,"
            last = match.group("word").rsplit("-", 1)[-1]
            if person_or_relation(fold_word(last), language):
                return True
            # a name's own number stands alone: "In Washington, 3, 4 and 5" is a list
            if last[:1].isupper() and match.group("items") == body[start:end]:
                return True
    return False


_APPOSED_REACH = 40  # characters read either side of a number for the list it is set off in


@cache
def _apposed_lists(language: str) -> tuple[re.Pattern[str], ...]:
    """A word, then whole numbers set off between a pair of `apposition`, joined by
    `list_joins`."""
    data = load(language, "ages")
    words = "|".join(re.escape(j) for j in data.get("list_joins") or () if j.isalpha())
    join = rf"(?:\s*,\s*|\s+(?:{words})\s+)" if words else r"\s*,\s*"
    return tuple(
        re.compile(
            rf"(?P<word>[^\W\d_][\w'-]*){re.escape(opening)} "
            rf"(?P<items>\d{{1,3}}(?:{join}\d{{1,3}})*){re.escape(closing)}"
        )
        for opening, closing in data.get("apposition") or ()
    )
