"""Reads every number in folded text, digits and words together: "ثلاثمائة وخمسين ألف" -> 350000.

Digits come from one regex pass (number_parse.digits_pattern) and number words from one automaton
pass (number_words); neighbouring pieces are then grouped by a small grammar (which piece
may follow which, and across what: a space, "و"/"and", a hyphen) and valued left to right.
A plural scale that opens a group is vague ("مئات", "tens of thousands"): value None, bounds.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache

from factcheck.extract.counts import counted_noun_after, label_after, label_before
from factcheck.extract.dense_words import refuse_dense_number_words
from factcheck.extract.document_words import document_words
from factcheck.extract.number_parse import (
    digit_matches,
    digit_runs,
    digits_pattern,
    digits_value,
    is_plain_integer,
)
from factcheck.extract.number_words import NumberWords, number_words
from factcheck.extract.qualifiers import before_matcher
from factcheck.extract.units import glued_units, minor_marks, unit_matcher
from factcheck.lang.clitics import DEFINITE, stopwords
from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.normalize import fold_word
from factcheck.lang.phrases import back_spaces, skip_spaces, word_before


@dataclass(slots=True)
class Piece:
    start: int  # folded offsets; start includes a glued proclitic
    end: int
    role: str  # digits, one, ten, teen, tens, hundred, scale, plural, dual, fraction, few, ...
    value: float
    clitic: str = ""
    plain_integer: bool = False  # digits without separators or decimals (a year, an id...)
    text: str = ""  # the folded surface, without its clitic
    gap: str = ""  # how it joins the piece before it in its number: "", "and", "-", "of"


@dataclass(slots=True)
class Number:
    start: int
    end: int
    value: float | None  # None when vague
    low: float | None = None  # bounds of a vague number
    high: float | None = None
    pieces: list[Piece] = field(default_factory=list)
    segment: float = 0.0  # the trailing count under a hundred ("مائتان وثلاثة" -> 3)
    ratio: bool = False  # "واحد على ثلاثة", "٢٠ جزء من ٢٥": a fraction, no count
    rate: bool = False  # "one in five", "1 in 500" (numbers.yaml `rate_of`): one in so many
    share: bool = False  # "a third of the area's population": a share of a group, a percent
    floor: bool = False  # "three-plus seasons": at least three, the suffix in the number

    @property
    def digits_only(self) -> bool:
        return all(piece.role in ("digits", "abbreviation") for piece in self.pieces)

    @property
    def label(self) -> bool:
        """A part of "192.168.1.2" or "5/17/2018": a number, never an amount."""
        return self.pieces[0].role == "label"

    @property
    def words_only(self) -> bool:
        return not any(piece.role == "digits" for piece in self.pieces)

    @property
    def clitic(self) -> str:
        return self.pieces[0].clitic


_ADDITIVE = frozenset({"one", "ten", "teen", "tens", "hundred", "dual", "fraction"})
_MULTIPLIERS = frozenset({"scale", "plural"})
_COUNTED_BY_SCALE = frozenset({"one", "ten", "teen", "tens", "hundred"})
_AND = "and"
_OF = "of"
_BRACKET = ")"  # "(28) مليون ريال": the amount in brackets, its scale after them
_SMALL = frozenset({"one", "ten", "teen", "tens", "digits"})  # a count under a hundred
_LINK = re.compile(r"(?:https?://|www\.)\S+")  # digits in a link are no amounts
_LARGEST = 1e18
_LONGEST = 40  # pieces in one number  # beyond any stated amount (and float's exact integers)
_RUN_GAP = 5  # characters between two number words of one run: " and ", " و "
# Between the whole number and the fraction of a mixed number ("2 1/2", "2-1/2", wire text's
# "4 - 1 / 2"), the slash of a fraction spaced by wire text, and the longest denominator read.
_MIXED_JOINS = frozenset({" ", "-", " - "})
_SLASHES = frozenset({"/", " / ", " /", "/ "})
_SLASH_AFTER = re.compile(r" ?/ ?\d")
_LARGEST_DENOMINATOR = 16


def find_numbers(text: str, language: str) -> list[Number]:
    """Every number in folded `text`, in order, none overlapping."""
    words = number_words(language)
    word_pieces = _word_pieces(text, language)
    refuse_dense_number_words(len(word_pieces), len(text))
    pieces = _digit_pieces(text, words) + word_pieces
    pieces.sort(key=lambda piece: piece.start)
    if "www." in text or "://" in text:
        pieces = _outside_links(text, pieces)
    numbers: list[Number] = []
    group: list[Piece] = []
    for piece in pieces:
        if group and piece.start < group[-1].end:
            continue  # a word inside digits' glued abbreviation, or the like
        gap = _gap(text, group[-1], piece, words) if group else None
        if gap is not None and _joins(group, piece, gap, words):
            piece.gap = gap
            if piece.gap == _BRACKET:
                group[0].start = text.rindex("(", 0, group[0].start)
            group.append(piece)
            continue
        if group:
            numbers.extend(_group_numbers(text, group, words, language))
        group = [piece]
    if group:
        numbers.extend(_group_numbers(text, group, words, language))
    numbers = _fractions(text, _ratios(text, _restated(text, numbers), words), words)
    if words.share_marks:
        numbers = _shares(text, numbers, words)
    if words.floor_suffixes:
        _floors(text, numbers, words)
    return [n for n in numbers if not _pronoun(text, n, words)]


def _pronoun(text: str, number: Number, words: NumberWords) -> bool:
    """ "أي واحد تفضل", "each one": "one" as a pronoun, not a count."""
    if len(number.pieces) != 1 or number.pieces[0].role != "one" or number.value != 1:
        return False
    return (
        text[number.start - 1 : number.start] == " "
        and not number.clitic
        and word_before(text, number.start) in words.pronoun_one_after
    )


def _outside_links(text: str, pieces: list[Piece]) -> list[Piece]:
    """Pieces (in order) that are not inside a link."""
    links = iter(_LINK.finditer(text))
    link = next(links, None)
    kept = []
    for piece in pieces:
        while link is not None and link.end() <= piece.start:
            link = next(links, None)
        if link is None or piece.start < link.start():
            kept.append(piece)
    return kept


def _ratios(text: str, numbers: list[Number], words: NumberWords) -> list[Number]:
    """ "واحد على ثلاثة", "عشرين أجزاء من خمسة وعشرين", "واحد من مئة": one fraction."""
    merged: list[Number] = []
    for number in numbers:
        last = merged[-1] if merged else None
        if last is not None and last.value is not None and number.value:
            between = text[last.end : number.start]
            join = between.strip()
            rate = join in words.rate_of and last.value == 1 and not _a_year(number)
            over = (
                join in words.over
                or rate
                or (
                    join in words.one_of
                    and last.value == 1
                    and not _one_of_a_group(text, last, number, words.matcher.language)
                )
            )
            if len(between) == len(join) + 2 and (over or join in words.parts_of):
                numerator = last.segment or last.value
                last.value = last.value - numerator + numerator / number.value
                last.end, last.ratio, last.rate = number.end, True, rate
                continue
        lead = _leading_parts_of(text, number.start, words)
        if number.value and lead is not None and (last is None or last.end < lead):
            number.start, number.value, number.ratio = lead, 1 / number.value, True
        merged.append(number)
    return merged


def _a_year(number: Number) -> bool:
    """ "killed 1 in 2010": four digits of a year after "in" are no rate's base."""
    piece = number.pieces[0]
    return len(number.pieces) == 1 and piece.plain_integer and len(piece.text) == 4


