"""Aligns claims across documents under the rules and emits Findings.

The stage is split so that a distributed engine can map it: every claim has one blocking key,
only claims with the same key are ever compared, and each block is aligned on its own by a
pure function. `align` is the local composition of the three.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.align.rules import RuleSet
from factcheck.models import Claim, Document, Finding


def block_key(claim: Claim, rules: RuleSet) -> str:
    """Claims with different keys are never compared (different kinds, units, currencies)."""
    return f"{claim.kind}|{claim.unit or ''}"


def align_block(
    claims: list[Claim], documents: dict[str, Document], rules: RuleSet
) -> list[Finding]:
    """Findings of one block; `claims` in report order, `documents` holds at least theirs."""
    # The rule engine lands with the alignment issue; until then nothing is compared.
    return []


def order_findings(findings: Iterable[Finding]) -> list[Finding]:
    """The report's order, independent of how blocks were scheduled."""
    return sorted(findings, key=lambda finding: (finding.kind, finding.claims, finding.id))


def align(claims: list[Claim], documents: list[Document], rules: RuleSet) -> list[Finding]:
    by_id = {document.id: document for document in documents}
    return order_findings(align_blocks(claims, by_id, rules))


def align_blocks(
    claims: list[Claim], documents: dict[str, Document], rules: RuleSet
) -> list[Finding]:
    """Findings of every block among `claims` (in report order), in no particular order.

    The distributed engine calls it on each bucket of whole blocks, then orders the union.
    """
    blocks: dict[str, list[Claim]] = {}
    for claim in claims:
        blocks.setdefault(block_key(claim, rules), []).append(claim)
    return [
        finding for block in blocks.values() for finding in align_block(block, documents, rules)
    ]
