"""The local engine with workers: documents are extracted as they are read, in batches, and the
report (errors and their order included) is the one of `--jobs 1`."""

from __future__ import annotations

import json
import os
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from factcheck.engines import local
from factcheck.models import Document
from tests.conftest import SEEDS


def mixed_folder(folder: Path) -> None:
    """Three days of records whose ids sort otherwise than they are read (r10 before r2), with a
    broken line, a duplicate id, an unsupported language and a bad front matter among them."""
    folder.mkdir()
    sentences = [
        "Officials said {n} people died and 2,{n:03d} were hurt on 2 July 2013.",
        "قالت وزارة الصحة إن {n} شخصا توفوا وأصيب {n}0 آخرون يوم 3 يوليو 2013.",
    ]
    for day in (1, 2, 3):
        lines = []
        for n in range(1, 41):
            record = {
                "id": f"r{n}",
                "published": f"2013-07-0{day}",
                "text": sentences[n % 2].format(n=n + day),
            }
            lines.append(json.dumps(record, ensure_ascii=False))
        if day == 2:
            lines.insert(7, '{"id": "broken", "text": ')
            lines.append(json.dumps({"id": "r5", "text": "A duplicate of r5: 12 people."}))
            lines.append(
                json.dumps({"id": "de", "language": "de", "text": "Es starben 5 Menschen."})
            )
        (folder / f"day{day}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "bad.md").write_text("---\ntitle: [unclosed\n---\n7 people died.\n", encoding="utf-8")


def test_extracting_while_reading_gives_the_report_of_one_process(cli, tmp_path, monkeypatch):
    folder = tmp_path / "news"
    mixed_folder(folder)
    serial = cli(folder, "--format", "json", "--jobs", "1")
    assert serial.status == 2  # the broken line and the front matter
    sent: list[int] = []
    real = local._Feeder._send

    def spy(self, pool, last):
        real(self, pool, last)
        sent.append(len(self._sent))

    here: list[str] = []
    extract = local.extract_or_error
    this_process = os.getpid()

    def extracted_here(document):
        if os.getpid() == this_process:
            here.append(document.id)
        else:  # a slow worker, so that this process surely extracts some batches itself
            time.sleep(0.005)
        return extract(document)

    # Batches of a few documents: many of them, gathered out of reading order, some extracted
    # by the worker and some here, while the worker compiles what it needs on its first one.
    monkeypatch.setattr(local, "BATCH_CHARS", 300)
    monkeypatch.setattr(local._Feeder, "_send", spy)
    monkeypatch.setattr(local, "extract_or_error", extracted_here)
    parallel = cli(folder, "--format", "json", "--jobs", "2")
    assert sent and sent[-1] > 20
    assert 0 < len(here) < len(serial.json["documents"])
    assert parallel.stdout == serial.stdout
    assert parallel.stderr == serial.stderr
    assert parallel.status == 2
    report = serial.json
    assert report["summary"]["documents"] == 3 * 40 + 1
    assert [d["id"] for d in report["documents"]][:3] == [
        "day1.jsonl#r1",
        "day1.jsonl#r10",
        "day1.jsonl#r11",
    ]
    assert {e["path"] for e in report["errors"]} == {
        str(folder / "bad.md"),
        str(folder / "day2.jsonl"),
    }
    assert len(report["claims"]) > 200


def test_too_few_documents_start_no_worker(cli, tmp_path, monkeypatch):
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(local.PARALLEL_MIN_DOCUMENTS - 1):
        (folder / f"n{n:02d}.txt").write_text(f"Officials said {n} people died.", encoding="utf-8")
    started: list[int] = []
    monkeypatch.setattr(local, "warm_up", lambda languages: started.append(1))
    result = cli(folder, "--format", "json", "--jobs", "2")
    assert result.status == 0, result.stderr
    assert started == []
    assert len(result.json["claims"]) == local.PARALLEL_MIN_DOCUMENTS - 1


def test_a_document_the_workers_never_had_is_extracted_here():
    """results() promises every document it is given, also one not read through the feeder
    (the workers' batches run out before it is found)."""
    with ExitStack() as workers:
        feeder = local._Feeder(2, workers)
        read = [
            Document(
                id=f"d{n:02d}", path="d.txt", language="en", body=f"Officials said {n} people died."
            )
            for n in range(local.PARALLEL_MIN_DOCUMENTS)
        ]
        for document in read:
            feeder(document)
        late = Document(id="z", path="z.txt", language="en", body="The blast killed 17 soldiers.")
        results = list(feeder.results([*read, late]))
    assert [claims[0].value for claims in results[:3]] == [0, 1, 2]
    assert isinstance(results[-1], list)
    assert [(claim.text, claim.value) for claim in results[-1]] == [("17 soldiers", 17)]


def test_threads_get_the_gil_promptly_during_the_run_and_the_interval_is_restored(cli, monkeypatch):
    # The pool's threads hand documents to the worker while this process extracts or tells
    # stories; at the default 5 ms they kept the worker waiting (engines/local.py).
    before = sys.getswitchinterval()
    seen: list[float] = []
    extract = local.extract_or_error

    def spy(document):
        seen.append(sys.getswitchinterval())
        return extract(document)

    monkeypatch.setattr(local, "extract_or_error", spy)
    result = cli(SEEDS, "--format", "json", "--jobs", "1", "--fail-on", "never")
    assert result.status == 0, result.stderr
    assert seen and max(seen) < before and max(seen) <= 0.001
    assert sys.getswitchinterval() == before


def test_only_the_languages_read_before_the_workers_start_are_warmed_up(monkeypatch):
    """English compiled for an Arabic week cost the waiting worker 0.03-0.05 s."""
    warmed: list[set[str]] = []
    monkeypatch.setattr(local, "warm_up", lambda languages: warmed.append(set(languages)))
    with ExitStack() as workers:
        feeder = local._Feeder(2, workers)
        for n in range(local.PARALLEL_MIN_DOCUMENTS):
            language = None if n == 0 else "ar"  # the first one undetected
            feeder(Document(id=f"d{n:02d}", path="d.txt", language=language, body="قتل 5 جنود"))
    assert warmed == [{"ar"}]


def test_warm_up_compiles_each_asked_supported_language(monkeypatch):
    from factcheck.extract import claims

    compiled: list[str | None] = []
    monkeypatch.setattr(
        claims, "extract_document", lambda document: compiled.append(document.language)
    )
    claims.warm_up({"ar", "xx"})
    assert compiled == ["ar"]
    compiled.clear()
    claims.warm_up()
    assert compiled == ["ar", "en"]
