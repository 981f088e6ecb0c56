"""The lexicons that finders look for across a whole document, found in one pass.

Number words, dual and definite plural duration words, length cues ("لمدة"), the half after a
unit ("ونصف"), ordinal-year and decade cues ("عامها", "العقد"), rank words ("المرتبة"), the
nouns that introduce a holder's name ("شركة"), those of a numbered occasion ("حفل السباق الـ
7") and counted nouns in the dual ("حالتان"), goals ("بهدفين"), the nouns of times ("five
times") and of labels (".45-caliber", "page 20"), the names of market indexes ("داو جونز") and
collective number nouns ("السداسية") are each searched
for in all of a document's folded text; one Aho-Corasick automaton holds them all
(lang.phrases.PhraseMatchers), and the words a date can start with too, so the text is scanned
once, not once per lexicon, and each finder takes the hits of its own lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from factcheck.extract.date_grammar import start_words
from factcheck.extract.number_words import number_words
from factcheck.lang.detect import supported_languages
from factcheck.lang.lexicon import load
from factcheck.lang.phrases import (
    PhraseMatch,
    PhraseMatcher,
    PhraseMatchers,
    RawHits,
    phrase_matcher,
)

# The lexicons scanned together: "numbers" (number words), "ranks" (ranks.yaml), then sections
# of durations.yaml, ages.yaml and holders.yaml by name, occasions.yaml's nouns and
# dual_counts.yaml's duals and constructs, goal_scores.yaml's goals, repeats.yaml's and
# labels.yaml's nouns, indexes.yaml's names, groups.yaml's collectives.
FACTOR = "factor"  # the key's mark of repeats.yaml `factors`

LEXICONS = (
    "numbers",
    "duals",
    "definite_plurals",
    "one_after",
    "elapsed_openers",
    "half_after",
    "ordinal_year",
    "ordinal_age",
    "decade_of_life",
    "ranks",
    "introducers",
    "occasions",
    "dual_counts",
    "goal_scores",
    "dual_constructs",
    "repeats",
    "labels",
    "indexes",
    "collectives",
)


def matcher_of(language: str, name: str) -> PhraseMatcher:
    """The matcher of one of LEXICONS (the finders also look its phrases up one by one)."""
    if name == "numbers":
        return number_words(language).matcher
    if name == "ranks":
        return _rank_words(language)
    if name == "introducers":
        return phrase_matcher(language, "holders", name)
    if name == "occasions":
        return phrase_matcher(language, "occasions", "nouns")
    if name == "dual_counts":
        return phrase_matcher(language, "dual_counts", "duals")
    if name == "dual_constructs":
        return phrase_matcher(language, "dual_counts", "construct")
    if name == "goal_scores":
        return phrase_matcher(language, "goal_scores", "goals")
    if name == "repeats":
        return _repeat_words(language)
    if name == "labels":
        return _label_words(language)
    if name == "indexes":
        return phrase_matcher(language, "indexes", "names")
    if name == "collectives":
        return phrase_matcher(language, "groups", "collectives")
    if name == "elapsed_openers":
        return _elapsed_openers(language)
    ages = name in ("ordinal_year", "ordinal_age", "decade_of_life")
    return phrase_matcher(language, "ages" if ages else "durations", name)


@cache
def _rank_words(language: str) -> PhraseMatcher:
    """Words that name what an ordinal ranks, keyed (sides, concept): the sides of the ordinal
    they stand on ("before": "المرتبة الخامسة", "after": "الخامس عالميا", both: "للمرة
    الرابعة", "لأول مرة"), "complement" before it across their complement ("حزمة العقوبات
    الأميركية الأولى"), or "verbs" before an adverb ("حل ثالثا"); an idiom's key has no side."""
    ranks = load(language, "ranks")
    keys: dict[str, tuple[tuple[str, ...], str]] = {}
    for side in ("before", "complement", "adjectives", "after", "verbs"):
        for concept, surfaces in (ranks.get(side) or {}).items():
            owned = _owned(ranks, concept, surfaces) if side == "before" else []
            for surface in (*surfaces, *owned):
                sides, _ = keys.get(surface, ((), concept))
                keys[surface] = ((*sides, side), concept)
    # An idiom is one longer hit over its rank word ("بالدرجة الأولى": mainly), with no side
    # to read a rank on.
    keys.update((surface, ((), "")) for surface in ranks.get("idioms") or ())
    return PhraseMatcher(keys.items(), language)


def _owned(ranks: dict, concept: str, surfaces: list[str]) -> list[str]:
    """ranks.yaml `possessed`: a rank word's forms with its owner's pronoun ("محطته", "دورتها"),
    a feminine end written bound before the suffix; none for a concept not listed."""
    possessed = ranks.get("possessed") or {}
    if concept not in (possessed.get("concepts") or ()):
        return []
    ends = tuple(ranks.get("feminine_ends") or ())
    stems = [
        surface[: -len(end)] + possessed["bound"] if (end := _end(surface, ends)) else surface
        for surface in surfaces
    ]
    return [stem + suffix for stem in stems for suffix in possessed["suffixes"]]


def _end(word: str, ends: tuple[str, ...]) -> str:
    """The first of `ends` that `word` ends with, or ""."""
    return next((end for end in ends if word.endswith(end)), "")


@cache
def _elapsed_openers(language: str) -> PhraseMatcher:
    """The words that open an elapsed duration's frame (durations.yaml `elapsed`: "بعد")."""
    frames = load(language, "durations").get("elapsed") or ()
    return PhraseMatcher.of_surfaces(sorted({opening for opening, _ in frames}), language)


@cache
def _repeat_words(language: str) -> PhraseMatcher:
    """The nouns of times (repeats.yaml), keyed by how they stand to their number ("apart",
    "joined"), and the words that are a number of times ("twice"), keyed by it; those of a
    factor (`factors`: "أضعاف", "fold", "eightfold") keyed the same way after FACTOR."""
    repeats = load(language, "repeats")
    nouns = repeats.get("nouns") or {}
    factors = repeats.get("factors") or {}
    return PhraseMatcher(
        [
            *((surface, side) for side, surfaces in nouns.items() for surface in surfaces),
            *(
                (surface, int(value))
                for value, surfaces in (repeats.get("words") or {}).items()
                for surface in surfaces
            ),
            *(
                (surface, (FACTOR, side))
                for side, surfaces in (factors.get("nouns") or {}).items()
                for surface in surfaces
            ),
            *(
                (surface, (FACTOR, int(value)))
                for value, surfaces in (factors.get("words") or {}).items()
                for surface in surfaces
            ),
        ],
        language,
    )


@cache
def _label_words(language: str) -> PhraseMatcher:
    """The nouns of a label (labels.yaml), keyed (side of the number they stand on, unit)."""
    labels = load(language, "labels")
    return PhraseMatcher(
        (
            (surface, (side, unit))
            for side in ("after", "before")
            for unit, surfaces in (labels.get(side) or {}).items()
            for surface in surfaces
        ),
        language,
    )


@cache
def _matchers(language: str) -> PhraseMatchers:
    return PhraseMatchers(
        [matcher_of(language, name) for name in LEXICONS], raw=start_words(language)
    )


# The finders of one document ask one after another, so the last text's hits are all there is
# to keep (a process extracts one document at a time).
@lru_cache(maxsize=1)
def _hits(text: str, language: str) -> tuple[dict[str, list[PhraseMatch]], RawHits]:
    words, dates = _matchers(language).scan(text)
    return dict(zip(LEXICONS, words, strict=True)), dates


def document_words(text: str, language: str, lexicon: str) -> list[PhraseMatch]:
    """What the matcher of `lexicon` (one of LEXICONS) finds in folded `text`: its finditer().
    The list is shared: read it, do not change it. A language without lexicons has none."""
    if language not in supported_languages():
        return []
    return _hits(text, language)[0][lexicon]


def date_words(text: str, language: str) -> Iterator[tuple[int, tuple[int, frozenset[str]]]]:
    """Where each word a date can start with (date_grammar.start_words) ends in folded `text`,
    whole word or not: (last index, (length, kinds)), for date_anchors. Found in the same pass
    as the lexicons above: a second pass cost as much again."""
    if language not in supported_languages():
        return iter(())
    lasts, values = _hits(text, language)[1]
    return zip(lasts, values, strict=True)
