"""Loads rule files (rules/**/*.yaml) into validated Rule models; a bad file names its line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.read.decode import InputError, decode
from factcheck.read.metadata import load_yaml
from factcheck.resources import bundled_rules


class RuleFileError(Exception):
    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.message = message


@dataclass
class RuleSet:
    rules: list[dict[str, Any]] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def load_rules(extra_dirs: list[Path]) -> RuleSet:
    ruleset = RuleSet()
    for folder in [bundled_rules(), *extra_dirs]:
        if not folder.is_dir():
            raise RuleFileError(folder, "rules folder does not exist")
        for path in sorted(folder.rglob("*.yaml")):
            if path.name.endswith(".cases.yaml") or any(p.startswith(".") for p in path.parts):
                continue
            try:
                data = load_yaml(decode(path.read_bytes()))
            except InputError as exc:
                raise RuleFileError(path, exc.message, exc.line) from exc
            except OSError as exc:
                raise RuleFileError(path, f"cannot read: {exc.strerror}") from exc
            if not isinstance(data, dict):
                raise RuleFileError(path, "a rule file must be a mapping", 1)
            ruleset.rules.append(data)
            ruleset.files.append(path)
    return ruleset
