"""The bad-input table: each hostile input is named in `errors` with a reason, never raised,
and every good article beside it is still read and reported."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import stat
import threading
import time
from pathlib import Path

import pytest

from factcheck.read import read_inputs
from tests.conftest import REPO, SEEDS

# Real sentences: an ECB+ lead (37_1ecbplus) and a SaudiNewsNet-style report of the Abha bombing.
ENGLISH = (
    "A powerful earthquake in Indonesia's Aceh province flattened buildings and sparked "
    "landslides Tuesday, killing at least five people and injuring dozens."
)
ARABIC = "قتل 15 شخصا وأصيب 9 آخرون في تفجير استهدف مسجدا في أبها يوم الخميس."
LIMIT = 16 * 1024 * 1024


def read(*paths: Path | str, limit: int = LIMIT):
    return read_inputs([str(p) for p in paths], limit)


def errors_by_name(errors) -> dict[str, list[tuple[int | None, str]]]:
    found: dict[str, list[tuple[int | None, str]]] = {}
    for error in errors:
        found.setdefault(Path(error.path).name, []).append((error.line, error.message))
    return found


def good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    (folder / "quake.txt").write_text(ENGLISH, encoding="utf-8")
    return folder


GOOD_IDS = ["000_13c517c7ce34dff0.txt", "002_e9d20ef3cce80770.txt", "quake.txt"]


def test_missing_path_is_named_and_the_rest_is_read(cli, tmp_path):
    folder = good_folder(tmp_path)
    result = cli(folder, tmp_path / "gone.txt", "--format", "json")
    assert result.status == 2
    report = result.json
    assert [d["id"] for d in report["documents"]] == GOOD_IDS
    assert report["errors"] == [
        {"path": str(tmp_path / "gone.txt"), "message": "no such file or directory", "line": None}
    ]
    assert "Traceback" not in result.stderr


def test_empty_and_whitespace_only_files_are_errors(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("---\ntitle: x\n---\n \n\t\n", encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><body><script>1</script></body></html>")
    (tmp_path / "ok.txt").write_text(ENGLISH, encoding="utf-8")
    documents, errors = read(tmp_path)
    assert [d.id for d in documents] == ["ok.txt"]
    found = errors_by_name(errors)
    assert set(found) == {"empty.txt", "blank.md", "empty.html"}
    assert all(message.startswith("empty article") for ((_, message),) in found.values())


def test_binary_file_with_a_txt_name_is_an_error_naming_the_nul_byte(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    (tmp_path / "photo.txt").write_bytes(png)
    documents, errors = read(tmp_path)
    assert documents == []
    assert errors_by_name(errors) == {
        "photo.txt": [(None, "binary file, not text (NUL byte at byte offset 8)")]
    }


def test_invalid_utf8_is_reported_with_its_byte_offset_and_line(tmp_path):
    head = ARABIC.encode("utf-8") + b"\n"
    (tmp_path / "cp1256.txt").write_bytes(head + "سعر 5 ريالات".encode("cp1256"))
    documents, errors = read(tmp_path)
    assert documents == []
    ((line, message),) = errors_by_name(errors)["cp1256.txt"]
    assert line == 2
    assert message.startswith(f"invalid UTF-8 at byte offset {len(head)} (byte 0x")


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_byte_order_marks_are_read_and_offsets_count_after_the_bom(cli, tmp_path, bom, codec):
    text = "---\npublished: 2015-08-07\n---\n" + ARABIC
    (tmp_path / "a.md").write_bytes(bom + text.encode(codec))
    (document,), errors = read(tmp_path)
    assert errors == []
    assert document.body == ARABIC
    assert document.published == "2015-08-07"
    report = cli(tmp_path, "--format", "json").json
    for claim in report["claims"]:
        assert ARABIC[claim["start"] : claim["end"]] == claim["text"]


def test_utf16_with_a_broken_surrogate_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF16_LE + "ok".encode("utf-16-le") + b"\x00\xd8")
    _, errors = read(tmp_path)
    ((_, message),) = errors_by_name(errors)["a.txt"]
    assert message.startswith("invalid UTF-16-LE at byte")


def test_a_50_mb_article_is_refused_above_the_limit_without_being_read(cli, tmp_path):
    folder = good_folder(tmp_path)
    big = folder / "big.txt"
    with big.open("wb") as handle:  # sparse: 50 MB on paper, no disk or time spent writing it
        handle.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    result = cli(folder, "--format", "json")
    assert time.perf_counter() - started < 30
    assert result.status == 2
    report = result.json
    assert [d["id"] for d in report["documents"]] == GOOD_IDS
    (error,) = report["errors"]
    assert error["path"] == str(big)
    assert error["message"] == (
        "file is 52,428,800 bytes, above the limit of 16,777,216 (raise it with --max-file-size)"
    )


def test_max_file_size_must_be_positive(cli):
    result = cli(SEEDS, "--max-file-size", "0")
    assert result.status == 2
    assert "--max-file-size must be at least 1 byte" in result.stderr


def test_max_file_size_flag_moves_the_limit(cli, tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    size = len(ENGLISH.encode())
    assert cli(tmp_path, "--format", "json", "--max-file-size", str(size)).status == 0
    refused = cli(tmp_path, "--format", "json", "--max-file-size", str(size - 1))
    assert refused.status == 2
    assert "above the limit" in refused.json["errors"][0]["message"]


def test_jsonl_broken_line_is_named_by_line_and_the_rest_read(tmp_path):
    records = [
        {"id": "a", "text": ENGLISH},
        {"id": "b", "text": ARABIC},
        {"id": "c", "text": "Line one\u2028still one record, 5 people\x85and 6 more."},
    ]
    lines = [json.dumps(records[0]), '{"id": "x", "text": "cut off', json.dumps(records[1])]
    lines += [json.dumps(records[2], ensure_ascii=False), "", "[1, 2]", "   "]
    (tmp_path / "feed.jsonl").write_text("\r\n".join(lines) + "\n", encoding="utf-8")
    documents, errors = read(tmp_path)
    assert {d.id: d.body for d in documents} == {
        f"feed.jsonl#{r['id']}": r["text"] for r in records
    }
    assert errors_by_name(errors) == {
        "feed.jsonl": [
            (2, "malformed JSON: Unterminated string starting at (column 21)"),
            (6, "record is not an article object"),
        ]
    }


def test_json_record_without_text_or_with_non_string_text(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": "q1", "claim": ENGLISH}))
    (tmp_path / "list.json").write_text(
        json.dumps([{"text": ENGLISH}, {"text": 42}, {"text": ["a"]}, {"text": "  "}])
    )
    documents, errors = read(tmp_path)
    assert [d.id for d in documents] == ["list.json#1"]
    assert errors_by_name(errors) == {
        "list.json": [
            (None, "record 2 has an empty or non-string 'text'; not an article"),
            (None, "record 3 has an empty or non-string 'text'; not an article"),
            (None, "record 4 has an empty or non-string 'text'; not an article"),
        ],
        "one.json": [(1, "record has no 'text'; not an article")],
    }


def test_json_nested_past_the_stack_and_huge_integers_are_errors(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 200_000 + "]" * 200_000)
    (tmp_path / "deep.jsonl").write_text(
        json.dumps({"text": ENGLISH}) + "\n" + '{"a": ' + "[" * 100_000 + "\n"
    )
    (tmp_path / "huge.json").write_text('{"text": "x", "id": ' + "9" * 5000 + "}")
    documents, errors = read(tmp_path)
    assert [d.id for d in documents] == ["deep.jsonl#1"]
    found = errors_by_name(errors)
    assert found["deep.json"] == [(None, "malformed JSON: nested deeper than the parser's stack")]
    assert found["deep.jsonl"] == [(2, "malformed JSON: nested deeper than the parser's stack")]
    ((_, message),) = found["huge.json"]
    assert message.startswith("malformed JSON: Exceeds the limit (4300 digits)")


@pytest.mark.parametrize(
    ("front", "line", "message"),
    [
        ("title: [unclosed\n", 2, "front matter: invalid YAML"),
        ("title: x\n  bad: indent\n", 3, "front matter: invalid YAML"),
        ("- just\n- a list\n", 2, "front matter must be a mapping"),
        ("published: yesterday\n", 2, "'published' is not a date"),
        ("title: t\npublished: 2015-02-30\n", 3, "'published' is not a date"),
        ("published: 2015-13-01\n", 2, "'published' is not a date"),
        ("published: [2015, 8, 7]\n", 2, "'published' must be a single value, not a list"),
        ("language: arabic\n", 2, "'language' is not an ISO 639-1 code"),
        ("title: !!python/object/apply:os.system ['true']\n", 2, "front matter: invalid YAML"),
        ("count: " + "1" * 5000 + "\n", None, "front matter: invalid YAML value"),
    ],
)
def test_bad_front_matter_is_named_with_its_line(tmp_path, front, line, message):
    (tmp_path / "a.md").write_text(f"---\n{front}---\n{ARABIC}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    documents, errors = read(tmp_path)
    assert "b.txt" in [d.id for d in documents]
    ((found_line, found),) = errors_by_name(errors)["a.md"]
    assert found.startswith(message)
    if line is not None:
        assert found_line == line


def test_front_matter_never_closed_is_an_error(tmp_path):
    (tmp_path / "a.md").write_text(f"---\ntitle: x\n{ARABIC}\n", encoding="utf-8")
    _, errors = read(tmp_path)
    assert errors_by_name(errors)["a.md"] == [
        (1, "front matter opened with '---' on line 1 is never closed")
    ]


def test_yaml_alias_bomb_in_front_matter_is_refused_quickly(tmp_path):
    rows = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    rows += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    rows.append("title: [" + ", ".join(["*a8"] * 9) + "]")
    (tmp_path / "bomb.md").write_text("---\n" + "\n".join(rows) + "\n---\nTwo died.\n")
    started = time.perf_counter()
    (document,), errors = read(tmp_path)
    assert time.perf_counter() - started < 5
    assert document.title is None
    assert errors_by_name(errors)["bomb.md"] == [(11, "'title' must be a single value, not a list")]


def test_articles_yaml_naming_missing_or_outside_files_reads_nothing_outside(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("The vault holds 1,000,000 dollars.", encoding="utf-8")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "articles.yaml").write_text(
        "a.txt: {outlet: AFP, published: 2013-07-02}\n"
        "ghost.txt: {outlet: X}\n"
        "../secret.txt: {outlet: Y}\n"
        f"{secret}: {{outlet: Z}}\n"
        "sub/../../secret.txt: {outlet: W}\n",
        encoding="utf-8",
    )
    documents, errors = read(folder)
    assert [(d.id, d.outlet) for d in documents] == [("a.txt", "AFP")]
    assert sorted((e.line, e.message.split(":")[0]) for e in errors) == [
        (2, "'ghost.txt'"),
        (3, "'../secret.txt'"),
        (4, f"'{secret}'"),
        (5, "'sub/../../secret.txt'"),
    ]


def test_articles_yaml_that_is_not_a_mapping_or_not_yaml(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "articles.yaml").write_text("a.txt: {outlet: [unclosed\n", encoding="utf-8")
    documents, errors = read(tmp_path)
    assert [d.id for d in documents] == ["a.txt"]
    ((line, message),) = errors_by_name(errors)["articles.yaml"]
    assert message.startswith("invalid YAML")
    assert line == 1


def test_json_record_keys_are_metadata_only_never_paths_to_read(cli, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("The vault holds 1,000,000 dollars.", encoding="utf-8")
    folder = tmp_path / "news"
    folder.mkdir()
    record = {"id": "../secret.txt", "path": str(secret), "file": "../secret.txt", "text": ENGLISH}
    record["url"] = secret.as_uri()
    (folder / "feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = cli(folder, "--format", "json").json
    assert [d["id"] for d in report["documents"]] == ["feed.jsonl#../secret.txt"]
    assert all("vault" not in claim["sentence"] for claim in report["claims"])
    assert "vault" not in json.dumps(report)


def test_symbolic_links_loops_and_links_out_of_the_folder_are_named_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "private.txt").write_text("Salary: 9,000 dollars.", encoding="utf-8")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "leak.txt").symlink_to(outside / "private.txt")
    (folder / "leakdir").symlink_to(outside, target_is_directory=True)
    (folder / "alias.txt").symlink_to(folder / "a.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    documents, errors = read(folder)
    assert [d.id for d in documents] == ["a.txt", "alias.txt"]
    assert errors_by_name(errors) == {
        "dangling.txt": [(None, "broken symbolic link")],
        "leak.txt": [(None, "symbolic link to outside the folder given; not read")],
        "leakdir": [(None, "symbolic link to outside the folder given; not read")],
        "loop": [(None, "symbolic link loop: folder already read")],
        "self.txt": [(None, "symbolic link loop")],
    }


def test_fifo_is_named_never_opened(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    documents, errors = read(tmp_path, tmp_path / "pipe.txt")
    assert [d.id for d in documents] == ["a.txt"]
    assert errors_by_name(errors) == {
        "pipe.txt": [(None, "not a regular file (a pipe, device or socket); not read")]
    }


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_by_permissions(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(ARABIC, encoding="utf-8")
    locked.chmod(0)
    documents, errors = read(tmp_path)
    assert [d.id for d in documents] == ["a.txt"]
    assert errors_by_name(errors) == {"locked.txt": [(None, "permission denied")]}


def test_unreadable_file_simulated_so_it_runs_as_root_too(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(ARABIC, encoding="utf-8")
    real_open = Path.open

    def denying_open(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denying_open)
    documents, errors = read(tmp_path)
    assert [d.id for d in documents] == ["a.txt"]
    assert errors_by_name(errors) == {"locked.txt": [(None, "permission denied")]}


def test_file_names_that_are_not_utf8_are_reported_as_valid_utf8(cli, tmp_path):
    folder = os.fsencode(tmp_path / "news")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:
        handle.write(ENGLISH.encode())
    with open(os.path.join(folder, b"bad\xff.txt"), "wb") as handle:
        handle.write(b"\xff")
    target = tmp_path / "out.json"
    result = cli(tmp_path / "news", "--format", "json", "-o", target)
    assert result.status == 2, result.stderr
    report = json.loads(target.read_bytes().decode("utf-8"))
    assert [d["id"] for d in report["documents"]] == ["caf\udce9.txt"]
    assert report["errors"][0]["path"].endswith("bad\udcff.txt")


def test_record_text_with_a_lone_surrogate_escape_is_reported_as_valid_utf8(cli, tmp_path):
    (tmp_path / "feed.jsonl").write_text('{"id": "s", "text": "Five \\ud800 people died."}\n')
    result = cli(tmp_path, "--format", "json", "-o", tmp_path / "out.json")
    assert result.status == 0, result.stderr
    report = json.loads((tmp_path / "out.json").read_bytes().decode("utf-8"))
    assert [d["id"] for d in report["documents"]] == ["feed.jsonl#s"]


def test_control_characters_and_rich_markup_in_names_are_shown_inert(cli, tmp_path):
    (tmp_path / "\x1b]0;pwned\x07.txt").write_bytes(b"")
    (tmp_path / "markup.md").write_text('---\nlanguage: "[/]\\e[2J"\n---\nFive died.\n')
    (tmp_path / "ok.txt").write_text(ENGLISH, encoding="utf-8")
    for fmt in ("rich", "json"):
        result = cli(tmp_path, "--format", fmt)
        assert result.status == 2
        assert "\x1b" not in result.stderr
        assert "\\x1b]0;pwned\\x07.txt" in result.stderr
        assert "'[/]\\x1b[2J'" in result.stderr
    rich = cli(tmp_path).stdout
    assert "[/]" in rich
    assert "\x1b" not in rich


def test_malformed_baseline_is_exit_2_not_a_crash(cli, tmp_path):
    for name, content in [
        ("keys.json", '{"findings": [{"not_id": 1}]}'),
        ("deep.json", "[" * 100_000),
        ("binary.json", "\x00\x01"),
        ("numbers.json", "[1, 2]"),
    ]:
        (tmp_path / name).write_text(content)
        result = cli(SEEDS, "--format", "json", "--baseline", tmp_path / name)
        assert result.status == 2, name
        assert result.json["errors"][0]["path"] == str(tmp_path / name)
    result = cli(SEEDS, "--format", "json", "--baseline", tmp_path / "missing.json")
    assert result.status == 2
    assert "cannot read baseline" in result.json["errors"][0]["message"]


def test_rules_file_with_a_syntax_error_is_exit_2_with_file_and_line(cli, tmp_path):
    (tmp_path / "ok.yaml").write_text("id: FC999\n", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("id: FC998\nname: [unclosed\n", encoding="utf-8")
    result = cli(SEEDS, "--rules", tmp_path, "--format", "json")
    assert result.status == 2
    assert result.stdout == ""
    assert f"{tmp_path / 'bad.yaml'}:2:" in result.stderr
    assert "Traceback" not in result.stderr


def test_rules_file_with_an_unknown_key_is_exit_2_naming_file_line_and_key(cli, tmp_path):
    rule = (REPO / "rules" / "conflict" / "disjoint-values.yaml").read_text(encoding="utf-8")
    lines = rule.replace("id: FC101", "id: FC901").splitlines()
    lines.insert(5, "severty: error")  # a misspelt key on line 6
    (tmp_path / "typo.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli(SEEDS, "--rules", tmp_path, "--format", "json")
    assert result.status == 2
    assert result.stdout == ""
    assert f"{tmp_path / 'typo.yaml'}:6: severty" in result.stderr


def test_rules_in_a_folder_under_a_hidden_one_are_still_read(cli, tmp_path):
    folder = tmp_path / ".config" / "rules"
    folder.mkdir(parents=True)
    (folder / "bad.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    result = cli(SEEDS, "--rules", folder, "--format", "json")
    assert result.status == 2
    assert str(folder / "bad.yaml") in result.stderr


@pytest.mark.parametrize(
    "content",
    ["\x00\x01binary", "id: " + "1" * 5000 + "\n", "a: " + "[" * 10_000 + "\n", "- a\n- b\n"],
)
def test_rules_file_that_is_binary_deep_or_not_a_mapping_is_exit_2(cli, tmp_path, content):
    (tmp_path / "bad.yaml").write_text(content, encoding="utf-8")
    result = cli(SEEDS, "--rules", tmp_path, "--format", "json")
    assert result.status == 2
    assert str(tmp_path / "bad.yaml") in result.stderr


def test_rules_argument_that_is_missing_is_exit_2(cli, tmp_path):
    result = cli(SEEDS, "--rules", tmp_path / "nope", "--format", "json")
    assert result.status == 2
    assert str(tmp_path / "nope") in result.stderr


class TestOutput:
    """A report is written whole or not at all; a failed write leaves the previous one intact."""

    def previous(self, cli, tmp_path: Path) -> tuple[Path, bytes]:
        target = tmp_path / "report.json"
        assert cli(SEEDS, "--format", "json", "-o", target).status == 0
        return target, target.read_bytes()

    def test_missing_folder(self, cli, tmp_path):
        result = cli(SEEDS, "--format", "json", "-o", tmp_path / "no" / "such" / "r.json")
        assert result.status == 2
        assert "folder" in result.stderr and "does not exist" in result.stderr
        assert list(tmp_path.iterdir()) == []

    def test_output_folder_is_a_file(self, cli, tmp_path):
        (tmp_path / "file").write_text("x")
        result = cli(SEEDS, "--format", "json", "-o", tmp_path / "file" / "r.json")
        assert result.status == 2
        assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]

    def test_output_path_is_a_folder(self, cli, tmp_path):
        (tmp_path / "r.json").mkdir()
        result = cli(SEEDS, "--format", "json", "-o", tmp_path / "r.json")
        assert result.status == 2
        assert "cannot write" in result.stderr
        assert [p.name for p in tmp_path.iterdir()] == ["r.json"]

    @pytest.mark.skipif(os.geteuid() == 0, reason="root writes whatever the permissions")
    def test_unwritable_folder(self, cli, tmp_path):
        target, before = self.previous(cli, tmp_path)
        tmp_path.chmod(0o500)
        try:
            result = cli(SEEDS, "--format", "json", "--fail-on", "never", "-o", target)
        finally:
            tmp_path.chmod(0o700)
        assert result.status == 2
        assert "cannot write" in result.stderr
        assert target.read_bytes() == before

    @pytest.mark.parametrize(
        ("where", "error"),
        [
            ("mkstemp", PermissionError(13, "Permission denied")),
            ("fsync", OSError(28, "No space left on device")),
            ("replace", PermissionError(13, "Permission denied")),
            ("fsync", KeyboardInterrupt()),
        ],
    )
    def test_failed_write_leaves_no_partial_file_and_the_previous_report(
        self, cli, tmp_path, monkeypatch, where, error
    ):
        from factcheck.report import write

        target, before = self.previous(cli, tmp_path)

        def fail(*args, **kwargs):
            raise error

        module = write.tempfile if where == "mkstemp" else write.os
        monkeypatch.setattr(module, where, fail)
        if isinstance(error, KeyboardInterrupt):
            with pytest.raises(KeyboardInterrupt):
                cli(SEEDS, "--format", "json", "-o", target)
        else:
            result = cli(SEEDS, "--format", "json", "-o", target)
            assert result.status == 2
            assert f"cannot write {target}: {error.strerror}" in result.stderr
        assert [p.name for p in tmp_path.iterdir()] == ["report.json"]
        assert target.read_bytes() == before


def test_output_to_a_pipe_or_device_is_written_into_never_renamed_over(cli, tmp_path):
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def drain() -> None:
        with open(fifo, "rb") as pipe:
            received.append(pipe.read())

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    result = cli(SEEDS, "--format", "json", "-o", fifo)
    reader.join(timeout=20)
    assert result.status == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0])["version"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pipe"]


def test_output_through_a_symbolic_link_replaces_its_target_and_keeps_the_link(cli, tmp_path):
    (tmp_path / "real.json").write_text("old", encoding="utf-8")
    (tmp_path / "link.json").symlink_to(tmp_path / "real.json")
    assert cli(SEEDS, "--format", "json", "-o", tmp_path / "link.json").status == 0
    assert (tmp_path / "link.json").is_symlink()
    assert json.loads((tmp_path / "real.json").read_text(encoding="utf-8"))["version"] == 1


def test_finding_ids_hash_lone_surrogates_instead_of_failing():
    from factcheck.align.fingerprint import fingerprint
    from factcheck.models import Claim

    claim = Claim(
        id="caf\udce9.txt:0-4",
        document="caf\udce9.txt",
        start=0,
        end=4,
        text="5 \ud800p",
        sentence="5 \ud800people",
        kind="count",
        value=5,
    )
    assert fingerprint("FC101", [claim]) != fingerprint(
        "FC101", [claim.model_copy(update={"document": "cafe.txt"})]
    )
