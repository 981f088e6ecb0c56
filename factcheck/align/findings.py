"""Pair verdicts -> Findings: agreeing claims held together, conflicts and revisions between."""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from functools import cache
from typing import Any, Literal, NamedTuple

from factcheck.align.compare import (
    Verdict,
    differ,
    hand_part,
    owners_differ,
    places_differ,
    similarity,
    times_apart,
)
from factcheck.align.features import Features, is_moment, score
from factcheck.align.fingerprint import fingerprint
from factcheck.align.intervals import Interval
from factcheck.align.rules import FindingRule
from factcheck.align.undated import is_undated, shared_day, shared_key
from factcheck.extract.holders import same_holder
from factcheck.extract.number_words import number_words
from factcheck.extract.occasions import occasions_apart
from factcheck.extract.persons import persons_differ
from factcheck.extract.units import generic_concepts, personal_concepts
from factcheck.lang.clitics import DEFINITE, stem, stopwords
from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.normalize import fold_text, fold_word
from factcheck.lang.tokens import LETTERS, TOKEN
from factcheck.models import LEARNED, Claim, DateSpan, Finding, sharing_fields_set


def _finding(rule: FindingRule, members: list[Features]) -> Finding:
    """`members` in message order: a is the first (the earlier figure), b the last."""
    return finding_of(rule, [item.claim for item in members])


def finding_of(rule: FindingRule, claims: list[Claim]) -> Finding:
    text = rule.message.format(  # fields checked when the rule was loaded
        a=claims[0],
        b=claims[-1],
        n=len(claims),
        docs=len({claim.document for claim in claims}),
    )
    finding = Finding(
        id=fingerprint(rule.id, claims),
        kind=rule.finding,
        claims=[claim.id for claim in claims],
        rule=rule.id,
        message=text,
        severity=rule.severity,
    )
    return sharing_fields_set(finding, _GIVEN)


# The fields finding_of gives every finding.
_GIVEN = ("id", "kind", "claims", "rule", "message", "severity")


class _Apart(NamedTuple):
    """One thing an agreement group keeps apart (see _Groups)."""

    name: Callable[[Features], Hashable | None]  # what a claim names of it; None: nothing
    apart: Callable[[set[Any], set[Any]], bool]  # of two groups' names, neither set empty
    repeated_joins: bool = True  # one sentence printed twice joins in spite of it


def _any_pair(differ: Callable[[Any, Any], bool]) -> Callable[[set[Any], set[Any]], bool]:
    """Two groups are apart when a name of one differs from a name of the other."""

    def apart(xs: set[Any], ys: set[Any]) -> bool:
        return any(differ(x, y) for x in xs for y in ys)

    return apart


def _share(xs: set[Any], ys: set[Any]) -> bool:
    return not xs.isdisjoint(ys)


def _grains_apart(xs: set[str], ys: set[str]) -> bool:
    grains = xs | ys
    return {"day", "year"} <= grains and "month" not in grains


_RELATION = "~"  # marks a relation's noun among the persons' names of a group


def _person_of(claim: Claim) -> str | None:
    if claim.relation is not None:
        return _RELATION + claim.relation
    return claim.person or None


def _people_differ(x: str, y: str) -> bool:
    """Two relations, or a relation and a name (compare._relation_apart); else two full names
    of no word in common: a group that holds "Catherine Gomes" and "Kathryn Gomes" may take
    "Katherine" alone, which each pair of its own still asks of the rule."""
    if x.startswith(_RELATION) or y.startswith(_RELATION):
        return x != y
    return " " in x and " " in y and persons_differ(x, y)


def _no_holder_shared(xs: set[tuple[str, ...]], ys: set[tuple[str, ...]]) -> bool:
    """A sentence names more than the holder ("Artino complemented Echenique"): two groups
    are two players' only when no sentence of one names someone of the other's."""
    return not any(same_holder(x, y) for x in xs for y in ys)


