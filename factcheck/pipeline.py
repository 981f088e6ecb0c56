"""read -> extract -> align -> report: the whole run, and nothing else."""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor

from factcheck.align import align, load_rules
from factcheck.align.baseline import mark_known, read_baseline
from factcheck.extract import extract_document, warm_up
from factcheck.models import Claim, Document, Report, RunError, summarize
from factcheck.read import read_inputs
from factcheck.read.decode import InputError
from factcheck.settings import Settings

# Below this many documents, starting worker processes costs more than it saves.
_PARALLEL_MIN_DOCUMENTS = 64


def run(settings: Settings) -> Report:
    """Raises RuleFileError for a bad rules file and EngineError when the chosen engine cannot
    run; every other fault is listed in the report."""
    rules = load_rules(settings.rule_dirs)
    if settings.engine == "dask":
        from factcheck.engines.dask_engine import run_stages

        documents, claims, findings, errors = run_stages(settings, rules)
    else:
        documents, errors = read_inputs(settings.paths, settings.max_file_bytes)
        claims = extract_all(documents, settings.jobs)
        findings = align(claims, documents, rules)
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


def extract_all(documents: list[Document], jobs: int) -> list[Claim]:
    """Claims of every document, in document order, the same for any number of jobs."""
    if jobs <= 1 or len(documents) < _PARALLEL_MIN_DOCUMENTS:
        return _flatten(map(extract_document, documents))
    warm_up()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, len(documents) // (jobs * 8))
        return _flatten(pool.map(extract_document, documents, chunksize=chunk))


def _flatten(per_document: Iterable[list[Claim]]) -> list[Claim]:
    return [claim for claims in per_document for claim in claims]
