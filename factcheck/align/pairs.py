"""Which pairs of a block are looked at: all of them when the block holds one known concept,
only those whose figures' surroundings share rare words when the concept is unknown (and, in
a block of dates, between a date of no named event and one of an event).

A block of claims whose concept is unknown (bare counts, dates of no named event) can be large
(every date of a story), and such claims are compared only in near-identical wording anyway
(rule FC002), so an inverted index over the words around each figure proposes the few pairs
worth the fuzzy comparison instead of all of them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, combinations
from typing import NamedTuple

from factcheck.align.digit_figures import states_year
from factcheck.align.features import (
    Features,
    approximate_opener,
    echo,
    is_moment,
    near_words,
    one_counted_noun,
    one_record,
    one_specific_value,
    record,
    stated_number,
    truncated_floor,
)
from factcheck.align.intervals import Interval
from factcheck.align.rules import Candidates, ComparableRule
from factcheck.extract.holders import same_holder
from factcheck.extract.units import personal_concepts
from factcheck.lang.clitics import shared_bags
from factcheck.models import LEARNED


class Proposal(NamedTuple):
    """A pair (earlier, later) of a block proposed to the judge, and whether their windows share
    the story's rare words (`_rare_words_alike`), which the gate takes for windows alike (FC002
    `rare_words_share`)."""

    first: Features
    second: Features
    rare_words: bool = False


def candidate_pairs(items: list[Features], gate: ComparableRule) -> Iterator[Proposal]:
    """Pairs (earlier, later) of a block. A block of dates holds every event's ("the coup", "the
    visit") and those of none: each event's dates are paired among themselves as a block of one
    concept, a date of no event with any other the way unknown concepts are, and dates of two
    events never (rule FC034 would refuse them)."""
    concepts = {item.concept for item in items}
    if len(concepts) <= 1:
        yield from _of_one_concept(items, gate)
        return
    for concept in sorted(c for c in concepts if c is not None and not c.startswith(LEARNED)):
        yield from _of_one_concept([item for item in items if item.concept == concept], gate)
    if not any(_of_no_event(item) for item in items):
        return
    # those of no event (or of an edition the text names, "his 2006 memoir", which may be a
    # lexicon event's other name: "the 2005 murder" of a death in June 2005) among themselves as
    # in a block of their own, so that the words common to them stay the same; then each with
    # those of an event
    yield from _of_one_concept([item for item in items if _of_no_event(item)], gate)
    yield from _of_one_concept(items, gate, indexed=True, side=_of_no_event)


def across_concepts(items: list[Features], gate: ComparableRule) -> Iterator[Proposal]:
    """Pairs of a claim of no concept and one of a concept, the way a date of no event meets
    an event's: proposed by the words their windows share."""
    yield from _of_one_concept(items, gate, indexed=True, side=_of_no_event)


def _of_no_event(item: Features) -> bool:
    return item.concept is None or item.concept.startswith(LEARNED)


def _of_one_concept(
    items: list[Features],
    gate: ComparableRule,
    indexed: bool = False,
    side: Callable[[Features], bool] | None = None,
) -> Iterator[Proposal]:
    """All pairs of a known concept; those the word index proposes when the concept is not
    known (or `indexed`); with `side`, only those of a claim it takes and one it does not
    (counted and told before the costly overlap of their words)."""
    settings = gate.candidates
    if not indexed and (not items or items[0].concept is not None):
        if len(items) <= settings.all_pairs_up_to:
            for i, first in enumerate(items):
                for second in items[i + 1 :]:
                    yield Proposal(first, second)
            return
        # A block this large (one article repeating a figure thousands of times, a huge run
        # in one story) is compared by value: each claim with its nearest values only.
        ordered = sorted(items, key=_low)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1 : i + 1 + settings.nearest_values]:
                yield Proposal(
                    *((first, second) if first.index < second.index else (second, first))
                )
        return
    words = [item.compared.bag for item in items]
    frequency: Counter[str] = Counter(chain.from_iterable(words))
    sides = None if side is None else [side(item) for item in items]
    # found before any pair is yielded: a pair another way proposes first is judged knowing it
    rare_alike = _rare_words_alike(items, words, frequency, settings, sides)
    rare_alike += _measured_alike(items, settings, sides, set(rare_alike))
    alike = {(items[left].index, items[right].index) for left, right in rare_alike}
    by_words = _by_words(items, gate, words, frequency, sides, rare_alike)
    languages = (
        (first, second)
        for first, second in _across_languages(items, settings.nearest_values)
        if side is None or side(first) != side(second)
    )
    for first, second in chain(by_words, languages):
        yield Proposal(first, second, (first.index, second.index) in alike)


