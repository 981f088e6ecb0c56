"""What the engine needs of each claim, computed once per claim before any pair is looked at."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields
from functools import cache

from factcheck.align.intervals import ORDINALS, Interval, interval_of, tolerance_rules
from factcheck.align.rules import ComparableRule, ConceptsRule, RuleSet
from factcheck.align.undated import undated_day
from factcheck.extract.counts import names_its_group
from factcheck.extract.date_lexicon import date_lexicon
from factcheck.extract.holders import same_holder
from factcheck.extract.scores import split_pattern
from factcheck.extract.units import clock_units, label_units
from factcheck.lang.clitics import Words, content_key, stem
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import fold_text, fold_word
from factcheck.lang.tokens import LETTERS, TOKEN
from factcheck.models import Claim, DateSpan, Document, split_subject

_WINDOW = 60  # characters each side of a figure that say what it is
# A number joined to the figure by a dash is its neighbour: "في الشوط الأول 25 - 22" read as
# 25 in one article and as 22 in another are two sides of one score, not one figure twice.
_JOINED = "#"
_JOINED_BEFORE = re.compile(r"\d\s*[-–]\s*$")
_JOINED_AFTER = re.compile(r"\s*[-–]\s*\d")

# Claim.cue is "<role>:<sense>": the figure a change led to ("new:rise", "ارتفع إلى") or the
# one it left ("old:previous", "بعد أن كانت"); see extract/context.py.
NEW, OLD = "new", "old"
# ...or "contrast:": one side of a contrast ("مقابل تراجع 15"), no figure changed or left; with
# its sense, a change's amount ("contrast:fall": "وتراجع سعر خام برنت 40 سنتا إلى 49.12").
CONTRAST = "contrast"


@dataclass(slots=True)
class Features:
    index: int  # position of the claim in its block, the report order
    claim: Claim
    concept: str | None
    owner: str | None
    location: str | None
    values: Interval | None
    as_of: Interval | None
    as_of_explicit: bool
    published: int | None
    cue_role: str | None
    cue_sense: str | None
    sentence: tuple[str, str]
    scope: str | None = None
    # a count of a part of the group it names ("at least 25 of the injured": extract/counts.py
    # `names_its_group`), of which its unit is the whole
    of_group: bool = False
    # the location as the figure's own sentence states it (None: read from the headline)
    stated_location: str | None = None
    document: Document | None = None  # its article, whose lead tells its event (align/anchors.py)
    _window: list[str] | None = None
    _words: str | None = None
    _topic: frozenset[str] | None = None
    _compared: Words | None = None
    _compared_topic: Words | None = None
    _cue_topic: Words | None = None
    _scores: dict[int, float] | None = None  # similarity to later claims of the block, by index
    _neighbours: tuple[str, str] | None = None
    # `echo`'s reach and words, read for the largest reach asked so far
    _echo: tuple[int, tuple[str, ...], tuple[str, ...]] | None = None
    _neutral: frozenset[str] | None = None  # align/crosslingual.py
    _record: str | None = None  # "" when none
    _score: tuple[str, bool] | None = None  # `_score_at`: ("", False) when none
    _counted: frozenset[str] | None = None

    @property
    def language(self) -> str:
        """Its article's language; "" when unknown."""
        return (self.document.language or "") if self.document is not None else ""

    def _window_words(self) -> list[str]:
        """The folded words around the figure, its number left out, in digits or in words.

        A window, not the whole sentence: "7 killed and 250 injured" pairs 7 with "killed".
        The number is the figure's, not what it is about: "has taken four years" and "for the
        past four years" read no more alike than "4 years" would.
        """
        if self._window is None:
            sentence, text = self.claim.sentence, self.claim.text
            at = max(self.claim.in_sentence, 0)
            end = at + len(text)
            window = sentence[max(0, at - _WINDOW) : end + _WINDOW]
            if self.claim.kind == "date":  # a month's name is the figure, not its context
                window = sentence[max(0, at - _WINDOW) : at] + " " + sentence[end : end + _WINDOW]
            words = LETTERS.findall(fold_text(window))
            # a percentage's "في المائة" is its unit, not its number
            if self.claim.kind not in ("date", "percent"):
                numbers = _digit_words(self.language)
                own = LETTERS.findall(fold_text(text))
                if any(stem(word) in numbers for word in own):
                    words = (
                        LETTERS.findall(fold_text(sentence[max(0, at - _WINDOW) : at]))
                        + [word for word in own if stem(word) not in numbers]
                        + LETTERS.findall(fold_text(sentence[end : end + _WINDOW]))
                    )
            self._window = words
        return self._window

    @property
    def words(self) -> str:
        """The words around the figure as fuzzy matching compares them: without the article."""
        if self._words is None:
            self._words = " ".join(self.compared.order)
        return self._words

    @property
    def topic(self) -> frozenset[str]:
        """The words around the figure that say what it is about: no stopword, none of the
        mention's own ("people" in "three people"), no fragment of tokenised text ("it s")."""
        if self._topic is None:
            own = {content_key(word) for word in LETTERS.findall(fold_text(self.claim.text))}
            keys = {content_key(word) for word in self._window_words()}
            self._topic = frozenset(
                key
                for key in keys
                if key is not None and key not in own and len(key) >= CONTENT_LETTERS
            )
        return self._topic

    @property
    def compared(self) -> Words:
        """`words` made ready for pairs: a claim meets many others. Made from the stems, not
        from `words`, which only fuzzy matching reads (a pair whose windows are compared)."""
        if self._compared is None:
            self._compared = Words(map(stem, self._window_words()))
        return self._compared

    @property
    def compared_topic(self) -> Words:
        if self._compared_topic is None:
            self._compared_topic = Words(self.topic)
        return self._compared_topic

    @property
    def cue_topic(self) -> Words:
        """`topic` with each one-word cue of a toll read as its sense (rule field
        `topic_cues_as_sense`)."""
        if self._cue_topic is None:
            cues = _cue_words(self.language)
            self._cue_topic = Words(sorted({cues.get(key, key) for key in self.topic}))
        return self._cue_topic


