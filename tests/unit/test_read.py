"""Readers: every input form of the contract, metadata precedence, and bad input as errors."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.read import read_inputs
from tests.conftest import SEEDS, shared_path

LIMIT = 16 * 1024 * 1024


def read(*paths: Path | str):
    return read_inputs([str(p) for p in paths], LIMIT)


def test_seed_folder_reads_both_articles_with_metadata_from_articles_yaml():
    documents, errors = read(SEEDS)
    assert errors == []
    assert [d.id for d in documents] == ["000_13c517c7ce34dff0.txt", "002_e9d20ef3cce80770.txt"]
    afp, rt = documents
    assert (afp.published, afp.language, afp.outlet) == ("2024-04-20", "ar", "AFP")
    assert (rt.published, rt.language, rt.outlet) == ("2024-04-24", "ar", "RT Arabic")
    assert afp.body == (SEEDS / "000_13c517c7ce34dff0.txt").read_text(encoding="utf-8")


def test_front_matter_wins_over_articles_yaml_and_body_starts_after_the_fence(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ntitle: From front matter\npublished: 2015-08-07\n---\nقتل 15 شخصا.\n",
        encoding="utf-8",
    )
    (tmp_path / "articles.yaml").write_text(
        "a.md: {title: From yaml, outlet: Okaz, published: 2015-01-01}\n", encoding="utf-8"
    )
    (document,), errors = read(tmp_path)
    assert errors == []
    assert document.title == "From front matter"
    assert document.outlet == "Okaz"
    assert document.published == "2015-08-07"
    assert document.body == "قتل 15 شخصا.\n"
    assert document.language == "ar"


def test_jsonl_records_are_file_hash_id_and_a_broken_line_is_reported_with_its_number(tmp_path):
    lines = [
        json.dumps({"id": "x1", "text": "Five people died.", "published": "2013-07-02"}),
        "{not json",
        json.dumps({"text": "Ten people died."}),
        json.dumps({"id": "x3", "title": "no text"}),
        json.dumps([1, 2]),
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, errors = read(tmp_path / "news.jsonl")
    assert [d.id for d in documents] == ["news.jsonl#3", "news.jsonl#x1"]
    assert [(e.line, e.message.split(":")[0]) for e in errors] == [
        (2, "malformed JSON"),
        (4, "record has no 'text'; not an article"),
        (5, "record is not an article object"),
    ]


def test_json_list_and_single_record(tmp_path):
    (tmp_path / "one.json").write_text(
        json.dumps({"text": "It cost $5 million."}), encoding="utf-8"
    )
    (tmp_path / "many.json").write_text(
        json.dumps([{"id": "k", "text": "About 300 troops."}, {"text": "Two died."}]),
        encoding="utf-8",
    )
    documents, errors = read(tmp_path)
    assert errors == []
    assert [d.id for d in documents] == ["many.json#2", "many.json#k", "one.json"]


def test_html_keeps_article_text_drops_script_style_and_navigation(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html lang='en'><head><title>Quake</title><meta property='og:site_name' content='AFP'>"
        "<style>p{}</style><script>var x = 1000;</script></head><body><nav>Home 2024</nav>"
        "<article><h1>Quake kills 24</h1><p>At least <b>24</b> people died.</p></article>"
        "<footer>© 2013</footer></body></html>",
        encoding="utf-8",
    )
    (document,), errors = read(tmp_path)
    assert errors == []
    assert document.body == "Quake kills 24\n\nAt least 24 people died."
    assert (document.title, document.outlet, document.language) == ("Quake", "AFP", "en")


def test_bad_inputs_are_errors_with_path_and_line_and_good_ones_still_read(tmp_path):
    (tmp_path / "good.txt").write_text("The quake killed 24 people on Tuesday.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 with 3 people".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "bad-front.md").write_text(
        "---\ntitle: [unclosed\n---\nBody 3.\n", encoding="utf-8"
    )
    (tmp_path / "bad-date.md").write_text(
        "---\npublished: yesterday\n---\nBody 3.\n", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.json").write_text('{"text": "x",\n  oops}', encoding="utf-8")
    documents, errors = read(tmp_path, tmp_path / "missing.txt")
    assert [d.id for d in documents] == ["bad-date.md", "good.txt"]
    found = {(Path(e.path).name, e.line): e.message for e in errors}
    assert found[("latin1.txt", 1)].startswith("invalid UTF-8 at byte offset 3")
    assert found[("binary.txt", None)].startswith("binary file")
    assert found[("bad-front.md", 2)].startswith("front matter: invalid YAML")
    assert found[("bad-date.md", 2)].startswith("'published' is not a date")
    assert found[("empty.txt", None)].startswith("empty article")
    assert found[("bad.json", 2)].startswith("malformed JSON")
    assert found[("missing.txt", None)] == "no such file or directory"


def test_utf16_and_utf8_boms_are_read(tmp_path):
    text = "قتل 15 شخصا في الحريق."
    (tmp_path / "a.txt").write_bytes("\ufeff".encode() + text.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(text.encode("utf-16"))
    documents, errors = read(tmp_path)
    assert errors == []
    assert [d.body for d in documents] == [text, text]


def test_hidden_files_and_reports_folder_are_skipped_order_is_sorted(tmp_path):
    for name in ("b.txt", "a/z.txt", "a/c.md", ".hidden.txt", ".git/x.txt", "reports/r.json"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            '{"text": "1 2 3"}' if name.endswith(".json") else "One 1.", encoding="utf-8"
        )
    documents, errors = read(tmp_path)
    assert errors == []
    assert [d.id for d in documents] == ["a/c.md", "a/z.txt", "b.txt"]


def test_articles_yaml_naming_missing_or_outside_files_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("Two died.", encoding="utf-8")
    (tmp_path / "articles.yaml").write_text(
        "a.txt: {outlet: AFP}\nghost.txt: {outlet: X}\n../etc/passwd: {outlet: Y}\n",
        encoding="utf-8",
    )
    (document,), errors = read(tmp_path)
    assert document.outlet == "AFP"
    assert sorted((e.line, e.message.split(":")[0]) for e in errors) == [
        (2, "'ghost.txt'"),
        (3, "'../etc/passwd'"),
    ]


def test_symlink_loop_is_reported_not_followed_forever(tmp_path):
    (tmp_path / "a.txt").write_text("Two died.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    documents, errors = read(tmp_path)
    assert [d.id for d in documents] == ["a.txt"]
    assert any("loop" in e.message for e in errors)


def test_unsupported_language_is_noted_not_treated_as_english(tmp_path):
    (tmp_path / "fr.txt").write_text(
        "Le séisme a fait 24 morts et plus de 200 blessés dans la province, selon les autorités.",
        encoding="utf-8",
    )
    (document,), _errors = read(tmp_path)
    assert document.language == "fr"
    assert "not supported" in (document.note or "")


def test_ecbplus_cluster_file_reads_every_record():
    path = shared_path("corpus", "ecbplus", "clusters", "37ecbplus.jsonl")
    documents, errors = read(path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert errors == []
    assert sorted(d.id for d in documents) == sorted(f"37ecbplus.jsonl#{r['id']}" for r in records)
    assert all(d.language == "en" for d in documents)


def test_saudinewsnet_language_is_detected_as_arabic_without_metadata(tmp_path):
    path = shared_path("corpus", "saudinewsnet", "articles", "2015-08-07.jsonl")
    with path.open(encoding="utf-8") as handle:
        record = json.loads(handle.readline())
    (tmp_path / "a.txt").write_text(record["text"], encoding="utf-8")
    (document,), _ = read(tmp_path)
    assert document.language == "ar"
