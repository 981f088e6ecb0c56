"""What one distributed task does to one partition: the pure steps, with no scheduler in them.

Reading and extraction run per partition of files, claims are routed to buckets by the
alignment's blocking key (a bucket holds whole blocks), and each bucket's blocks are aligned by
the same `align_blocks` the local engine's `align` calls. Nothing here imports Dask, so it is
tested without it.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.align import RuleSet
from factcheck.align.engine import align_blocks, block_key
from factcheck.align.stories import story_view, with_stories
from factcheck.extract import extract_document
from factcheck.models import Claim, Document, Finding, RunError
from factcheck.read import read_sources
from factcheck.read.discover import Source

if TYPE_CHECKING:  # fsspec is imported only when an input is a URL
    from factcheck.engines.fsspec_inputs import FolderListing, RemoteSource


@dataclass(frozen=True)
class ReadPartition:
    """Files read by one task, and into how many extraction chunks their documents are cut."""

    sources: list[Source | RemoteSource]
    chunks: int
    # For URL inputs: the listing of the folders whose articles.yaml these sources may use.
    listing: FolderListing = field(default_factory=dict)


@dataclass
class Part:
    """Claims (in read order) and the documents they belong to."""

    documents: list[Document] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


def plan(
    sources: list[Source | RemoteSource], sizes: list[int], partition_bytes: int, chunk_bytes: int
) -> list[ReadPartition]:
    """Contiguous groups of about `partition_bytes`; a big file is cut into extraction chunks.

    Reading is cheap and extraction is not, so a partition is read by one task and extracted
    by `chunks` tasks, which keeps workers busy even when an archive is a few large files.
    """
    if _ids_may_collide(sources):
        # Duplicate ids are found within one partition only (read_sources), so files whose
        # ids can meet ("a.jsonl" holding record "1" and a file named "a.jsonl#1") stay together.
        return [ReadPartition(sources, _chunks(sum(sizes), chunk_bytes))]
    partitions: list[ReadPartition] = []
    group: list[Source | RemoteSource] = []
    group_bytes = 0
    for source, size in zip(sources, sizes, strict=True):
        if group and group_bytes + size > partition_bytes:
            partitions.append(ReadPartition(group, _chunks(group_bytes, chunk_bytes)))
            group, group_bytes = [], 0
        group.append(source)
        group_bytes += size
    if group:
        partitions.append(ReadPartition(group, _chunks(group_bytes, chunk_bytes)))
    return partitions


def _chunks(size: int, chunk_bytes: int) -> int:
    return max(1, -(-size // chunk_bytes))


def _ids_may_collide(sources: list[Source | RemoteSource]) -> bool:
    """Record ids are `FILE#ID`: only a file id that extends another's with `#` can collide."""
    file_ids = {source.doc_id for source in sources}
    for source in sources:
        parts = source.doc_id.split("#")
        if any("#".join(parts[:end]) in file_ids for end in range(1, len(parts))):
            return True
    return False


Read = tuple[list[Document], list[RunError]]


def read_partition(partition: ReadPartition, max_bytes: int) -> Read:
    local = [source for source in partition.sources if isinstance(source, Source)]
    if len(local) == len(partition.sources):
        return read_sources(local, max_bytes)
    from factcheck.engines.fsspec_inputs import read_remote

    return read_remote(partition.sources, partition.listing, max_bytes)


def errors_of(read: Read) -> list[RunError]:
    return read[1]


def extract_chunk(read: Read, index: int, count: int, bodies: bool) -> Part:
    """The claims of the index-th of `count` slices of a partition's documents."""
    documents = read[0]
    begin, end = index * len(documents) // count, (index + 1) * len(documents) // count
    part = Part()
    for document in documents[begin:end]:
        part.claims.extend(extract_document(document))
        part.documents.append(kept(document, bodies))
    return part


def documents_of(read: Read, bodies: bool) -> list[Document]:
    return [kept(document, bodies) for document in read[0]]


def kept(document: Document, bodies: bool) -> Document:
    """Whole only when the report quotes the text (`bodies`); otherwise as stories read it,
    so the corpus does not stay in the cluster's memory."""
    return document if bodies else story_view(document)


def bucket_of(claim: Claim, rules: RuleSet, buckets: int) -> int:
    # crc32, not hash(): str hashes differ between worker processes.
    return zlib.crc32(block_key(claim, rules).encode("utf-8", "surrogatepass")) % buckets


def claims_of(part: Part) -> list[Claim]:
    return part.claims


def split_part(part: Part, rules: RuleSet, buckets: int, stories: dict[str, str]) -> list[Part]:
    """One Part per bucket, each with the documents its claims need; claim order is kept.

    Stories are part of the blocking key: `stories` maps every document of the run to its
    story, computed once over all of them (`stories_of`), as `align` does.
    """
    split = [Part() for _ in range(buckets)]
    by_id = {document.id: document for document in part.documents}
    for claim in with_stories(part.claims, stories):
        target = split[bucket_of(claim, rules, buckets)]
        if not target.claims or target.claims[-1].document != claim.document:
            target.documents.append(by_id[claim.document])
        target.claims.append(claim)
    return split


def align_bucket(rules: RuleSet, *parts: Part) -> list[Finding]:
    """Findings of every block in one bucket, unordered: the client orders the union once."""
    claims = report_order([claim for part in parts for claim in part.claims])
    documents = {document.id: document for part in parts for document in part.documents}
    return align_blocks(claims, documents, rules)


def report_order(claims: list[Claim]) -> list[Claim]:
    """Parts keep each document's claims together and in order; the report sorts documents
    by id, so a stable sort by document id gives the local engine's order."""
    return sorted(claims, key=lambda claim: claim.document)


def report_documents(*per_part: list[Document]) -> list[Document]:
    return sorted((document for part in per_part for document in part), key=lambda d: d.id)


def report_claims(per_part: list[list[Claim]]) -> list[Claim]:
    return report_order([claim for part in per_part for claim in part])