@cache
def _cue_words(language: str) -> dict[str, str]:
    """One-word cues of a toll (death_cues.yaml) -> their sense: "مقتل", "قتل" and "قتلوا" say one
    thing about what two figures count, as "إصابة" and "أصيب" do; so do the nouns of that
    concept (concepts.yaml: "ضحايا", "قتلى"): "ارتفعت حصيلة ضحايا انفجار ... إلى 15" tells the
    toll of "قتلوا ... في انفجار"."""
    found = {}
    nouns = load(language, "concepts") if language else {}
    for sense, surfaces in (load(language, "death_cues") if language else {}).items():
        for surface in [*surfaces, *(nouns.get(sense) or ())]:
            key = content_key(fold_word(surface)) if " " not in surface else None
            if key is not None:
                found[key] = f"cue:{sense}"
    return found


# numbers.yaml's sections of words that stand for digits: a scale ("million") is left in, as
# it is beside digits ("32 million")
_DIGIT_SECTIONS = ("ones", "ten", "teens", "tens", "hundreds", "duals")


@cache
def _digit_words(language: str) -> frozenset[str]:
    """The folded one-word number words of `language` that write a number's digits."""
    data = load(language, "numbers") if language else {}
    found: set[str] = set()
    for section in _DIGIT_SECTIONS:
        entries = data.get(section) or ()
        listed = entries.values() if isinstance(entries, dict) else [entries]
        for surfaces in listed:
            found.update(fold_word(s) for s in surfaces if " " not in s)
    return frozenset(found | {stem(word) for word in found})


# a word shorter than this says nothing of what happened (the stopword lists leave such words
# out, and a tokenised "it s" leaves fragments): the shortest are "war", "gun"
CONTENT_LETTERS = 3
_ECHO_CHARS = 16  # characters per word read around a figure for its echo


