"""SARIF 2.1.0 for code-scanning tools: one result per conflict and revision.

Rule ids are the finding kinds; the alignment rule that fired is a result property. Locations
are the article file with the line and column of the claim, columns in code points.
"""

from __future__ import annotations

import json
from pathlib import Path

from factcheck import __version__
from factcheck.models import Claim, Document, Finding, Report
from factcheck.settings import Settings

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
RULES = {
    "conflict": ("FigureConflict", "Two articles state the same figure with values that cannot "
                 "both be true.", "error"),
    "revision": ("FigureRevision", "A later or corrected figure replaces an earlier one.",
                 "warning"),
    "agreement": ("FigureAgreement", "Articles state the same figure alike.", "note"),
}
REPORTED = ("conflict", "revision")
FINGERPRINT = "factcheckFinding/v1"
# Article formats whose body is the file's own text, so a line in the body is a line in the file.
_TEXT_SUFFIXES = frozenset({".txt", ".md"})


def render(report: Report, settings: Settings) -> str:
    kinds = (*REPORTED, "agreement") if settings.verbose else REPORTED
    rules = list(kinds)
    claims = {claim.id: claim for claim in report.claims}
    places = Places({document.id: document for document in report.documents})
    results = [
        result(finding, rules.index(finding.kind), claims, places, settings)
        for finding in report.findings
        if finding.kind in kinds
    ]
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [rule(kind) for kind in rules],
                    }
                },
                "invocations": [invocation(report)],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def rule(kind: str) -> dict:
    name, description, level = RULES[kind]
    return {
        "id": kind,
        "name": name,
        "shortDescription": {"text": description},
        "defaultConfiguration": {"level": level},
    }


def result(
    finding: Finding,
    rule_index: int,
    claims: dict[str, Claim],
    places: Places,
    settings: Settings,
) -> dict:
    held = [claims[claim_id] for claim_id in finding.claims if claim_id in claims]
    locations = [places.location(claim, n) for n, claim in enumerate(held)]
    entry: dict = {
        "ruleId": finding.kind,
        "ruleIndex": rule_index,
        "level": RULES[finding.kind][2],
        "message": {"text": finding.message or f"{finding.kind}: {finding.rule}"},
        "locations": locations[:1],
        "relatedLocations": locations[1:],
        "partialFingerprints": {FINGERPRINT: finding.id},
        "properties": {"rule": finding.rule, "findingId": finding.id, "claims": finding.claims},
    }
    if settings.baseline is not None:
        entry["baselineState"] = "unchanged" if finding.known else "new"
    if finding.known:
        entry["suppressions"] = [
            {"kind": "external", "justification": f"in the baseline {settings.baseline}"}
        ]
    return entry


class Places:
    """Where claims are in their files; each file is read again at most once."""

    def __init__(self, documents: dict[str, Document]) -> None:
        self.documents = documents
        self.first_lines: dict[str, int] = {}

    def location(self, claim: Claim, index: int) -> dict:
        document = self.documents[claim.document]
        line, column, end_line, end_column = self.position(claim, document)
        source = " · ".join(p for p in (document.outlet, document.published) if p)
        return {
            "id": index,
            "physicalLocation": {
                "artifactLocation": {"uri": _uri(document.path)},
                "region": {
                    "startLine": line,
                    "startColumn": column,
                    "endLine": end_line,
                    "endColumn": end_column,
                    "snippet": {"text": claim.text},
                },
            },
            "message": {"text": source or document.id},
        }

    def position(self, claim: Claim, document: Document) -> tuple[int, int, int, int]:
        """1-based line and column of the claim's start and end, in the file where possible."""
        body = document.body
        if document.id not in self.first_lines:
            self.first_lines[document.id] = 1 + _front_matter_lines(document)
        first_line = self.first_lines[document.id]
        start_line = body.count("\n", 0, claim.start)
        end_line = start_line + body.count("\n", claim.start, claim.end)
        start_column = claim.start - body.rfind("\n", 0, claim.start)
        end_column = claim.end - body.rfind("\n", 0, claim.end)
        return first_line + start_line, start_column, first_line + end_line, end_column


def _front_matter_lines(document: Document) -> int:
    """Lines above the body in a text article (0 for other formats or an unreadable file)."""
    if Path(document.path).suffix.lower() not in _TEXT_SUFFIXES or not document.body:
        return 0
    try:
        text = Path(document.path).read_text(encoding="utf-8-sig", errors="replace")
    except OSError:
        return 0
    begin = text.find(document.body[:200])
    return text.count("\n", 0, begin) if begin > 0 else 0


# RFC 3986 unreserved characters and the path separator; everything else is %-encoded.
_URI_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")


def _uri(path: str) -> str:
    if Path(path).is_absolute():
        return Path(path).as_uri()
    # surrogateescape: an undecodable file name is encoded as the bytes it has on disk.
    raw = Path(path).as_posix().encode("utf-8", "surrogateescape")
    return "".join(chr(byte) if chr(byte) in _URI_SAFE else f"%{byte:02X}" for byte in raw)


def invocation(report: Report) -> dict:
    notifications = [
        {
            "level": "error",
            "message": {"text": error.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(error.path)},
                        **({"region": {"startLine": error.line}} if error.line else {}),
                    }
                }
            ],
        }
        for error in report.errors
    ]
    notifications += [
        {
            "level": "warning",
            "message": {"text": f"stale baseline entry {entry}: no finding has it any more"},
        }
        for entry in report.stale_baseline
    ]
    return {
        "executionSuccessful": not report.errors,
        "toolExecutionNotifications": notifications,
    }