def _one_of_a_group(text: str, one: Number, group: Number, language: str) -> bool:
    """ "لعائلة واحدة من 7 أفراد": a family of seven, where "one" follows an indefinite noun
    as its adjective and the group's number counts a noun after it; "الشمس واحد من مئة
    تريليونات نجم", "واحد من ثلاثة طالبات" stay one in so many."""
    before = text[: one.start].rstrip().rsplit(" ", 1)[-1]
    return (
        before.isalpha()
        and DEFINITE not in before[:4]
        and before not in stopwords(language)
        and counted_noun_after(text, group.end, language)
    )


def _fractions(text: str, numbers: list[Number], words: NumberWords) -> list[Number]:
    """ "خمس السكان": a fifth; "عشرون وثلاثة أخماس": a whole and a fraction, one number."""
    merged: list[Number] = []
    for number in numbers:
        first = number.pieces[0]
        fraction = words.fraction_before_definite.get(first.text)
        if (
            fraction is not None
            and len(number.pieces) == 1
            and not first.clitic
            and text.startswith(" ال", number.end)
        ):
            number.value = fraction
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.value is not None
            and last.value.is_integer()
            and number.value is not None
            and 0 < number.value < 1
            and number.pieces[-1].role == "denominator"
            and first.clitic in words.conjunctions
            and text[last.end : number.start] == " "
        ):
            last.value += number.value
            last.end = number.end
            last.pieces.extend(number.pieces)
            continue
        if len(merged) > 1 and _spaced_mixed(text, merged[-2], merged[-1], number):
            whole, numerator = merged[-2], merged.pop()
            assert whole.value is not None and numerator.value is not None
            share = abs(numerator.value) / (number.value or 1)
            whole.value += math.copysign(share, whole.value)
            whole.end = number.end
            whole.pieces.extend(numerator.pieces + number.pieces)
            continue
        if last is not None and _mixed_fraction(text, last, number):
            assert last.value is not None and number.value is not None
            last.value += math.copysign(number.value, last.value)
            last.end = number.end
            last.pieces.extend(number.pieces)
            continue
        merged.append(number)
    return merged


