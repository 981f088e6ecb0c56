"""One self-contained HTML page: summary, filters, findings side by side, timelines, articles.

Article text is untrusted. Jinja2 autoescapes every value, in text and in attributes; the one
block of inline JSON is escaped so that no "</script>" in it can end the element; a Content
Security Policy allows only the page's own inline style and script, by hash.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from markupsafe import Markup

from factcheck import __version__
from factcheck.lang.detect import right_to_left
from factcheck.models import Claim, Document, Report
from factcheck.report.timeline import Timeline, timeline
from factcheck.report.view import KIND_LABEL, KIND_ORDER, ClaimView, Story, build
from factcheck.settings import Settings

if TYPE_CHECKING:
    from jinja2 import Environment

# Past this many findings a page gets slow to open; the JSON report has them all.
MAX_FINDINGS = 5000
# Single-source findings are the bulk of a large run and the least urgent: hidden at first.
HIDDEN_KINDS = frozenset({"single_source"})


@dataclass(slots=True)
class Article:
    document: Document
    anchor: str
    direction: str
    claims: list[tuple[Claim, str]] = field(default_factory=list)

    def segments(self) -> list[tuple[str, str | None]]:
        """The body cut at the shown claims: (text, claim anchor or None) in order."""
        body, at = self.document.body, 0
        out: list[tuple[str, str | None]] = []
        for claim, anchor in sorted(self.claims, key=lambda item: item[0].start):
            if claim.start < at:  # overlapping spans never come from extraction; skip safely
                continue
            out.append((body[at : claim.start], None))
            out.append((body[claim.start : claim.end], anchor))
            at = claim.end
        out.append((body[at:], None))
        return out


def render(report: Report, settings: Settings) -> str:
    view = build(report)
    stories, truncated = _capped(view.stories)
    articles: dict[str, Article] = {}
    anchors: dict[str, str] = {}
    for story in stories:
        for finding in story.findings:
            for claim_view in finding.claims:
                document = claim_view.document
                article = articles.get(document.id)
                if article is None:
                    article = Article(document, f"doc-{len(articles)}", direction(document))
                    articles[document.id] = article
                if claim_view.claim.id not in anchors:
                    anchors[claim_view.claim.id] = f"claim-{len(anchors)}"
                    article.claims.append((claim_view.claim, anchors[claim_view.claim.id]))
    timelines: dict[str, Timeline | None] = {
        finding.finding.id: timeline(finding, anchors)
        for story in stories
        for finding in story.findings
        if finding.kind in ("conflict", "revision")
    }
    index = [
        {
            "id": f.finding.id,
            "kind": f.kind,
            "severity": f.finding.severity,
            "known": f.finding.known,
            "story": story.title,
        }
        for story in stories
        for f in story.findings
    ]
    style, script = _asset("report.css"), _asset("report.js")
    page = (
        _environment()
        .get_template("report.html.j2")
        .render(
            report=report,
            summary=report.summary,
            stories=stories,
            truncated=truncated,
            articles=sorted(articles.values(), key=lambda a: a.document.id),
            articles_by_id=articles,
            anchors=anchors,
            timelines=timelines,
            kinds=sorted(KIND_LABEL, key=KIND_ORDER.__getitem__),
            kind_label=KIND_LABEL,
            hidden_kinds=HIDDEN_KINDS,
            known_count=sum(1 for f in report.findings if f.known),
            style=Markup(style),
            script=Markup(script),
            index_json=Markup(script_json(index)),
            csp=content_security_policy(style, script),
            version=__version__,
            safe_url=safe_url,
            verbose=settings.verbose,
        )
    )
    return page


def direction(document: Document) -> str:
    if document.language is None:
        return "auto"
    return "rtl" if document.language.split("-")[0].lower() in right_to_left() else "ltr"


def figure_parts(view: ClaimView) -> tuple[str, str, str]:
    """The sentence as (before, figure, after); the figure is empty when it cannot be placed."""
    sentence = view.claim.sentence
    if view.span is None:
        return sentence, "", ""
    start, end = view.span
    return sentence[:start], sentence[start:end], sentence[end:]


def number(value: float) -> str:
    return f"{value:,.0f}" if value.is_integer() else f"{value:,}"


_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")


def safe_url(url: str | None) -> str | None:
    """Only web addresses become links: never javascript:, data: or file: from metadata."""
    if not url:
        return None
    url = url.strip()
    scheme = _SCHEME.match(url)
    return url if scheme and scheme.group(1).lower() in ("http", "https") else None


def script_json(data: object) -> str:
    """JSON safe inside <script>: no "</script>", "<!--" or line separators can break out."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


def content_security_policy(style: str, script: str) -> str:
    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")

    return (
        "default-src 'none'; "
        f"style-src 'sha256-{digest(style)}'; "
        f"script-src 'sha256-{digest(script)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _capped(stories: list[Story]) -> tuple[list[Story], int]:
    """Stories holding at most MAX_FINDINGS findings, worst first; and how many were left out."""
    kept, left = [], MAX_FINDINGS
    for story in stories:
        if left > 0:
            kept.append(Story(story.title, story.findings[:left]))
            left -= len(kept[-1].findings)
    shown = sum(len(story.findings) for story in kept)
    return kept, sum(len(story.findings) for story in stories) - shown


@cache
def _asset(name: str) -> str:
    return files("factcheck.report").joinpath("templates", name).read_text(encoding="utf-8")


@cache
def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(
        loader=PackageLoader("factcheck.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(figure_parts=figure_parts, direction=direction, number=number)
    return environment
