"""A unit word that several measures share ("درجة": of heat, of a quake's strength, of a
student's mark): the measure a number's is comes from words of its sentence
(lexicons/<language>/unit_contexts.yaml). With none of them, or cues of two measures, the word
names no unit and the number is no claim ("حصل على 95 درجة")."""

from __future__ import annotations

from functools import cache

from factcheck.lang.lexicon import load
from factcheck.lang.phrases import PhraseMatch, PhraseMatcher

_REACH = 160  # characters of the sentence looked at on each side of the unit word
_SENTENCE_ENDS = ".!?؟\n"


@cache
def _matchers(language: str) -> tuple[PhraseMatcher, PhraseMatcher] | None:
    spec = load(language, "unit_contexts")
    if not spec:
        return None
    words = PhraseMatcher(((word, True) for word in spec["words"]), language)
    return words, PhraseMatcher.from_mapping(spec["cues"], language)


def unit_by_context(text: str, pos: int, language: str) -> PhraseMatch | None:
    """The shared unit word at folded `text[pos]`, as the quantity its sentence's cues name."""
    matchers = _matchers(language)
    if matchers is None:
        return None
    words, cues = matchers
    hit = words.at(text, pos)
    if hit is None:
        return None
    begin = max(0, pos - _REACH)
    end = min(len(text), hit.end + _REACH)
    for index in range(pos - 1, begin - 1, -1):
        if text[index] in _SENTENCE_ENDS and not text[index - 1 : index].isdigit():
            begin = index + 1
            break
    for index in range(hit.end, end):
        if text[index] in _SENTENCE_ENDS and not text[index + 1 : index + 2].isdigit():
            end = index
            break
    measures = {cue.key for cue in cues.finditer(text[begin:end])}
    if len(measures) != 1:
        return None
    return PhraseMatch(hit.start, hit.end, ("quantity", measures.pop()), hit.stem)
