"""Baselines: the finding ids a CI job has accepted as known."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.models import Finding
from factcheck.read.decode import InputError, decode
from factcheck.read.json_text import load_json


def read_baseline(path: Path) -> set[str]:
    """Ids from a baseline file: our JSON form, a JSON list of ids, or one id per line."""
    try:
        text = decode(path.read_bytes())
    except OSError as exc:
        raise InputError(f"cannot read baseline: {exc.strerror}") from exc
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        data = load_json(text)
        items = data.get("findings", []) if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise InputError("baseline 'findings' must be a list", 1)
        ids = [item.get("id") if isinstance(item, dict) else item for item in items]
        if not all(isinstance(id_, str) for id_ in ids):
            raise InputError("baseline findings must be ids (text) or objects with an 'id'", 1)
        return {id_ for id_ in ids if isinstance(id_, str)}
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


def baseline_text(findings: list[Finding]) -> str:
    entries = [
        {"id": finding.id, "kind": finding.kind, "rule": finding.rule, "message": finding.message}
        for finding in sorted(findings, key=lambda f: f.id)
    ]
    return json.dumps({"version": 1, "findings": entries}, ensure_ascii=False, indent=2) + "\n"


def mark_known(findings: list[Finding], known: set[str]) -> tuple[list[Finding], list[str]]:
    """Flags baselined findings; returns them and the baseline ids no finding has any more."""
    marked = [f.model_copy(update={"known": True}) if f.id in known else f for f in findings]
    stale = sorted(known - {finding.id for finding in findings})
    return marked, stale
