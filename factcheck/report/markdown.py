"""Markdown fit to post as a pull-request comment: a summary table, then what needs a look."""

from __future__ import annotations

import re

from factcheck.models import Report
from factcheck.report.sanitize import terminal_safe
from factcheck.report.view import KIND_LABEL, ClaimView, FindingView, ReportView, build
from factcheck.settings import Settings

SECTIONS = (("conflict", "Conflicts"), ("revision", "Revisions"))
BADGE = {"conflict": "🔴", "revision": "🟡", "agreement": "🟢", "single_source": "⚪"}
# Rows of the collapsed agreements table; the HTML report has the rest.
TABLE_ROWS = 50
# Characters of conflicts and revisions in one comment, leaving room for the rest.
COMMENT_CHARS = 50_000

# Article text is untrusted: every character Markdown or GitHub would act on is escaped, raw
# HTML is turned into text, and "@name" / "#123" cannot ping a user or link an issue.
_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+!|~>-])")


def escape(text: str) -> str:
    text = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return text.replace("@", "@\u200b")


def render(report: Report, settings: Settings) -> str:
    view = build(report)
    lines = [*summary(report), ""]
    # A GitHub comment holds 65,536 characters: the findings stop short of it, saying so.
    budget = COMMENT_CHARS
    left_out = 0
    for kind, heading in SECTIONS:
        found = [
            (story.title, finding)
            for story in view.stories
            for finding in story.findings
            if finding.kind == kind
        ]
        if not found:
            continue
        lines += [f"### {heading}", ""]
        for title, finding in found:
            block = finding_block(title, finding)
            budget -= sum(len(line) + 1 for line in block)
            if budget < 0:
                left_out += 1
                continue
            lines += block
    if left_out:
        lines += [f"… and {left_out} more conflicts and revisions: see the HTML or SARIF.", ""]
    lines += collapsed(view, settings.verbose)
    lines += footer(report)
    # Control characters shown as escapes: a report read with `cat` must not obey an article's
    # ESC codes.
    return terminal_safe("\n".join(lines).rstrip() + "\n")


def summary(report: Report) -> list[str]:
    counts = report.summary
    known: dict[str, int] = {}
    for finding in report.findings:
        if finding.known:
            known[finding.kind] = known.get(finding.kind, 0) + 1
    title = (
        f"## factcheck: {counts.conflict} conflict{'s' * (counts.conflict != 1)}, "
        f"{counts.revision} revision{'s' * (counts.revision != 1)}"
    )
    rows = [title, "", f"{counts.documents} articles, {counts.claims} claims.", ""]
    rows += ["| | finding | count | known |", "|---|---|---:|---:|"]
    for kind in ("conflict", "revision", "agreement", "single_source"):
        count = getattr(counts, kind)
        rows.append(f"| {BADGE[kind]} | {KIND_LABEL[kind]} | {count} | {known.get(kind, 0)} |")
    return rows


def finding_block(title: str, view: FindingView) -> list[str]:
    finding = view.finding
    known = " · *known (baseline)*" if finding.known else ""
    rows = [
        f"#### {BADGE[finding.kind]} {escape(title)}",
        "",
        f"**{escape(finding.rule)}** · `{finding.id}`{known} — {escape(finding.message)}",
        "",
    ]
    for claim in view.claims:
        rows += quote(claim)
    return rows


def quote(view: ClaimView) -> list[str]:
    source = " · ".join(escape(part) for part in view.source)
    sentence, span = view.claim.sentence, view.span
    if span is None:
        shown = escape(sentence)
    else:
        # Escaped as one piece, with stand-ins for the stars, so the spacing around the
        # figure is the sentence's own ("ل**٦٦ مليار**" stays one word, as in the article).
        figure = sentence[span[0] : span[1]].strip()
        marked = f"{sentence[: span[0]]}\0{figure}\1{sentence[span[1] :]}"
        shown = escape(marked).replace("\0", "**").replace("\1", "**")
    return [f"> {source}", ">", f"> {shown}", ""]


def collapsed(view: ReportView, verbose: bool) -> list[str]:
    rows = [
        (story.title, finding)
        for story in view.stories
        for finding in story.findings
        if finding.kind not in ("conflict", "revision")
    ]
    if not rows:
        return []
    lines = [
        f"<details><summary>Agreements and single-source figures ({len(rows)})</summary>",
        "",
        "| finding | story | figures | sources |",
        "|---|---|---|---|",
    ]
    shown = rows if verbose else rows[:TABLE_ROWS]
    for title, finding in shown:
        known = " (known)" if finding.finding.known else ""
        figures = "<br>".join(escape(figure) for figure in finding.figures)
        outlets = ", ".join(escape(outlet) for outlet in finding.outlets)
        lines.append(
            f"| {KIND_LABEL[finding.kind]}{known} | {escape(title)} | {figures} | {outlets} |"
        )
    if len(shown) < len(rows):
        lines += ["", f"… and {len(rows) - len(shown)} more in the HTML or JSON report."]
    return [*lines, "", "</details>", ""]


def footer(report: Report) -> list[str]:
    lines = []
    if report.errors:
        lines += ["### Unreadable inputs", ""]
        for error in report.errors:
            where = f"{error.path}:{error.line}" if error.line else error.path
            lines.append(f"- {escape(where)}: {escape(error.message)}")
        lines.append("")
    if report.stale_baseline:
        lines += [
            f"**Stale baseline entries** ({len(report.stale_baseline)}): no finding has them "
            "any more; rewrite the baseline with `--write-baseline`.",
            "",
            *(f"- {escape(entry)}" for entry in report.stale_baseline),
            "",
        ]
    return lines