def _by_words(
    items: list[Features],
    gate: ComparableRule,
    words: list[frozenset[str]],
    frequency: Counter[str],
    sides: list[bool] | None,
    rare_alike: list[tuple[int, int]],
) -> Iterator[tuple[Features, Features]]:
    """The pairs (earlier, later) the word index proposes, the `rare_alike` ones (positions in
    `items`: `_rare_words_alike`), and those the index misses of one wire sentence or of one
    sentence; with `sides`, only pairs of two sides."""
    settings = gate.candidates
    postings: dict[str, list[int]] = {}
    # claims whose words are mostly common: the index may propose none of theirs
    repeated: set[int] = set()
    common = {word for word, count in frequency.items() if count > settings.common_words}
    for index, bag in enumerate(words):
        rare = bag - common
        for word in rare:
            postings.setdefault(word, []).append(index)
        if 2 * len(rare) < len(bag):
            repeated.add(index)
    # each posting list is in block order, so its pairs are (earlier, later)
    if sides is None:
        shared: Counter[tuple[int, int]] = Counter(
            chain.from_iterable(combinations(holders, 2) for holders in postings.values())
        )
    else:
        shared = Counter(
            (x, y) if x < y else (y, x)
            for holders in postings.values()
            for x in holders
            if sides[x]
            for y in holders
            if not sides[y]
        )

    # most pairs share one word: only a window of fewer words than asked can make that enough
    short = {index for index, bag in enumerate(words) if len(bag) < settings.shared_words}
    proposed = (
        pair
        for pair, count in shared.items()
        if count >= settings.shared_words or pair[0] in short or pair[1] in short
    )
    taken: set[tuple[int, int]] = set()
    for left, right in sorted(proposed):
        if sides is not None and sides[left] == sides[right]:
            continue
        # a floor and the value it truncates are one figure, proposed as one value is
        share = (
            settings.same_value_overlap
            if truncated_floor(items[left], items[right])
            else settings.word_overlap
        )
        if _shares_enough(
            shared[left, right], words[left], words[right], settings.shared_words
        ) and _overlap(items[left], items[right], share):
            taken.add((left, right))
            yield items[left], items[right]
    for left, right in rare_alike:
        if (left, right) not in taken:
            taken.add((left, right))
            yield items[left], items[right]
    yield from _repeated(items, gate, repeated, taken, common, sides)
    yield from _one_sentence(items, settings.sentence_reach, taken, sides)


def _one_sentence(
    items: list[Features], reach: int, taken: set[tuple[int, int]], sides: list[bool] | None
) -> Iterator[tuple[Features, Features]]:
    """Figures of one sentence, whose words the index finds common when the article's other
    sentences share them: "بلغت موجودات مؤسسة النقد ... 2572 مليار ريال مقارنة بـ 2599 مليار
    ريال" in an article of a dozen sums of the same institution states a change (FC201). Each
    with its next few figures of the sentence only (a table in one sentence stays linear), and
    only figures apart: one sentence that states a value twice says nothing twice."""
    by_sentence: dict[tuple[str, str], list[int]] = {}
    for index, item in enumerate(items):
        by_sentence.setdefault((item.claim.document, item.claim.sentence), []).append(index)
    for indices in by_sentence.values():
        for at, left in enumerate(indices):
            for right in indices[at + 1 : at + 1 + reach]:
                if (left, right) in taken or (sides is not None and sides[left] == sides[right]):
                    continue
                first, second = items[left], items[right]
                if (
                    first.values is not None
                    and second.values is not None
                    and not first.values.overlaps(second.values)
                ):
                    yield first, second


