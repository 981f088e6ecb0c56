"""Loads the language data of factcheck/lexicons/ (YAML, data only), once per process."""

from __future__ import annotations

from functools import cache
from typing import Any

from factcheck.read.decode import decode
from factcheck.read.metadata import load_yaml
from factcheck.resources import LEXICONS


@cache
def load(language: str, name: str) -> Any:
    """`lexicons/<language>/<name>.yaml`; language is `ar`, `en` or `common`. Missing -> {}."""
    path = LEXICONS / language / f"{name}.yaml"
    if not path.is_file():
        return {}
    return load_yaml(decode(path.read_bytes())) or {}
