"""Loads the language data of factcheck/lexicons/ (YAML, or JSON where generated: data only),
once per process."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from factcheck.lang.normalize import fold_word
from factcheck.read.decode import decode
from factcheck.read.metadata import load_yaml
from factcheck.resources import LEXICONS


@cache
def load(language: str, name: str) -> Any:
    """`lexicons/<language>/<name>.yaml`, or `<name>.json`; language is `ar`, `en` or `common`.
    Missing -> {}. A generated lexicon is JSON (lexicons/README.md): the gazetteer's places of
    one language load in 0.01 s, against 0.15 s as YAML, in every process that reads one."""
    folder = LEXICONS / language
    generated = folder / f"{name}.json"
    if generated.is_file():
        return json.loads(generated.read_bytes()) or {}
    path = folder / f"{name}.yaml"
    if not path.is_file():
        return {}
    return load_yaml(decode(path.read_bytes())) or {}


@cache
def folded_words(language: str, name: str, *keys: str) -> frozenset[str]:
    """The words `lexicons/<language>/<name>.yaml` lists under `keys` (a key, or a section and
    its key), each folded as running text is: what a finder tests a word of folded text
    against. A list the file lacks is empty."""
    return frozenset(folded_list(language, name, *keys))


@cache
def folded_list(language: str, name: str, *keys: str) -> tuple[str, ...]:
    """`folded_words` in the file's order: where the first that fits is taken (suffixes,
    conjunctions, ends tried in turn)."""
    data = load(language, name)
    for key in keys:
        data = data.get(key) or {}
    return tuple(fold_word(word) for word in data)
