"""Durations that no number finder reads as a number and its unit: a dual word ("لمدة
أسبوعين", "تمديد عقده لعامين"), a definite plural unit with its definite number after it
("خلال الساعات الـ24 الأخيرة", "الأشهر الستة الأولى"), and a singular unit after a word of
length ("لمدة عام": one year).

Found by the lexicon's phrase matchers (one Aho-Corasick pass each); a qualifier right before a
dual joins the mention ("نحو عامين"), and a dual after a range's opening word is the low end of
a range whose high end is a number of its unit ("بين كيلوجرامين وثلاثة كيلوجرامات"). Relative
dates outrank these ("قبل يومين" is a day), and an age cue makes the years an age ("عمرها
عامان").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from factcheck.extract.ages import AGE, age_end
from factcheck.extract.ago import said_ago
from factcheck.extract.changes import states_levels
from factcheck.extract.document_words import document_words
from factcheck.extract.elapsed import ELAPSED, is_elapsed
from factcheck.extract.halves import half_end
from factcheck.extract.mention import PRIORITY, Mention, end_with_marks, exact_count
from factcheck.extract.number_words import conjunctions, number_words
from factcheck.extract.numbers import find_numbers
from factcheck.extract.ordinals import definite_digits_at
from factcheck.extract.qualifiers import (
    before_matcher,
    interval,
    range_join_at,
    range_joins,
    range_open_matcher,
    range_openers,
)
from factcheck.extract.units import unit_matcher
from factcheck.lang.clitics import DEFINITE
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import Folded, fold_word
from factcheck.lang.phrases import (
    PhraseMatch,
    PhraseMatcher,
    back_spaces,
    phrase_matcher,
    skip_spaces,
)
from factcheck.models import Document


def find_dual_durations(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    """ "لمدة أسبوعين": two weeks; "نحو عامين": about two years; "عامين ونصف": two and a half;
    a measure's dual alike ("بعرض كيلومترين", durations.yaml `duals`)."""
    text = folded.text
    language = document.language or ""
    ago = phrase_matcher(language, "relative_dates", "ago")
    counted_from = phrase_matcher(language, "relative_dates", "counted_from")
    purpose = phrase_matcher(language, "relative_dates", "not_counted_from")
    nouns = phrase_matcher(language, "durations", "dual_adjective_after")
    periods = phrase_matcher(language, "durations", "definite_dual_periods")
    for hit in document_words(text, language, "duals"):
        if DEFINITE in text[hit.start : hit.stem]:
            period = periods.at(text, skip_spaces(text, hit.end))
            if period is not None:  # "خلال الأسبوعين المقبلين": two weeks
                yield _duration(body, folded, (hit.start, period.end), 2.0, hit.key, language)
            continue
        if nouns.ending_at(text, back_spaces(text, hit.start)) is not None:
            continue  # "ومديرين عامين": general directors
        half = half_end(text, hit.end, language)  # "لمدة عامين ونصف": two and a half
        after = skip_spaces(text, half or hit.end)
        if ago.ending_at(text, back_spaces(text, hit.start)) is not None and (
            counted_from.at(text, after) is None or purpose.at(text, after) is not None
        ):
            # "قبل يومين" is a date, which the date finder reads, and so is "فقبل دقيقتين على
            # استراحة الشوطين", which it cannot; "قبل شهرين ونصف من اقتراع" is a length
            continue
        span = (hit.start, hit.end if half is None else half)
        mention = _duration(body, folded, span, 2.0 if half is None else 2.5, hit.key, language)
        high = _range_high(text, hit, language) if half is None else None
        if high is not None and mention.qualifier == "exact":
            # "بين كيلوجرامين وثلاثة كيلوجرامات": one range of two ends, not two figures
            mention.start, value, end = folded.start_of(high[0]), high[1], high[2]
            mention.end = end_with_marks(body, folded.end_of(end))
            mention.low, mention.high, mention.value = 2.0, value, None
            mention.qualifier = "range"
        yield mention


