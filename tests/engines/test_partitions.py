"""The distributed engine's pure steps, composed by hand: the local report, without Dask."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.align import load_rules
from factcheck.align.engine import align, order_findings
from factcheck.align.rules import RuleSet
from factcheck.align.stories import stories_of, story_view
from factcheck.engines.partitions import (
    Part,
    align_bucket,
    claims_of,
    documents_of,
    extract_chunk,
    plan,
    read_partition,
    report_claims,
    report_documents,
    split_part,
)
from factcheck.models import Document, Finding
from factcheck.pipeline import run
from factcheck.read import read_inputs, sorted_errors
from factcheck.read.discover import discover
from factcheck.settings import Settings
from tests.align.seeds_handmade import seed_claims, seed_documents
from tests.conftest import SEEDS, shared_path

MAX_BYTES = Settings().max_file_bytes


def routed(
    parts: list[Part], documents: list[Document], rules: RuleSet, buckets: int
) -> list[Finding]:
    """The findings of the parts' claims routed to `buckets`, each bucket aligned, then ordered
    once, as the workers and the client do."""
    stories = stories_of(documents, rules)
    splits = [split_part(part, rules, buckets, stories) for part in parts]
    return order_findings(
        finding
        for bucket in range(buckets)
        for finding in align_bucket(rules, *(split[bucket] for split in splits))
    )


def by_partitions(paths: list[str], partition_bytes: int, chunk_bytes: int, buckets: int) -> dict:
    """What the Dask engine does, one task after the other in this process."""
    rules = load_rules([])
    sources, errors = discover(paths)
    sizes = [source.path.stat().st_size for source in sources]
    parts, views = [], []
    for partition in plan(sources, sizes, partition_bytes, chunk_bytes):
        read = read_partition(partition, MAX_BYTES)
        errors.extend(read[1])
        views.append(documents_of(read, bodies=False))
        parts += [
            extract_chunk(read, index, partition.chunks, bodies=False)
            for index in range(partition.chunks)
        ]
    documents = report_documents(*views)
    findings = routed(parts, documents, rules, buckets)
    claims = report_claims([claims_of(part) for part in parts])
    return {
        "documents": [document.model_dump(mode="json") for document in documents],
        "claims": [claim.model_dump(mode="json") for claim in claims],
        "findings": [finding.model_dump(mode="json") for finding in findings],
        "errors": [error.model_dump(mode="json") for error in sorted_errors(errors)],
    }


def local(paths: list[str]) -> dict:
    report = json.loads(run(Settings(paths=paths, jobs=1)).model_dump_json())
    return {key: report[key] for key in ("documents", "claims", "findings", "errors")}


def test_small_partitions_and_chunks_give_the_local_report():
    clusters = shared_path("corpus", "ecbplus", "clusters")
    paths = [str(SEEDS), *(str(clusters / f"{topic}ecbplus.jsonl") for topic in (1, 2, 37, 41))]
    expected = local(paths)
    assert len(expected["documents"]) > 40
    # 40 kB partitions cut the ECB+ files apart; 8 kB chunks cut each into several tasks.
    assert by_partitions(paths, 40_000, 8_000, buckets=3) == expected
    assert by_partitions(paths, 10_000_000, 10_000_000, buckets=1) == expected


def test_plan_cuts_contiguous_partitions_and_sizes_chunks_by_bytes():
    clusters = shared_path("corpus", "ecbplus", "clusters")
    sources, _ = discover([str(clusters)])
    sizes = [source.path.stat().st_size for source in sources]
    partitions = plan(sources, sizes, 200_000, 30_000)
    assert [s for partition in partitions for s in partition.sources] == sources
    assert all(
        sum(sizes[sources.index(s)] for s in partition.sources) <= 200_000
        or len(partition.sources) == 1
        for partition in partitions
    )
    biggest = max(partitions, key=lambda partition: partition.chunks)
    assert biggest.chunks == -(-sum(sizes[sources.index(s)] for s in biggest.sources) // 30_000)


def test_files_whose_ids_can_collide_share_one_partition(tmp_path: Path):
    """`a.jsonl` holds record `a.jsonl#1`; a file named `a.jsonl#1` is the same id. The local
    engine keeps the first and reports the second: so must a partitioned run."""
    sentence = (  # 37_1ecbplus
        "A powerful earthquake in Indonesia's Aceh province flattened buildings and sparked "
        "landslides Tuesday, killing at least five people and injuring dozens."
    )
    folder, other = tmp_path / "feed", tmp_path / "other"
    folder.mkdir()
    other.mkdir()
    record = {"id": "1", "text": sentence, "language": "en", "published": "2013-07-02"}
    (folder / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (other / "a.jsonl#1").write_text(sentence, encoding="utf-8")
    paths = [str(folder), str(other / "a.jsonl#1")]
    sources, _ = discover(paths)
    assert len(plan(sources, [1, 1], partition_bytes=1, chunk_bytes=1)) == 1
    result = by_partitions(paths, 1, 1, buckets=2)
    assert result == local(paths)
    assert [d["id"] for d in result["documents"]] == ["a.jsonl#1"]
    assert "duplicate document id 'a.jsonl#1'" in result["errors"][0]["message"]


@pytest.mark.parametrize("count", [1, 3, 7])
def test_chunks_of_a_partition_hold_each_document_once(count: int):
    clusters = shared_path("corpus", "ecbplus", "clusters")
    sources, _ = discover([str(clusters / "37ecbplus.jsonl")])
    [partition] = plan(sources, [1], 10, 10)
    read = read_partition(partition, MAX_BYTES)
    ids = [
        d.id for index in range(count) for d in extract_chunk(read, index, count, False).documents
    ]
    assert ids == [document.id for document in read[0]]
    assert ids[0] == "37ecbplus.jsonl#37_1ecbplus"


@pytest.mark.parametrize("buckets", [1, 2, 5])
def test_shuffled_seed_claims_give_the_findings_of_align(buckets: int):
    """The seeds' hand-built claims (as extraction will give them), cut into parts that hold
    body-less documents as the workers do, routed, aligned per bucket and ordered once."""
    rules = load_rules([])
    claims, documents = list(seed_claims()), list(seed_documents())
    expected = align(claims, documents, rules)
    assert {finding.kind for finding in expected} >= {"agreement", "revision"}
    metadata = [story_view(document) for document in documents]
    parts = []
    for document in metadata:  # each document's claims cut in two parts, as chunks would
        own = [claim for claim in claims if claim.document == document.id]
        half = len(own) // 2
        parts += [Part([document], own[:half]), Part([document], own[half:])]
    assert routed(parts, metadata, rules, buckets) == expected


def test_documents_as_stories_read_them_give_the_stories_of_whole_documents():
    """The engine ships `story_view`s, not bodies: all ECB+ (982 articles, many stories) must
    be told apart exactly as from the whole documents."""
    documents, _ = read_inputs([str(shared_path("corpus", "ecbplus", "clusters"))], MAX_BYTES)
    rules = load_rules([])
    whole = stories_of(documents, rules)
    assert len(set(whole.values())) > 40
    assert stories_of([story_view(document) for document in documents], rules) == whole
    assert max(len(story_view(document).body) for document in documents) < max(
        len(document.body) for document in documents
    )
