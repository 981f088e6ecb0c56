"""The contract's command line: exit codes, JSON report, determinism, atomic output."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO, SEEDS, shared_path


def test_seeds_json_report_has_the_contract_shape(cli):
    result = cli(SEEDS, "--format", "json")
    assert result.status == 0, result.stderr
    report = result.json
    assert list(report) == [
        "version",
        "documents",
        "claims",
        "findings",
        "errors",
        "summary",
        "stale_baseline",
    ]
    assert report["version"] == 1
    assert [d["id"] for d in report["documents"]] == [
        "000_13c517c7ce34dff0.txt",
        "002_e9d20ef3cce80770.txt",
    ]
    for document in report["documents"]:
        assert {"id", "path", "language", "published", "title", "outlet"} <= set(document)
    assert set(report["summary"]) >= {
        "documents",
        "claims",
        "agreement",
        "conflict",
        "revision",
        "single_source",
    }
    bodies = {d["id"]: (REPO / d["path"]).read_text(encoding="utf-8") for d in report["documents"]}
    for claim in report["claims"]:
        assert bodies[claim["document"]][claim["start"] : claim["end"]] == claim["text"]


def test_missing_path_is_exit_2_and_good_inputs_still_reported(cli):
    result = cli(SEEDS, "no/such/folder", "--format", "json")
    assert result.status == 2
    assert "no/such/folder" in result.stderr
    report = result.json
    assert len(report["documents"]) == 2
    assert report["errors"] == [
        {"path": "no/such/folder", "message": "no such file or directory", "line": None}
    ]


def test_same_inputs_in_another_order_give_byte_identical_json(cli, tmp_path):
    for name in ("b", "a"):
        shutil.copytree(SEEDS, tmp_path / name)
    first = cli(tmp_path / "a", tmp_path / "b", "--format", "json", "--jobs", "1")
    second = cli(tmp_path / "b", tmp_path / "a", "--format", "json", "--jobs", "1")
    assert first.stdout.replace(str(tmp_path / "a"), "A").replace(
        str(tmp_path / "b"), "B"
    ) == second.stdout.replace(str(tmp_path / "a"), "A").replace(str(tmp_path / "b"), "B")


def test_output_is_written_atomically_and_a_bad_folder_leaves_nothing(cli, tmp_path):
    target = tmp_path / "out.json"
    assert cli(SEEDS, "--format", "json", "-o", target).status == 0
    before = target.read_text(encoding="utf-8")
    assert json.loads(before)["version"] == 1
    result = cli(SEEDS, "--format", "json", "-o", tmp_path / "nope" / "out.json")
    assert result.status == 2
    assert "does not exist" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_usage_errors_exit_2(cli):
    assert cli().status == 2
    assert cli(SEEDS, "--format", "pdf").status == 2
    assert cli(SEEDS, "--jobs", "0").status == 2


def test_bad_rules_folder_is_exit_2_naming_it(cli, tmp_path):
    (tmp_path / "bad.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    result = cli(SEEDS, "--rules", tmp_path)
    assert result.status == 2
    assert f"{tmp_path / 'bad.yaml'}:" in result.stderr


def test_schema_is_a_json_schema_of_the_report(cli):
    result = cli("--schema")
    assert result.status == 0
    schema = result.json
    assert schema["title"] == "Report"
    assert {"documents", "claims", "findings", "errors", "summary"} <= set(schema["properties"])


def test_python_dash_m_behaves_like_the_console_script():
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", str(SEEDS), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["documents"]) == 2


def test_parallel_extraction_gives_the_same_report_byte_for_byte(cli, tmp_path):
    # ECB+ has far more articles than the threshold below which no worker is started.
    clusters = shared_path("corpus", "ecbplus", "clusters")
    serial, parallel = tmp_path / "serial.json", tmp_path / "parallel.json"
    for jobs, output in (("1", serial), ("2", parallel)):
        result = cli(
            clusters, "--format", "json", "-o", output, "--jobs", jobs, "--fail-on", "never"
        )
        assert result.status == 0, result.stderr
    report = json.loads(serial.read_text(encoding="utf-8"))
    assert report["summary"]["documents"] == 982
    assert serial.read_bytes() == parallel.read_bytes()


def test_a_report_sent_to_dev_null_leaves_the_device_a_device(cli):
    import os
    import stat

    if not stat.S_ISCHR(os.stat(os.devnull).st_mode):
        pytest.skip(f"{os.devnull} is already no device on this machine")
    assert cli(SEEDS, "--format", "json", "-o", os.devnull).status == 0
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_finder_that_fails_on_one_article_costs_only_that_article(cli, tmp_path, monkeypatch):
    from factcheck.extract import claims as extraction

    real = extraction.find_amounts

    def fragile(body, folded, document):
        if "Syria" in body:
            raise ValueError("a finder bug")
        return real(body, folded, document)

    monkeypatch.setattr(extraction, "FINDERS", [fragile, *extraction.FINDERS[1:]])
    (tmp_path / "niger.txt").write_text("More than 1,000 US troops are in Niger.", encoding="utf-8")
    (tmp_path / "syria.txt").write_text("About 900 US troops are in Syria.", encoding="utf-8")
    result = cli(tmp_path, "--format", "json", "--jobs", "1")
    assert result.status == 2
    report = result.json
    assert [d["id"] for d in report["documents"]] == ["niger.txt", "syria.txt"]
    assert {c["document"] for c in report["claims"]} == {"niger.txt"}
    assert report["claims"][0]["value"] == 1000
    [error] = report["errors"]
    assert "syria.txt" in error["path"] and "ValueError: a finder bug" in error["message"]
    assert "Traceback" not in result.stderr
