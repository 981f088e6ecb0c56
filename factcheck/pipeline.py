"""read -> extract -> align -> report: the whole run, and nothing else."""

from __future__ import annotations

from factcheck.align import load_rules
from factcheck.align.baseline import mark_known, read_baseline
from factcheck.engines.local import ClaimsHook, ProgressHook
from factcheck.engines.local import run_stages as run_locally
from factcheck.models import Report, RunError, summarize
from factcheck.read.decode import InputError
from factcheck.settings import Settings


def _silent(stage: str, done: int, total: int) -> None:
    pass


def run(
    settings: Settings, progress: ProgressHook = _silent, claims_ready: ClaimsHook | None = None
) -> Report:
    """Raises RuleFileError for a bad rules file and EngineError when the chosen engine cannot
    run; every other fault is listed in the report. `claims_ready` is told the report's
    documents and claims while forked processes align, by the engines that fork."""
    rules = load_rules(settings.rule_dirs)
    if settings.engine == "dask":
        from factcheck.engines.dask_engine import run_stages

        documents, claims, findings, errors = run_stages(settings, rules)
    else:
        documents, claims, findings, errors = run_locally(settings, rules, progress, claims_ready)
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
