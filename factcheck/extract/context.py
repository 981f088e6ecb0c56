"""Claim context: subject, location, as_of, attribution and change cue, read from the sentence,
and what tells two figures of one value apart (who holds them, whose age, which side, occasion,
place measured from or events counted).

Each sentence that holds a claim is folded and scanned once (places, demonyms, cues, event
nouns, attribution); every claim of the sentence then picks the nearest fitting hit. Nothing
re-scans the document per claim.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from typing import Any, NamedTuple, Protocol

from factcheck.extract.ages import AGE, DECADE_OF_LIFE
from factcheck.extract.changes import level_words, reached_by_change
from factcheck.extract.counts import (
    cue_conjunctions,
    definite_prefixes,
    names_its_group,
    toll_of,
)
from factcheck.extract.date_lexicon import date_lexicon
from factcheck.extract.distances import distance_reference
from factcheck.extract.editions import edition_of, names_a_year
from factcheck.extract.holders import (
    ArticleNames,
    agent,
    bound_holder,
    holders,
    name_after,
    possessor,
    refers_back,
)
from factcheck.extract.indexes import Indexes
from factcheck.extract.money import converts_the_sum_before
from factcheck.extract.number_words import number_words
from factcheck.extract.occasions import Occasions
from factcheck.extract.persons import age_person, age_relation, age_role, age_sex
from factcheck.extract.qualifiers import range_joins
from factcheck.extract.repeats import MULTIPLE, TIMES
from factcheck.extract.scores import opens_score
from factcheck.extract.sentences import SentenceIndex, sentence_spans
from factcheck.extract.sides import side_concepts, side_of
from factcheck.extract.unit_contexts import unit_marks
from factcheck.extract.units import (
    class_units,
    clock_units,
    currency_names,
    durations,
    event_concepts,
    of_dimension,
    person_concepts,
    timeless_units,
)
from factcheck.lang.clitics import definite_ends, stopwords, without_article
from factcheck.lang.demonyms import demonym_forms
from factcheck.lang.detect import cased, supported_languages
from factcheck.lang.lexicon import folded_list, folded_words, load
from factcheck.lang.normalize import Folded, fold, fold_text, fold_word
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
from factcheck.lang.tokens import CLAUSE_MARK, COMMAS, LETTERS
from factcheck.models import LEARNED, ClaimKind, DateSpan, Document

# The kinds of figure a firm named after a preposition of holding owns ("13 وظيفة لدى شركة")
_HELD_KINDS = ("count", "money")
_WORD = re.compile(r"\w+")
_OLD_CUE_WORDS = 3  # "بعد أن كانت ... حوالي 900": an old-figure cue sits right before it
_CONTRAST = "contrast"  # the cue lexicon's list of change words that contrast two figures
_LEVELS = "levels"  # the cue lexicon's words that tell a change's level from its amount
_CHANGES = "changes"  # its verbs and nouns of change, by sense
_CHANGE = "change"  # the role of a word of change that is no other cue
_NEW_CUE_WORDS = 14  # "ازداد العدد لاحقا حتى وصل في صيف 2024 ... إلى 800" may run long
_LEVEL_CUE_WORDS = 24  # ...and longer where the figure is the level reached ("... إلى 15")
_WORD_BEFORE_CHARS = 16  # enough for the longest word a figure's level is told by
_OPENERS = '("«'  # may stand between that word and the figure
_AMOUNT_WORDS = 5  # "25 في المائة، ما يعادل": the amount restated ends a few words before
_AMOUNT_CHARS = 80  # ...so the words back to a figure further off are never counted
_REGION_CHARS = 8000  # a run-on sentence is scanned in pieces of about this size
# Claim.scope: the scopes of lexicons/*/scopes.yaml, the first found in this order, or a
# conversion: an amount in brackets right after another ("1 million ($1.52 million)"), or a
# size: a length joined to its noun by a hyphen ("an 84 - yard scamper"), or a class: a size in
# a unit that names classes of things (common/units.yaml `classes`: "a 17-inch notebook").
CLOCK, CONVERSION, SIZE, CLASS = "clock", "conversion", "size", "class"
ADDEND, PART = "addend", "part"
_GROUP_CHARS = 12  # " of their": a bare count's bridge and determiner
_SCOPE_ORDER = (CLOCK, "limit", "average", "earlier", "remainder", PART, ADDEND, "aggregate")
# characters each side of a figure where its scope words are looked for: a bound for speed,
# further than any reach in words of lexicons/*/scopes.yaml (`before_words`, `after_words`)
_SCOPE_REACH = 80
_WORDS = {"before": "before_words", "after": "after_words"}  # each position's reach in words
# "a 17-inch notebook", "an 84 - yard scamper": a length joined to its noun names a size class or
# one play, not a measure like "0.98 inches thick" or "226 yards" in all
_HYPHENATED = re.compile(r"\d\s?-\s?[^\W\d_]+$")
_EVENT_PLACE_WORDS = 2  # "اجتماع عقد في واشنطن": a participle and a preposition between


class Hit(NamedTuple):  # as PhraseMatch: immutable and quick to build
    start: int  # offsets into the sentence's original text
    end: int
    key: Any


@dataclass
class SentenceFacts:
    text: str
    folded: Folded  # fold(text), which words near a figure are looked up in
    locations: list[Hit] = field(default_factory=list)  # key: (place path, strength 2|1)
    owners: list[Hit] = field(default_factory=list)  # key: (country, strength 2|1)
    cues: list[Hit] = field(default_factory=list)  # key: (role, sense, tight)
    events: list[Hit] = field(default_factory=list)
    deeds: list[Hit] = field(default_factory=list)  # key: the deed a term is of (durations)
    concepts: list[Hit] = field(default_factory=list)
    sums: list[Hit] = field(default_factory=list)  # what a sum of money is (lexicons/*/sums)
    attributions: list[Hit] = field(default_factory=list)  # key: the attribution text
    scopes: list[Hit] = field(default_factory=list)  # key: (scope, position)
    sentence_scopes: set[str] = field(default_factory=set)  # said of the whole sentence
    names: list[tuple[int, str]] = field(default_factory=list)  # holders an introducer names
    anaphors: list[int] = field(default_factory=list)  # where "الشركة" refers back to one
    _not_holders: list[tuple[int, int]] | None = field(default=None, repr=False)
    _starts: dict[int, list[int]] = field(default_factory=dict, repr=False)
    _ends: dict[int, list[int]] = field(default_factory=dict, repr=False)
    # Offsets of the clause breaks, found on first use: one sentence in eight of the
    # SaudiNewsNet week asks for a clause.
    _clauses: list[int] | None = field(default=None, repr=False)

    def starts(self, hits: list[Hit]) -> list[int]:
        """The starts of one of this sentence's hit lists, listed once: every figure of the
        sentence searches the same lists."""
        known = self._starts.get(id(hits))
        if known is None:
            known = self._starts[id(hits)] = [hit.start for hit in hits]
        return known

    def ends(self, hits: list[Hit]) -> list[int]:
        """The ends of one of this sentence's hit lists, listed once (hits never overlap, so
        they are sorted too): every figure looks back for the cue that ends before it."""
        known = self._ends.get(id(hits))
        if known is None:
            known = self._ends[id(hits)] = [hit.end for hit in hits]
        return known

    def clause_span(self, offset: int) -> tuple[int, int]:
        """Where the clause holding `offset` starts and ends (clause breaks included before)."""
        if self._clauses is None:
            self._clauses = [match.start() for match in CLAUSE_MARK.finditer(self.text)]
        clauses = self._clauses
        index = bisect.bisect_right(clauses, offset)
        low = clauses[index - 1] if index else 0
        high = clauses[index] if index < len(clauses) else len(self.text)
        return low, high


class _Language:
    """The matchers and tables of one language, built once per process.

    Every lexicon a sentence is scanned for goes into one automaton whose key is the tuple of
    (category, value) its surface stands for, so a sentence is scanned once, not once per
    lexicon. Prepositions and place nouns are only looked up next to a hit (ending_at, at).
    """

    def __init__(self, language: str) -> None:
        self.language = language
        self.cased = cased(language)
        places = gazetteer()
        self.paths = {key: _path(key, spec) for key, spec in places.items()}
        self.countries = {key for key, spec in places.items() if spec.get("type") == "country"}
        # a state, as a country, is too large to tell two events of one kind apart
        self.coarse = states()
        self.capitals = {
            spec["country"]: self.paths[key]
            for key, spec in places.items()
            if spec.get("type") == "capital"
        }
        locatives = load(language, "locatives")
        # (key, all capitals, generated): a generated name counts only where a place is read
        entries: list[tuple[str, str, Any]] = [
            ("place", surface, (key, self.cased and surface.isupper(), generated))
            for generated, lexicon in ((True, _WORLD), (False, "places"))
            for key, surfaces in load(language, lexicon).items()
            for surface in ([surfaces] if isinstance(surfaces, str) else surfaces)
        ]
        entries += [("demonym", form, key) for form, key in demonym_forms(language)]
        attribution = load(language, "attribution")
        entries += [
            ("attribution", surface, side)
            for side in ("source_follows", "source_precedes")
            for surface in attribution.get(side) or []
        ]
        cues = load(language, "cues")
        entries += [
            ("cue", surface, (role, sense))
            for sense, roles in cues.items()
            if sense not in (_CONTRAST, _LEVELS)
            for role in ("new", "old")
            for surface in roles.get(role) or []
        ]
        levels = cues.get(_LEVELS) or {}
        # a word of change says which way its figures moved when they are its levels ("rose
        # from 65 to 125"); one that is no cue otherwise is a cue of those levels only
        cued = {fold_word(surface) for category, surface, _ in entries if category == "cue"}
        change = {
            fold_word(surface): sense
            for sense, surfaces in (levels.get(_CHANGES) or {}).items()
            for surface in surfaces
        }
        contrast = folded_words(language, "cues", _CONTRAST)
        entries += [("cue", surface, (_CONTRAST, change.get(surface))) for surface in contrast]
        entries += [
            ("cue", surface, (_CHANGE, sense))
            for surface, sense in change.items()
            if surface not in contrast | cued
        ]
        self.changes = set(levels.get("senses") or [])
        self.level_from, self.level_to = level_words(language)
        # the words that make a figure a change's amount, not a level (`levels` of cues.yaml)
        self.level_amount = folded_words(language, "cues", _LEVELS, "amount")
        self.comparatives = folded_words(language, "cues", _LEVELS, "comparatives")
        self.comparative_particles = folded_list(language, "cues", _LEVELS, "comparative_particles")
        self.equivalents = PhraseMatcher.of_surfaces(levels.get("equivalents"), language)
        # a number and the preposition of a date after it: "rose to 41 on Sunday"
        before_date = "|".join(
            re.escape(fold_word(w)) for w in levels.get("date_prepositions") or ()
        )
        self.level_then_date = re.compile(rf"(\d[\d,.]*)\s+(?:{before_date})?\s*$")
        scopes = load(language, "scopes")
        entries += [
            ("scope", surface, (scope, position))
            for scope, positions in scopes.items()
            for position, surfaces in positions.items()
            if position not in _WORDS.values()
            for surface in surfaces
        ]
        # how many words may stand between a scope's word and the figure, where it stands
        self.scope_reach = {
            (scope, position): positions[words]
            for scope, positions in scopes.items()
            for position, words in _WORDS.items()
            if position in positions
        }
        entries += [("holder", s, True) for s in load(language, "holders").get("introducers", [])]
        entries += _keyed("event", load(language, "events"))
        entries += _keyed("deed", load(language, "durations").get("deeds"))
        # a language whose dates modify the noun after them ("his 2006 memoir", "the June 24
        # murder"; lexicons/*/date_words.yaml `edition_before`)
        self.dates_before_nouns = bool(load(language, "date_words").get("edition_before"))
        self.next_predicate = folded_words(language, "date_words", "next_predicate")
        # the verbs of a source told before them ("the ministry said") date a statement too
        self.statement_verbs = folded_words(language, "attribution", "source_precedes")
        self.statement_openers = folded_words(language, "date_words", "statement_openers")
        self.statement_event = load(language, "date_words").get("statement_event") or None
        self.news_of = phrase_matcher(language, "date_words", "news_of")
        self.between_events = folded_words(language, "durations", "between_events")
        entries += _keyed("concept", load(language, "concepts"))
        entries += _keyed("sum", load(language, "sums"))
        entries += [("learn_after", s, True) for s in locatives.get("learn_after", [])]
        self.learn_nouns = folded_words(language, "locatives", "learn_after")
        self.learn_after = phrase_matcher(language, "locatives", "learn_after")
        entries += [("learn_before", s, True) for s in locatives.get("learn_before", [])]
        names = locatives.get("names") or {}
        # what follows or precedes a noun of place and names none (`names` of locatives.yaml)
        self.no_names = frozenset(
            without_article(fold_word(word))
            for word in [*(names.get("not") or ()), *locatives.get("learn_before", [])]
        )
        self.name_openers = folded_words(language, "locatives", "names", "openers")
        self.institution_nouns = frozenset(names.get("institutions") or ())
        self.demonyms = PhraseMatcher(
            ((fold_word(form), key) for form, key in demonym_forms(language)), language
        )
        apposed = locatives.get("apposed") or {}
        entries += [("apposed", s, True) for s in apposed.get("nouns") or []]
        self.apposed_then = folded_words(language, "locatives", "apposed", "then")
        entries += [("anaphor", s, True) for s in locatives.get("anaphors", [])]
        entries += [("capital", s, True) for s in locatives.get("capital_nouns", [])]
        merged: dict[str, list[tuple[str, Any]]] = {}
        for category, surface, value in entries:
            merged.setdefault(" ".join(fold_word(surface).split()), []).append((category, value))
        self.lexicon = PhraseMatcher(
            ((surface, tuple(tags)) for surface, tags in merged.items()), language
        )
        self.places = PhraseMatcher(  # key: the place's key
            ((surface, value[0]) for category, surface, value in entries if category == "place"),
            language,
        )
        self.prepositions = phrase_matcher(language, "locatives", "prepositions")
        self.world_prepositions = phrase_matcher(language, "locatives", "world_prepositions")
        self.learn_before = phrase_matcher(language, "locatives", "learn_before")
        self.apposed = PhraseMatcher.of_surfaces(apposed.get("nouns"), language)
        # the capitalised words after a name that end it ("in Manokwari Sunday")
        dates = date_lexicon(language)
        self.name_enders = frozenset(dates.weekdays) | frozenset(dates.months)
        self.place_articles = phrase_matcher(language, "locatives", "place_articles")
        self.place_nouns = phrase_matcher(language, "locatives", "place_nouns")
        self.acting_before = phrase_matcher(language, "locatives", "acting_nouns_before")
        self.acting_after = phrase_matcher(language, "locatives", "acting_nouns_after")
        self.within = folded_words(language, "locatives", "within")
        self.titles = phrase_matcher(language, "locatives", "titles")
        agencies = locatives.get("agencies") or {}
        self.agency_before = PhraseMatcher.of_surfaces(agencies.get("before"), language)
        self.agency_after = PhraseMatcher.of_surfaces(agencies.get("after"), language)
        self.agency_reach = int(agencies.get("reach") or 0)
        self.clubs = phrase_matcher(language, "locatives", "clubs")
        self.waters = phrase_matcher(language, "locatives", "waters")
        self.currencies = currency_names(language)
        # None where the lexicon lists no verb (Arabic): no clause is read for one
        self.reached = (
            phrase_matcher(language, "locatives", "reached") if locatives.get("reached") else None
        )
        self.event_anaphors = phrase_matcher(language, "anaphors", "event")
        self.within_clitics = set(locatives.get("within_clitics", []))
        self.in_a_name = _in_a_name(locatives.get("in_names") or {})
        self.not_with_article = folded_words(language, "locatives", "not_with_article")
        self.given_names = folded_words(language, "locatives", "given_names")
        # the proclitics, alone or combined ("وبال"), that hold a locative one: one set lookup
        # a place hit
        locative = folded_list(language, "locatives", "locative_clitics")
        self.locative_clitics = frozenset(
            glued for glued in proclitics(language) if any(c in glued for c in locative)
        )
        # the proclitics that hold the article ("ال", "بال", "لل"): one set lookup a hit
        definite = definite_ends(language)
        self.definite_clitics = frozenset(
            glued for glued in proclitics(language) if definite and glued.endswith(definite)
        )
        self.period_start = phrase_matcher(language, "time_words", "period_start")
        earlier = load(language, "time_words").get("earlier_report") or {}
        self.report_auxiliaries = PhraseMatcher.of_surfaces(earlier.get("auxiliaries"), language)
        self.report_verbs = PhraseMatcher.of_surfaces(earlier.get("verbs"), language)
        self.report_reach = int(earlier.get("reach") or 0)
        self.dated_clause = phrase_matcher(language, "time_words", "dated_clause")
        self.new_statement = phrase_matcher(language, "time_words", "new_statement")

    def opens_a_statement(self, text: str) -> bool:
        """Whether `text` opens another statement of its speaker ("لافتًا إلى أن", "adding
        that"; time_words.yaml `new_statement`)."""
        return bool(self.new_statement.finditer(fold_text(text)))

    def starts_a_period(self, body: str, date: Figure) -> bool:
        """ "منذ يونيو 2012": the date opens a period, it is not when a figure holds; unless a
        "when" follows it, which dates its clause ("منذ يونيو 2014 عندما سجل 8.2")."""
        after = fold_text(body[date.end : date.end + 12]).lstrip(" " + COMMAS)
        if self.dated_clause.at(after, 0) is not None:
            return False
        head = fold_text(body[max(0, date.start - 20) : date.start + 12])
        cut = min(20, date.start)
        if self.period_start.at(head[cut:].lstrip(), 0) is not None:
            return True
        before = head[:cut].rstrip()
        return bool(before) and self.period_start.ending_at(before, len(before)) is not None


_NAME_AND_COMMA = re.compile(r"[A-Z][\w'’.-]*\s?,\s*$")


def _locates_a_name(text: str, start: int, known: list[Hit], language: _Language) -> bool:
    """ "boxed in his car on Interstate 75 in Saginaw, Michigan": a state after a name the
    gazetteer lacks and a comma only says where that place lies; the figure is Saginaw's, no
    more all of Michigan's than Bay City's, where another outlet ends the same chase."""
    if not language.cased:
        return False
    name = _NAME_AND_COMMA.search(text, max(0, start - 40), start)
    if name is None:
        return False
    end = len(text[: name.end()].rstrip(" ,"))
    return not known or known[-1].end != end


def _in_a_name(names: dict[str, Any]) -> re.Pattern[str] | None:
    """What, right after a place, makes it a part of a word or of a longer name, where no
    figure holds (locatives.yaml `in_names`): a hyphen and a lower-case word ("Utah - based"),
    a capitalised word in the possessive ("Illinois State ’ s"), a noun of who lives there ("a
    pregnant Arkansas woman", "the 28-year-old Maryland native")."""
    shapes = []
    if names.get("compound"):
        shapes.append(rf"\s?{re.escape(names['compound'])}\s?[a-z]")
    if names.get("possessives"):
        ends = "|".join(re.escape(end) for end in names["possessives"])
        shapes.append(rf"\s[A-Z]\w*\s?(?:{ends})(?!\w)")
    if names.get("residents"):
        nouns = "|".join(re.escape(noun) for noun in names["residents"])
        shapes.append(rf"\s(?:{nouns})\b")
    return re.compile("|".join(shapes)) if shapes else None


def _told_earlier(facts: SentenceFacts, language: _Language) -> int | None:
    """Where (an offset of the sentence) the words of an earlier report end ("وكانت وزارة
    الصحة قد أعلنت", "officials had said"): a figure after it, of no date of its own, is that
    report's; None when the sentence tells none."""
    if not language.report_reach:
        return None
    ftext = facts.folded.text
    verbs = language.report_verbs.finditer(ftext)
    if not verbs:
        return None
    for auxiliary in language.report_auxiliaries.finditer(ftext):
        for verb in verbs:
            words = len(ftext[auxiliary.end : verb.start].split())
            if verb.start >= auxiliary.end and words < language.report_reach:
                return facts.folded.end_of(verb.end)
    return None


def _keyed(category: str, lexicon: Any) -> list[tuple[str, str, Any]]:
    """`key: [surface, ...]` lexicons (events, the concept lexicon); anything else is skipped."""
    if not isinstance(lexicon, dict):
        return []
    return [
        (category, surface, key)
        for key, surfaces in lexicon.items()
        if isinstance(surfaces, list)
        for surface in surfaces
    ]


@cache
def _language(language: str) -> _Language | None:
    return _Language(language) if language in supported_languages() else None


class Figure(Protocol):
    """What the context of a claim is read for: a Claim, or the Mention it is built from
    (extraction builds each claim once, with its context)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> ClaimKind: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def date(self) -> DateSpan | None: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def ordinal(self) -> bool: ...
    @property
    def value(self) -> float | None: ...


def contexts(
    figures: Sequence[Figure],
    document: Document,
    sentences: SentenceIndex,
    folded: Folded | None = None,
) -> list[dict[str, Any]]:
    """For each figure (in text order), the Claim fields its context sets: as_of (and
    as_of_stated), location (and location_from_title), subject, attribution, cue, scope, side,
    toll, sum_of, holders, possessor, person, sex, relation, occasion, anchor, index, events.
    `folded`: the body folded (extraction has it), so that sentences need no folding again."""
    if not figures:
        return []
    language = _language(document.language or "")
    published = _day_span(document.published)
    by_sentence: dict[tuple[int, int], SentenceFacts] = {}
    dates: dict[tuple[int, int], list[Figure]] = {}
    figure_starts: dict[tuple[int, int], list[int]] = {}  # where the amounts of a sentence start
    bare_starts: dict[tuple[int, int], list[int]] = {}  # ...its counts of no noun ("و5 من")
    date_ends: dict[tuple[int, int], list[int]] = {}
    # every date of a sentence, resolved or not, where it starts and ends in the sentence
    date_spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
    article = ArticleNames(document.body, document.title, folded, document.language or "")
    occasions = Occasions(document.body, folded, document.language or "")
    indexes = Indexes(document.body, folded, document.language or "")

    spans = _regions([sentences.span_at(figure.start) for figure in figures])
    for figure, span in zip(figures, spans, strict=True):
        if figure.kind == "date":
            date_spans.setdefault(span, []).append((figure.start - span[0], figure.end - span[0]))
        if figure.kind == "date" and figure.date is not None:
            # a law's year is its name's ("the ... Reinvestment Act of 2009"): it dates no figure
            if (
                language is None or not language.starts_a_period(document.body, figure)
            ) and names_a_year(document.body, figure.start, document.language or "") is None:
                dates.setdefault(span, []).append(figure)
        elif figure.kind != "date":
            figure_starts.setdefault(span, []).append(figure.start - span[0])
            if figure.kind == "count" and figure.unit is None:
                bare_starts.setdefault(span, []).append(figure.start - span[0])
    result = []
    counted: dict[tuple[int, int], dict[str, Any]] = {}  # each sentence's last count of a noun
    events_counted: dict[tuple[int, int], Figure] = {}  # ...and its last count of events
    reports: dict[tuple[int, int], int | None] = {}  # where each sentence's earlier report ends
    for figure, span in zip(figures, spans, strict=True):
        facts = by_sentence.get(span)
        if facts is None and language is not None:
            text = document.body[span[0] : span[1]]
            facts = by_sentence[span] = scan(text, language, _slice(folded, span))
        update: dict[str, Any] = {}
        if figure.kind != "date":
            # the scanned sentence's own text when there is one: a slice per figure is not free
            sentence = facts.text if facts is not None else document.body[span[0] : span[1]]
            in_sentence = dates.get(span, [])
            ends = date_ends.get(span)
            if ends is None:
                ends = date_ends[span] = [date.end for date in in_sentence]
            found = _as_of(figure, sentence, span[0], in_sentence, ends, language)
            if found is not None and figure.subject == AGE and _after(found, published):
                # someone's age is told as it is now, whatever later date the clause names:
                # "وسيبقى مورينيو (52 عاما) مع تشيلسي حتى عام 2019" (SaudiNewsNet 2015-08-08-1035)
                found = None
            update["as_of"] = found or published
            update["as_of_stated"] = found is not None
            if found is None and _between_events(figure, document.body, language):
                update["as_of"] = None
            if figure.unit in timeless_units():  # "the 10th Doctor", whenever told
                update["as_of"], update["as_of_stated"] = None, False
        elif published is not None:
            update["as_of"] = published
        # facts are only scanned in a language with lexicons
        if facts is not None and language is not None:
            start = figure.start - span[0]
            dated_by = update["as_of"] if figure.kind != "date" else None
            if not update.get("as_of_stated") and dated_by is not None:  # the publication
                told = reports.get(span, -1)
                if told == -1:
                    told = reports[span] = _told_earlier(facts, language)
                if told is not None and told <= start:
                    update["as_of"] = _day_before(dated_by)
            update.update(
                _read(
                    figure,
                    start,
                    facts,
                    (figure_starts.get(span, []), bare_starts.get(span, [])),
                    document.body,
                    language,
                    date_spans.get(span, []),
                )
            )
            teller = update.pop(_TELLER, None)
            if update["location"] is None and figure.kind != "date":
                # ...where the sentence before, which it tells more of, says ("a magnitude-6.4
                # temblor rocked Zarand, a town ... in Kerman province. It killed 612 people")
                update["location"] = _told_before_place(facts, document.body, span, language)
            if update["location"] is None and figure.kind != "date":
                # A figure whose sentence names no place holds where the headline says the
                # story is ("إنقاذ 15 شخصا من حريق بحي العوالي"): two fires of one day stay apart.
                update["location"] = _headline_place(document.title, language)
                if update["location"] is not None:
                    update["location_from_title"] = True
                if teller is not None and (
                    update["location"] is None
                    or teller in _headline_countries(document.title, language)
                ):
                    # the teller's own country, which the headline names too ("South Sudan's
                    # president said ... seven people were killed"), or no other place
                    update["location"] = teller
                    update.pop("location_from_title", None)
            if (update["location"] or "").startswith(LEARNED):
                update["location"] = _within_country(update["location"], facts, document, language)
            names = holders(
                facts.text,
                start,
                figure.end - span[0],
                language.language,
                _not_holders(facts),
                figure.subject == AGE,
                facts.names,
                facts.anaphors,
                article,
                span[0],
            )
            if names:
                update["holders"] = names
            owner = possessor(facts.text, start, language.language)
            if owner is not None:
                update["possessor"] = owner
            if figure.kind == "quantity":
                # a count's "by" is as often a cause ("three killed by Israeli fire")
                doer = agent(facts.text, start, figure.end - span[0], language.language)
                if doer is not None:
                    update["agent"] = doer
            if figure.subject in (AGE, DECADE_OF_LIFE):  # whose: "القبض على شخص في العقد الثالث"
                person = age_person(
                    facts.text, start, figure.end - span[0], language.language, _not_holders(facts)
                )
                if person is not None:
                    update["person"] = person
                sex = age_sex(facts.text, start, figure.end - span[0], language.language)
                if sex is not None:
                    update["sex"] = sex
                relation = age_relation(facts.text, start, figure.end - span[0], language.language)
                if relation is not None:
                    update["relation"] = relation
                role = age_role(facts.text, start, language.language)
                if role is not None:
                    update["role"] = role
            occasion = occasions.at(figure.end)
            if occasion is not None:
                update["occasion"] = occasion
            index = indexes.at(figure.start) if figure.kind != "date" else None
            if index is not None:
                update["index"] = index
            if figure.unit in of_dimension("length"):
                reference = distance_reference(facts.text, figure.end - span[0], language.language)
                if reference.place is not None or reference.bearing is not None:
                    update["anchor"] = reference
        if figure.kind == "count" and not figure.ordinal and language is not None:
            # a rank counts no noun: "في الدقيقة 43 ... رفع رصيده إلى 7 نقاط" is no 7th minute;
            # nor does a count of times: "the two-time heavyweight champion ... dropped to
            # 45-7-2" is no 45 times, nor a factor: "بزيادة ثمانية أضعاف في الاشتراكات إلى 23.6
            # مليون" is no 23.6 million multiples; nor a score's or a record's first side: "lost
            # nine games and fell to 2 - 6 at home" is no 2 games
            if figure.unit not in (TIMES, MULTIPLE) and not opens_score(document.body, figure.end):
                _elided_noun(figure, update, counted, span, language.changes)
            events = _events_before(figure, events_counted.get(span), document.body)
            if events is not None:
                update["events"] = events
            if figure.unit in event_concepts():
                events_counted[span] = figure
        result.append(update)
    return result


_EVENTS_GAP_WORDS = 2  # "هجومين أوقعا 13 قتيلا", "two attacks that killed 13 soldiers"


def _events_before(figure: Figure, events: Figure | None, body: str) -> int | None:
    """The number of events a toll right after a count of them is of (two or more): its verb
    and a relative pronoun between them, no clause mark."""
    if events is None or figure.unit not in person_concepts() or events.value is None:
        return None
    gap = body[events.end : figure.start]
    if events.value < 2 or _CLAUSE_MARKS.search(gap) or len(gap.split()) > _EVENTS_GAP_WORDS:
        return None
    return int(events.value)


def _elided_noun(
    figure: Figure,
    update: dict[str, Any],
    counted: dict[tuple[int, int], dict[str, Any]],
    span: tuple[int, int],
    changes: set[str],
) -> None:
    """A level a count rose or fell to or from counts the noun of the sentence's count before
    it: "a force of about 400 troops in Syria, which grew to about 900" (900 troops). Not a
    figure it is compared with: "88,000 residents compared to El Dorado's 1,800" are another
    town's."""
    if figure.unit is not None:
        counted[span] = {"unit": figure.unit, "subject": update.get("subject")}
        return
    before = counted.get(span)
    role, _, sense = update.get("cue", "").partition(":")
    if before is not None and role in ("new", "old") and sense in changes:
        update["unit"] = before["unit"]
        if before["subject"] is not None:
            update["subject"] = before["subject"]


def _not_holders(facts: SentenceFacts) -> list[tuple[int, int]]:
    """Spans whose names hold no figure: places, demonyms, and who says it ("said Sutopo
    Purwo Nugroho of the National Disaster Mitigation Agency", "AP reported"); listed once
    per sentence."""
    if facts._not_holders is None:
        spans = [(hit.start, hit.end) for hit in (*facts.locations, *facts.owners)]
        facts._not_holders = spans + _sources(facts)
    return facts._not_holders


def _sources(facts: SentenceFacts) -> list[tuple[int, int]]:
    """Where the sentence tells who says it ("the U.S. Geological Survey said")."""
    spans = []
    for hit in facts.attributions:
        quoted = facts.text.find(hit.key, max(0, hit.start - len(hit.key)))
        if quoted >= 0:
            spans.append((quoted, quoted + len(hit.key)))
    return spans


def _in_source(facts: SentenceFacts, hit: Hit) -> bool:
    """A country named in who says a figure ("the U.S. Geological Survey said", "Iran's state
    television says") is the teller's, not the figure's owner."""
    return hit.key[1] == 1 and any(
        low <= hit.start and hit.end <= high for low, high in _sources(facts)
    )


def _country_in_source(facts: SentenceFacts, hit: Hit) -> bool:
    """A country named in who says a figure is no place of it ("at a depth of 35 kilometers,
    the U.S. Geological Survey said", "according to the US Geological Survey": right after the
    cue, the preposition is the cue's); a city may be ("Athens police said"), and so is a country
    said outright after a preposition of its own ("وأضاف البيان أن قوات التحالف نفذت في العراق")."""
    if "/" in hit.key[0] or LEARNED in hit.key[0]:
        return False
    return _in_source(facts, hit) if hit.key[1] == 1 else _names_the_source(facts, hit)


# Words between a cue that names its source after it and a country that is that source's: an
# article ("according to the US Geological Survey").
_CUE_GAP_WORDS = 1


def _names_the_source(facts: SentenceFacts, hit: Hit) -> bool:
    """The noun is who says the figure: right after a cue that names its source after it
    ("قالت الشركة", "according to the company")."""
    return any(
        cue.end <= hit.start and len(facts.text[cue.end : hit.start].split()) <= _CUE_GAP_WORDS
        for cue in facts.attributions
    )


# The country of who says a figure, when the sentence names no other place (contexts() keeps
# it only when the headline names it too, or no place at all).
_TELLER = "_teller"


def _only_in_source(facts: SentenceFacts, country: str) -> bool:
    named = [hit for hit in facts.locations if hit.key[0] == country]
    return bool(named) and all(_country_in_source(facts, hit) for hit in named)


def lead_places(text: str, language: str) -> frozenset[str]:
    """The specific places a text names (cities, districts, learned names; no country nor
    state: "The criminal charges were filed Tuesday in Creston, British Columbia" and "The
    charges were sworn on Tuesday" in a lead naming Bountiful are one day): what tells two
    events of one kind apart (align/anchors.py)."""
    scanner = _language(language)
    if scanner is None:
        return frozenset()
    keys = (hit.key[0] for hit in scan(text, scanner).locations)
    return frozenset(
        key for key in keys if ("/" in key or key.startswith(LEARNED)) and key not in scanner.coarse
    )


# How far back the sentence before a figure's is looked for (no sentence of news is longer)
_BEFORE_CHARS = 1500


def _told_before_place(
    facts: SentenceFacts, body: str, span: tuple[int, int], language: _Language
) -> str | None:
    """The place of the sentence before, when the figure's sentence opens by telling more of
    its event (lexicons/*/anaphors.yaml `event`: "It killed 612 people")."""
    if language.event_anaphors.at(facts.folded.text, 0) is None:
        return None
    spans = sentence_spans(body, max(0, span[0] - _BEFORE_CHARS), span[0])
    return _place_of(body[spans[-1][0] : spans[-1][1]], language) if spans else None


# Asked by each figure of the article that names no place (in 900 of the 1,600 articles with
# claims of a quarter of the SaudiNewsNet week): the title is scanned on first need, once.
@lru_cache(maxsize=1)
def _headline_place(title: str | None, language: _Language | None) -> str | None:
    if not title or language is None:
        return None
    return _place_of(title, language)


def _place_of(title: str, language: _Language) -> str | None:
    """Where a headline (or a sentence read as one) says its story is."""
    facts = scan(title, language)
    # "Strong earthquake jolts southern Iran, felt in Oman": the story is in Iran
    places = [hit for hit in facts.locations if not _reached(facts, hit.start, language)]
    stated = [hit for hit in places if hit.key[1] == 2]
    countries = {hit.key[0].split("/")[0] for hit in places if LEARNED not in hit.key[0]}
    if not stated and len(countries) > 1:
        # "South Sudan accuses Sudan of air strike": two countries named bare are who acted
        # and who was acted on, not where
        return None
    stated = stated or places
    return stated[0].key[0] if stated else None


@lru_cache(maxsize=1)
def _headline_countries(title: str | None, language: _Language | None) -> frozenset[str]:
    """The countries a headline names, by name, demonym or a place within them."""
    if not title or language is None:
        return frozenset()
    facts = scan(title, language)
    hits = [*facts.locations, *facts.owners]
    return frozenset(hit.key[0].split("/")[0] for hit in hits if LEARNED not in hit.key[0])


def _sentence_countries(facts: SentenceFacts) -> set[str]:
    """The countries a sentence names, by name, demonym or a place within them."""
    # the country of who says it is not the place's: "135 kilometers from Manokwari, according
    # to the U.S. Geological Survey" is no American town
    countries = {hit.key[0] for hit in facts.owners if not _in_source(facts, hit)}
    countries.update(
        hit.key[0].split("/")[0]
        for hit in facts.locations
        if LEARNED not in hit.key[0] and not _country_in_source(facts, hit)
    )
    return countries


def _within_country(
    learned: str, facts: SentenceFacts, document: Document, language: _Language
) -> str:
    """ "في إقليم خان آباد" in a story of Afghanistan: a learned name lies within the one
    country its sentence names (by name, demonym or a place within it), or else its headline's,
    so that it is not apart from that country ("afghanistan/~خان", not "~خان" against
    "afghanistan": align/compare.places_differ); a sentence of two countries says nothing."""
    countries = _sentence_countries(facts)
    if not countries:
        headline = _headline_place(document.title, language)
        if headline is not None and LEARNED not in headline:
            countries.add(headline.split("/")[0])
    countries -= seas()
    return f"{countries.pop()}/{learned}" if len(countries) == 1 else learned


_WORLD = "places_world"  # the generated gazetteer (tools/build_gazetteer.py)


_NO_STATE = "-"  # places_world.json's division of the cities whose division is unknown


@cache
def gazetteer() -> dict[str, Any]:
    """The places of common/places.yaml and of the generated places_world.json (country ->
    first-level division -> cities), the hand-written entry winning."""
    places: dict[str, Any] = {}
    for country, divisions in load("common", _WORLD).items():
        places[country] = {"type": "country"}
        for state, cities in (divisions or {}).items():
            held = {"country": country}
            if state != _NO_STATE:
                places[state] = {"type": "state", "country": country}
                held["state"] = state
            places.update((city, {"type": "city", **held}) for city in cities)
    return {**places, **load("common", "places")}


@cache
def generated() -> frozenset[str]:
    """The keys of the generated gazetteer that the hand-written one lacks."""
    return frozenset(gazetteer()) - frozenset(load("common", "places"))


def _path(key: str, spec: dict[str, Any]) -> str:
    """A place's key path: its country, its first-level division and itself ("us/utah/provo")."""
    holders = [spec[level] for level in ("country", "state") if spec.get(level)]
    return "/".join([*holders, key])


@cache
def states() -> frozenset[str]:
    """The paths of the gazetteer's first-level divisions (type `state`: "us/michigan")."""
    places = gazetteer()
    return frozenset(
        _path(key, spec) for key, spec in places.items() if spec.get("type") == "state"
    )


@cache
def seas() -> frozenset[str]:
    """The seas of the gazetteer (common/places.yaml type `sea`): places of no country."""
    return frozenset(k for k, spec in load("common", "places").items() if spec.get("type") == "sea")


def _regions(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each claim's sentence, with the windows of one overlong sentence (SentenceIndex clips
    a sentence to a window around each figure) merged into regions scanned once, not once
    per figure. Spans arrive in text order."""
    merged: list[tuple[int, int]] = []
    owner: list[int] = []
    for start, end in spans:
        if merged and start < merged[-1][1] and merged[-1][1] - merged[-1][0] < _REGION_CHARS:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
        owner.append(len(merged) - 1)
    return [merged[index] for index in owner]


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s$")
_WORD_AFTER = re.compile(r"\s([^\W\d_]+)")
_NEIGHBOUR_REACH = 30  # characters around an event word where the word beside it is read
_HEADLINE_SMALL = 3  # a headline capitalises every word longer than "the", "for"


def _names_a_work(text: str, start: int, end: int, language: _Language) -> bool:
    """Whether an event word written capitalised mid-sentence beside another capitalised word
    is part of a name, of a film or a body, not an event: "the "Games" sequel "Catching Fire"
    at some point on Monday" (ECB+ 6_6ecbplus), "the recent zombie horror World War Z",
    "Shooting Fish", "the Eastern Conference". Not in a headline, whose every word but the
    smallest is capitalised; nor a phrase of the lexicon, whose name is its event's ("went to
    the Promises Treatment Center", ECB+ 1_2ecb)."""
    if not language.cased or not text[start : start + 1].isupper() or " " in text[start:end]:
        return False
    opening = len(text) - len(text.lstrip(" \"'“‘(«"))
    if start <= opening:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - _NEIGHBOUR_REACH), start)
    after = _WORD_AFTER.match(text, end, end + _NEIGHBOUR_REACH)
    if not any(word is not None and word.group(1)[:1].isupper() for word in (before, after)):
        return False
    return sum(word.islower() and len(word) > _HEADLINE_SMALL for word in LETTERS.findall(text)) > 1


