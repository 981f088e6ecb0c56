"""Counts, money, percentages and measured quantities: the numeric finders' entry point.

One pass reads every number of the folded text (numbers.find_numbers); each number is then
read in its neighbourhood only: the unit or counted noun after it (or a currency symbol before
it), a range ("بين X و Y", "10-20"), and the qualifier cues before and after. Ambiguous
currency names are settled from the whole article at the end (money.settle_currencies).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract import counts
from factcheck.extract.addresses import phone_number
from factcheck.extract.ages import (
    AGE,
    age_end,
    apposed_age,
    bare_age_end,
    said_after,
    said_of_age,
)
from factcheck.extract.ago import said_ago
from factcheck.extract.changes import states_levels
from factcheck.extract.compound_durations import larger_unit_before
from factcheck.extract.dot_groups import thousands
from factcheck.extract.elapsed import ELAPSED, is_elapsed
from factcheck.extract.halves import half_end
from factcheck.extract.indexes import in_index_name
from factcheck.extract.listed_one import listed_one
from factcheck.extract.mention import PRIORITY, Mention, end_with_marks, exact_count
from factcheck.extract.model_names import ends_model_name, past_model_number
from factcheck.extract.money import settle_currencies, unstated_currency
from factcheck.extract.number_words import conjunctions, number_words
from factcheck.extract.numbers import Number, find_numbers
from factcheck.extract.qualifiers import (
    after_matcher,
    bare_range_joins,
    before_matcher,
    interval,
    opens_next,
    particles,
    range_joins,
    range_open_matcher,
    spreads,
    verb_before_subject,
)
from factcheck.extract.scores import score_pairs
from factcheck.extract.unit_contexts import (
    measure_said_before,
    size_of_noun,
    unit_by_context,
    unit_mark,
    weight_unit,
)
from factcheck.extract.units import (
    before_number_only,
    durations,
    glued_units,
    minor_marks,
    minor_units,
    unit_matcher,
    written_before,
)
from factcheck.lang.clitics import DEFINITE, definite_ends, glued_conjunctions, stopwords
from factcheck.lang.detect import right_to_left, supported_languages
from factcheck.lang.lexicon import folded_words
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import (
    PhraseMatch,
    PhraseMatcher,
    back_spaces,
    phrase_matcher,
    skip_spaces,
    word_before,
)
from factcheck.lang.tokens import COMMAS, LETTERS
from factcheck.models import Document

# a word ("full-time", "AK-47", initials: "U.S.") and a space
# an adjective, hyphened as wire text spaces it too: "three late - season games"
_WORD = re.compile(r"(?:[^\W\d_]{1,2}\.){2,} |[^\W\d_]+(?:-[^\W_]+| - [^\W\d_]+)* ")
_BEFORE_LINK = re.compile(r"(?: ?- ?| of | )$")  # "magnitude - 5.9", "magnitude of 6"
_LIST_MARK = re.compile(r" ?[-–—.)] ")
_RANGE_REACH = 12  # characters between two numbers that may still make one range
# the level a change left takes the scale of the level it reached below this: "من 2.7 الى 3.1
# تريليون" left 2.7 trillion, "from 800,000 to 1.2 million" left 800,000
_LEVEL_SCALED_BELOW = 1000
_DENOMINATOR = re.compile(r"\d\s*/\s*$")  # right before a fraction's denominator

# A number and the words read around it (unit, cue, range word) stand at most this many
# spaces apart: "5  km" in wire text, not a word two lines away.
_GAP = 2
_LIST_COMMAS = tuple(COMMAS)  # a comma alone, not the empty gap
_PERCENT = ("percent", "%")


@dataclass(slots=True)
class Reading:
    start: int  # folded offsets of the whole mention
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: PhraseMatch | None


def find_amounts(body: str, folded: Folded, document: Document) -> Iterable[Mention]:
    language = document.language
    if language not in supported_languages():
        return ()
    text = folded.text
    # The parts of an address or a date are numbers, but no amounts nor ends of a range.
    numbers = [number for number in find_numbers(text, language) if not number.label]
    mentions: list[Mention] = []
    sides = _score_sides(text, numbers, language)
    index, reach = 0, 0
    while index < len(numbers):
        number = numbers[index]
        if index in sides and number.start >= reach:
            mentions.append(_score_side(body, folded, numbers[index], sides[index]))
            reach = number.end
            index += 1
            continue
        age = _small_apposed_age(body, folded, number, language)
        if age is not None and number.start >= reach:
            mentions.append(age)  # "son Oscar, 8, daughter Ava, 3,": under ten, no count
            reach = number.end
            index += 1
            continue
        if (
            number.start < reach
            or _digits_lost(text, number)
            or _plainly_bare(text, numbers, index, language)
        ):
            index += 1
            continue
        reading, index = _read(text, numbers, index, language, reach)
        if (
            reading is None
            or ends_model_name(body, folded.start_of(number.start), language)
            or in_index_name(text, number.start, language)
        ):
            continue
        mention = _mention(text, reading, number, language)
        if mention is not None:
            mention.start = folded.start_of(reading.start)
            mention.end = end_with_marks(body, folded.end_of(reading.end))
            if mention.kind == "count" and mention.unit is None:
                _age_in_apposition(body, mention, language)
                unstated_currency(mention, text, reading.start, reading.end, language)
            mentions.append(mention)
            reach = reading.end
    settle_currencies(mentions, text, document)
    return mentions


# A number's unit is asked for by the cheap test, by the reading and by the range before it
# (a third of the lookups after a number, half of those before it, on the SaudiNewsNet week):
# the answers for the last few positions of the text are kept.
@lru_cache(maxsize=32)
def _unit_after(text: str, end: int, language: str) -> PhraseMatch | None:
    matcher = unit_matcher(language)
    pos = skip_spaces(text, end, _GAP)
    hit = (
        matcher.at(text, pos)
        or unit_by_context(text, pos, language)
        or size_of_noun(text, end, language)
        or unit_mark(text, end, language)
        or (glued_units(language).at(text, pos) if pos == end else None)
    )
    if hit is not None:
        hit = weight_unit(text, end, hit, language, joined=False)
        # "مقتل 7 وإصابة 250": a noun after "و" opens the next clause, it counts nothing here;
        # "خلال 2014 بنسبة 11": a unit written before its number is the next number's
        if text[hit.stem : hit.end] in before_number_only(language):
            return None
        if _one_letter_symbol(text, hit):
            return None  # "one N95 mask": a one-letter symbol ("R", "N") stands before its sum
        return None if text.startswith(conjunctions(language), hit.start, hit.stem) else hit
    if text.startswith("-", pos):  # "a 10-day visit", "a 5-km run", "an eight - year offer"
        # or, where the language makes such compounds, one that counts its noun: "a nine -
        # woman jury", "a 12-member panel" (Arabic "6 – جندي" numbers a list's item)
        after = skip_spaces(text, pos + 1, _GAP)
        hit = matcher.at(text, after) or unit_by_context(text, after, language)
        hit = hit and weight_unit(text, end, hit, language, joined=True)
        kinds = ("quantity", "count") if counts.hyphen_compounds(language) else ("quantity",)
        return hit if hit is not None and hit.key[0] in kinds else None
    # "آلاف من الجنود", "millions of dollars": the bridge word belongs to the mention.
    for bridge in counts.bridges(language):
        if text.startswith(bridge + " ", pos):
            hit = matcher.at(text, pos + len(bridge) + 1)
            if hit is not None and hit.key[0] in ("count", "money"):
                return hit
            # "Six of his points": a part of a group, counted in its noun (its scope is `part`:
            # extract/context.py, counts.names_its_group)
            noun = counts.after_determiner(text, pos + len(bridge) + 1, language)
            hit = matcher.at(text, noun) if noun is not None else None
            if hit is not None and hit.key[0] == "count":
                return hit
    if pos == end:
        return None  # "20th century": a glued suffix, no adjective before a noun
    # English puts adjectives before the noun: "1,000 American troops", "15 unarmed civilians".
    for _ in range(counts.adjectives_before_noun(language)):
        word = _WORD.match(text, pos)
        if word is None or word.group().strip() in counts.not_adjectives(language):
            break
        if number_words(language).matcher.at(text, skip_spaces(text, pos)) is not None:
            break  # "$5 million over three years": the years are the next number's
        pos = past_model_number(text, word, language)
        hit = matcher.at(text, pos)
        if hit is not None and (hit.key[0] == "count" or hit.key[1] in durations()):
            return hit  # "15 unarmed civilians", "10 consecutive years"
        if hit is not None and hit.key[0] == "quantity" and _spelt_out(text, hit):
            return hit  # "793 total yards"; not a symbol ("5 red t-shirts")
    return None


_SPELT_OUT = 4  # letters of the shortest unit name that is no symbol: "mile"


def _spelt_out(text: str, hit: PhraseMatch) -> bool:
    name = text[hit.stem : hit.end]
    return len(name) >= _SPELT_OUT and name.isalpha()


@lru_cache(maxsize=32)
def _unit_before(text: str, start: int, language: str) -> PhraseMatch | None:
    """A currency symbol or code, or a percent sign, written before the number; or a unit
    written before it ("magnitude 6.1", "a magnitude-5.6", "a magnitude of 6")."""
    hit = unit_matcher(language).ending_at(text, back_spaces(text, start, 1))
    if hit is not None and (hit.key[0] == "money" or hit.key == ("percent", "%")):
        return hit
    link = _BEFORE_LINK.search(text, max(0, start - 6), start)
    hit = unit_matcher(language).ending_at(text, link.start() if link else start)
    return hit if hit is not None and hit.key[1] in written_before() else None


# The closing marks that set a number off, each with its opening one: its unit comes after
# them ("(50.000) ريال", "«5» أطنان").
_ENCLOSING = {")": "(", "»": "«", '"': '"', "”": "“"}


def _read(
    text: str, numbers: list[Number], index: int, language: str, reach: int
) -> tuple[Reading | None, int]:
    """The reading that starts at numbers[index], and the index of the next unread number.

    `reach` is where the previous mention ended: a symbol before it is not this number's.
    """
    number = numbers[index]
    unit = _unit_after(text, number.end, language)
    if unit is not None and _one_of_them(number, unit, language):
        unit = None
    if unit is not None and _names_a_kind(text, number, unit, language):
        unit = _unit_after(text, unit.end, language)  # "5 attack helicopters"
    opening = None
    if unit is None:
        opening, unit = _in_brackets(text, number.start, number.end, language)
    prefix = None
    # "a magnitude - 6.1 temblor": the unit written before is the one said, not the noun's size
    if unit is None or unit.key[0] in ("count", "money") or unit.key[1] in written_before():
        prefix = _unit_before(text, number.start, language)
        if prefix is not None and prefix.start < reach:
            prefix = None
    if _named_year(text, prefix, number) or _a_letters_name(text, prefix, number):
        prefix = None
    if prefix is not None and unit is not None and unit.key[0] == "money":
        if prefix.key != unit.key:
            prefix = None  # the name after the number says the currency: the symbol is not its
    elif prefix is not None and prefix.key[0] == "money":
        unit = None  # "$10 billion in their family budgets": the money, not the families
    elif prefix is not None and unit is not None and prefix.key[1] in written_before():
        unit = None  # "a magnitude-5.2 quake has injured three": the quake's size, not the injured
    # "$60 and 43 cents" is one sum: a list's unit only for a number that has none before it
    listed = (
        unit is None
        and prefix is None
        and (unit := _list_unit(text, numbers, index, language)) is not None
    )
    end = unit.end if unit is not None and not listed else number.end
    start = prefix.start if prefix is not None else opening or number.start
    reading = Reading(
        start,
        end,
        _value(text, number, unit or prefix, language),
        number.low,
        number.high,
        "exact",
        unit or prefix,
    )
    consumed = index + 1
    if number.value is None:
        reading.qualifier = "vague"
    elif index + 1 < len(numbers):
        second = _range_end(text, number, reading, numbers[index + 1], language)
        if second is not None or _add_cents(text, reading, numbers[index + 1], language):
            consumed = index + 2
    _add_minor(text, reading)
    if reading.qualifier != "range":
        _qualify(text, reading, language)
    else:
        _extend_before(text, reading, before_matcher(language), keep_qualifier=True)
    after = _after_cue(text, reading, language)
    if after is not None and _opens_the_next(text, after, language):
        after = None
    if after is not None and reading.qualifier == "exact":
        reading.qualifier, reading.end = after.key, after.end
    if number.floor and reading.qualifier == "exact":
        reading.qualifier = "ge"  # "three-plus seasons"
    if reading.value is not None and reading.qualifier not in ("range", "vague"):
        reading.low, reading.high = interval(reading.qualifier, reading.value)
    return reading, consumed


_LIST_ITEMS = 12  # numbers a list may hold before its unit


def _list_unit(text: str, numbers: list[Number], index: int, language: str) -> PhraseMatch | None:
    """The sum or measure a list of figures states once, after its last ("تكاليف الشريحة الأولى
    8146، 8084، 8021 ... 7546 ريال", "10 و20 و30 ريالا"): every item is in it."""
    if index + 1 < len(numbers) and _suspended(text, numbers[index], numbers[index + 1], language):
        # "two sisters - 8 - and 10 - year - old girls", "Twelve - and 15 - year - old girls"
        # (ECB+ 16_10ecbplus, 36_5ecbplus): the hyphen left hanging holds the first number to
        # the age the second ends, however either is written. Not a measure's: "the entry -
        # level 11 - and 13 - inch models" (40_5ecbplus) would state the 11 inches beside each
        # figure of the other model too (align/pairs.py `_measured_alike`)
        unit = _unit_after(text, numbers[index + 1].end, language)
        aged = unit is not None and said_after(text, unit.end, language) is not None
        return unit if aged else None
    if not numbers[index].digits_only:
        return None
    for at in range(index + 1, min(len(numbers), index + _LIST_ITEMS)):
        item = numbers[at]
        gap = text[numbers[at - 1].end : item.start].strip()
        joined = (
            gap in _LIST_COMMAS
            or gap in conjunctions(language)
            or (not gap and item.pieces[0].clitic in conjunctions(language))
        )
        if not joined or not item.digits_only:
            return None
        unit = _unit_after(text, item.end, language)
        close = text.find(")", item.end, item.end + 2)
        if unit is None and close >= 0:  # "7520، 7295) ريالا": a bracket closed before it
            unit = _unit_after(text, close + 1, language)
        if unit is not None:
            # "60 و43 سنتا": cents after the last are the amount's, no list's unit
            listable = unit.key[0] in ("money", "quantity") and unit.key[1] != "cent"
            return unit if listable else None
    return None


def _suspended(text: str, first: Number, second: Number, language: str) -> bool:
    """Whether the join of a compound (counts.yaml `compound_joins`) is left hanging between two
    numbers before a conjunction of a list ("8 - and 10", numbers.yaml `list_joints`)."""
    join, _, joint = text[first.end : second.start].strip().partition(" ")
    return join in folded_words(language, "counts", "compound_joins") and joint in folded_words(
        language, "numbers", "list_joints"
    )


def _ages_listed(text: str, reading: Reading, language: str) -> bool:
    """Whether a number read in the unit of a list after it is an age, as the words after the
    list's last say: the 8 of "8 - and 10 - year - old girls", the 5 of "three boys, 5, 7 and 9
    years old"; not a list in brackets, "(5 و7 و10 سنوات)" of bonds' terms, which brackets
    around one number would make an age."""
    unit = reading.unit
    return (
        unit is not None
        and unit.start > reading.end
        and said_after(text, unit.end, language) is not None
    )


def _after_cue(text: str, reading: Reading, language: str) -> PhraseMatch | None:
    """The qualifier said after a figure ("70 percent or higher"), or after the one noun of a
    percentage ("70 percent approval or higher": the approval is what the share measures)."""
    matcher = after_matcher(language)
    found = matcher.at(text, skip_spaces(text, reading.end, _GAP))
    if found is not None or reading.unit is None or reading.unit.key != _PERCENT:
        return found
    noun = LETTERS.match(text, skip_spaces(text, reading.end, _GAP))
    return None if noun is None else matcher.at(text, skip_spaces(text, noun.end(), _GAP))


def _names_a_kind(text: str, number: Number, unit: PhraseMatch, language: str) -> bool:
    """A singular noun right after a number other than one: "6 Attack" (a headline's "Jan. 6
    Attack"), "5 attack helicopters"; not "a 12-member panel", joined by a hyphen."""
    return (
        unit.key[0] == "count"
        and number.value != 1
        and "-" not in text[number.end : unit.start]
        and text[unit.stem : unit.end] in counts.singular_nouns(language)
    )


_WORD_START = re.compile(r"\b\w")


def _opens_the_next(text: str, cue: PhraseMatch, language: str) -> bool:
    """ "24 dead and over 200 injured": an after-cue that also stands before a number is the
    next figure's, not this one's, when a number follows it; so is one whose words begin a
    longer before-cue with a number after it ("four days and more than 30 hours": "more than"
    is the hours'; not "50 شخصا على الأقل من ...")."""
    if _number_follows(text, cue.end) and text[cue.stem : cue.end] in opens_next(language):
        return True
    before = before_matcher(language)
    for word in _WORD_START.finditer(text, cue.stem, cue.end):
        longer = before.at(text, word.start())
        if longer is not None and longer.end > cue.end and _number_follows(text, longer.end):
            return True
    return False


def _number_follows(text: str, end: int) -> bool:
    return text[end : end + 3].lstrip()[:1].isdigit()


def _in_brackets(
    text: str, start: int, end: int, language: str
) -> tuple[int | None, PhraseMatch | None]:
    """ "(50.000) ريال", "( 9.1 ) في المئة", "نحو «5» أطنان", "(7546 - 8146) ريالا": the unit
    after a number or a range alone in brackets or quotes, text[start:end], and where they
    open (None, None when it is not so)."""
    close = skip_spaces(text, end, 1)
    opener = _ENCLOSING.get(text[close : close + 1])
    if opener is None:
        return None, None
    opening = text.rfind(opener, max(0, start - 2), start)
    if opening < 0:
        return None, None
    unit = _unit_after(text, close + 1, language)
    return (opening, unit) if unit is not None else (None, None)


def _value(text: str, number: Number, unit: PhraseMatch | None, language: str) -> float | None:
    """The number's value before `unit`: "20.000 عبوة" is twenty thousand (dot_groups)."""
    kind = unit.key[0] if unit is not None else "count"
    if number.value is not None and thousands(text, number, kind, language):
        return number.value * 1000
    if (
        unit is not None
        and unit.start >= number.end
        and not text[number.end : unit.start].strip()  # "ألفا من الجنود" is a thousand
        and _construct_dual(number, language)
    ):
        return 2 * (number.value or 0)
    return number.value


def _construct_dual(number: Number, language: str) -> bool:
    """ "مليارا دولار": a scale alone in its dual construct, right before what it counts."""
    piece = number.pieces[0]
    return (
        len(number.pieces) == 1
        and piece.role == "scale"
        and not piece.clitic.endswith(DEFINITE)
        and piece.text in number_words(language).construct_duals
    )


def _named_year(text: str, prefix: PhraseMatch | None, number: Number) -> bool:
    """ "يورو 2016", "Euro 2016": a currency name before a year is a tournament's, no amount."""
    return (
        prefix is not None
        and prefix.key[0] == "money"
        and _year_like(number)
        and text[prefix.start : prefix.end].isalpha()
    )


# the smallest whole sum a one-letter currency symbol takes with no scale, grouping or decimals
_LETTER_SUM = 100


def _a_letters_name(text: str, prefix: PhraseMatch | None, number: Number) -> bool:
    """A one-letter currency symbol ("R100,000", "N70 million") before a small whole number
    with no scale, grouping or decimals makes a name, no sum: "R2-D2", "the R5 road", "N95
    masks"."""
    return prefix is not None and _one_letter_symbol(text, prefix) and _small_and_plain(number)


def _one_letter_symbol(text: str, hit: PhraseMatch) -> bool:
    """Whether a currency's symbol is one letter: the rand's "R", the naira's "N"."""
    return hit.key[0] == "money" and hit.end - hit.stem == 1 and text[hit.stem].isalpha()


def _small_and_plain(number: Number) -> bool:
    """A whole number under `_LETTER_SUM` with no scale, grouping or decimals."""
    return (
        number.pieces[0].plain_integer
        and not any(piece.role == "scale" for piece in number.pieces)
        and (number.value or 0) < _LETTER_SUM
    )


def _range_end(
    text: str, first: Number, reading: Reading, second: Number, language: str
) -> Number | None:
    """Makes `reading` the range "first .. second" when the two are joined as one (in place)."""
    if second.value is None or reading.value is None:
        return None
    between = text[reading.end : second.start]
    unit = _unit_after(text, second.end, language)
    opening = None
    if unit is None:
        opening, unit = _in_brackets(text, reading.start, second.end, language)
    # "50 - 55 ألف سيارة": the dash between two numbers joins a range of what they count (no
    # count is negative); between bare numbers it stays a score's or a record's ("1 - 2")
    dashed = (
        second.value < 0
        and text.startswith("-", second.start)
        and not between.strip()
        and (second.pieces[-1].role == "scale" or unit is not None)
    )
    if dashed:
        between = text[reading.end : second.start + 1]
    second_prefix = _unit_before(text, second.start, language)
    if second_prefix is not None and second_prefix.start >= reading.end:
        between = text[reading.end : second_prefix.start]
    join = between.strip()
    needs_opener, alone = range_joins(language)
    if join == "" and second.clitic in needs_opener | alone and between in ("", " "):
        join = second.clitic  # glued: "بين 5 و10"
    if len(between) > len(join) + 2 or join not in needs_opener | alone:
        return None
    if join in bare_range_joins(language) and (reading.unit is not None or second_prefix):
        return None  # "a 128GB or 256GB solid state drive": two options
    opener = range_open_matcher(language).ending_at(text, back_spaces(text, reading.start, _GAP))
    if join not in alone and opener is None:
        return None
    high = _value(text, second, unit or reading.unit, language)
    if high is not None and dashed:
        high = -high
    if _year_like(first) or _year_like(second) or high is None:
        return None  # years are the dates finder's
    scale = _trailing_scale(first, second)
    said = None if opener is None else text[opener.stem : opener.end]
    measure = unit or reading.unit
    at = reading.start if opener is None else opener.start
    if states_levels(text, at, said, join, language, measure and measure.key[1]):
        if reading.unit is None:  # "rose from 65 to 125 seats", "from 2 to 4 billion dollars"
            reading.unit = unit
            if scale and reading.value < _LEVEL_SCALED_BELOW:
                reading.value *= scale
        return None
    low = reading.value
    # "15-2%", "55-50 ألف": a dashed pair of amounts typed right to left may come high end
    # first ("4 - صفر", with nothing counted, is a score)
    backwards = (
        (dashed or join == "-")
        and (unit is not None or scale is not None)
        and language in right_to_left()
    )
    if scale and (low * scale < high or backwards):
        low *= scale  # "50-55 ألف", "between 2 and 3 million": the second end's scale is both's
    if backwards and low > high:
        low, high = high, low
    if not low < high:
        return None  # "من 18 إلى 11" is a fall, "2 - 0" a score
    stated = reading.unit
    if (
        stated is not None
        and first.end <= stated.start
        and (unit is None or unit.key != stated.key)
    ):
        return None  # "35 سنتا إلى 49 دولار": two amounts, not one range
    reading.low, reading.high, reading.value = low, high, None
    reading.qualifier = "range"
    reading.end = unit.end if unit is not None else second.end
    if unit is not None and (reading.unit is None or reading.unit.key[0] == "count"):
        reading.unit = unit
    if opener is not None:
        reading.start = opener.start
    elif opening is not None:
        reading.start = opening
    return second


_SCALES = ("scale", "abbreviation")


def _trailing_scale(first: Number, second: Number) -> float | None:
    """The scale word or abbreviation that ends `second` ("55 ألف": 1000; "$140-150m") when
    `first` has none of its own."""
    last = second.pieces[-1]
    if last.role not in _SCALES or len(second.pieces) < 2:
        return None
    if any(piece.role in _SCALES for piece in first.pieces):
        return None
    return last.value


def _add_cents(text: str, reading: Reading, cents: Number, language: str) -> bool:
    """ "20 دولار و43 سنت", "$20 43": the cents join the amount (in place)."""
    if reading.unit is None or reading.unit.key[0] != "money" or reading.unit.key[1] == "cent":
        return False
    if reading.value is None or not reading.value.is_integer():
        return False
    if cents.value is None or not (cents.value.is_integer() and 0 < cents.value < 100):
        return False
    between = text[reading.end : cents.start]
    join = between.strip()
    if len(between) > 5 or (join and join not in conjunctions(language)):
        return False
    unit = _unit_after(text, cents.end, language)
    mark = text[cents.end : cents.end + 1]
    if unit is not None and unit.key == ("money", "cent"):
        end = unit.end
    elif mark in minor_marks() and not text[cents.end + 1 : cents.end + 2].isalpha():
        end = cents.end + 1
    elif unit is None and text[cents.end : cents.end + 1] in ("", ".", "،", ",", "\n"):
        end = cents.end
    else:
        return False
    reading.value += cents.value / 100
    reading.low = reading.high = reading.value
    reading.end = end
    return True


# "6-foot-9", "6 - foot - 9,": the smaller unit's whole number after a hyphen (tokenised news
# groups "9, 260 - pound" into one number, so the digits are read here, not from the numbers)
_MINOR_AFTER = re.compile(r" ?- ?(\d{1,2})(?!\d|\.\d)")


def _add_minor(text: str, reading: Reading) -> None:
    """A height finished in the smaller unit joins the measure (in place): "the 6 - foot - 9,
    260 - pound Echenique" is 6.75 feet, never the "6 - foot - 8" forward's height; the next
    number, whose digits it took, is then left unread."""
    unit = reading.unit
    per = minor_units().get(unit.key[1]) if unit is not None and unit.key[0] == "quantity" else None
    if per is None or reading.value is None or not reading.value.is_integer():
        return
    minor = _MINOR_AFTER.match(text, reading.end)
    if minor is None or int(minor.group(1)) >= per:
        return
    reading.value += int(minor.group(1)) / per
    reading.low = reading.high = reading.value
    reading.end = minor.end()


def _qualify(text: str, reading: Reading, language: str) -> None:
    if _spread_over_a_duration(text, reading, language) or _a_verbs_particle(
        text, reading, language
    ):
        return
    _extend_before(text, reading, before_matcher(language), keep_qualifier=False)
    if reading.qualifier == "exact":
        reading.qualifier = verb_before_subject(text, reading.start, language) or "exact"


def _a_verbs_particle(text: str, reading: Reading, language: str) -> bool:
    """ "It went up to 61,220 crore rupees": the cue before the figure is the particle of the
    verb before it (qualifiers.yaml `particle_after`), which reached the figure; no bound."""
    if not particles(language):
        return False  # a language that lists none (Arabic) asks no matcher per figure
    hit = before_matcher(language).ending_at(text, back_spaces(text, reading.start, _GAP))
    if hit is None:
        return False
    verbs = particles(language).get(text[hit.stem : hit.end])
    return verbs is not None and word_before(text, hit.start) in verbs


# How far before "over" a figure it spreads over a length of time may be, in its clause.
_SPREAD_REACH = 30
_FIGURE_IN_CLAUSE = re.compile(r"(?<![\d.,])(?!(?:1[89]|20)\d\d(?!\d))\d[^.;:!?،؛(),]*$")  # no year


def _spread_over_a_duration(text: str, reading: Reading, language: str) -> bool:
    """ "deliberated for 40 hours over four days": the cue spreads one length of time over
    this one; it says nothing of how long this one is."""
    if reading.unit is None or reading.unit.key[1] not in durations():
        return False
    hit = before_matcher(language).ending_at(text, back_spaces(text, reading.start, _GAP))
    if hit is None or text[hit.start : hit.end] not in spreads(language):
        return False
    before = unit_matcher(language).ending_at(text, back_spaces(text, hit.start, _GAP))
    if before is not None and before.key[1] in durations():
        return True
    # "110bn in loans over three years": a sum or count shortly before, spread over the time
    edge = _before_brackets(text, hit.start)
    window = text[max(0, edge - _SPREAD_REACH) : edge]
    return _FIGURE_IN_CLAUSE.search(window) is not None


def _before_brackets(text: str, start: int) -> int:
    """Where the clause before a cue at `start` goes on past a bracket that the cue opens
    ("the $161 million (over seven years)") or that closes right before it, a sum converted
    ("euro22 billion ($28 billion) over three years"): the bracket is no clause break."""
    edge = back_spaces(text, start, _GAP)
    if text[edge - 1 : edge] == "(":
        return edge - 1
    if text[edge - 1 : edge] == ")":
        opening = text.rfind("(", max(0, edge - _SPREAD_REACH), edge)
        if opening >= 0:
            return opening
    return start


def _extend_before(
    text: str, reading: Reading, matcher: PhraseMatcher, keep_qualifier: bool
) -> None:
    edge = back_spaces(text, reading.start, _GAP)
    article = edge - len(DEFINITE)
    if text.endswith(DEFINITE, 0, edge) and article > 0 and text[article - 1] == " ":
        # "أعلى من الـ100 ألف", "ما يقارب الـ٢٠٠ ألف": the article (its tatweel folded away)
        # between the qualifier and the number
        edge = back_spaces(text, article, _GAP)
    hit = matcher.ending_at(text, edge)
    if hit is None:
        return
    reading.start = hit.start
    if not keep_qualifier:
        reading.qualifier = hit.key


def _definite_noun(text: str, unit: PhraseMatch | None, language: str) -> bool:
    return unit is not None and text.startswith(counts.definite_prefixes(language), unit.start)


def _year_like(number: Number) -> bool:
    piece = number.pieces[0]
    return (
        len(number.pieces) == 1
        and piece.plain_integer
        and piece.end - piece.start == 4
        and 1300 <= piece.value <= 2100
    )


def _a_scale_alone(number: Number, language: str) -> bool:
    """A scale word alone that is no amount on its own (numbers.yaml `not_alone`): an English
    scale with no digits nor article before it ("e80 million euros", its digits lost)."""
    if len(number.pieces) != 1:
        return False
    piece = number.pieces[0]
    return piece.role == "scale" and piece.text in number_words(language).not_alone


def _mention(text: str, reading: Reading, number: Number, language: str) -> Mention | None:
    if _DENOMINATOR.search(text, max(0, reading.start - 8), reading.start):
        return None  # "after 4 1 / 2 hours" (wire text): not 2 hours
    kind, unit = reading.unit.key if reading.unit is not None else ("count", None)
    if phone_number(text, reading.start, reading.end, language):
        return None  # "call ... (527-3247)", "310-555-1234"
    if kind != "count" and _a_scale_alone(number, language):
        return None  # "e80 million euros", "multi-million dollar": the digits were lost
    # "موسم 2015 - 2016 المشاركة الأولى": a counted noun is indefinite; a year is no count,
    # and "أحد المستشفيات" is one of them
    if (
        kind == "count"
        and _definite_noun(text, reading.unit, language)
        and (_year_like(number) or (number.words_only and reading.value == 1))
    ) or (
        kind == "count"
        and len(number.pieces) == 1
        and counts.one_of(number.pieces[0].text, language)
    ):
        unit = None  # "أحد أفراد أسرتك": one of the members, before any noun
    if kind == "quantity" and unit in durations() | written_before() and (reading.value or 0) < 0:
        # "هارون -40 عاما-", "magnitude - 5.9": no length of time nor magnitude is negative
        _dash_is_punctuation(text, reading)
    concept = None
    if kind == "quantity" and unit == "year":
        end = age_end(text, reading.start, reading.end, language)
        if end is not None:
            concept, reading.end = AGE, end
        elif _ages_listed(text, reading, language):
            concept = AGE
    # "put the death toll of the shelling at 40": what a governor counts, not an age
    governed = counts.governing_concept(text, reading.start, language) if unit is None else None
    # a range's bounds too: "seven children aged from one to 12" (ECB+ 41_1ecb)
    stated = reading.value is not None or reading.low is not None
    if governed is None and unit is None and stated:
        if said_of_age(text, reading.start, language) and not _a_ratio_after(
            text, reading.end, reading.value, language
        ):
            kind, unit, concept = "quantity", "year", AGE  # "aged 74", "died at 95"
        elif (end := bare_age_end(text, reading.start, reading.end, language)) is not None:
            kind, unit, concept, reading.end = "quantity", "year", AGE, end  # "في الـ35 من العمر"
        elif (measure := measure_said_before(text, reading.start, language)) is not None:
            kind, unit = "quantity", measure  # "Outside temperatures were minus 20"
    priority = PRIORITY["unit"] if kind != "count" else PRIORITY["count"]
    if kind == "count" and unit is None:
        unit = governed
        if unit is None and not _year_like(number):  # "مقتل مئات المعتصمين" too
            unit = (
                counts.cue_right_before(text, reading.start, language)
                or counts.cue_right_after(text, reading.end, language)
                or (
                    counts.partitive_concept(text, reading.end, language)
                    if _a_part(reading.value or 0, number)
                    else None
                )
                or counts.of_them(text, reading.end, language)
            )
        if unit is None:
            if _not_an_amount(text, reading, number, language):
                return None
            priority = PRIORITY["bare"]
    if kind == "count" and unit is not None and _compound_of_one(text, reading, number, language):
        return None  # "a one-child policy", "half-dead": a kind, not a count
    if kind == "count" and unit is not None:
        unit = counts.refine_generic(unit, text, reading.start, reading.end, language)
    value, low, high = reading.value, reading.low, reading.high
    # a share's word before the fraction: "إلى نسبة الثلثين بالانتخاب" is two thirds of them,
    # not 0.67 % ("بنسبة نصف في المائة" is half a percent)
    share_before = (
        kind == "percent"
        and reading.unit is not None
        and reading.unit.end <= number.pieces[0].start
    )
    if (
        (kind == "count" or share_before)
        and (number.words_only or number.rate)
        and value is not None
        and 0 < value < 1
    ):
        # "ثلث السكان", "أكثر من نصف الشركات": a share of a group, not a third of a resident;
        # in whole percent, as a paper restates it ("ثلث" is 33 %, "ثلثي" 67 %); "1 in 10
        # children" and "one in five adults" alike
        kind, unit, priority = "percent", "%", PRIORITY["unit"]
        # a rate keeps its hundredths: "one in every 500 Windows users" is 0.2 %
        places = _RATE_PLACES if number.rate else 0
        value, low, high = (
            None if x is None else float(round(x * 100, places)) for x in (value, low, high)
        )
    if kind == "money" and unit == "cent":
        value, low, high = (None if x is None else x / 100 for x in (value, low, high))
    half = half_end(text, reading.end, language) if unit in durations() else None
    if half is not None and value is not None:
        value, low, high = (None if x is None else x + 0.5 for x in (value, low, high))
        reading.end = half
    larger = (
        larger_unit_before(text, reading.start, unit, language) if unit in durations() else None
    )
    if larger is not None and value is not None:  # "سنة وسبعة أشهر": 19 months
        reading.start = larger[0]
        value, low, high = (None if x is None else x + larger[1] for x in (value, low, high))
    if unit in durations() and said_ago(text, reading.end, language):
        return None  # "two and a half years ago": a date the date finder could not read
    elapsed = unit in durations() and is_elapsed(text, reading.start, reading.end, language)
    return Mention(
        reading.start,
        reading.end,
        kind,  # type: ignore[arg-type]
        value=value,
        low=low,
        high=high,
        qualifier=reading.qualifier,  # type: ignore[arg-type]
        unit=unit,
        priority=priority,
        subject=concept,
        note=ELAPSED if elapsed else None,
        elapsed=elapsed,
    )


def _score_sides(text: str, numbers: list[Number], language: str) -> dict[int, int]:
    """The sides of the scores of the text (scores.py) by index, each with where its digits
    start; but not a range of what a unit names ("10-20 km", "$5-6"), nor a list item's or a
    law's number ("1 - 2 ...", "المادة 3 - 2")."""
    sides: dict[int, int] = {}
    for index, second_start in score_pairs(text, numbers, language):
        first, second = numbers[index], numbers[index + 1]
        if not (
            _counted_after(text, first.end, language)
            or _counted_after(text, second.end, language)  # "500 - 200 ق م", "3-4 pm"
            or _unit_before(text, first.start, language)
            or _list_item(text, first.start, first.end)
            or counts.label_before(text, first.start, language)
            or _day_and_month(text, first, second, text[first.end : second_start], language)
        ):
            sides[index], sides[index + 1] = first.start, second_start
    return sides


def _day_and_month(text: str, first: Number, second: Number, join: str, language: str) -> bool:
    """A slash spaced on both sides after a particle or the noun "date" joins a day and its
    month: "من 13 / 8 إلى", "ما بين 10 / 25 وحتى 10 / 29", "after 9 / 11", "من تاريخ ١٨ /
    ١٠"; a score follows who played it ("تغلب على مضيفه نيس 2 / 1"), and a nil is no day
    ("وتغلب عليه 2 / صفر")."""
    if join != " / " or not first.value or not second.value:
        return False
    end = back_spaces(text, first.start)
    if phrase_matcher(language, "date_words", "date_nouns").ending_at(text, end) is not None:
        return True
    before = text[:end].rsplit(" ", 1)[-1]
    if before[:1] in glued_conjunctions():
        before = before[1:] if before[1:] in stopwords(language) else before
    return before in stopwords(language)


def _counted_after(text: str, end: int, language: str) -> bool:
    """A unit or a label after a number; one with the article counts nothing: "2 / صفر
    اليوم الأحد" (today), where "يوم" alone would be days."""
    definite = definite_ends(language)
    return any(
        hit is not None and not text[hit.start : hit.stem].endswith(definite)
        for hit in (_unit_after(text, end, language), counts.label_hit_after(text, end, language))
    )


def _score_side(body: str, folded: Folded, number: Number, start: int) -> Mention:
    value = abs(number.value or 0)
    return exact_count(body, folded, start, number.end, value, PRIORITY["bare"])


def _compound_of_one(text: str, reading: Reading, number: Number, language: str) -> bool:
    """A number under two joined by a hyphen to the noun it would count ("a one-child
    policy"), unless a margin follows, which the compound measures: "only a one-seat majority
    in parliament" (ECB+ 19_6ecb), "a one-goal lead" (counts.yaml `margins`)."""
    hyphen = skip_spaces(text, number.end, _GAP)
    return (
        reading.value is not None
        and reading.value < 2
        and counts.hyphen_compounds(language)
        and text.startswith("-", hyphen)
        and not counts.margin_after(text, hyphen + 1, language)
    )


def _small_apposed_age(body: str, folded: Folded, number: Number, language: str) -> Mention | None:
    """ "son Oscar, 8,": a number under ten set off after a name is an age, which the reading
    of amounts drops as too small to count anything."""
    value = number.value
    if value is None or value >= _SMALL_AGE or not number.digits_only or len(number.pieces) > 1:
        return None
    start, end = folded.start_of(number.start), folded.end_of(number.end)
    if not apposed_age(body, start, end, value, language) or _LISTED.match(body, end):
        return None  # "In Washington, 3, 4 and 5": a list
    return Mention(
        start,
        end,
        "quantity",
        value=value,
        low=value,
        high=value,
        unit="year",
        subject=AGE,
        priority=PRIORITY["unit"],
    )


_SMALL_AGE = 10  # under it a bare number counts nothing; set off after a name it is an age
_LISTED = re.compile(r"\W+\d")  # another number right after it


def _age_in_apposition(body: str, mention: Mention, language: str) -> None:
    """ "Gary Gomes, 35, will face": the bare count is the man's age (in place)."""
    if apposed_age(body, mention.start, mention.end, mention.value, language):
        mention.kind, mention.unit, mention.subject = "quantity", "year", AGE
        mention.priority = PRIORITY["unit"]


def _dash_is_punctuation(text: str, reading: Reading) -> None:
    """The reading without the minus sign that a dash before its number was taken for."""
    if text.startswith("-", reading.start):
        reading.start = skip_spaces(text, reading.start + 1, _GAP)
    reading.value = -(reading.value or 0)
    reading.low, reading.high = interval(reading.qualifier, reading.value)


# "أعلنت ... أنها أنفقت ???? مليون ريال" (SaudiNewsNet snn-2015-08-10-0203): the digits lost in
# transcoding, question marks or U+FFFD in their place
_LOST = re.compile(r"[?\ufffd]{2,} ?$")
_LOST_REACH = 12


def _digits_lost(text: str, number: Number) -> bool:
    """A scale word alone after lost digits counts no "one million": its number is lost."""
    return number.pieces[0].role in ("scale", "plural") and (
        _LOST.search(text, max(0, number.start - _LOST_REACH), number.start) is not None
    )


def _plainly_bare(text: str, numbers: list[Number], index: int, language: str) -> bool:
    """A cheap first test, before any qualifier or range is read: a number in digits with
    nothing counted, no currency and no neighbour to make a range with, that is too small
    to be a claim ("5"), or one cell of a row of numbers ("12 14 17")."""
    number = numbers[index]
    if not number.digits_only or number.value is None:
        return False
    row, year = _in_a_row(text, number.start, number.end), _year_like(number)
    following = numbers[index + 1] if index + 1 < len(numbers) else None
    if not (row or year) and following and following.start - number.end <= _RANGE_REACH:
        return False  # it may open a range: "بين 5 و 10 جنود"
    if not (row or year) and (
        abs(number.value) >= 10 or thousands(text, number, "count", language)  # "9.852 ليلة"
    ):
        return False
    if _unit_after(text, number.end, language) or _unit_before(text, number.start, language):
        return False
    if _in_brackets(text, number.start, number.end, language)[1]:
        return False
    if _counts_the_next_noun(text, number.value, number.end, language):
        return False
    if counts.part_of_group(text, number.end, language):
        return False  # "1 of 13 passes", "6 of his rebounds"
    if listed_one(text, number.start, number.end, number.value, language):
        return False  # "2 murder charges and 1 kidnapping charge"
    if _rate_of_a_noun(text, number, language):
        return False  # "1 in 500 users of Internet Explorer": a rate of them
    return (
        counts.governing_concept(text, number.start, language) is None
        and counts.cue_right_before(text, number.start, language) is None
    )


_RATE_PLACES = 2


def _rate_of_a_noun(text: str, number: Number, language: str) -> bool:
    """ "one in five adults", "1 in 500 users": one in so many of a plural noun after it
    (numbers.yaml `rate_of`), a share of any noun, in the lexicons or not."""
    return number.rate and counts.counted_noun_after(text, number.end, language)


def _counts_the_next_noun(text: str, value: float, end: int, language: str) -> bool:
    """ "7 ناشطين", "ثلاث بلدات"; not "أحد الشهود", "مكان واحد", "نصف القمر": one of, a
    single, a fraction of."""
    return value >= 2 and value.is_integer() and counts.counted_noun_after(text, end, language)


def _qualified_share(text: str, reading: Reading, number: Number, language: str) -> bool:
    """ "أي أكثر من نصف إجمالي المبالغ المسحوبة", "يعيش أكثر من نصف المصريين", "يشكلون نحو ثلث
    السكان (33 في المائة)": a fraction alone with a qualifier before it and a word after it, in
    construct with that word, is a share of what it names (numbers.yaml `qualified_shares`);
    bare, "نصف" is as often a part or an idiom ("إلى نصف النهائي", "نصف الحل")."""
    piece = number.pieces[0]
    return (
        reading.qualifier != "exact"
        and len(number.pieces) == 1
        and piece.text in number_words(language).qualified_shares
        and LETTERS.match(text, skip_spaces(text, number.end, _GAP)) is not None
    )


def _a_part(value: float, number: Number) -> bool:
    """A count a partitive may follow: "one of the" in words is a phrase ("one of the few"),
    "1 of 13 passes" a figure."""
    return float(value).is_integer() and (value >= 2 or number.digits_only)


def _one_of_them(number: Number, unit: PhraseMatch, language: str) -> bool:
    """ "أحد الأيام", "إحدى السنوات": "one of" before a measure's noun (counts.yaml `one_of`) is
    a partitive ("في صباح أحد الأيام": one morning), no length of one day; a count keeps its
    noun, unit dropped later (`_mention`: "وقتل أحد العناصر الإرهابية")."""
    return (
        unit.key[0] == "quantity"
        and len(number.pieces) == 1
        and counts.one_of(number.pieces[0].text, language)
    )


def _counts_alone_before_a_noun(text: str, number: Number, reading: Reading, language: str) -> bool:
    """ "ست مديريات": six districts, though "ست" alone is a lady ("ست الحبايب"); bare, as a
    clitic makes another word of it ("وست هام", "لست هنا": West Ham, "I am not")."""
    first = number.pieces[0]
    return (
        first.text in folded_words(language, "numbers", "not_alone_before_a_noun")
        and text[number.start : number.end] == first.text
        and _counts_the_next_noun(text, reading.value or 0, number.end, language)
    )


def _grouped(number: Number) -> bool:
    """Digits grouped in thousands ("2,000") are an amount after a label's word: a name's number
    is not grouped ("Resolution 2254", "Flight 370"), and "number" is then the verb ("Its
    members number 2,000")."""
    first = number.pieces[0]
    return (
        len(number.pieces) == 1
        and first.role == "digits"
        and not first.plain_integer
        and first.value >= 1000
        and float(first.value).is_integer()
    )


def _in_a_row(text: str, start: int, end: int) -> bool:
    """Only spaces part this number from a digit before or after it: a row of figures."""
    before = text[max(0, start - 3) : start].rstrip()
    after = text[end : end + 3].lstrip()
    return (before[-1:].isdigit()) or (after[:1].isdigit())


def _list_item(text: str, start: int, end: int) -> bool:
    """ "14 – مد جبيبون", "11 - إستراتيجية": the number of an item that opens its line."""
    begin = start
    while begin > 0 and start - begin < 8 and text[begin - 1] in " \t":
        begin -= 1
    opens_line = begin == 0 or text[begin - 1] == "\n"
    return opens_line and _LIST_MARK.match(text, end) is not None


def _a_ratio_after(text: str, end: int, value: float | None, language: str) -> bool:
    """ "He was 3 for 4", "she was one of Blackmore's wives": one of `ratio_joins` (ages.yaml)
    after the number a cue of age stands before, and a number after it or "one" before it: a
    tally or a part, no age; not "died at age 44 of HIV - related illness"."""
    join = phrase_matcher(language, "ages", "ratio_joins").at(text, skip_spaces(text, end))
    if join is None:
        return False
    if value == 1:
        return True
    following = find_numbers(text[join.end : join.end + _RATIO_REACH], language)
    return bool(following) and following[0].start <= 1


_RATIO_REACH = 20  # characters after the join read for the tally's other number


def _not_an_amount(text: str, reading: Reading, number: Number, language: str) -> bool:
    """A bare number that is a year, a label, a phone number, an ordinal or a stray word."""
    first = number.pieces[0]
    value = reading.value
    if (
        text[number.start - 1 : number.start].isalpha()
        and _small_and_plain(number)
        and _a_letters_name(text, _unit_before(text, number.start, language), number)
    ):
        return True  # "N95 masks"
    after = text[number.end : number.end + 1]
    if after.isascii() and after.isalpha():
        return True  # a Latin letter glued after no unit: "24.61N، 49.9952E", "1920x1200"
    if (
        number.share
        or listed_one(text, number.start, number.end, value, language)
        or _qualified_share(text, reading, number, language)
        or _rate_of_a_noun(text, number, language)
    ):
        # "a third of the area's population", "... and one count of kidnapping", "one in five
        # adults" (a rate of any plural noun)
        return False
    small = value is not None and abs(value) < 10
    if (
        small
        and not _counts_the_next_noun(text, value or 0, number.end, language)
        and not (_a_part(value or 0, number) and counts.part_of_group(text, number.end, language))
    ):
        return True  # "5", "two" alone count nothing a reader could check; "5 أشياء" does
    if number.digits_only:
        if (
            _year_like(number)
            and reading.qualifier == "exact"
            and not counts.after_count_marker(text, number.start, language)
        ):
            return True
        if _in_a_row(text, number.start, number.end):
            return True
        digits = text[first.start : first.end]
        if first.plain_integer and (len(digits) >= 7 or (digits[0] == "0" and len(digits) > 1)):
            return True  # a phone number, "GarageBand 09", "08 - جندي"
        if digits in counts.hotlines(language):
            return True  # "called 911", "الرقم الموحد 937"
        if _list_item(text, number.start, number.end):
            return True
        if text.endswith(DEFINITE, 0, first.start) and not counts.counts_after_definite_plural(
            text, first.start - len(DEFINITE), language
        ):
            return True  # "الـ15": an ordinal
        if "/" in first.text:
            return True  # "9/11", "24/7": a fraction needs a unit to be an amount
    if number.ratio:
        return True  # "3 على 1" is as often a score as a fraction
    elif (
        number.pieces == [first]
        and first.text in number_words(language).not_alone
        and not _counts_alone_before_a_noun(text, number, reading, language)
    ):
        return reading.qualifier == "exact"
    return (
        # right before the number, not before its qualifier ("مقر اللواء حوالى 18 دبابة")
        (counts.label_before(text, number.start, language) and not _grouped(number))
        or counts.label_after(text, number.end, language)
        or counts.listed_after_label(text, number.start, number.clitic, language)
        or (
            # a label has no scale word: "الولايات المتحدة 215 ألفا" is an amount
            not any(piece.role == "scale" for piece in number.pieces)
            and reading.qualifier == "exact"
            and counts.after_definite_word(text, reading.start, language)
            # a small number before its noun still counts ("السجن المؤبد لستة صحفيين"); a
            # larger one there is a name more often ("اللواء 93 مشاة")
            and not (
                small and _counts_the_next_noun(text, reading.value or 0, number.end, language)
            )
            and not counts.accusative_noun_after(text, number.end, value or 0.0, language)
            and not counts.genitive_noun_after(text, number.end, value or 0.0, language)
            # "بلغ عدد القنابل البرميلية 144": the number of what the definite words name
            and not counts.governed(text, reading.start, language)
        )
    )
