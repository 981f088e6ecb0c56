"""Groups and things counted by a definite number word after their noun, and groups named by a
collective number noun.

- "صراع الخمسة الكبار", "الدول الست الكبرى", "القوى الست العظمى": a definite number word with
  an adjective of greatness after it names a group by how many it holds (the big five, the six
  powers): a count of the group's members, concept `group_members`, compared only with another
  group's size.
- "الأمانات الخمس", "النقاط الثلاث", "المواسم السبعة الأخيرة": a definite number word right after
  a definite word is that noun's count, an adjective of it (a cardinal before its noun counts it
  indefinite: "خمس أمانات"); its concept is the noun's, when the concepts lexicon knows it.
- "حلم السداسية", "بثلاثية الدوري والكأس", "بالثلاثي الدولي": a collective number noun (the
  sextuple, a treble, the trio; groups.yaml `collectives`) counts the titles, goals or players it
  gathers. Such a word is as often an adjective ("القمة الثلاثية", "العدوان الثلاثي", "صورة ثلاثية
  الأبعاد"), so it is read only as a noun: after a preposition glued to it, or definite after a
  word that is not (an adjective agrees with a definite noun). What it gathers is seldom said, so
  it is a label (`collective`): two never conflict and agree only in windows alike.

Only number words: digits are no part of such a name. A duration's plural before the number
("الأشهر الثلاثة الماضية") is the duration finders'. One and two are left out: "اليوم الأحد",
"الاثنين" are days, and "الثنائي" is also "bilateral".
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from factcheck.extract.document_words import document_words
from factcheck.extract.labels import LABEL
from factcheck.extract.mention import PRIORITY, Mention, exact_count
from factcheck.extract.number_words import number_words
from factcheck.extract.units import unit_matcher
from factcheck.lang.clitics import DEFINITE, definite_ends, prepositional
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import back_spaces, phrase_matcher, proclitics, skip_spaces, word_start
from factcheck.models import Document

GROUP = "group_members"
COLLECTIVE = "collective"
# The roles of the number words a group or a definite noun is counted by: "الخمسة", "الست",
# "العشرة" (tens are as often ordinals: "القرن العشرين").
_SIZES = frozenset({"one", "ten"})
_LEAST = 3  # "الأحد", "الاثنين" name days


def find_group_sizes(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    text = folded.text
    language = document.language or ""
    greatness = phrase_matcher(language, "groups", "after")
    for hit in document_words(text, language, "numbers"):
        role, value = hit.key
        if (
            role not in _SIZES
            or value < _LEAST
            or not text[hit.start : hit.stem].endswith(DEFINITE)
        ):
            continue
        adjective = greatness.at(text, skip_spaces(text, hit.end))
        if adjective is not None:
            yield exact_count(
                body, folded, hit.start, adjective.end, value, PRIORITY["count"], GROUP
            )
        elif _definite_before(text, hit.start, language) and not number_words(language).matcher.at(
            text, skip_spaces(text, hit.end)
        ):  # "قطاعات السوق الخمسة عشر", "المنصات الستة والعشرين": a larger number
            noun = unit_matcher(language).ending_at(text, back_spaces(text, hit.start))
            concept = noun.key[1] if noun is not None and noun.key[0] == "count" else None
            yield exact_count(body, folded, hit.start, hit.end, value, PRIORITY["count"], concept)
    yield from _collectives(body, folded, language)


def _collectives(body: str, folded: Folded, language: str) -> Iterator[Mention]:
    """ "حلم السداسية", "بثلاثية الدوري": collective number nouns, never their adjectives."""
    text = folded.text
    definite = definite_ends(language)
    for hit in document_words(text, language, "collectives"):
        value = float(hit.key)
        clitic = text[hit.start : hit.stem]
        if value < _LEAST or not (
            clitic in prepositional(language)
            or (clitic.endswith(definite) and not _definite_before(text, hit.start, language))
        ):
            continue
        yield exact_count(
            body,
            folded,
            hit.start,
            hit.end,
            value,
            PRIORITY["count"],
            COLLECTIVE,
            note=LABEL,
            ordinal=True,
            subject=COLLECTIVE,
        )


_STEM = 3  # letters a definite word keeps past its clitics: "التي" is no article and "تي"


def _definite_before(text: str, start: int, language: str) -> bool:
    """Whether the word right before folded `start` has the article, with any proclitic before
    it ("المواسم", "والقمة", "للدول"): a definite noun the number or collective is said of."""
    end = back_spaces(text, start)
    word = text[word_start(text, end) : end]
    return any(
        word.startswith(clitic) and len(word) - len(clitic) >= _STEM
        for clitic in _definite_proclitics(language)
    )


@cache
def _definite_proclitics(language: str) -> tuple[str, ...]:
    """The proclitics that end in the article ("ال", "وال", "لل"), sorted out once, not for each
    number word and collective the finders ask about."""
    ends = definite_ends(language)
    return tuple(clitic for clitic in proclitics(language) if clitic.endswith(ends))