def _day_span(published: str | None) -> DateSpan | None:
    if not published:
        return None
    day = published[:10]
    return DateSpan(start=day, end=day, granularity="day")


def _day_before(day: DateSpan) -> DateSpan:
    """The day before a publication day: when an earlier report told a figure."""
    before = (dt.date.fromisoformat(day.start[:10]) - dt.timedelta(days=1)).isoformat()
    return day.model_copy(update={"start": before, "end": before})


def _slice(folded: Folded | None, span: tuple[int, int]) -> Folded | None:
    """fold(body[start:end]), cut from the body's fold: the marks dropped before `start`
    shift where the sentence starts in the folded text, those inside are its own."""
    if folded is None:
        return None
    start, end = span
    low = bisect.bisect_left(folded.dropped, start)
    high = bisect.bisect_left(folded.dropped, end)
    inside = tuple(position - start for position in folded.dropped[low:high])
    return Folded(folded.text[start - low : end - high], inside)


def scan(text: str, language: _Language, folded: Folded | None = None) -> SentenceFacts:
    """Everything a claim of this sentence may need, in one pass of the combined matcher;
    `folded` is fold(text) when the caller has it."""
    folded = folded if folded is not None else fold(text)
    ftext = folded.text
    facts = SentenceFacts(text, folded)
    capitals: list[tuple[int, int]] = []
    apposed: list[tuple[Hit, int]] = []
    for match in language.lexicon.finditer(ftext):
        start, end = folded.start_of(match.start), folded.end_of(match.end)
        for category, value in match.key:
            if category == "place":
                key, upper_only, generated = value
                original = text[folded.start_of(match.stem) : end]
                if upper_only and not original.replace(".", "").isupper():
                    continue
                if language.cased and not original[:1].isupper():
                    continue  # a name is capitalised: "a hail of bullets", "eastern province of"
                if (
                    ftext[match.start : match.stem] in language.definite_clitics
                    and ftext[match.stem : match.end] in language.not_with_article
                ):
                    continue  # "الأمطار والسيول": floods, not Seoul
                read = _reads_a_place(text, folded, match, key, language) if generated else _BARELY
                if not read:
                    continue  # "Mobile", "Jackson": a generated name, no place read there
                locative = (
                    read == _AS_LEARNED
                    or _after_preposition(ftext, match, language)
                    or (
                        _before_a_place_noun(text, folded, match.end, language)
                        and _name_before(text, ftext, folded, match.stem, language) is None
                    )
                )
                if (
                    not locative
                    and ftext[match.stem : match.end] in language.given_names
                    and (
                        _longer_name(text, folded, match, language)
                        or _name_before(text, ftext, folded, match.stem, language) is not None
                    )
                ):
                    continue  # "Jordan Clarke", "Eddie Jordan", "Georgia Tech": no place
                if (
                    not locative
                    and language.in_a_name is not None
                    and language.in_a_name.match(text, end)
                ):
                    # "the Utah - based church", "Illinois State ’ s Jackie Carmichael"; not
                    # "in Gaza-where large areas are without power", a dash
                    continue
                if language.paths[key] in language.coarse and _locates_a_name(
                    text, start, facts.locations, language
                ):
                    continue
                facts.locations.append(Hit(start, end, (language.paths[key], 2 if locative else 1)))
                if not locative and key in language.countries:
                    facts.owners.append(Hit(start, end, (key, 1)))
            elif category == "demonym":
                if language.titles.ending_at(ftext, back_spaces(ftext, match.start)):
                    continue  # "الأمير تركي": a name
                if _names_an_agency(ftext, match, language):
                    continue  # "لوكالة الصحافة الفرنسية": the teller, whoever the figure's
                if language.waters.at(ftext, skip_spaces(ftext, match.end)) is not None:
                    continue  # "the 2004 Indian Ocean tsunami": no Indian's toll
                if _in_a_currency(ftext, match, language):
                    continue  # "(2.23 تريليون دولار أمريكي)" of China's trade
                if _names_an_actor(ftext, match, language):
                    continue  # "when Israeli bombs hit the school": who acted, whoever counted
                if _names_a_place(ftext, match, language):
                    path = language.paths.get(value, value)
                    facts.locations.append(Hit(start, end, (path, 2)))
                else:
                    facts.owners.append(Hit(start, end, (value, 2)))
            elif category == "cue":
                # "rose to", "ارتفع إلى": a cue ending in a preposition governs the figure
                # right after it, not one a clause later ("fell to the Red Sox in four games")
                tight = language.prepositions.ending_at(ftext, match.end) is not None
                facts.cues.append(Hit(start, end, (*value, tight)))
            elif category == "event":
                if not _names_a_work(text, start, end, language):
                    facts.events.append(Hit(start, end, value))
            elif category == "deed":
                facts.deeds.append(Hit(start, end, value))
            elif category == "concept":
                facts.concepts.append(Hit(start, end, value))
            elif category == "sum":
                facts.sums.append(Hit(start, end, value))
            elif category == "holder":
                name = name_after(ftext, match.start, match.stem, match.end, language.language)
                if name is not None:
                    facts.names.append((start, name))
                elif refers_back(ftext, match.start, match.stem):
                    facts.anaphors.append(start)
            elif category == "scope" and value[1] == "sentence":
                facts.sentence_scopes.add(value[0])
            elif category == "scope":
                facts.scopes.append(Hit(start, end, value))
            elif category == "attribution":
                cue = Hit(start, end, None)
                facts.attributions.append(Hit(start, end, _attribution(text, cue, value)))
            elif category == "anaphor":
                # "in the province of Hodeidah": the noun opens a name, which the anaphor's
                # longer match hid from `learn_after`
                opens = language.learn_after.at(
                    ftext, match.end - len(ftext[: match.end].split()[-1])
                )
                if opens is not None:
                    learned = _learned_place(text, ftext, folded, opens, "learn_after", language)
                    if learned is not None:
                        facts.locations.append(learned)
                # "killed 170,000 people in the province": a part of the story's country the
                # story named before, never the country as a whole
                elif _after_preposition(ftext, match, language):
                    noun = without_article(ftext[match.stem : match.end].split()[-1])
                    facts.locations.append(Hit(start, end, (f"{LEARNED}{noun}", 2)))
            elif category == "capital":
                # "في العاصمة" with no name after it: the capital of the sentence's country
                after = skip_spaces(ftext, match.end)
                if _after_preposition(ftext, match, language) and not language.places.at(
                    ftext, after
                ):
                    capitals.append((start, end))
            elif category == "apposed":
                named = _apposed_name(text, ftext, folded, match, language)
                if named is not None:
                    apposed.append(named)
            else:
                learned = _learned_place(text, ftext, folded, match, category, language)
                if learned is not None:
                    facts.locations.append(learned)
    if apposed:
        facts.locations = _with_apposed(facts.locations, apposed, text, language)
    if capitals:
        _capital_of_sentence(facts, capitals, language)
    if len(facts.locations) > 1:
        facts.locations = _innermost(facts.locations, text, language)
    return facts


