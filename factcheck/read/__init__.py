"""Stage 1, read: PATH arguments -> Documents sorted by id, and the inputs that failed."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.lang.detect import detect_language, supported_languages
from factcheck.models import Document, RunError
from factcheck.read.decode import InputError
from factcheck.read.dense_figures import cut_dense_figures
from factcheck.read.discover import Source, discover
from factcheck.read.formats import RawArticle, RawError, read_source
from factcheck.read.metadata import FolderMetadata, clean, merge


def read_inputs(
    arguments: list[str],
    max_bytes: int,
    progress: Callable[[int, int], None] | None = None,
    on_read: Callable[[Document], None] | None = None,
) -> tuple[list[Document], list[RunError]]:
    """`progress(files read, files)` is told before each file and once at the end; `on_read`
    each document as soon as it is read (in file order), so that work on it can start."""
    sources, errors = discover(arguments)
    documents, problems = read_sources(sources, max_bytes, progress, on_read)
    documents.sort(key=lambda document: document.id)
    return documents, sorted_errors([*errors, *problems])


def read_sources(
    sources: list[Source],
    max_bytes: int,
    progress: Callable[[int, int], None] | None = None,
    on_read: Callable[[Document], None] | None = None,
) -> tuple[list[Document], list[RunError]]:
    """Documents of some discovered files, in file order; a distributed engine's partition.

    Duplicate ids are caught among these sources only, so a caller that splits the sources
    must keep files whose ids can collide together.
    """
    errors: list[RunError] = []
    folders = FolderMetadata()
    documents: list[Document] = []
    seen: set[str] = set()
    for done, source in enumerate(sources):
        if progress is not None:
            progress(done, len(sources))
        folder_meta = folders.for_file(source.path)
        for item in read_source(source, folder_meta, max_bytes):
            if isinstance(item, RawError):
                errors.append(_error(str(item.path), item.error))
                continue
            if item.doc_id in seen:
                errors.append(
                    RunError(
                        path=str(item.path),
                        message=f"duplicate document id {item.doc_id!r}; this record was skipped",
                    )
                )
                continue
            seen.add(item.doc_id)
            document, problems = build_document(item)
            documents.append(document)
            errors.extend(problems)
            if on_read is not None:
                on_read(document)
    if progress is not None:
        progress(len(sources), len(sources))
    for path, error in folders.errors:
        errors.append(_error(str(path), error))
    return documents, errors


def sorted_errors(errors: list[RunError]) -> list[RunError]:
    """The report's order, each error once (a folder's articles.yaml may be read twice)."""
    return sorted(set(errors), key=lambda e: (e.path, e.line or 0, e.message))


def build_document(raw: RawArticle) -> tuple[Document, list[RunError]]:
    merged, origin = merge(raw.sources)
    values, problems = clean(merged)
    errors = [
        RunError(path=str(origin[key].path), line=origin[key].line_of(key), message=message)
        for key, message in problems.items()
    ]
    language = values["language"] or detect_language(raw.body)
    note = None
    if language is None:
        note = "language not stated and not detectable; no claims extracted"
    elif language not in supported_languages():
        supported = ", ".join(sorted(supported_languages()))
        note = f"language '{language}' is not supported for extraction (supported: {supported})"
    body = raw.body
    if note is None:
        body, cut = cut_dense_figures(body)
        if cut is not None:
            record = "" if raw.path.as_posix().endswith(raw.doc_id) else f"{raw.doc_id}: "
            errors.append(RunError(path=str(raw.path), message=record + cut))
    document = Document(
        id=raw.doc_id,
        path=raw.path.as_posix(),
        language=language,
        published=values["published"],
        title=values["title"],
        outlet=values["outlet"],
        url=values["url"],
        note=note,
        body=body,
    )
    return document, errors


def _error(path: str, error: InputError) -> RunError:
    return RunError(path=path, line=error.line, message=error.message)
