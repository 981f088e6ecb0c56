"""rules/README.md is generated from the rule files: it must say what they say."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import get_args

import pytest
from pydantic import BaseModel

from factcheck.align.docs import MARKER, readme_text
from factcheck.align.rules import (
    ComparableRule,
    ConceptsRule,
    CuesRule,
    FindingRule,
    NeverCompareRule,
    NeverWhen,
    StoriesRule,
    ToleranceRule,
    load_rules,
)
from factcheck.lang.lexicon import load
from factcheck.resources import bundled_rules


def test_readme_documents_every_rule_as_the_files_say():
    root = bundled_rules()
    readme = root / "README.md"
    rules = load_rules([])
    assert readme.read_text(encoding="utf-8") == readme_text(readme, rules, root), (
        "rules/README.md is stale: run `python -m factcheck.align.docs`"
    )
    generated = readme.read_text(encoding="utf-8").split(MARKER)[1]
    for rule in rules.rules:
        assert f"**{rule.id} `{rule.name}`**" in generated
    for kind in {rule.kind for rule in rules.rules}:
        assert f"`{kind}`" in readme.read_text(encoding="utf-8").split(MARKER)[0]


def _hand_written() -> str:
    return (bundled_rules() / "README.md").read_text(encoding="utf-8").split(MARKER)[0]


def _fields(model: type[BaseModel]) -> Iterator[str]:
    for name, field in model.model_fields.items():
        yield name
        for inner in (field.annotation, *get_args(field.annotation)):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                yield from _fields(inner)


@pytest.mark.parametrize(
    "model",
    [
        ConceptsRule,
        ComparableRule,
        StoriesRule,
        ToleranceRule,
        CuesRule,
        NeverCompareRule,
        FindingRule,
    ],
)
def test_readme_names_every_field_a_rule_file_may_set(model):
    # the schema half is written by hand: a field added to the models must be added there too
    head = _hand_written()
    assert [name for name in _fields(model) if not re.search(rf"`{name}[`:]", head)] == []


def test_readme_names_every_never_compare_case_and_scope():
    head = _hand_written()
    scopes = {key for language in ("ar", "en") for key in load(language, "scopes")}
    for name in (*get_args(NeverWhen), *sorted(scopes)):
        assert f"`{name}`" in head, name
