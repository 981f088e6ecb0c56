"""Stage 4, report: one renderer per output format, registered here and nowhere else."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI reads FORMATS before it knows a run is wanted
    from factcheck.models import Report
    from factcheck.settings import Settings

    Renderer = Callable[[Report, Settings], str]
    EncodingRenderer = Callable[[Report, Settings], bytes]

# Each format's module has `render(report, settings) -> str` (and may have `render_utf8`, the
# same text encoded, when it encodes faster than `render` and `str.encode`). Imported on
# demand, so a JSON run never loads Rich or Jinja and `factcheck --version` loads neither.
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


def utf8_renderer(name: str) -> EncodingRenderer:
    module = import_module(REPORTERS[name])
    if hasattr(module, "render_utf8"):
        return module.render_utf8  # type: ignore[no-any-return]
    from factcheck.report.write import encodable

    return lambda report, settings: encodable(module.render(report, settings)).encode("utf-8")
