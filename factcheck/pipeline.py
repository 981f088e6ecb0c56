"""read -> extract -> align -> report: the whole run, and nothing else."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from factcheck.align import align, load_rules
from factcheck.align.baseline import mark_known, read_baseline
from factcheck.align.stories import stories_of
from factcheck.extract import extract_or_error, warm_up
from factcheck.models import Claim, Document, Report, RunError, summarize
from factcheck.read import read_inputs, sorted_errors
from factcheck.read.decode import InputError
from factcheck.settings import Settings

# Told (stage, done, total) as the run advances: "read" per file, "extract" per document,
# "align" once before and once after. The CLI draws a progress bar with it.
ProgressHook = Callable[[str, int, int], None]


def _silent(stage: str, done: int, total: int) -> None:
    pass


T = TypeVar("T")

# Below this many documents, starting worker processes costs more than it saves.
_PARALLEL_MIN_DOCUMENTS = 64


def run(settings: Settings, progress: ProgressHook = _silent) -> Report:
    """Raises RuleFileError for a bad rules file and EngineError when the chosen engine cannot
    run; every other fault is listed in the report."""
    rules = load_rules(settings.rule_dirs)
    if settings.engine == "dask":
        from factcheck.engines.dask_engine import run_stages

        documents, claims, findings, errors = run_stages(settings, rules)
    else:
        documents, errors = read_inputs(
            settings.paths,
            settings.max_file_bytes,
            lambda done, total: progress("read", done, total),
        )
        claims, failures, stories = extract_all(
            documents, settings.jobs, progress, meanwhile=lambda: stories_of(documents, rules)
        )
        progress("align", 0, 1)
        findings = align(claims, documents, rules, stories)
        errors = sorted_errors([*errors, *failures])
        progress("align", 1, 1)
    stale: list[str] = []
    if settings.baseline is not None:
        try:
            findings, stale = mark_known(findings, read_baseline(settings.baseline))
        except InputError as exc:
            errors.append(RunError(path=str(settings.baseline), message=exc.message, line=exc.line))
    return Report(
        documents=documents,
        claims=claims,
        findings=findings,
        errors=errors,
        summary=summarize(documents, claims, findings),
        stale_baseline=stale,
    )


def extract_all(
    documents: list[Document],
    jobs: int,
    progress: ProgressHook,
    meanwhile: Callable[[], T],
) -> tuple[list[Claim], list[RunError], T]:
    """Claims of every document, in document order, the same for any number of jobs; the
    documents whose extraction failed; and what `meanwhile` returns, run in this process while
    the workers extract (it would otherwise idle: telling stories apart needs only the
    documents, and costs a second on a week)."""
    if jobs <= 1 or len(documents) < _PARALLEL_MIN_DOCUMENTS:
        serial = map(extract_or_error, documents)
        return (*_gathered(serial, len(documents), progress), meanwhile())
    warm_up()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, len(documents) // (jobs * 8))
        # map() submits every chunk at once; the workers start before `meanwhile` does.
        results = pool.map(extract_or_error, documents, chunksize=chunk)
        extra = meanwhile()
        return (*_gathered(results, len(documents), progress), extra)


def _gathered(
    per_document: Iterable[list[Claim] | RunError], total: int, progress: ProgressHook
) -> tuple[list[Claim], list[RunError]]:
    claims: list[Claim] = []
    failures: list[RunError] = []
    progress("extract", 0, total)
    for done, result in enumerate(per_document, start=1):
        if isinstance(result, RunError):
            failures.append(result)
        else:
            claims.extend(result)
        progress("extract", done, total)
    return claims, failures
