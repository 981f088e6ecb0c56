"""Runs every finder over a document, resolves overlapping mentions and emits Claims."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from factcheck.extract.ages import find_decade_ages, find_ordinal_ages
from factcheck.extract.amounts import find_amounts
from factcheck.extract.bio_sizes import find_bio_sizes
from factcheck.extract.clock_times import find_clock_times
from factcheck.extract.context import contexts
from factcheck.extract.dates import find_dates
from factcheck.extract.dense_words import TooManyNumberWords
from factcheck.extract.dual_counts import find_dual_counts
from factcheck.extract.game_clock import find_game_clocks
from factcheck.extract.goal_scores import find_goal_scores
from factcheck.extract.group_sizes import find_group_sizes
from factcheck.extract.labels import find_labels
from factcheck.extract.mention import Mention
from factcheck.extract.one_more import find_one_more
from factcheck.extract.ranks import find_ranks
from factcheck.extract.records import find_records
from factcheck.extract.repeats import find_repeats
from factcheck.extract.scores import find_splits
from factcheck.extract.sentences import SentenceIndex
from factcheck.extract.units import counted_in
from factcheck.extract.word_durations import (
    find_definite_periods,
    find_dual_durations,
    find_qualified_units,
    find_single_units,
    find_units_and_a_half,
)
from factcheck.lang.detect import supported_languages
from factcheck.lang.normalize import Folded, fold
from factcheck.models import Claim, Document, RunError, sharing_fields_set

Finder = Callable[[str, Folded, Document], Iterable[Mention]]

# Each finder sees the original body, its folded form and the document (for its language and
# publication date), and returns mentions in original offsets; overlaps are resolved below.
FINDERS: list[Finder] = [
    find_amounts,
    find_dates,
    find_ordinal_ages,
    find_decade_ages,
    find_dual_durations,
    find_definite_periods,
    find_single_units,
    find_units_and_a_half,
    find_qualified_units,
    find_ranks,
    find_one_more,
    find_records,
    find_group_sizes,
    find_dual_counts,
    find_goal_scores,
    find_splits,
    find_bio_sizes,
    find_clock_times,
    find_game_clocks,
    find_repeats,
    find_labels,
]


def extract_document(document: Document) -> list[Claim]:
    if document.note is not None:  # unsupported or undetected language
        return []
    body = document.body
    folded = fold(body)
    mentions = [
        mention
        for finder in FINDERS
        for mention in finder(body, folded, document)
        if _finite(mention)
    ]
    sentences = SentenceIndex(body)
    taken = resolve_overlaps(mentions)
    for mention in taken:
        _told_in_smaller_unit(mention)
    # Each claim is built once, its context with it: a copy of each with its context cost
    # as much again as building it.
    claims = []
    beside = _beside_measures(taken, sentences)
    for mention, context, measures in zip(
        taken, contexts(taken, document, sentences, folded), beside, strict=True
    ):
        fields = {
            "id": f"{document.id}:{mention.start}-{mention.end}",
            "document": document.id,
            "start": mention.start,
            "end": mention.end,
            "text": body[mention.start : mention.end],
            "sentence": sentences.sentence_at(mention.start),
            "at": mention.start - sentences.span_at(mention.start)[0],
            "kind": mention.kind,
            "value": mention.value,
            "low": mention.low,
            "high": mention.high,
            "qualifier": mention.qualifier,
            "unit": mention.unit,
            "date": mention.date,
            "subject": mention.subject,
            "note": mention.note,
            "ordinal": mention.ordinal,
            "elapsed": mention.elapsed,
        }
        fields.update(context)
        if measures:
            fields["measures"] = measures
        claims.append(sharing_fields_set(Claim.model_validate(fields), tuple(fields)))
    return claims


def _told_in_smaller_unit(mention: Mention) -> None:
    """A measure in a unit that is a whole number of a smaller one, told in that one: "two
    decades", "عقدين" are 20 years (units.py `counted_in`), whichever finder read them."""
    if mention.kind != "quantity" or mention.unit not in counted_in():
        return
    mention.unit, per = counted_in()[mention.unit]
    mention.value, mention.low, mention.high = (
        None if x is None else x * per for x in (mention.value, mention.low, mention.high)
    )


def _beside_measures(
    taken: list[Mention], sentences: SentenceIndex
) -> list[tuple[tuple[str, float], ...]]:
    """For each mention, the other measures of its sentence in other units (Claim.measures):
    "2.53GHz processor, 6MB L2" tells which model the 6MB is of."""
    by_sentence: dict[tuple[int, int], list[tuple[str, float]]] = {}
    for mention in taken:
        if mention.kind == "quantity" and mention.unit and mention.value is not None:
            measure = (mention.unit, mention.value)
            by_sentence.setdefault(sentences.span_at(mention.start), []).append(measure)
    if not any(len(listed) > 1 for listed in by_sentence.values()):
        return [()] * len(taken)
    return [
        tuple(
            (unit, value)
            for unit, value in by_sentence.get(sentences.span_at(mention.start), ())
            if unit != mention.unit
        )
        if mention.kind == "quantity"
        else ()
        for mention in taken
    ]


def extract_or_error(document: Document) -> list[Claim] | RunError:
    """A fault in a finder costs one document its claims, never the run: the document is
    still reported and the fault is listed under `errors`, without a traceback."""
    try:
        return extract_document(document)
    except TooManyNumberWords as exc:  # a limit, not a fault: named as the reader names its own
        record = "" if document.path.endswith(document.id) else f"{document.id}: "
        return RunError(path=document.path, message=f"{record}{exc}")
    except Exception as exc:  # any finder bug, whatever its type: the other articles go on
        return RunError(
            path=document.path,
            message=f"{document.id}: extraction failed ({type(exc).__name__}: {exc}); "
            "no claims from this article",
        )


def warm_up(languages: Iterable[str] | None = None) -> None:
    """Loads the lexicons and compiles the patterns the finders use for `languages` (every
    supported one when None), once.

    Called before worker processes fork, so that they share what the parent built
    instead of each paying for it again (the finders cache what they compile). A language
    warmed up that no document is in cost 0.03-0.05 s before the fork, while the other core
    waited; one met later is compiled where it is met.
    """
    supported = supported_languages()
    for language in sorted(supported if languages is None else supported & set(languages)):
        extract_document(Document(id="warm-up", path="warm-up", language=language, body="1"))


def _finite(mention: Mention) -> bool:
    """A figure of hundreds of digits ("1,000,000,000,..." for a page) overflows to infinity:
    no claim can state it, so it is dropped rather than reported as inf."""
    return all(
        number is None or math.isfinite(number)
        for number in (mention.value, mention.low, mention.high)
    )


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the best of each group of overlapping mentions; result in text order."""
    ranked = sorted(mentions, key=lambda m: (-m.priority, -m.length, m.start, m.end))
    # One byte a character, set where a taken mention lies: checking and marking cost the
    # mention's length (at C speed), where inserting into a sorted list cost the number taken
    # so far (5.8 s for 200,000 numbers of mixed priorities).
    occupied = bytearray(max((mention.end for mention in mentions), default=0))
    taken: list[Mention] = []
    for mention in ranked:
        if occupied.find(1, mention.start, mention.end) >= 0:
            continue
        occupied[mention.start : mention.end] = b"\x01" * mention.length
        taken.append(mention)
    return sorted(taken, key=lambda mention: mention.start)
