"""Markdown for pull-request comments and SARIF 2.1.0 for code scanning."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from factcheck.models import RunError
from factcheck.report.markdown import escape
from factcheck.report.markdown import render as markdown
from factcheck.report.sarif import render as sarif
from factcheck.settings import Settings
from tests.report.sample import hostile_report, make_claim, make_finding, sample_report

SARIF_SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"


def validate_sarif(text: str) -> dict:
    log = json.loads(text)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    return log


def test_markdown_summary_table_then_conflicts_and_revisions_quoted():
    text = markdown(sample_report(), Settings())
    assert text.startswith("## factcheck: 2 conflicts, 1 revision\n")
    assert "| 🔴 | conflict | 2 | 0 |" in text and "| 🟢 | agreement | 3 | 0 |" in text
    assert text.index("### Conflicts") < text.index("### Revisions") < text.index("<details>")
    assert "> عجز الموازنة الأميركية يصل ل**٦٦ مليار**" in text
    assert "home to **200, 000 people**, the U.S." in text
    assert "> 20ecbplus.jsonl\\#20\\_7ecbplus · cbc.ca · 2005\\-11\\-27" in text
    # Agreements are one table row each, folded away.
    assert "| agreement | US troops · Niger | أكثر من ألف جندي | AFP, RT Arabic |" in text


def test_markdown_escapes_markup_html_mentions_and_issue_links():
    assert escape("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert\\(1\\)\\>"
    assert escape("[a](javascript:x) *b* `c`") == "\\[a\\]\\(javascript:x\\) \\*b\\* \\`c\\`"
    assert escape("cc @editor on #12") == "cc @\u200beditor on \\#12"
    assert escape("line one\n# not a heading") == "line one \\# not a heading"
    text = markdown(hostile_report(), Settings())
    assert "<script" not in text and "<img" not in text
    assert '&lt;script\\>alert\\("body"\\)&lt;/script\\>' in text


def test_markdown_lists_stale_baseline_entries_and_known_findings():
    report = sample_report()
    known = report.findings[0].model_copy(update={"known": True})
    report = report.model_copy(
        update={"findings": [known, *report.findings[1:]], "stale_baseline": ["0123456789abcdef"]}
    )
    text = markdown(report, Settings())
    assert "| 🔴 | conflict | 2 | 1 |" in text
    assert f"`{known.id}` · *known (baseline)*" in text
    assert "**Stale baseline entries** (1)" in text and "- 0123456789abcdef" in text


def test_sarif_validates_and_holds_one_result_per_conflict_and_revision():
    log = validate_sarif(sarif(sample_report(), Settings()))
    run = log["runs"][0]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == ["conflict", "revision"]
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("conflict", "error"),
        ("conflict", "error"),
        ("revision", "warning"),
    ]
    report = sample_report()
    assert [r["partialFingerprints"]["factcheckFinding/v1"] for r in results] == [
        f.id for f in report.findings if f.kind in ("conflict", "revision")
    ]
    deficit = results[0]
    region = deficit["locations"][0]["physicalLocation"]["region"]
    assert deficit["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "ans/ans-0282-a.txt"
    )
    # "العجز الأميركي يصل ل ٧٧ مليار": the figure starts at code point 21, column 22.
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (1, 22, 30)
    assert region["snippet"]["text"] == "٧٧ مليار"
    related = deficit["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "ans/ans-0282-b.txt"
    assert deficit["properties"]["rule"] == "FC101"


def test_sarif_lines_count_in_the_article_file_and_agreements_need_verbose():
    report = sample_report()
    revision = next(
        r
        for r in validate_sarif(sarif(report, Settings()))["runs"][0]["results"]
        if r["ruleId"] == "revision"
    )
    region = revision["locations"][0]["physicalLocation"]["region"]
    body = next(d for d in report.documents if d.id == "002_e9d20ef3cce80770.txt").body
    start = body.index("حوالي 900 جندي")
    assert region["startLine"] == body.count("\n", 0, start) + 1
    line_text = body.splitlines()[region["startLine"] - 1]
    column = region["startColumn"] - 1
    assert line_text[column : column + len("حوالي 900 جندي")] == "حوالي 900 جندي"
    verbose = validate_sarif(sarif(report, Settings(verbose=True)))["runs"][0]
    assert [rule["id"] for rule in verbose["tool"]["driver"]["rules"]][-1] == "agreement"
    notes = [r for r in verbose["results"] if r["level"] == "note"]
    assert len(notes) == 3 and all(r["ruleId"] == "agreement" for r in notes)


def test_sarif_front_matter_lines_are_counted(tmp_path):
    from factcheck.read import read_inputs

    article = tmp_path / "a.md"
    article.write_text(
        "---\noutlet: Wire\npublished: 2024-04-20\n---\nFirst line.\nIt cost $5 million.\n",
        encoding="utf-8",
    )
    (document,), _ = read_inputs([str(article)], 10_000)
    claim = make_claim(document, "$5 million", "money", value=5e6, unit="USD")
    other = make_claim(document, "First", "count")
    finding = make_finding("conflict", "FC101", [claim, other], "test")
    report = sample_report().model_copy(
        update={"documents": [document], "claims": [claim, other], "findings": [finding]}
    )
    region = validate_sarif(sarif(report, Settings()))["runs"][0]["results"][0]["locations"][0][
        "physicalLocation"
    ]["region"]
    assert (region["startLine"], region["startColumn"]) == (6, 9)


def test_sarif_marks_baselined_results_suppressed_and_reports_stale_entries():
    report = sample_report()
    known = report.findings[0].model_copy(update={"known": True})
    report = report.model_copy(
        update={"findings": [known, *report.findings[1:]], "stale_baseline": ["0123456789abcdef"]}
    )
    log = validate_sarif(sarif(report, Settings(baseline=Path("known.json"))))
    results = log["runs"][0]["results"]
    assert results[0]["baselineState"] == "unchanged"
    assert results[0]["suppressions"][0]["kind"] == "external"
    assert results[1]["baselineState"] == "new" and "suppressions" not in results[1]
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notes == [
        {
            "level": "warning",
            "message": {
                "text": "stale baseline entry 0123456789abcdef: no finding has it any more"
            },
        }
    ]


def test_sarif_of_hostile_text_is_still_valid():
    validate_sarif(sarif(hostile_report(), Settings(verbose=True)))


def test_the_schema_check_rejects_a_log_that_breaks_it():
    import pytest

    log = json.loads(sarif(sample_report(), Settings()))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError, match="fatal"):
        validate_sarif(json.dumps(log))


def test_sarif_uris_are_percent_encoded_relative_paths():
    report = hostile_report()
    paths = ["news/مقال 1#2.txt", "news/caf\udce9.txt"]  # the second undecodable on disk
    documents = [
        d.model_copy(update={"path": p}) for d, p in zip(report.documents, paths, strict=True)
    ]
    unreadable = RunError(path="/tmp/a b.txt", message="cannot be read")
    report = report.model_copy(update={"documents": documents, "errors": [unreadable]})
    run = validate_sarif(sarif(report, Settings()))["runs"][0]
    found = run["results"][0]
    places = [*found["locations"], *found["relatedLocations"]]
    notices = run["invocations"][0]["toolExecutionNotifications"]
    places += [place for notice in notices for place in notice["locations"]]
    uris = [place["physicalLocation"]["artifactLocation"]["uri"] for place in places]
    assert uris == [
        "news/%D9%85%D9%82%D8%A7%D9%84%201%232.txt",
        "news/caf%E9.txt",  # an undecodable name's own byte
        "file:///tmp/a%20b.txt",
    ]


def test_sarif_points_into_jsonl_records_at_their_own_line(monkeypatch):
    from tests.conftest import shared_path

    monkeypatch.chdir(shared_path("corpus"))  # where the sample's ECB+ paths are relative to
    report = sample_report()
    conflict = next(
        r
        for r in validate_sarif(sarif(report, Settings()))["runs"][0]["results"]
        if r["properties"]["rule"] == "FC101" and "Qeshm" in r["message"]["text"]
    )
    location = conflict["locations"][0]
    region = location["physicalLocation"]["region"]
    path = Path("ecbplus/clusters/20ecbplus.jsonl")
    line = path.read_text(encoding="utf-8").split("\n")[region["startLine"] - 1]
    assert '"id": "20_7ecbplus"' in line
    column = region["startColumn"] - 1
    assert line[column : region["endColumn"] - 1] == "200, 000 people"
    assert location["logicalLocations"] == [
        {"fullyQualifiedName": "20ecbplus.jsonl#20_7ecbplus", "kind": "object"}
    ]


def test_markdown_stays_inside_a_pull_request_comment():
    report = sample_report()
    conflict = report.findings[0]
    many = [conflict.model_copy(update={"id": f"{n:016x}"}) for n in range(600)]
    text = markdown(report.model_copy(update={"findings": many}), Settings())
    assert len(text) < 65_536
    shown = text.count("#### 🔴")
    assert 100 < shown < 600
    assert f"… and {600 - shown} more conflicts and revisions: see the HTML or SARIF." in text
