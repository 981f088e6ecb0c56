"""Walks the PATH arguments: which files are articles, in a sorted, machine-independent order."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from factcheck.models import RunError

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})
# The folder reports are written to; reading it back would check our own output.
OUTPUT_FOLDER = "reports"


@dataclass(frozen=True, slots=True)
class Source:
    """An article file: where it is, and the document id the contract gives it."""

    path: Path
    doc_id: str


def discover(arguments: list[str]) -> tuple[list[Source], list[RunError]]:
    sources: list[Source] = []
    errors: list[RunError] = []
    for argument in arguments:
        root = Path(argument)
        if root.is_dir():
            _walk(root, root, sources, errors, visited=set())
        elif root.is_file():
            # A file named on the command line is read whatever its suffix: the user asked for it.
            sources.append(Source(root, root.name))
        elif root.is_symlink():
            errors.append(RunError(path=argument, message="broken symbolic link"))
        else:
            errors.append(RunError(path=argument, message="no such file or directory"))
    return _unique_ids(sources), errors


def _walk(
    folder: Path,
    root: Path,
    sources: list[Source],
    errors: list[RunError],
    visited: set[tuple[int, int]],
) -> None:
    try:
        status = folder.stat()
    except OSError as exc:
        errors.append(RunError(path=str(folder), message=f"cannot read folder: {exc.strerror}"))
        return
    key = (status.st_dev, status.st_ino)
    if key in visited:
        errors.append(RunError(path=str(folder), message="symbolic link loop: folder already read"))
        return
    visited.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        errors.append(RunError(path=str(folder), message=f"cannot read folder: {exc.strerror}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError as exc:
            errors.append(RunError(path=str(path), message=f"cannot read: {exc.strerror}"))
            continue
        if is_dir:
            if entry.name != OUTPUT_FOLDER:
                _walk(path, root, sources, errors, visited)
        elif is_file:
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                sources.append(Source(path, path.relative_to(root).as_posix()))
        elif entry.is_symlink() and path.suffix.lower() in ARTICLE_SUFFIXES:
            errors.append(RunError(path=str(path), message="broken symbolic link"))


def _unique_ids(sources: list[Source]) -> list[Source]:
    """Sort by id; when two arguments yield the same id, qualify each with its parent folders."""
    by_id: dict[str, list[Source]] = {}
    for source in sources:
        by_id.setdefault(source.doc_id, []).append(source)
    unique: list[Source] = []
    for doc_id, same in by_id.items():
        if len(same) == 1:
            unique.append(same[0])
            continue
        seen: set[Path] = set()
        for source in same:
            real = source.path.resolve()
            if real in seen:  # the same file named twice is read once
                continue
            seen.add(real)
            unique.append(Source(source.path, source.path.as_posix().lstrip("./") or doc_id))
    return sorted(unique, key=lambda source: source.doc_id)
