"""The JSON report's documents and claims, rendered and written while alignment runs.

Once extraction is over, the report's documents and claims are final. Rendering them (0.3 s
of the SaudiNewsNet week's 64 MB) and writing them after alignment kept one core busy and the
other idle at the end of every run. The engine has this process render them into the output's
temp file once the forked aligners are at work (engines/forked.py), before it takes its own
share of blocks; it then appends the findings and the rest, and renames the file over the
output: the bytes of rendering the whole report at once, written as atomically. When the early
part fails, the whole report is written as before.

In this process, not in a forked writer of its own: rendering reads every claim, so the pages
that alignment reads next are this process's own already, where a writer and an aligner each
copied them after the fork (0.2 s of CPU more on the SaudiNewsNet week), and one fork fewer.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from pydantic_core import PydanticSerializationError

from factcheck.models import Claim, Document, Report
from factcheck.report.json_report import head_utf8, tail_utf8
from factcheck.report.write import (
    OutputError,
    append,
    commit,
    discard,
    is_replaceable,
    replaced_file,
    temp_beside,
)
from factcheck.settings import Settings


class EarlyReport:
    """Use as a context manager: leaving it removes the temp file of a report that was not
    finished (the run failed or was interrupted)."""

    def __init__(self, output: Path | None) -> None:
        self._output = output  # None: the report cannot be written early
        self._target: Path | None = None
        self._temp: Path | None = None  # set while it holds the report's head

    def start(self, documents: list[Document], claims: list[Claim]) -> None:
        """Told by the engine while forked processes align (claims in report order); never
        told when alignment runs here alone, since nothing would run beside the render."""
        if self._output is None or self._temp is not None:
            return
        try:
            self._target = replaced_file(self._output)
            temp = temp_beside(self._target)
        except OutputError:
            return  # the whole report's write will say what is wrong with the output
        try:
            # Synced here, while the aligners run, so that the final commit syncs only the rest.
            append(temp, head_utf8(documents, claims), self._target, synced=True)
        except Exception:  # any fault: the whole report is written instead, and says it
            discard(temp)
            return
        self._temp = temp

    def finish(self, report: Report) -> bool:
        """True once `report` is at the output; False when the caller must write it whole
        (nothing was written early, or the early part failed)."""
        if self._temp is None or self._target is None:
            return False
        try:
            tail = tail_utf8(report)
        except PydanticSerializationError:  # the whole render's fallback escapes surrogates
            tail = None
        if tail is None:  # the head written early no longer matches this report's
            self._stop()
            return False
        append(self._temp, tail, self._target)
        commit(self._temp, self._target)
        self._temp = None
        return True

    def __enter__(self) -> EarlyReport:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop()

    def _stop(self) -> None:
        if self._temp is not None:
            discard(self._temp)
            self._temp = None


def early_report(settings: Settings) -> EarlyReport:
    """Early only for a JSON report to a file; otherwise an EarlyReport that never starts. The
    local engine tells it only where it aligns in forked processes (more than one job, a
    platform that forks, enough claims)."""
    output = settings.output
    early = (
        output is not None
        and settings.format == "json"
        and settings.engine == "local"
        and is_replaceable(output)
    )
    return EarlyReport(output if early else None)