_HYPHENS = ("-", " - ")  # how a suffix joins its number, as written and as wire text spaces it


def _floors(text: str, numbers: list[Number], words: NumberWords) -> None:
    """Each number joined by a hyphen to a floor suffix ("three-plus", "20 - plus") takes the
    suffix in and is marked a floor (numbers.yaml `floor_suffixes`)."""
    for number in numbers:
        for hyphen in _HYPHENS:
            if not text.startswith(hyphen, number.end):
                continue
            at = number.end + len(hyphen)
            suffix = next((s for s in words.floor_suffixes if text.startswith(s, at)), None)
            after = at + len(suffix or "")
            if suffix is not None and not text[after : after + 1].isalnum():
                number.end, number.floor = after, True
            break


_SHARE_ROLES = frozenset({"fraction", "share", "article"})


def _shares(text: str, numbers: list[Number], words: NumberWords) -> list[Number]:
    """The numbers without the fractions of `shares` that state no share of a group ("a third
    term"), each fraction that does marked (numbers.yaml `shares`, `share_marks`)."""
    kept = []
    for number in numbers:
        if all(piece.role in _SHARE_ROLES for piece in number.pieces) and _share_of_a_group(
            text, number, words
        ):
            number.share = True
        elif any(piece.role == "share" for piece in number.pieces):
            continue
        kept.append(number)
    return kept


def _group_numbers(
    text: str, group: list[Piece], words: NumberWords, language: str
) -> list[Number]:
    """The numbers a group of pieces makes, a definite share's or scale's reading first."""
    return (
        _definite_share(text, group, words, language)
        or _definite_scale(text, group, words, language)
        or _valued(group, words)
    )


def _definite_scale(
    text: str, group: list[Piece], words: NumberWords, language: str
) -> list[Number]:
    """ "وتوقعت أمانة الطائف كسر حاجز المليوني زائر" (snn-2015-08-08-0046): news Arabic puts the
    article on a scale, or its dual, in construct with what it counts ("المليوني زائر" is two
    million visitors, "تجاوزت المليار دولار" a billion dollars, 2015-08-10-0098, "وكانت الألفا
    ريال" two thousand riyals, 10-0590): an amount when an indefinite counted noun or unit
    follows right after it. Not after it ("الزائر المليوني" is the millionth visitor: no scale
    before its noun), nor before a definite word ("المليون الأول") or none (a name: "الألفي")."""
    piece = group[0]
    if len(group) != 1 or piece.clitic != DEFINITE or piece.role not in _DEFINITE_SCALES:
        return []
    if label_before(text, piece.start, language):
        return []  # "الورقة النقدية الجديدة من فئة الألف ليرة" (08-11-0115): a denomination
    unit = unit_matcher(language).at(text, skip_spaces(text, piece.end, 1))
    if unit is None or unit.start != unit.stem or unit.key[0] == "percent":
        return []
    dual = piece.text in words.construct_duals  # "الألفا ريال", as "مليارا دولار" is two
    return [Number(piece.start, piece.end, piece.value * (2 if dual else 1), pieces=[piece])]


