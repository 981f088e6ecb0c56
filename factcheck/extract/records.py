"""A record: the first of a kind to do something, "the first African - American woman to head a
state medical society", "the first animal to be listed because of climate change", "for the
first time in the country's history" (ECB+ 34ecbplus, 9ecb, 11ecbplus), "كما أنها التاسعة التي
يوجد فيها برشلونة" (the predicate of a pronoun, a relative its mark).

An ordinal word after a determiner, a possessive or a conjunction, whose clause, within a few
words (ranks.yaml `record`), says what was done first: a mark ("to" then a word that may be a
verb) or a word that makes it a first of all time ("history"). Two ordinals joined by a
conjunction share the mark of the second: "the first physician under age 40 and the first
African - American woman to be elected". Not after the indefinite article ("a second chance
to", another) nor "at" ("at first"), nor joined to a word by a hyphen ("first - degree"), nor
in a clause that a stop or a word of another thing ("of") ends before the mark.

An Arabic "أول" in construct before an indefinite noun is a record whose noun is its mark and
its text ("هو أول أجنبي يخطف", "فيما يعد أول مفاعل نووي"): `nth_of_kind`, which agrees only
with a first of its own noun (FC002 `own_kind_ranks`). With no determiner before it, an
indefinite adjective agreeing with the noun marks it, and is in its text ("استقبل مطار منطقة
الجوف اليوم أول رحلة دولية"); such a first gives way to any figure among its words. A kind
named in quotes after the ordinal is its noun, determined or not, with no adjective: "إنها أول
«سيارة في حقيبة» في العالم".

A record says which one, not how many: a label of the concept `record` (common/units.yaml), so
two never conflict and agree only in windows alike (FC002 `unknown_subject_ranks`,
`any_holder_ranks`): the kind and the deed are in the words around it, and a story tells
several firsts of one person apart by them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from factcheck.extract.counts import definite_prefixes
from factcheck.extract.labels import label_mention
from factcheck.extract.mention import PRIORITY, Mention
from factcheck.extract.number_words import number_words
from factcheck.lang.clitics import definite_ends, stem, stopwords
from factcheck.lang.detect import supported_languages
from factcheck.lang.lexicon import folded_list, folded_words, load
from factcheck.lang.normalize import Folded, fold_word
from factcheck.lang.phrases import back_spaces, skip_spaces, word_before
from factcheck.lang.tokens import HYPHEN, QUOTES
from factcheck.models import Document

RECORD = "record"  # the concept (common/units.yaml)
NTH_OF_KIND = "nth_of_kind"  # a record whose noun is in construct after its ordinal: "أول أجنبي"
_TOKEN = re.compile(r"[^\s,.;:!?()\"“”]+|[,.;:!?()\"“”]")
_CLAUSE_ENDS = frozenset(',.;:!?()"“”')


@dataclass(frozen=True)
class _Lexicon:
    ordinals: re.Pattern[str]  # an ordinal word
    leads: re.Pattern[str]  # where a record's ordinal may be, the ordinal its group `ordinal`
    values: dict[str, int]  # each ordinal word's value
    reach: int  # words between an ordinal and its mark
    marks: frozenset[str]  # "to": a word after it says the deed
    construct: frozenset[str]  # "أول": an ordinal whose indefinite noun after it is its mark
    firsts: re.Pattern[str] | None  # such an ordinal anywhere, read with a noun and adjective
    titles: frozenset[str]  # "عريف": a post an ordinal follows ("العريف أول خالد")
    feminine: tuple[str, ...]  # how a feminine noun, and the adjective agreeing, end
    history: frozenset[str]  # "history": a first of all time
    conjunctions: frozenset[str]  # "and": the ordinal after it shares the mark
    determiners: frozenset[str]  # "the", "her": before the ordinal
    breaks: frozenset[str]  # "of": the clause goes on about another thing
    possessives: tuple[str, ...]  # "'s": "the AMA's first"
    stopwords: frozenset[str]  # after a mark: "to the hospital" says where, no deed
    language: str


@cache
def _lexicon(language: str) -> _Lexicon | None:
    data = load(language, "ranks").get("record")
    if not data:
        return None
    words = {
        fold_word(surface): int(value)
        for value, surfaces in load(language, "day_ordinals").items()
        for surface in surfaces
        if int(value) <= int(data["highest"])
    }
    names = sorted(words, key=len, reverse=True)  # a fixed order: the same pattern each run
    ordinals = rf"(?:{'|'.join(map(re.escape, names))})"
    determiners = folded_words(language, "ranks", "record", "determiners")
    possessives = tuple(load(language, "holders").get("possessive_ends") or ())
    # where only a determiner may stand before the ordinal ("هي الأولى التي"), the search asks
    # for it too: an ordinal alone is in every other sentence ("اليوم الأول")
    longest_first = sorted(determiners, key=lambda word: (-len(word), word))
    lead = (
        rf"\b(?:{'|'.join(map(re.escape, longest_first))})\s+"
        if not data.get("conjunctions") and not possessives
        else ""
    )
    construct = folded_words(language, "ranks", "record", "construct")
    firsts = (
        re.compile(rf"\b(?P<ordinal>{'|'.join(map(re.escape, sorted(construct)))})\b")
        if construct
        else None
    )
    return _Lexicon(
        re.compile(rf"\b{ordinals}\b"),
        re.compile(rf"{lead}\b(?P<ordinal>{ordinals})\b"),
        words,
        int(data["reach"]),
        folded_words(language, "ranks", "record", "marks"),
        construct,
        firsts,
        folded_words(language, "ranks", "record", "titles"),
        folded_list(language, "ranks", "feminine_ends"),
        folded_words(language, "ranks", "record", "history"),
        folded_words(language, "ranks", "record", "conjunctions"),
        determiners,
        folded_words(language, "ranks", "record", "breaks"),
        possessives,
        stopwords(language),
        language,
    )


def find_records(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    language = document.language or ""
    if language not in supported_languages():
        return
    lexicon = _lexicon(language)
    if lexicon is None:
        return
    text = folded.text
    yield from _kinds_named_by_adjectives(body, folded, lexicon)
    for found in lexicon.leads.finditer(text):
        start, end = found.span("ordinal")
        if text.startswith(HYPHEN, skip_spaces(text, end)) or not _determined(text, start, lexicon):
            continue  # "first - degree", "at first", "on third down"
        concept = RECORD
        if found.group("ordinal") in lexicon.construct:
            noun_end = _quoted_kind_end(
                text, skip_spaces(text, end), lexicon
            ) or _indefinite_noun_end(text, end, lexicon)
            if noun_end is None:
                continue
            end, concept = noun_end, NTH_OF_KIND
        elif not _marked(text, end, lexicon):
            continue
        value = lexicon.values[found.group("ordinal")]
        yield label_mention(body, folded, start, end, value, concept)


def _kinds_named_by_adjectives(body: str, folded: Folded, lexicon: _Lexicon) -> Iterator[Mention]:
    """ "استقبل مطار منطقة الجوف اليوم أول رحلة دولية", "حطت فيه أول طائرة مدنية": an ordinal
    in construct with no determiner before it, whose indefinite noun an indefinite adjective
    agreeing with it follows, names a first of that kind, the noun and the adjective its text.
    Not after a post ("العريف أول خالد محمد", "الفريق أول صدقي صبحي": ranks.yaml `record`
    `titles`), nor where the determined reading takes it ("هو أول أجنبي يخطف")."""
    if lexicon.firsts is None:
        return
    text = folded.text
    for found in lexicon.firsts.finditer(text):
        start, end = found.span("ordinal")
        before = word_before(text, start)
        if _determined(text, start, lexicon) or stem(before) in lexicon.titles:
            continue
        quoted_end = _quoted_kind_end(text, skip_spaces(text, end), lexicon)
        if quoted_end is not None:  # the quotes mark the kind as the adjective does
            yield label_mention(
                body,
                folded,
                start,
                quoted_end,
                lexicon.values[found.group("ordinal")],
                NTH_OF_KIND,
                PRIORITY["named_first"],
            )
            continue
        noun_end = _indefinite_noun_end(text, end, lexicon)
        if noun_end is None:
            continue
        adjective_end = _indefinite_noun_end(text, noun_end, lexicon)
        noun = text[skip_spaces(text, end) : noun_end]
        if adjective_end is None or not _agrees(
            noun, text[skip_spaces(text, noun_end) : adjective_end], lexicon
        ):
            continue
        value = lexicon.values[found.group("ordinal")]
        yield label_mention(
            body, folded, start, adjective_end, value, NTH_OF_KIND, PRIORITY["named_first"]
        )


def _agrees(noun: str, adjective: str, lexicon: _Lexicon) -> bool:
    """Whether `adjective` may be an indefinite adjective of the indefinite `noun`: both
    feminine or both not, neither glued to the article ("أول اجتماع والتصديق", "أول للرئيس
    ورئيس") nor a stopword behind a conjunction ("أول معول وحتى")."""
    if noun.endswith(lexicon.feminine) != adjective.endswith(lexicon.feminine):
        return False
    for word in (noun, adjective):
        bare = stem(word)
        if word[: len(word) - len(bare)].endswith(definite_ends(lexicon.language)):
            return False
        if bare != word and bare in lexicon.stopwords:
            return False
    return True


def _quoted_kind_end(text: str, pos: int, lexicon: _Lexicon) -> int | None:
    """Where the kind named in quotes at `pos` ends, its closing mark included: "ويقول عنها
    إنها أول «سيارة في حقيبة» في العالم" (snn-2015-08-10-0817), "ابتكار ما أطلق عليها أول
    “سيارة في حقيبة” في العالم" (2015-08-11-0030): the quotes mark a name coined for a new
    kind, the first of which the ordinal names. Its first word an indefinite noun, as an
    unquoted one's is; at most `_QUOTED_WORDS` words."""
    closing = QUOTES.get(text[pos : pos + 1])
    if closing is None:
        return None
    close = text.find(closing, pos + 1, pos + 1 + _QUOTED_CHARACTERS)
    if close < 0:
        return None  # asked first: `text[pos + 1 : -1]` would split the rest of the article
    words = text[pos + 1 : close].split()
    if not 0 < len(words) <= _QUOTED_WORDS:
        return None
    first = words[0]
    indefinite = first.isalpha() and not first.startswith(definite_prefixes(lexicon.language))
    return close + 1 if indefinite and first not in lexicon.stopwords else None


_QUOTED_WORDS = 4  # "سيارة في حقيبة": a name, not a quoted sentence
_QUOTED_CHARACTERS = 60


def _indefinite_noun_end(text: str, pos: int, lexicon: _Lexicon) -> int | None:
    """Where the indefinite noun right after an ordinal in construct ends ("أول أجنبي"); None
    for a definite word ("أول المستنكرين": the first of those named), a stopword ("أول ما",
    "أول من") or no word of letters ("أول (هاتريك)")."""
    word = _TOKEN.match(text, skip_spaces(text, pos))
    if word is None or not word.group().isalpha() or word.group() in lexicon.stopwords:
        return None
    if word.group().startswith(definite_prefixes(lexicon.language)):
        return None
    return word.end()


def _determined(text: str, start: int, lexicon: _Lexicon) -> bool:
    """A determiner, a possessive or a conjunction right before the ordinal: "the first", "the
    AMA's first", "first woman, first African American woman and first person"."""
    before = back_spaces(text, start)
    word = word_before(text, start)
    return (
        word in lexicon.determiners
        or word.endswith(lexicon.possessives)
        or word in lexicon.conjunctions
        or text[before - 1 : before] in lexicon.conjunctions
    )


def _marked(text: str, end: int, lexicon: _Lexicon) -> bool:
    """Whether the words after an ordinal ending at `end` reach a mark and a word after it, or
    a word of history, within `reach` words of it or of an ordinal joined to it."""
    words, joined, hyphened = 0, False, False
    tokens = _TOKEN.finditer(text, end)
    for token in tokens:
        word = token.group()
        if word == HYPHEN:
            hyphened = True  # "African - American": one word as wire text spaces it
            continue
        if word in _CLAUSE_ENDS and not (
            word in lexicon.conjunctions and _ordinal_next(text, token.end(), lexicon)
        ):
            return False
        if word in lexicon.history:
            return True
        if word in lexicon.marks:
            return _deed(text, token.end(), lexicon)
        if word in lexicon.breaks:
            return False
        if joined and word in lexicon.values:
            words = 0  # "and the first ... to": the next ordinal's run is this one's
            continue
        joined = word in lexicon.conjunctions or (joined and word in lexicon.determiners)
        words += 0 if hyphened else 1
        hyphened = False
        if words > lexicon.reach:
            return False
    return False


def _ordinal_next(text: str, pos: int, lexicon: _Lexicon) -> bool:
    """Whether an ordinal word follows `pos`: "the first woman, first African American woman"."""
    found = lexicon.ordinals.match(text, skip_spaces(text, pos))
    return found is not None


def _deed(text: str, pos: int, lexicon: _Lexicon) -> bool:
    """Whether the word after a mark may say a deed: no stopword, number nor clause end."""
    word = _TOKEN.match(text, skip_spaces(text, pos))
    return (
        word is not None
        and word.group().isalpha()
        and word.group() not in lexicon.stopwords
        and number_words(lexicon.language).matcher.at(text, word.start()) is None
    )