def _capital_of_sentence(
    facts: SentenceFacts, capitals: list[tuple[int, int]], language: _Language
) -> None:
    """ "أكاديمية الشرطة الأفغانية في العاصمة": the capital of the one country the sentence
    names (by its name, a demonym or a place within it), so that the figure is Kabul's, not
    any place of the story's; a sentence of no country or of two says nothing of which."""
    countries = _sentence_countries(facts)
    capital = language.capitals.get(countries.pop()) if len(countries) == 1 else None
    if capital is None:
        return
    named = {hit.start for hit in facts.owners} | {hit.start for hit in facts.locations}
    definite = definite_prefixes(language.language)
    for start, end in capitals:
        after = skip_spaces(facts.text, end)
        # "العاصمة المقدسة" (Makkah), "العاصمة الاقتصادية" (Jeddah): an adjective after it names
        # another city; only a country's ("العاصمة الأفغانية") names the capital
        adjective = facts.folded.text.startswith(definite, facts.folded.index_of(after))
        if adjective and after not in named:
            continue
        facts.locations.append(Hit(start, end, (capital, 2)))


def _innermost(locations: list[Hit], text: str, language: _Language) -> list[Hit]:
    """ "بحي العوالي بمكة المكرمة", "Al Haouz, Morocco": a place followed at once by the place
    that holds it names one place, its most specific part. The holder is dropped (else it would
    be nearer a figure that follows, and two fires of one city would be one place) and its
    strength passes to the part."""
    kept = [locations[0]]
    for hit in locations[1:]:
        part = kept[-1]
        if _holds(part, hit, text, language):
            name = part.key[0]
            if name.startswith(LEARNED):  # "بحي الكرادة في بغداد": a name learned in Baghdad
                name = f"{hit.key[0]}/{name}"
            kept[-1] = Hit(part.start, part.end, (name, max(part.key[1], hit.key[1])))
        else:
            kept.append(hit)
    return kept


