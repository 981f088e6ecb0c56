"""Tells the stories of a run apart, so that claims of unrelated events are never compared.

Each article is reduced to the distinctive words of its title and lead. Two articles are
linked when the words they share weigh enough (idf-weighted cosine over word sets) and their
publication dates are close; stories are the connected groups. Candidate pairs come from an
inverted index that skips words too common to tell stories apart, so the work grows with the
number of articles, not with its square.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain, repeat
from operator import itemgetter, mul

from factcheck.align.features import day
from factcheck.align.rules import RuleSet, StoriesRule
from factcheck.align.story_links import evidence, link_languages
from factcheck.lang.clitics import content_key
from factcheck.lang.normalize import fold_text
from factcheck.models import Claim, Document

# title + the first paragraphs name the event; a distributed engine ships no more of a body
# (story_view), so whatever reads an article's lead reads this much (align/anchors.py)
LEAD_CHARS = 500
_WORD = re.compile(r"[^\W\d_]{3,}")


def words_of(document: Document) -> frozenset[str]:
    lead = fold_text(_lead(document))
    keys = set(map(content_key, _WORD.findall(lead)))
    keys.discard(None)
    return frozenset(keys)  # type: ignore[arg-type]


def story_of_documents(documents: list[Document], rule: StoriesRule | None) -> dict[str, str]:
    """Document id -> story id (the id of the story's first document, in sorted order).

    One pass in id order (so any file order gives the same stories): an article joins the story
    whose word centroid is most like it, when close enough in words and dates, else starts one.
    Joining a centroid rather than any one member keeps stories from chaining into each other.
    """
    ordered = sorted(documents, key=lambda d: d.id)
    count = len(ordered)
    if rule is None or count <= rule.one_story_up_to:
        return {document.id: ordered[0].id for document in ordered}
    bags = [words_of(document) for document in ordered]
    frequency: Counter[str] = Counter(chain.from_iterable(bags))
    common = max(rule.common_words_min, int(count * rule.common_words_share))
    distinctive = {w for w, df in frequency.items() if 1 < df <= common}
    weight = {w: math.log(1 + count / frequency[w]) for w in distinctive}
    # Each distinctive word's place in (document frequency, word) order, ranked once: an
    # article's rarest words are then picked with a lookup in C, not a key tuple per word.
    rarity = {
        w: rank for rank, w in enumerate(sorted(distinctive, key=lambda w: (frequency[w], w)))
    }
    centroids: list[dict[str, float]] = []
    squares: list[float] = []
    spans: list[tuple[int, int] | None] = []
    heads: list[str] = []
    postings: dict[str, list[int]] = {}
    result = {}
    for document, bag in zip(ordered, bags, strict=True):
        # Sorted: a set's order changes with the process's string hashing, and both the float
        # sums and the choice among equally rare probes must not (workers must agree).
        vector = {w: weight[w] for w in sorted(distinctive.intersection(bag))}
        values = vector.values()
        norm = math.sqrt(sum(map(mul, values, values))) or 1.0
        published = _day_or_none(document.published)
        # Candidates come from the rarest words only: a story that shares none of them is
        # not this article's story, and rare words have short postings.
        probes = sorted(vector, key=rarity.__getitem__)[: rule.rarest_words]
        hits = Counter(chain.from_iterable(map(postings.get, probes, repeat(()))))
        # The most hits first, then the lowest story: sorted by story, then stably by hits
        # (both sorts in C; a key function per story was a third of this loop).
        ranked = sorted(sorted(hits.items()), key=itemgetter(1), reverse=True)
        best, best_score = None, rule.similarity
        for story, _ in ranked[: rule.candidates]:
            centroid = centroids[story]
            # map, not a generator: the same products summed in the same order, twice as fast
            dot = sum(map(mul, values, map(centroid.get, vector, repeat(0.0))))
            score = dot / (norm * math.sqrt(squares[story]))
            if score > best_score and _close(spans[story], published, rule.max_days_apart):
                best, best_score = story, score
        if best is None:
            best = len(centroids)
            centroids.append({})
            squares.append(0.0)
            spans.append(None)
            heads.append(document.id)
        centroid = centroids[best]
        square = squares[best]
        for word, value in vector.items():
            old = centroid.get(word)
            if old is None:
                postings.setdefault(word, []).append(best)
                old = 0.0
            new = old + value
            centroid[word] = new
            square += new**2 - old * old
        squares[best] = square
        if published is not None:
            low, high = spans[best] or (published, published)
            spans[best] = (min(low, published), max(high, published))
        result[document.id] = heads[best]
    if rule.across_languages is None or len({d.language for d in ordered}) < 2:
        return result
    found = [
        evidence(document, _lead(document), _day_or_none(document.published))
        for document in ordered
    ]
    ids = [document.id for document in ordered]
    return link_languages(ids, found, result, rule.across_languages)


def _lead(document: Document) -> str:
    return f"{document.title or ''} {document.body[:LEAD_CHARS]}"


def _close(span: tuple[int, int] | None, published: int | None, days: int) -> bool:
    if span is None or published is None:
        return True
    return span[0] - days <= published <= span[1] + days


def _day_or_none(published: str | None) -> int | None:
    try:
        return day(published) if published else None
    except ValueError:
        return None


def assign_stories(claims: list[Claim], documents: list[Document], rules: RuleSet) -> list[Claim]:
    """Claims with their `story` set; run once over the whole run, before blocking."""
    return with_stories(claims, stories_of(documents, rules))


def stories_of(documents: list[Document], rules: RuleSet) -> dict[str, str]:
    """Document id -> story id over every document of the run (a distributed engine runs it
    once, on documents reduced to `story_view`, and sends the map to where the claims are)."""
    settings = rules.of(StoriesRule)
    return story_of_documents(documents, settings[-1] if settings else None)


def with_stories(claims: list[Claim], stories: dict[str, str]) -> list[Claim]:
    return [
        claim.model_copy(update={"story": stories.get(claim.document, claim.document)})
        for claim in claims
    ]


def story_view(document: Document) -> Document:
    """The document as stories read it (metadata and lead): what an engine needs to ship."""
    return document.model_copy(update={"body": document.body[:LEAD_CHARS]})
