"""The contract's v1 JSON report."""

from __future__ import annotations

import json

from factcheck.models import Report
from factcheck.settings import Settings


def render(report: Report, settings: Settings) -> str:
    data = report.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def schema() -> str:
    return json.dumps(Report.model_json_schema(mode="serialization"), indent=2) + "\n"
