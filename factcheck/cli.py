"""The command line: flags -> Settings -> pipeline -> report -> exit status."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck import __version__
from factcheck.limits import DEFAULT_MAX_FILE_BYTES
from factcheck.report import FORMATS
from factcheck.status import ExitStatus

if TYPE_CHECKING:
    from factcheck.report.early import EarlyReport
    from factcheck.settings import Settings

DEFAULT_HTML_OUTPUT = Path("reports") / "factcheck.html"

_DESCRIPTION = """\
Cross-check the numbers and dates that news articles state.

Reads every article under PATH (.txt/.md with front matter, articles.yaml, .html, .json,
.jsonl), extracts counts, money, percentages, quantities and dates in Arabic and English,
and reports where the sources agree, conflict, or revise a figure."""

_EPILOG = """\
exit status: 0 nothing at or above --fail-on; 1 a new finding at or above it;
2 a usage error, a bad rules file, or an input that could not be read.

examples:
  factcheck seeds/                              the terminal report of a story folder
  factcheck seeds/ --format html                reports/factcheck.html, to open in a browser
  factcheck seeds/ --format json -o r.json      the contract's JSON report
  factcheck news/ --write-baseline known.json   accept today's findings as known
  factcheck news/ --baseline known.json --format sarif -o f.sarif
                                                fail CI on new conflicts only"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    out = parser.add_argument_group("output")
    out.add_argument(
        "--format",
        choices=FORMATS,
        default="rich",
        help="rich: the terminal report (default); json: the contract's report; html: one "
        "self-contained page; markdown: a pull-request comment; sarif: SARIF 2.1.0 for code "
        "scanning",
    )
    out.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=f"write the report to FILE atomically (default: stdout; html: {DEFAULT_HTML_OUTPUT})",
    )
    out.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="show agreements and single-source figures in full (sarif: agreements as notes)",
    )
    out.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no warnings on stderr"
    )
    out.add_argument(
        "--bidi",
        choices=("auto", "on", "off"),
        default="auto",
        help="reorder and join Arabic for the terminal: auto (on a terminal that does not do "
        "it itself), on, off (logical order, for terminals with bidi support)",
    )
    gate = parser.add_argument_group("CI gating")
    gate.add_argument(
        "--fail-on",
        choices=("conflict", "revision", "any", "never"),
        default="conflict",
        help="exit 1 when a new finding at or above this kind exists (default: conflict)",
    )
    gate.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="findings listed in FILE are shown as known and never fail the run; listed ids "
        "that no finding has any more are reported as stale",
    )
    gate.add_argument(
        "--write-baseline",
        type=Path,
        metavar="FILE",
        help="write the ids of the current findings to FILE, to accept them as known",
    )
    run = parser.add_argument_group("run")
    run.add_argument(
        "--rules",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="an extra rules folder, on top of the bundled rules (repeatable)",
    )
    run.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes for reading and extraction (default: the number of cores)",
    )
    scale = parser.add_argument_group("checking an archive (pip install 'factcheck[dask]')")
    scale.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this machine (default); dask: a Dask cluster, same report",
    )
    scale.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the cluster's scheduler (default: start a local cluster)",
    )
    scale.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="with --engine dask and no --scheduler: worker processes (default: the cores)",
    )
    run.add_argument(
        "--max-file-size",
        type=int,
        default=DEFAULT_MAX_FILE_BYTES,
        metavar="BYTES",
        help=f"refuse larger inputs (default: {DEFAULT_MAX_FILE_BYTES})",
    )
    info = parser.add_argument_group("information")
    info.add_argument("--schema", action="store_true", help="print the JSON Schema of the report")
    info.add_argument("--version", action="version", version=f"factcheck {__version__}")
    return parser


def entry() -> None:
    """The `factcheck` command: `main`, then out without freeing the run's objects one by one."""
    # The command's process ends with os._exit (`_run`): what it builds lives until then, and
    # the cycle collector would only walk it, from the imports on (their collections took
    # 0.015 s, on one core, before the first worker forks). `run` turns it back on for Dask.
    gc.disable()
    sys.exit(main(exit_when_done=True))