def _across_languages(items: list[Features], nearest: int) -> Iterator[tuple[Features, Features]]:
    """Pairs of claims in articles of different languages whose values overlap, which no
    shared word can propose: each claim with at most `nearest` of the other language's."""
    by_language: dict[str, list[Features]] = {}
    for item in items:
        if item.values is not None and item.document is not None and item.document.language:
            by_language.setdefault(item.document.language, []).append(item)
    if len(by_language) < 2:
        return
    ordered = sorted((item for group in by_language.values() for item in group), key=_low)
    for i, first in enumerate(ordered):
        taken = 0
        for second in ordered[i + 1 :]:
            if second.values.low > first.values.high or taken == nearest:  # type: ignore[union-attr]
                break
            if second.document.language != first.document.language:  # type: ignore[union-attr]
                taken += 1
                yield (first, second) if first.index < second.index else (second, first)


def _overlap(first: Features, second: Features, share: float) -> bool:
    """Whether two windows share enough of their words: a word with a proclitic glued on counts
    as the other's bare one ("لأول" / "أول"). Ungluing never takes a word both share away from
    either side, so the plain intersection is a lower bound: it settles half of the pairs
    without ungluing them."""
    a, b = first.compared.bag, second.compared.bag
    enough = share * min(len(a), len(b))
    shared = len(a & b)
    if shared >= enough:
        return True
    # ungluing adds at most one shared word for each word that has a bare form: over half of
    # the pairs left fall short even so (16,000 of the week's), and need no ungluing
    if shared + len(first.compared.glued) + len(second.compared.glued) < enough:
        return False
    return shared_bags(first.compared, second.compared) >= enough


def _shares_enough(count: int, a: frozenset[str], b: frozenset[str], asked: int) -> bool:
    """Whether `count` rare words shared are enough for the index to propose the pair; a
    headline cut short ("كذبة أبريل ..") shares all it can with its one word."""
    return count >= min(asked, len(a), len(b))


