"""The HTML report: self-contained, escaped, right-to-left where the article is, and working
in a real headless Chromium (skipped, with the reason, where none is installed)."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from factcheck.report.html_report import render, safe_url, script_json
from factcheck.settings import Settings
from tests.report.chromium import Browser, find_browser
from tests.report.sample import hostile_report, sample_report


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(page)
    return parser.tags


def test_hostile_article_text_stays_text_in_every_context():
    page = render(hostile_report(), Settings(verbose=True))
    tags = parse(page)
    assert [tag for tag, _ in tags if tag in ("script", "img", "iframe", "object")] == [
        "script",
        "script",
    ]
    assert not [(tag, name) for tag, attrs in tags for name in attrs if name.startswith("on")]
    hrefs = [attrs["href"] for tag, attrs in tags if tag == "a"]
    assert hrefs and all(href.startswith("#") for href in hrefs)  # javascript: is no link
    assert "alert(&#34;body&#34;)" in page  # shown, as text
    inline_json = page.split('id="findings-index">')[1].split("</script>")[0]
    assert "<" not in inline_json and "\\u003cb\\u003eevacuees\\u003c/b\\u003e" in inline_json


def test_inline_json_cannot_close_its_script_element():
    text = script_json({"t": "</script><script>alert(1)</script>", "u": "\u2028<!--"})
    assert "</" not in text and "<!--" not in text and "\u2028" not in text
    assert text == (
        '{"t":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",'
        '"u":"\\u2028\\u003c!--"}'
    )


def test_only_web_addresses_become_links():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(" JaVaScRiPt:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url(None) is None


def test_content_security_policy_allows_exactly_the_inline_style_and_script():
    page = render(sample_report(), Settings())
    policy = re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1)
    policy = policy.replace("&#39;", "'")
    style = page.split("<style>")[1].split("</style>")[0]
    script = page.split("<script>")[1].split("</script>")[0]

    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert f"style-src 'sha256-{digest(style)}'" in policy
    assert f"script-src 'sha256-{digest(script)}'" in policy
    assert policy.startswith("default-src 'none'")
    assert not re.search(r'<(link|img|iframe)\b|\bsrc="http', page)  # nothing fetched


def test_arabic_sentences_are_rtl_and_figures_highlighted_side_by_side():
    page = render(sample_report(), Settings())
    arabic = "العجز الأميركي يصل ل <mark>٧٧ مليار</mark>"
    assert f'<blockquote lang="ar" dir="rtl">{arabic}</blockquote>' in page
    assert (
        '<blockquote lang="en" dir="ltr">The quake was centred near Qeshm Island, home to '
        "<mark>200, 000 people</mark>, the U.S.</blockquote>"
    ) in page
    tags = parse(page)
    ids = {attrs.get("id") for _, attrs in tags}
    claim_links = [
        attrs["href"][1:]
        for tag, attrs in tags
        if tag == "a" and attrs.get("href", "").startswith("#claim-")
    ]
    assert claim_links and set(claim_links) <= ids
    bodies = [attrs for tag, attrs in tags if tag == "div" and attrs.get("class") == "body"]
    assert {(b["lang"], b["dir"]) for b in bodies} == {("ar", "rtl"), ("en", "ltr")}


def test_every_disputed_or_revised_figure_has_a_timeline_of_its_values():
    page = render(sample_report(), Settings())
    charts = page.split('<figure class="timeline">')[1:]
    assert len(charts) == 3  # two conflicts, one revision
    revision = next(chart for chart in charts if "RT Arabic · 2024-04-24: 2000 جندي" in chart)
    drawing = revision.split("<figcaption>")[0]
    circles = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="5"', drawing)
    labels = re.findall(r"<title>([^<]+)</title>", revision)
    assert labels == ["RT Arabic · 2024-04-24: حوالي 900 جندي", "RT Arabic · 2024-04-24: 2000 جندي"]
    (_, y_900), (_, y_2000) = circles
    assert float(y_2000) < float(y_900)  # 2,000 drawn above 900
    assert re.findall(r'class="tick"[^>]*>([^<]+)<', drawing) == ["900", "2,000", "2024-04-24"]


@pytest.fixture(scope="module")
def browser():
    executable = find_browser()
    if executable is None:
        pytest.skip("no Chromium here (Debian: apt-get install chromium; .ci/run installs it)")
    with Browser(executable) as running:
        yield running


NO_DIALOGS = "window.__alerts = []; window.alert = (m) => window.__alerts.push(String(m));"


def test_page_loads_without_errors_and_the_filters_work(browser, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render(sample_report(), Settings()), encoding="utf-8")
    browser.open_page(NO_DIALOGS)
    browser.navigate(page)
    visible = "document.querySelectorAll('article.finding:not([hidden])').length"
    shown = "document.getElementById('shown').textContent"
    assert browser.evaluate(shown) == "6 of 8 findings shown"
    browser.evaluate("document.querySelector('input[name=kind][value=conflict]').click()")
    assert browser.evaluate(visible) == 4
    assert (
        browser.evaluate("document.querySelectorAll('article.conflict:not([hidden])').length") == 0
    )
    browser.evaluate("document.querySelector('input[name=kind][value=single_source]').click()")
    assert browser.evaluate(shown) == "6 of 8 findings shown"
    browser.evaluate("document.querySelector('input[name=severity][value=note]').click()")
    assert browser.evaluate(visible) == 1  # only the revision (warning) is left
    assert browser.evaluate("document.querySelectorAll('section.story:not([hidden])').length") == 1
    # A claim's link opens its article at the figure.
    browser.evaluate("document.querySelector('a[href=\"#claim-0\"]').click()")
    assert browser.evaluate("document.getElementById('claim-0').closest('details').open") is True
    assert browser.evaluate("document.getElementById('claim-0').textContent") == "٧٧ مليار"
    shot = tmp_path / "report.png"
    browser.screenshot(shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    assert browser.problems() == []


def test_script_payloads_in_articles_execute_nothing(browser, tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(render(hostile_report(), Settings(verbose=True)), encoding="utf-8")
    browser.open_page(NO_DIALOGS)
    browser.navigate(page)
    assert browser.evaluate("window.__alerts") == []
    assert browser.evaluate("document.images.length") == 0
    assert browser.evaluate("document.scripts.length") == 2
    assert browser.evaluate("document.querySelector('blockquote').textContent").startswith(
        'Officials said <script>alert("body")</script> that 1,200 people'
    )
    assert browser.problems() == []


@hyp_settings(max_examples=60, deadline=None)
@given(
    payload=st.text(alphabet="<>&\"'`=/ scriptimgonerrorsvgalert()x\u2028\u0627\u0644", max_size=60)
)
def test_any_markup_in_any_field_stays_text(payload):
    report = hostile_report()
    document, later = report.documents
    poisoned = document.model_copy(
        update={"outlet": payload, "title": payload, "url": payload, "language": payload[:8]}
    )
    claims = [
        c.model_copy(update={"subject": payload, "sentence": payload + c.sentence})
        for c in report.claims
    ]
    finding = report.findings[0].model_copy(update={"message": payload, "rule": payload})
    page = render(
        report.model_copy(
            update={"documents": [poisoned, later], "claims": claims, "findings": [finding]}
        ),
        Settings(),
    )
    tags = parse(page)
    assert [tag for tag, _ in tags if tag in ("script", "img", "svg")].count("script") == 2
    assert not [name for _, attrs in tags for name in attrs if name.startswith("on")]
    assert {tag for tag, _ in tags} <= ALLOWED_TAGS
    inline_json = page.split('id="findings-index">')[1].split("</script>")[0]
    assert "<" not in inline_json


ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "h1",
    "h2",
    "p",
    "ul",
    "li",
    "span",
    "nav",
    "fieldset",
    "legend",
    "label",
    "input",
    "main",
    "section",
    "article",
    "a",
    "div",
    "blockquote",
    "mark",
    "time",
    "figure",
    "svg",
    "line",
    "text",
    "polyline",
    "circle",
    "figcaption",
    "details",
    "summary",
    "code",
    "footer",
    "script",
}


def test_a_timeline_without_publication_dates_says_so():
    report = sample_report()
    documents = [d.model_copy(update={"published": None}) for d in report.documents]
    page = render(report.model_copy(update={"documents": documents}), Settings())
    chart = page.split('<figure class="timeline">')[1].split("<figcaption>")[0]
    assert ">no publication dates: in report order<" in chart
    xs = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', chart)]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)  # spread, none hidden behind another