# The roles of a scale word that counts a noun in construct: "المليون زائر", "المليوني زائر".
_DEFINITE_SCALES = ("scale", "dual")


def _definite_share(
    text: str, group: list[Piece], words: NumberWords, language: str
) -> list[Number]:
    """ "وانخفاض حساسية الجيوب الأنفية بمقدار النصف تقريبا", "وانخفض سعر البترول إلى النصف",
    "تم تخفيضه للنصف": a fraction with the article, alone, after a word of a change's amount or
    of the level it reached (numbers.yaml `shares_after`), is the share the change took or
    left, a percent. Not with an adjective after it ("النصف الأول": a part of a period, "للربع
    المنتهي في يونيو"), which bears the article as the fraction does."""
    piece = group[0]
    if len(group) != 1 or piece.role != "fraction" or not 0 < piece.value < 1:
        return []
    if piece.clitic not in words.shares_glued and not (
        (piece.clitic + piece.text).startswith(DEFINITE)
        and _after_a_share_word(text, piece.start, words, language)
    ):
        return []
    if text.startswith(DEFINITE, skip_spaces(text, piece.end)):
        return []
    return [Number(piece.start, piece.end, piece.value, pieces=[piece], share=True)]


def _after_a_share_word(text: str, start: int, words: NumberWords, language: str) -> bool:
    """One of `shares_after` (or its clitic "ب") stands before the fraction at `start`, also
    before a bound the change's amount takes: "لتبقى أقل بأكثر من الربع من أحدث ارتفاعات لها في
    مايو" (SaudiNewsNet snn-2015-08-11-0023, of oil prices)."""
    if word_before(text, start) in words.shares_after:
        return True
    bound = before_matcher(language).ending_at(text, back_spaces(text, start))
    if bound is None:
        return False
    glued = text[bound.start : bound.stem]
    return glued in words.shares_bound_glued or (
        not glued and word_before(text, bound.start) in words.shares_after
    )


def _share_of_a_group(text: str, number: Number, words: NumberWords) -> bool:
    """ "a third of the area's population", "about half of them"; not "a quarter of a century"
    (a measure) nor "the second half of 2012" (a part of a time)."""
    mark = next((m for m in words.share_marks if text.startswith(f" {m} ", number.end)), None)
    if mark is None or number.value is None or not 0 < number.value < 1:
        return False
    after = words.matcher.at(text, number.end + len(mark) + 2)
    before = word_before(text, number.start)
    return (after is None or after.key[0] != "article") and before not in words.not_shares_after


def _mixed_fraction(text: str, whole: Number, number: Number) -> bool:
    """ "1 3/4", "-١ ٤/٥", "2-1/2": a whole number in digits and a proper fraction after one
    space or a hyphen."""
    return (
        len(whole.pieces) == len(number.pieces) == 1
        and whole.pieces[0].plain_integer
        and number.pieces[0].role == "digits"
        and "/" in number.pieces[0].text
        and number.value is not None
        and 0 < number.value < 1
        and text[whole.end : number.start] in _MIXED_JOINS
    )


def _spaced_mixed(text: str, whole: Number, numerator: Number, denominator: Number) -> bool:
    """ "4 - 1 / 2 - month", "4 1 / 2 hours": wire text spaces the fraction of a mixed number,
    whose numerator then reads as a number of its own (with a minus, after a spaced hyphen)."""
    if not all(
        len(n.pieces) == 1 and n.pieces[0].role == "digits" and n.value is not None
        for n in (whole, numerator, denominator)
    ):
        return False
    assert whole.value is not None and numerator.value is not None
    top, bottom = abs(numerator.value), denominator.value or 0.0
    digit = numerator.start + len(numerator.pieces[0].text) - len(str(int(top)))
    return (
        whole.pieces[0].plain_integer
        and whole.value >= 0
        and top.is_integer()
        and 0 < top < bottom <= _LARGEST_DENOMINATOR
        and bottom.is_integer()
        and text[whole.end : digit] in _MIXED_JOINS
        and text[numerator.end : denominator.start] in _SLASHES
        and not _SLASH_AFTER.match(text, denominator.end)  # "4 - 1 / 2 / 2015": a date
    )