def _repeated(
    items: list[Features],
    gate: ComparableRule,
    repeated: set[int],
    taken: set[tuple[int, int]],
    common: set[str],
    sides: list[bool] | None = None,
) -> Iterator[tuple[Features, Features]]:
    """Claims of one value in different articles whose windows share enough words though too
    few rare ones for the index: one wire sentence repeated, with or without a phrase of its
    own ("on Saturday in Bern, Switzerland"). Every such pair, not only one per claim: the
    first it repeats may be kept apart by the rules (another date, a cue), the next not. A value
    too frequent for that ("two" in a whole season of games) pairs only the claims of `repeated`,
    whose words are mostly common. With `sides`, only pairs of two sides."""
    by_value: dict[Interval | float, list[int]] = {}
    for index, item in enumerate(items):
        number = stated_number(item)
        if item.values is not None and number is not None:
            by_value.setdefault(number, []).append(index)
    # How often each article states each figure (a record is stated once where its side is
    # stated often: "51 - 50" and "50 - 44" of one game), each claim counted once: a count
    # that joins a concept's is in `items` twice (engine.py `_across_concepts`: as of no
    # concept, and of its own), and counted twice it would be no figure stated once.
    claims = {item.claim.id: item for item in items}.values()
    stated = Counter((item.claim.document, record(item), stated_number(item)) for item in claims)
    settings = gate.candidates
    for holders in by_value.values():
        if len(holders) > settings.same_value_claims:
            yield from _echoed(items, holders, gate, taken, sides)
            yield from _one_record(items, holders, settings.same_value_claims, taken, sides)
            holders = [index for index in holders if index in repeated]
        if not 1 < len(holders) <= settings.same_value_claims:
            continue
        for left, right in combinations(holders, 2):
            if sides is not None and sides[left] == sides[right]:
                continue
            first, second = items[left], items[right]
            if first.claim.document == second.claim.document or (left, right) in taken:
                continue  # one article's, or proposed by the index already
            if first.values != second.values and not same_holder(
                first.claim.holders, second.claim.holders
            ):
                # one number qualified two ways is one figure only where the sentences name no
                # two holders apart: EDS's "$ 22 billion" of revenue is not the merged firm's
                # worth, "about $ 22 billion" beside IBM
                continue
            once = (
                stated[first.claim.document, record(first), stated_number(first)]
                == 1
                == stated[second.claim.document, record(second), stated_number(second)]
            )
            # the lower share only for a value each article states once, written alike: an
            # article that states it twice lists two items ("12 دورة" of public health, "12
            # دورة" of emergency care), and a value written otherwise is as often another
            # quantity ("USB 3.0 ports" / "three USB ports"); a date is its resolved day,
            # month or year however written: "in this year's Christmas special" / "during the
            # 2013 Christmas Special" (ECB+ 39_10ecbplus, 39_7ecbplus)
            alike = once and (_written_alike(first, second) or first.claim.kind == "date")
            # "190سم" / "190 سم": a specific value in one unit, written either way
            specific = once and (
                one_specific_value(first, second, gate)
                or one_record(first, second)
                or (_states_year(first) and _states_year(second))
            )
            share = settings.same_value_overlap if alike else settings.word_overlap
            # the block's only two claims of their value, stated alike, each its article's only
            # one, with a word of what they measure beside both (FC002 `only_pair_kinds`): "his
            # firing four days earlier" / "A man fired four days earlier" (ECB+ 18ecbplus)
            only = (
                once
                and len(holders) == 2
                and first.values == second.values
                and first.claim.kind in settings.only_pair_kinds
                and (first.claim.kind == "date" or first.claim.value is not None)
                and not near_words(first, settings.near_words).isdisjoint(
                    near_words(second, settings.near_words)
                )
            )
            # "400 stories" / "some 400 Washington Post stories": one noun counted, said once in
            # each (a round-up's "بثمانية أهداف" of two games is not), and not one the block
            # counts everywhere ("بثلاث نقاط" of a horse trainer and of a basketball team)
            if (
                specific
                or only
                or _overlap(first, second, share)
                or (once and bool(one_counted_noun(first, second) - common))
            ):
                yield first, second


def _written_alike(first: Features, second: Features) -> bool:
    """Whether two claims write their number alike; a measure whatever word of "about" opens
    it (qualifiers.yaml `before` `approx`): "for about eight hours in minus-20 degree
    temperatures" / "battled by firefighters for nearly eight hours" (ECB+ 13_2ecb, 13_18ecb);
    not "within a minute or two" / "In the next minute or two" (13_9ecbplus, 13_13ecbplus), nor
    a bound: "up to seven hours" of one model's battery is not another's "seven hours"
    (40_6ecbplus, 40_4ecbplus)."""
    a, b = _written_words(first.claim.text), _written_words(second.claim.text)
    if a == b:
        return True
    if first.claim.kind != "quantity":
        return False  # a market round-up's "نحو 0.03%" is not another index's "0.03%"
    if first.claim.unit == second.claim.unit and len(a) > 1 and len(b) > 1:
        # the unit's last word, one unit however written: "a 90 - day treatment" / "to serve
        # 90 days" (ECB+ 1_15ecbplus, 1_7ecbplus)
        a, b = a[:-1], b[:-1]
    common = 0
    while common < min(len(a), len(b)) and a[-1 - common] == b[-1 - common]:
        common += 1
    if not common:
        return False
    return all(
        not opener or approximate_opener(first.language, " ".join(opener))
        for opener in (a[: len(a) - common], b[: len(b) - common])
    )


def _written_words(text: str) -> list[str]:
    """A figure's words as written, whatever their case and a compound adjective's hyphens:
    "More than 30 years" / "more than 30 years", "a five - year deal" / "a five-year deal"."""
    return text.replace("-", " ").lower().split()


