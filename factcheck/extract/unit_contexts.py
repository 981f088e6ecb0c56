"""A unit word that several measures share ("درجة": of heat, of a quake's strength, of a
student's mark): the measure a number's is comes from words of its sentence
(lexicons/<language>/unit_contexts.yaml). With none of them, or cues of two measures, the word
names no unit and the number is no claim ("حصل على 95 درجة")."""

from __future__ import annotations

from factcheck.extract.sentences import sentence_spans
from factcheck.lang.phrases import PhraseMatch, phrase_matcher

_REACH = 160  # characters of the sentence looked at on each side of the unit word


def unit_by_context(text: str, pos: int, language: str) -> PhraseMatch | None:
    """The shared unit word at folded `text[pos]`, as the quantity its sentence's cues name."""
    hit = phrase_matcher(language, "unit_contexts", "words").at(text, pos)
    if hit is None:  # a language without the lexicon has an empty matcher
        return None
    window = (max(0, pos - _REACH), min(len(text), hit.end + _REACH))
    begin, end = next(
        ((low, high) for low, high in sentence_spans(text, *window) if low <= pos < high), window
    )
    cues = phrase_matcher(language, "unit_contexts", "cues").finditer(text[begin:end])
    measures = {cue.key for cue in cues}
    if len(measures) != 1:
        return None
    return PhraseMatch(hit.start, hit.end, ("quantity", measures.pop()), hit.stem)
