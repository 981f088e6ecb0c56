"""The pipeline on a Dask cluster: the same stages and the same report as the local engine.

Task graph, submitted at once so that the stages overlap:

    read_partition (one per group of files)
      -> extract_chunk (k per partition: reading is cheap, extraction is not)
        -> split_part (claims routed to buckets by blocking key)
          -> align_bucket (one per bucket: every block is aligned whole on one worker)

Stories are told apart in one task over every document's metadata and lead (no bodies).
The client gathers only read errors and findings, then the documents' metadata and the
claims for the report once alignment is done. A worker that dies loses only results the scheduler
can recompute from the graph, so every document is still in the report exactly once.
"""

from __future__ import annotations

import logging
import operator
import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.align import RuleSet
from factcheck.align.engine import order_findings
from factcheck.align.stories import stories_of
from factcheck.engines import EngineError
from factcheck.engines.partitions import (
    ReadPartition,
    align_bucket,
    claims_of,
    documents_of,
    errors_of,
    extract_chunk,
    plan,
    read_partition,
    report_claims,
    report_documents,
    split_part,
)
from factcheck.models import Claim, Document, Finding, RunError
from factcheck.read import sorted_errors
from factcheck.read.discover import Source, discover
from factcheck.settings import Settings

if TYPE_CHECKING:  # fsspec is imported only when an input is a URL
    from factcheck.engines.fsspec_inputs import FolderListing, RemoteSource

try:
    from distributed import Client, LocalCluster
except ImportError as exc:  # pragma: no cover - exercised without the extra installed
    raise EngineError(
        "the Dask engine needs the optional extra: pip install 'factcheck[dask]'"
    ) from exc

# A read task's input: big enough that task overhead is small, small enough to spread.
PARTITION_BYTES = 8_000_000
# An extraction task's input: about 300 news articles, a second or so of work.
CHUNK_BYTES = 1_000_000
# Buckets per worker thread: blocks are uneven, more buckets than threads evens the load.
BUCKETS_PER_THREAD = 4


def run_stages(
    settings: Settings, rules: RuleSet
) -> tuple[list[Document], list[Claim], list[Finding], list[RunError]]:
    sources, sizes, listing, errors = _discover(settings.paths)
    partitions = plan(sources, sizes, PARTITION_BYTES, CHUNK_BYTES)
    if listing:
        partitions = [_with_listing(partition, listing) for partition in partitions]
    with _client(settings) as client:
        threads = max(1, sum(client.nthreads().values()))
        buckets = threads * BUCKETS_PER_THREAD
        # Tasks, not scattered data: a task is recomputed when the worker holding its result
        # dies, a lost replica of scattered data is not.
        rules_future = client.submit(_given, rules, pure=False)
        reads = [
            client.submit(read_partition, partition, settings.max_file_bytes, pure=False)
            for partition in partitions
        ]
        read_errors = [client.submit(errors_of, read) for read in reads]
        # The JSON report has no bodies; every other report quotes or locates the text.
        bodies = settings.format != "json"
        parts = [
            client.submit(extract_chunk, read, index, partition.chunks, bodies, pure=False)
            for read, partition in zip(reads, partitions, strict=True)
            for index in range(partition.chunks)
        ]
        # Stories are told apart once, over every document as stories read it. They need no
        # claims, so they run first, beside extraction, not after it.
        views = [client.submit(documents_of, read, bodies, priority=1) for read in reads]
        documents_future = client.submit(report_documents, *views, priority=1)
        stories = client.submit(stories_of, documents_future, rules_future, priority=1)
        splits = [client.submit(split_part, part, rules_future, buckets, stories) for part in parts]
        routed = [
            [client.submit(operator.getitem, split, bucket) for split in splits]
            for bucket in range(buckets)
        ]
        aligned = [client.submit(align_bucket, rules_future, *row) for row in routed]
        # Only futures the client still holds keep results in cluster memory.
        del reads, views, splits, routed
        for found in client.gather(read_errors):
            errors.extend(found)
        findings = order_findings(finding for found in client.gather(aligned) for finding in found)
        documents = client.gather(documents_future)
        claims = report_claims(client.gather([client.submit(claims_of, part) for part in parts]))
    return documents, claims, findings, sorted_errors(errors)


def _given(value: RuleSet) -> RuleSet:
    return value


def _discover(
    arguments: list[str],
) -> tuple[list[Source | RemoteSource], list[int], FolderListing, list[RunError]]:
    """Local paths as the local engine finds them, URLs through fsspec; sorted by id."""
    local = [argument for argument in arguments if not is_url(argument)]
    sources: list[Source | RemoteSource]
    found, errors = discover(local)
    sources = list(found)
    listing: FolderListing = {}
    if len(local) < len(arguments):
        from factcheck.engines.fsspec_inputs import discover_urls

        remote, listing, more = discover_urls([a for a in arguments if is_url(a)])
        errors += more
        sources += remote
        sources = _qualify_collisions(sources)
    sources.sort(key=lambda source: source.doc_id)
    return sources, [_size(source) for source in sources], listing, errors


def is_url(argument: str) -> bool:
    return "://" in argument


def _qualify_collisions(sources: list[Source | RemoteSource]) -> list[Source | RemoteSource]:
    """Two arguments giving the same id: as locally, each is named by its whole location."""
    count = Counter(source.doc_id for source in sources)
    return [
        replace(source, doc_id=source.url.split("://", 1)[1])
        if not isinstance(source, Source) and count[source.doc_id] > 1
        else source
        for source in sources
    ]


def _with_listing(partition: ReadPartition, listing: FolderListing) -> ReadPartition:
    folders = {source.folder for source in partition.sources if not isinstance(source, Source)}
    return replace(partition, listing={f: listing[f] for f in folders if f in listing})


def _size(source: Source | RemoteSource) -> int:
    if not isinstance(source, Source):
        return source.size
    try:
        return source.path.stat().st_size
    except OSError:
        return 0  # the reading task reports it


@contextmanager
def _client(settings: Settings) -> Iterator[Client]:
    if settings.scheduler is not None:
        try:
            client = Client(settings.scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise EngineError(
                f"cannot reach the Dask scheduler at {settings.scheduler}: {exc}"
            ) from exc
        with client:
            yield client
        return
    workers = settings.workers or os.cpu_count() or 1
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            # A task's failure reaches the client as an exception; what the cluster's own
            # processes log (a heartbeat cut short at shutdown) is not the user's business.
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client