def _rare_words_alike(
    items: list[Features],
    words: list[frozenset[str]],
    frequency: Counter[str],
    settings: Candidates,
    sides: list[bool] | None,
) -> list[tuple[int, int]]:
    """Claims of one value in different articles whose windows share `share` of their words'
    weight, a word weighing the more the fewer of the block's windows hold it: two accounts of
    one attack tell it in their own words but name its rare ones, "bank", "bombs", "killed",
    where the story's common ones ("Greece", "protesters") tell nothing. Each such pair is
    listed by its positions in `items`, to be proposed as such (`Proposal.rare_words`): the
    gate takes it for windows alike (FC002 `rare_words_share`). Not of a value stated more
    often than `same_value_claims`: "eight - year" in every report of one player's offers is
    as often another team's offer."""
    share = settings.rare_words_share
    found: list[tuple[int, int]] = []
    if not share:
        return found
    blocked = len(items) + 1
    weight = {word: math.log(blocked / (count + 0.5)) for word, count in frequency.items()}
    by_value: dict[Interval, list[int]] = {}
    for index, item in enumerate(items):
        if item.values is not None and stated_number(item) is not None:
            by_value.setdefault(item.values, []).append(index)
    # each window's whole weight once, not once per pair it is in
    total: dict[int, float] = {}
    for holders in by_value.values():
        if len(holders) > settings.same_value_claims:
            continue
        for index in holders:
            total[index] = sum(weight[word] for word in words[index])
        for left, right in combinations(holders, 2):
            first, second = items[left], items[right]
            if first.claim.document == second.claim.document or (
                sides is not None and sides[left] == sides[right]
            ):
                continue
            shared = sum(weight[word] for word in words[left] & words[right])
            whole = min(total[left], total[right])
            # ...and one of them a word of what happened: two agencies' datelines of one day
            # ("القاهرة 25 شوال 1436هـ ... واس" / "الكويت ...") share only the agency's name
            if not whole or shared < share * whole or first.topic.isdisjoint(second.topic):
                continue
            found.append((left, right))
    return found