def _holds(part: Hit, holder: Hit, text: str, language: _Language) -> bool:
    inner, outer = part.key[0], holder.key[0]
    if inner == outer or ("/" not in inner and not inner.startswith(LEARNED)):
        return False  # a country holds no country; a learned name may be any place's part
    country = inner.split("/")[0]
    gap = text[part.end : holder.start]
    words = gap.replace(",", " ").replace("،", " ").split()
    if not words:
        # a comma also separates the items of a list ("Riyadh, Jeddah and Dammam"), and a
        # clitic و glued to the next place adds it ("الرياض وجدة"): then only the country
        # holds; a clitic ب ("العوالي بمكة") says inside
        glued = text[holder.start : holder.start + 1]
        return outer == country or (glued in language.within_clitics and _within(inner, outer))
    return len(words) == 1 and fold_word(words[0]) in language.within and _within(inner, outer)


def _within(inner: str, outer: str) -> bool:
    return inner.startswith(LEARNED) or outer.split("/")[0] == inner.split("/")[0]


def _after_preposition(ftext: str, match: PhraseMatch, language: _Language) -> bool:
    clitic = ftext[match.start : match.stem]
    if clitic in language.locative_clitics:  # بالنيجر: "in Niger" glued on
        return True
    end = back_spaces(ftext, match.start)
    noun = language.learn_after.ending_at(ftext, end) if end < match.start else None
    if noun is not None:  # "بمحافظة الأنبار", "in the province of Aceh": the noun's preposition
        return _after_preposition(ftext, noun, language)
    article = language.place_articles.ending_at(ftext, end) if end < match.start else None
    if article is not None:  # "in the United States", "to the UK"
        end = back_spaces(ftext, article.start)
    return end < match.start and language.prepositions.ending_at(ftext, end) is not None


_POSSESSIVE_AFTER = re.compile(r"\s?['’]s(?!\w)")
_RECORD_AFTER = re.compile(r"\s?\(\s?\d")  # "in Seattle (7 - 9)": a team and its record

# how strongly a name of the generated gazetteer is read as a place where it stands: not at
# all; barely, as a hand-written name is (a place, the figure's only where a preposition or a
# noun of place says so); or as a learned name is, the figure's place (a location hit of 2)
_NOT_READ, _BARELY, _AS_LEARNED = 0, 1, 2


