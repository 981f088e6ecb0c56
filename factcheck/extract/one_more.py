"""One more of those a clause counted: "killing two co - workers and critically injuring a
third", "left two women dead and a third employee wounded" (ECB+ 22ecbplus, eight papers). An
ordinal after the indefinite article, beside a cue of harm (lexicons/*/death_cues.yaml), in a
clause that counted one less before it, names the one the harm befell next: a label of the
concept `one_more` (common/units.yaml), which says which one, not how many, so two never
conflict and agree only in windows alike (FC002 `unknown_subject_ranks`).

Not a fraction ("a third of the vote": ranks.yaml `one_more.not_before`), nor an ordinal joined
to its noun ("a second-half surge"), nor "another" with no count before it ("a second round of
bombs").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.extract.mention import PRIORITY, Mention, exact_count
from factcheck.extract.number_words import number_words, whole_alone
from factcheck.extract.ordinals import ordinal_at, ordinal_words
from factcheck.extract.ranks import indefinite_articles
from factcheck.lang.detect import supported_languages
from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import phrase_matcher, skip_spaces
from factcheck.lang.tokens import DIGITS, HYPHEN, WORD
from factcheck.models import Document

ONE_MORE = "one_more"  # the concept (common/units.yaml)
_LABEL = "label"
_CLAUSE_ENDS = re.compile(r"[.;!?:]\s")  # where the count before may no longer be
_COUNT_REACH = 160  # characters read back for the count


@cache
def _lexicon(language: str) -> tuple[int, frozenset[str], re.Pattern[str] | None]:
    """How many words a cue may stand from the ordinal, the words after the ordinal that make it
    no label (ranks.yaml `one_more`), and the indefinite articles (`indefinite`)."""
    data = load(language, "ranks").get("one_more") or {}
    articles = sorted(indefinite_articles(language))  # a fixed order: the same pattern each run
    pattern = (
        re.compile(rf"\b(?:{'|'.join(map(re.escape, articles))}) ") if articles and data else None
    )
    not_before = folded_words(language, "ranks", "one_more", "not_before")
    return int(data.get("reach") or 0), not_before, pattern


def find_one_more(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    language = document.language or ""
    if language not in supported_languages():
        return
    reach, not_before, articles = _lexicon(language)
    if articles is None:
        return
    text = folded.text
    ordinals = ordinal_words(language)
    seen: set[int] = set()
    for cue in phrase_matcher(language, "death_cues").finditer(text):
        begin = _words_back(text, cue.start, reach + 2)  # the article and the ordinal
        end = _words_on(text, cue.end, reach + 2)
        for article in articles.finditer(text, begin, end):
            at = article.end()
            found = ordinal_at(text, at, ordinals)
            if found is None or at in seen:
                continue
            value, after = found
            if text[at].isdigit() or not _stands_alone(text, after, not_before):
                continue
            if _counted_before(text, article.start(), value - 1, language):
                seen.add(at)
                yield exact_count(
                    body,
                    folded,
                    at,
                    after,
                    value,
                    PRIORITY["count"],
                    ONE_MORE,
                    note=_LABEL,
                    ordinal=True,
                    subject=ONE_MORE,
                )


def _stands_alone(text: str, end: int, not_before: frozenset[str]) -> bool:
    """No hyphen joins the ordinal to a noun ("a second-half surge"), and no word after it
    makes it a fraction ("a third of")."""
    if text[end : end + 1] == HYPHEN:
        return False
    following = WORD.match(text, skip_spaces(text, end))
    return following is None or following.group().strip(".,;:") not in not_before


def _counted_before(text: str, start: int, value: int, language: str) -> bool:
    """The clause before `start` states the whole number `value` ("killing two co - workers and
    critically injuring a third"), in digits or one number word."""
    window_start = max(0, start - _COUNT_REACH)
    clause = text[window_start:start]
    ends = list(_CLAUSE_ENDS.finditer(clause))
    offset = window_start + (ends[-1].end() if ends else 0)
    words = number_words(language).matcher
    for word in WORD.finditer(text, offset, start):
        token = word.group()
        if DIGITS.fullmatch(token):
            if int(token) == value:
                return True
            continue
        if whole_alone(words.at(text, word.start())) == value:
            return True
    return False


def _words_back(text: str, pos: int, words: int) -> int:
    """Where the `words` words before `pos` start."""
    for _ in range(words):
        space = text.rfind(" ", 0, max(0, pos - 1))
        if space < 0:
            return 0
        pos = space + 1
    return pos


def _words_on(text: str, pos: int, words: int) -> int:
    """Where the `words` words after `pos` end."""
    for _ in range(words):
        space = text.find(" ", skip_spaces(text, pos) + 1)
        if space < 0:
            return len(text)
        pos = space
    return pos