def _measured_alike(
    items: list[Features],
    settings: Candidates,
    sides: list[bool] | None,
    found: set[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Measures of one value in different articles whose sentences state another measure of
    one value too (Claim.measures): "Described as a 6 - feet tall and weighing approximately
    200 pounds" / "Comeaux, a 6 - foot, 200 - pound black male" (ECB+ 3_2ecbplus, 3_6ecbplus)
    describe one man, however unlike their words. Listed as `_rare_words_alike`'s are: the
    gate takes them for windows alike."""
    by_value: dict[tuple[str, float], list[int]] = {}
    for index, item in enumerate(items):
        claim = item.claim
        if claim.measures and claim.unit and claim.value is not None:
            by_value.setdefault((claim.unit, claim.value), []).append(index)
    groups = (
        holders for holders in by_value.values() if len(holders) <= settings.same_value_claims
    )
    return [
        (left, right)
        for left, right in _across_articles(items, groups, found, sides)
        if not set(items[left].claim.measures).isdisjoint(items[right].claim.measures)
    ]


def _states_year(item: Features) -> bool:
    """Whether a date writes its year in digits: "The building dates to 1935, when the original
    Matanuska Valley colonists settled" / "The building was constructed in 1935, predating
    statehood" (ECB+ 13_10ecbplus, 13_13ecbplus) share a quarter of their words, yet read 58
    alike. Proposed, such a pair still meets the judge's bar of one value (FC002); a relative
    date ("أمس", "this year") is said of every event of its day and is not proposed so."""
    return item.claim.kind == "date" and states_year(item.claim.text)


def _one_record(
    items: list[Features],
    holders: list[int],
    most: int,
    taken: set[tuple[int, int]],
    sides: list[bool] | None,
) -> Iterator[tuple[Features, Features]]:
    """Of a value too frequent to pair its claims each with each, the claims of different
    articles read from one whole record or score of one side (`one_record`), at most `most` of
    it: "a 14-0 deficit in the second quarter" / "jumping to a 14-0 lead" of one game in five
    reports, in a game story that states 14 two dozen times. The gate still asks their windows
    alike as two of one specific value (FC002 `specific_value_similarity`)."""
    by_record: dict[str, list[int]] = {}
    for index in holders:
        whole = record(items[index])
        if whole:
            by_record.setdefault(whole, []).append(index)
    groups = [alike for alike in by_record.values() if len(alike) <= most]
    for left, right in _across_articles(items, groups, taken, sides):
        # "the Steelers losing to the Bengals 13 - 10" is not the Colts' "trailing 13 - 10"
        if one_record(items[left], items[right]):
            taken.add((left, right))
            yield items[left], items[right]


def _echoed(
    items: list[Features],
    holders: list[int],
    gate: ComparableRule,
    taken: set[tuple[int, int]],
    sides: list[bool] | None,
) -> Iterator[tuple[Features, Features]]:
    """Of a value too frequent to pair its claims each with each, the claims of different
    articles whose sentences read alike `echo_words` words each side of it: one sentence of a
    wire story printed twice ("Quinn, who was just 10 of 22 for 162 yards", "a 13 - 3 halftime
    lead" in four outlets), in a story whose box scores state 10 and 13 dozens of times."""
    reach = gate.candidates.echo_words
    if not reach or not gate.repeated_sentence_words:
        return
    by_echo: dict[tuple[tuple[str, ...], tuple[str, ...]], list[int]] = {}
    for index in holders:
        before, after = echo(items[index], gate.repeated_sentence_words)
        if len(before) >= reach and len(after) >= reach:
            by_echo.setdefault((before[:reach], after[:reach]), []).append(index)
    for left, right in _across_articles(items, by_echo.values(), taken, sides):
        taken.add((left, right))
        yield items[left], items[right]


def _across_articles(
    items: list[Features],
    groups: Iterable[list[int]],
    taken: set[tuple[int, int]],
    sides: list[bool] | None,
) -> Iterator[tuple[int, int]]:
    """The pairs (earlier, later) of each group of positions in `items` whose claims are of two
    articles, not `taken` yet, and of two sides where `sides` are told."""
    for alike in groups:
        for left, right in combinations(alike, 2):
            if items[left].claim.document == items[right].claim.document or (left, right) in taken:
                continue
            if sides is None or sides[left] != sides[right]:
                yield left, right


def deduplicate(items: list[Features]) -> tuple[list[Features], list[tuple[Features, Features]]]:
    """One representative for the claims of an article that state the same figure the same
    way (same text, value, owner, place, date, cue); each other one is returned paired with its
    representative, to agree with it without being compared again with everything."""
    seen: dict[tuple[object, ...], Features] = {}
    representatives: list[Features] = []
    copies: list[tuple[Features, Features]] = []
    for item in items:
        claim = item.claim
        key = (
            claim.document,
            item.values,
            item.owner,
            item.location,
            item.as_of,
            claim.cue,
            claim.text,
            item.concept,  # a block of dates holds every event's
            item.compared.order if _told_apart_by_words(item) else None,
            # two players' "14 points" of one box score are two statistics, not one said twice
            claim.holders if claim.unit in personal_concepts() else None,
        )
        first = seen.get(key)
        if first is None:
            seen[key] = item
            representatives.append(item)
        else:
            copies.append((first, item))
    return representatives, copies


def _told_apart_by_words(item: Features) -> bool:
    """Whether an article's two figures of one text may be two things that only their words
    tell apart, so that they are joined as one only where their words are the same: a figure
    of no concept says nothing of what it counts, a moment may be two games' of one round-up
    ("الدقيقة 55"), and a rank two lists' ("المركز الرابع" of two teams' players)."""
    return item.concept is None or is_moment(item.claim) or item.claim.ordinal


def _low(item: Features) -> tuple[float, int]:
    return (item.values.low if item.values is not None else float("inf"), item.index)
