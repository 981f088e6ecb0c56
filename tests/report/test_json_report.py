"""The JSON report: the contract's bytes, produced fast."""

from __future__ import annotations

import json
import time

import pytest

from factcheck.models import Claim, Document, Finding, Report, summarize
from factcheck.report import json_report
from factcheck.report.json_report import head_utf8, render, render_utf8, tail_utf8
from factcheck.settings import Settings
from tests.report.sample import sample_report


def test_json_is_what_json_dumps_of_the_model_would_write():
    report = sample_report()
    text = render(report, Settings())
    expected = json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    assert text == expected
    data = json.loads(text)
    claim = next(c for c in data["claims"] if c["text"] == "٧٧ مليار")
    assert claim["value"] == 77000000000 and isinstance(claim["value"], int)
    assert "body" not in data["documents"][0]


def test_json_for_a_file_is_the_same_text_encoded_once():
    report = sample_report()
    data = render_utf8(report, Settings())
    assert data == render(report, Settings()).encode("utf-8")
    assert "٧٧ مليار".encode() in data


@pytest.mark.parametrize("per_part", [1, 3, 1000])
def test_the_head_in_parts_then_the_tail_are_the_whole_report(monkeypatch, per_part):
    # rendered a few claims at a time (one; parts of three and a last one shorter; all) and joined
    report = sample_report()
    assert len(report.claims) == 14
    monkeypatch.setattr(json_report, "HEAD_CLAIMS", per_part)
    head = b"".join(head_utf8(report.documents, report.claims))
    assert head + b"".join(tail_utf8(report)) == render_utf8(report, Settings())


def test_a_head_without_claims_is_the_render_of_none():
    report = sample_report().model_copy(update={"claims": []})
    assert b"".join([*head_utf8(report.documents, []), *tail_utf8(report)]) == render_utf8(
        report, Settings()
    )


def test_json_renders_several_times_faster_than_dumping_the_model_dicts():
    # Measured against the obvious way in the same process, so a loaded machine slows both.
    # On a quiet core: 100,000 claims in 0.6 s, against 4.2 s for json.dumps(model_dump()).
    documents = [Document(id=f"d{n}.txt", path=f"d{n}.txt", language="ar") for n in range(2000)]
    sentence = "وافقت الولايات المتحدة على سحب قواتها البالغ قوامها أكثر من ألف جندي من النيجر"
    claims = [
        Claim(
            id=f"d{n % 2000}.txt:{n}-{n + 16}",
            document=f"d{n % 2000}.txt",
            start=n,
            end=n + 16,
            text="أكثر من ألف جندي",
            sentence=sentence,
            kind="count",
            low=1000.0,
            qualifier="gt",
            unit="troops",
        )
        for n in range(25_000)
    ]
    findings = [
        Finding(
            id=f"{n:016x}",
            kind="single_source",
            claims=[claims[n].id],
            rule="FC390",
            message="only one article states it",
            severity="note",
        )
        for n in range(0, 25_000, 2)
    ]
    report = Report(
        documents=documents,
        claims=claims,
        findings=findings,
        summary=summarize(documents, claims, findings),
    )
    started = time.perf_counter()
    text = render(report, Settings())
    ours = time.perf_counter() - started
    started = time.perf_counter()
    obvious = json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    theirs = time.perf_counter() - started
    assert text == obvious
    assert text.count('"qualifier": "gt"') == 25_000
    assert ours < theirs / 2, f"render {ours:.2f} s, json.dumps of model_dump {theirs:.2f} s"
