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

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
RULES = {
    "conflict": (
        "FigureConflict",
        "Two articles state the same figure with values that cannot both be true.",
        "error",
    ),
    "revision": (
        "FigureRevision",
        "A later or corrected figure replaces an earlier one.",
        "warning",
    ),
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
    """Where claims are in their files; each file is read again at most once.

    In a .txt/.md article the body is the file's text below its front matter, so a claim's
    line and column are exact. In a record (.json, .jsonl) or a page (.html) the body was
    decoded out of the file: the claim is looked for in the file's raw lines (the record's own
    line for JSONL), and without a match the region names the record's line or the first line.
    """

    def __init__(self, documents: dict[str, Document]) -> None:
        self.documents = documents
        self.first_lines: dict[str, int] = {}
        self.files: dict[str, list[str] | None] = {}

    def location(self, claim: Claim, index: int) -> dict:
        document = self.documents[claim.document]
        source = " · ".join(p for p in (document.outlet, document.published) if p)
        entry: dict = {
            "id": index,
            "physicalLocation": {
                "artifactLocation": {"uri": _uri(document.path)},
                "region": {**self.region(claim, document), "snippet": {"text": claim.text}},
            },
            "message": {"text": source or document.id},
        }
        if "#" in document.id:  # a record inside a file: name it
            entry["logicalLocations"] = [{"fullyQualifiedName": document.id, "kind": "object"}]
        return entry

    def region(self, claim: Claim, document: Document) -> dict:
        if Path(document.path).suffix.lower() in _TEXT_SUFFIXES:
            return self.text_region(claim, document)
        lines = self.lines(document.path)
        if not lines:
            return {"startLine": 1}
        record = _record_line(lines, document.id)
        candidates = [record] if record is not None else range(len(lines))
        for number in candidates:
            column = lines[number].find(claim.text)
            if column != -1:
                return {
                    "startLine": number + 1,
                    "startColumn": column + 1,
                    "endLine": number + 1,
                    "endColumn": column + 1 + len(claim.text),
                }
        return {"startLine": (record or 0) + 1}

    def text_region(self, claim: Claim, document: Document) -> dict:
        body = document.body
        if document.id not in self.first_lines:
            self.first_lines[document.id] = 1 + _front_matter_lines(self.lines(document.path), body)
        first_line = self.first_lines[document.id]
        start_line = body.count("\n", 0, claim.start)
        return {
            "startLine": first_line + start_line,
            "startColumn": claim.start - body.rfind("\n", 0, claim.start),
            "endLine": first_line + start_line + body.count("\n", claim.start, claim.end),
            "endColumn": claim.end - body.rfind("\n", 0, claim.end),
        }

    def lines(self, path: str) -> list[str] | None:
        if path not in self.files:
            try:
                text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
            except OSError:
                text = None
            self.files[path] = text.split("\n") if text is not None else None
        return self.files[path]


def _front_matter_lines(lines: list[str] | None, body: str) -> int:
    """Lines above the body (0 when the file cannot be read again)."""
    if not lines or not body:
        return 0
    text = "\n".join(lines)
    begin = text.find(body[:200])
    return text.count("\n", 0, begin) if begin > 0 else 0


def _record_line(lines: list[str], document_id: str) -> int | None:
    """The 0-based line of a JSONL record, from its id ("FILE#ID") or line ("FILE#LINE")."""
    _, _, key = document_id.rpartition("#")
    if not key:
        return None
    quoted = json.dumps(key, ensure_ascii=False)
    for number, line in enumerate(lines):
        if f'"id": {quoted}' in line or f'"id":{quoted}' in line:
            return number
    if key.isdigit() and 0 < int(key) <= len(lines):
        return int(key) - 1
    return None


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
