"""Writes the generated half of rules/README.md from the rule files' own fields.

    python -m factcheck.align.docs          # rewrite rules/README.md below the marker

tests/align/test_rules_docs.py fails when the README and the rule files drift apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.align.rules import RULE_KINDS, FindingRule, RuleSet, load_rules
from factcheck.resources import bundled_rules

MARKER = (
    "<!-- Generated from the rule files by `python -m factcheck.align.docs`; do not edit below. -->"
)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render_rules(rules: RuleSet, root: Path) -> str:
    lines = [MARKER, ""]
    kinds: dict[str, list] = {}
    for rule, path in zip(rules.rules, rules.files, strict=True):
        kinds.setdefault(rule.kind, []).append((rule, path))
    for kind, entries in sorted(kinds.items(), key=lambda item: RULE_KINDS.index(item[0])):
        lines += [f"### `kind: {kind}`", ""]
        for rule, path in sorted(entries, key=lambda entry: entry[0].id):
            where = path.relative_to(root).as_posix()
            extra = ""
            if isinstance(rule, FindingRule):
                extra = f" → `{rule.finding}` ({rule.severity}, priority {rule.priority})"
            lines += [f"**{rule.id} `{rule.name}`**{extra}, in `{where}`", ""]
            lines += [_cell(rule.description), ""]
            for label, cases in (
                ("fires on", rule.examples.match),
                ("not on", rule.examples.no_match),
            ):
                if cases:
                    lines.append(f"- {label}: " + " · ".join(f"«{_cell(c)}»" for c in cases))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def readme_text(readme: Path, rules: RuleSet, root: Path) -> str:
    head = readme.read_text(encoding="utf-8").split(MARKER)[0]
    return head + render_rules(rules, root)


def main() -> int:
    root = bundled_rules()
    readme = root / "README.md"
    readme.write_text(readme_text(readme, load_rules([]), root), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
