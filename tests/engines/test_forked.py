"""Alignment shared with forked children: the same findings as aligning every block here."""

from __future__ import annotations

import os

import pytest

from factcheck.align import load_rules
from factcheck.align.engine import blocks_of, each_block, order_findings
from factcheck.align.stories import stories_of, with_stories
from factcheck.engines import forked
from factcheck.extract import extract_document
from factcheck.read import read_inputs
from tests.conftest import shared_path

pytestmark = pytest.mark.skipif(
    forked.block_aligner(2) is each_block, reason="this platform cannot fork"
)


@pytest.fixture(scope="module")
def ecb_blocks():
    """Four ECB+ topics (both halves of each): blocks of many sizes, stories told apart."""
    folder = shared_path("corpus", "ecbplus", "clusters")
    paths = [
        str(folder / f"{topic}{half}.jsonl")
        for topic in (1, 2, 3, 4)
        for half in ("ecb", "ecbplus")
    ]
    documents, _ = read_inputs(paths, 1 << 30, lambda done, total: None)
    rules = load_rules([])
    claims = [claim for document in documents for claim in extract_document(document)]
    claims = with_stories(claims, stories_of(documents, rules))
    return blocks_of(claims, rules), {document.id: document for document in documents}, rules


def test_forked_alignment_gives_the_findings_of_one_process(ecb_blocks, monkeypatch):
    blocks, documents, rules = ecb_blocks
    monkeypatch.setattr(forked, "FORK_MIN_CLAIMS", 0)
    here = order_findings(each_block(blocks, documents, rules))
    for jobs in (2, 3):
        assert order_findings(forked.align_forked(jobs, blocks, documents, rules)) == here
    assert len(here) > 100
    assert {finding.kind for finding in here} >= {"agreement", "single_source"}


def test_a_child_that_dies_costs_nothing_but_time(ecb_blocks, monkeypatch):
    blocks, documents, rules = ecb_blocks
    monkeypatch.setattr(forked, "FORK_MIN_CLAIMS", 0)
    monkeypatch.setattr(forked, "_align_share", lambda *args: os._exit(3))
    here = order_findings(each_block(blocks, documents, rules))
    assert order_findings(forked.align_forked(2, blocks, documents, rules)) == here


def test_shares_hold_about_equal_claims(ecb_blocks):
    blocks, _, _ = ecb_blocks
    groups = forked.shares(blocks, 2)
    sizes = [sum(map(len, group)) for group in groups]
    assert sum(sizes) == sum(map(len, blocks))
    assert abs(sizes[0] - sizes[1]) <= max(map(len, blocks))
    assert sorted(map(id, (b for group in groups for b in group))) == sorted(map(id, blocks))