# What agreement groups keep apart, by name: what each claim names of it and when two groups'
# names are apart. Adding a thing to keep apart is one entry.
_KEPT_APART: dict[str, _Apart] = {
    # a name learned from the documents ("~fulton") may lie within a gazetteer place
    # ("georgia") or be another's other name, and a generated one ("iran/hormozgan") be where
    # another's place ("iran/tehran", the institute's city) said one quake struck: only the
    # hand gazetteer's places are known apart
    "places": _Apart(lambda item: hand_part(item.location), _any_pair(places_differ)),
    "owners": _Apart(lambda item: item.owner or None, _any_pair(owners_differ)),
    # "1650 مترا" of the seventh round of two race meetings: one value, two occasions
    "occasions": _Apart(lambda item: item.claim.occasion or None, _any_pair(occasions_apart)),
    # "two miles east of The Geysers" and "two miles from The Geysers" may each agree with
    # a distance of no place named, never both with "four miles southwest of Cobb"
    "anchors": _Apart(
        lambda item: item.claim.anchor.place if item.claim.anchor else None, _any_pair(differ)
    ),
    # a board's renewals and appointments "لمدة ثلاث سنوات" of one session, each agreeing with
    # a term of no deed named
    "deeds": _Apart(lambda item: item.claim.deed or None, _any_pair(differ)),
    # a date of no event may agree with each of "his 2006 memoir" and "his 2006 expose",
    # two books (rule FC034 keeps their pair apart): a group holds one edition's
    # (extract/editions.py); the lexicon's events of one day ("repulsed an attack on
    # Saturday", "arrested 23 pirates on Saturday") may still meet through a date of none
    "editions": _Apart(
        lambda item: (
            item.concept
            if item.claim.kind == "date" and item.concept and item.concept.startswith(LEARNED)
            else None
        ),
        _any_pair(differ),
    ),
    # "Jean Larson, 48" and "Alan Steinberg, 48": one age of two people; and "Timmons' 16
    # year-old best friend" is not "16-year-old Jermayne Timmons" (the relation is kept
    # beside the names, marked, so that a group holds a relation's age or a name's)
    "persons": _Apart(lambda item: _person_of(item.claim), _any_pair(_people_differ)),
    # the soldiers' "قتيلين" and the attackers' of one event, each agreeing with a toll of
    # no side ("قتيلين ... في صفوفهم")
    "sides": _Apart(lambda item: item.claim.side or None, _any_pair(differ)),
    # the officers who shot and those injured at a protest, each agreeing with a count of
    # officers of no toll
    "tolls": _Apart(lambda item: item.claim.toll or None, _any_pair(differ)),
    # the 7 of "25 - 7" and of "a 7 - 0 run", each agreeing with its own record's copies
    "scores": _Apart(lambda item: score(item) or None, _any_pair(differ)),
    # two players' "14 points", each agreeing with a "His 14 points" of no name
    "holders": _Apart(
        lambda item: (
            item.claim.holders
            if item.claim.holders and item.claim.unit in personal_concepts()
            else None
        ),
        _no_holder_shared,
    ),
    # two figures of one sentence are two items, as _one_sentence_twice says of a pair:
    # nor may a group gather them through the other article's copies ("لهزيمته 1 - 2 ... في
    # مايو ... منذ 29 يناير 2013، حينما تغلب عليه 2 - 1", printed in two papers)
    "sentences": _Apart(
        lambda item: item.sentence if item.claim.kind != "date" else None,
        _share,
        repeated_joins=False,
    ),
    # two groups that each hold a figure of the same two articles are two figures both state:
    # copies of one release give "(21) يوماً" for the voters' registration and "(21) يوماً"
    # for Makkah's, two papers' lists "المركز الرابع" of one team's players and of the
    # other's, and a third paper's fourth of no team named joins one of them only. Not dates:
    # one date said twice is one date
    "articles": _Apart(
        lambda item: item.claim.document if item.claim.kind != "date" else None,
        lambda xs, ys: len(xs & ys) >= 2,
        repeated_joins=False,
    ),
    # a festival's programme names "الساعة 8:30" of its third day and of its fourth: one
    # article's two moments are two events', however the other papers' copies chain them
    "moments": _Apart(
        lambda item: item.claim.document if is_moment(item.claim) else None,
        _share,
        repeated_joins=False,
    ),
    # a month may be its day's ("يوليو (تموز) 2023" of the coup of 26 July, and then "انقلاب
    # العام الماضي" its year), but a year alone is the time of too much to be one day's:
    # "أمس" of a ministry's statement and "موسم حج هذا العام 1436هـ", "reports last week"
    # and "filming later this year", "غدا" and "2015 - 2016" are two times
    "grains": _Apart(
        lambda item: item.claim.date.granularity if item.claim.date else None,
        _grains_apart,
        repeated_joins=False,
    ),
}


