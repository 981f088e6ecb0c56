"""Article text never does anything: YAML is only safely loaded, nothing of the input is
evaluated or unpickled, and a whole run opens no socket."""

from __future__ import annotations

import ast
import json
import shutil
import socket
from pathlib import Path

import pytest

from factcheck.read.decode import InputError
from factcheck.read.metadata import load_yaml
from tests.conftest import REPO, SEEDS

PACKAGE = REPO / "factcheck"
# Modules that would run or deserialise code, or reach the network.
FORBIDDEN_IMPORTS = {
    "pickle",
    "cPickle",
    "dill",
    "marshal",
    "shelve",
    "subprocess",
    "socket",
    "urllib",
    "http",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "telnetlib",
}
# Parts of those packages that only handle text.
HARMLESS_IMPORTS = {"urllib.parse", "http.HTTPStatus"}
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "execfile", "input"}
UNSAFE_YAML = {"unsafe_load", "full_load", "load_all", "unsafe_load_all", "full_load_all"}
UNSAFE_LOADERS = {"Loader", "UnsafeLoader", "FullLoader", "CLoader", "CUnsafeLoader", "CFullLoader"}


def package_modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return f"{dotted(node.value)}.{node.attr}"
    if isinstance(node, ast.Name):
        return node.id
    return ""


def faults_in(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    faults = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(path.parents[1])}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [alias.name for alias in node.names]
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            faults += [
                f"{where}: imports {name}"
                for name in names
                if name.split(".")[0] in FORBIDDEN_IMPORTS and name not in HARMLESS_IMPORTS
            ]
        elif isinstance(node, ast.Call):
            name = dotted(node.func)
            if name in FORBIDDEN_CALLS:
                faults.append(f"{where}: calls {name}()")
            if name in {"os.system", "os.popen"} or name.startswith("os.exec"):
                faults.append(f"{where}: calls {name}()")
            if name.startswith("yaml.") and name.split(".")[-1] in UNSAFE_YAML:
                faults.append(f"{where}: calls {name}()")
            if name == "yaml.load" and not node.keywords and len(node.args) < 2:
                faults.append(f"{where}: yaml.load without a safe Loader")
        elif (
            isinstance(node, ast.Attribute)
            and dotted(node.value) == "yaml"
            and node.attr in UNSAFE_LOADERS
        ):
            faults.append(f"{where}: uses yaml.{node.attr}")
    return sorted(faults, key=lambda fault: int(fault.split(":")[1]))


def test_the_package_never_evaluates_unpickles_or_unsafely_loads_and_opens_no_network():
    assert package_modules(), PACKAGE
    faults = [fault for path in package_modules() for fault in faults_in(path)]
    assert faults == []


def test_the_scan_catches_what_it_forbids(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import pickle\nimport yaml\nfrom urllib.request import urlopen\nimport urllib.parse\n"
        "eval('1')\nyaml.load(text)\nyaml.unsafe_load(text)\nyaml.load(t, Loader=yaml.Loader)\n"
    )
    shown = [fault.split(": ", 1)[1] for fault in faults_in(bad)]
    assert shown == [
        "imports pickle",
        "imports urllib.request",
        "calls eval()",
        "yaml.load without a safe Loader",
        "calls yaml.unsafe_load()",
        "uses yaml.Loader",
    ]


@pytest.mark.parametrize(
    "payload",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/new:os.system ['touch {marker}']",
        "!!python/name:os.system",
        "!!python/module:os",
    ],
)
def test_yaml_tags_that_would_run_code_are_refused(tmp_path, cli, payload):
    marker = tmp_path / "ran"
    text = payload.format(marker=marker)
    with pytest.raises(InputError):
        load_yaml(f"title: {text}\n")
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    (folder / "a.md").write_text(f"---\ntitle: {text}\n---\nقتل 15 شخصا.\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "b.txt").write_text("Five people died.", encoding="utf-8")
    (folder / "sub" / "articles.yaml").write_text(f"b.txt: {{title: {text}}}\n", encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "evil.yaml").write_text(f"id: {text}\n", encoding="utf-8")
    assert cli(folder, "--format", "json").status == 2
    assert cli(folder, "--format", "json", "--rules", rules).status == 2
    assert not marker.exists()


@pytest.fixture
def no_network(monkeypatch):
    """Every way to open a connection or resolve a name raises, and is recorded."""
    attempts: list[str] = []

    def refuse(name: str):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args!r}")
            raise OSError(f"network access attempted: {name}")

        return blocked

    for name in ("connect", "connect_ex", "bind", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def hostile_news(folder: Path) -> None:
    """Articles that name remote things everywhere a careless reader might fetch them."""
    shutil.copytree(SEEDS, folder)
    (folder / "page.html").write_text(
        "<html><head><meta http-equiv='refresh' content='0;url=http://example.invalid/'>"
        "<link rel='stylesheet' href='http://example.invalid/a.css'>"
        "<meta property='og:url' content='http://example.invalid/story'>"
        "<script src='http://example.invalid/x.js'></script></head><body><article>"
        "<p>At least 24 people died, <img src='http://example.invalid/p.png'> officials said"
        " on 2 July 2013.</p><iframe src='http://example.invalid/'></iframe></article></body>"
        "</html>",
        encoding="utf-8",
    )
    record = {
        "id": "r1",
        "url": "http://example.invalid/r1",
        "text": "About $110 million was pledged; see https://example.invalid/report.",
        "published": "2013-07-02",
    }
    (folder / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (folder / "remote.md").write_text(
        "---\nurl: https://example.invalid/x\nlanguage: en\n---\n"
        "Officials said 300 troops arrived in Niger last month.\n",
        encoding="utf-8",
    )


@pytest.mark.parametrize("fmt", ["json", "rich"])
def test_a_whole_run_opens_no_socket(cli, tmp_path, no_network, fmt):
    hostile_news(tmp_path / "news")
    result = cli(tmp_path / "news", "--format", fmt, "--jobs", "1", "--fail-on", "never")
    assert result.status == 0, result.stderr
    assert no_network == []


def test_a_parallel_run_opens_no_socket_either(cli, tmp_path, no_network):
    hostile_news(tmp_path / "news")
    for number in range(70):  # enough documents for worker processes to start
        (tmp_path / "news" / f"n{number:02d}.txt").write_text(
            f"Officials said {number} people died on 2 July 2013.", encoding="utf-8"
        )
    result = cli(tmp_path / "news", "--format", "json", "--jobs", "2", "--fail-on", "never")
    assert result.status == 0, result.stderr
    assert len(result.json["documents"]) == 2 + 3 + 70
    assert no_network == []


def test_the_socket_block_does_block(no_network):
    with pytest.raises(OSError, match="network access attempted"):
        socket.create_connection(("example.invalid", 80))
    assert no_network