def _leading_parts_of(text: str, start: int, words: NumberWords) -> int | None:
    """Where "جزء من" ends right before `start` begins ("جزء من مئة": one hundredth)."""
    for phrase in words.parts_of:
        begin = start - len(phrase) - 1
        if (
            begin >= 0
            and text[begin:start] == phrase + " "
            and (begin == 0 or not text[begin - 1].isalnum())
        ):
            return begin
    return None


def _restated(text: str, numbers: list[Number]) -> list[Number]:
    """ "forty-five (45)", "خمسة (5)": a number restated in brackets is one number."""
    merged: list[Number] = []
    for number in numbers:
        if merged:
            last = merged[-1]
            if (
                last.value is not None
                and last.value == number.value
                and text[last.end : number.start] == " ("
                and text[number.end : number.end + 1] == ")"
            ):
                last.end = number.end + 1
                continue
        merged.append(number)
    return merged


@cache
def _glued_code() -> re.Pattern[str]:
    """A currency code glued before digits: "USD3.14", "RM42" (rare: searched on its own)."""
    symbols = load("common", "currencies")["symbols"]
    codes = {fold_word(s) for group in symbols.values() for s in group if s.isalpha()}
    alternation = "|".join(sorted(codes, key=len, reverse=True))
    return re.compile(f"(?=[a-z])(?<![a-z])(?:{alternation})(?=\\d)")


# The letters a glued code ends with. The codes are searched for only in a text where one
# stands right before a run of digits (91 texts of the 7,406 of the SaudiNewsNet week): the
# codes' lookarounds tried at every character cost 0.14 s there.
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")


def _digit_matches(text: str) -> list[re.Match[str]]:
    matches = digit_matches(text)
    if not any(start and text[start - 1] in _LATIN for start, _ in digit_runs(text)):
        return matches
    after_code = digits_pattern(after_code=True)
    glued = [after_code.match(text, code.end()) for code in _glued_code().finditer(text)]
    if any(glued):
        matches = sorted([*matches, *filter(None, glued)], key=lambda m: m.start())
    return matches


def _digit_pieces(text: str, words: NumberWords) -> list[Piece]:
    pieces = []
    for match in _digit_matches(text):
        end = match.end()
        if match.lastgroup in ("labels", "date"):  # each part its own number, no amount
            for part in re.finditer(r"\d+", match.group()):
                start = match.start() + part.start()
                stop = start + len(part.group())
                pieces.append(Piece(start, stop, "label", float(part.group())))
            continue
        pieces.append(
            Piece(
                match.start(),
                end,
                "digits",
                digits_value(match),
                "",
                is_plain_integer(match),
                match.group(),
            )
        )
        # A glued abbreviation: "100k", "$5m"; not "5ms" nor "3km".
        tail = end
        while tail < len(text) and text[tail].isascii() and text[tail].isalpha():
            tail += 1
        if tail > end and _generation(match.group(), text[end:tail], words.matcher.language):
            pieces.pop()  # "5G", "4G": a network generation, named like a model
        elif tail > end and _a_length(text, match, tail, words):
            pass  # "fell about 600m while climbing": the unit glued to the digits, no scale
        elif tail > end and text[end:tail] in words.abbreviations:
            pieces.append(Piece(end, tail, "abbreviation", words.abbreviations[text[end:tail]]))
        elif tail > end and text[end:tail] in words.sum_abbreviations and _of_a_sum(text, match):
            scale = words.sum_abbreviations[text[end:tail]]
            pieces.append(Piece(end, tail, "abbreviation", scale))
        elif tail > end and not _known_after_digits(text, end, tail, words.matcher.language):
            pieces.pop()  # "4G", "3D", "1M" in Arabic: a name, as "F16" is on the left
    return pieces


_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _a_length(text: str, match: re.Match[str], tail: int, words: NumberWords) -> bool:
    """Whether the abbreviation glued to the digits of `match` up to `tail` is a length's
    (numbers.yaml `length_abbreviations`): with no currency symbol before the digits, and one
    of `length_after` the next word ("within 80m of their destination"), or the second side of
    a size, after one of `size_joins` and a first side in that unit ("50m by 50m")."""
    unit = text[match.end() : tail]
    if unit not in words.length_abbreviations or _of_a_sum(text, match):
        return False
    after = _WORD_AFTER.match(text, tail)
    if after is not None and after.group(1) in words.length_after:
        return True
    join = word_before(text, match.start())
    if join not in words.size_joins:
        return False
    side = word_before(text, back_spaces(text, match.start()) - len(join))
    return side.endswith(unit) and side[: -len(unit)][-1:].isdigit()