class _Groups:
    """Union-find over claim indexes; a group's root is its first claim in report order.

    A group stays coherent: every two of its claims could agree. Agreement is not transitive,
    and joining on any agreeing pair chained claims that contradict each other through one
    that agrees with both: "filming later this year" held "reports last week" and "this
    week" (ECB+ 6_3ecbplus, 6_4ecbplus), a claim of no stated place held Etisalat's shares in
    Dubai and gasoline futures in the US. So each group keeps the values all its claims
    share (closed intervals that meet pairwise share a point) and the names of what it keeps
    apart (_KEPT_APART: places, owners, occasions, persons ...), and two groups join only
    when they share a value and name no two of these apart.
    """

    def __init__(self, items: list[Features]) -> None:
        self.parent = list(range(len(items)))
        self.values = [item.values for item in items]
        self.dates = bool(items) and items[0].claim.kind == "date"  # a block holds one kind
        # one article's "five suspicious boats" and "five merchant vessels" (12_1ecbplus) are
        # two things counted, both `ships`: no group holds them through other articles' copies
        nouns = [_counted_noun(item) for item in items]
        told_apart = _nouns_told_apart(items, nouns)
        self.kept = _KEPT_APART
        if told_apart:
            self.kept = _KEPT_APART | {
                "nouns": _Apart(
                    lambda item: nouns[item.index],
                    lambda xs, ys: any(frozenset((p, q)) in told_apart for p in xs for q in ys),
                    repeated_joins=False,
                )
            }
        # each claim's names of what is kept apart, only those it names
        self.names: list[dict[str, set[Any]]] = []
        for item in items:
            named = {}
            for key, kept in self.kept.items():
                name = kept.name(item)
                if name is not None:
                    named[key] = {name}
            self.names.append(named)

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, repeated: Callable[[], bool] | None = None) -> None:
        """`repeated`: the pair is one sentence printed twice, whose owners and places, lent by
        the rest of each article, do not keep it apart (both are kept, to keep others off)."""
        x, y = self.root(i), self.root(j)
        if x == y:
            return
        shared = _shared(self.values[x], self.values[y], self.dates)
        if shared is False:
            return
        xs, ys = self.names[x], self.names[y]
        yielded = False
        for key, names in xs.items():
            others = ys.get(key)
            if others is not None and self.kept[key].apart(names, others):
                if not self.kept[key].repeated_joins:
                    return
                yielded = True
        if yielded and not (repeated is not None and repeated()):
            return
        keep, drop = min(x, y), max(x, y)
        self.parent[drop] = keep
        self.values[keep] = shared
        kept, dropped = self.names[keep], self.names[drop]
        for key, names in dropped.items():
            if key in kept:
                kept[key] |= names
            else:
                kept[key] = names


def _counted_noun(item: Features) -> str | None:
    """The stem of the noun a count of a specific concept names ("vessels" of "five merchant
    vessels", "حاله" of "21 حالة وفاة"); people and cases are counted under many words at once
    ("توفي 21 شخصا ... ونقل 66 آخرون")."""
    claim = item.claim
    if (
        claim.kind != "count"
        or claim.ordinal  # a rank's words are its ordinal's ("حل أولا", "بالمركز الأول")
        or item.concept is None
        or item.concept in generic_concepts()
    ):
        return None
    word = _head_word(claim.text, item.language)
    return stem(word) if word is not None else None


