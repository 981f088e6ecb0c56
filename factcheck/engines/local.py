"""The local engine: reading, extraction and alignment on this machine's cores.

With more than one job, a pool of worker processes (one fewer than the jobs) extracts the
documents as this process reads them and tells stories apart (it needs only the documents);
this process then extracts what no worker has started. Alignment then runs here and in forked
children that inherit the claims (engines/forked.py). Aligning buckets of blocks in the pool
was measured slower (3.5 s against 2.7 s on the SaudiNewsNet week): pickling the claims there
and the findings back costs more than aligning them. The report is the same byte for byte for
any number of jobs.
"""

from __future__ import annotations

import gc
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from functools import partial

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

# Told the documents and claims once extraction is over, while forked processes align (not
# when this process aligns alone): what of the report does not depend on alignment is
# prepared then, beside them (report/early.py).
ClaimsHook = Callable[[list[Document], list[Claim]], None]

# Below this many documents, starting worker processes costs more than it saves.
PARALLEL_MIN_DOCUMENTS = 64

# Documents go to the workers in batches of about this much text (about 0.02 s of extraction
# on the SaudiNewsNet week, 0.04 s on English news): small, because a worker holds two batches
# once this process has taken the rest, and this process waits for them at the end (0.13 s
# with batches twice this size, loaded machine); large enough that a batch's trip (about
# 0.1 ms besides the pickling of its text) costs little beside its work.
BATCH_CHARS = 32_000


def run_stages(
    settings: Settings,
    rules: RuleSet,
    progress: ProgressHook,
    claims_ready: ClaimsHook | None = None,
) -> tuple[list[Document], list[Claim], list[Finding], list[RunError]]:
    with _no_collections(), _prompt_handoffs():
        return _stages(settings, rules, progress, claims_ready)


def _stages(
    settings: Settings, rules: RuleSet, progress: ProgressHook, claims_ready: ClaimsHook | None
) -> tuple[list[Document], list[Claim], list[Finding], list[RunError]]:
    with ExitStack() as workers:  # the extraction workers, if any start, end with this block
        feeder = _Feeder(settings.jobs, workers)
        documents, errors = read_inputs(
            settings.paths,
            settings.max_file_bytes,
            lambda done, total: progress("read", done, total),
            feeder if settings.jobs > 1 else None,
        )
        results = feeder.results(documents)
        # Stories need only the documents: told here while the workers, if any, extract.
        stories = stories_of(documents, rules)
        claims, failures = _gathered(results, len(documents), progress)
    jobs = settings.jobs if len(documents) >= PARALLEL_MIN_DOCUMENTS else 1
    meanwhile = None if claims_ready is None else partial(claims_ready, documents, claims)
    progress("align", 0, 1)
    findings = align(claims, documents, rules, stories, block_aligner(jobs, meanwhile))
    progress("align", 1, 1)
    return documents, claims, findings, sorted_errors([*errors, *failures])


