"""One as the last item of a list of counts: "two counts of murder and one count of
kidnapping" (ECB+ 32ecb, five papers), "two murder charges and one attempted murder charge",
"Police said two women and one man died" (8ecbplus).

"one" before a noun is as often an article or a phrase ("one day", "one of the few") as a
count, so alone it counts nothing. Joined by a list joint (counts.yaml `listed_one`) to a count
of two or more of a noun earlier in its clause, it is the next item of that list and counts the
noun after it as the items before it do. A language whose "one" follows its noun ("رجل واحد")
lists no joints: it never applies there.
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.counts import counted_noun_after, not_adjectives
from factcheck.extract.number_words import number_words, whole_alone
from factcheck.lang.clitics import stopwords
from factcheck.lang.lexicon import folded_list
from factcheck.lang.phrases import back_spaces, skip_spaces
from factcheck.lang.tokens import DIGITS

_CLAUSE_ENDS = ".;:!?()\n"  # a comma may be the joint itself: "two counts of murder, one count"
_REACH = 80  # characters read back from the joint for the count it lists "one" after
_NOUN = re.compile(r"[^\W\d_]{3,}")


@cache
def _joints(language: str) -> tuple[str, ...]:
    return folded_list(language, "counts", "listed_one")


def listed_one(text: str, start: int, end: int, value: float | None, language: str) -> bool:
    """Whether the "one" at folded `text[start:end]` ends a list of counts and counts the word
    after it."""
    joints = _joints(language)
    if value != 1 or not joints:
        return False
    noun = _NOUN.match(text, skip_spaces(text, end))
    if noun is None or end == noun.start() or _not_a_noun(noun.group(), language):
        return False  # "and one of them", "and one, two"
    joint = _joint_before(text, start, joints)
    return joint is not None and _count_before(text, joint, language)


def _not_a_noun(word: str, language: str) -> bool:
    return word in stopwords(language) or word in not_adjectives(language)


def _joint_before(text: str, start: int, joints: tuple[str, ...]) -> int | None:
    """Where the joint right before `start` begins ("and", ","), or None."""
    before = back_spaces(text, start)
    for joint in joints:
        at = before - len(joint)
        if at >= 0 and text.startswith(joint, at) and (not joint.isalpha() or text[at - 1] == " "):
            return back_spaces(text, at)
    return None


def _count_before(text: str, end: int, language: str) -> bool:
    """Whether a number of two or more that counts the noun after it stands in the clause
    before `end`: "two counts", "two women", "2 murder charges"."""
    begin = max(0, end - _REACH)
    for index in range(end - 1, begin - 1, -1):
        if text[index] in _CLAUSE_ENDS:
            begin = index + 1
            break
    window = text[begin:end]
    words = number_words(language).matcher
    ends = [begin + hit.end for hit in words.finditer(window) if (whole_alone(hit) or 0) >= 2]
    ends += [begin + hit.end() for hit in DIGITS.finditer(window) if int(hit.group()) >= 2]
    return any(counted_noun_after(text, stop, language) for stop in ends)