# A currency symbol, then the digits of a sum or of a range's first side: "$200", "$140 - "
_SUM_BEFORE = re.compile(r"[$€£¥₹]\s?(?:[\d.,]+\s?[-–]\s?)?$")
_SUM_REACH = 16  # characters before the digits where the symbol is looked for


def _of_a_sum(text: str, match: re.Match[str]) -> bool:
    """Whether a currency symbol stands right before the digits, or before the first side of
    the range they end ("$140 - 150MM")."""
    digits = re.search(r"\d", match.group())
    start = match.start() + (digits.start() if digits else 0)  # a minus read is a range's dash
    return _SUM_BEFORE.search(text, max(0, start - _SUM_REACH), start) is not None


@cache
def _generation_marks(language: str) -> frozenset[str]:
    return folded_words(language, "numbers", "generations")


def _generation(digits: str, tail: str, language: str) -> bool:
    return len(digits) == 1 and tail in _generation_marks(language)


def _known_after_digits(text: str, end: int, tail: int, language: str) -> bool:
    """Latin letters glued after digits that say what the number is: "5bn", "3km", "43c"."""
    return (
        text[end:tail] in minor_marks()
        or number_words(language).matcher.at(text, end) is not None
        or unit_matcher(language).at(text, end) is not None
        or glued_units(language).at(text, end) is not None
        or label_after(text, end, language)
    )


def _word_pieces(text: str, language: str) -> list[Piece]:
    pieces = []
    run, reach = 0, -1  # number words in a row so far, and where the last one ended
    for hit in document_words(text, language, "numbers"):
        # "a"/"an" matter only before the next word ("a million"): skip the rest at once.
        if hit.key[0] == "article" and text[hit.end : hit.end + 1] != " ":
            continue
        run = run + 1 if hit.start - reach <= _RUN_GAP else 1
        reach = hit.end
        if run > _LONGEST:
            continue  # "مائة وخمسة وخمسة ...": no number nor list of numbers is this long
        pieces.append(
            Piece(
                hit.start,
                hit.end,
                hit.key[0],
                hit.key[1],
                text[hit.start : hit.stem],
                False,
                text[hit.stem : hit.end],
            )
        )
    return pieces


def _gap(text: str, previous: Piece, piece: Piece, words: NumberWords) -> str | None:
    """What joins two pieces: "" (space or nothing), "and" (a conjunction, glued or not), "-",
    "of" ("tens of thousands"); None: they do not join."""
    between = text[previous.end : piece.start]
    stripped = between.strip()
    if piece.clitic in words.conjunctions and not stripped:
        return _AND
    if piece.clitic and piece.clitic != DEFINITE:
        return None
    if not stripped:
        return "" if len(between) <= 2 else None
    if stripped in words.conjunctions and len(between) <= len(stripped) + 2:
        return _AND
    if stripped == "-" and len(between) <= 3:
        return "-"
    if stripped in words.plural_of and len(between) == len(stripped) + 2:
        return _OF
    if (
        stripped == _BRACKET
        and len(between) <= 3
        and previous.role == "digits"
        and "(" in text[max(0, previous.start - 2) : previous.start]
    ):
        return _BRACKET
    return None


