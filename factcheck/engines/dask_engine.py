"""The pipeline on a Dask cluster: the same stages and the same report as the local engine.

Task graph, submitted at once so that the stages overlap:

    read_partition (one per group of files)
      -> extract_chunk (k per partition: reading is cheap, extraction is not)
        -> split_part (claims routed to buckets by blocking key)
          -> align_bucket (one per bucket: every block is aligned whole on one worker)

The client gathers only the small things first (read errors, findings), and the documents'
metadata and claims for the report once alignment is done. Nothing is collected on the client
before alignment. A worker that dies loses only results the scheduler can recompute from the
graph, so every document is still in the report exactly once.
"""

from __future__ import annotations

import logging
import operator
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.align import RuleSet
from factcheck.align.engine import order_findings
from factcheck.engines import EngineError
from factcheck.engines.partitions import (
    align_bucket,
    assemble,
    errors_of,
    extract_chunk,
    plan,
    read_partition,
    split_part,
)
from factcheck.models import Claim, Document, Finding, RunError
from factcheck.read import sorted_errors
from factcheck.read.discover import discover
from factcheck.settings import Settings

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
    sources, errors = discover(settings.paths)
    sizes = [_size(source.path) for source in sources]
    partitions = plan(sources, sizes, PARTITION_BYTES, CHUNK_BYTES)
    with _client(settings) as client:
        threads = max(1, sum(client.nthreads().values()))
        buckets = threads * BUCKETS_PER_THREAD
        [rules_future] = client.scatter([rules], broadcast=True, hash=False)
        reads = [
            client.submit(read_partition, partition, settings.max_file_bytes, pure=False)
            for partition in partitions
        ]
        read_errors = [client.submit(errors_of, read) for read in reads]
        parts = [
            client.submit(extract_chunk, read, index, partition.chunks, pure=False)
            for read, partition in zip(reads, partitions, strict=True)
            for index in range(partition.chunks)
        ]
        splits = [client.submit(split_part, part, rules_future, buckets) for part in parts]
        routed = [
            [client.submit(operator.getitem, split, bucket) for split in splits]
            for bucket in range(buckets)
        ]
        aligned = [client.submit(align_bucket, rules_future, *row) for row in routed]
        # Only futures the client still holds keep results in cluster memory.
        del reads, splits, routed
        for found in client.gather(read_errors):
            errors.extend(found)
        findings = order_findings(finding for found in client.gather(aligned) for finding in found)
        documents, claims = assemble(client.gather(parts))
    return documents, claims, findings, sorted_errors(errors)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
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
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client