class _Feeder:
    """Sends documents to extraction workers as they are read (`read_inputs`' `on_read`), so
    that reading, on one core, overlaps extraction instead of coming before it, and each
    worker compiles what it compiles lazily (date patterns: 0.16 s) while the rest is read.
    The workers start once enough documents are read to pay for them. With a worker fewer than
    the jobs, the pickling of claims back and the third process that shared two cores while
    stories were told cost 2 s less CPU on the SaudiNewsNet week (14.9 s against 16.7 s in all,
    on a loaded machine, where one process takes 13.7 s)."""

    def __init__(self, jobs: int, workers: ExitStack) -> None:
        self._jobs = jobs
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._pending: list[Document] = []
        self._pending_chars = 0
        self._sent: list[tuple[list[Document], Future[list[list[Claim] | RunError]]]] = []

    def __call__(self, document: Document) -> None:
        self._pending.append(document)
        self._pending_chars += len(document.body)
        if self._pool is None:
            if len(self._pending) < PARALLEL_MIN_DOCUMENTS:
                return
            # Before the fork, for the languages read so far: the workers share what this
            # process compiled.
            warm_up({document.language for document in self._pending if document.language})
            # One worker fewer than jobs: this process extracts too, once it has told stories.
            self._pool = self._workers.enter_context(
                ProcessPoolExecutor(max_workers=self._jobs - 1)
            )
        if self._pending_chars >= BATCH_CHARS:
            self._send(self._pool, last=False)

    def results(self, documents: list[Document]) -> Iterable[list[Claim] | RunError]:
        """Each of `documents`' claims (or fault), in the order of `documents`; extracted here
        when too few were read to start workers."""
        if self._pool is None:
            return map(extract_or_error, documents)
        self._send(self._pool, last=True)
        return self._in_order(documents)

    def _send(self, pool: ProcessPoolExecutor, last: bool) -> None:
        """Batches of about BATCH_CHARS from the pending documents; `last`: all of them."""
        batch: list[Document] = []
        chars = 0
        for document in self._pending:
            batch.append(document)
            chars += len(document.body)
            if chars >= BATCH_CHARS:
                self._sent.append((batch, pool.submit(_extract_each, batch)))
                batch, chars = [], 0
        if last and batch:
            self._sent.append((batch, pool.submit(_extract_each, batch)))
            batch, chars = [], 0
        self._pending, self._pending_chars = batch, chars

    def _in_order(self, documents: list[Document]) -> Iterator[list[Claim] | RunError]:
        # Batches are in reading order, documents sorted by id: a document's batch is awaited
        # when it is first needed, so that progress is told while the workers still extract.
        # This process, free once stories are told, meanwhile extracts the batches no worker
        # has started, last first, as the workers take them first first: what it extracts here
        # makes no trip through pickle, and no third process shares the two cores.
        done: dict[str, list[Claim] | RunError] = {}
        ahead = deque(self._sent)
        stealing = True
        for document in documents:
            while document.id not in done:
                if not ahead:  # never fed to the workers (not read through this feeder)
                    done[document.id] = extract_or_error(document)
                    break
                batch, future = ahead[0]
                if stealing and not future.done() and len(ahead) > 1:
                    stolen, last = ahead[-1]
                    stealing = last.cancel()  # False once a worker has it: all are taken
                    if stealing:
                        ahead.pop()
                        done.update(_by_id(stolen, _extract_each(stolen)))
                    continue
                ahead.popleft()
                done.update(_by_id(batch, future.result()))
            yield done.pop(document.id)


def _by_id(
    batch: list[Document], results: list[list[Claim] | RunError]
) -> Iterator[tuple[str, list[Claim] | RunError]]:
    return zip((document.id for document in batch), results, strict=True)


def _extract_each(documents: list[Document]) -> list[list[Claim] | RunError]:
    return [extract_or_error(document) for document in documents]


@contextmanager
def _no_collections() -> Iterator[None]:
    """A run builds about a million objects (claims, their features, findings) that all live
    until the report is written and hold no reference cycles: the cycle collector is off while
    the stages run. At thresholds of (50,000, 20, 100) it still took 0.2 s of this process's
    CPU on the SaudiNewsNet week (young collections that walked the lists of every document and
    claim) and found 628 objects of garbage in all. Forked workers inherit the setting."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What the run built goes to the oldest generation without being walked (a freeze and
        # an unfreeze are two list splices): the young collections that resume would otherwise
        # walk all of it while the report is written, on one core.
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


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


@contextmanager
def _prompt_handoffs() -> Iterator[None]:
    """The pool's threads in this process send documents to the worker and take its claims
    back, and each needs the GIL from the thread that tells stories or extracts here. At the
    default 5 ms switch interval the worker waited on them for 0.8 s of its 4.8 s on the
    SaudiNewsNet week (0.5 s of the run's wall); a waiting thread now gets the GIL within
    0.1 ms. The interval costs nothing while no other thread asks for the GIL."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.0001)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)
