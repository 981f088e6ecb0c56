"""Every format's output, byte for byte, against the files beside this test.

`seeds.*` is `factcheck seeds/` end to end: it changes whenever extraction or alignment does,
and is then rewritten and reviewed with `pytest tests/golden --update-golden`. `sample.*` is
the hand-built report of tests/report/sample.py: it changes only when a renderer does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.report import FORMATS, renderer
from factcheck.settings import Settings
from tests.conftest import REPO, run_cli
from tests.report.sample import sample_report
from tests.report.test_markdown_sarif import validate_sarif

GOLDEN = Path(__file__).parent
SUFFIX = {"rich": "txt", "json": "json", "html": "html", "markdown": "md", "sarif": "sarif"}


def check(path: Path, actual: str, update: bool) -> None:
    if update or not path.exists():
        path.write_text(actual, encoding="utf-8", newline="")
        if not update:
            pytest.fail(f"{path.name} did not exist and was written: review and commit it")
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{path.name} differs from the output; if the change is intended, run "
        "`pytest tests/golden --update-golden` and review the diff"
    )


@pytest.mark.parametrize("name", FORMATS)
def test_seeds_report(name, monkeypatch, tmp_path, update_golden):
    monkeypatch.chdir(REPO)  # relative paths, the same on every machine
    target = tmp_path / f"seeds.{SUFFIX[name]}"
    result = run_cli("seeds", "--format", name, "-o", target, "--jobs", "1", "--fail-on", "never")
    assert result.status == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    if name == "sarif":
        validate_sarif(text)
    check(GOLDEN / target.name, text, update_golden)


@pytest.mark.parametrize("name", FORMATS)
def test_sample_report(name, update_golden):
    text = renderer(name)(sample_report(), Settings(verbose=name == "sarif"))
    check(GOLDEN / f"sample.{SUFFIX[name]}", text, update_golden)
