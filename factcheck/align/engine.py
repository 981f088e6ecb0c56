"""Aligns claims across documents under the rules and emits Findings.

The stage is split so that a distributed engine can map it: `assign_stories` tells the
stories of a run apart (it needs every document), then every claim has one blocking key,
only claims with the same key are ever compared, and each block is aligned on its own by a
pure function. `align` is the local composition of the four.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import combinations

from factcheck.align.compare import CompiledRules, Verdict, judge, similarity
from factcheck.align.features import (
    Features,
    concept_of,
    features,
    one_specific_value,
    reuse_reading,
)
from factcheck.align.findings import build_findings, finding_of
from factcheck.align.fingerprint import disambiguate
from factcheck.align.pairs import Proposal, across_concepts, candidate_pairs, deduplicate
from factcheck.align.rules import ComparableRule, RuleSet, concept_kept_kinds, open_unit_kinds
from factcheck.align.stories import assign_stories, stories_of
from factcheck.extract.units import broader_concepts, generic_concepts
from factcheck.models import Claim, Document, Finding, split_subject

__all__ = [
    "align",
    "align_block",
    "align_blocks",
    "assign_stories",
    "block_key",
    "blocks_of",
    "order_findings",
]


def block_key(claim: Claim, rules: RuleSet, story: str | None = None) -> str:
    """Claims with different keys are never compared (stories, kinds, units, concepts).

    `story`, when given, stands for the claim's own (the caller holds a document -> story map).
    """
    return f"{story or claim.story or ''}{_kind_key(claim, rules)}"


def _kind_key(claim: Claim, rules: RuleSet) -> str:
    """The key's part after the story, told by the claim's kind, unit and subject alone."""
    # a date of no named event is compared with the dates of every event (rule FC034), so dates
    # share a block whatever their event; the block's pairs keep two events apart (pairs.py)
    kept = claim.kind in concept_kept_kinds(rules)
    concept = (concept_of(claim, rules) or "") if kept else ""
    # a count's unit is its concept, a date has none; where a figure of no stated unit meets
    # every unit (rule FC031: a sum of unstated currency), stated units are kept apart by the
    # rule, not the key
    keyed = claim.kind not in ("count", "date") and claim.kind not in open_unit_kinds(rules)
    unit = (claim.unit or "") if keyed else ""
    return f"|{claim.kind}|{unit}|{concept}"


def align_block(
    claims: list[Claim], documents: dict[str, Document], rules: RuleSet
) -> list[Finding]:
    """Findings of one block; `claims` in report order, `documents` holds at least theirs."""
    compiled = CompiledRules.of(rules)
    single = compiled.single
    if len(claims) == 1:  # nothing to compare, no features needed: 43% of the week's blocks
        if single is None or claims[0].kind not in single.applies_to:
            return []
        return [finding_of(single, claims)]
    if claims[0].kind in compiled.open_concepts:
        by_concept: dict[str | None, list[Claim]] = {}
        for claim in claims:
            by_concept.setdefault(concept_of(claim, rules), []).append(claim)
        if len(by_concept) > 1:
            order = {claim.id: at for at, claim in enumerate(claims)}
            return _across_concepts(by_concept, order, documents, rules, compiled)
    return _aligned(claims, documents, rules, compiled)


def _across_concepts(
    by_concept: dict[str | None, list[Claim]],
    order: dict[str, int],
    documents: dict[str, Document],
    rules: RuleSet,
    compiled: CompiledRules,
) -> list[Finding]:
    """A block of counts of several concepts: each concept's aligned on its own, as in a block
    of its own. A count that no other agrees with, of no concept or of a generic one (people),
    and that agrees with counts of one concept only, of any concept or a narrower one
    ("6672 من منسوبي الوزارة" / "6672 عاملاً", "(439491) شخصاً" / "439491 مقيمًا"), joins that
    concept's alignment, where it may agree and nothing else (a bare "20" is no account of
    "30 مصابا")."""
    read: dict[str, Features] = {}
    aligned = {
        concept: _aligned(claims, documents, rules, compiled, read=read)
        for concept, claims in by_concept.items()
    }
    gate = compiled.comparable.get(next(iter(by_concept.values()))[0].kind)
    if gate is None or not gate.across_concepts_similarity:
        return [finding for findings in aligned.values() for finding in findings]
    generic, broader = generic_concepts(), broader_concepts()
    source: dict[str, str | None] = {
        finding.claims[0]: concept
        for concept, findings in aligned.items()
        if concept is None or concept in generic
        for finding in findings
        if finding.kind == "single_source"
    }
    lone = [
        _of_no_concept(claim)
        for concept, claims in by_concept.items()
        for claim in claims
        if claim.id in source
    ]
    known = [
        claim for concept, claims in by_concept.items() if concept is not None for claim in claims
    ]
    adopted: dict[str, str | None] = {}
    items = features(lone + known, documents, rules)
    reuse_reading(items, read)
    for a, b, rare_words in across_concepts(items, gate):
        alone, other = (a, b) if a.concept is None else (b, a)
        taken = source[alone.claim.id]
        if taken is not None and broader.get(other.concept or "") != taken:
            continue  # a generic count joins only a narrower concept: people, not houses
        verdict = judge(alone, other, compiled, rare_words)
        if verdict is None or not _agrees_across(verdict, gate):
            continue
        if adopted.setdefault(alone.claim.id, other.concept) != other.concept:
            adopted[alone.claim.id] = None  # counts of two concepts: which, is not known
    # a generic concept that counts of no concept join keeps its own counts
    for claim_id in list(adopted):
        taken = source[claim_id]
        if taken is not None and taken in adopted.values():
            adopted[claim_id] = None
    joining: dict[str | None, list[Claim]] = {}
    for claim in lone:
        concept = adopted.get(claim.id)
        if concept is not None:
            joining.setdefault(concept, []).append(claim)
    findings = [
        finding
        for concept, held in aligned.items()
        if concept not in joining
        for finding in held
        if not (finding.kind == "single_source" and adopted.get(finding.claims[0]))
    ]
    for concept, claims in joining.items():
        joined = sorted(by_concept[concept] + claims, key=lambda claim: order[claim.id])
        findings.extend(_aligned(joined, documents, rules, compiled, agree_only=True, read=read))
    return findings


def _of_no_concept(claim: Claim) -> Claim:
    """The count as one of no concept: how a count that joins another concept is compared."""
    owner, _ = split_subject(claim.subject)
    return claim.model_copy(update={"unit": None, "subject": f"{owner}/*" if owner else None})


def _agrees_across(verdict: Verdict, gate: ComparableRule) -> bool:
    """A count of no concept and one of a concept: an agreement of two articles in windows
    alike enough (one article's template told twice, "He leaves behind a wife and two
    children" / "... and two grown daughters", is two families)."""
    old, new = verdict.old, verdict.new
    return (
        verdict.rule.finding == "agreement"
        and old.claim.document != new.claim.document
        and similarity(old, new)
        >= (
            min(gate.across_concepts_similarity, gate.specific_value_similarity)
            if gate.specific_value_similarity and one_specific_value(old, new, gate)
            else gate.across_concepts_similarity
        )
    )


def _aligned(
    claims: list[Claim],
    documents: dict[str, Document],
    rules: RuleSet,
    compiled: CompiledRules,
    agree_only: bool = False,
    read: dict[str, Features] | None = None,
) -> list[Finding]:
    """Findings of claims aligned as one block; `agree_only`: a pair of a claim of no concept
    and one of a concept may only agree; `read`: what earlier passes over these claims read
    of their sentences (`reuse_reading`)."""
    single = compiled.single
    if len(claims) == 1:
        if single is None or claims[0].kind not in single.applies_to:
            return []
        return [finding_of(single, claims)]
    items = features(claims, documents, rules)
    if read is not None:
        reuse_reading(items, read)
    representatives, copies = deduplicate(items)
    verdicts = []
    gate = compiled.comparable.get(claims[0].kind)
    # a kind no comparable rule gates has no gate to narrow its pairs for: every pair
    pairs = (
        (Proposal(a, b) for a, b in combinations(representatives, 2))
        if gate is None
        else candidate_pairs(representatives, gate)
    )
    # the proposal tells the judge which pairs' windows share the story's rare words
    for a, b, rare_words in pairs:
        verdict = judge(a, b, compiled, rare_words)
        if verdict is None:
            continue
        across = a.concept != b.concept
        if agree_only and across and (gate is None or not _agrees_across(verdict, gate)):
            continue
        verdicts.append(verdict)
    agreement = (
        next(
            (r for r in compiled.findings.get(claims[0].kind, ()) if r.finding == "agreement"), None
        )
        if claims
        else None
    )
    if agreement is not None:
        verdicts.extend(Verdict(agreement, first, copy) for first, copy in copies)
    return build_findings(items, verdicts, single)


def order_findings(findings: Iterable[Finding]) -> list[Finding]:
    """The report's order, independent of how blocks were scheduled; ids made unique."""
    # The claim ids compared as they are: ranking them first (a sort of every claim id, then a
    # list of ranks per finding) cost twice the sort itself (0.11 s against 0.05 s on the
    # SaudiNewsNet week's 30,800 findings), and this runs after every block, on one core.
    ordered = sorted(findings, key=lambda finding: (finding.kind, finding.claims, finding.id))
    unique = disambiguate([finding.id for finding in ordered])
    return [
        finding if finding.id == new_id else finding.model_copy(update={"id": new_id})
        for finding, new_id in zip(ordered, unique, strict=True)
    ]


# Aligns a list of blocks, in any order and on any cores: the local engine may fork.
BlocksAligner = Callable[[list[list[Claim]], dict[str, Document], RuleSet], list[Finding]]


def align(
    claims: list[Claim],
    documents: list[Document],
    rules: RuleSet,
    stories: dict[str, str] | None = None,
    aligner: BlocksAligner | None = None,
) -> list[Finding]:
    """`stories` (from `stories_of`) when the caller already told them apart, else here.

    Claims are blocked by the story of their document without being copied to carry it
    (0.2 s for the week's 38,000): every claim of a block has the block's story, so within a
    block the rules' `same_story` gate holds whatever `Claim.story` says.
    """
    if stories is None:
        stories = stories_of(documents, rules)
    by_id = {document.id: document for document in documents}
    blocks = blocks_of(claims, rules, stories)
    return order_findings((aligner or each_block)(blocks, by_id, rules))


def align_blocks(
    claims: list[Claim], documents: dict[str, Document], rules: RuleSet
) -> list[Finding]:
    """Findings of every block among `claims` (in report order, stories assigned), unordered.

    The distributed engine calls it on each bucket of whole blocks, then orders the union.
    """
    return each_block(blocks_of(claims, rules), documents, rules)


def blocks_of(
    claims: list[Claim], rules: RuleSet, stories: dict[str, str] | None = None
) -> list[list[Claim]]:
    """Claims (in report order) grouped by blocking key, each block in that order; a claim's
    story is its document's in `stories` when given, else its own (`assign_stories`)."""
    blocks: dict[str, list[Claim]] = {}
    # The part of the key after the story, once per kind, unit and subject (a few thousand of
    # them on the SaudiNewsNet week's 44,000 claims): this runs on one core before the aligning
    # processes fork.
    kind_keys: dict[tuple[str, str | None, str | None], str] = {}
    for claim in claims:
        story = None if stories is None else stories.get(claim.document, claim.document)
        told = (claim.kind, claim.unit, claim.subject)
        kind_key = kind_keys.get(told)
        if kind_key is None:
            kind_key = kind_keys[told] = _kind_key(claim, rules)
        blocks.setdefault(f"{story or claim.story or ''}{kind_key}", []).append(claim)
    return list(blocks.values())


def each_block(
    blocks: list[list[Claim]], documents: dict[str, Document], rules: RuleSet
) -> list[Finding]:
    return [finding for block in blocks for finding in align_block(block, documents, rules)]
