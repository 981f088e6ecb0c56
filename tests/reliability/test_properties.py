"""Properties that hold for any text: generated Arabic/English news with every digit script,
separator, qualifier, currency and invisible mark goes through each finder and the whole
pipeline without an exception, and every claim is exact, finite, ordered and reproducible."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_document
from factcheck.extract.claims import FINDERS, resolve_overlaps
from factcheck.extract.mention import Mention
from factcheck.lang.normalize import fold
from factcheck.models import Document
from factcheck.read.dense_figures import cut_dense_figures
from tests.conftest import run_cli
from tests.reliability.invariants import claim_faults, mention_faults
from tests.reliability.strategies import INVISIBLE, languages, news_text, published

TATWEEL = "\u0640"


@given(news_text())
def test_fold_maps_every_folded_character_back_to_the_one_it_came_from(text):
    folded = fold(text)
    assert len(folded.text) + len(folded.dropped) == len(text)
    for index, char in enumerate(folded.text):
        origin = folded.start_of(index)
        # a run of tatweel between two numbers is their dash, a fold told by its neighbours
        dash = text[origin] == TATWEEL and char == "-"
        assert fold(text[origin]).text == char or dash
        assert folded.end_of(index + 1) == origin + 1
        assert folded.index_of(origin) == index
    for position in folded.dropped:
        assert text[position] in INVISIBLE or fold(text[position]).text == ""
        # a dropped mark stands before the next kept character
        assert folded.index_of(position) == len(fold(text[:position]).text)


@given(news_text(), languages, published)
def test_every_finder_returns_spans_inside_the_body_and_finite_numbers(text, language, day):
    document = Document(id="t.txt", path="t.txt", language=language, published=day, body=text)
    folded = fold(text)
    for finder in FINDERS:
        mentions = list(finder(text, folded, document))
        assert mention_faults(text, mentions) == [], finder.__name__


@given(news_text(), languages, published)
def test_claims_are_exact_finite_ordered_and_the_same_every_time(text, language, day):
    document = Document(id="t.txt", path="t.txt", language=language, published=day, body=text)
    claims = extract_document(document)
    assert claim_faults(text, claims) == []
    assert extract_document(document) == claims


@settings(max_examples=25)
@given(
    st.lists(st.tuples(news_text(max_tokens=30), languages, published), min_size=2, max_size=5),
    st.randoms(use_true_random=False),
)
def test_report_is_byte_identical_and_finding_ids_ignore_the_order_of_files(articles, random):
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        files = []
        records = []
        # Every article must be a readable one here: a word first (no empty file, no front
        # matter fence) and no NUL (a binary file); the bad-input tests cover the others.
        articles = [("خبر " + text.replace("\x00", " "), lang, day) for text, lang, day in articles]
        # nor one denser in figures than news, which is cut and named (test_dense_figures.py)
        assume(all(cut_dense_figures(text)[1] is None for text, _, _ in articles))
        for number, (text, language, day) in enumerate(articles):
            meta = {"id": f"r{number}", "text": text, "language": language, "published": day}
            records.append(json.dumps({k: v for k, v in meta.items() if v is not None}))
            path = folder / f"a{number}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(path)
        (folder / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
        files.append(folder / "feed.jsonl")

        first = run_cli(*files, "--format", "json", "--jobs", "1", "--fail-on", "never")
        assert first.status == 0, first.stderr
        assert "Traceback" not in first.stderr
        again = run_cli(*files, "--format", "json", "--jobs", "1", "--fail-on", "never")
        assert again.stdout == first.stdout

        random.shuffle(files)
        random.shuffle(records)
        (folder / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
        shuffled = run_cli(*files, "--format", "json", "--jobs", "1", "--fail-on", "never")
        ids = [finding["id"] for finding in first.json["findings"]]
        assert sorted(f["id"] for f in shuffled.json["findings"]) == sorted(ids)

        report = first.json
        bodies = {f"a{n}.txt": text for n, (text, _, _) in enumerate(articles)}
        bodies |= {f"feed.jsonl#r{n}": text for n, (text, _, _) in enumerate(articles)}
        for document in report["documents"]:
            claims = [c for c in report["claims"] if c["document"] == document["id"]]
            body = bodies[document["id"]]
            assert all(body[c["start"] : c["end"]] == c["text"] for c in claims)


spans = st.tuples(st.integers(0, 40), st.integers(1, 10), st.sampled_from([0, 5, 10, 15, 20]))


@given(st.lists(spans, max_size=15))
def test_overlap_resolution_keeps_the_best_of_each_overlap_like_the_plain_definition(raw):
    mentions = [Mention(start=a, end=a + n, kind="count", priority=p) for a, n, p in raw]
    ranked = sorted(mentions, key=lambda m: (-m.priority, -m.length, m.start, m.end))
    expected: list[Mention] = []
    for mention in ranked:
        if not any(t.start < mention.end and mention.start < t.end for t in expected):
            expected.append(mention)
    assert resolve_overlaps(mentions) == sorted(expected, key=lambda m: m.start)


@settings(max_examples=20)
@given(st.lists(st.tuples(news_text(max_tokens=40), languages, published), min_size=1, max_size=4))
def test_every_format_renders_any_articles_and_stays_inert(articles):
    from factcheck.pipeline import run
    from factcheck.report import FORMATS, renderer
    from factcheck.settings import Settings
    from tests.reliability.test_hostile_folder import assert_inert_html

    with tempfile.TemporaryDirectory() as temp:
        lines = [
            json.dumps({"id": f"r{n}", "text": "خبر " + text, "language": lang, "published": day})
            for n, (text, lang, day) in enumerate(articles)
        ]
        (Path(temp) / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        settings = Settings(paths=[temp], jobs=1, quiet=True)
        report = run(settings)
        assert report.errors == []
        for name in FORMATS:
            output = renderer(name)(report, settings.model_copy(update={"format": name}))
            if name in ("rich", "markdown"):
                assert "\x1b" not in output
            if name == "html":
                assert_inert_html(output)
