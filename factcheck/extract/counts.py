"""What a count counts, and which numbers count nothing.

The noun after a number, or the one that governs it ("the death toll rose to 45"), the cue near
it that makes people dead or injured, and what befell a side's people ("Two officers suffered
minor injuries", not those who "shot and killed"); numbers that are labels, not amounts
("room 12", "called 911"), and parts of a group told before, which are figures ("eight of the
Bluejays' 11 assists") where the number alone is none."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from factcheck.extract.addresses import street_number
from factcheck.extract.changes import reached_by_change
from factcheck.extract.holders import holder_lexicon
from factcheck.extract.model_names import model_number_end
from factcheck.extract.number_words import conjunctions, number_words
from factcheck.extract.units import generic_concepts, unit_matcher
from factcheck.lang.clitics import DEFINITE, stopwords
from factcheck.lang.lexicon import folded_list, folded_words, load
from factcheck.lang.normalize import fold_text, fold_word
from factcheck.lang.phrases import (
    PhraseMatch,
    back_spaces,
    phrase_matcher,
    skip_spaces,
    word_before,
    word_start,
)
from factcheck.lang.tokens import COMMAS, QUOTES, WORD

_CLAUSE_ENDS = "." + COMMAS + ';؛:!?؟\n()"«»'
_BETWEEN_CUE = ' "«»“”'
_CUE_GAP = 3  # characters of spaces and quote marks between a cue and its number
_CLOSING_QUOTES = "".join(QUOTES.values())
_BRACKET_CLOSED = re.compile(r" ?\)")
_OPENING = '([«"“'  # between a label and its number: "بالرمز (22)"
# ...but a bracket that holds a pair of sides is a record, whatever word it follows
_BRACKETED_RECORD = re.compile(r"\d{1,3} ?- ?\d{1,3} ?\)")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_NOUN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W_]+)*")  # "rifles", "full-time", "AK-47"
# a measure hyphened to its noun as an adjective, wire text's spaces or not: "10-year", "100 -
# catch"
_MEASURE_ADJECTIVE = re.compile(r"\d[\d,.]*(?: - |-)[^\W\d_]+(?= )")
# ...and as wire text spaces the hyphen, in a language whose adjectives come before the noun:
# "six big - league seasons", "three late - season games"
_SPACED_NOUN_WORD = re.compile(r"[^\W\d_]+(?:(?:-| - )[^\W_]+)*")
_WINDOW = 60  # characters looked at before a number for the noun that governs it
# ...and before the level a change verb reached, whose subject may stand further back
_SUBJECT_WINDOW = 150
_CUE_REACH = 40  # characters after a figure looked at for its cue
_INSERTION = 80  # characters a part put between commas may span ("including three civilians ...")


def label_before(text: str, start: int, language: str) -> bool:
    """ "القرار 2254", "Article 51", "بالرمز (22)": the number names something, also in brackets
    ("الاتصال على الرقم (922)": a hotline, which another outlet prints as 992)."""
    end = back_spaces(text, start)
    if end and text[end - 1] in _OPENING:
        if _BRACKETED_RECORD.match(text, start) and record_before(text, start, language):
            return False  # "Del Rio's initial season (5-11) in 2003": a won-lost record
        end = back_spaces(text, end - 1)
    return phrase_matcher(language, "counts", "label_before").ending_at(text, end) is not None


def record_before(text: str, start: int, language: str) -> bool:
    """Whether the words right before `start` open a won-lost record (scores.yaml `record`
    `before`): "fell to 2-6", "The Jaguars (5-10)", "Del Rio's initial season (5-11)"."""
    before = phrase_matcher(language, "scores", "record").ending_at(text, back_spaces(text, start))
    return before is not None and before.key == "before"


_NUMBER_BEFORE = re.compile(r"(\d+)\s*$")
_LIST_REACH = 12  # characters back to the number a glued "و" joins this one to


def listed_after_label(text: str, start: int, clitic: str, language: str) -> bool:
    """ "في الدقيقتين 43 و57": a number joined by a conjunction to a number that names
    something names the same kind of thing."""
    joins = cue_conjunctions(language)
    if not clitic and start > 1 and text[start - 1] in joins and text[start - 2] == " ":
        clitic, start = text[start - 1], start - 1  # digits glued to "و": "و57"
    if not clitic or clitic not in joins:
        return False
    before = _NUMBER_BEFORE.search(text, max(0, start - _LIST_REACH), start)
    if before is None:
        return False
    return label_before(text, before.start(1), language) or after_definite_word(
        text, before.start(1), language
    )


def after_definite_word(text: str, start: int, language: str) -> bool:
    """ "القاعدة الجوية 201", "اللواء 93": a bare number right after a definite word names the
    thing; an amount would come before its noun ("201 قاعدة"). Only where a prefix marks a word
    definite (counts.yaml `not_noun_prefixes`)."""
    prefixes = definite_prefixes(language)
    if not prefixes:
        return False
    end = back_spaces(text, start)
    word = word_start(text, end)
    return (
        end - word > 3
        and text.startswith(prefixes, word)
        and text[word:end] not in _definite_adverbs(language)
    )


@cache
def _definite_adverbs(language: str) -> frozenset[str]:
    """Definite words that name no thing (counts.yaml `definite_adverbs`): "ارتفع مؤشر سوق
    الأسهم اليوم 44.53 نقطة" measures, it names no day."""
    return folded_words(language, "counts", "definite_adverbs")


