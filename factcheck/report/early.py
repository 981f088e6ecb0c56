"""The JSON report's documents and claims, rendered and written while alignment runs.

Once extraction is over, the report's documents and claims are final. Rendering them (0.3 s
of the SaudiNewsNet week's 64 MB) and writing them after alignment kept one core busy and the
other idle at the end of every run. A forked process renders them into the output's temp file
while this process and its forked aligners align; this one then appends the findings and the
rest, and renames the file over the output: the bytes of rendering the whole report at once,
written as atomically. When the forked part fails, the whole report is written as before.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.process import BaseProcess
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

# Below this many claims, the fork costs more than rendering them after alignment.
EARLY_MIN_CLAIMS = 2_000


class EarlyReport:
    """Use as a context manager: leaving it stops the writer and removes the temp file of a
    report that was not finished (the run failed or was interrupted)."""

    def __init__(self, output: Path | None) -> None:
        self._output = output  # None: the report cannot be written early
        self._target: Path | None = None
        self._temp: Path | None = None
        self._writer: BaseProcess | None = None

    def start(self, documents: list[Document], claims: list[Claim]) -> None:
        """Told by the engine once extraction is over (claims in report order)."""
        if self._output is None or self._writer is not None or len(claims) < EARLY_MIN_CLAIMS:
            return
        try:
            self._target = replaced_file(self._output)
            self._temp = temp_beside(self._target)
        except OutputError:
            return  # the whole report's write will say what is wrong with the output
        context = multiprocessing.get_context("fork")
        self._writer = context.Process(
            target=_write_head,
            args=(documents, claims, self._temp, self._target),
            daemon=True,
        )
        self._writer.start()

    def finish(self, report: Report) -> bool:
        """True once `report` is at the output; False when the caller must write it whole
        (nothing was started early, or the early part failed)."""
        if self._writer is None or self._temp is None or self._target is None:
            return False
        try:
            tail = tail_utf8(report)
        except PydanticSerializationError:  # the whole render's fallback escapes surrogates
            tail = None
        self._writer.join()
        if tail is None or self._writer.exitcode != 0:
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
        if self._writer is not None and self._writer.is_alive():
            self._writer.terminate()
            self._writer.join()
        if self._temp is not None:
            discard(self._temp)
            self._temp = None


def early_report(settings: Settings) -> EarlyReport:
    """Early only for a JSON report to a file, on this machine's cores, where processes fork;
    otherwise an EarlyReport that never starts."""
    output = settings.output
    early = (
        output is not None
        and settings.format == "json"
        and settings.engine == "local"
        and settings.jobs > 1
        and is_replaceable(output)
        and "fork" in multiprocessing.get_all_start_methods()
    )
    return EarlyReport(output if early else None)


def _write_head(documents: list[Document], claims: list[Claim], temp: Path, target: Path) -> None:
    try:
        # Synced here, while the aligners run, so that the final commit syncs only the rest.
        append(temp, head_utf8(documents, claims), target, synced=True)
    except Exception as exc:  # the parent writes the whole report instead, and reports a fault
        raise SystemExit(1) from exc
