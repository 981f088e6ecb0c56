"""Arabic vs English (and which unsupported language) when the metadata does not say."""

from __future__ import annotations

import re
from functools import cache

import yaml

from factcheck.lang.tokens import LETTERS
from factcheck.resources import LEXICONS

_SAMPLE = 20_000
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


@cache
def _data() -> dict:
    with open(LEXICONS / "common" / "languages.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def _vocabularies() -> dict[str, frozenset[str]]:
    return {code: frozenset(words) for code, words in _data()["latin_function_words"].items()}


@cache
def supported_languages() -> frozenset[str]:
    return frozenset(_data()["supported"])


@cache
def right_to_left() -> frozenset[str]:
    return frozenset(_data()["right_to_left"])


@cache
def cased(language: str) -> bool:
    """Whether the language's script has capital letters (languages.yaml `writing`)."""
    return bool(_data().get("writing", {}).get(language, {}).get("cased", False))


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code, or None where the text has too few letters to tell."""
    sample = text[:_SAMPLE]
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin = len(_LATIN_LETTER.findall(sample))
    if arabic + latin < 3:
        return None
    if arabic >= latin:
        return _arabic_script(sample, arabic)
    return _latin_script(sample)


def _arabic_script(sample: str, letters: int) -> str:
    best, best_share = "ar", 0.0
    for code, marks in _data()["arabic_script_letters"].items():
        share = sum(sample.count(mark) for mark in marks) / letters
        if share > best_share:
            best, best_share = code, share
    # Persian and Urdu letters are a few percent of their text; in Arabic they appear only
    # in a stray foreign name.
    return best if best_share > 0.01 else "ar"


def _latin_script(sample: str) -> str:
    words = [word.lower() for word in LETTERS.findall(sample)]
    if not words:
        return "en"
    scores = {
        code: sum(1 for word in words if word in vocabulary)
        for code, vocabulary in _vocabularies().items()
    }
    best = max(sorted(scores), key=lambda code: scores[code])
    # Short English headlines may hold no function word at all: English stays the default
    # unless another language clearly shows.
    return best if scores[best] > scores["en"] and scores[best] >= 2 else "en"
