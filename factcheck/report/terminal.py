"""The Rich terminal report (the default format)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from factcheck.models import Report
from factcheck.report.sanitize import terminal_safe
from factcheck.settings import Settings


def render(report: Report, settings: Settings, color: bool = False) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=100)
    summary = report.summary
    console.print(
        f"[bold]{summary.documents}[/] documents, [bold]{summary.claims}[/] claims: "
        f"[red]{summary.conflict} conflicts[/], [yellow]{summary.revision} revisions[/], "
        f"[green]{summary.agreement} agreements[/], {summary.single_source} single-source"
    )
    if report.findings:
        table = Table("kind", "message")
        for finding in report.findings:
            table.add_row(finding.kind, escape(terminal_safe(finding.message)))
        console.print(table)
    for error in report.errors:
        where = f"{error.path}:{error.line}" if error.line else error.path
        # Paths and messages quote the inputs: "[/]" in them is text, not Rich markup.
        shown = escape(terminal_safe(f"{where}: {error.message}"))
        console.print(f"[red]error[/] {shown}", markup=True, highlight=False)
    return buffer.getvalue()