def counts_after_definite_plural(text: str, article: int, language: str) -> bool:
    """ "جميع المفاعلات النووية الـ48": a number with the article glued counts the definite
    plural before it (and its definite adjectives), where elsewhere it is an ordinal ("القرن
    الـ21"); counts.yaml `definite_cardinal`. `article` is where the article starts."""
    rules = load(language, "counts").get("definite_cardinal")
    if not rules or article < 1 or text[article - 1] != " ":
        return False
    endings = folded_list(language, "counts", "definite_cardinal", "plural_endings")
    plurals = folded_words(language, "counts", "definite_cardinal", "plurals")
    refused = folded_words(language, "counts", "definite_cardinal", "not")
    prefixes = definite_prefixes(language)
    words = text[max(0, article - _DEFINITE_REACH) : article].split()
    adjectives = folded_list(language, "counts", "definite_cardinal", "adjective_endings")
    for word in reversed(words[-(rules["adjectives"] + 1) :]):
        if not word.startswith(prefixes) or word in refused:
            return False
        if word in plurals or word.endswith(endings):
            return _listed_next(language).match(text, article) is None
        if not word.endswith(adjectives):
            return False
    return False


@cache
def _listed_next(language: str) -> re.Pattern[str]:
    """ "التقريرين السنويين الـ50 و51" (snn-2015-08-11-0366): the number after the article and
    another joined to it (numbers.yaml `conjunctions`), two labels."""
    joins = "|".join(map(re.escape, conjunctions(language)))
    return re.compile(rf"{DEFINITE}\d+(?:[.,]\d+)? ?(?:{joins}) ?\d")


# characters back from the article to the plural and its adjective
_DEFINITE_REACH = 40


def after_count_marker(text: str, start: int, language: str) -> bool:
    """ "لتدريب عدد 1600 من التمريض": a word right before the number says it counts
    (counts.yaml `count_markers`), so it is no year."""
    return word_before(text, start) in folded_words(language, "counts", "count_markers")


@cache
def definite_prefixes(language: str) -> tuple[str, ...]:
    """What a definite word starts with ("ال"), which a counted noun never is."""
    return folded_list(language, "counts", "not_noun_prefixes")


def label_after(text: str, end: int, language: str) -> bool:
    """ "11 عاما", "5 pm", "2015م": a duration, a time or a year, not an amount; nor a house's
    number ("2088 Philip Street")."""
    return label_hit_after(text, end, language) is not None or street_number(text, end, language)


def label_hit_after(text: str, end: int, language: str) -> PhraseMatch | None:
    """The label of label_after, where it is and with its clitics."""
    while end < len(text) and text[end] in " -":  # "118-year-old"
        end += 1
    return phrase_matcher(language, "counts", "label_after").at(text, end)


@cache
def set_apart(language: str) -> frozenset[str]:
    """Words between a number and the noun it counts that set that noun apart from others, and
    adverbs of degree before an adjective of it: both stand there as an adjective does."""
    return folded_words(language, "counts", "set_apart") | folded_words(
        language, "counts", "degree_adverbs"
    )


def after_determiner(text: str, pos: int, language: str) -> int | None:
    """Where the word after a determiner at `pos` starts (counts.yaml `determiners`): after a
    bridge, it makes the noun a part of a group named before ("four of its security
    updates"), as Arabic's definite article does ("أربعة من قادة الحزب")."""
    word = _NOUN_WORD.match(text, pos)
    if word is None or word.group() not in folded_words(language, "counts", "determiners"):
        return None
    return skip_spaces(text, word.end())


def names_its_group(text: str, language: str) -> bool:
    """Whether a count's text names the group it is a part of, a bridge and a determiner after
    its number: "at least 25 of the injured", "Six of his points" (its unit is the group's)."""
    determiners = folded_words(language, "counts", "determiners")
    if not determiners:
        return False  # a language that marks a part otherwise (Arabic "من المصابين")
    words = fold_text(text).split()
    return any(
        word in bridges(language) and after in determiners for word, after in pairwise(words)
    )


