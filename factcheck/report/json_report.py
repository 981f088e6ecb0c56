"""The contract's v1 JSON report."""

from __future__ import annotations

import json
from collections.abc import Iterator

from pydantic_core import PydanticSerializationError

from factcheck.models import Claim, Document, Report
from factcheck.report.write import encodable
from factcheck.settings import Settings


def render(report: Report, settings: Settings) -> str:
    # Serialised by pydantic's Rust core in one pass: on a 100,000-claim report that is 0.6 s,
    # against 4.2 s for model_dump() followed by json.dumps(indent=2), for the same bytes.
    try:
        return report.model_dump_json(indent=2) + "\n"
    except PydanticSerializationError:
        # A lone surrogate (an undecodable file name) is no UTF-8: json.dumps keeps it, and
        # the writer escapes it.
        return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def render_utf8(report: Report, settings: Settings) -> bytes:
    """The same report, UTF-8 encoded by the serializer itself: for a file, where the text
    would only be encoded again (0.27 s of the SaudiNewsNet week's 46 MB)."""
    try:
        return Report.__pydantic_serializer__.to_json(report, indent=2) + b"\n"
    except PydanticSerializationError:
        return encodable(render(report, settings)).encode("utf-8")


# Where the findings start: the documents and claims before them are final once extraction is
# over, so that part can be rendered while alignment runs (report/early.py). Top-level keys are
# the only lines indented by two spaces, and a string holds no raw newline: the marker is unique,
# and so are those of the claims' list around it.
_FINDINGS = b',\n  "findings": '
_CLAIMS = b'\n  "claims": '
_CLAIMS_OPEN = _CLAIMS + b"[\n"
_CLAIMS_CLOSE = b"\n  ]" + _FINDINGS
# The head's claims are rendered this many at a time (about 2 MB of JSON): rendered whole, the
# SaudiNewsNet week's 50 MB of claims and their copy into bytes each took memory the process
# had never touched (26,800 page faults, 0.05-0.1 s of CPU, 120 MB more while it ran); a part's
# memory is reused by the next.
HEAD_CLAIMS = 2_000


def head_utf8(documents: list[Document], claims: list[Claim]) -> Iterator[bytes | memoryview]:
    """The bytes of a report with these documents and claims, up to its findings, in parts
    (views: no copy of them). Raises PydanticSerializationError where `render_utf8` falls
    back."""
    serializer = Report.__pydantic_serializer__
    before = serializer.to_json(Report(documents=documents), indent=2)
    yield memoryview(before)[: before.index(_CLAIMS) + len(_CLAIMS)]
    if not claims:
        yield b"[]"
        return
    yield b"[\n"
    for start in range(0, len(claims), HEAD_CLAIMS):
        part = serializer.to_json(Report(claims=claims[start : start + HEAD_CLAIMS]), indent=2)
        if start:
            yield b",\n"
        # the same items, indented alike, as in the list rendered whole
        first = part.index(_CLAIMS_OPEN) + len(_CLAIMS_OPEN)
        yield memoryview(part)[first : part.index(_CLAIMS_CLOSE, first)]
    yield b"\n  ]"


def tail_utf8(report: Report) -> list[bytes | memoryview] | None:
    """The rest of `report` after `head_utf8(report.documents, report.claims)`, in parts, so
    that the two are `render_utf8(report)` byte for byte; None when something before the
    findings depends on more than the documents and claims. Raises PydanticSerializationError
    as `head_utf8`. A view of the render, not a slice and a concatenation: each copied the
    findings (15 MB of the SaudiNewsNet week, 7,000 page faults) on one core, at the end of
    the run."""
    rest = Report.__pydantic_serializer__.to_json(
        report.model_copy(update={"documents": [], "claims": []}), indent=2
    )
    cut = rest.index(_FINDINGS)
    if rest[:cut] != b"".join(head_utf8([], [])):
        return None
    return [memoryview(rest)[cut:], b"\n"]


def schema() -> str:
    return json.dumps(Report.model_json_schema(mode="serialization"), indent=2) + "\n"
