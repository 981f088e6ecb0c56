"""Alignment on every core of this machine: forked children inherit the blocks of claims
(nothing is pickled to them), take tasks of blocks from a counter they share with this process
and send back only their findings, task by task.

Once extraction is over its workers are idle, and alignment in this one process left a core
unused for 2.6 s of the SaudiNewsNet week. Sending the claims to a pool cost more than it saved
(pickling ~38,000 claims there); a fork shares them for free. Where processes cannot be forked,
or on one job, blocks are aligned here. Findings are the same whichever process made them:
the caller orders them (`order_findings`). Work that needs no findings (the report's head,
report/early.py) is done here while the children start aligning, before this process takes
blocks: its share shrinks by as much.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterator
from functools import partial
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized

from factcheck.align.anchors import prepare
from factcheck.align.engine import BlocksAligner, each_block
from factcheck.align.rules import RuleSet
from factcheck.models import Claim, Document, Finding, sharing_fields_set

if sys.platform == "linux":  # elsewhere a pipe's buffer cannot be resized
    import fcntl

# Below this many claims a fork costs more than the alignment it would share.
FORK_MIN_CLAIMS = 2_000

# Blocks are handed out in tasks of at least this many claims (about 5 ms of work): few trips
# to the shared counter, and the processes still end within a few milliseconds of each other.
TASK_CLAIMS = 64

# A child's pipe buffer, the largest granted: 4 MB holds all that a child of the SaudiNewsNet
# week sends (3.5 MB); 1 MB is what Linux grants any user by default.
PIPE_BYTES = (4 << 20, 1 << 20)


def block_aligner(jobs: int, meanwhile: Callable[[], None] | None = None) -> BlocksAligner:
    """`meanwhile` is run here once forked children align; not when none is forked (it
    would run beside nothing)."""
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return each_block
    return partial(align_forked, jobs, meanwhile=meanwhile)


def align_forked(
    jobs: int,
    blocks: list[list[Claim]],
    documents: dict[str, Document],
    rules: RuleSet,
    meanwhile: Callable[[], None] | None = None,
) -> list[Finding]:
    if sum(map(len, blocks)) < FORK_MIN_CLAIMS:
        return each_block(blocks, documents, rules)
    tasks = tasks_of(blocks)
    prepare({document.language or "" for document in documents.values()})
    context = multiprocessing.get_context("fork")
    # The next task to take, shared by every process: whichever is ahead (this one does
    # `meanwhile` first) takes more, so that all end within one small task.
    # Shares fixed in advance by claims took 15% apart on the SaudiNewsNet week: a large block
    # costs more per claim.
    counter = context.Value("q", 0)
    receivers = []
    children = []
    for _ in range(jobs - 1):
        receiver, sender = context.Pipe(duplex=False)
        _widen(sender)
        child = context.Process(
            target=_align_share, args=(tasks, counter, documents, rules, sender), daemon=True
        )
        child.start()
        sender.close()
        children.append(child)
        receivers.append(receiver)
    if meanwhile is not None:
        meanwhile()
    findings: list[Finding] = []
    done: set[int] = set()
    for index in _taken(tasks, counter):
        findings.extend(each_block(tasks[index], documents, rules))
        done.add(index)
        # The children's findings so far, between two tasks: taken in while they still align,
        # instead of all at the end while the other cores wait.
        receivers = [r for r in receivers if _received(r, findings, done, wait=False)]
    for receiver in receivers:
        _received(receiver, findings, done, wait=True)
    for child in children:
        child.join()
    for index, task in enumerate(tasks):
        if index not in done:  # taken by a child that failed; and any fault is raised here
            findings.extend(each_block(task, documents, rules))
    return findings


def _widen(sender: Connection) -> None:
    """While this process renders the report's head (`meanwhile`, 0.4 s of the SaudiNewsNet
    week) it reads nothing from the children, and a child blocked as soon as the 64 KB of a
    pipe's default buffer were full: it sends about 1 MB of findings in that time."""
    if sys.platform != "linux":
        return
    for size in PIPE_BYTES:
        try:
            fcntl.fcntl(sender.fileno(), fcntl.F_SETPIPE_SZ, size)
        except OSError:  # above what this user may ask (/proc/sys/fs/pipe-max-size)
            continue
        return


def tasks_of(blocks: list[list[Claim]]) -> list[list[list[Claim]]]:
    """Blocks in groups of at least TASK_CLAIMS claims, largest blocks first, so that the last
    tasks taken are small ones."""
    tasks: list[list[list[Claim]]] = []
    task: list[list[Claim]] = []
    claims = 0
    for block in sorted(blocks, key=len, reverse=True):
        task.append(block)
        claims += len(block)
        if claims >= TASK_CLAIMS:
            tasks.append(task)
            task, claims = [], 0
    if task:
        tasks.append(task)
    return tasks


def _taken(tasks: list[list[list[Claim]]], counter: Synchronized[int]) -> Iterator[int]:
    """The indexes of the tasks this process takes, until none is left."""
    while True:
        with counter.get_lock():
            index = counter.value
            counter.value = index + 1
        if index >= len(tasks):
            return
        yield index


# A child sends each finding's every field (its __dict__).
_ALL_FIELDS = tuple(Finding.model_fields)


def _received(receiver: Connection, findings: list[Finding], done: set[int], wait: bool) -> bool:
    """Adds what a child has sent (with `wait`: until it ends); False once it has ended."""
    while wait or receiver.poll():
        try:
            message: tuple[list[dict[str, object]], int] | None = receiver.recv()
        except EOFError:  # the child failed: the tasks it took and did not send are redone
            return False
        if message is None:
            return False
        rows, index = message
        findings.extend(
            sharing_fields_set(Finding(**row), _ALL_FIELDS)  # type: ignore[arg-type]
            for row in rows
        )
        done.add(index)
    return True


def _align_share(
    tasks: list[list[list[Claim]]],
    counter: Synchronized[int],
    documents: dict[str, Document],
    rules: RuleSet,
    sender: Connection,
) -> None:
    for index in _taken(tasks, counter):
        # Each task's findings as soon as they are made, as plain field dicts: rebuilding a
        # Finding costs less than unpickling one.
        findings = each_block(tasks[index], documents, rules)
        sender.send(([finding.__dict__ for finding in findings], index))
    sender.send(None)  # all sent: an end without it is a failure
    sender.close()
