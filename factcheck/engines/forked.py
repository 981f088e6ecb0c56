"""Alignment on every core of this machine: forked children inherit the blocks of claims
(nothing is pickled to them), align their share and send back only their findings.

Once extraction is over its workers are idle, and alignment in this one process left a core
unused for 2.6 s of the SaudiNewsNet week. Sending the claims to a pool cost more than it saved
(pickling ~38,000 claims there); a fork shares them for free. Where processes cannot be forked,
or on one job, blocks are aligned here. Findings are the same whichever process made them:
the caller orders them (`order_findings`).
"""

from __future__ import annotations

import multiprocessing
from functools import partial
from multiprocessing.connection import Connection

from factcheck.align.engine import BlocksAligner, each_block
from factcheck.align.rules import RuleSet
from factcheck.models import Claim, Document, Finding

# Below this many claims a fork costs more than the alignment it would share.
FORK_MIN_CLAIMS = 2_000


def block_aligner(jobs: int) -> BlocksAligner:
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return each_block
    return partial(align_forked, jobs)


def align_forked(
    jobs: int, blocks: list[list[Claim]], documents: dict[str, Document], rules: RuleSet
) -> list[Finding]:
    if sum(map(len, blocks)) < FORK_MIN_CLAIMS:
        return each_block(blocks, documents, rules)
    mine, *others = shares(blocks, jobs)
    context = multiprocessing.get_context("fork")
    children = []
    for share in others:
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(
            target=_align_share, args=(share, documents, rules, sender), daemon=True
        )
        child.start()
        sender.close()
        children.append((child, receiver, share))
    findings = each_block(mine, documents, rules)
    for child, receiver, share in children:
        try:
            rows: list[dict[str, object]] | None = receiver.recv()
        except EOFError:  # the child failed: its share is aligned here, and any fault raised
            rows = None
        child.join()
        if rows is None:
            findings.extend(each_block(share, documents, rules))
        else:
            findings.extend(Finding(**row) for row in rows)  # type: ignore[arg-type]
    return findings


def shares(blocks: list[list[Claim]], count: int) -> list[list[list[Claim]]]:
    """`count` groups of blocks of about equal claims, largest blocks placed first."""
    groups: list[list[list[Claim]]] = [[] for _ in range(count)]
    loads = [0] * count
    for block in sorted(blocks, key=len, reverse=True):
        lightest = loads.index(min(loads))
        groups[lightest].append(block)
        loads[lightest] += len(block)
    return groups


def _align_share(
    blocks: list[list[Claim]], documents: dict[str, Document], rules: RuleSet, sender: Connection
) -> None:
    # Plain field dicts: rebuilding a Finding costs less than unpickling one.
    sender.send([finding.__dict__ for finding in each_block(blocks, documents, rules)])
    sender.close()
