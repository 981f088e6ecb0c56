"""One reader per input form (txt/md, html, json, jsonl), each yielding articles or errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.read.decode import InputError, read_text
from factcheck.read.discover import Source
from factcheck.read.html_text import html_to_text
from factcheck.read.json_text import load_json
from factcheck.read.metadata import MetaSource, split_front_matter


@dataclass
class RawArticle:
    """An article's text and its metadata sources, in precedence order, before validation."""

    doc_id: str
    path: Path
    body: str
    sources: list[MetaSource]


@dataclass
class RawError:
    path: Path
    error: InputError
    label: str | None = None  # "FILE#LINE" for a record


Reader = Callable[[Source, str, MetaSource], Iterator[RawArticle | RawError]]


def read_source(
    source: Source, folder_meta: MetaSource, max_bytes: int
) -> Iterator[RawArticle | RawError]:
    try:
        text = read_text(source.path, max_bytes)
    except InputError as exc:
        yield RawError(source.path, exc)
        return
    reader = READERS.get(source.path.suffix.lower(), _read_plain)
    yield from reader(source, text, folder_meta)


def _read_plain(
    source: Source, text: str, folder_meta: MetaSource
) -> Iterator[RawArticle | RawError]:
    try:
        front = split_front_matter(text)
    except InputError as exc:
        yield RawError(source.path, exc)
        return
    if not front.body.strip():
        yield RawError(source.path, InputError("empty article: no text to check"))
        return
    front_source = MetaSource(front.metadata, source.path, front.key_lines)
    yield RawArticle(source.doc_id, source.path, front.body, [front_source, folder_meta])


def _read_html(
    source: Source, text: str, folder_meta: MetaSource
) -> Iterator[RawArticle | RawError]:
    body, page_meta = html_to_text(text)
    if not body.strip():
        yield RawError(source.path, InputError("empty article: the page has no text"))
        return
    yield RawArticle(
        source.doc_id, source.path, body, [folder_meta, MetaSource(page_meta, source.path)]
    )


def _read_json(
    source: Source, text: str, folder_meta: MetaSource
) -> Iterator[RawArticle | RawError]:
    try:
        data = load_json(text)
    except InputError as exc:
        yield RawError(source.path, exc)
        return
    if isinstance(data, dict):
        yield _record(source, data, folder_meta, number=None, line=1)
    elif isinstance(data, list):
        for index, item in enumerate(data, start=1):
            yield _record(source, item, folder_meta, number=index, line=None)
    else:
        yield RawError(
            source.path, InputError("a .json file must hold an article object or a list of them", 1)
        )


def _read_jsonl(
    source: Source, text: str, folder_meta: MetaSource
) -> Iterator[RawArticle | RawError]:
    # Records end at "\n" only: str.splitlines would also cut at U+2028, U+0085 and other
    # separators that JSON strings may hold raw, breaking a good record in two.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = load_json(line.removesuffix("\r"), number)
        except InputError as exc:
            yield RawError(source.path, exc)
            continue
        yield _record(source, data, folder_meta, number=number, line=number)


def _record(
    source: Source, data: Any, folder_meta: MetaSource, number: int | None, line: int | None
) -> RawArticle | RawError:
    """A JSON record: `FILE#ID`, else `FILE#N` (the line in JSONL, the position in a list)."""
    where = f"record {number}" if line is None and number is not None else "record"
    if not isinstance(data, dict):
        return RawError(source.path, InputError(f"{where} is not an article object", line))
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        problem = "has no 'text'" if text is None else "has an empty or non-string 'text'"
        return RawError(source.path, InputError(f"{where} {problem}; not an article", line))
    record_id = data.get("id")
    if isinstance(record_id, (str, int)) and str(record_id).strip():
        doc_id = f"{source.doc_id}#{str(record_id).strip()}"
    elif number is not None:
        doc_id = f"{source.doc_id}#{number}"
    else:
        doc_id = source.doc_id
    record_meta = MetaSource(data, source.path, line=line)
    return RawArticle(doc_id, source.path, text, [folder_meta, record_meta])


READERS: dict[str, Reader] = {
    ".txt": _read_plain,
    ".md": _read_plain,
    ".html": _read_html,
    ".htm": _read_html,
    ".json": _read_json,
    ".jsonl": _read_jsonl,
}
