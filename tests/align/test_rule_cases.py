"""Runs every rules/**/*.cases.yaml: each case's articles through the whole pipeline, and the
findings other than single sources compared with the case's (semgrep's rule tests).

A case whose articles yield no figure yet waits for extraction: an expected failure, strict.
A case marked `todo: true` is a known gap (expected to fail, strictly). Findings expected with
their `claims` (texts) must be all of their rule's. Agreements the case does not name may come
along (repeated mentions), but a case under agreement/ that expects no finding expects none."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.resources import bundled_rules
from tests.conftest import run_cli


def _cases():
    for path in sorted(bundled_rules().rglob("*.cases.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            name = f"{path.stem.removesuffix('.cases')}: {case['name']}"
            yield pytest.param(case, path.parent.name, id=name)


def _write(folder: Path, articles: list[dict]) -> None:
    for number, article in enumerate(articles):
        meta = {key: str(value) for key, value in article.items() if key != "text"}
        meta.setdefault("language", "ar")
        front = yaml.safe_dump(meta, allow_unicode=True)
        (folder / f"{number:02d}.txt").write_text(f"---\n{front}---\n{article['text']}\n", "utf-8")


@pytest.mark.parametrize(("case", "folder"), list(_cases()))
def test_rule_case(case, folder, tmp_path, request):
    _write(tmp_path, case["articles"])
    report = run_cli(tmp_path, "--format", "json", "--fail-on", "never").json
    if case.get("todo"):
        request.applymarker(pytest.mark.xfail(strict=True, reason="known gap (todo)"))
    elif case["findings"] and not report["claims"]:
        request.applymarker(pytest.mark.xfail(strict=True, reason="extraction gives no figure yet"))
    found = sorted(
        (f["kind"], f["rule"]) for f in report["findings"] if f["kind"] != "single_source"
    )
    expected = sorted((f["kind"], f["rule"]) for f in case["findings"])
    # agreements between repeated mentions may add findings; the expected ones must be there
    # and nothing of a kind the case does not expect; an agreement case that expects none
    # expects no agreement ("two players' 20 points")
    assert set(expected) <= set(found)
    allowed = {"agreement"} if case["findings"] or folder != "agreement" else set()
    assert {kind for kind, _ in found} <= {kind for kind, _ in expected} | allowed
    # findings expected with their `claims` (texts) are all of their rule's: the right pairs,
    # not only the right rule
    text = {claim["id"]: claim["text"] for claim in report["claims"]}
    named = [f for f in case["findings"] if "claims" in f]
    for rule in {(f["kind"], f["rule"]) for f in named}:
        held = sorted(
            sorted(text[claim] for claim in f["claims"])
            for f in report["findings"]
            if (f["kind"], f["rule"]) == rule
        )
        assert held == sorted(sorted(f["claims"]) for f in named if (f["kind"], f["rule"]) == rule)
