"""Inputs named by fsspec URLs (memory://, s3://...): listed on the client, staged on workers.

A worker copies its partition's files into a temporary folder laid out as in the store (with
each folder's articles.yaml), reads them with the local readers, and gives the documents and
errors back their URLs: one reading code, and the local engine's ids, for every filesystem.
"""

from __future__ import annotations

import posixpath
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from fsspec.core import url_to_fs

from factcheck.models import Document, RunError
from factcheck.read import read_sources
from factcheck.read.discover import ARTICLE_SUFFIXES, OUTPUT_FOLDER, Source

FOLDER_METADATA = "articles.yaml"


@dataclass(frozen=True)
class RemoteSource:
    """An article file in a store: `root` is the URL its `relative` path is taken from."""

    root: str
    relative: str
    doc_id: str
    size: int

    @property
    def url(self) -> str:
        return f"{self.root}/{self.relative}"

    @property
    def folder(self) -> str:
        return posixpath.dirname(self.url)


# Folder URL -> every file name in it, for the folders that have an articles.yaml: the reader
# checks that the files it names exist.
FolderListing = dict[str, tuple[str, ...]]


def discover_urls(arguments: list[str]) -> tuple[list[RemoteSource], FolderListing, list[RunError]]:
    """The local discovery's rules over a store: hidden and reports/ skipped, ids relative."""
    sources: list[RemoteSource] = []
    listing: FolderListing = {}
    errors: list[RunError] = []
    for argument in arguments:
        fs, root = url_to_fs(argument)
        if fs.isdir(root):
            base = argument.rstrip("/")
            files = fs.find(root, withdirs=False, detail=True)
            found = [
                RemoteSource(base, relative, relative, int(info.get("size") or 0))
                for relative, info in _relative(files, root).items()
                if _is_article(relative)
            ]
        elif fs.isfile(root):
            # A file named on the command line is read whatever its suffix, as locally.
            base, name = argument.rsplit("/", 1)
            found = [RemoteSource(base, name, name, int(fs.size(root) or 0))]
            root = posixpath.dirname(root)
            files = {info["name"]: info for info in fs.ls(root, detail=True)}
        else:
            errors.append(RunError(path=argument, message="no such file or directory"))
            continue
        sources += found
        folders: dict[str, list[str]] = {}
        for relative in _relative(files, root):
            folder, name = posixpath.split(relative)
            folders.setdefault(folder, []).append(name)
        for folder, names in folders.items():
            if FOLDER_METADATA in names:
                listing[posixpath.join(base, folder).rstrip("/")] = tuple(names)
    return sources, listing, errors


def _relative(files: dict[str, dict], root: str) -> dict[str, dict]:
    prefix = root.rstrip("/") + "/"
    return {
        path[len(prefix) :]: info
        for path, info in files.items()
        if info.get("type") == "file" and path.startswith(prefix)
    }


def _is_article(relative: str) -> bool:
    *folders, name = relative.split("/")
    if any(part.startswith(".") for part in relative.split("/")) or OUTPUT_FOLDER in folders:
        return False
    return PurePosixPath(name).suffix.lower() in ARTICLE_SUFFIXES


def stage(
    sources: list[RemoteSource], listing: FolderListing, into: Path, max_bytes: int
) -> tuple[list[Source], Callable[[str], str]]:
    """Local copies of `sources` under `into`, and the map from a local path back to its URL."""
    roots = sorted({source.root for source in sources})
    local_root = {root: into / str(index) for index, root in enumerate(roots)}
    staged: list[Source] = []
    folders: set[Path] = set()
    for source in sources:
        fs, path = url_to_fs(source.url)
        local = local_root[source.root] / source.relative
        if local.parent not in folders:
            folders.add(local.parent)
            local.parent.mkdir(parents=True, exist_ok=True)
            _stage_folder(source.folder, listing.get(source.folder, ()), local.parent)
        if source.size > max_bytes:
            # Not fetched: a sparse file of its size gets the local engine's "above the limit".
            with open(local, "wb") as placeholder:
                placeholder.truncate(source.size)
        else:
            fs.get_file(path, str(local))
        staged.append(Source(local, source.doc_id))
    prefixes = [(f"{local.as_posix()}/", f"{root}/") for root, local in local_root.items()]

    def to_url(path: str) -> str:
        for local, url in prefixes:
            if path.startswith(local):
                return url + path[len(local) :]
        return path

    return staged, to_url


def _stage_folder(folder: str, names: tuple[str, ...], local: Path) -> None:
    """A folder's articles.yaml, and an empty stand-in for every file it may name."""
    if not names:
        return
    fs, path = url_to_fs(f"{folder}/{FOLDER_METADATA}")
    fs.get_file(path, str(local / FOLDER_METADATA))
    for name in names:
        if name != FOLDER_METADATA:
            (local / name).touch()


def with_urls(
    documents: list[Document], errors: list[RunError], to_url: Callable[[str], str]
) -> tuple[list[Document], list[RunError]]:
    return (
        [document.model_copy(update={"path": to_url(document.path)}) for document in documents],
        [error.model_copy(update={"path": to_url(error.path)}) for error in errors],
    )


def read_remote(
    sources: list[Source | RemoteSource], listing: FolderListing, max_bytes: int
) -> tuple[list[Document], list[RunError]]:
    """read_sources over local files and staged copies of remote ones, in the given order."""
    remote = [source for source in sources if isinstance(source, RemoteSource)]
    with tempfile.TemporaryDirectory(prefix="factcheck-") as folder:
        staged, to_url = stage(remote, listing, Path(folder), max_bytes)
        copies = iter(staged)
        ordered = [next(copies) if isinstance(s, RemoteSource) else s for s in sources]
        documents, errors = read_sources(ordered, max_bytes)
    return with_urls(documents, errors, to_url)