def _reads_a_place(
    text: str, folded: Folded, match: PhraseMatch, key: str, language: _Language
) -> int:
    """How strongly the reader reads a place where a name of the generated gazetteer stands
    (`_NOT_READ`: not at all), so that a city named like a word or a person ("Mobile",
    "Jackson", "ميدان") is one only there. As a learned name is (`_AS_LEARNED`): after a
    preposition of place (`world_prepositions`: "in Manokwari", "في بندر عباس"; not "to" nor
    "من", before a person as often) or a noun of place ("the town of Bireun", "مدينة بندر
    عباس"), before one ("Hormozgan province") or an apposition ("Zarand, a town of", "Manokwari,
    the capital of"). Barely (`_BARELY`): before a comma and the place that holds it
    ("MANOKWARI, Indonesia"), or after a place of its country and a comma ("Manokwari, West
    Papua"). Never with a clitic ("بمدية" is "with a knife", "الميدان" the square), an article
    but a country's ("in the North Bay"), a possessive ("in Jackson's home"), a team's record
    ("open the playoffs in Seattle (7 - 9)", ECB+ 25_11ecbplus), a capitalised word after it
    that makes a longer name ("Newport Beach", "Bristol District Attorney") or a place after its
    comma that does not hold it ("Huntsville, Texas" is not Alabama's)."""
    ftext, path = folded.text, language.paths[key]
    if match.stem != match.start:
        return _NOT_READ
    if _POSSESSIVE_AFTER.match(ftext, match.end) or _RECORD_AFTER.match(ftext, match.end):
        return _NOT_READ
    if _longer_name(text, folded, match, language):
        return _NOT_READ
    after = skip_spaces(ftext, match.end)
    held = None  # whether the place after its comma holds it
    if ftext[after : after + 1] and ftext[after : after + 1] in COMMAS:  # "" is in any string
        named = skip_spaces(ftext, after + 1)
        holder = language.places.at(ftext, named)
        if holder is not None:
            held = path.startswith(language.paths[holder.key] + "/")
            if not held:
                return _NOT_READ
        elif _apposition_at(ftext, named, language):
            return _AS_LEARNED
    if after > match.end and language.learn_before.at(ftext, after) is not None:
        # "Hormozgan province"; not "Bristol District Attorney", "Bergen County": a name
        return _AS_LEARNED if _before_a_place_noun(text, folded, match.end, language) else _NOT_READ
    if _after_a_place_word(ftext, match.start, key, language):
        return _AS_LEARNED
    end = back_spaces(ftext, match.start)
    if end < match.start and end and ftext[end - 1] in COMMAS:
        before = language.places.ending_at(ftext, back_spaces(ftext, end - 1))
        if before is not None and _country(path) == _country(language.paths[before.key]):
            return _BARELY
    return _BARELY if held else _NOT_READ


def _before_a_place_noun(text: str, folded: Folded, end: int, language: _Language) -> bool:
    """A noun of place in small letters right after a name (`learn_before`: "Indonesia's West
    Papua province", "Hormozgan province"): the name is said to be a place, as a learned one
    is, whether or not a preposition comes first; not a part of a longer name the noun makes a
    learned one ("Central Aceh district": `_name_before`)."""
    after = skip_spaces(folded.text, end)
    if after == end or language.learn_before.at(folded.text, after) is None:
        return False
    return not text[folded.start_of(after) : folded.start_of(after) + 1].isupper()


def _apposition_at(ftext: str, start: int, language: _Language) -> bool:
    """An apposition that says a name before its comma is a place: "a town of", "the capital
    of"."""
    if language.apposed.at(ftext, start) is not None:
        return True
    article = language.place_articles.at(ftext, start)
    return article is not None and bool(
        language.place_nouns.at(ftext, skip_spaces(ftext, article.end))
    )


def _after_a_place_word(ftext: str, start: int, key: str, language: _Language) -> bool:
    """A noun of place or a preposition of place right before a name ("the town of", "in",
    "في"); an article between only before a country's ("in the Maldives", not "in the North
    Bay")."""
    end = back_spaces(ftext, start)
    if end == start:
        return False
    if language.learn_after.ending_at(ftext, end) is not None:
        return True
    article = language.place_articles.ending_at(ftext, end)
    if article is not None:
        if key not in language.countries:
            return False
        end = back_spaces(ftext, article.start)
    return language.world_prepositions.ending_at(ftext, end) is not None


def _country(path: str) -> str:
    return path.split("/")[0]


def _longer_name(text: str, folded: Folded, match: PhraseMatch, language: _Language) -> bool:
    """A capitalised word right after a name, which makes a longer name of it ("Newport Beach",
    "Wichita State", "New Bedford District Court"), unless it is a weekday or a month ("in
    Bandar Abbas Sunday")."""
    if not language.cased:
        return False
    word = _WORD_AFTER.match(folded.text, match.end)
    if word is None:
        return False
    start = folded.start_of(word.start(1))
    return text[start : start + 1].isupper() and word.group(1) not in language.name_enders


def _in_a_currency(ftext: str, match: PhraseMatch, language: _Language) -> bool:
    """A demonym inside a currency's name ("دولار أمريكي", "Canadian dollars")."""
    before = language.currencies.ending_at(ftext, match.end)
    if before is not None and before.start < match.start:
        return True
    after = language.currencies.at(ftext, match.start)
    return after is not None and after.end > match.end


def _names_an_agency(ftext: str, match: PhraseMatch, language: _Language) -> bool:
    """A demonym in a news agency's name ("وكالة الأنباء الألمانية", "the French news agency"):
    agencies.yaml `before` may stand up to `reach` words before it, `after` right after it."""
    after = skip_spaces(ftext, match.end)
    if after > match.end and language.agency_after.at(ftext, after) is not None:
        return True
    end = match.start
    for _ in range(language.agency_reach):
        end = back_spaces(ftext, end)
        start = word_start(ftext, end)
        if start == end:
            return False
        if language.agency_before.at(ftext, start) is not None:
            return True
        end = start
    return False


def _names_an_actor(ftext: str, match: PhraseMatch, language: _Language) -> bool:
    """ "Israeli bombs", "غارات إسرائيلية": a demonym of a weapon or an attack (locatives.yaml
    `acting_nouns_after`, `acting_nouns_before`, as the language puts its adjectives) names who
    acted, not where nor whose a figure of the sentence is."""
    end = back_spaces(ftext, match.start)
    if end < match.start and language.acting_before.ending_at(ftext, end) is not None:
        return True
    start = skip_spaces(ftext, match.end)
    return start > match.end and language.acting_after.at(ftext, start) is not None


def _names_a_place(ftext: str, match: PhraseMatch, language: _Language) -> bool:
    """ "الأراضي السورية" (noun before), "Syrian territory" (noun after) name Syria itself, and
    "ولاية أميركية", "بلدة إيطالية" a place in it that no name tells."""
    end = back_spaces(ftext, match.start)
    if end < match.start and (
        language.place_nouns.ending_at(ftext, end) is not None
        or language.learn_after.ending_at(ftext, end) is not None
    ):
        return True
    start = skip_spaces(ftext, match.end)
    return start > match.end and language.place_nouns.at(ftext, start) is not None


def _learned_place(
    text: str, ftext: str, folded: Folded, match: PhraseMatch, side: str, language: _Language
) -> Hit | None:
    """A name the gazetteer lacks, learned from how the sentence uses it: "في منطقة X",
    "the province of X" (`learn_after`), "X province" (`learn_before`, English)."""
    if side == "learn_after":
        if ftext[match.start : match.stem] in language.definite_clitics:
            # "المنطقة الغربية", "المركز الثاني", "أبناء المنطقة بدأوا": after the noun with its
            # article comes an adjective or a verb; a name follows the bare noun ("منطقة عسير")
            return None
        word = _WORD.match(ftext, skip_spaces(ftext, match.end))
        if word is None or any(ch.isdigit() for ch in word.group()):  # "المركز الـ12"
            return None
        begin, finish = word.start(), word.end()
        if language.places.at(ftext, begin) is not None:
            return None  # a known place: the gazetteer hit stands
        if word.group() in language.learn_nouns:
            return None  # "في مقاطعة ولاية قندوز": the inner noun's own match learns the name
        if language.titles.at(ftext, begin) is not None:
            return None  # "مدينة الملك عبدالعزيز الطبية": named after a person, no place
        if _names_none(ftext, begin, finish, language):
            return None
        finish = _name_end(text, ftext, folded, begin, finish, language)
    else:
        noun = text[folded.start_of(match.start) : folded.end_of(match.end)]
        finish = back_spaces(ftext, match.start)
        begin = word_start(ftext, finish)
        if noun in language.institution_nouns and not _possessor(ftext, begin, language):
            # "Wayne State", "Solid State Drives": a university, a team, a thing; "South
            # Sudan's Unity State" is the country's
            return None
        known = language.places.ending_at(ftext, finish)
        if known is not None:
            # "Aceh province", "New York City": the gazetteer's place stands, unless a name
            # before it makes another place ("Central Aceh district" is not all of Aceh)
            named = _name_before(text, ftext, folded, known.start, language)
            if named is None:
                return None
            begin = named
        if begin == finish or _names_none(ftext, begin, finish, language):
            return None  # "The city was negotiating", "Fulton County District Attorney"
        if known is None:
            # "Salt Lake City": the capitalised words before make one name, not "~lake"
            for _ in range(_NAME_WORDS - 1):
                named = _name_before(text, ftext, folded, begin, language)
                if named is None:
                    break
                begin = named
    start, end = folded.start_of(begin), folded.end_of(finish)
    if language.cased and not text[start : start + 1].isupper():
        return None
    name = f"{LEARNED}{without_article(ftext[begin:finish])}"
    holder = _possessor(ftext, match.start if side == "learn_after" else begin, language)
    return Hit(start, end, (f"{holder}/{name}" if holder else name, 2))


def _names_none(ftext: str, begin: int, finish: int, language: _Language) -> bool:
    """The word beside a noun of place is no name: a function word ("في منطقة تقع", "حول"),
    a generic noun or adjective (`names.not`: "منطقة الحادث", "قرية نائية", "Federal District
    Court"), another noun of place, a currency ("منطقة اليورو": the eurozone) or a demonym
    ("بلدة إيطالية": the country's)."""
    word = without_article(ftext[begin:finish])
    return (
        word in stopwords(language.language)
        or ftext[begin:finish] in stopwords(language.language)
        or word in language.no_names
        or language.currencies.at(ftext, begin) is not None
        or language.demonyms.at(ftext, begin) is not None
    )


_NAME_WORDS = 3  # "the town of Bukit Sama", "the region of South Kordofan"


def _name_end(
    text: str, ftext: str, folded: Folded, begin: int, finish: int, language: _Language
) -> int:
    """Where a name learned after a noun of place ends: the capitalised words that follow its
    first ("the region of South Kordofan", not "~south"), and the word after an opener that is
    no name alone ("مدينة سان مورتيز", "حي أبو مرخة", "منطقة جبل علي": "~سان" would be San
    Francisco's too)."""
    opener = without_article(ftext[begin:finish]) in language.name_openers
    for _ in range(_NAME_WORDS - 1):
        word = _WORD.match(ftext, skip_spaces(ftext, finish))
        if word is None or word.start() == finish or any(ch.isdigit() for ch in word.group()):
            return finish
        if language.cased:
            if not text[folded.start_of(word.start())].isupper() or _names_none(
                ftext, word.start(), word.end(), language
            ):
                return finish
        elif not opener:
            return finish
        finish, opener = word.end(), False
    return finish


# A capitalised name and the comma of an apposition ("rocked Zarand, a town of about 15, 000")
_APPOSED_NAME = re.compile(r"((?:[A-Z][\w'’-]*\s)*[A-Z][\w'’-]*)\s?,\s*$")
_APPOSITION_CHARS = 80  # where the apposition may say what holds the place ("in Kerman province")


def _apposed_name(
    text: str, ftext: str, folded: Folded, match: PhraseMatch, language: _Language
) -> tuple[Hit, int] | None:
    """A name the gazetteer lacks, learned from the noun of place set beside it ("Zarand, a
    town of about 15, 000 people in Kerman province"; locatives.yaml `apposed`), with where its
    apposition ends; not "Smith, a city councilman", a noun of place that heads no phrase."""
    after = _WORD.match(ftext, skip_spaces(ftext, match.end))
    if after is not None and after.group() not in language.apposed_then:
        return None
    start = folded.start_of(match.start)
    name = _APPOSED_NAME.search(text, max(0, start - 60), start)
    if name is None or language.places.ending_at(ftext, folded.index_of(name.end(1))):
        return None
    begin = name.start(1)
    if text[begin:].split(maxsplit=1)[0] in stopwords(language.language):
        return None
    learned = f"{LEARNED}{without_article(fold_text(name.group(1)))}"
    return Hit(begin, name.end(1), (learned, 2)), folded.end_of(match.end)


