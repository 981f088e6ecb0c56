"""Timeline of one CLI run: when each stage starts and ends, in which process.

    python -m benchmarks.timeline PATH [factcheck flags ...]     # e.g. the week, --jobs 2

Runs `factcheck.cli.main` in this process with the stages wrapped by timestamps (seconds
since this interpreter started its imports), then prints one line per span. It is what the
structural steps in RESULTS.md were decided on: which core idles while the other works.
Worker processes write their spans to a temporary file (they end without flushing).
"""

from __future__ import annotations

import time

START = time.perf_counter()

import functools  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

SPANS = Path(tempfile.mkdtemp(prefix="factcheck-timeline-")) / "spans"


def _note(label: str, begin: float, end: float) -> None:
    # With the CPU this process has used so far: what each process costs, beside when.
    cpu = time.process_time()
    with SPANS.open("a", encoding="utf-8") as out:
        out.write(
            f"{os.getpid()}\t{label} [cpu {cpu:.2f}]\t{begin - START:.3f}\t{end - START:.3f}\n"
        )


def timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        begin = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            _note(label, begin, time.perf_counter())

    return wrapper


class _PerProcess:
    """First start and last end of a function called many times in one process."""

    def __init__(self, label: str, function: Callable[..., Any]) -> None:
        self.label, self.function = label, function
        self.first: float | None = None
        self.calls = 0
        self.pid = os.getpid()

    def __call__(self, *args: Any) -> Any:
        begin = time.perf_counter()
        if self.first is None or self.pid != os.getpid():  # a forked child starts afresh
            self.first, self.calls, self.pid = begin, 0, os.getpid()
        result = self.function(*args)
        self.calls += 1
        # Rewritten on every call: a pool worker is ended without a chance to flush.
        _note(f"{self.label} ({self.calls} calls)", self.first, time.perf_counter())
        return result


def _extract_spy(document: Any) -> Any:
    return _EXTRACT(document)


def main() -> int:
    from factcheck import cli, pipeline
    from factcheck.engines import forked, local
    from factcheck.report import early, write

    imported = time.perf_counter()
    global _EXTRACT
    _EXTRACT = _PerProcess("extract", local.extract_or_error)
    local.extract_or_error = _extract_spy
    forked.each_block = _PerProcess("align tasks", forked.each_block)  # type: ignore[assignment]
    for module, name in (
        (pipeline, "run_locally"),
        (local, "read_inputs"),
        (local, "warm_up"),
        (local, "stories_of"),
        (local, "_gathered"),
        (local, "align"),
        (forked, "_align_share"),
        (write, "write_atomic"),
        (early.EarlyReport, "start"),
        (early.EarlyReport, "finish"),
    ):
        setattr(module, name, timed(name, getattr(module, name)))
    from factcheck import report

    # A full collection walks every claim and finding: worth seeing where one happens.
    collecting: list[float] = []

    def on_collection(phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            collecting.append(time.perf_counter())
        else:
            _note("full gc collection", collecting.pop(), time.perf_counter())

    import gc

    gc.callbacks.append(on_collection)
    utf8_renderer = report.utf8_renderer
    report.utf8_renderer = lambda name: timed("render", utf8_renderer(name))
    status = cli.main(sys.argv[1:])
    done = time.perf_counter()
    print(f"imports to {imported - START:.3f} s, cli.main done at {done - START:.3f} s")
    rows = [line.split("\t") for line in SPANS.read_text(encoding="utf-8").splitlines()]
    # The last line of a (process, stage) is its whole span.
    spans: dict[tuple[str, str], tuple[str, float, float]] = {}
    for number, (pid, label, start, stop) in enumerate(rows):
        stage = label.split(" (")[0].split(" [")[0]
        key = (pid, f"{stage} {number}" if stage == "full gc collection" else stage)
        spans[key] = (label, float(start), float(stop))
    main_pid = str(os.getpid())
    for (pid, _), (label, begin, end) in sorted(spans.items(), key=lambda item: item[1][1]):
        who = "main" if pid == main_pid else f"pid {pid}"
        print(f"{who:>10}  {begin:7.3f} - {end:7.3f}  ({end - begin:6.3f} s)  {label}")
    times = os.times()
    print(
        f"this process: {times.user:.2f} user + {times.system:.2f} sys; "
        f"children: {times.children_user:.2f} + {times.children_system:.2f}"
    )
    return status


_EXTRACT: _PerProcess

if __name__ == "__main__":
    sys.exit(main())