def echo(item: Features, reach: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The `reach` words before the figure (nearest first) and after it, folded and without
    their article or conjunction, digits kept: what a repeated sentence repeats. Read once for
    the largest reach asked, of which a smaller one is the nearest words: the judge asks eight
    words of a repeated sentence, the candidates three of what a figure measures."""
    if item._echo is None or item._echo[0] < reach:
        sentence, text = item.claim.sentence, item.claim.text
        at = max(item.claim.in_sentence, 0)
        end = at + len(text)
        # Folded and split near the figure only (a sentence may be long, and 60,000 pairs of
        # the week ask); the whole side when the stretch holds no word past `reach`, which a
        # cut may have split.
        low, high = max(0, at - _ECHO_CHARS * reach), end + _ECHO_CHARS * reach
        before = TOKEN.findall(fold_text(sentence[low:at]))
        if low and len(before) <= reach:
            before = TOKEN.findall(fold_text(sentence[:at]))
        after = TOKEN.findall(fold_text(sentence[end:high]))
        if high < len(sentence) and len(after) <= reach:
            after = TOKEN.findall(fold_text(sentence[end:]))
        item._echo = (
            reach,
            tuple(map(stem, reversed(before[-reach:]))),
            tuple(map(stem, after[:reach])),
        )
    _, before_words, after_words = item._echo
    return before_words[:reach], after_words[:reach]


def near_words(item: Features, reach: int) -> frozenset[str]:
    """The content words of the `reach` right before and after a figure, digits left out: "his
    firing four days earlier" / "A man fired four days earlier", "landed 178 punches" /
    "landing 178 of 369 punches"."""
    if not reach:
        return frozenset()
    before, after = echo(item, reach)
    return frozenset(
        key
        for word in (*before, *after)
        if not word.isdigit() and (key := content_key(word)) is not None
    )


def neighbours(item: Features) -> tuple[str, str]:
    """The words right before and right after the figure (folded; "" at an edge)."""
    if item._neighbours is None:
        sentence, text = item.claim.sentence, item.claim.text
        at = max(item.claim.in_sentence, 0)
        head, tail = sentence[max(0, at - 30) : at], sentence[at + len(text) : at + len(text) + 30]
        before, after = LETTERS.findall(fold_text(head)), LETTERS.findall(fold_text(tail))
        item._neighbours = (
            _JOINED if _JOINED_BEFORE.search(head) else stem(before[-1]) if before else "",
            _JOINED if _JOINED_AFTER.match(tail) else stem(after[0]) if after else "",
        )
    return item._neighbours


def is_moment(claim: Claim) -> bool:
    """A rank of a unit a clock counts: the minute of a game ("الدقيقة 57"), one of the many
    moments a report of one game or a round-up of several names; or a label that names one of
    several things of a story alike, a gun's calibre (".32 - caliber revolver, not a .45 -
    caliber handgun"), a page."""
    return claim.ordinal and (claim.unit in clock_units() or claim.unit in label_units())


def one_series_item(a: Features, b: Features, gate: ComparableRule) -> bool:
    """Two labels of one number that name an item of a series or a ranking (FC002
    `series_item_ranks`) alike: by one noun of its kind ("appear in the second movie" / "The
    second film in the Hunger Games trilogy", ranks.yaml `alike`; "the third highest grossing
    opening weekend title" / "the third - biggest domestic debut weekend"), or beside a holder
    both sentences name ("David Tennant (10th Doctor)" / "David Tennant (No. 10)"); never where
    the sentences name holders apart, the items of two series ("the second Twilight film").
    FC002 `series_item_similarity`."""
    x, y = a.claim, b.claim
    if not (
        x.ordinal
        and y.ordinal
        and x.unit == y.unit
        and x.unit in gate.series_item_ranks
        and x.value == y.value
        and same_holder(x.holders, y.holders)
    ):
        return False
    return bool(x.holders and y.holders) or one_kind_ranked(a, b)  # a holder in common


def one_kind_ranked(a: Features, b: Features) -> bool:
    """Whether two ranks' own words name one kind ranked: the last noun of either is among the
    other's ("opening weekend title" / "domestic debut weekend", "fifth NBA head coach" /
    "fifth coach"; not "fifth Saints running back" / "fifth rookie quarterback")."""
    language = _language(a.document)
    x, y = ranked_words(a.claim.text, language), ranked_words(b.claim.text, language)
    return bool(x and y) and (x[-1] in y or y[-1] in x)


@cache
def ranked_words(text: str, language: str) -> tuple[str, ...]:
    """The words a rank's own text names what it ranks by, the noun last: "second movie" and
    "second film" a film, "Series 8" and "eighth series" a series, "12th Time Lord" a Doctor
    (the first of a ranks.yaml `alike` group, else the word itself); no ordinal, figure or
    mark ("No. 10": none)."""
    ordinals = _ordinal_words(language)
    alike = _alike(language)
    return tuple(
        alike.get(word, word)
        for word in LETTERS.findall(fold_text(text))
        if len(word) >= _NOUN_LETTERS and word not in ordinals
    )


_NOUN_LETTERS = 3  # "10th", "No.": a suffix or a mark is no noun


@cache
def _ordinal_words(language: str) -> frozenset[str]:
    return frozenset(
        fold_word(word)
        for words in (load(language, "day_ordinals") or {}).values()
        for word in words
    )


@cache
def _alike(language: str) -> dict[str, str]:
    """Each last word of a noun of ranks.yaml `alike` -> its group's first."""
    return {
        fold_word(noun.split()[-1]): fold_word(group[0])
        for group in load(language, "ranks").get("alike") or ()
        for noun in group
    }


def stated_number(item: Features) -> Interval | float | None:
    """The number a claim states, however qualified ("$21 million", "more than $21MM"; "about
    $380, 600", "$380, 600"); its interval when it states none (a range, a date)."""
    value = item.claim.value
    return item.values if value is None or item.claim.kind == "date" else value


def truncated_floor(a: Features, b: Features) -> bool:
    """One figure told as a floor and as its value: a paper that drops a value's decimals says
    more than its whole part ("بأكثر من 7 في المائة" / "بنسبة 7.3 في المائة" of China's trade,
    snn-2015-08-10-0312, -0175)."""
    for floor, value in ((a.claim, b.claim), (b.claim, a.claim)):
        if (
            floor.qualifier == "gt"
            and value.qualifier == "exact"
            and floor.value is not None
            and value.value is not None
            and floor.value.is_integer()
            and floor.value < value.value < floor.value + 1
        ):
            return True
    return False


def one_specific_value(a: Features, b: Features, gate: ComparableRule) -> bool:
    """Both state one value specific enough ("$281 million", "2.7GHz", "47 - yard"; not "20
    points" nor "$1 million"): in one story, rarely two quantities (FC002
    `specific_value_similarity`, `specific_value_kinds`, `specific_value_digits`); so is a count
    of more digits (`specific_count_digits`: "structures home to 167,000 people" / "the coastal
    city of population 167,000"). Of dates,
    one day whose number both write in digits, in windows that share a word of what happened
    ("the hectic scene on May 29" / "went to West Hill on May 29", both told to jurors): a
    weekday or a year is any week's or anything's, and two datelines ("القاهرة 25 شوال 1436هـ
    الموافق 10 أغسطس 2015م واس" / "الكويت ...") share only their agency. A day other than
    either article's own needs no word shared: "when he's sentenced May 7" / "Lopez's sentence
    date is May 7" (ECB+ 33_5ecbplus, 33_6ecbplus); a paper's own day is any news's of it."""
    x, y = a.claim, b.claim
    if x.unit is not None and (step := gate.specific_value_units.get(x.unit)) is not None:
        # a time of day to the minute, of a day each sentence states ("after 8 : 30 p. m.
        # Thursday"): rarely two things of one story; a programme's "الساعة 7:15" of its third
        # and of its fourth day names no day
        return (
            x.unit == y.unit
            and x.value is not None
            and x.value == y.value
            and x.value % step != 0
            and (
                (a.as_of_explicit and b.as_of_explicit)
                or one_timed_moment(a, b, gate)
                or (
                    gate.estimated_times
                    and _estimated(a)
                    and _estimated(b)
                    and _published_near(a, b, gate)
                )
            )
        )
    if x.kind not in gate.specific_value_kinds:
        # a rank or a label ("2008 GMC Sierra") names one of its kind, a side of a score one
        # team's tally, and a count under a thousand is as often another of the story's many
        # tallies (a markets report's 113 companies and 113 points); a total of many digits
        # stated alike is one count
        return (
            x.kind == "count"
            and gate.specific_count_digits > 0
            and not x.ordinal
            and x.value is not None
            and x.value == y.value
            and x.value >= gate.specific_count_least
            and significant_digits(x.value) >= gate.specific_count_digits
            and not score(a)
            and not score(b)
        )
    if x.kind == "date":
        return (
            _one_day(a)
            and a.values == b.values
            and _digits_in(x)
            and _digits_in(y)
            and (not a.topic.isdisjoint(b.topic) or not _publication_day(a, b))
        )
    if x.value is None or x.value != y.value:
        return False
    return significant_digits(x.value) >= gate.specific_value_digits


# days a paper published after the day still tells that day's news: the next morning's
_NEWS_DAY_REACH = 1


def _publication_day(a: Features, b: Features) -> bool:
    """Whether the one day two dates name is either article's day of publication, and both
    were published within a day of it. An undated article has none, and an undated article's
    key (align/undated.py) is no day: a day it writes in digits is as often a past one
    recalled ("November 11" of India's rescue, "May 29" of a shooting, ECB+ 12ecb, 33ecb), and
    reading it as a news day cost two figures. A paper days later that names the day recalls
    one thing of it, not the day's news ("restoration to the rest of its clients on 20 October
    2011", written on 4 November, of a paper of 20 October: ECB+ 30_1ecbplus, 30_13ecbplus)."""
    day = a.values.low if a.values is not None else None
    return (
        day is not None
        and all(p is None or abs(p - day) <= _NEWS_DAY_REACH for p in (a.published, b.published))
        and day in (a.published, b.published)
    )


def one_timed_moment(a: Features, b: Features, gate: ComparableRule) -> bool:
    """One time of day to a minute no programme is set on, read off a clock when something
    happened ("registered the quake at 17:06 hours local time" / "jolted part of Qeshm island
    ... at 17:06 pm"), in articles published at most `timetable_days_apart` days apart or
    undated (FC002 `timetable_step`): one moment of the story whether or not a day is stated,
    and wherever each sentence places it, the institute that registered a quake or the place
    it struck."""
    x, y = a.claim, b.claim
    return (
        gate.timetable_step > 0
        and x.unit is not None
        and x.unit in gate.specific_value_units
        and x.unit == y.unit
        and x.value is not None
        and x.value == y.value
        and x.value % gate.timetable_step != 0
        and _published_near(a, b, gate)
    )


def _published_near(a: Features, b: Features, gate: ComparableRule) -> bool:
    """Published at most `timetable_days_apart` days apart, or either undated."""
    return (
        a.published is None
        or b.published is None
        or abs(a.published - b.published) <= gate.timetable_days_apart
    )


def _estimated(item: Features) -> bool:
    """A time told as estimated, opened by a word of "about" (qualifiers.yaml `before`
    `approx`): "at about 4 : 20 p.m.", "around 9.25 am"; someone saw something happen then,
    a programme states its times exactly."""
    return approximate_opener(item.language, item.claim.text.split(" ", 1)[0])


@cache
def approximate_opener(language: str, word: str) -> bool:
    approx = (load(language, "qualifiers").get("before") or {}).get("approx") or ()
    return fold_word(word) in {fold_word(cue) for cue in approx}


def _one_day(item: Features) -> bool:
    return item.values is not None and item.values.low == item.values.high


def _digits_in(claim: Claim) -> bool:
    return any(ch.isdigit() for ch in claim.text)


def one_round_sum(a: Claim, b: Claim) -> bool:
    """Both state one sum: when of fewer significant digits than a specific value's, "a
    five-year, $ 80 million contract" / "a five-year deal worth nearly $ 80 million", the gate
    asks windows `round_sum_similarity` alike (FC002)."""
    return a.kind == "money" and a.value is not None and a.value == b.value and a.value != 0


def significant_digits(value: float) -> int:
    return len(f"{abs(value):.6g}".split("e")[0].replace(".", "").strip("0"))


# A record or a score told whole, of digits only: "Rahman (45-7-2, 36 KOs)", "Cheeks is 122-147",
# "a 62 - 46 lead"; not a date or a code chained on ("23-10-1436", "4-3-3.5")
_RECORD = re.compile(r"(?<![\d.,/-])\d{1,3}(?: ?[-–] ?\d{1,3})+(?![\d%]|[.,/]\d| ?[-–/] ?\d)")
_RECORD_DIGITS = 3  # "2-1" is any game's score; "13 - 10", "45-7-2" one team's or fighter's
# ...but one in brackets of its own after a name is that team's record: "the Seattle Seahawks (7
# - 9)", "Indianapolis (10 - 5)"
_BRACKETS = ("(", ")")


def record(item: Features) -> str:
    """The whole record or score a bare count is read from ("45-7-2" of "45", "122-147" read as
    a range), spaces left out; "" for any other figure. Two articles that state one record
    state one specific value, however unlike their sentences read (FC002
    `specific_value_similarity`): the wires print records in a box or an aside of their own."""
    if item._record is None:
        item._record = ""
        whole, bracketed = _score_at(item)
        if bracketed or sum(map(str.isdigit, whole)) >= _RECORD_DIGITS:
            item._record = whole
    return item._record


def score(item: Features) -> str:
    """The whole score or record a bare count is a side of, however short ("7-0" of "a 7 - 0
    run"), spaces left out; "" for any other figure. Two sides of two scores are two figures."""
    return _score_at(item)[0]


def _score_at(item: Features) -> tuple[str, bool]:
    """The score or record (spaces left out) or the line of shots made and tried ("7-for-14",
    extract/scores.split_pattern) around a bare count, and whether brackets hold it alone;
    ("", False) for any other figure. The sentence is scanned once, for `score` and `record`
    both."""
    if item._score is None:
        item._score = "", False
        claim = item.claim
        if claim.kind == "count" and claim.unit is None:
            at = max(claim.in_sentence, 0)
            split = split_pattern(item.language)
            for pattern in (_RECORD,) if split is None else (_RECORD, split):
                for found in pattern.finditer(claim.sentence):
                    if found.start() <= at < found.end():
                        whole = re.sub(r"\s", "", found.group()).replace("–", "-").lower()
                        bracketed = _bracketed(claim.sentence, found.start(), found.end())
                        item._score = whole, bracketed
                        return item._score
    return item._score


def _bracketed(sentence: str, start: int, end: int) -> bool:
    """Whether brackets enclose `sentence[start:end]` and nothing else."""
    before, after = sentence[:start].rstrip(), sentence[end:].lstrip()
    return before.endswith(_BRACKETS[0]) and after.startswith(_BRACKETS[1])


def one_record(a: Features, b: Features) -> bool:
    """Both are read from one record or score stated whole (`record`), and their sentences
    name no two sides apart: Temple's "88-72 win over No. 8 Tennessee" is not the Sixers'
    "88-72 loss in Cleveland" of one story (`Claim.holders`)."""
    if not record(a) or record(a) != record(b):
        return False
    first, second = set(a.claim.holders), set(b.claim.holders)
    return not first or not second or bool(first & second)


_COUNTED_WORDS = 3  # "400 Washington Post stories"
# a full stop inside a sentence is an abbreviation's: "32 million U.S. viewers"
_CLAUSE_BREAK = re.compile(r"[,;:!?()\[\]\"“”«»،؛]")


def counted(item: Features) -> frozenset[str]:
    """What a count of no concept counts: the content words among the few right after it, up
    to where its clause breaks ("six turncoat mobsters, and FBI tape recordings", "six former
    mobsters who became"). Empty for a figure of a concept or of another kind, whose noun the
    block's key holds already."""
    if item._counted is None:
        item._counted = frozenset()
        claim = item.claim
        if claim.kind == "count" and item.concept is None:
            sentence = claim.sentence
            end = max(claim.in_sentence, 0) + len(claim.text)
            tail = sentence[end : end + _WINDOW]
            cut = _CLAUSE_BREAK.search(tail)
            words = LETTERS.findall(fold_text(tail[: cut.start()] if cut else tail))
            keys = (content_key(word) for word in words[:_COUNTED_WORDS])
            item._counted = frozenset(
                key for key in keys if key is not None and len(key) >= CONTENT_LETTERS
            )
    return item._counted


def one_counted_noun(a: Features, b: Features) -> frozenset[str]:
    """The nouns two counts of one number, of no concept, name in common right after it: two
    accounts of one count ("400 stories"), however unlike the rest of their sentences."""
    stated = a.claim.value == b.claim.value and "vague" not in (
        a.claim.qualifier,
        b.claim.qualifier,
    )
    # "several other players" / "several former players": a vague amount holds any of a range
    return counted(a) & counted(b) if stated else frozenset()


@cache
def day(iso: str) -> int:
    return dt.date.fromisoformat(iso[:10]).toordinal()


def _weeks_ago_days(rules: RuleSet) -> int:
    """How many days a date counted in weeks back from publication reaches each side (rule
    FC002 `weeks_ago_days`). Read once per run, as the tolerances are: each block asks."""
    cached = rules.cache.get("weeks_ago_days")
    if cached is None:
        cached = max(
            (r.weeks_ago_days for r in rules.of(ComparableRule) if "date" in r.applies_to),
            default=0,
        )
        rules.cache["weeks_ago_days"] = cached
    return int(cached)


@cache
def _week_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's words of a week (relative_dates.yaml `units`) and of "ago"."""
    lexicon = date_lexicon(language)
    weeks = {
        surface
        for form in ("singular", "dual", "plural")
        for surface, unit in lexicon.units(form).items()
        if unit == "week"
    }
    return frozenset(weeks), frozenset(lexicon.ago)


def _in_weeks_ago(text: str, language: str) -> bool:
    """Whether a date's text counts weeks back: "two weeks ago", "قبل أسبوعين"."""
    if not language:
        return False
    weeks, ago = _week_words(language)
    words = set(fold_text(text).split())
    return not words.isdisjoint(weeks) and not words.isdisjoint(ago)


def span_days(span: DateSpan | None) -> Interval | None:
    if span is None:
        return None
    try:
        return Interval(day(span.start), day(span.end))
    except ValueError:
        return None


def canonical_concepts(rules: RuleSet) -> dict[str, str]:
    """Each concept of a `same` group -> the group's first concept."""
    cached = rules.cache.get("concepts")
    if cached is None:
        cached = {
            concept: group[0]
            for rule in rules.of(ConceptsRule)
            for group in rule.same
            for concept in group
        }
        rules.cache["concepts"] = cached
    return cached


def concept_of(claim: Claim, rules: RuleSet) -> str | None:
    _, concept = split_subject(claim.subject)
    if claim.kind == "count" and claim.unit:
        concept = claim.unit
    if concept is None:
        return None
    return canonical_concepts(rules).get(concept, concept)


def features(claims: list[Claim], documents: dict[str, Document], rules: RuleSet) -> list[Features]:
    tolerances = tolerance_rules(rules)
    weeks_ago = _weeks_ago_days(rules)
    published: dict[str, int | None] = {}
    result = []
    for index, claim in enumerate(claims):
        if claim.document not in published:
            document = documents.get(claim.document)
            stamp = document.published if document is not None else None
            try:
                published[claim.document] = day(stamp) if stamp else None
            except ValueError:
                published[claim.document] = None
        owner, _ = split_subject(claim.subject)
        as_of = span_days(claim.as_of)
        stamp_day = published[claim.document]
        explicit = as_of is not None and not (as_of.low == as_of.high == stamp_day)
        if claim.kind == "date":
            language = _language(documents.get(claim.document))
            values = (
                span_days(claim.date) if claim.date is not None else undated_day(claim, language)
            )
            if (
                values is not None
                and weeks_ago
                and values.low > 0
                and _in_weeks_ago(claim.text, language)
            ):
                # "was married two weeks ago" in papers of Monday and Wednesday: a count of
                # weeks back names its day only to within the week around it
                values = Interval(values.low - weeks_ago, values.high + weeks_ago)
        else:
            tolerance = tolerances.get(ORDINALS if claim.ordinal else claim.kind)
            values = interval_of(claim, tolerance)
        role, _, sense = (claim.cue or "").partition(":")
        result.append(
            Features(
                index=index,
                claim=claim,
                concept=concept_of(claim, rules),
                owner=owner,
                location=claim.location,
                values=values,
                as_of=as_of,
                as_of_explicit=explicit,
                published=stamp_day,
                cue_role=role or None,
                cue_sense=sense or None,
                sentence=(claim.document, claim.sentence),
                scope=claim.scope,
                of_group=claim.kind == "count"
                and names_its_group(claim.text, _language(documents.get(claim.document))),
                stated_location=None if claim.location_from_title else claim.location,
                document=documents.get(claim.document),
            )
        )
    return _listed_parts(result)


def _language(document: Document | None) -> str:
    return (document.language or "") if document is not None else ""


# What a claim's own sentence tells, each worked out lazily: the same whichever block the
# claim is aligned in. Every private field of Features but those that hold what it shares with
# the claims of one block, by their index there.
_READ_FROM_SENTENCE = tuple(
    field.name
    for field in fields(Features)
    if field.name.startswith("_") and field.name != "_scores"
)


def reuse_reading(items: list[Features], read: dict[str, Features]) -> None:
    """Gives each item what `read` (claim id -> its features in an earlier pass over the same
    claims) already worked out of its sentence, and records the items there: a block of counts
    of several concepts aligns most of its claims twice (engine._across_concepts), and reading
    their windows again cost a third of that second pass."""
    for item in items:
        done = read.get(item.claim.id)
        if done is None:
            read[item.claim.id] = item
            continue
        for name in _READ_FROM_SENTENCE:
            setattr(item, name, getattr(done, name))


def _others_than_another_toll(item: Features) -> bool:
    """Others than the dead, all the injured ("قتل 24 شخصا وأصيب 55 آخرون", "مقتل خمسة وإصابة
    16 آخرين"), when the figure's own cue (of its concept) is right before it and a cue of
    another toll comes before that in the sentence. Not "وقتل ثلاثة أشخاص آخرين"
    (three dead more than some told before), nor "خمسة مصابين ما زالوا" (those still in
    hospital)."""
    sentence = item.claim.sentence
    at = item.claim.in_sentence
    if at <= 0 or item.concept is None:
        return False
    cues = _cue_words(item.language)
    words = [content_key(word) for word in LETTERS.findall(fold_text(sentence[:at]))]
    own = f"cue:{item.concept}"
    if not words or cues.get(words[-1] or "") != own:
        return False
    return any(cues.get(word or "", own) != own for word in words[:-1])


# Claim.scope values that alignment reads (extract/context.py sets them from lexicons/*/scopes.yaml)
PART, REMAINDER = "part", "remainder"


def _listed_parts(items: list[Features]) -> list[Features]:
    """Counts of one concept listed in one sentence are parts of a whole: "seized seven AK-47
    assault rifles, two other rifles" (neither is the "Nine assault rifles" another article
    counts). A figure stated before the first one marked as a part is the whole ("more than
    230,000 people, over 170,000 of them"; but "including seven AK-47 assault rifles, three
    machine guns" lists parts). A block holds one concept, so its claims of one sentence are
    the list.

    A part marker refers back to a whole: where the article states no figure of the block's
    concept before it, that whole counts something else ("بلغ 1078 توفي منهم 472 حالة": 472
    dead of 1078 infected), and the figure is the whole of its own concept (the toll); not
    where the count names its group after the marker ("at least 25 of the injured")."""
    by_sentence: dict[tuple[str, str], list[Features]] = {}
    first: dict[str, int] = {}  # article -> where its first figure of the block starts
    for item in items:
        if item.claim.kind == "count" and item.concept is not None and item.values is not None:
            by_sentence.setdefault(item.sentence, []).append(item)
            start = first.get(item.claim.document)
            if start is None or item.claim.start < start:
                first[item.claim.document] = item.claim.start
    for item in items:
        whole = (
            item.scope == PART
            and not item.of_group
            and first.get(item.claim.document) == item.claim.start
        )
        if whole or (item.scope == REMAINDER and _others_than_another_toll(item)):
            item.scope = None
    for listed in by_sentence.values():
        if len({item.claim.value for item in listed}) < 2:
            continue
        marked = [item.claim.start for item in listed if item.scope == PART]
        first_part = min(marked, default=-1)
        for item in listed:
            if item.scope is None and item.cue_role is None and item.claim.start > first_part:
                item.scope = PART
    return items