def main(argv: list[str] | None = None, exit_when_done: bool = False) -> int:
    # Heavy modules (pydantic models, the stages, Rich) are imported only once the flags say
    # a run is wanted: `factcheck --version` and `--help` stay instant.
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.schema:
        from factcheck.report.json_report import schema

        sys.stdout.write(schema())
        return ExitStatus.OK
    if not args.paths:
        parser.error("at least one PATH is required")
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.max_file_size < 1:
        parser.error("--max-file-size must be at least 1 byte")
    if args.engine != "dask" and (args.scheduler or args.workers is not None):
        parser.error("--scheduler and --workers need --engine dask")
    if args.scheduler and args.workers is not None:
        parser.error("--workers starts a local cluster; a --scheduler has its own workers")
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be at least 1")
    output = args.output
    if output is None and args.format == "html":
        output = DEFAULT_HTML_OUTPUT
        try:
            output.parent.mkdir(exist_ok=True)
        except OSError as exc:
            parser.error(f"cannot create {output.parent}/ for the HTML report: {exc.strerror}")
    from factcheck.settings import Settings

    settings = Settings(
        paths=args.paths,
        format=args.format,
        output=output,
        fail_on=args.fail_on,
        baseline=args.baseline,
        write_baseline=args.write_baseline,
        rule_dirs=args.rules,
        verbose=args.verbose,
        quiet=args.quiet,
        bidi=args.bidi,
        jobs=args.jobs,
        max_file_bytes=args.max_file_size,
        engine=args.engine,
        scheduler=args.scheduler,
        workers=args.workers,
    )
    return run(settings, exit_when_done)


def run(settings: Settings, exit_when_done: bool = False) -> int:
    if not (exit_when_done and settings.engine == "local"):
        gc.enable()  # off since `entry` began; Dask's client makes cycles of its own
    from factcheck.report.early import early_report

    # The JSON report's documents and claims are written while alignment runs; leaving the
    # block removes what a failed or interrupted run left of them.
    with early_report(settings) as early:
        return _run(settings, exit_when_done, early)


def _run(settings: Settings, exit_when_done: bool, early: EarlyReport) -> int:
    from factcheck.align import RuleFileError
    from factcheck.engines import EngineError
    from factcheck.pipeline import run as run_pipeline
    from factcheck.report import renderer, utf8_renderer
    from factcheck.report.progress import progress_bar
    from factcheck.report.sanitize import terminal_safe
    from factcheck.report.write import OutputError, encodable, write_atomic
    from factcheck.status import exit_status

    try:
        bar = progress_bar(settings.quiet)
        if bar is None:
            report = run_pipeline(settings, claims_ready=early.start)
        else:
            with bar:
                report = run_pipeline(settings, bar, early.start)
    except RuleFileError as exc:
        print(f"factcheck: bad rules file: {exc}", file=sys.stderr)
        return ExitStatus.USAGE
    except EngineError as exc:
        print(terminal_safe(f"factcheck: error: {exc}"), file=sys.stderr)
        return ExitStatus.USAGE
    # Paths, ids and messages quote the inputs: shown with their control characters escaped.
    for error in report.errors:
        where = f"{error.path}:{error.line}" if error.line else error.path
        print(terminal_safe(f"factcheck: error: {where}: {error.message}"), file=sys.stderr)
    if not settings.quiet:
        for document in report.documents:
            if document.note:
                print(
                    terminal_safe(f"factcheck: warning: {document.id}: {document.note}"),
                    file=sys.stderr,
                )
        if report.stale_baseline:
            print(
                terminal_safe(
                    f"factcheck: warning: {len(report.stale_baseline)} baseline entries match "
                    f"no finding any more (stale): {', '.join(report.stale_baseline)}"
                ),
                file=sys.stderr,
            )
    try:
        if settings.output is None:
            sys.stdout.write(encodable(renderer(settings.format)(report, settings)))
            sys.stdout.flush()
        elif not early.finish(report):
            write_atomic(settings.output, utf8_renderer(settings.format)(report, settings))
            if settings.format == "html" and not settings.quiet:  # say where the page went
                print(terminal_safe(f"factcheck: wrote {settings.output}"), file=sys.stderr)
        if settings.write_baseline is not None:
            from factcheck.align.baseline import baseline_text

            write_atomic(settings.write_baseline, baseline_text(report.findings))
            if not settings.quiet:
                print(
                    terminal_safe(
                        f"factcheck: wrote {len(report.findings)} finding ids to "
                        f"{settings.write_baseline}"
                    ),
                    file=sys.stderr,
                )
    except OutputError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return ExitStatus.USAGE
    status = exit_status(report, settings.fail_on)
    if exit_when_done and settings.engine == "local":
        # Freeing a big run's report and the interpreter's own teardown took 0.25 s after the
        # SaudiNewsNet week was written; the OS takes the memory back at once. Everything is
        # written and flushed, and the local engine leaves no process or thread behind.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status
