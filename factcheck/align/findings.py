"""Pair verdicts -> Findings: agreeing claims held together, conflicts and revisions between."""

from __future__ import annotations

from factcheck.align.compare import Verdict, similarity
from factcheck.align.features import Features
from factcheck.align.fingerprint import fingerprint
from factcheck.align.rules import FindingRule
from factcheck.models import Claim, Finding


def _finding(rule: FindingRule, members: list[Features]) -> Finding:
    """`members` in message order: a is the first (the earlier figure), b the last."""
    return finding_of(rule, [item.claim for item in members])


def finding_of(rule: FindingRule, claims: list[Claim]) -> Finding:
    text = rule.message.format(  # fields checked when the rule was loaded
        a=claims[0],
        b=claims[-1],
        n=len(claims),
        docs=len({claim.document for claim in claims}),
    )
    return Finding(
        id=fingerprint(rule.id, claims),
        kind=rule.finding,
        claims=[claim.id for claim in claims],
        rule=rule.id,
        message=text,
        severity=rule.severity,
    )


class _Groups:
    """Union-find over claim indexes; a group's root is its first claim in report order."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        x, y = self.root(i), self.root(j)
        if x != y:
            self.parent[max(x, y)] = min(x, y)


def build_findings(
    items: list[Features], verdicts: list[Verdict], single: FindingRule | None
) -> list[Finding]:
    """Agreements are the connected groups of agreeing pairs; a conflict or a revision links two
    such groups once, holding the claims whose pairs disagree; a lone claim is a single source."""
    groups = _Groups(len(items))
    agreement: dict[int, FindingRule] = {}
    for verdict in verdicts:
        if verdict.rule.finding == "agreement":
            groups.join(verdict.old.index, verdict.new.index)
            agreement.setdefault(verdict.old.index, verdict.rule)
    members: dict[int, list[Features]] = {}
    for item in items:
        members.setdefault(groups.root(item.index), []).append(item)

    findings = []
    linked: set[int] = set()
    for group, held in members.items():
        if len(held) > 1:
            rule = next(agreement[item.index] for item in held if item.index in agreement)
            findings.append(_finding(rule, held))
            linked.add(group)

    agreed_with: dict[int, set[str]] = {}  # claim -> articles it has an agreeing claim in
    for verdict in verdicts:
        if verdict.rule.finding == "agreement":
            agreed_with.setdefault(verdict.old.index, set()).add(verdict.new.claim.document)
            agreed_with.setdefault(verdict.new.index, set()).add(verdict.old.claim.document)

    listed = _Listed(items)
    between: dict[tuple[int, int, str], tuple[FindingRule, dict[int, Features]]] = {}
    for verdict in verdicts:
        if verdict.rule.finding == "agreement":
            continue
        old, new = verdict.old, verdict.new
        yielding = verdict.rule.yield_to_agreement
        if yielding and (
            old.claim.document in agreed_with.get(new.index, ())
            or (yielding is True and new.claim.document in agreed_with.get(old.index, ()))
        ):
            continue
        listing = verdict.rule.yield_to_listed_value
        if listing and (listed.lists(old, new, listing) or listed.lists(new, old, listing)):
            continue
        key = (groups.root(verdict.old.index), groups.root(verdict.new.index), verdict.rule.id)
        _, held_pairs = between.setdefault(key, (verdict.rule, {}))
        held_pairs[verdict.old.index] = verdict.old
        held_pairs[verdict.new.index] = verdict.new
        linked.update(key[:2])
    for (old_group, _, _), (rule, held_pairs) in sorted(between.items()):
        ordered = sorted(
            held_pairs.values(), key=lambda m: (groups.root(m.index) != old_group, m.index)
        )
        findings.append(_finding(rule, ordered))

    if single is not None:
        findings.extend(
            _finding(single, held)
            for group, held in members.items()
            if group not in linked and held[0].claim.kind in single.applies_to
        )
    return findings


class _Listed:
    """The figures of each article of a block, indexed when a rule first asks."""

    def __init__(self, items: list[Features]) -> None:
        self.items = items
        self.by_document: dict[tuple[str, bool], list[Features]] | None = None

    def lists(self, own: Features, other: Features, threshold: int) -> bool:
        """Whether `own`'s article states `other`'s figure (of its sort: a rank or not) in words
        at least `threshold` alike to those of `own`."""
        if other.values is None:
            return False
        if self.by_document is None:
            self.by_document = {}
            for item in self.items:
                if item.values is not None:
                    key = (item.claim.document, item.claim.ordinal)
                    self.by_document.setdefault(key, []).append(item)
        return any(
            item.values is not None
            and item.values.overlaps(other.values)
            and similarity(item, own) >= threshold
            for item in self.by_document.get((own.claim.document, own.claim.ordinal), ())
            if item is not own
        )