@cache
def _not_nouns(language: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    lexicon = load(language, "counts")
    if "not_nouns" not in lexicon:
        return None
    words = stopwords(language) | folded_words(language, "counts", "not_nouns")
    return words, definite_prefixes(language)


def of_them(text: str, end: int, language: str) -> str | None:
    """What the number ending at `end` counts when it is a part of a group named before it and
    its noun follows a bridge: "خمسة منهم من رجال الأمن" counts police (counts.yaml `of_them`).
    None without such a noun: "ثلاثة منهم إصاباتهم بالغة" may be any three of a story's dead
    and injured."""
    bracket = _BRACKET_CLOSED.match(text, end)  # "(5) منهم من رجال الأمن"
    after = _NOUN_WORD.match(text, skip_spaces(text, bracket.end() if bracket else end))
    if after is None or after.group() not in _of_them(language):
        return None
    pos = skip_spaces(text, after.end())
    bridge = next((b for b in bridges(language) if text.startswith(f"{b} ", pos)), None)
    if bridge is None:
        return None
    noun = unit_matcher(language).at(text, skip_spaces(text, pos + len(bridge)))
    return noun.key[1] if noun is not None and noun.key[0] == "count" else None


@cache
def _of_them(language: str) -> frozenset[str]:
    return folded_words(language, "counts", "of_them")


@dataclass(frozen=True)
class _Plurals:
    suffixes: tuple[str, ...]  # how a plural noun ends
    not_suffixes: tuple[str, ...]  # how a word ending so may still be singular
    words: frozenset[str]  # irregular plurals
    # irregular plurals that end compounds ("firemen", "grandchildren"), and the singular
    # nouns that end so ("specimen")
    compounded: tuple[str, ...]
    not_compounds: frozenset[str]
    singulars: dict[str, str]  # an irregular plural's singular -> the plural ("man": "men")


@cache
def _plurals(language: str) -> _Plurals | None:
    rules = load(language, "counts").get("plural")
    if rules is None:
        return None
    return _Plurals(
        tuple(rules["suffixes"]),
        tuple(rules.get("not_suffixes") or ()),
        frozenset(rules.get("words") or ()),
        tuple(rules.get("compounded") or ()),
        frozenset(rules.get("not_compounds") or ()),
        dict(rules.get("singulars") or {}),
    )


@cache
def singular_nouns(language: str) -> frozenset[str]:
    """The counted nouns whose plural the concept lexicon also lists ("attack", "attacks"), in
    a language that marks plurals by their ending: after a number other than one such a noun
    names a kind, it counts nothing ("the Jan. 6 Attack", "5 attack helicopters")."""
    rules = _plurals(language)
    if rules is None:
        return frozenset()
    forms = {fold_word(s) for surfaces in load(language, "concepts").values() for s in surfaces}
    return frozenset(
        f
        for f in forms
        if any(f + suffix in forms for suffix in rules.suffixes) or rules.singulars.get(f) in forms
    )


def _plural(word: str, rules: _Plurals) -> bool:
    if word in rules.words:
        return True
    if word.endswith(rules.suffixes) and not word.endswith(rules.not_suffixes):
        return True
    return word.endswith(rules.compounded) and word not in rules.not_compounds


def _before_noun(text: str, end: int, language: str) -> int:
    """Where the space before the noun a number counts is, or -1 where no noun can follow."""
    if end < len(text) and text[end] in _CLOSING_QUOTES:
        end += 1  # "بـ «4» رصاصات"
    bracket = _BRACKET_CLOSED.match(text, end)
    if bracket is not None:
        end = bracket.end()  # "تخصيص ( 8 ) دوائر انتخابية": a release sets its figures apart
    if end >= len(text) or text[end] != " " or label_after(text, end, language):
        return -1
    # "مائة وخمسة وخمسة ...": a number word is not what the number counts
    if number_words(language).matcher.at(text, end + 1) is not None:
        return -1
    return end


def counted_noun_after(text: str, end: int, language: str) -> bool:
    """ "7 ناشطين", "خمسة محاور", "five armed men": a small number followed by the noun it
    counts (in a language that marks plurals by their ending, a plural after at most
    `adjectives_before_noun` adjectives), also after a bridge, where the noun may be definite
    ("أربعة من قادة الحزب", "four of the leaders")."""
    rules = _not_nouns(language)
    end = _before_noun(text, end, language)
    if rules is None or end < 0:
        return False
    words, prefixes = rules
    if of_them(text, end, language) is not None:
        return True  # "خمسة منهم من رجال الأمن": a part of a group counted before
    plurals = _plurals(language)
    bridge = next((b for b in bridges(language) if text.startswith(f" {b} ", end)), None)
    if bridge is not None:
        end = end + len(bridge) + 1
        noun = after_determiner(text, end + 1, language)
        if noun is not None:
            end = noun - 1  # "four of its security updates", "two of the girls"
        elif not _definite_or_construct(text, end + 1, prefixes):
            return False  # "آيفون 6 من آبل": a name after the bridge counts nothing
        prefixes = ()
    pos = end
    for _ in range(adjectives_before_noun(language) + 1):
        if pos >= len(text) or text[pos] != " ":
            return False
        measure = _MEASURE_ADJECTIVE.match(text, pos + 1)
        if measure is not None:
            # "three 10 - year sentences", "four 100 - catch seasons" (ECB+ 3_2ecbplus,
            # 29_1ecbplus): the count is of the noun after the measure
            pos = measure.end()
            continue
        found = _NOUN_WORD.match(text, pos + 1)
        if found is None:
            return False
        word = found.group().lower()
        if word in set_apart(language):
            pos = found.end()
            continue
        if len(word) < 3 or word in words or word.startswith(prefixes):
            return False
        if plurals is None or _plural(word, plurals):
            return True
        if word in not_adjectives(language):
            return False
        # "six big - league seasons": an adjective hyphened as wire text spaces it is one word,
        # where the language puts adjectives before the noun; not "two friends - one a fellow
        # gang member", whose noun came first; and a model's name with its number is one:
        # "three USB 2.0 ports" (ECB+ 40_4ecb)
        pos = _SPACED_NOUN_WORD.match(text, pos + 1).end()  # type: ignore[union-attr]
        pos = model_number_end(text, word, pos + 1, language) - 1
    return False


def _definite_or_construct(text: str, pos: int, definite: tuple[str, ...]) -> bool:
    """Whether the noun at `pos` is definite ("من القادة") or in construct with a definite
    word ("من قادة الحزب"): a part of a group, which a bridge's number counts."""
    noun = _NOUN_WORD.match(text, pos)
    if noun is None or not definite:
        return False
    if noun.group().startswith(definite):
        return True
    after = _NOUN_WORD.match(text, noun.end() + 1)
    return (
        text[noun.end() : noun.end() + 1] == " "
        and after is not None
        and (after.group().startswith(definite))
    )


@dataclass(frozen=True)
class _Accusative:
    low: int
    high: int
    endings: tuple[str, ...]  # how the accusative singular ends
    # a feminine ending is the pronoun's once folded ("مواقعه"): no such word may carry one
    # of `clitics`
    feminine: str
    clitics: tuple[str, ...]


@cache
def _accusative(language: str) -> _Accusative | None:
    rule = load(language, "counts").get("accusative_count")
    if not rule:
        return None
    feminine = rule.get("feminine") or {}
    return _Accusative(
        int(rule["low"]),
        int(rule["high"]),
        tuple(map(fold_word, rule["endings"])),
        fold_word(feminine.get("ending", "")),
        tuple(map(fold_word, feminine.get("not_after_clitics") or ())),
    )


def accusative_noun_after(text: str, end: int, value: float, language: str) -> bool:
    """ "24 لاعبا", "42 فعالية": a number whose last two digits govern the accusative singular,
    followed by such a noun (counts.yaml `accusative_count`)."""
    rule = _accusative(language)
    if rule is None or not float(value).is_integer() or not rule.low <= value % 100 <= rule.high:
        return False
    word = _NOUN_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if word is None or not word.group().endswith(rule.endings):
        return False
    noun = word.group()
    if rule.feminine and noun.endswith(rule.feminine) and noun.startswith(rule.clitics):
        return False
    return counted_noun_after(text, end, language)


@cache
def _genitive_from(language: str) -> int | None:
    rule = load(language, "counts").get("genitive_count")
    return int(rule["from"]) if rule else None


def genitive_noun_after(text: str, end: int, value: float, language: str) -> bool:
    """ "عدد الركاب 180 ألف راكب", "وافقت اللجنة على 6000 مراقب": from a hundred up a number
    counts the singular noun right after it (counts.yaml `genitive_count`), and so does a
    number with a fraction at any size ("وصعد مؤشر داو جونز الصناعي 92.93 نقطة"; a label's
    number is whole), so it is an amount even after a definite word, where a bare number names
    a thing ("اللواء 93")."""
    low = _genitive_from(language)
    rules = _not_nouns(language)
    if low is None or rules is None or (value < low and float(value).is_integer()):
        return False
    if text[end : end + 1] != " ":
        return False  # '"البقرة 114" مؤكداً': a quote closed after the number ends the phrase
    end = _before_noun(text, end, language)
    found = _NOUN_WORD.match(text, end + 1) if end >= 0 else None
    if found is None:
        return False
    word = found.group()
    words, prefixes = rules
    return len(word) >= 3 and word not in words and not word.startswith(prefixes)


@cache
def hyphen_compounds(language: str) -> bool:
    """Whether a number joined by a hyphen to a noun counts it ("a five-member team")."""
    return "-" in (load(language, "counts").get("compound_joins") or ())


def margin_after(text: str, pos: int, language: str) -> bool:
    """Whether the word of a compound at `pos` ("seat" of "one-seat") is followed by a margin
    it measures ("majority", "lead": counts.yaml `margins`)."""
    noun = _NOUN_WORD.match(text, skip_spaces(text, pos))
    if noun is None:
        return False
    after = _NOUN_WORD.match(text, skip_spaces(text, noun.end()))
    return after is not None and after.group() in _margins(language)


@cache
def _margins(language: str) -> frozenset[str]:
    return folded_words(language, "counts", "margins")


@cache
def adjectives_before_noun(language: str) -> int:
    """How many words (adjectives) may stand between a number and the noun it counts."""
    return int(load(language, "counts").get("adjectives_before_noun", 0))


@cache
def not_adjectives(language: str) -> frozenset[str]:
    """Words that end the run of adjectives before a counted noun ("in", "the"...), the words
    that deny a cue among them: "two nearly killed" counts no deaths."""
    return cue_deniers(language) | folded_words(language, "counts", "not_adjectives")


@cache
def cue_deniers(language: str) -> frozenset[str]:
    """The folded words that deny the cue right after them ("nearly killed")."""
    return folded_words(language, "counts", "cue_deniers")


def one_of(word: str, language: str) -> bool:
    """Whether a number word is "one of" before any noun (counts.yaml `one_of`)."""
    return word in _one_of(language)


@cache
def _one_of(language: str) -> frozenset[str]:
    return folded_words(language, "counts", "one_of")


@cache
def hotlines(language: str) -> frozenset[str]:
    """Short phone numbers that a bare number of these digits is (counts.yaml `hotlines`)."""
    return frozenset(str(number) for number in load(language, "counts").get("hotlines") or ())


@cache
def bridges(language: str) -> tuple[str, ...]:
    return folded_list(language, "counts", "bridges")


def _clause_start(text: str, start: int, window: int = _WINDOW) -> int:
    begin = max(0, start - window)
    for index in range(start - 1, begin - 1, -1):
        if text[index] in _CLAUSE_ENDS and not _decimal_point(text, index, window):
            return index + 1
    return begin


def _decimal_point(text: str, index: int, window: int) -> bool:
    """A point between digits ("magnitude 6.1") ends no clause for the subject of a change,
    read further back than `_WINDOW`."""
    return window > _WINDOW and text[index] == "." and _separates_digits(text, index)


def governing_concept(text: str, start: int, language: str) -> str | None:
    """The concept of "عدد القتلى إلى 15", "the number of refugees rose to 20,000"."""
    begin = _clause_start(text, start)
    governors = phrase_matcher(language, "counts", "governors").finditer(text[begin:start])
    if not governors and reached_by_change(text, start, language):
        begin = _clause_start(text, start, _SUBJECT_WINDOW)
        governors = phrase_matcher(language, "counts", "governors").finditer(text[begin:start])
    if not governors:
        return None
    governor = governors[-1]
    after = skip_spaces(text, begin + governor.end, start - begin - governor.end)
    hit = unit_matcher(language).at(text, after)
    if hit is None or hit.key[0] != "count":
        # "the death toll rose to 45": the noun before the governor says what it counts; with
        # none but an article, the governor itself may ("Earlier reports had put the toll at
        # 12"; not "the injury toll")
        end = back_spaces(text, begin + governor.start)
        before = unit_matcher(language).ending_at(text, end)
        if before is not None and before.key[0] == "count":
            return before.key[1]
        if text[max(0, end - _WINDOW) : end].rsplit(" ", 1)[-1] not in stopwords(language):
            return None
        return _counted_by(language).get(text[begin + governor.start : begin + governor.end])
    # "عدد القتلى بلغ 26 شخصا والمصابين 28": the noun right before the figure is nearer
    nearer = unit_matcher(language).ending_at(text, back_spaces(text, start))
    if nearer is not None and nearer.start > hit.start and nearer.key[0] == "count":
        return nearer.key[1]
    return hit.key[1]


@cache
def _counted_by(language: str) -> dict[str, str]:
    """Governors that say what they count when no noun does (counts.yaml `counted_by`)."""
    senses = load(language, "counts").get("counted_by") or {}
    return {fold_word(word): concept for concept, words in senses.items() for word in words}


# Words between a governor and the number it governs: "عدد القنابل البرميلية 144".
_GOVERNED_WORDS = 3


def governed(text: str, start: int, language: str) -> bool:
    """Whether a governor ("عدد") stands before the number at `start` with at most three
    definite words between them, what it counts ("عدد من جنود اللواء 93" names a brigade), or
    a verb of reaching with its subject between, a noun and its definite complement ("بلغت حركة
    المسافرين ٨٠.٩٥٨", "حتى يبلغ العدد 56.100": the level the subject reached)."""
    begin = _clause_start(text, start)
    definite = definite_prefixes(language)
    governors = phrase_matcher(language, "counts", "governors").finditer(text[begin:start])
    if governors:
        between = text[begin + governors[-1].end : start].split()
        if 0 < len(between) <= _GOVERNED_WORDS and all(w.startswith(definite) for w in between):
            return True
    verbs = phrase_matcher(language, "counts", "reaching_verbs").finditer(text[begin:start])
    if not verbs:
        return False
    subject = text[begin + verbs[-1].end : start].split()
    return (
        0 < len(subject) <= _GOVERNED_WORDS
        and subject[0] not in stopwords(language)  # "يبلغ من العمر 9": an age
        and all(word.startswith(definite) for word in subject[1:])
    )


def cue_right_before(text: str, start: int, language: str) -> str | None:
    """ "مقتل 3 في اشتباكات", "وإصابة 250", "«استشهاد» 15", "مقتل20": a bare number right
    after a death or injury cue (quoted, or glued to it) counts the dead or the injured; so
    does one right after a cue that is a noun elsewhere ("أسر 2": two captured; counts.yaml
    `bare_cues`)."""
    end = start
    while end > 0 and start - end < _CUE_GAP and text[end - 1] in _BETWEEN_CUE:
        end -= 1
    hit = phrase_matcher(language, "death_cues").ending_at(text, end) or phrase_matcher(
        language, "counts", "bare_cues"
    ).ending_at(text, end)
    if hit is None or hit.key in folded_words(language, "counts", "cues_after_only"):
        return None
    return str(hit.key)


def cue_right_after(text: str, end: int, language: str) -> str | None:
    """ "46 were arrested", "12 died": a bare number right before a death or arrest cue, or
    before one of the language's links to it (counts.yaml `links_before_cue`), counts what the
    cue says; in a language that has no such links the cue is the next figure's."""
    if not load(language, "counts").get("links_before_cue"):
        return None  # the verb comes first: "بلغ 1078 توفي منهم 472 حالة"
    pos = skip_spaces(text, end, _CUE_GAP)
    link = phrase_matcher(language, "counts", "links_before_cue").at(text, pos)
    if link is not None:
        pos = skip_spaces(text, link.end, _CUE_GAP)
        # "12 were confirmed dead", "two were later found dead" (counts.yaml `after_link`)
        between = phrase_matcher(language, "counts", "after_link")
        for _ in range(_AFTER_LINK):
            word = between.at(text, pos)
            if word is None:
                break
            pos = skip_spaces(text, word.end, _CUE_GAP)
    hit = phrase_matcher(language, "death_cues").at(text, pos)
    return None if hit is None else hit.key


_AFTER_LINK = 2  # words between a link and its cue: "were later found dead"


_FIGURE = re.compile(r"\d[\d,.]*")


def partitive_concept(text: str, end: int, language: str) -> str | None:
    """ "30 of the 80 wounded", "10 of the Saints' 16 games": a part of a counted figure counts
    what the figure counts. Only after a partitive (counts.yaml `partitives`): "three of his
    four touchdowns" in a story of one player's season is as often of another stretch than the
    four's, "four of its last five games" another team's."""
    partitive = phrase_matcher(language, "counts", "partitives").at(text, skip_spaces(text, end))
    if partitive is None:
        return None
    pos = skip_spaces(text, partitive.end)
    possessive_word = holder_lexicon(language).possessive_word
    possessive = possessive_word.match(text, pos) if possessive_word is not None else None
    if possessive is not None:
        pos = skip_spaces(text, possessive.end())
    digits = _FIGURE.match(text, pos)
    word = None if digits else number_words(language).matcher.at(text, pos)
    if digits is None and word is None:
        return None
    stop = digits.end() if digits else word.end  # type: ignore[union-attr]
    hit = unit_matcher(language).at(text, skip_spaces(text, stop))
    return hit.key[1] if hit is not None and hit.key[0] == "count" else None


def part_of_group(text: str, end: int, language: str) -> bool:
    """ "1 of 13 passes", "three of the seven bullets", "two of which have collapsed", "All
    seven of those", "two of them managed to escape": a number before a bridge and a figure or
    a word that names a group told before (counts.yaml `part_of`, `part_of_subjects`) is a part
    of that group, a figure a reader can check, where the number alone ("5", "two") counts
    nothing. Not "Six of his points": a part of no figure stated, as often of a player's as of a
    team's."""
    start = _group_start(text, end, language)
    if start is None:
        return False
    pronoun = phrase_matcher(language, "counts", "part_of").at(text, start)
    return (
        pronoun is not None
        or _group_figure(text, start, language) is not None
        or _subject_part(text, start, language)
    )


def _subject_part(text: str, start: int, language: str) -> bool:
    """ "two of them managed to escape": a pronoun of counts.yaml `part_of_subjects` at `start`
    and a word after it that goes on with the clause (none of `part_of_ends`)."""
    pronoun = phrase_matcher(language, "counts", "part_of_subjects").at(text, start)
    if pronoun is None:
        return False
    after = (
        _NOUN_WORD.match(text, pronoun.end + 1)
        if text[pronoun.end : pronoun.end + 1] == " "
        else None
    )
    ends = phrase_matcher(language, "counts", "part_of_ends")
    return after is not None and ends.at(text, after.start()) is None


_JOINED_WORD = " -"  # "3 - of - 4": a word joined to a number by hyphens, as wire text spaces them


def _group_start(text: str, end: int, language: str) -> int | None:
    """Where the words after a number and its bridge start ("of the seven bullets")."""
    pos = end
    while pos < len(text) and text[pos] in _JOINED_WORD:
        pos += 1
    bridge = next((b for b in bridges(language) if text.startswith(b, pos)), None)
    after = pos + len(bridge) if bridge is not None else pos
    if bridge is None or pos == end or text[after : after + 1] not in tuple(_JOINED_WORD):
        return None
    while after < len(text) and text[after] in _JOINED_WORD:
        after += 1
    return after


_GROUP_WORDS = 3  # words read after a bridge for the figure of the group ("the Bluejays' 11")


def _group_figure(text: str, pos: int, language: str) -> int | None:
    """The end of the figure of the group whose words start at `pos` (`_group_start`), past
    the words that determine it (`group_determiners`: "the", "his") and a possessive name."""
    determiners = phrase_matcher(language, "counts", "group_determiners")
    possessive_word = holder_lexicon(language).possessive_word
    for _ in range(_GROUP_WORDS):
        figure = _FIGURE.match(text, pos)
        if figure is not None:
            return figure.end()
        word = number_words(language).matcher.at(text, pos)
        if word is not None:
            return word.end
        determiner = determiners.at(text, pos)
        possessive = possessive_word.match(text, pos) if possessive_word is not None else None
        if determiner is not None:
            pos = skip_spaces(text, determiner.end)
        elif possessive is not None:
            pos = skip_spaces(text, possessive.end())
        else:
            return None
    return None


def refine_generic(concept: str, text: str, start: int, end: int, language: str) -> str:
    """People who were killed or injured are counted as deaths or injured."""
    generic = generic_concepts()
    if concept not in generic:
        return concept
    senses = generic[concept]
    governed = governing_concept(text, start, language)
    if governed is not None and governed not in generic:
        # "عدد الجرحى يقدر بتسعة عشر ألف شخص": the injured, counted as people; "عدد الإصابات
        # ... 1071 حالة توفي منها 471": cases, which give way to no injury
        return governed if senses is None or governed in senses else concept
    nearest = _nearest_cue(text, start, end, language, senses)
    return concept if nearest is None else nearest.key


def toll_of(concept: str | None, text: str, start: int, end: int, language: str) -> str | None:
    """What befell the counted of a concept that says it not ("Two officers suffered minor
    injuries": injured), by the cue that would make a count of people deaths or injured; or
    `AGENT` where the count does it to someone ("Two plainclothes NYPD officers shot and
    killed a 16 - year - old"): two such counts are of two groups, never one figure."""
    if concept is None or concept in generic_concepts():
        return None  # its unit says it: deaths, injured
    if _done_to_someone(text, end, language):
        return AGENT
    nearest = _nearest_cue(text, start, end, language, None)
    return None if nearest is None else str(nearest.key)


AGENT = "agent"


def _done_to_someone(text: str, end: int, language: str) -> bool:
    """The count is the subject of a verb of harm in the active voice: one of counts.yaml
    `agent` `verbs` right after it, maybe joined to another by a conjunction, then one of
    `objects` or a number ("shot and killed a 16 - year - old"; not "were killed", "shot")."""
    verbs = folded_words(language, "counts", "agent", "verbs")
    if not verbs:
        return False
    conjunctions = cue_conjunctions(language)
    at, verb_seen = skip_spaces(text, end), False
    for _ in range(_AGENT_WORDS):
        word = _NOUN_WORD.match(text, at)
        if word is None:
            return False
        if word.group() in verbs:
            verb_seen = True
        elif not (verb_seen and word.group() in conjunctions):
            return verb_seen and (
                word.group() in folded_words(language, "counts", "agent", "objects")
                or number_words(language).starts_a_number(text, at)
            )
        at = skip_spaces(text, word.end())
    return False


_AGENT_WORDS = 4  # "shot and killed a": two verbs, their conjunction and the object


def _nearest_cue(
    text: str, start: int, end: int, language: str, senses: frozenset[str] | None
) -> PhraseMatch | None:
    """The death, injury or other cue of the count at text[start:end], of its own clause and
    the nearest (`senses`: only these): "مقتل 15 شخصا وإصابة 20 آخرين" counts 15 deaths and 20
    injured."""
    begin = _clause_start(text, start)
    stop = _clause_end(text, end)
    inserted = (stop, stop)
    after = skip_spaces(text, stop + 1)
    if text[stop : stop + 1] in COMMAS and phrase_matcher(language, "counts", "insertions").at(
        text, after
    ):
        closing = _clause_end(text, after, _INSERTION)
        if text[closing : closing + 1] in COMMAS:
            inserted, stop = (stop, closing), _clause_end(text, closing + 1)
    clause = text[begin:stop]
    number = (start - begin, end - begin)
    inserted = (inserted[0] - begin, inserted[1] - begin)
    # a cue after the figure that a conjunction opens starts another clause, with its own
    # figure: "استشهد عشرة ... وثلاثة آخرون وأصيب تسعة آخرين" (the three died too)
    after_only = folded_words(language, "counts", "cues_after_only")
    cues = [
        hit
        for hit in phrase_matcher(language, "death_cues").finditer(clause)
        if (senses is None or hit.key in senses)
        and not inserted[0] <= hit.start < inserted[1]
        and not (hit.key in after_only and hit.start < number[0])
    ]
    # nearest first, and the costlier tests of a cue asked only until one passes them (a text
    # dense in counts and cues, "قُتِلَ ٣ جُنُودٍ" over and over, has a dozen cues in a clause)
    for hit in sorted(cues, key=lambda hit: max(number[0] - hit.end, hit.start - number[1], 0)):
        if (
            (hit.start < number[1] or not _conjoined(clause, hit, language))
            and (hit.end > number[0] or not _next_clause(clause, hit.end, number[0], language))
            and not _denied(clause, hit, language)
        ):
            return PhraseMatch(hit.start + begin, hit.end + begin, hit.key, hit.stem + begin)
    return None


def _denied(text: str, hit: PhraseMatch, language: str) -> bool:
    """Whether the word right before a cue denies it: "two people were nearly killed"."""
    before = _LAST_WORD.search(text, 0, back_spaces(text, hit.start))
    return before is not None and before.group() in cue_deniers(language)


def _clause_end(text: str, end: int, reach: int = _CUE_REACH) -> int:
    """Where the clause of a figure ending at `end` ends: a clause mark, or `reach` further."""
    stop = end
    while stop < min(len(text), end + reach) and (
        text[stop] not in _CLAUSE_ENDS or _separates_digits(text, stop)
    ):
        stop += 1
    return stop


def _separates_digits(text: str, index: int) -> bool:
    """A point or comma inside a number ("some 88.41 percent", "2,000") ends no clause: the
    cue after a part put between commas that states a figure is still the first figure's."""
    return (
        text[index] in ".,"
        and text[index - 1 : index].isdigit()
        and text[index + 1 : index + 2].isdigit()
    )


def _next_clause(text: str, start: int, end: int, language: str) -> bool:
    """Whether, between a cue at `start` and a figure at `end`, the cue's own figure comes and
    then a conjunction opens a word that is no number: "أودت بحياة ربع مليون نسمة وساقت أكثر من
    عشرة ملايين آخرين" (the displaced are not the dead); not "استشهد عشرة ... وثلاثة آخرون"."""
    numbers = number_words(language)
    conjunctions = cue_conjunctions(language)
    figure = False
    for word in WORD.finditer(text, start, end):
        at = word.start()
        if numbers.starts_a_number(text, at):
            figure = True
            continue
        if not figure:
            continue
        if word.group() in conjunctions:  # "and" apart: the next word tells
            after = skip_spaces(text, word.end())
            if after < end and not numbers.starts_a_number(text, after):
                return True
        elif word.group()[:1] in conjunctions and numbers.matcher.at(text, at) is None:
            return True  # "وساقت": glued to a word that is no number
    return False


@cache
def cue_conjunctions(language: str) -> frozenset[str]:
    """The folded conjunctions that open another clause with its own cue ("و", "and")."""
    return folded_words(language, "counts", "cue_conjunctions")


def _conjoined(text: str, hit: PhraseMatch, language: str) -> bool:
    """Whether a conjunction opens the cue: glued to it ("وأصيب") or the word before it."""
    glued = cue_conjunctions(language)
    if any(clitic in glued for clitic in text[hit.start : hit.stem]):
        return True
    before = phrase_matcher(language, "counts", "cue_conjunctions")
    return before.ending_at(text, back_spaces(text, hit.start)) is not None
