"""rules/README.md is generated from the rule files: it must say what they say."""

from __future__ import annotations

from factcheck.align.docs import MARKER, readme_text
from factcheck.align.rules import load_rules
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
