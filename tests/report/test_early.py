"""The JSON report's documents and claims written while alignment runs: the same bytes as
writing the whole report after it, the same atomic write, and nothing left behind."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from factcheck.engines import forked, local
from factcheck.report import early
from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="this platform cannot fork"
)

JSON = ("--format", "json", "--fail-on", "never")


@pytest.fixture
def finished(monkeypatch) -> list[bool]:
    """Every EarlyReport.finish's answer; the seeds' few claims are aligned in forked processes
    and written early too."""
    monkeypatch.setattr(local, "PARALLEL_MIN_DOCUMENTS", 0)
    monkeypatch.setattr(forked, "FORK_MIN_CLAIMS", 0)
    answers: list[bool] = []
    real = early.EarlyReport.finish

    def spy(self: early.EarlyReport, report) -> bool:
        answers.append(real(self, report))
        return answers[-1]

    monkeypatch.setattr(early.EarlyReport, "finish", spy)
    return answers


def whole_report(cli, tmp_path: Path, *paths: Path) -> bytes:
    target = tmp_path / "whole.json"
    result = cli(*paths, *JSON, "--jobs", "1", "-o", target)
    assert result.status == 0, result.stderr
    return target.read_bytes()


def test_written_early_the_report_is_the_whole_report_byte_for_byte(cli, tmp_path, finished):
    target = tmp_path / "early.json"
    result = cli(SEEDS, *JSON, "--jobs", "2", "-o", target)
    assert result.status == 0, result.stderr
    assert finished == [True]
    assert target.read_bytes() == whole_report(cli, tmp_path, SEEDS)
    assert len(json.loads(target.read_bytes())["claims"]) > 10
    assert sorted(path.name for path in tmp_path.iterdir()) == ["early.json", "whole.json"]


def test_when_the_early_part_fails_the_whole_report_is_written_instead(
    cli, tmp_path, finished, monkeypatch
):
    def broken(documents, claims):
        raise ValueError("a fault in the early writer")

    monkeypatch.setattr(early, "head_utf8", broken)
    target = tmp_path / "early.json"
    result = cli(SEEDS, *JSON, "--jobs", "2", "-o", target)
    assert result.status == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert finished == [False]
    assert target.read_bytes() == whole_report(cli, tmp_path, SEEDS)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["early.json", "whole.json"]


def test_a_lone_surrogate_in_a_claim_falls_back_to_the_escaping_writer(cli, tmp_path, finished):
    # A JSON record may hold "\ud800": no UTF-8 for it, so pydantic cannot serialize it and
    # the whole report is written by the fallback that escapes it.
    news = tmp_path / "news"
    news.mkdir()
    record = {"id": "r1", "language": "en", "text": "Officials said 15 \ud800 people died."}
    (news / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    target = tmp_path / "early.json"
    result = cli(news, *JSON, "--jobs", "2", "-o", target)
    assert result.status == 0, result.stderr
    assert finished == [False]
    assert target.read_bytes() == whole_report(cli, tmp_path, news)
    assert '"sentence": "Officials said 15 \\ud800 people died."' in target.read_text("utf-8")


@pytest.mark.parametrize("fault", [RuntimeError, KeyboardInterrupt])
def test_a_run_that_fails_after_the_early_start_leaves_no_temp_file(
    cli, tmp_path, finished, monkeypatch, fault
):
    def failing(*args, **kwargs):
        # the head was written before this process aligned (in a child it may not be yet)
        assert [path.suffix for path in tmp_path.iterdir()] == [".tmp"]
        raise fault("alignment stopped")

    monkeypatch.setattr(forked, "each_block", failing)
    with pytest.raises(fault):
        cli(SEEDS, *JSON, "--jobs", "2", "-o", tmp_path / "early.json")
    assert list(tmp_path.iterdir()) == []


def test_a_head_that_no_longer_matches_the_report_falls_back_to_the_whole_write(
    cli, tmp_path, finished, monkeypatch
):
    # tail_utf8 answers None when the report's head depends on more than its documents and
    # claims; appending nothing would leave a report without findings.
    monkeypatch.setattr(early, "tail_utf8", lambda report: None)
    target = tmp_path / "early.json"
    result = cli(SEEDS, *JSON, "--jobs", "2", "-o", target)
    assert result.status == 0, result.stderr
    assert finished == [False]
    assert target.read_bytes() == whole_report(cli, tmp_path, SEEDS)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["early.json", "whole.json"]
