"""Walks the PATH arguments: which files are articles, in a sorted, machine-independent order."""

from __future__ import annotations

import errno
import os
import stat
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
        try:
            mode = root.stat().st_mode
        except OSError as exc:
            errors.append(RunError(path=argument, message=_unreachable(root, exc)))
            continue
        if stat.S_ISDIR(mode):
            _walk(root, (root, root.resolve()), sources, errors, visited=set())
        elif stat.S_ISREG(mode):
            # A file named on the command line is read whatever its suffix: the user asked for it.
            sources.append(Source(root, root.name))
        else:
            errors.append(RunError(path=argument, message=_NOT_REGULAR))
    return _unique_ids(sources), errors


# Reading a FIFO or a device would block or never end; they are named, not opened.
_NOT_REGULAR = "not a regular file (a pipe, device or socket); not read"


def _unreachable(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        return "broken symbolic link" if path.is_symlink() else "no such file or directory"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return f"cannot read: {exc.strerror or exc}"


def _walk(
    folder: Path,
    roots: tuple[Path, Path],
    sources: list[Source],
    errors: list[RunError],
    visited: set[tuple[int, int]],
) -> None:
    """`roots`: the folder argument, which ids are relative to, and its resolved form, which no
    symbolic link inside it may lead out of (a scraped folder must not make us read ~/.ssh)."""
    root, real_root = roots
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
        article = path.suffix.lower() in ARTICLE_SUFFIXES
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
            outside = entry.is_symlink() and not path.resolve().is_relative_to(real_root)
        except OSError as exc:
            errors.append(RunError(path=str(path), message=_unreachable(path, exc)))
            continue
        except RuntimeError:  # Path.resolve on a link that points at itself (Python < 3.13)
            errors.append(RunError(path=str(path), message="symbolic link loop"))
            continue
        if outside and (is_dir or article):
            errors.append(RunError(path=str(path), message=_OUTSIDE))
        elif is_dir:
            if entry.name != OUTPUT_FOLDER:
                _walk(path, roots, sources, errors, visited)
        elif not article:
            continue
        elif is_file:
            sources.append(Source(path, path.relative_to(root).as_posix()))
        elif entry.is_symlink():
            errors.append(RunError(path=str(path), message="broken symbolic link"))
        else:
            errors.append(RunError(path=str(path), message=_NOT_REGULAR))


_OUTSIDE = "symbolic link to outside the folder given; not read"


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
