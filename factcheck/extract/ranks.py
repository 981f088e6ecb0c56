"""Ranks: an ordinal that states a value of its subject ("المرتبة الخامسة عالميا", "ranked
fifth", "the second phase"), a count of kind `count` whose unit is what it ranks (`rank`,
`phase`...) and whose note says it is an ordinal. Other ordinals ("the second time", "ثاني
أكبر") are no claims: "للمرة الأولى" is in every other story, about anything.

The rank words are found in the one pass over the document that several finders share
(document_words); the ordinal is read right after a word that comes before it ("المرتبة") or
right before one that comes after it ("عالميا", "place"), or said as an adverb after a verb of
placing ("حل ثالثا", "finished third"). The noun of an occasion, a deed or a post may stand a
few words after its ordinal, past adjectives and names ("the 81st annual Academy Awards", "the
fifth successful anti - piracy operation": ranks.yaml `across`); such ranks are labels
(common/units.yaml `label`), which never conflict.
A second ordinal joined to the first ("من الدرجة الأولى والثالثة"), after a range's join ("من
المركز الثالث إلى الخامس") or set in brackets after it ("الدرجة الثانية (الأولى في إنجلترا)")
is a rank of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from factcheck.extract.date_lexicon import date_lexicon
from factcheck.extract.document_words import document_words
from factcheck.extract.mention import PRIORITY, Mention, end_with_marks
from factcheck.extract.ordinals import OrdinalWords, ordinal_at, ordinal_ending_at, ordinal_words
from factcheck.extract.qualifiers import range_join_at
from factcheck.extract.units import unit_matcher
from factcheck.lang.clitics import DEFINITE, glued_conjunctions, stopwords
from factcheck.lang.detect import supported_languages
from factcheck.lang.lexicon import folded_list, folded_words, load
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import (
    PhraseMatch,
    PhraseMatcher,
    back_spaces,
    phrase_matcher,
    proclitics,
    skip_spaces,
    word_before,
    word_start,
)
from factcheck.lang.tokens import COMMAS, HYPHEN, LETTERS
from factcheck.models import Document

ORDINAL = "ordinal"  # the note every rank carries for the reader (Claim.ordinal for rules)
_ALSO = "("
_BRACKETED_DIGITS = re.compile(r"\( ?(\d+) ?\)")  # an ordinal in digits a release brackets
# Words between a rank word in construct and its ordinal: the complement and one adjective of it.
_COMPLEMENT_WORDS = 2
_SHORT = 3  # letters of the shortest word that may stand between an ordinal and its noun
# a word of the noun phrase after a superlative: "u.s." whole, a full stop after it kept apart
_WORD = re.compile(r"[^\W\d_]+(?:[.'-][^\W\d_]+)*\.?")


def find_ranks(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    language = document.language or ""
    if language not in supported_languages():
        return
    over_dates = _concepts(language, "over_dates")
    yielding = _concepts(language, "yielding")
    for mention in _ranks(folded, language):
        mention.end = end_with_marks(body, mention.end)  # "جاء ثانياً": the tanween is its own
        if mention.unit in over_dates:  # "the second Tuesday of each month" is no Tuesday
            mention.priority = PRIORITY["date"]
        elif mention.unit in yielding:  # "للأسبوع الرابع على التوالي" is the week's rank
            mention.priority = PRIORITY["times"]
        yield mention


def _ranks(folded: Folded, language: str) -> Iterator[Mention]:
    ordinals = ordinal_words(language)
    text = folded.text
    for hit in document_words(text, language, "ranks"):  # keys: (sides, concept)
        for side in hit.key[0]:
            found = _read(folded, hit, side, ordinals, language)
            if found and _accepts(language, hit.key[1], found[0].value):
                yield from found
                break


def _adverb_after(text: str, end: int, language: str) -> PhraseMatch | None:
    """The ordinal said as an adverb after a verb of placing ending at `end`, right after it or
    past its subject of at most `verb_reach` words (no stopword among them, no figure or clause
    mark): "حل ثالثا", "وحلت السويد اولاً والاردن ثانياً" (snn-2015-08-10-0972)."""
    adverbs, words = phrase_matcher(language, "ranks", "adverbs"), stopwords(language)
    pos = skip_spaces(text, end)
    for _ in range(int(load(language, "ranks").get("verb_reach", 0)) + 1):
        adverb = adverbs.at(text, pos)
        if adverb is not None:
            # "وجاء في البيان أولا: أن ...": the first point of a list
            return None if text.startswith(":", skip_spaces(text, adverb.end)) else adverb
        word = LETTERS.match(text, pos)  # a figure or a clause mark ends the subject
        if word is None or word.group() in words:  # "جاء في": no subject follows
            return None
        pos = skip_spaces(text, word.end())
    return None


def _read(
    folded: Folded, hit: PhraseMatch, side: str, ordinals: OrdinalWords, language: str
) -> list[Mention]:
    """The ranks a rank word governs on one `side` of it (none: an empty list)."""
    text, concept = folded.text, hit.key[1]
    if side == "verbs":
        adverb = _adverb_after(text, hit.end, language)
        ranks: list[Mention] = []
        start = hit.start
        # "وحلت السويد اولاً والاردن ثانياً", "جاء المنتخب السعودي ثالثا ... وقطر رابعا وعمان
        # خامسا": the verb said once for a list of placings, each after a glued conjunction
        while adverb is not None:
            ranks.append(_rank(folded, start, adverb.end, int(adverb.key), concept))
            start = skip_spaces(text, adverb.end)
            if text[start : start + 1] in COMMAS:
                start = skip_spaces(text, start + 1)
            if text[start : start + 1] not in glued_conjunctions():
                break
            adverb = _adverb_after(text, start, language)
        return ranks
    if side == "before":
        at = skip_spaces(text, hit.end)
        # "إلى المركز (93) في تصنيف الفيفا" (SaudiNewsNet 2015-08-07-0508): a release brackets
        # its figures, ranks too
        bracketed = _BRACKETED_DIGITS.match(text, at)
        if bracketed is not None:
            at = bracketed.start(1)
        found = ordinal_at(
            text, at, ordinals, bare_digits=concept not in _concepts(language, "words_only")
        )
        if (
            found is None
            and DEFINITE not in text[hit.start : hit.stem]
            and concept in _concepts(language, "indefinite_concepts")
        ):
            found = _indefinite_at(text, at, language, _feminine(text, hit, language))
        if found is None or _counts_a_noun(text, at, found[1], language):
            return []
        value, end = found
        if bracketed is not None:
            if end != bracketed.end(1):
                return []
            end = bracketed.end()
        # a dual's two numbers, both in digits: "في الدقيقتين 43 و57" (ranks.yaml `duals`)
        two_in_digits = text[at : at + 1].isdigit() and text[hit.stem : hit.end] in _duals(language)
        if concept in _stages(language).concepts:
            staged = _in_stage(text, value, end, language)
            if staged is None:
                return []
            value, end = staged
        return [
            _rank(folded, hit.start, end, value, concept),
            *_joined(folded, end, ordinals, concept, bare_digits=two_in_digits),
            *_bracketed_series(folded, hit.start, end, ordinals, concept),
        ]
    if side == "adjectives":
        if DEFINITE not in text[hit.start : hit.stem]:
            return []  # "مهرجان مدركة الثالث": a name stands between (occasions.yaml)
        ranked = _after_adjectives(text, skip_spaces(text, hit.end), ordinals, language)
        return [] if ranked is None else [_rank(folded, ranked[2], ranked[1], ranked[0], concept)]
    if side == "complement":
        if DEFINITE in text[hit.start : hit.stem]:
            return []  # "المرحلة" is in no construct: an ordinal after it is its own
        at = skip_spaces(text, hit.end)
        ranked = _after_complement(text, at, ordinals, language)
        if ranked is None and concept in _concepts(language, "indefinite_concepts"):
            feminine = _feminine(text, hit, language)
            ranked = _indefinite_complement(text, at, ordinals, language, feminine)
        return [] if ranked is None else [_rank(folded, ranked[2], ranked[1], ranked[0], concept)]
    edge = back_spaces(text, hit.start)
    hyphened = text[edge - 1 : edge] == HYPHEN
    if hyphened:  # "first-degree", wire text's "the third - floor mixing room"
        edge = back_spaces(text, edge - 1)
    if edge == hit.start:
        return []
    # "a Top 10 ranking" is no tenth
    bare = concept not in _concepts(language, "marked") and concept not in _concepts(
        language, "words_only"
    )
    before = ordinal_ending_at(text, edge, ordinals, bare_digits=bare)
    if before is None and concept in _reach(language, "across")[0]:
        before = _past_modifiers(text, edge, ordinals, language)
    if before is None:  # "ثالث مواجهاته"
        before = _construct_ending_at(text, edge, language)
    if before is None or (not hyphened and _another(text, before[1], hit.end, language)):
        return []
    end = hit.end
    if concept in _reach(language, "said_of")[0]:  # "the third - biggest domestic debut weekend"
        phrase_end = _noun_phrase_end(text, hit.end, language)
        if phrase_end is None:
            return []  # "the third most in a single game"
        end = phrase_end
    return [_rank(folded, before[1], end, before[0], concept)]


@dataclass(frozen=True)
class _Stages:
    concepts: frozenset[str]  # what counts within a stage: a school grade
    alone_from: int  # the lowest ordinal read with no stage after it
    years: PhraseMatcher  # a stage's words, keyed by the years of school before it


@cache
def _stages(language: str) -> _Stages:
    """ranks.yaml `stages`."""
    section = load(language, "ranks").get("stages") or {}
    return _Stages(
        frozenset(section.get("concepts") or ()),
        int(section.get("alone_from") or 0),
        PhraseMatcher.from_mapping(section.get("years") or {}, language),
    )


def _in_stage(text: str, value: int, end: int, language: str) -> tuple[int, int] | None:
    """ "الصف الأول متوسط": the year of school an ordinal ending at `end` names within the
    stage after it, and where the stage ends; with no stage, the ordinal itself when no stage
    but the first reaches it ("الصف الرابع"), else None ("الصف الأول" of a mosque)."""
    stages = _stages(language)
    stage = stages.years.at(text, skip_spaces(text, end))
    if stage is not None:
        return value + int(stage.key), stage.end
    return (value, end) if value >= stages.alone_from else None


def _accepts(language: str, concept: str, value: float | None) -> bool:
    """Whether a concept reads this ordinal, the first of those a rank word governs, as a rank:
    the first of a `beyond_first` concept is said of a first of anything ("للمرة الأولى")."""
    return value != 1 or concept not in _concepts(language, "beyond_first")


def _past_modifiers(
    text: str, edge: int, ordinals: OrdinalWords, language: str
) -> tuple[int, int] | None:
    """The ordinal a few words before its noun, past adjectives and names ("the 81st annual
    Academy Awards", "the fifth successful anti - piracy operation"; ranks.yaml `across`), and
    where it starts. Only words of letters that say something stand between: a stopword, a
    short word ("of", "a") or a figure ends the run ("the fifth time the operation")."""
    words, stop, passed = _reach(language, "across")[1], stopwords(language), _passed(language)
    pos = edge
    for _ in range(words):
        if text[pos - 1 : pos] == HYPHEN:  # "anti - piracy": one word
            pos = back_spaces(text, pos - 1)
        begin = word_start(text, pos)
        word = text[begin:pos]
        if (
            begin == pos
            or ((len(word) < _SHORT or word in stop) and word not in passed)
            or text[begin - 1 : begin] not in (" ", HYPHEN)
        ):
            return None
        pos = back_spaces(text, begin)
        found = ordinal_ending_at(text, pos, ordinals) or _construct_ending_at(text, pos, language)
        if found is not None:
            return found
    return None


def _construct_ending_at(text: str, end: int, language: str) -> tuple[int, int] | None:
    """ "ثالث مواجهاته", "رابع عملية": an ordinal in construct (ranks.yaml `construct`) ending at
    `end`, its value and start."""
    construct = phrase_matcher(language, "ranks", "construct").ending_at(text, end)
    return None if construct is None else (int(construct.key), construct.start)


# The concept lists of ranks.yaml: `marked`, whose ordinal before the noun must be a word or
# have its suffix; `words_only`, whose ordinal is never bare digits on either side of the noun;
# `beyond_first`, whose first is read no rank; `over_dates`, whose rank outranks the date its
# noun reads as; `yielding`, whose rank gives way to any other reading of its words;
# `indefinite_concepts`, whose ordinal may be indefinite after an indefinite rank word.
@cache
def _concepts(language: str, key: str) -> frozenset[str]:
    return frozenset(load(language, "ranks").get(key) or ())


@cache
def _passed(language: str) -> frozenset[str]:
    """The stopwords an ordinal's run of words to its noun passes (ranks.yaml `across`)."""
    return folded_words(language, "ranks", "across", "passed")


@cache
def _reach(language: str, key: str) -> tuple[frozenset[str], int]:
    """The `concepts` of a section of ranks.yaml and how many `words` its rule reads: `across`,
    whose noun may stand words after its ordinal; `said_of`, whose superlative is said of the
    noun phrase after it."""
    section = load(language, "ranks").get(key) or {}
    return frozenset(section.get("concepts") or ()), int(section.get("words") or 0)


def _noun_phrase_end(text: str, pos: int, language: str) -> int | None:
    """Where the words after a superlative ending at `pos` end ("domestic debut weekend" in
    "the third - biggest domestic debut weekend of all time", "U.S. phone company"): words of
    letters, up to a short word or a stopword ("of", "in"), a figure, a mark, a sentence's end
    or `said_of` words; None when there is none."""
    words, stop = _reach(language, "said_of")[1], stopwords(language)
    end = None
    for _ in range(words):
        found = _WORD.match(text, skip_spaces(text, pos))
        if found is None:
            break
        word = found.group().rstrip(".")
        if len(word) < _SHORT or word in stop:
            break
        end, pos = found.start() + len(word), found.end()
        if found.group().endswith(".") and "." not in word:
            break  # "phone company." ends its sentence
    return end


def _another(text: str, start: int, end: int, language: str) -> bool:
    """ "a second round of bombs": an ordinal after the indefinite article, its rank word the
    head of the phrase, is "another", no item of a series; "an eighth-round decision", "a sixth
    round stoppage" rank the noun the rank word qualifies (ranks.yaml `indefinite`)."""
    articles, heads_before = _indefinite(language)
    if word_before(text, start) not in articles:
        return False
    after = text[skip_spaces(text, end) :].partition(" ")[0]
    return not after[:1].isalnum() or after in heads_before


def indefinite_articles(language: str) -> frozenset[str]:
    """The indefinite articles, folded (ranks.yaml `indefinite`), for one_more too."""
    return _indefinite(language)[0]


@cache
def _indefinite(language: str) -> tuple[frozenset[str], frozenset[str]]:
    return tuple(  # type: ignore[return-value]
        folded_words(language, "ranks", "indefinite", key) for key in ("articles", "heads_before")
    )


def _after_complement(
    text: str, at: int, ordinals: OrdinalWords, language: str
) -> tuple[int, int, int] | None:
    """ "حزمة العقوبات الأميركية الأولى", "مرحلة الإعداد الثانية": a rank word in construct,
    its definite complement (and an adjective of it) after it, then the definite ordinal, which
    agrees with the rank word and ranks it. Not after a feminine singular complement, which
    the ordinal may rank instead ("نسخة البطولة الثانية": the second tournament's). The
    ordinal's value, end and start: the rank is the ordinal alone, its complement is what the
    story is about ("العقوبات الأميركية"), the words that tell one series from another."""
    feminine = _feminine_ends(language)
    return _definite_words_then_ordinal(
        text, at, ordinals, lambda index, pos, end: index == 0 and text.endswith(feminine, pos, end)
    )


def _feminine(text: str, hit: PhraseMatch, language: str) -> bool:
    """Whether the rank word of `hit` ends as a feminine singular noun ("خطة", "ولاية")."""
    return text.endswith(_feminine_ends(language), hit.start, hit.end)


def _indefinite_at(text: str, pos: int, language: str, feminine: bool) -> tuple[int, int] | None:
    """The indefinite ordinal at `pos` that agrees with its rank word, `feminine` or not
    (ranks.yaml `indefinite_feminine`: "ولاية ثانية"; `indefinite_masculine`: "دور ثان"), and
    ends a word: its value and end."""
    if text.startswith(DEFINITE, pos):
        return None  # the matcher passes over the article as over any clitic
    gender = "indefinite_feminine" if feminine else "indefinite_masculine"
    found = phrase_matcher(language, "ranks", gender).at(text, pos)
    if found is None or _WORD.match(text, found.end) is not None:
        return None
    return int(found.key), found.end


def _indefinite_complement(
    text: str, at: int, ordinals: OrdinalWords, language: str, feminine: bool
) -> tuple[int, int, int] | None:
    """ "خطة مساعدة ثالثة", "حزمة انقاذ ثالثة" (SaudiNewsNet 2015-08-07-0293, 2015-08-11-0269):
    a rank word in construct with one indefinite word, then an indefinite ordinal that agrees
    with the rank word and so ranks it, not its complement. The ordinal's value, end and
    start."""
    word = _WORD.match(text, at)
    if word is None or text.startswith(DEFINITE, at) or ordinal_at(text, at, ordinals):
        return None
    pos = word.end() + 1
    if text[word.end() : pos] != " ":
        return None
    found = _indefinite_at(text, pos, language, feminine)
    return None if found is None else (*found, pos)


def _after_adjectives(
    text: str, at: int, ordinals: OrdinalWords, language: str
) -> tuple[int, int, int] | None:
    """ "المخيم الكشفي العالمي الثالث والعشرين", "الأسبوع الوطني السادس": a definite noun, one
    or two definite adjectives of it, then the definite ordinal, which agrees with the noun and
    ranks it. Not past a word of direction ("الأسبوع الماضي الثالث من شهر": a date follows).
    The ordinal's value, end and start."""
    directions = date_lexicon(language).directions
    return _definite_words_then_ordinal(
        text, at, ordinals, lambda _, pos, end: text[pos:end] in directions
    )


def _definite_words_then_ordinal(
    text: str, at: int, ordinals: OrdinalWords, stops: Callable[[int, int, int], bool]
) -> tuple[int, int, int] | None:
    """Up to `_COMPLEMENT_WORDS` definite words from `at`, then a definite ordinal: its value,
    end and start. None at a word that is no definite word, is itself an ordinal, or that
    `stops` (its index, start and end) rejects: the two readers differ only in what ends the
    run of words before the ordinal."""
    pos = at
    for index in range(_COMPLEMENT_WORDS):
        end = _definite_word_end(text, pos)
        if end is None or ordinal_at(text, pos, ordinals) is not None or stops(index, pos, end):
            return None
        pos = skip_spaces(text, end)
        if text.startswith(DEFINITE, pos):
            found = ordinal_at(text, pos, ordinals)
            if found is not None:
                return (*found, pos)
    return None


@cache
def _feminine_ends(language: str) -> tuple[str, ...]:
    """How a feminine singular noun ends, folded (ranks.yaml `feminine_ends`)."""
    return folded_list(language, "ranks", "feminine_ends")


def _definite_word_end(text: str, pos: int) -> int | None:
    """Where the word at `pos` ends, if it bears the article and nothing but letters."""
    if not text.startswith(DEFINITE, pos):
        return None
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    return end if end == len(text) or text[end] == " " else None


@cache
def _duals(language: str) -> frozenset[str]:
    return folded_words(language, "ranks", "duals")


def _counts_a_noun(text: str, start: int, end: int, language: str) -> bool:
    """ "وشملت هذه المرحلة 692 عملية صرف": bare digits before a counted noun are an amount."""
    return (
        text[start].isdigit()
        and unit_matcher(language).at(text, skip_spaces(text, end)) is not None
    )


def _joined(
    folded: Folded, end: int, ordinals: OrdinalWords, concept: str, bare_digits: bool = False
) -> Iterator[Mention]:
    """The rank of an ordinal after the one ending at `end`, its noun said once: joined to it
    ("من الدرجة الأولى والثالثة"), the other end of a range ("من المركز الثالث إلى الخامس"), or
    the same rank named another way in brackets ("الدرجة الثانية (الأولى في إنجلترا)"). With
    `bare_digits` (a dual's first in digits), digits joined to digits: "في الدقيقتين 43 و57"."""
    text = folded.text
    after = skip_spaces(text, end)
    if text.startswith(_ALSO, after):
        # "دوري الدرجة الثانية (الأولى في إنجلترا)": the same rank, named another way
        found = ordinal_at(text, skip_spaces(text, after + 1), ordinals)
        if found is not None:
            yield _rank(folded, skip_spaces(text, after + 1), found[1], found[0], concept)
        return
    for at in (_after_conjunction(text, after, ordinals), _after_range_join(text, after, ordinals)):
        if at is not None and bare_digits and text[at : at + 1] in glued_conjunctions():
            at = skip_spaces(text, at + 1)  # "و57": the conjunction glued to the digits
        found = None if at is None else ordinal_at(text, at, ordinals, bare_digits)
        if at is not None and found is not None:
            yield _rank(folded, at, found[1], found[0], concept)
            return


_CLOSE = ")"
# the next bracket opened in the same sentence: no sentence mark before it
_NEXT_BRACKET = re.compile(r"[^.!?؟\n(]*\(")


def _bracketed_series(
    folded: Folded, start: int, end: int, ordinals: OrdinalWords, concept: str
) -> Iterator[Mention]:
    """A rank in brackets after a name opens a series: the ordinals alone in the brackets that
    follow, each after its own name, rank by the same noun: "يلتقي تشلسي (المرحلة الثانية) ثم
    ايفرتون (الثالثة) وتوتنهام (السابعة)" (SaudiNewsNet snn-2015-08-10-0210, a fixture list).
    The series ends at a bracket that holds anything else, or at the sentence's end."""
    text = folded.text
    opened = back_spaces(text, start)
    close = skip_spaces(text, end)
    if text[opened - 1 : opened] != _ALSO or not text.startswith(_CLOSE, close):
        return
    pos = close + 1
    while (bracket := _NEXT_BRACKET.match(text, pos)) is not None:
        at = skip_spaces(text, bracket.end())
        found = ordinal_at(text, at, ordinals)
        if found is None or not text.startswith(_CLOSE, skip_spaces(text, found[1])):
            return
        yield _rank(folded, at, found[1], found[0], concept)
        pos = skip_spaces(text, found[1]) + 1


def _after_range_join(text: str, pos: int, ordinals: OrdinalWords) -> int | None:
    """Where the word after the other end's join at `pos` starts: "تراجع ... من المركز الثالث
    إلى الخامس" (snn-2015-08-11-0132), the rank left and the one reached, the noun said once;
    "من المرتبة السادسة وحتى العاشرة" (08-0043), the two ends of the grades named, a
    conjunction glued before the join. None: no such join at `pos`. A join of words only: a
    dash after a rank's word sets off an aside ("المرحلة الأولى - التي افتتحت", 10-0182)."""
    found = range_join_at(text, pos, ordinals.units.language, dashes=False, glued=True)
    return None if found is None else found[1]


def _after_conjunction(text: str, pos: int, ordinals: OrdinalWords) -> int | None:
    """Where the word after a conjunction at `pos` starts ("first and third"); `pos` itself
    when the conjunction is glued to it ("والثالثة"), which the phrase matcher reads as a
    clitic. None: no conjunction at `pos`."""
    clitics = proclitics(ordinals.units.language)
    for join in ordinals.conjunctions:
        if join in clitics and text.startswith(join, pos):
            return pos
        if text.startswith(join + " ", pos):
            return skip_spaces(text, pos + len(join))
    return None


def _rank(folded: Folded, start: int, end: int, value: int, concept: str) -> Mention:
    return Mention(
        folded.start_of(start),
        folded.end_of(end),
        "count",
        value=value,
        low=value,
        high=value,
        unit=concept,
        note=ORDINAL,
        ordinal=True,
        subject=concept,
        priority=PRIORITY["count"],
    )
