"""Rule files: every bundled rule loads; a bad one names its path, line and fault (exit 2)."""

from __future__ import annotations

import pytest

from factcheck.align import RuleFileError, load_rules
from factcheck.align.rules import FindingRule
from tests.conftest import SEEDS


def test_bundled_rules_load_with_unique_ids():
    rules = load_rules([])
    ids = [rule.id for rule in rules.rules]
    assert len(ids) == len(set(ids))
    kinds = {rule.kind for rule in rules.rules}
    assert kinds == {
        "concepts",
        "stories",
        "comparable",
        "tolerance",
        "revision_cues",
        "never_compare",
        "finding",
    }
    assert {r.finding for r in rules.of(FindingRule)} == {
        "agreement",
        "conflict",
        "revision",
        "single_source",
    }


def write(tmp_path, text: str):
    path = tmp_path / "rule.yaml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """\
id: FC901
name: conflict.custom
kind: finding
finding: conflict
severity: error
description: test
applies_to: [count]
message: "{a.text} vs {b.text}"
"""


# FC035's shape (rules/never_compare/scope.yaml): a scope kept from comparison
NEVER = """\
id: FC902
name: never_compare.custom
kind: never_compare
description: test
applies_to: [money]
when: scope
scopes: [conversion]
"""


def test_extra_folder_adds_rules(tmp_path):
    write(tmp_path, GOOD)
    assert "FC901" in {rule.id for rule in load_rules([tmp_path]).rules}


@pytest.mark.parametrize(
    ("text", "line", "fault"),
    [
        (GOOD.replace("severity: error", "severity: fatal"), 5, "severity"),
        (
            GOOD.replace("applies_to: [count]", "applies_to: [count]\nmatch: {value: overlap}"),
            8,
            "match.value",
        ),
        (
            GOOD.replace(
                "applies_to: [count]", "applies_to: [count]\nmatch: {scope_caps: {limit: le}}"
            ),
            8,
            "scope_caps names scopes not in scopes_apart: ['limit']",
        ),
        (
            NEVER + "one_value_compared: {clock: same_scope}\n",
            3,
            "one_value_compared names scopes not in scopes: ['clock']",
        ),
        (
            NEVER + "one_value_compared: {conversion: every_scope}\n",
            8,
            "one_value_compared.conversion",
        ),
        (GOOD.replace("finding: conflict", "findng: conflict"), 4, "findng"),
        (GOOD.replace("id: FC901", "id: 901"), 1, "id"),
        (GOOD.replace("kind: finding", "kind: nonsense"), 3, "kind"),
    ],
)
def test_invalid_rule_names_path_line_and_fault(tmp_path, text, line, fault):
    path = write(tmp_path, text)
    with pytest.raises(RuleFileError) as caught:
        load_rules([tmp_path])
    assert caught.value.path == path
    assert caught.value.line == line
    assert fault in caught.value.message


def test_duplicate_rule_id_is_refused(tmp_path):
    write(tmp_path, GOOD.replace("FC901", "FC101"))
    with pytest.raises(RuleFileError, match="FC101 is already used"):
        load_rules([tmp_path])


def test_cli_exit_2_with_file_and_line(cli, tmp_path):
    path = write(tmp_path, GOOD.replace("severity: error", "severity: fatal"))
    result = cli(SEEDS, "--rules", tmp_path)
    assert result.status == 2
    assert f"{path}:5:" in result.stderr


@pytest.mark.parametrize("template", ["{a.__class__}", "{a.text.__class__}", "{c}", "{a[0]}"])
def test_message_templates_may_name_only_public_claim_fields(tmp_path, template):
    write(tmp_path, GOOD.replace('"{a.text} vs {b.text}"', f'"{template}"'))
    with pytest.raises(RuleFileError, match="message field") as caught:
        load_rules([tmp_path])
    assert caught.value.line == 8
