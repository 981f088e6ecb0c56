"""Groups named by their size: "صراع الخمسة الكبار", "الدول الست الكبرى", "القوى الست
العظمى". A definite number word with an adjective of greatness after it names a group by how
many it holds (the big five, the six powers): a count of the group's members, concept
`group_members`, compared only with another group's size.

Only number words: digits are no part of such a name. Only what lexicons/*/groups.yaml lists
after the number: "الأشهر الثلاثة الماضية", "الخمس الأخيرة" count a period or the last items,
and the duration finders read them.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract.document_words import document_words
from factcheck.extract.mention import PRIORITY, Mention, exact_count
from factcheck.lang.clitics import DEFINITE
from factcheck.lang.normalize import Folded
from factcheck.lang.phrases import phrase_matcher, skip_spaces
from factcheck.models import Document

GROUP = "group_members"
# The roles of the number words a group is named by: "الخمسة", "الست", "العشرة".
_SIZES = frozenset({"one", "ten"})


def find_group_sizes(body: str, folded: Folded, document: Document) -> Iterator[Mention]:
    text = folded.text
    language = document.language or ""
    greatness = phrase_matcher(language, "groups", "after")
    for hit in document_words(text, language, "numbers"):
        role, value = hit.key
        if role not in _SIZES or value < 2 or not text[hit.start : hit.stem].endswith(DEFINITE):
            continue
        adjective = greatness.at(text, skip_spaces(text, hit.end))
        if adjective is None:
            continue
        yield exact_count(body, folded, hit.start, adjective.end, value, PRIORITY["count"], GROUP)
