"""Stage 4, report: one renderer per output format, registered here and nowhere else."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.models import Report
from factcheck.settings import Settings

Renderer = Callable[[Report, Settings], str]


def renderer(name: str) -> Renderer:
    # Imported on demand so a JSON run never loads Rich or Jinja.
    if name == "json":
        from factcheck.report import json_report

        return json_report.render
    if name == "rich":
        from factcheck.report import terminal

        return terminal.render
    raise KeyError(name)


FORMATS = ("rich", "json", "html", "markdown", "sarif")