def find_units_and_a_half(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    """ "خلال عام ونصف", "ساعة ونصف الساعة", "a year and a half": one and a half of the unit.
    Anchored on the half (durations.yaml `half_after`), the unit looked up right before it."""
    text = folded.text
    language = document.language or ""
    singulars = phrase_matcher(language, "durations", "singulars")
    measures = phrase_matcher(language, "durations", "measure_singulars")
    said_one = _one_said_before_half(language)
    ones = phrase_matcher(language, "durations", "one_before_half")
    for half in document_words(text, language, "half_after"):
        edge = back_spaces(text, half.start)
        unit = singulars.ending_at(text, edge) or measures.ending_at(text, edge)
        if unit is None or DEFINITE in text[unit.start : unit.stem]:
            continue  # "العام ونصف" is no count; "4 سنوات ونصف" is the amounts finder's
        start = unit.start
        if said_one:
            one = ones.ending_at(text, back_spaces(text, start))
            if one is None:
                continue  # English says the one: "a year and a half", not "year and a half"
            start = one.start
        if said_ago(text, half.end, language):
            continue  # "a year and a half ago" is a date
        mention = _duration(body, folded, (start, half.end), 1.5, unit.key, language)
        low = _range_low(text, start, unit.key, language)
        if low is not None:  # "من نصف متر إلى متر ونصف": half a metre to a metre and a half
            mention.start, mention.low, mention.value = folded.start_of(low[0]), low[1], None
            mention.qualifier = "range"
        yield mention


def find_qualified_units(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    """ "around an hour", "nearly a year", "for about a minute": one of a unit the article says
    (durations.yaml `one_before_half`) where a qualifier stands before it; "a day or two",
    "over the next day or two" (`one_or_after`): from one to the number after `one_or`.
    Alone, "a day" is as often a rate ("eight hours a day") or a way of saying when ("a day
    after the quake")."""
    text = folded.text
    language = document.language or ""
    if not _says_one_or(language):
        return
    ones = phrase_matcher(language, "durations", "one_before_half")
    nexts = phrase_matcher(language, "durations", "one_or_after")
    ors = phrase_matcher(language, "durations", "one_or")
    numbers = number_words(language).matcher
    for unit in phrase_matcher(language, "durations", "singulars").finditer(text):
        edge = back_spaces(text, unit.start)
        one = ones.ending_at(text, edge) or nexts.ending_at(text, edge)
        if one is None or _counted(numbers.at(text, one.start)):
            continue  # "one day" is the amounts finder's
        if half_end(text, unit.end, language) is not None or said_ago(text, unit.end, language):
            continue  # "an hour and a half" is the halves', "a year ago" a date
        joined = ors.at(text, skip_spaces(text, unit.end))
        high = numbers.at(text, skip_spaces(text, joined.end)) if joined is not None else None
        if high is not None and _counted(high) and high.key[1] > 1:
            mention = _duration(body, folded, (one.start, high.end), 1.0, unit.key, language)
            mention.low, mention.high, mention.value = 1.0, high.key[1], None
            mention.qualifier = "range"
            yield mention
        elif (
            ones.ending_at(text, edge) is not None
            and before_matcher(language).ending_at(text, back_spaces(text, one.start)) is not None
        ):
            yield _duration(body, folded, (one.start, unit.end), 1.0, unit.key, language)


def _counted(word: PhraseMatch | None) -> bool:
    """A number word that counts ("one", "two"), not an article ("a", "an")."""
    return word is not None and word.key[0] == "one"


@cache
def _says_one_or(language: str) -> bool:
    """Whether the language says a unit's one with an article (durations.yaml `one_or`): read
    once per process, not once per document."""
    return bool(load(language, "durations").get("one_or"))


def _range_high(text: str, dual: PhraseMatch, language: str) -> tuple[int, float, int] | None:
    """Where the range a dual opens starts, its high end and where that ends: "ويتراوح وزنها
    بين كيلوجرامين وثلاثة كيلوجرامات" (snn-2015-08-10-0817), "من عامين إلى اربعة أعوام"
    (snn-2015-08-09-0984): an opening word before the dual, a join after it, and a number of
    the same unit, which the unit's plural or singular names again. Not the two levels of a
    change (changes.states_levels), nor "لأكثر من كيلومترين إلى مثواه" (a floor, no number)."""
    edge = back_spaces(text, dual.start)
    opener = range_open_matcher(language).ending_at(text, edge)
    before = before_matcher(language).ending_at(text, edge)
    if opener is None or (before is not None and before.start < opener.start):
        return None  # "أكثر من عامين": a floor, no range
    needs_opener = range_joins(language)[0]
    pos = skip_spaces(text, dual.end)
    join: str | None = None
    found = range_join_at(text, pos, language, dashes=True, glued=False)
    if found is not None:
        join, pos = found
    numbers = find_numbers(text[pos : pos + _HIGH_END_REACH], language)
    high = numbers[0].value if numbers and numbers[0].start == 0 else None
    if high is None or high <= 2:
        return None
    number = numbers[0]
    if join is None:
        join = number.clitic  # glued: "وثلاثة"
        if join not in needs_opener:
            return None
    unit = unit_matcher(language).at(text, skip_spaces(text, pos + number.end))
    if unit is None or unit.key != ("quantity", dual.key):
        return None
    said = text[opener.stem : opener.end]
    if states_levels(text, opener.start, said, join, language, dual.key):
        return None
    return opener.start, high, unit.end


# Characters after a range's join that its high end's number may take: "اربعة", "10".
_HIGH_END_REACH = 40

# Words between a range's opening word and the join before its high end: a number and its unit.
_LOW_END_WORDS = 3


def _range_low(text: str, start: int, unit: str, language: str) -> tuple[int, float] | None:
    """Where a range ends by the unit and a half at `start` opens, and its low end: "من نصف
    متر إلى متر ونصف" (0.5 m), "من متر إلى متر ونصف" (1 m); the low end in the same unit."""
    join_end = back_spaces(text, start)
    join_start = text.rfind(" ", 0, join_end) + 1
    if text[join_start:join_end] not in range_joins(language)[1]:
        return None
    words = text[:join_start].split()[-_LOW_END_WORDS - 1 :]
    opener = next((i for i, word in enumerate(words) if word in range_openers(language)), None)
    if opener is None:
        return None
    low_end = " ".join(words[opener + 1 :])
    named = unit_matcher(language).ending_at(low_end, len(low_end))
    if named is None or named.key != ("quantity", unit):
        return None
    numbers = find_numbers(low_end[: named.start], language)
    if len(numbers) > 1 or (numbers and numbers[0].value is None):
        return None
    low = numbers[0].value if numbers else 1.0
    assert low is not None
    return text.rindex(" ".join(words[opener:]), 0, join_start), low


@cache
def _one_said_before_half(language: str) -> bool:
    """Whether the language says the one before a unit and a half (durations.yaml
    `one_before_half`): read once per process, not once per document."""
    return bool(load(language, "durations").get("one_before_half"))


def _unit_ending_at(singulars: PhraseMatcher, text: str, end: int) -> str | None:
    """The unit of the singular ending at `end`, if one does."""
    found = singulars.ending_at(text, end)
    return None if found is None else found.key


def _duration(
    body: str, folded: Folded, span: tuple[int, int], value: float, unit: str, language: str
) -> Mention:
    """The duration at folded `span`, with a qualifier right before it ("نحو عامين", "about a
    year and a half") and, in years, the words that make it an age ("عمرها عامان")."""
    text = folded.text
    start, end = span
    qualifier = "exact"
    before = before_matcher(language).ending_at(text, back_spaces(text, start))
    if before is not None:
        start, qualifier = before.start, before.key
    concept = None
    if unit == "year":
        aged = age_end(text, start, end, language)
        if aged is not None:
            concept, end = AGE, aged
    low, high = interval(qualifier, value)
    elapsed = is_elapsed(text, start, end, language)
    return Mention(
        folded.start_of(start),
        end_with_marks(body, folded.end_of(end)),
        "quantity",
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,  # type: ignore[arg-type]
        unit=unit,
        subject=concept,
        priority=PRIORITY["unit"],
        note=ELAPSED if elapsed else None,
        elapsed=elapsed,
    )


# The roles of number words that may name a count of units: "الستة", "العشر", "الأربع والعشرين".
_COUNTING = frozenset({"one", "ten", "teen", "tens", "hundred"})


def find_definite_periods(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    """ "الساعات الـ24 الأخيرة": 24 hours; and the number first, with the article, before the
    indefinite plural: "خلال الستة أيام الماضية" (snn-2015-08-07-0974), "خلال التسعة أشهر
    الأولى"."""
    text = folded.text
    language = document.language or ""
    for hit in document_words(text, language, "definite_plurals"):
        if not text[hit.start : hit.stem].endswith(DEFINITE):
            # "24 ساعات" is the amounts finder's; "ساعات الذروة" counts nothing
            before = _definite_number_before(text, hit.start, language)
            if before is not None:
                value, start = before
                yield exact_count(
                    body, folded, start, hit.end, value, PRIORITY["unit"], hit.key, kind="quantity"
                )
            continue
        found = _definite_number(text, skip_spaces(text, hit.end), language)
        if found is None:
            continue
        value, end = found
        yield exact_count(
            body, folded, hit.start, end, value, PRIORITY["unit"], hit.key, kind="quantity"
        )


def _definite_number_before(text: str, end: int, language: str) -> tuple[float, int] | None:
    """The definite number word of a count ending right before `end` ("الستة") and where it
    starts; not an ordinal's, which names no count ("الثالث")."""
    if end < 1 or text[end - 1] != " ":
        return None
    found = number_words(language).matcher.ending_at(text, back_spaces(text, end))
    value = _definite_count(text, found)
    return None if found is None or value is None else (value, found.start)


def _definite_count(text: str, word: PhraseMatch | None) -> float | None:
    """The value of a number word with the article that counts two or more ("الستة", "العشر");
    None for any other word, an ordinal's included ("الثالث")."""
    if word is None or DEFINITE not in text[word.start : word.stem]:
        return None
    role, value = word.key
    return value if role in _COUNTING and value >= 2 else None


def _definite_number(text: str, pos: int, language: str) -> tuple[float, int] | None:
    """The definite number at `pos` and where it ends: "الـ24", "الستة", "الأربع والعشرين"."""
    digits = definite_digits_at(text, pos)
    if digits is not None:
        return float(digits[0]), digits[1]
    words = number_words(language).matcher
    first = words.at(text, pos)
    value = _definite_count(text, first)
    if first is None or value is None:
        return None
    role = first.key[0]
    tens = words.at(text, skip_spaces(text, first.end))
    joined = tens is not None and text.startswith(conjunctions(language), tens.start, tens.stem)
    if role == "one" and tens is not None and joined and tens.key[0] == "tens":
        return value + tens.key[1], tens.end
    return value, first.end


def find_single_units(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    """ "لمدة عام", "طوال أسبوع": one of the unit; "منذ نحو أسبوع": about one (anchored on the
    rarer cue words); "بعد أسبوع من افتتاحه": one, elapsed since an event of the story (the
    frame of durations.yaml `elapsed`); "خلال عام واحد": one, the numeral after the unit
    (`one_follows`)."""
    text = folded.text
    language = document.language or ""
    singulars = phrase_matcher(language, "durations", "singulars")
    framed = ((cue, True) for cue in document_words(text, language, "elapsed_openers"))
    cues = ((cue, False) for cue in document_words(text, language, "one_after"))
    for cue, opens_a_frame in (*cues, *framed):
        unit = singulars.at(text, skip_spaces(text, cue.end))
        if unit is None or unit.start != unit.stem:
            continue  # "لمدة العام" names the year, it is no count of years
        if opens_a_frame and (
            not is_elapsed(text, unit.start, unit.end, language)
            or _unit_ending_at(singulars, text, back_spaces(text, cue.start)) == unit.key
        ):
            # "بعد يوم" alone is a date, "بعد عام 2020" a year; "عامًا بعد عام على صفحات الصحف"
            # is year after year
            continue
        if text[skip_spaces(text, unit.end) : skip_spaces(text, unit.end) + 1].isdigit():
            continue  # "نحو عام 2030": towards a year that its number names
        one = number_words(language).matcher.at(text, skip_spaces(text, unit.end))
        end = one.end if one is not None and one.key == ("one", 1.0) else unit.end
        yield _duration(body, folded, (unit.start, end), 1.0, unit.key, language)
    follows = _one_follows(language)
    if not follows:
        return
    # "خلال عام واحد", "قبل يوم واحد من": the numeral one after its noun says one of it anywhere,
    # as "لمدة" does before it (durations.yaml `one_follows`)
    for one in document_words(text, language, "numbers"):
        if text[one.start : one.end] not in follows:
            # "أحد أكبر": one of; "العام الواحد": each year, the article on the numeral too
            continue
        unit = singulars.ending_at(text, back_spaces(text, one.start))
        if unit is None or unit.end >= one.start:
            continue  # no unit of time before it: "قضى موسما واحدا"
        yield _duration(body, folded, (unit.start, one.end), 1.0, unit.key, language)


@cache
def _one_follows(language: str) -> frozenset[str]:
    """The folded forms of the numeral one that follow their noun (durations.yaml)."""
    forms = load(language, "durations").get("one_follows") or ()
    return frozenset(fold_word(form) for form in forms)
