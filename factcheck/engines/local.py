"""The local engine: reading, then extraction and alignment on this machine's cores.

With more than one job, a pool of worker processes extracts the documents while this process
tells stories apart (it needs only the documents); alignment then runs here and in forked
children that inherit the claims (engines/forked.py). Aligning buckets of blocks in the pool
was measured slower (3.5 s against 2.7 s on the SaudiNewsNet week): pickling the claims there
and the findings back costs more than aligning them. The report is the same byte for byte for
any number of jobs.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from factcheck.align import RuleSet, align
from factcheck.align.stories import stories_of
from factcheck.engines.forked import block_aligner
from factcheck.extract import extract_or_error, warm_up
from factcheck.models import Claim, Document, Finding, RunError
from factcheck.read import read_inputs, sorted_errors
from factcheck.settings import Settings

# Told (stage, done, total) as the run advances: "read" per file, "extract" per document,
# "align" once before and once after. The CLI draws a progress bar with it.
ProgressHook = Callable[[str, int, int], None]

# Told the documents and claims once extraction is over, before alignment: what of the report
# does not depend on alignment can be prepared while it runs (report/early.py).
ClaimsHook = Callable[[list[Document], list[Claim]], None]

# Below this many documents, starting worker processes costs more than it saves.
PARALLEL_MIN_DOCUMENTS = 64


def run_stages(
    settings: Settings,
    rules: RuleSet,
    progress: ProgressHook,
    claims_ready: ClaimsHook | None = None,
) -> tuple[list[Document], list[Claim], list[Finding], list[RunError]]:
    with _rare_collections():
        return _stages(settings, rules, progress, claims_ready)


def _stages(
    settings: Settings, rules: RuleSet, progress: ProgressHook, claims_ready: ClaimsHook | None
) -> tuple[list[Document], list[Claim], list[Finding], list[RunError]]:
    documents, errors = read_inputs(
        settings.paths, settings.max_file_bytes, lambda done, total: progress("read", done, total)
    )
    jobs = settings.jobs if len(documents) >= PARALLEL_MIN_DOCUMENTS else 1
    with _pool(jobs) as pool:
        if pool is None:
            results: Iterable[list[Claim] | RunError] = map(extract_or_error, documents)
            claims, failures = _gathered(results, len(documents), progress)
            stories = stories_of(documents, rules)
        else:
            # Small chunks (about 0.1 s of work each on the SaudiNewsNet week), so that when one
            # worker takes the last chunk the other cores wait little for it.
            chunk = max(1, len(documents) // (jobs * 32))
            # map() submits every chunk at once: the workers extract while stories are told.
            results = pool.map(extract_or_error, documents, chunksize=chunk)
            stories = stories_of(documents, rules)
            claims, failures = _gathered(results, len(documents), progress)
    if claims_ready is not None:
        claims_ready(documents, claims)
    progress("align", 0, 1)
    findings = align(claims, documents, rules, stories, block_aligner(jobs))
    progress("align", 1, 1)
    return documents, claims, findings, sorted_errors([*errors, *failures])


@contextmanager
def _rare_collections() -> Iterator[None]:
    """A run builds about a million objects (claims, their features, findings) that all live
    until the report is written and hold no reference cycles; at the default thresholds the
    cycle collector walks them over and over, which cost 0.6 s of this process's serial
    unpickling and alignment on the SaudiNewsNet week. Forked workers inherit the setting."""
    thresholds = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


@contextmanager
def _pool(jobs: int) -> Iterator[ProcessPoolExecutor | None]:
    if jobs <= 1:
        yield None
        return
    warm_up()  # before the fork: the workers share what the parent compiled
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield pool


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
