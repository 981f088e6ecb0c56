"""Stage 4, report: one renderer per output format, registered here and nowhere else."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI reads FORMATS before it knows a run is wanted
    from factcheck.models import Report
    from factcheck.settings import Settings

    Renderer = Callable[[Report, Settings], str]

# Each format's module has `render(report, settings) -> str`. Imported on demand, so a JSON
# run never loads Rich or Jinja and `factcheck --version` loads neither.
REPORTERS = {
    "rich": "factcheck.report.terminal",
    "json": "factcheck.report.json_report",
    "html": "factcheck.report.html_report",
    "markdown": "factcheck.report.markdown",
    "sarif": "factcheck.report.sarif",
}
FORMATS = tuple(REPORTERS)


def renderer(name: str) -> Renderer:
    return import_module(REPORTERS[name]).render