def _with_apposed(
    locations: list[Hit], apposed: list[tuple[Hit, int]], text: str, language: _Language
) -> list[Hit]:
    """The sentence's places with each name learned from an apposition, held by the first
    place its apposition says it lies in ("in Kerman province": "~kerman/~zarand")."""
    for hit, end in apposed:
        holder = next(
            (
                place
                for place in locations
                if end <= place.start < end + _APPOSITION_CHARS
                and fold_word(text[: place.start].split()[-1]) in language.within
            ),
            None,
        )
        name = hit.key[0] if holder is None else f"{holder.key[0]}/{hit.key[0]}"
        locations.append(Hit(hit.start, hit.end, (name, hit.key[1])))
    return sorted(locations, key=lambda place: place.start)


_POSSESSIVE = re.compile(r"\s?['’]s\s*$")  # "Indonesia's", tokenised "Indonesia 's"


def _possessor(ftext: str, begin: int, language: _Language) -> str | None:
    """The known place whose possessive stands right before a learned name, or before the word
    before it ("Indonesia's West Papua province", "Papua's main city of Manokwari"): the name
    lies in it."""
    for end in (begin, word_start(ftext, back_spaces(ftext, begin))):
        possessive = _POSSESSIVE.search(ftext, max(0, end - 4), end)
        if possessive is not None:
            place = language.places.ending_at(ftext, possessive.start())
            return language.paths[place.key] if place is not None else None
    return None


def _name_before(
    text: str, ftext: str, folded: Folded, place: int, language: _Language
) -> int | None:
    """Where a capitalised word right before the known place at `place` begins (a script with
    case), if one makes a longer name with it: not a possessive ("Indonesia's Aceh province"),
    a preposition or a stopword ("In Aceh province", "The Aceh province")."""
    end = back_spaces(ftext, place)
    begin = word_start(ftext, end)
    start = folded.start_of(begin)
    word = ftext[begin:end]
    if (
        not language.cased
        or begin == end
        or end == place
        or not text[start : start + 1].isupper()
        or (begin > 0 and ftext[begin - 1].isdigit())  # "a 256GB solid state drive": a unit
        or word in stopwords(language.language)
        or word in language.no_names
        or language.prepositions.ending_at(ftext, end) is not None
    ):
        return None
    return begin


def _attribution(text: str, cue: Hit, side: str) -> str:
    """The cue and up to six words of its source, within the clause."""
    if side == "source_follows":
        cue_words = len(text[cue.start : cue.end].split())
        clause = CLAUSE_MARK.split(text[cue.start :], maxsplit=1)[0]
        return " ".join(clause.split()[: cue_words + 6]).strip(" ." + COMMAS)
    head = CLAUSE_MARK.split(text[: cue.end])[-1]
    return " ".join(head.split()[-6:]).strip(" ." + COMMAS)


def _nearest(
    facts: SentenceFacts,
    hits: list[Hit],
    start: int,
    end: int,
    within: tuple[int, int] | None = None,
    accept: Callable[[Hit], bool] | None = None,
) -> Hit | None:
    """The hit nearest [start, end) among `hits` (sorted by start) that lie `within` a span and
    pass `accept`: found by bisection and an outward walk, so a sentence with thousands of
    figures costs no more per figure than one with a few."""
    if not hits:  # two lookups in three: most sentences name no place, owner or event
        return None
    starts = facts.starts(hits)
    low, high = 0, len(hits)
    if within is not None:
        low, high = bisect.bisect_left(starts, within[0]), bisect.bisect_left(starts, within[1])
    right = max(low, min(high, bisect.bisect_left(starts, start)))
    left = right - 1
    while left >= low or right < high:
        if right >= high or (left >= low and start - hits[left].end <= hits[right].start - end):
            hit, left = hits[left], left - 1
        else:
            hit, right = hits[right], right + 1
        if accept is None or accept(hit):
            return hit
    return None


_LEVEL_REACH = 24  # characters before a date where that number is looked for


def _after_a_level(facts: SentenceFacts, start: int, language: _Language) -> bool:
    """Whether the date at `start` tells when a change reached its level ("The death toll from
    Saturday's magnitude 6.1 earthquake rose to 41 on Sunday"): the toll's day, not the day of
    the event its clause names."""
    ftext = facts.folded.text
    at = facts.folded.index_of(start)
    number = language.level_then_date.search(ftext, max(0, at - _LEVEL_REACH), at)
    return number is not None and reached_by_change(ftext, number.start(), language.language)


def _between_events(figure: Figure, body: str, language: _Language | None) -> bool:
    """Whether a length of time is the one between two events ("his firing four days earlier",
    lexicons/*/durations.yaml `between_events`): it holds whenever it is told, a year after
    as the day after, so no day of publication dates it."""
    if language is None or not language.between_events or figure.unit not in durations():
        return False
    after = _WORD.search(body, figure.end, figure.end + _NEXT_WORD_REACH)
    return after is not None and fold_word(after.group()) in language.between_events


_NEXT_WORD_REACH = 20  # characters after a duration where the word that follows it is read


def _event_of(
    facts: SentenceFacts,
    start: int,
    end: int,
    dates: Sequence[tuple[int, int]],
    next_predicate: frozenset[str] = frozenset(),
) -> Hit | None:
    """The event a date is of: the nearest event noun of its clause, else of its sentence ("A
    magnitude 6.1 earthquake struck western Turkey on Saturday, killing at least 32": the
    quake's day, not the killing's, which the next clause tells). An event noun right after
    another date of the sentence is that date's, where dates modify the noun after them
    (`dates`: the sentence's dates then, else none): "for the June 24 murder of Ortiz and on
    June 20, when a man was shot" (ECB+ 16_1ecbplus); not "اليوم الجمعة مقتل 12 شخصا الخميس".
    An event a word of `next_predicate` opens right after the date is another predicate's:
    "thwarted a multiple - boat attack by pirates on Thursday and rescued 26 Somali
    crewmembers" (12_5ecbplus) dates the attack."""
    if not facts.events:
        return None

    def own(hit: Hit) -> bool:
        if hit.start >= end and _opens_a_predicate(facts.text[end : hit.start], next_predicate):
            return False
        return not any(
            other_end <= hit.start
            and (other, other_end) != (start, end)
            and not facts.text[other_end : hit.start].strip(" ,")
            for other, other_end in dates
        )

    clause = facts.clause_span(start)
    return _nearest(facts, facts.events, start, end, clause, own) or _nearest(
        facts, facts.events, start, end, accept=own
    )


_STATEMENT_REACH = 24  # characters before a day read for its verb of saying: "said late on"
_SENTENCE_END = " .!?\"'”’\n"  # what may follow a statement's day at its sentence's end


def _a_statements_day(text: str, start: int, end: int, language: _Language) -> bool:
    """Whether the day at `start`..`end` is the day a statement was made, told after what was
    said, its sentence ending there: "..., a prosecutor said Friday." (attribution.yaml
    `source_precedes`). Not where more follows: "said Friday that the star went to rehab",
    "said Wednesday during the man's arraignment" (ECB+ 1_2ecb, 18_10ecbplus) are as often
    the day of what they tell, and are read as the other days of their sentence are."""
    if not language.statement_verbs or text[end:].strip(_SENTENCE_END):
        return False
    words = [fold_word(word) for word in text[max(0, start - _STATEMENT_REACH) : start].split()]
    while words and words[-1] in language.statement_openers:
        words.pop()
    return bool(words) and words[-1] in language.statement_verbs


_NEWS_BETWEEN = 2  # words between "news of" and the event's noun: "news of the HP talks"


def _told_as_news(facts: SentenceFacts, start: int, language: _Language) -> bool:
    """Whether the event noun at `start` is what news told: "news of her death", "news of the
    HP talks" (date_words.yaml `news_of`)."""
    text = facts.folded.text
    pos = back_spaces(text, facts.folded.index_of(start))
    for _ in range(_NEWS_BETWEEN + 1):
        if pos <= 0:
            return False
        if language.news_of.ending_at(text, pos) is not None:
            return True
        pos = back_spaces(text, word_start(text, pos))
    return False


_PREDICATE_GAP_WORDS = 3  # "on Thursday morning and rescued": the day's part, then the word


def _opens_a_predicate(gap: str, next_predicate: frozenset[str]) -> bool:
    words = gap.split()
    return (
        0 < len(words) <= _PREDICATE_GAP_WORDS
        and fold_word(words[-1]) in next_predicate
        and not _CLAUSE_MARKS.search(gap)
    )


def _pick(
    hits: list[Hit],
    start: int,
    end: int,
    facts: SentenceFacts,
    skip: Callable[[Hit], bool] | None = None,
) -> Any:
    """The strongest kind of hit first (2: stated as such), then the same clause, then nearest."""
    if not hits:
        return None
    clause = facts.clause_span(start)
    for strength in (2, 1):

        def fits(hit: Hit, strength: int = strength) -> bool:
            return hit.key[1] == strength and (skip is None or not skip(hit))

        chosen = _nearest(facts, hits, start, end, clause, fits) or _nearest(
            facts, hits, start, end, accept=fits
        )
        if chosen is not None:
            return chosen.key[0]
    return None


def _part_in_clause(facts: SentenceFacts, country: str, start: int, end: int) -> str | None:
    """The one place of the gazetteer within `country` that the figure's clause names after it,
    when the country is named before it: "أوضحت قيادة العمليات المشتركة في العراق أن 7 عناصر من
    تنظيم داعش قتلوا ... في محافظة الانبار" holds in Anbar, the country said whose command
    spoke. A country named after the figure is its place ("ألف جندي أميركي في النيجر ... ولديهم
    قاعدة في أغاديز": the troops are in Niger, their base in Agadez)."""
    clause = facts.clause_span(start)
    inside = [hit for hit in facts.locations if clause[0] <= hit.start < clause[1]]
    named = [hit for hit in inside if hit.key[0] == country]
    nearest = min(named, key=lambda hit: max(start - hit.end, hit.start - end), default=None)
    if nearest is None or nearest.end > start:
        return None
    within = country + "/"
    parts = {hit.key[0] for hit in inside if hit.start >= end and hit.key[0].startswith(within)}
    return parts.pop() if len(parts) == 1 else None