def _joins(group: list[Piece], piece: Piece, gap: str, words: NumberWords) -> bool:
    """Whether `piece`, `gap` after the group's last piece, continues its number."""
    if len(group) >= _LONGEST:
        return False  # no one writes a number in more words than this
    previous = group[-1]
    role, prev = piece.role, previous.role
    if (
        DEFINITE in group[0].clitic
        and group[0].role not in ("plural", "few")
        and not _definite_scale_and_its_fraction(group, piece)
        and not _definite_multiplied(group, piece, gap)
    ):
        return False  # "بالمائة 10" is a percent sign, not a hundred and ten
    if gap == "" and role == "scale" and _restated_scale(group, piece):
        return True  # "مليار ونصف المليار", "مليون ونصف مليون": the half's scale said again
    if piece.clitic == DEFINITE:
        # "عشرات الآلاف" joins; "خمسة الأولى" does not
        return gap == "" and role in _MULTIPLIERS and prev in ("plural", "few")
    if role == "abbreviation":
        return prev == "digits" and previous.end == piece.start
    if gap == _BRACKET:
        return role in _MULTIPLIERS and len(group) == 1
    if prev == "minus":  # "in minus-20 degree temperatures" (ECB+ 13_2ecb)
        return gap in ("", "-") and role != "minus"
    if prev == "point":
        return gap == "" and role in ("digits", "one", "ten", "teen", "tens")
    if role == "point":
        return gap == "" and prev in ("digits", "one", "ten", "teen", "tens")
    if role == "digits":  # "٤ آلاف ٣ مائة و ٢١": digits after a scale, below it
        return (
            prev in ("scale", "plural", "hundred", "dual")
            and gap in ("", _AND)
            and piece.plain_integer
            and piece.value < _magnitude(group)
        )
    if role in ("minus", "article") or prev == "point":
        return False
    if role in _MULTIPLIERS:
        if gap == _OF:
            return prev in ("plural", "few")
        if gap == "-":  # "more than half-a-dozen versions of IE" (ECB+ 27_7ecb), "a half-dozen"
            return prev == "fraction"
        return gap == "" and prev in (
            "digits",
            "one",
            "ten",
            "teen",
            "tens",
            "hundred",
            "fraction",
            "few",
            "article",
            "plural",
            "scale",
        )
    if role == "hundred" and piece.value == 100:
        return (gap == "" and prev in ("one", "ten", "tens", "few", "article", "digits")) or (
            prev in ("scale", "dual", "plural") and gap in ("", _AND)
        )
    if role == "denominator":  # "ثلاثة أرباع"
        return gap == "" and prev in ("one", "ten", "teen", "tens", "digits")
    if role == "fraction" and gap == _AND:  # "واحد ونصف", "خمسة وربع", "ثلاثة ملايين ونصف"
        return prev in ("one", "ten", "teen", "tens", "digits") or _unit_of(previous) is not None
    if role not in _ADDITIVE or prev in ("digits", "few", "article", "fraction"):
        return False
    if prev == "one" and role == "ten":  # "خمسة عشر"
        return gap == "" and words.unit_then_ten
    if prev == "one" and role == "tens":
        if gap == "":  # "one twenty two": 122, the hundreds left unsaid
            return words.hundreds_unsaid and len(group) == 1
        # "خمسة وعشرون", also after hundreds: "خمسمائة وخمسة وعشرون"
        return gap == _AND and (len(group) == 1 or piece.value < _magnitude(group, len(group) - 1))
    if piece.value >= _magnitude(group):
        return False
    if prev in ("scale", "dual", "plural", "hundred"):
        return gap in ("", _AND, "-")
    if prev == "tens" and role == "one":
        return gap in ("", "-") and words.tens_then_unit
    return False


def _unit_of(piece: Piece) -> float | None:
    """What a fraction after `piece` is a fraction of: "مليار ونصف" is half a billion more,
    "مليونين ونصف" half a million, "مائتين ونصف" fifty; None after a plain count."""
    if piece.role in ("scale", "plural"):
        return piece.value
    if piece.role == "dual":
        return piece.value / 2
    if piece.role == "hundred":
        return 100.0
    return None


def _definite_multiplied(group: list[Piece], piece: Piece, gap: str) -> bool:
    """ "الخمسين مليون زائر", "المائة مليار يورو": a number said before with the article, and
    its scale: one number (not the scale alone, a million where fifty million were meant)."""
    return (
        len(group) == 1
        and group[0].clitic == DEFINITE
        and group[0].role in _COUNTED_BY_SCALE
        and piece.role in _MULTIPLIERS
        and not piece.clitic
        and gap == ""
    )


def _definite_scale_and_its_fraction(group: list[Piece], piece: Piece) -> bool:
    """ "المليون ونصف المليون": a definite scale opens a number only with a fraction of it."""
    if group[0].role != "scale":
        return False
    if len(group) == 1:
        return piece.role == "fraction"
    return len(group) == 2 and _restated_scale(group, piece)


