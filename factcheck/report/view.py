"""What every human-facing renderer shows: findings grouped into stories, worst first.

The terminal, HTML and Markdown reports differ in markup only; the grouping, the order and
where the figure sits in its sentence are decided here once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.models import Claim, Document, Finding, Report

# The order an editor reads: what contradicts first, what merely repeats last.
KIND_ORDER = {"conflict": 0, "revision": 1, "agreement": 2, "single_source": 3}
KIND_LABEL = {
    "conflict": "conflict",
    "revision": "revision",
    "agreement": "agreement",
    "single_source": "single source",
}
DETAILED_KINDS = frozenset({"conflict", "revision"})


@dataclass(frozen=True, slots=True)
class ClaimView:
    claim: Claim
    document: Document
    # Where the claim's text lies in claim.sentence, or None when it cannot be placed.
    span: tuple[int, int] | None

    @property
    def source(self) -> list[str]:
        """Article, outlet, date: the parts that are known (shown apart, each in its direction)."""
        parts = [self.document.id, self.document.outlet, self.document.published]
        return [part for part in parts if part]


@dataclass(frozen=True, slots=True)
class FindingView:
    finding: Finding
    claims: list[ClaimView]

    @property
    def kind(self) -> str:
        return self.finding.kind

    @property
    def figures(self) -> list[str]:
        return list(dict.fromkeys(view.claim.text for view in self.claims))

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(view.document.outlet or view.document.id for view in self.claims))


@dataclass(slots=True)
class Story:
    title: str
    findings: list[FindingView] = field(default_factory=list)

    @property
    def rank(self) -> int:
        return min(KIND_ORDER[view.kind] for view in self.findings)


@dataclass(frozen=True, slots=True)
class ReportView:
    report: Report
    stories: list[Story]
    documents: dict[str, Document]

    def detailed(self, verbose: bool) -> list[Story]:
        """Stories restricted to the findings shown in full."""
        kept = []
        for story in self.stories:
            views = [v for v in story.findings if verbose or v.kind in DETAILED_KINDS]
            if views:
                kept.append(Story(story.title, views))
        return kept

    def collapsed(self, verbose: bool) -> list[tuple[Story, FindingView]]:
        """The findings left for the compact table (none with --verbose)."""
        if verbose:
            return []
        rows = [
            (story, view)
            for story in self.stories
            for view in story.findings
            if view.kind not in DETAILED_KINDS
        ]
        return sorted(rows, key=lambda row: KIND_ORDER[row[1].kind])  # agreements first


def build(report: Report) -> ReportView:
    documents = {document.id: document for document in report.documents}
    claims = {claim.id: claim for claim in report.claims}
    stories: dict[str, Story] = {}
    for finding in report.findings:
        views = [
            claim_view(claims[claim_id], documents[claims[claim_id].document])
            for claim_id in finding.claims
            if claim_id in claims and claims[claim_id].document in documents
        ]
        if not views:
            continue
        title = story_title(views[0].claim, views[0].document)
        stories.setdefault(title, Story(title)).findings.append(FindingView(finding, views))
    ordered = sorted(stories.values(), key=lambda story: story.rank)  # stable: first seen first
    for story in ordered:
        story.findings.sort(key=lambda view: KIND_ORDER[view.kind])
    return ReportView(report, ordered, documents)


def story_title(claim: Claim, document: Document) -> str:
    """The story a finding belongs to: what its figure is about and where, else its article."""
    if claim.subject is None:
        return document.title or document.id
    return f"{claim.subject} · {claim.location}" if claim.location else claim.subject


def claim_view(claim: Claim, document: Document) -> ClaimView:
    return ClaimView(claim, document, figure_span(claim, document.body))


def figure_span(claim: Claim, body: str) -> tuple[int, int] | None:
    """The claim's offsets inside its sentence.

    The sentence is found in the body where it must contain the claim, so a figure that
    occurs twice in one sentence is placed at the occurrence the claim is about.
    """
    sentence, length = claim.sentence, claim.end - claim.start
    if body and sentence:
        begin = body.find(sentence, max(0, claim.end - len(sentence)), claim.start + len(sentence))
        if begin != -1:
            return claim.start - begin, claim.start - begin + length
    found = sentence.find(claim.text)
    return (found, found + len(claim.text)) if found != -1 else None
