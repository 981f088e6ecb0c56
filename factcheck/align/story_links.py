"""Joins the stories of one event told in two languages. Words cannot link an Arabic and an
English article, so after the word pass an article is linked to one of another language on
language-neutral evidence only, all of it at once: published within days of each other, a
place of the gazetteer in common (one within the other: `indonesia` holds `indonesia/aceh`,
`indonesia/papua` does not), and several of the same figures in digits in their leads.

A linked article moves into its partner's story (the smaller story's articles move); when most
of its story's articles link into that one story, the whole story joins it. A story takes
articles in from at most one story of each language, so that no story in one language bridges
two of another (two quakes in Indonesia). Candidates come from an index of figures by day, so
no two articles are compared unless they share one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.align.digit_figures import YEAR, figures_in
from factcheck.align.rules import AcrossLanguages
from factcheck.extract.context import named_keys
from factcheck.models import Document


@dataclass
class Evidence:
    language: str
    day: int | None
    figures: frozenset[str]
    lead: str
    _places: frozenset[str] | None = None

    @property
    def places(self) -> frozenset[str]:
        """Read only for the articles that share enough figures with one of another language:
        scanning every lead of a large run for places is most of this pass's time."""
        if self._places is None:
            keys = named_keys(self.lead, self.language)
            self._places = frozenset(
                key.removeprefix("place:") for key in keys if key.startswith("place:")
            )
        return self._places


def evidence(document: Document, lead: str, day: int | None) -> Evidence:
    return Evidence(document.language or "", day, _figures(lead), lead)


def _figures(text: str) -> frozenset[str]:
    """Figures said in digits, as written without grouping: not years (Gregorian: an English
    lead never writes a Hijri one, while "1,500 dead" reads 1500), not a single digit (a
    weekday's or a list's), but a decimal ("6.1") whatever its size."""
    return frozenset(
        digits
        for digits in figures_in(text)
        if not YEAR.fullmatch(digits) and (not digits.isdigit() or len(digits.lstrip("0")) >= 2)
    )


def link_languages(
    ids: Sequence[str],
    found: Sequence[Evidence],
    story: dict[str, str],
    settings: AcrossLanguages,
) -> dict[str, str]:
    """`story` (document id -> story id from the word pass) with articles of one event in
    other languages joined; `ids` in sorted order, `found` the evidence of each."""
    if len({item.language for item in found if item.language}) < 2:
        return story
    partner = _partners(ids, found, settings)
    if not partner:
        return story
    members: dict[str, list[str]] = defaultdict(list)
    for document_id in ids:
        members[story[document_id]].append(document_id)
    language = dict(zip(ids, (item.language for item in found), strict=True))
    result = dict(story)
    # the story each story took articles in from, by language: one of each at most, so that
    # no story bridges two of another language; a story that took articles in stays where it
    # is, and one that moved whole takes none in (no chains)
    taken: dict[str, dict[str, str]] = defaultdict(dict)
    moved: set[str] = set()
    for head in sorted(members, key=lambda head: (len(members[head]), head)):
        linked = [d for d in members[head] if d in partner]
        if not linked or head in taken:
            continue
        targets = Counter(story[partner[d]] for d in linked)
        target, votes = min(targets.items(), key=lambda item: (-item[1], item[0]))
        if target in moved or not _smaller(members[head], members[target], head, target):
            continue
        if taken[target].setdefault(language[members[head][0]], head) != head:
            continue
        whole = 2 * votes > len(members[head])
        if whole:
            moved.add(head)
        moving = members[head] if whole else [d for d in linked if story[partner[d]] == target]
        for document_id in moving:
            result[document_id] = target
    return result


def _smaller(own: list[str], other: list[str], head: str, target: str) -> bool:
    """The smaller story's articles move (of two alike, the later one's): the larger is more
    likely the event's own."""
    return len(own) < len(other) or (len(own) == len(other) and head > target)


def _partners(
    ids: Sequence[str], found: Sequence[Evidence], settings: AcrossLanguages
) -> dict[str, str]:
    """Each article's best linked article of another language, if any. Figures are indexed by
    the day of their article, so that only articles of nearby days are ever looked at."""
    postings: dict[tuple[str, int], list[int]] = defaultdict(list)
    for index, item in enumerate(found):
        if item.day is not None:
            for figure in item.figures:
                postings[figure, item.day].append(index)
    window = range(-settings.max_days_apart, settings.max_days_apart + 1)
    result = {}
    for index, item in enumerate(found):
        if item.day is None or len(item.figures) < settings.min_shared_figures:
            continue
        shared: Counter[int] = Counter()
        for figure in item.figures:
            for offset in window:
                hits = postings.get((figure, item.day + offset), ())
                if len(hits) <= settings.max_articles_per_figure:
                    shared.update(o for o in hits if found[o].language != item.language)
        best: tuple[int, int, str] | None = None
        for other, count in shared.items():
            them = found[other]
            fewer = min(len(item.figures), len(them.figures))
            if (
                count < settings.min_shared_figures
                or count < settings.min_shared_share * fewer
                or not _place_in_common(item.places, them.places)
            ):
                continue
            key = (-count, abs(them.day - item.day), ids[other])  # type: ignore[operator]
            if best is None or key < best:
                best = key
        if best is not None:
            result[ids[index]] = best[2]
    return result


def _place_in_common(x: frozenset[str], y: frozenset[str]) -> bool:
    return any(a == b or a.startswith(f"{b}/") or b.startswith(f"{a}/") for a in x for b in y)
