"""The Rich terminal report (the default): conflicts and revisions in full, story by story."""

from __future__ import annotations

import io
import os
import shutil
import sys

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from factcheck.models import Report, Summary
from factcheck.report import bidi
from factcheck.report.sanitize import terminal_safe
from factcheck.report.view import KIND_LABEL, ClaimView, FindingView, ReportView, Story, build
from factcheck.settings import Settings

KIND_STYLE = {
    "conflict": "bold white on red",
    "revision": "bold black on yellow",
    "agreement": "bold black on green",
    "single_source": "bold white on blue",
}
FIGURE_STYLE = "bold reverse"
INDENT = 6
# Past this many rows the compact table points to --verbose and the HTML report instead.
TABLE_ROWS = 25
# Findings shown in full without --verbose: a screenful per story is read, thousands are not
# (and shaping them costs seconds).
DETAILED_FINDINGS = 200
# Logical characters kept of a figure in the table: enough for "أكثر من ألف جندي أميركي".
CELL_CHARS = 40


def render(
    report: Report, settings: Settings, *, terminal: bool | None = None, width: int | None = None
) -> str:
    if terminal is None:
        terminal = settings.output is None and sys.stdout.isatty()
    if width is None:
        width = shutil.get_terminal_size((100, 24)).columns if terminal else 100
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=terminal,
        no_color=bool(os.environ.get("NO_COLOR")) or None,
        width=width,
        highlight=False,
        emoji=False,
        markup=False,
    )
    Terminal(console, bidi.reorders(settings.bidi, terminal), terminal).print(
        build(report), settings.verbose
    )
    return buffer.getvalue()