def _read(
    claim: Figure,
    start: int,
    facts: SentenceFacts,
    starts: tuple[list[int], list[int]],
    body: str,
    language: _Language,
    dates: Sequence[tuple[int, int]] = (),
) -> dict[str, Any]:
    """`starts`: where the sentence's amounts start, and its counts of no noun; `dates`: where
    the sentence's dates start and end."""
    figures, bare = starts
    end = start + (claim.end - claim.start)
    owner = _pick(facts.owners, start, end, facts, partial(_in_source, facts))
    event = None
    stated = claim.kind == "date" and _a_statements_day(facts.text, start, end, language)
    if claim.kind == "date" and not stated and not _after_a_level(facts, start, language):
        others = dates if language.dates_before_nouns else ()
        event = _event_of(facts, start, end, others, language.next_predicate)
        if event is not None and _told_as_news(facts, event.start, language):
            event, stated = None, True

    def unusable(hit: Hit) -> bool:
        if start <= hit.start and hit.end <= end:
            return True  # "المركز الثالث": a word of the figure's own is no place of it
        # the country that owns the figure is not where it holds, unless said so outright;
        # where an event happened is said outright, or not known
        weak = hit.key[1] == 1
        if weak and (claim.kind == "date" or hit.key[0].split("/")[0] == owner):
            return True
        # "اجتماع في واشنطن مع رئيس الوزراء الذي تولى السلطة عقب الانقلاب في يوليو 2023":
        # Washington is where the meeting was, not where the coup of that date was
        if _club(facts, hit.start, language) or _reached(facts, hit.start, language):
            return True  # "تغلبه على نادي الرياض": a club named after a city
        held = _event_held_at(facts, hit) if event is not None else None
        return held is not None and event is not None and held != event.key

    location = _pick(facts.locations, start, end, facts, unusable)
    if claim.kind != "date" and location is not None and "/" not in location:
        # a country (a learned "~name" holds no gazetteer place)
        location = _part_in_clause(facts, location, start, end) or location
    teller = None
    if location is not None and "/" not in location and _only_in_source(facts, location):
        # "135 kilometers from Manokwari at a depth of 35 kilometers, the U.S. Geological Survey
        # said": another place of the sentence, not whose survey it is (contexts() weighs it
        # against the headline when the sentence names no other)
        teller = location
        location = _pick(
            facts.locations,
            start,
            end,
            facts,
            lambda hit: unusable(hit) or _country_in_source(facts, hit),
        )
    if claim.kind == "date":
        concept = event.key if event is not None else language.statement_event if stated else None
        if concept is None and claim.date is not None and claim.date.granularity == "year":
            concept = edition_of(facts.text, start, end, language.language)
        owner = None  # a date has no owner; the country that acted was only kept off `location`
    elif claim.kind == "count":
        concept = claim.unit
    elif claim.subject is not None or (claim.kind == "quantity" and claim.unit in durations()):
        # the finder knew it ("عن عمر 90 عاما": an age); a duration is no measure of the nouns
        # near it ("أسوأ مجاعة منذ 100 عام وموت 13 مليون شخص": not 100 years of people)
        concept = claim.subject
    elif claim.kind == "money":
        # a sum counts no noun of its clause: "47 مليون دولار ... لكل سيارة" is no count of
        # vehicles, "وبقيمة إجمالية ... 17.3 مليار ريال" no count of the "عمليات" before it;
        # what a sum is, is its `sum_of`
        concept = None
    elif claim.kind == "quantity":
        # nor is a measure a count of its clause's nouns ("falling 200ft" beside "death",
        # "135 kilometers" beside "residents"): it takes only the noun it measures
        concept = _measured(facts, end, language)
    else:
        # a share is not of who tells it: "قالت مؤسسة النقد ... إن التضخم ارتفع إلى 2.2 في
        # المائة" is no share of institutions, "according to the company" none of companies
        low, high = facts.clause_span(start)
        if _bridge_after(facts, end, language) is not None:
            # a share said of a noun after its bridge takes no noun further on: "60 percent of
            # those polled saying the riots were a social uprising rather than an outburst by
            # an isolated fringe of violent protesters" (ECB+ 19_8ecb); its own noun, or the
            # part's before it ("وسندات شركات الطاقة تُمثّل 14.3 في المائة من المؤشر")
            high = start
            concept = _measured(facts, end, language)
        else:
            high = _noun_bound(facts, figures, start, end, high, language)
            concept = None
        if concept is None:
            nearest = _nearest(
                facts,
                facts.concepts,
                start,
                end,
                (low, high),
                lambda hit: not _names_the_source(facts, hit),
            )
            concept = nearest.key if nearest is not None else None
    update: dict[str, Any] = {"location": location}
    if teller is not None and location is None:
        update[_TELLER] = teller
    if claim.kind == "count":
        folded = facts.folded
        side = side_of(
            concept,
            folded.text,
            folded.index_of(end),
            folded.index_of(facts.clause_span(start)[1]),
            [folded.index_of(other) for other in bare if other > start],
            language.language,
        )
        if side is not None:
            update["side"] = side
        # what befell a side's people: "Two officers suffered minor injuries" are not the two
        # who "shot and killed a 16 - year - old"
        toll = (
            toll_of(
                concept,
                folded.text,
                folded.index_of(start),
                folded.index_of(end),
                language.language,
            )
            if concept in side_concepts(language.language)
            else None
        )
        if toll is not None:
            update["toll"] = toll
    if owner is None and claim.kind in _HELD_KINDS:
        bound = bound_holder(facts.text, end, facts.names, language.language)
        owner = f"{LEARNED}{bound}" if bound is not None else None  # learned, as places are
    if concept or owner:
        update["subject"] = f"{owner}/{concept or '*'}" if owner else concept
    attribution = _nearest(facts, facts.attributions, start, end)
    if attribution is not None:
        update["attribution"] = attribution.key
    cue = _cue(facts, start, figures, language) or _amount_restated(facts, start, figures, language)
    if cue is not None:
        update["cue"] = cue
    scope = _scope(claim, start, end, facts, body, language)
    if scope is not None:
        update["scope"] = scope
    # a sum, or its share or change ("الودائع بنسبة 10 %"), or the period a statistic is of
    # ("انخفاض حجم التجارة الخارجية الصينية ... في الأشهر السبعة الأولى من عام 2015")
    of_sum = claim.kind in ("money", "percent") or (
        claim.kind == "quantity" and claim.unit in durations()
    )
    if of_sum:
        noun = _sum_noun(facts, start, end)
        if noun is not None:
            update["sum_of"] = noun.key
    if claim.kind == "quantity" and claim.unit in durations():
        deed = _deed_of(facts, start)
        if deed is not None:
            update["deed"] = deed
    return update


def _noun_bound(
    facts: SentenceFacts, figures: list[int], start: int, end: int, high: int, language: _Language
) -> int:
    """Where the nouns a share may be of end, `high` the end of its clause: at the next amount,
    whose noun one past it is ("put disapproval of the government at 68 percent with 60 percent
    of those polled saying ... violent protesters", ECB+ 19_8ecb), unless only a comma, a
    conjunction or a range's join joins the two: a list or a change shares the noun after it
    ("بنسبة ٢٩% و٤٦% و١١% من الشركات", snn-2015-08-08-0660; "من 47% الى 14%")."""
    after = bisect.bisect_right(figures, start)
    if after == len(figures) or figures[after] >= high:
        return high
    joins = cue_conjunctions(language.language).union(*range_joins(language.language))
    if all(fold_word(word) in joins for word in LETTERS.findall(facts.text, end, figures[after])):
        return high
    return figures[after]


def _deed_of(facts: SentenceFacts, start: int) -> str | None:
    """The deed a length of time is the term of: the deed noun of its clause before it
    (lexicons/*/durations.yaml `deeds`), the first of a run of them, which heads the others
    ("تجديد تعيين" renews an appointment). "وتعيين أعضاء في مجلس إدارة المؤسسة ... لمدة ثلاث
    سنوات" and "تجديد عضوية الآتية أسماؤهم في مجلس إدارة المؤسسة ... لمدة ثلاث سنوات" are two
    decisions' terms."""
    low, _ = facts.clause_span(start)
    nearest = _nearest(facts, facts.deeds, start, start, (low, start))
    return None if nearest is None else str(_head(facts.deeds, nearest, facts.text).key)


_MEASURED_WORDS = 2  # "two tonnes of small arms": adjectives between the bridge and the noun


def _measured(facts: SentenceFacts, end: int, language: _Language) -> str | None:
    """The concept of the noun a measure is said of, right after it and a bridge word ("five
    tonnes of weapons", "طنان من الأسلحة"); none otherwise."""
    bridge = _bridge_after(facts, end, language)
    if bridge is None:
        return None
    folded = facts.folded
    after = folded.end_of(bridge.end)
    noun = _nearest(facts, facts.concepts, after, after, facts.clause_span(end))
    if noun is None or noun.start < after:
        return None
    between = folded.text[bridge.end : folded.index_of(noun.start)]
    return noun.key if len(between.split()) <= _MEASURED_WORDS else None


def _bridge_after(facts: SentenceFacts, end: int, language: _Language) -> PhraseMatch | None:
    """The bridge word right after a figure that ends at `end` ("13 من منسوبي", "10 of the"),
    found in the folded sentence (its offsets are folded)."""
    ftext = facts.folded.text
    after = skip_spaces(ftext, facts.folded.index_of(end))
    return phrase_matcher(language.language, "counts", "bridges").at(ftext, after)


# at most this many words between a sum and the noun after it that says what it is
_SUM_NOUN_AFTER = 3


def _sum_noun(facts: SentenceFacts, start: int, end: int) -> Hit | None:
    """What a sum of money is: a noun right after it in its clause ("انخفاضا بلغ 13.6 في المائة
    في صافي ربح", "$5 billion in profits"), else the nearest before it in its clause ("بلغت
    مصروفات النادي ما يقارب ثلاثة ملايين"), else the last one before it in the sentence, its
    subject ("سجلت ارتفاعا في أرباحها منذ بداية العام 2015، لتصل إلى 22.4 مليار ريال": profit,
    a comma away). A noun further on names something else ("نحو 800 ألف ريال لشراء العسل ...
    لشركة المجدوعي للاستثمار")."""
    low, high = facts.clause_span(start)
    after = _nearest(facts, facts.sums, start, end, (end, high))
    if after is not None and len(facts.text[end : after.start].split()) <= _SUM_NOUN_AFTER:
        return after
    before = _nearest(facts, facts.sums, start, end, (low, start)) or _nearest(
        facts, facts.sums, start, end, (0, start)
    )
    return None if before is None else _head(facts.sums, before, facts.text)


def _head(hits: list[Hit], noun: Hit, text: str) -> Hit:
    """The first noun of a construct of nouns ("عجز الموازنة": the deficit of the budget)."""
    at = hits.index(noun)
    while at > 0 and not text[hits[at - 1].end : hits[at].start].strip():
        at -= 1
    return hits[at]


def _scope(
    claim: Figure, start: int, end: int, facts: SentenceFacts, body: str, language: _Language
) -> str | None:
    """Which share of a quantity the figure gives: told by the words of lexicons/*/scopes.yaml
    where they stand, and an addend also by how a count of a group is joined to another
    (_partitive_addend); or a conversion: money in brackets right after another amount
    ("$US1 million ($1.52 million)", "110 مليارات يورو (143 مليار دولار)") is the same sum in
    another currency, at some rate."""
    if claim.kind == "money" and converts_the_sum_before(facts.text, start):
        return CONVERSION
    hyphenated = _HYPHENATED.search(body, claim.start, claim.end) is not None
    if claim.unit in class_units() and (
        # ...or with a mark a word follows ("the 17 '' MacBook Pro": unit_contexts.unit_mark)
        hyphenated or body[claim.start : claim.end].endswith(tuple(unit_marks(language.language)))
    ):
        return CLASS  # "every 17-inch MacBook Pro": a model's size, no measure of one
    if claim.unit in of_dimension("length") and hyphenated:
        return SIZE
    text = facts.text
    found = set(facts.sentence_scopes)
    starts = facts.starts(facts.scopes)
    low = bisect.bisect_left(starts, start - _SCOPE_REACH)
    high = bisect.bisect_right(starts, end + _SCOPE_REACH)
    for hit in facts.scopes[low:high]:
        scope, position = hit.key
        if position == "before" and hit.end <= start:
            gap, reach = text[hit.end : start], language.scope_reach[hit.key]
        elif position == "before" and start <= hit.start and hit.end < end:
            # a qualifier the mention took in: "maximum of 27 years"
            gap, reach = "", 0
        elif position == "after" and start < hit.start:
            gap, reach = text[end : hit.start], language.scope_reach[hit.key]
        else:
            continue
        if len(gap.split()) <= reach:
            found.add(scope)
    if CLOCK in found and not (claim.kind == "quantity" and claim.unit in clock_units()):
        found.discard(CLOCK)
    # "Six of his points", "four of its security updates": a part of the group it names, in its
    # text or, where no noun of the lexicons is counted, right after it
    if claim.kind == "count" and names_its_group(
        body[claim.start : claim.end if claim.unit else claim.end + _GROUP_CHARS],
        language.language,
    ):
        found.add(PART)
    if not found and claim.kind == "count" and _partitive_addend(facts, end, language):
        # read from how the sentence runs, not from a word: any scope a word states outranks
        # it ("وفاة 21 من كبار السن وإصابة 66 بالإجهاد حتى أمس" is a total to date)
        return ADDEND
    return next((scope for scope in _SCOPE_ORDER if scope in found), None)


_NUMBER_WORD_CHARS = 20  # enough of the text after a conjunction to hold a number word


@cache
def _joins(language: str) -> re.Pattern[str] | None:
    """A cue conjunction of counts.yaml at the start of a word, with the spaces after it: apart
    from the next word ("and three") or glued to it ("وثلاثة")."""
    words = sorted(cue_conjunctions(language), key=len, reverse=True)
    if not words:
        return None
    return re.compile(f"(?<![^\\W_])(?:{'|'.join(map(re.escape, words))}) *")


def _partitive_addend(facts: SentenceFacts, end: int, language: _Language) -> bool:
    """ "استشهاد 13 من منسوبي قوات الطوارئ الخاصة وثلاثة من العاملين": a count of a group (a
    bridge word, "من"/"of", right after it) that a conjunction joins to another count in its
    clause is one addend of the clause's total (the sixteen dead are not thirteen)."""
    bridge = _bridge_after(facts, end, language)
    joins = _joins(language.language)
    if bridge is None or joins is None:
        return False
    folded = facts.folded
    ftext = folded.text
    stop = folded.index_of(facts.clause_span(end)[1])
    numbers = number_words(language.language)
    for join in joins.finditer(ftext, bridge.end, stop):
        # read from a slice: a number word glued to its conjunction would be the middle of a
        # word in the whole text
        following = ftext[join.end() : join.end() + _NUMBER_WORD_CHARS]
        if numbers.starts_a_number(following, 0):
            return True
    return False


def _event_held_at(facts: SentenceFacts, place: Hit) -> str | None:
    """The event said to happen at `place`: an event noun a word or two before it, in its
    clause ("اجتماع في واشنطن", "اجتماع عقد في واشنطن", "a meeting held in Washington")."""
    index = bisect.bisect_left(facts.starts(facts.events), place.start) - 1
    if index < 0:
        return None
    event = facts.events[index]
    gap = facts.text[event.end : place.start]
    if event.end > place.start or CLAUSE_MARK.search(gap) or len(gap.split()) > _EVENT_PLACE_WORDS:
        return None
    return event.key


