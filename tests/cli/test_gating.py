"""CI gating as the contract says: --fail-on, --baseline, --write-baseline, stale entries."""

from __future__ import annotations

import json

import pytest

import factcheck.pipeline
from tests.conftest import SEEDS
from tests.report.sample import sample_report


@pytest.fixture
def findings(monkeypatch):
    """The CLI run on the hand-built report: 2 conflicts, 1 revision, 3 agreements."""
    report = sample_report()
    monkeypatch.setattr(
        factcheck.pipeline,
        "run",
        lambda settings, progress=None, claims_ready=None: _with_baseline(report, settings),
    )
    return report


def _with_baseline(report, settings):
    if settings.baseline is None:
        return report
    from factcheck.align.baseline import mark_known, read_baseline

    marked, stale = mark_known(report.findings, read_baseline(settings.baseline))
    return report.model_copy(update={"findings": marked, "stale_baseline": stale})


@pytest.mark.parametrize(
    ("fail_on", "status"), [("conflict", 1), ("revision", 1), ("any", 1), ("never", 0)]
)
def test_fail_on_thresholds(cli, findings, fail_on, status):
    assert cli(SEEDS, "--format", "json", "--fail-on", fail_on).status == status


def test_only_revisions_fail_on_revision_but_not_on_conflict(cli, monkeypatch):
    report = sample_report()
    revisions = [f for f in report.findings if f.kind != "conflict"]
    monkeypatch.setattr(
        factcheck.pipeline,
        "run",
        lambda settings, progress=None, claims_ready=None: report.model_copy(
            update={"findings": revisions}
        ),
    )
    assert cli(SEEDS, "--format", "json").status == 0
    assert cli(SEEDS, "--format", "json", "--fail-on", "revision").status == 1


def test_written_baseline_makes_the_same_run_pass_and_shows_findings_as_known(
    cli, findings, tmp_path
):
    baseline = tmp_path / "baseline.json"
    first = cli(SEEDS, "--format", "json", "--write-baseline", baseline)
    assert first.status == 1  # writing a baseline does not hide today's findings
    assert f"factcheck: wrote 8 finding ids to {baseline}" in first.stderr
    stored = json.loads(baseline.read_text(encoding="utf-8"))
    assert sorted(entry["id"] for entry in stored["findings"]) == sorted(
        f.id for f in findings.findings
    )
    second = cli(SEEDS, "--format", "json", "--baseline", baseline, "--fail-on", "any")
    assert second.status == 0, second.stderr
    assert all(f["known"] for f in second.json["findings"])
    rich = cli(SEEDS, "--baseline", baseline)
    assert rich.status == 0
    assert "known (baseline)" in rich.stdout and "(8 known)" in rich.stdout


def test_a_new_conflict_beside_baselined_ones_fails(cli, findings, tmp_path):
    baseline = tmp_path / "known.txt"
    known = [f.id for f in findings.findings if f.kind == "conflict"][:1]
    baseline.write_text("# accepted\n" + "\n".join(known) + "\n", encoding="utf-8")
    result = cli(SEEDS, "--format", "json", "--baseline", baseline)
    assert result.status == 1
    assert [f["known"] for f in result.json["findings"] if f["kind"] == "conflict"] == [True, False]


def test_stale_baseline_entries_are_reported_and_do_not_fail(cli, findings, tmp_path):
    baseline = tmp_path / "known.json"
    ids = [f.id for f in findings.findings] + ["ffffffffffffffff"]
    baseline.write_text(json.dumps(ids), encoding="utf-8")
    result = cli(SEEDS, "--format", "markdown", "--baseline", baseline)
    assert result.status == 0
    assert "1 baseline entries match no finding any more (stale): ffffffffffffffff" in result.stderr
    assert "**Stale baseline entries** (1)" in result.stdout
    quiet = cli(SEEDS, "--format", "markdown", "--baseline", baseline, "-q")
    assert quiet.stderr == ""


def test_every_format_renders_from_the_command_line(cli, findings, tmp_path):
    for name in ("json", "markdown", "sarif", "rich"):
        result = cli(SEEDS, "--format", name, "--fail-on", "never")
        assert result.status == 0 and result.stdout, name
    target = tmp_path / "report.html"
    result = cli(SEEDS, "--format", "html", "-o", target, "--fail-on", "never")
    assert result.status == 0 and f"factcheck: wrote {target}" in result.stderr
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