def _restated_scale(group: list[Piece], piece: Piece) -> bool:
    """ "مليار ونصف المليار": the scale after the half is the one before it."""
    return (
        len(group) >= 2
        and group[-1].role == "fraction"
        and group[-1].gap == _AND
        and _unit_of(group[-2]) == piece.value
    )


def _grouped_beyond(piece: Piece, scale: float) -> bool:
    """Digits with thousands separators at least as large as the scale word after them."""
    return piece.role == "digits" and not piece.plain_integer and piece.value >= scale


def _magnitude(group: list[Piece], size: int | None = None) -> float:
    """The place value the next additive piece must stay under, after group[:size]."""
    last = group[(len(group) if size is None else size) - 1]
    if last.role in ("scale", "plural", "abbreviation"):
        return last.value
    if last.role == "dual":
        return last.value / 2
    if last.role == "hundred":
        return 100 if last.value % 100 == 0 else 10
    if last.role == "tens":
        return 10
    return 1


def _valued(group: list[Piece], words: NumberWords) -> list[Number]:
    """The Number a group of pieces makes (none when it holds no amount)."""
    while group and group[-1].role in ("point", "minus", "article"):
        group = group[:-1]
    if len(group) == 1 and group[0].role == "point":
        return []
    if (
        group
        and DEFINITE in group[0].clitic
        and group[0].role not in ("plural", "few")
        and not (len(group) > 1 and group[1].role == "fraction")  # "المليون ونصف المليون"
        and not (len(group) > 1 and _definite_multiplied(group[:1], group[1], ""))
    ):
        return []  # "بالمئة" is percent, "الاثنين" Monday; "الآلاف" (vague) stays
    if not group or all(p.role in ("minus", "article") for p in group):
        return []
    negative = group[0].role == "minus"
    body = group[1:] if negative else group
    total = current = big = segment = 0.0
    low = high = None
    after_point: Piece | None = None
    for index, piece in enumerate(body):
        role, value = piece.role, piece.value
        if after_point is not None:
            digits = piece.text if piece.role == "digits" else f"{int(value)}"
            current += value / 10 ** len(digits.lstrip("-").split(".")[0])
            after_point = None
        elif role == "point":
            after_point = piece
        elif role in ("plural", "few") and index == 0:
            low, high = (
                words.vague.get(value, (value, value * 10 - 1)) if role == "plural" else (3.0, 9.0)
            )
        elif role == "scale" and _restated_scale(body[:index], piece):
            pass  # "ونصف المليار": the half's scale, already counted
        elif role in ("scale", "plural") and index == 1 and _grouped_beyond(body[0], value):
            pass  # "(5.969.428) مليون مسافر", "665,932,983 مليون ريال": the scale restates
            # the magnitude the grouped digits already spell out (104 in the SaudiNewsNet week)
        elif role == "fraction" and piece.gap == _AND and index:
            current += value * (_unit_of(body[index - 1]) or 1)
        elif role in ("scale", "plural", "abbreviation"):
            if low is not None and high is not None:
                low, high = low * value, (high + 1) * value - 1
            elif value > big:
                total = ((total + current) or 1) * value
            else:
                total += (current or 1) * value
            current, big = 0.0, max(big, value)
        elif role == "denominator":
            current += segment / value - segment  # the last count becomes the numerator
        elif role == "hundred" and value == 100 and current:
            current *= 100
        elif role == "tens" and piece.gap == "" and index and body[index - 1].role == "one":
            current = current * 100 + value
        elif role == "dual":
            total += value
            big = max(big, value / 2)
        else:
            current += value
        small = role in _SMALL and (index == 0 or body[index - 1].role in _SMALL)
        segment = segment + value if small else value if role in _SMALL else 0.0
    number = Number(group[0].start, group[-1].end, None, None, None, list(group))
    if low is not None:
        number.low, number.high = low, high
    else:
        value = -(total + current) if negative else total + current
        # 8.3 x 10^9 is 8300000000.000001 in binary floating point: keep the stated digits.
        number.value = float(f"{value:.12g}")
    number.segment = segment
    if not all(abs(bound) < _LARGEST for bound in (number.value or 0.0, low or 0.0, high or 0.0)):
        return []  # a string of digits or scale words, not an amount anyone states
    return [number]