def _head_word(text: str, language: str) -> str | None:
    """The folded word of a count's text that heads its noun, where the language puts it
    (counts.yaml `head`): the last ("five merchant vessels"), or the first after the number
    and the words that say nothing ("21 حالة وفاة", "وثلاثة آلاف شخص", "12 من رجال الأمن",
    "(20) طائرة"; a dual alone, "حالتين", is its own)."""
    if _head(language) == "last":
        last = text.rsplit(None, 1)[-1]
        return fold_word(last) if last.isalpha() else None
    words = TOKEN.findall(fold_text(text))
    numbers = number_words(language)
    after = 0
    for i, word in enumerate(words):
        if numbers.starts_a_number(word, 0):
            after = i + 1
    empty = stopwords(language)
    head = next((word for word in words[after:] if word not in empty), None)
    return head if head is not None and head.isalpha() else None


@cache
def _head(language: str) -> str:
    return str(load(language, "counts").get("head", "last")) if language else "last"


def _nouns_told_apart(items: list[Features], nouns: list[str | None]) -> set[frozenset[str]]:
    """Pairs of nouns an article tells apart: it counts one value of each, and the sentence of
    one names the other beside its own figure. "a group of five suspicious boats speedily
    approaching the merchant vessels of her group" and "escorting a group of five merchant
    vessels" (12_1ecbplus) are two things, in every article of the block; "ست مقاتلات" and
    "وصول ست طائرات" of one article are one count in two words."""
    said: dict[tuple[str, object], dict[str, list[Features]]] = {}
    for item, noun in zip(items, nouns, strict=True):
        if noun is not None:
            key = (item.claim.document, item.claim.value)
            said.setdefault(key, {}).setdefault(noun, []).append(item)
    apart: set[frozenset[str]] = set()
    for by_noun in said.values():
        if len(by_noun) < 2:
            continue
        for noun, counted in by_noun.items():
            for item in counted:
                named = _words_beside(item.claim, item.language)
                apart.update(
                    frozenset((noun, other)) for other in by_noun if other in named - {noun}
                )
    return apart


def _words_beside(claim: Claim, language: str) -> set[str]:
    """The stems of the definite nouns of a count's sentence but those next to it: "five boats
    ... approaching the merchant vessels" does not count the vessels; "recorded 24 people dead"
    counts the dead, and "21 حالة ... بينهم 15 حالة وفاة" names no deaths known apart."""
    sentence = claim.sentence
    at = claim.in_sentence
    if at < 0:
        return set()
    end = at + len(claim.text)
    found = list(LETTERS.finditer(sentence))
    folded = [fold_word(match.group()) for match in found]
    first = sum(match.start() < at for match in found)
    last = sum(match.start() < end for match in found)
    determiners = _determiners(language)
    return {
        stem(word)
        for i, word in enumerate(folded)
        if not first - _NEXT_WORDS <= i < last + _NEXT_WORDS
        and (
            word.startswith(DEFINITE)
            or any(w in determiners for w in folded[max(0, i - _NEXT_WORDS) : i])
        )
    }


@cache
def _determiners(language: str) -> frozenset[str]:
    return folded_words(language, "counts", "definite_before")


_NEXT_WORDS = 2  # words beside a figure that may still be its noun's ("24 people dead")


def _shared(
    x: Interval | None, y: Interval | None, dates: bool = False
) -> Interval | Literal[False] | None:
    """The values two groups share; None when one states none to compare, False if nothing.
    Of `dates`, an undated "Saturday" and the day it names share that day (align/undated.py)."""
    if x is None or y is None:
        return None
    if dates and is_undated(x) != is_undated(y):
        return shared_day(x, y) or False
    if dates and is_undated(x):
        return shared_key(x, y) or False
    if not x.overlaps(y):
        return False
    return Interval(max(x.low, y.low), min(x.high, y.high))


