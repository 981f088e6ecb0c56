"""The issue's acceptance check, run as a real process: one folder holding every bad input of
the table mixed with good articles and payload articles gives exit 2 in every format, every good
article reported, every bad one named with a reason, no traceback, and inert output."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import REPO, SEEDS

PAYLOAD = '</script><script>alert(1)</script>"><img src=x onerror=alert(2)>\x1b]0;pwned\x07'
GOOD = "Officials said at least 24 people died and 300 troops arrived on 2 July 2013."


def build(folder: Path) -> tuple[set[str], dict[str, str]]:
    """The hostile folder; returns the good document ids and, per bad file, a word of its reason."""
    shutil.copytree(SEEDS, folder)
    good = {"000_13c517c7ce34dff0.txt", "002_e9d20ef3cce80770.txt"}

    def article(name: str, content: str | bytes) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")

    article("good.txt", GOOD)
    article("bom8.txt", "\ufeff" + GOOD)
    article("bom16.txt", codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"))
    article(
        "payload.md",
        # JSON strings are YAML double-quoted scalars: the ESC goes in as an escape.
        f"---\ntitle: {json.dumps(PAYLOAD)}\noutlet: {json.dumps(PAYLOAD)}\n"
        "url: javascript:alert(3)\n"
        f"language: en\n---\n{PAYLOAD} {GOOD}\n",
    )
    article(
        "payload.html",
        f"<html><head><title>{PAYLOAD}</title></head><body><article><p>{GOOD}</p>"
        "<p>&lt;script&gt;alert(4)&lt;/script&gt;</p></article></body></html>",
    )
    records = [
        {"id": "r1", "text": GOOD, "title": PAYLOAD},
        {"id": PAYLOAD, "text": GOOD},
    ]
    lines = [json.dumps(r) for r in records] + ["{broken", json.dumps({"id": "x", "claim": "x"})]
    article("feed.jsonl", "\n".join(lines) + "\n")
    good |= {
        "good.txt",
        "bom8.txt",
        "bom16.txt",
        "payload.md",
        "payload.html",
        "feed.jsonl#r1",
        f"feed.jsonl#{PAYLOAD}",
    }

    bad = {
        "empty.txt": "empty",
        "photo.txt": "binary",
        "latin1.txt": "UTF-8",
        "big.txt": "limit",
        "record.json": "text",
        "front.md": "YAML",
        "date.md": "date",
        "deep.json": "nested",
        "feed.jsonl": "JSON",
        "articles.yaml": "ghost.txt",
        "loop": "loop",
        "leak.txt": "outside",
        "pipe.txt": "regular",
    }
    article("empty.txt", b"")
    article("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    article("latin1.txt", "café 3 people".encode("latin-1"))
    with (folder / "big.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    article("record.json", json.dumps({"id": "q", "claim": GOOD}))
    article("front.md", "---\ntitle: [unclosed\n---\nFive died.\n")
    article("date.md", "---\npublished: 2015-02-30\n---\nFive died.\n")
    article("deep.json", "[" * 100_000)
    with (folder / "articles.yaml").open("a", encoding="utf-8") as handle:
        handle.write("ghost.txt: {outlet: X}\n")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder.parent / "private.txt").write_text("Salary: 9,000 dollars.", encoding="utf-8")
    (folder / "leak.txt").symlink_to(folder.parent / "private.txt")
    os.mkfifo(folder / "pipe.txt")
    good |= {"date.md"}  # read, with its bad date reported and left out
    return good, bad


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    good, bad = build(base / "news")
    return base, good, bad


def test_json_names_every_bad_input_and_reports_every_good_article(hostile):
    base, good, bad = hostile
    result = run(base / "news", "--format", "json", "--jobs", "1", "-o", base / "report.json")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "\x1b" not in result.stderr
    report = json.loads((base / "report.json").read_text(encoding="utf-8"))
    assert {d["id"] for d in report["documents"]} == good
    reasons: dict[str, list[str]] = {}
    for error in report["errors"]:
        reasons.setdefault(Path(error["path"]).name, []).append(error["message"])
    assert set(reasons) == set(bad) | {"date.md"}
    for name, word in bad.items():
        assert any(word in message for message in reasons[name]), (name, reasons[name])
    for name in reasons:
        assert name in result.stderr


@pytest.mark.parametrize("fmt", ["rich", "markdown", "sarif", "html"])
def test_every_format_exits_2_without_traceback_or_partial_file(hostile, fmt):
    base, _, _ = hostile
    target = base / f"report.{fmt}"
    result = run(base / "news", "--format", fmt, "--jobs", "1", "-o", target)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert not [p.name for p in base.iterdir() if p.name.endswith(".tmp")]
    output = target.read_text(encoding="utf-8")
    if fmt in ("rich", "markdown"):  # read in terminals: no escape sequence may reach one
        assert "\x1b" not in output
    if fmt == "markdown":
        assert "<script" not in output and "<img" not in output
    if fmt == "sarif":
        assert json.loads(output)["version"] == "2.1.0"
    if fmt == "html":
        assert "<script>alert" not in output
        assert_inert_html(output)


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)

    def handle_endtag(self, tag):
        self._in_script = False


def assert_inert_html(page: str) -> None:
    parser = Tags()
    parser.feed(page)
    tags = parser.tags
    assert not [tag for tag, _ in tags if tag in ("img", "iframe", "object", "embed", "base")]
    assert not [(tag, name) for tag, attrs in tags for name in attrs if name.startswith("on")]
    for tag, attrs in tags:
        for name in ("href", "src", "action", "formaction"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value or value.startswith(("#", "http://", "https://")), (tag, name, value)
    # The page's own script and its inline JSON only: no payload opened another, and none
    # can end one early (article text sits inside the JSON as escaped strings).
    assert len([tag for tag, _ in tags if tag == "script"]) <= 2
    for script in parser.scripts:
        assert "</script" not in script.lower() and "<!--" not in script
