"""The progress bar on stderr: files read, documents extracted, alignment.

Shown only on a terminal and only once a run has lasted a second, so quick runs and CI logs
stay clean. It is fed by the pipeline's progress hook.
"""

from __future__ import annotations

import threading
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

STAGES = {"read": "reading files", "extract": "extracting claims", "align": "aligning claims"}
DELAY = 1.0


class ProgressBar:
    """A context manager and a pipeline progress hook in one."""

    def __init__(self, console: Console, delay: float = DELAY) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress: Progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self.tasks: dict[str, TaskID] = {}
        self.timer = threading.Timer(delay, self.progress.start)
        self.timer.daemon = True

    def __enter__(self) -> ProgressBar:
        self.timer.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.timer.cancel()
        self.timer.join()
        self.progress.stop()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(STAGES.get(stage, stage), total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)

    @property
    def shown(self) -> bool:
        return self.progress.live.is_started


def progress_bar(quiet: bool) -> ProgressBar | None:
    """A bar on stderr when stderr is a terminal and the user did not ask for quiet."""
    import sys

    if quiet or not sys.stderr.isatty():
        return None
    from rich.console import Console

    return ProgressBar(Console(stderr=True))