def build_findings(
    items: list[Features], verdicts: list[Verdict], single: FindingRule | None
) -> list[Finding]:
    """Agreements are the connected groups of agreeing pairs; a conflict or a revision links two
    such groups once, holding the claims whose pairs disagree; a lone claim is a single source."""
    groups = _Groups(items)
    agreement: dict[int, FindingRule] = {}
    stated = {(item.claim.document, _stated_value(item.claim)) for item in items}
    # the closest pairs first: two claims that state one value join before a wider claim
    # that agrees with both of two others can chain them
    for verdict in sorted((v for v in verdicts if v.rule.finding == "agreement"), key=_closeness):
        agreement.setdefault(verdict.old.index, verdict.rule)
        if not (_one_sentence_twice(verdict) or _matched_elsewhere(verdict, stated)):
            groups.join(verdict.old.index, verdict.new.index, verdict.prints_one_sentence)
    members: dict[int, list[Features]] = {}
    for item in items:
        members.setdefault(groups.root(item.index), []).append(item)

    findings = []
    linked: set[int] = set()
    for group, held in members.items():
        if len(held) > 1:
            rule = next(agreement[item.index] for item in held if item.index in agreement)
            findings.append(_finding(rule, held))
            linked.add(group)

    agreed_with: dict[int, set[str]] = {}  # claim -> articles it has an agreeing claim in
    for verdict in verdicts:
        if verdict.rule.finding == "agreement":
            agreed_with.setdefault(verdict.old.index, set()).add(verdict.new.claim.document)
            agreed_with.setdefault(verdict.new.index, set()).add(verdict.old.claim.document)

    listed = _Listed(items)
    between: dict[tuple[int, int, str], tuple[FindingRule, dict[int, Features]]] = {}
    for verdict in verdicts:
        if verdict.rule.finding == "agreement":
            continue
        old, new = verdict.old, verdict.new
        yielding = verdict.rule.yield_to_agreement
        if yielding and (
            old.claim.document in agreed_with.get(new.index, ())
            or (yielding is True and new.claim.document in agreed_with.get(old.index, ()))
        ):
            continue
        listing = verdict.rule.yield_to_listed_value
        if listing and (listed.lists(old, new, listing) or listed.lists(new, old, listing)):
            continue
        if verdict.rule.finding == "conflict" and listed.lists(old, new) and listed.lists(new, old):
            # each article states both figures ("about 40 Palestinians" killed in the school,
            # "more than 600" in the offensive): two quantities, told by both, not two accounts
            continue
        key = (groups.root(verdict.old.index), groups.root(verdict.new.index), verdict.rule.id)
        _, held_pairs = between.setdefault(key, (verdict.rule, {}))
        held_pairs[verdict.old.index] = verdict.old
        held_pairs[verdict.new.index] = verdict.new
        linked.update(key[:2])
    for (old_group, _, _), (rule, held_pairs) in sorted(between.items()):
        ordered = sorted(
            held_pairs.values(), key=lambda m: (groups.root(m.index) != old_group, m.index)
        )
        findings.append(_finding(rule, ordered))

    if single is not None:
        findings.extend(
            _finding(single, held)
            for group, held in members.items()
            if group not in linked and held[0].claim.kind in single.applies_to
        )
    return findings


def _one_sentence_twice(verdict: Verdict) -> bool:
    """Two figures of one sentence, which are two items ("نحو 31.2 مليار ريال عماني مقابل نحو
    30.1 مليار ريال عماني في عام 2013"; the winds of the Red Sea's northern part, 18-38 km/h,
    and of its southern part, 15-35; "وارتفاع الموج من نصف متر" said of two seas): one sentence
    that states a value twice says nothing twice. One date said twice is one date."""
    a, b = verdict.old.claim, verdict.new.claim
    return (
        a.document == b.document
        and a.kind != "date"
        and verdict.old.sentence == verdict.new.sentence
    )


