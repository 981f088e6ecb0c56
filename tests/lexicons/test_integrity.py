"""The language data: every file listed in lexicons/README.md, the same concepts in ar and en,
surfaces that are strings (YAML reads a bare `no` or `on` as a boolean), keys that exist and
are stated once."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
import yaml

from factcheck.extract.units import BEFORE_NUMBER, GLUED
from factcheck.lang.lexicon import load
from factcheck.resources import LEXICONS

FILES = sorted(
    path.relative_to(LEXICONS).as_posix()
    for path in LEXICONS.rglob("*")
    if path.suffix in (".yaml", ".json")
)


def _surfaces(data):
    """Every leaf of a lexicon: the surfaces (and numbers) it lists."""
    if isinstance(data, dict):
        for value in data.values():
            yield from _surfaces(value)
    elif isinstance(data, list):
        for item in data:
            yield from _surfaces(item)
    else:
        yield data


def test_every_lexicon_file_is_listed_in_the_readme():
    readme = (LEXICONS / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`((?:ar|en|common)/[\w.-]+\.(?:yaml|json))`", readme))
    assert set(FILES) - listed == set(), "add a line to lexicons/README.md for each new file"
    assert listed - set(FILES) == set(), "lexicons/README.md lists files that do not exist"


def _stated_twice(keys: list[str]) -> list[str]:
    return [key for key, times in Counter(keys).items() if times > 1]


class _KeysOnce(yaml.SafeLoader):
    """Safe loading that lists the keys a mapping states twice (YAML keeps the last silently)."""

    twice: list[str]

    def construct_mapping(self, node, deep=False):
        keys = [str(self.construct_object(key, deep=True)) for key, _ in node.value]
        line = node.start_mark.line + 1
        self.twice += [f"line {line}: {key}" for key in _stated_twice(keys)]
        return super().construct_mapping(node, deep)


def _keys_twice(name: str) -> list[str]:
    text = (LEXICONS / name).read_text(encoding="utf-8")
    twice: list[str] = []
    if name.endswith(".json"):  # JSON, too, keeps the last silently

        def mapping(pairs: list[tuple[str, object]]) -> dict[str, object]:
            twice.extend(_stated_twice([key for key, _ in pairs]))
            return dict(pairs)

        json.loads(text, object_pairs_hook=mapping)
        return twice
    loader = _KeysOnce(text)
    loader.twice = twice
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return twice


@pytest.mark.parametrize("name", FILES)
def test_no_key_is_stated_twice(name):
    # a second "ft2:" in common/units.yaml replaced the first unseen; with two values, one
    # would be lost
    assert _keys_twice(name) == []


def test_ar_and_en_count_the_same_concepts_as_common():
    common = set(load("common", "concepts"))
    assert set(load("ar", "concepts")) == common
    assert set(load("en", "concepts")) == common


@pytest.mark.parametrize(
    "name", ["concepts", "counts", "currencies", "numbers", "qualifiers", "units", "death_cues"]
)
def test_number_lexicons_hold_strings_not_yaml_booleans(name):
    for language in ("ar", "en"):
        for leaf in _surfaces(load(language, name)):
            assert not isinstance(leaf, bool), f"{language}/{name}.yaml: quote 'no'/'on'/'yes'"


def test_currency_and_unit_keys_exist_in_common():
    codes = set(load("common", "currencies")["symbols"]) | set(
        load("common", "currencies")["ambiguous"]
    )
    symbols = set(load("common", "units"))
    for language in ("ar", "en"):
        assert set(load(language, "currencies")) <= codes
        units = load(language, "units")
        before, glued = units.get(BEFORE_NUMBER) or {}, units.get(GLUED) or {}
        assert (set(units) - {BEFORE_NUMBER, GLUED}) | set(before) | set(glued) <= symbols
        assert set(load(language, "currency_countries")) <= codes


def test_every_supported_language_says_how_it_is_written():
    # holders and learned places read names from capitals only where the script has them
    languages = load("common", "languages")
    writing = languages["writing"]
    assert set(writing) == set(languages["supported"])
    assert {code: spec["cased"] for code, spec in writing.items()} == {"ar": False, "en": True}


def test_the_clitics_of_date_words_are_proclitics():
    clitics = load("ar", "clitics")
    assert set(clitics["conjunctions"]) < set(clitics["date_words"]) < set(clitics["proclitics"])
    assert all(len(clitic) == 1 for clitic in clitics["date_words"])  # one lookbehind letter


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_scope_word_list_says_how_far_it_reaches(language):
    # extract/context.py reads `<position>_words` for every `before` / `after` list
    for scope, positions in load(language, "scopes").items():
        for position in ("before", "after"):
            if position in positions:
                reach = positions.get(f"{position}_words")
                assert isinstance(reach, int) and reach >= 0, (scope, position)
