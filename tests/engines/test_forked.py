"""Alignment shared with forked children: the same findings as aligning every block here."""

from __future__ import annotations

import multiprocessing
import os
import sys

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


def test_tasks_hold_every_block_once_largest_first(ecb_blocks):
    blocks, _, _ = ecb_blocks
    tasks = forked.tasks_of(blocks)
    sizes = [sum(map(len, task)) for task in tasks]
    assert all(size >= forked.TASK_CLAIMS for size in sizes[:-1])
    assert sorted(map(id, (b for task in tasks for b in task))) == sorted(map(id, blocks))
    in_order = [len(block) for task in tasks for block in task]
    assert in_order == sorted(in_order, reverse=True)
    # several tasks to share: 9 since the counts of every concept share a block (10 since the
    # dates of every event do, 11 before)
    assert len(tasks) >= 9


def test_a_child_that_dies_after_taking_tasks_costs_nothing_but_time(ecb_blocks, monkeypatch):
    blocks, documents, rules = ecb_blocks
    monkeypatch.setattr(forked, "FORK_MIN_CLAIMS", 0)
    real = forked._taken

    def take_then_die(tasks, counter):
        taken = real(tasks, counter)
        if multiprocessing.parent_process() is not None:  # the child: sends one task, takes
            yield next(taken)  # another and dies before sending it
            next(taken, None)
            os._exit(3)
        yield from taken

    monkeypatch.setattr(forked, "_taken", take_then_die)
    here = order_findings(each_block(blocks, documents, rules))
    assert order_findings(forked.align_forked(2, blocks, documents, rules)) == here


def test_work_beside_the_children_runs_here_once_and_only_when_they_are_forked(
    ecb_blocks, monkeypatch
):
    blocks, documents, rules = ecb_blocks
    here = order_findings(each_block(blocks, documents, rules))
    ran: list[int] = []

    def meanwhile() -> None:
        ran.append(os.getpid())

    aligned = forked.block_aligner(2, meanwhile)(blocks, documents, rules)
    assert ran == []  # too few claims to fork (the ECB+ topics hold fewer than 2,000)
    monkeypatch.setattr(forked, "FORK_MIN_CLAIMS", 0)
    forked_findings = forked.block_aligner(2, meanwhile)(blocks, documents, rules)
    assert ran == [os.getpid()]
    assert order_findings(aligned) == order_findings(forked_findings) == here


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux resizes a pipe's buffer")
def test_a_childs_pipe_holds_what_it_sends_while_the_head_is_rendered():
    import fcntl

    receiver, sender = multiprocessing.get_context("fork").Pipe(duplex=False)
    with receiver, sender:
        if fcntl.fcntl(sender.fileno(), fcntl.F_GETPIPE_SZ) >= 1 << 20:
            pytest.skip("this kernel's default pipe already holds 1 MiB: nothing to widen")
        forked._widen(sender)
        assert fcntl.fcntl(sender.fileno(), fcntl.F_GETPIPE_SZ) >= 1 << 20