def _matched_elsewhere(verdict: Verdict, stated: set[tuple[str, object]]) -> bool:
    """Two different values that agree only within their rounding or an "about" where the other
    article also states this one's value: an article that repeats the first pairs 31.2 with its
    31.2, not with its 30.1. One article that states both values states two figures: "نموا
    بنسبة 20.5 في المائة في حجم العمليات" and "بمعدل نمو بلغ 21 في المائة من حيث عدد العمليات"
    are two growths, "found on Sunday" and "missing since late last week" two times."""
    a, b = verdict.old.claim, verdict.new.claim
    x, y = _stated_value(a), _stated_value(b)
    if x == y:
        return False
    if a.document == b.document and a.kind != "date":
        # an "about 110 million" may restate its article's "$112 million"; two exact figures
        # are two, and so are two ranges (two tiers' prices "(7546 - 8146) ريالا", "(7295 -
        # 7895) ريالا") and a vague amount and a figure ("قدمت ... عشرات القتلى" in Abyan,
        # "قتل نحو 15 حوثيًا" in Marib)
        return a.qualifier == b.qualifier in ("exact", "range") or "vague" in (
            a.qualifier,
            b.qualifier,
        )
    if x is None or y is None:
        return False
    if a.date is not None and b.date is not None:
        # the month of its coup's day is one date ("26 يوليو الماضي", "يوليو (تموز) 2023"), and
        # so are a year in two calendars ("موسم حج هذا العام 1436هـ"), and "2005" and "March 11,
        # 2005" of one event across articles; a span of one grain within another is another
        # time where one article states both: "found on Sunday", "missing since late last
        # week"; "قد يصوت على الاتفاق هذا الأسبوع، أو قد يصادق عليه ... الجمعة" (two papers)
        return _nested(a.date, b.date) and (
            a.document == b.document or (b.document, x) in stated or (a.document, y) in stated
        )
    return (b.document, x) in stated or (a.document, y) in stated


def _nested(x: DateSpan, y: DateSpan) -> bool:
    """Two spans of one grain, one within the other."""
    return x.granularity == y.granularity and (
        x.start <= y.start <= y.end <= x.end or y.start <= x.start <= x.end <= y.end
    )


def _stated_value(claim: Claim) -> object:
    """What a claim states: its value, a range's ends, or a date's span."""
    if claim.date is not None:
        return (claim.date.start, claim.date.end)
    if claim.qualifier == "range":
        return (claim.low, claim.high)
    return claim.value


def _closeness(verdict: Verdict) -> tuple[float, bool, float, str, str]:
    """Narrowest pairs first, then those of one time before those told again at another, then
    the pairs whose windows read most alike: "Woodward wrote in his 2006 expose, "Secret Man
    ..."" joins "Woodward wrote in "Secret Man ..." (2006)" (98) before that year can join
    Felt's "2006 memoir" of another article (ECB+ 28_4ecb, 28_1ecb, 28_3ecb), which then keeps
    the first apart; "more than 400 children" of four articles join before one of them joins
    the "more than 400 children" another dates to 2008 (36ecbplus), which the others' windows
    are not alike enough to take. Ties by claim id, not by place in the block, which an engine
    may order otherwise (the report is the same on any engine)."""
    widths = [
        item.values.high - item.values.low if item.values is not None else math.inf
        for item in (verdict.old, verdict.new)
    ]
    first, second = sorted((verdict.old.claim.id, verdict.new.claim.id))
    apart = times_apart(verdict.rule.match, verdict.old, verdict.new)
    return (max(widths), apart, -similarity(verdict.old, verdict.new), first, second)


class _Listed:
    """The figures of each article of a block, indexed when a rule first asks."""

    def __init__(self, items: list[Features]) -> None:
        self.items = items
        self.by_document: dict[tuple[str, bool], list[Features]] | None = None

    def lists(self, own: Features, other: Features, threshold: int = 0) -> bool:
        """Whether `own`'s article states `other`'s figure (of its sort: a rank or not) in words
        at least `threshold` alike to those of `own` (0: in any words)."""
        if other.values is None:
            return False
        if self.by_document is None:
            self.by_document = {}
            for item in self.items:
                if item.values is not None:
                    key = (item.claim.document, item.claim.ordinal)
                    self.by_document.setdefault(key, []).append(item)
        return any(
            item.values is not None
            and item.values.overlaps(other.values)
            and (not threshold or similarity(item, own) >= threshold)
            for item in self.by_document.get((own.claim.document, own.claim.ordinal), ())
            if item is not own
        )
