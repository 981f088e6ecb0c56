"""Which pairs of a block are looked at: all of them when the block holds one known concept,
only those whose figures' surroundings share rare words when the concept is unknown.

A block of claims whose concept is unknown (bare counts, dates of no named event) can be large
(every date of a story), and such claims are compared only in near-identical wording anyway
(rule FC002), so an inverted index over the words around each figure proposes the few pairs
worth the fuzzy comparison instead of all of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import chain, combinations

from factcheck.align.features import Features
from factcheck.align.intervals import Interval
from factcheck.lang.clitics import shared_bags

# Words in more than this many of a block's sentences propose no pair; pairs must share at
# least this many of the others.
_COMMON = 6
# Seven outlets repeating one wire sentence ("لعام 2015", "آلاف المصورين") make every word of
# it common, and its figures must still agree: claims of one value (at most this many of it)
# in different articles are paired when their windows share this share of the shorter's words.
_SAME_VALUE = 16
_SAME_OVERLAP = 0.8
_ALL_PAIRS = 600
_NEIGHBOURS = 40
_SHARED = 2
# ...and at least this share of the shorter sentence's words in all (token_set_ratio cannot
# reach the comparable rule's threshold below it).
_OVERLAP = 0.5


def candidate_pairs(items: list[Features]) -> Iterator[tuple[Features, Features]]:
    if not items or items[0].concept is not None:
        if len(items) <= _ALL_PAIRS:
            for i, first in enumerate(items):
                for second in items[i + 1 :]:
                    yield first, second
            return
        # A block this large (one article repeating a figure thousands of times, a huge run
        # in one story) is compared by value: each claim with its nearest values only.
        ordered = sorted(items, key=_low)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1 : i + 1 + _NEIGHBOURS]:
                yield (first, second) if first.index < second.index else (second, first)
        return
    words = [item.compared.bag for item in items]
    frequency: Counter[str] = Counter(chain.from_iterable(words))
    postings: dict[str, list[int]] = {}
    repeated = []  # claims whose words are mostly common: the index may propose none of theirs
    common = {word for word, count in frequency.items() if count > _COMMON}
    for index, bag in enumerate(words):
        rare = bag - common
        for word in rare:
            postings.setdefault(word, []).append(index)
        if 2 * len(rare) < len(bag):
            repeated.append(index)
    # each posting list is in block order, so its pairs are (earlier, later)
    shared: Counter[tuple[int, int]] = Counter(
        chain.from_iterable(combinations(holders, 2) for holders in postings.values())
    )
    # most pairs share one word: only a window of fewer words than _SHARED can make that enough
    short = {index for index, bag in enumerate(words) if len(bag) < _SHARED}
    proposed = (
        pair
        for pair, count in shared.items()
        if count >= _SHARED or pair[0] in short or pair[1] in short
    )
    for left, right in sorted(proposed):
        a, b = words[left], words[right]
        if not _shares_enough(shared[left, right], a, b):
            continue
        # ...and a word with a proclitic glued on counts as the other's bare one ("لأول" / "أول").
        # Ungluing never takes a word both share away from either side, so the plain
        # intersection is a lower bound: it settles half of the pairs without ungluing them.
        enough = _OVERLAP * min(len(a), len(b))
        first, second = items[left], items[right]
        if len(a & b) >= enough or shared_bags(first.compared, second.compared) >= enough:
            yield first, second
    yield from _repeated(items, repeated, words, shared)
    yield from _across_languages(items)


def _across_languages(items: list[Features]) -> Iterator[tuple[Features, Features]]:
    """Pairs of claims in articles of different languages whose values overlap, which no
    shared word can propose: each claim with at most _NEIGHBOURS of the other language's."""
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
            if second.values.low > first.values.high or taken == _NEIGHBOURS:  # type: ignore[union-attr]
                break
            if second.document.language != first.document.language:  # type: ignore[union-attr]
                taken += 1
                yield (first, second) if first.index < second.index else (second, first)


def _shares_enough(count: int, a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether `count` rare words shared are enough for the index to propose the pair; a
    headline cut short ("كذبة أبريل ..") shares all it can with its one word."""
    return count >= min(_SHARED, len(a), len(b))


def _repeated(
    items: list[Features],
    among: list[int],
    words: list[frozenset[str]],
    shared: Counter[tuple[int, int]],
) -> Iterator[tuple[Features, Features]]:
    """Claims (of those `among`) of one value in different articles whose windows share their
    words outright: one wire sentence repeated. Each is paired with the first earlier one it
    repeats (agreeing pairs are joined into groups), unless the index proposed the pair."""
    by_value: dict[Interval, list[int]] = {}
    for index in among:
        values = items[index].values
        if values is not None:
            by_value.setdefault(values, []).append(index)
    for holders in by_value.values():
        if not 1 < len(holders) <= _SAME_VALUE:
            continue
        documents = [items[index].claim.document for index in holders]
        if documents[0] == documents[-1]:  # in block order: one article's claims are adjacent
            continue
        for j in range(1, len(holders)):
            right = holders[j]
            b = words[right]
            for i in range(j):
                left = holders[i]
                a = words[left]
                if documents[i] == documents[j] or _shares_enough(shared[left, right], a, b):
                    continue
                if len(a & b) >= _SAME_OVERLAP * min(len(a), len(b)):
                    yield items[left], items[right]
                    break


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
            item.compared.order if item.concept is None else None,  # `words`, not joined
        )
        first = seen.get(key)
        if first is None:
            seen[key] = item
            representatives.append(item)
        else:
            copies.append((first, item))
    return representatives, copies


def _low(item: Features) -> tuple[float, int]:
    return (item.values.low if item.values is not None else float("inf"), item.index)
