"""HTML to the article's text (claim offsets count in it) and the metadata the page states."""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

# Not article text: code, chrome and navigation.
_DROP = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button"
_BLOCK = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "caption",
        "summary",
        "details",
    ]
)
_SPACE = re.compile(r"[ \t\r\n\f]+")
_BLANK_LINES = re.compile(r" *\n[ \n]*")


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    tree = LexborHTMLParser(html)
    metadata = _metadata(tree)
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    parts: list[str] = []
    if root is not None:
        for node in root.traverse(include_text=True):
            if node.tag == "-text":
                parts.append(_SPACE.sub(" ", node.text_content or ""))
            elif node.tag in _BLOCK:
                parts.append("\n\n")
    text = _BLANK_LINES.sub(lambda m: "\n\n" if m.group().count("\n") > 1 else "\n", "".join(parts))
    return text.strip(), metadata


def _metadata(tree: LexborHTMLParser) -> dict[str, Any]:
    found: dict[str, Any] = {}
    metas = {
        "og:title": "title",
        "og:site_name": "outlet",
        "article:published_time": "published",
        "og:url": "url",
    }
    for node in tree.css("meta[property], meta[name]"):
        key = metas.get((_attr(node, "property") or _attr(node, "name") or "").lower())
        content = _attr(node, "content")
        if key and content and key not in found:
            found[key] = content.strip()
    title = tree.css_first("title")
    if "title" not in found and title is not None and title.text(strip=True):
        found["title"] = title.text(strip=True)
    html = tree.css_first("html")
    if html is not None and html.attributes.get("lang"):
        found["language"] = (html.attributes["lang"] or "").split("-")[0].lower()
    return found


def _attr(node: LexborNode, name: str) -> str | None:
    value = node.attributes.get(name)
    return value if isinstance(value, str) else None