class Terminal:
    def __init__(self, console: Console, reorder: bool, styled: bool) -> None:
        self.console = console
        self.reorder = reorder
        # Without styles (a pipe, a file) the figure is set off with brackets instead.
        self.styled = styled

    def print(self, view: ReportView, verbose: bool) -> None:
        report = view.report
        self.console.print(summary_line(report.summary, report))
        stories = view.detailed(verbose)
        total = sum(len(story.findings) for story in stories)
        if not total and not report.summary.conflict and not report.summary.revision:
            self.console.print(Text("\nNo conflicts and no revisions.", style="bold green"))
        limit = total if verbose else min(total, DETAILED_FINDINGS)
        shown = 0
        for story in stories:
            if shown >= limit:
                break
            self.console.print()
            # Cut in logical order: Rich would crop the visual end, an RTL title's beginning.
            title = story.title
            if len(title) > self.console.width - 10:
                title = title[: self.console.width - 11] + "…"
            self.console.print(Rule(self.text(title), style="dim", align="left"))
            for finding in story.findings[: limit - shown]:
                self.console.print(self.finding(finding))
            shown += min(len(story.findings), limit - shown)
        if shown < total:
            more = total - shown
            self.console.print(
                Text(f"… and {more} more conflicts and revisions: --verbose, or --format html")
            )
        collapsed = view.collapsed(verbose)
        if collapsed:
            self.console.print()
            self.console.print(self.table(collapsed))
        self.print_footer(report)

    def finding(self, view: FindingView) -> RenderableType:
        finding = view.finding
        head = Text()
        head.append(f" {KIND_LABEL[finding.kind].upper()} ", style=KIND_STYLE[finding.kind])
        head.append(f" {finding.rule}", style="bold")
        if finding.known:
            head.append("  known (baseline)", style="dim italic")
        head.append(f"  {finding.id}", style="dim")
        parts: list[RenderableType] = [head, *self.paragraph(finding.message, 2)]
        for number, claim in enumerate(view.claims, start=1):
            parts.extend(self.claim(number, claim))
        parts.append(Text())
        return Group(*parts)

    def claim(self, number: int, view: ClaimView) -> list[Text]:
        head = Text(f"  {number}. ", style="bold")
        head.append(" · ".join(self.visual(part) for part in view.source), style="cyan")
        head.append("  ")
        head.append(self.visual(view.claim.text), style="bold")
        if view.claim.note:
            head.append(f"  ({self.visual(view.claim.note)})", style="dim")
        sentence, span = view.claim.sentence, view.span
        if span is None:
            return [head, *self.paragraph(sentence, INDENT)]
        # Each part made safe on its own, so the figure's offsets follow any escapes.
        before, figure, after = (
            safe(part)
            for part in (sentence[: span[0]], sentence[span[0] : span[1]], sentence[span[1] :])
        )
        if not self.styled:
            figure = f"«{figure}»"
        span = (len(before), len(before) + len(figure))
        return [head, *self.paragraph(before + figure + after, INDENT, span)]

    def paragraph(self, value: str, indent: int, span: tuple[int, int] | None = None) -> list[Text]:
        """Wrapped before it is reordered, so a right-to-left paragraph reads top to bottom."""
        width = max(20, self.console.width - indent - 1)
        rows = []
        for line in bidi.lines(safe(value), width, span, self.reorder):
            text = Text(line.text, no_wrap=True, overflow="crop")
            if line.span is not None and self.styled:
                text.stylize(FIGURE_STYLE, *line.span)
            if line.rtl and self.reorder:
                text.justify = "right"
            else:
                text = Text(" " * indent).append_text(text)
            rows.append(text)
        return rows

    def table(self, rows: list[tuple[Story, FindingView]]) -> Table:
        table = Table(
            title="Agreements and single-source figures (--verbose shows them in full)",
            title_justify="left",
        )
        # Fixed widths: a right-to-left cell is wrapped here, before it is reordered; Rich
        # wrapping it afterwards would put its last words on its first line.
        room = max(40, self.console.width - 13 - 13)
        widths = (room * 4 // 10, room * 35 // 100, room - room * 4 // 10 - room * 35 // 100)
        table.add_column("kind", no_wrap=True, width=13)
        for name, width in zip(("story", "figures", "sources"), widths, strict=True):
            table.add_column(name, width=width, no_wrap=True, overflow="crop")
        for story, view in rows[:TABLE_ROWS]:
            kind = Text(KIND_LABEL[view.kind])
            if view.finding.known:
                kind.append(" (known)", style="dim")
            cells = ([story.title], view.figures, view.outlets)
            table.add_row(kind, *(self.cell(v, w) for v, w in zip(cells, widths, strict=True)))
        if len(rows) > TABLE_ROWS:
            more = len(rows) - TABLE_ROWS
            table.caption = f"… and {more} more: --verbose, or --format html"
        return table

    def cell(self, values: list[str], width: int) -> Text:
        """One value a line, each wrapped then reordered on its own."""
        lines: list[str] = []
        for value in values:
            if len(value) > CELL_CHARS:
                value = value[:CELL_CHARS] + "…"
            lines.extend(line.text for line in bidi.lines(safe(value), width, None, self.reorder))
        return Text("\n".join(lines))

    def text(self, value: str) -> Text:
        return Text(self.visual(value))

    def visual(self, value: str) -> str:
        return bidi.visual(safe(value), self.reorder)

    def print_footer(self, report: Report) -> None:
        for error in report.errors:
            where = f"{error.path}:{error.line}" if error.line else error.path
            line = Text("error ", style="bold red")
            line.append(terminal_safe(f"{where}: {error.message}"))
            self.console.print(line)
        if report.stale_baseline:
            stale = Text("stale baseline entries ", style="bold yellow")
            stale.append(
                f"({len(report.stale_baseline)}, no finding has them any more; "
                "rewrite the baseline with --write-baseline): "
            )
            stale.append(terminal_safe(", ".join(report.stale_baseline)), style="dim")
            self.console.print(stale)


def summary_line(summary: Summary, report: Report) -> Text:
    line = Text()
    line.append("factcheck ", style="bold")
    line.append(f"{summary.documents} articles, {summary.claims} claims: ")
    counts = [
        (summary.conflict, "conflict", "conflicts", "bold red"),
        (summary.revision, "revision", "revisions", "bold yellow"),
        (summary.agreement, "agreement", "agreements", "green"),
        (summary.single_source, "single-source", "single-source", "blue"),
    ]
    for index, (count, one, many, style) in enumerate(counts):
        if index:
            line.append(", ")
        line.append(f"{count} {one if count == 1 else many}", style=style if count else "dim")
    known = sum(1 for finding in report.findings if finding.known)
    if known:
        line.append(f" ({known} known)", style="dim")
    if report.errors:
        line.append(f"; {len(report.errors)} unreadable", style="bold red")
    return line


def safe(value: str) -> str:
    """Article text as the terminal must get it: controls escaped, line breaks as spaces."""
    return terminal_safe(value.replace("\n", " ").replace("\t", " "))