def _cue(facts: SentenceFacts, start: int, figures: list[int], language: _Language) -> str | None:
    """The change cue right before the figure, if no other figure stands between them; for a
    verb of change, also the level it left ("rose to 20 from 15", "ارتفع من 15 إلى 20")."""
    index = bisect.bisect_right(facts.ends(facts.cues), start) - 1
    glued = index + 1
    if glued < len(facts.cues) and _glued_to(facts.cues[glued], start, facts.text):
        index = glued
    if index < 0:
        return None
    cue = facts.cues[index]
    role, sense, tight = cue.key
    between = bisect.bisect_left(figures, cue.end)
    others = bisect.bisect_left(figures, start, between) - between  # figures between the two
    if (
        role in ("new", _CONTRAST, _CHANGE)
        and others > 1
        and _word_before(facts.text, figures[between]) in language.level_amount
    ):
        # the change's amount before the levels it left and reached is neither: "تراجع عدد
        # المتدربين ... بمقدار ما يزيد على الثلث، من نحو 450.000 إلى 288.000" (SaudiNewsNet
        # snn-2015-08-10-0144), "fell by 162,000, from about 450,000 to 288,000"
        between, others = between + 1, others - 1
    first = figures[between] if others else -1
    if role == "new" and sense in language.changes:
        return _change(facts, start, cue, others, first, language)
    if role in (_CONTRAST, _CHANGE) and sense is not None:
        # a level: "ترتفع عائدات القناة إلى 13.23 مليار", "rose from 65 to 125"; after a word
        # of contrast, only one of a pair ("زيادة من 13 إلى 23"), not one alone, which another
        # change may have reached ("ارتفع إلى 9.184 مليار من 8.419 مليار مقارنة بتوقعات
        # الاقتصاديين بزيادة العجز إلى 9.3 مليار": 9.3 was only expected)
        before = _word_before(facts.text, start)
        paired = others == 1 or role == _CHANGE
        if before in language.level_from or (paired and before in language.level_to):
            level = Hit(cue.start, cue.end, ("new", sense, False))
            return _change(facts, start, level, others, first, language)
        # "ارتفاعًا بقيمة 69.84 نقطة", "وتراجع سعر خام برنت 40 سنتا إلى 49.12 دولار": the
        # change's amount, no level
        amount = role == _CHANGE and before in language.level_amount
        near = len(facts.text[cue.end : start].split()) <= _NEW_CUE_WORDS
        if near and not others and (amount or _level_next(facts, start, figures, language)):
            return f"{_CONTRAST}:{sense}"
    if role == _CHANGE:
        return None
    limit = _OLD_CUE_WORDS if role in ("old", _CONTRAST) or tight else _NEW_CUE_WORDS
    if len(facts.text[cue.end : start].split()) > limit:
        return None
    if role == _CONTRAST:
        # "مقابل تراجع 15": one side of a contrast, neither changed nor left, and no figure
        # to hold against another either (a cue of its own keeps conflicts off it)
        return f"{_CONTRAST}:"
    return None if others else f"{role}:{sense}"


def _club(facts: SentenceFacts, start: int, language: _Language) -> bool:
    """Whether the place name at `start` names a club: right after a club's or a player's noun
    or a match's verb (lexicons/*/locatives.yaml `clubs`)."""
    ftext = facts.folded.text
    end = back_spaces(ftext, facts.folded.index_of(start))
    return end > 0 and language.clubs.ending_at(ftext, end) is not None


# Words looked at before a place for the verb that says an event reached it: "was felt across
# the Gulf in the United Arab Emirates", "felt as far away as Oman and the United Arab Emirates"
_REACH_WORDS = 8
_REACH_CHARS = 400  # ...read in this much text, more than eight words of news take
_CLAUSE_MARKS = re.compile(r"[,.;:!?،؛]")


def _reached(facts: SentenceFacts, start: int, language: _Language) -> bool:
    """Whether the place name at `start` is one an event was felt or heard in, after such a
    verb of its clause (lexicons/*/locatives.yaml `reached`)."""
    if language.reached is None:
        return False
    ftext = facts.folded.text
    at = facts.folded.index_of(start)
    # only the stretch right before the place: asked of every place a figure weighs, and a run-on
    # sentence would be split whole each time
    clause = _CLAUSE_MARKS.split(ftext[max(0, at - _REACH_CHARS) : at])[-1]
    window = " ".join(clause.split()[-_REACH_WORDS:])
    return bool(window) and bool(language.reached.finditer(window))


def _amount_restated(
    facts: SentenceFacts, start: int, figures: list[int], language: _Language
) -> str | None:
    """A change's amount told again in other terms is an amount too: "تراجعت بنسبة 25 في
    المائة، ما يعادل 353.5 مليار ريال" (353.5 billion is what was lost, not the level left or
    reached), "fell 35 points, or 0.4 percent"; and so is the gap a comparative states ("نسبة
    أقل بثمانية في المئة")."""
    folded = facts.folded
    ftext, at = folded.text, folded.index_of(start)
    comparative = _word_before(facts.text, start) in language.comparatives
    if comparative and ftext.startswith(language.comparative_particles, at):
        return f"{_CONTRAST}:"
    index = bisect.bisect_left(figures, start) - 1
    if index < 0:
        return None
    previous = figures[index]
    if start - previous > _AMOUNT_CHARS:
        return None
    low = folded.index_of(previous)
    equivalent = language.equivalents.ending_at(ftext, back_spaces(ftext, at))
    if equivalent is None or equivalent.start < low:
        return None
    between = ftext[low : equivalent.start]
    if len(between.split()) > _AMOUNT_WORDS or any(mark in between for mark in ".;؛:"):
        return None
    return f"{_CONTRAST}:" if _cue(facts, previous, figures, language) == f"{_CONTRAST}:" else None


def _glued_to(cue: Hit, start: int, text: str) -> bool:
    """ "مقارنة بنحو 70.3 مليار": a cue whose last particle is glued to the qualifier the figure
    opens with ends inside the figure's words, before its number."""
    return cue.start < start < cue.end and not any(char.isdigit() for char in text[start : cue.end])


def _change(
    facts: SentenceFacts, start: int, cue: Hit, others: int, first: int, language: _Language
) -> str | None:
    """What a verb of change ("ارتفع", "rose to") makes of the figure after it: the level it
    reached ("ارتفع ... إلى 20"), the level it left ("إلى 20 من 15", "من 15 إلى 20"), or the
    change's amount ("ارتفع المؤشر 20 نقطة", "ارتفعت بنسبة 46%"), which is neither: a revision
    that took it for the new level read "revises 50.1 billion to 22.9 billion" where the text
    says 22.9 billion more made 73."""
    _, sense, tight = cue.key
    gap = facts.text[cue.end : start].split()
    before = _word_before(facts.text, start)
    # "ارتفعت حصيلة ضحايا انفجار السيارة المفخخة الذي استهدف سوقا في حي الكرادة ببغداد مساء
    # الاثنين إلى 15": the level the change reached, after a long subject
    reach = _LEVEL_CUE_WORDS if before in language.level_to else _NEW_CUE_WORDS
    if len(gap) > reach or others > 1:
        return None
    if before in language.level_from:
        return f"old:{sense}"
    if others:  # past the level it left or the change's amount: "من 15 إلى 20", "1.09 إلى 44.96"
        first_reached = _word_before(facts.text, first) in language.level_to
        return f"new:{sense}" if before in language.level_to and not first_reached else None
    if before in language.level_to or (tight and len(gap) <= _OLD_CUE_WORDS):
        return f"new:{sense}"
    return f"{_CONTRAST}:{sense}"


_CLAUSE_MARK_AFTER = re.compile(r"[.;؛:،,](?!\d)")  # not a decimal point
_AMOUNT_UNIT_WORDS = 3  # "40 سنتا إلى", "1.09 دولار أمريكي إلى": the amount's unit, then the level


def _level_next(facts: SentenceFacts, start: int, figures: list[int], language: _Language) -> bool:
    """Whether the figure after the one at `start` is the level a change reached, right after
    it and its unit ("40 سنتا إلى 49.12"): the one at `start` is then the change's amount."""
    following = bisect.bisect_right(figures, start)
    if following >= len(figures):
        return False
    gap = facts.text[start : figures[following]]
    return (
        len(gap.split()) <= _AMOUNT_UNIT_WORDS + 1
        and _CLAUSE_MARK_AFTER.search(gap) is None
        and _word_before(facts.text, figures[following]) in language.level_to
    )


def _word_before(text: str, start: int) -> str:
    """The folded word before `start`, past an opening bracket or quote ("إلى (2.3) مليار")."""
    return fold_word(word_before(text, start, _WORD_BEFORE_CHARS, _OPENERS))


def _after(date: DateSpan, published: DateSpan | None) -> bool:
    return published is not None and date.start > published.end


def _as_of(
    claim: Figure,
    sentence: str,
    offset: int,
    dates: list[Figure],
    ends: list[int],
    language: _Language | None,
) -> DateSpan | None:
    """The explicit date the claim holds for: a date in its own clause ("ألف جندي حتى العام
    الماضي"), else the nearest one before it in the sentence ("في عام 2018، ... نحو 400").
    `dates` are in text order, `ends` their ends."""
    ranked = []
    before = bisect.bisect_right(ends, claim.start) - 1
    if before >= 0:
        date = dates[before]
        between = sentence[date.end - offset : claim.start - offset]
        other_clause = bool(CLAUSE_MARK.search(between))
        # the last of a list of dates in another clause dates none of its figures: "يملك روما،
        # بطل ايطاليا في 1942 و1983 و2001، حق شراء ... بلغت خمسة ملايين يورو" (a loan of 2015);
        # nor does the end of a period the figure's statement is not of: "لمرحلتي قيد الناخبين
        # ... وتسجيل المرشحين، التي ستكون في الفترة من 15/11/1436هـ إلى 4/12/1436هـ ...، لافتًا
        # إلى أن التطوير شمل تخفيض سن الناخب من 21 عامًا" (a programme's items after it, "خلال
        # الفترة من 24 إلى 30 أغسطس، عند الساعة 10:40", are the period's)
        if not (
            other_clause
            and (
                _listed_after(dates, before, sentence, offset)
                or (
                    _ends_a_period(dates, before, sentence, offset)
                    and language is not None
                    and language.opens_a_statement(between)
                )
            )
        ):
            ranked.append((other_clause, claim.start - date.end, date))
    after = bisect.bisect_left(ends, claim.end + 1)
    while after < len(dates) and dates[after].start < claim.end:
        after += 1  # a date that overlaps the figure is no date of it
    if after < len(dates):
        date = dates[after]
        # an explicit date after the figure dates it only within its clause
        if not CLAUSE_MARK.search(sentence[claim.end - offset : date.start - offset]):
            ranked.append((False, date.start - claim.end, date))
    if not ranked:
        return None
    return min(ranked, key=lambda item: item[:2])[2].date


def _listed_after(dates: list[Figure], index: int, sentence: str, offset: int) -> bool:
    """Whether the date at `index` ends a list of three or more, joined by conjunctions or
    commas (two may be a span, "between 1998 and 2002", or a pair told respectively)."""
    if index < 2:
        return False
    joint = _list_joint()
    return all(
        joint.fullmatch(sentence[dates[i - 1].end - offset : dates[i].start - offset])
        for i in (index - 1, index)
    )


def _ends_a_period(dates: list[Figure], index: int, sentence: str, offset: int) -> bool:
    """Whether the date at `index` closes a period the date before it opens, joined by a word
    that makes a range alone (qualifiers.yaml `range_join_alone`: "إلى", "to")."""
    if index < 1:
        return False
    joint = fold_text(sentence[dates[index - 1].end - offset : dates[index].start - offset])
    return " ".join(joint.split()) in _period_joints()


@cache
def _period_joints() -> frozenset[str]:
    """The joins of a range of every language, folded, as `_list_joint` reads every language's."""
    return frozenset(
        word for language in sorted(supported_languages()) for word in range_joins(language)[1]
    )


@cache
def _list_joint() -> re.Pattern[str]:
    """A comma, a conjunction of a list (numbers.yaml `list_joints`), or both, as written: of
    every language, as a list of years reads before the sentence's language is asked; a word
    that is a proclitic of its language may be glued to the next item ("1983 و2001")."""
    words = "|".join(
        re.escape(word) + ("" if fold_word(word) in proclitics(language) else r"\s+")
        for language in sorted(supported_languages())
        for word in load(language, "numbers").get("list_joints") or ()
    )
    return re.compile(rf"\s*(?:[{COMMAS}]\s*(?:{words})?|{words})\s*")


def named_keys(text: str, language: str) -> frozenset[str]:
    """The language-neutral keys a sentence names (gazetteer places, owners, events, concepts,
    sums), which two articles in different languages share where their words cannot be
    compared. Learned places ("~haouz") are left out: their key is in the article's script."""
    lexicon = _language(language)
    if lexicon is None:
        return frozenset()
    facts = scan(text, lexicon)
    keys = {f"place:{hit.key[0]}" for hit in facts.locations if not hit.key[0].startswith(LEARNED)}
    keys |= {f"owner:{hit.key[0]}" for hit in facts.owners}
    for category, hits in (("event", facts.events), ("concept", facts.concepts)):
        keys |= {f"{category}:{hit.key}" for hit in hits}
    keys |= {f"sum:{hit.key}" for hit in facts.sums}
    return frozenset(keys)
