"""Atomic writes: a temp file in the target's folder, then a rename; never a half-written report."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path


class OutputError(Exception):
    pass


def encodable(text: str) -> str:
    """The report as valid UTF-8: a lone surrogate (an undecodable file name, a JSON record's
    "\\ud800" escape) is written as its `\\udcxx` escape instead of failing the whole write."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def write_atomic(path: Path, text: str | bytes) -> None:
    """`text` as it is to be written, or already encoded as UTF-8 (a 46 MB report encoded
    once, not checked for surrogates and encoded again)."""
    data = text if isinstance(text, bytes) else encodable(text).encode("utf-8")
    if _is_special(path):
        # /dev/null, a FIFO, /dev/stdout: renaming over it would replace the device with a
        # regular file (a report sent to /dev/null once broke every later redirect).
        try:
            with path.open("wb") as out:
                out.write(data)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return
    target = replaced_file(path)
    temp = temp_beside(target)
    append(temp, [data], target)
    commit(temp, target)


def replaced_file(path: Path) -> Path:
    """The regular file that writing `path` replaces (a symlink's target), its folder checked."""
    if path.is_symlink():  # replace the file the link names, not the link
        path = path.resolve()
    if not path.parent.is_dir():  # a bare name's parent is "."
        raise OutputError(f"cannot write {path}: folder {path.parent} does not exist")
    return path


def temp_beside(target: Path) -> Path:
    """A new empty temp file in `target`'s folder (the rename must not cross file systems)."""
    try:
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror}") from exc
    os.close(handle)
    return Path(temp)


def append(
    temp: Path, parts: Iterable[bytes | memoryview], target: Path, synced: bool = False
) -> None:
    """`parts` added at the end of `temp` (several writers may fill it in turn); `synced`: on
    disk before this returns, so that the final `commit` syncs only what came after."""
    with _removed_on_failure(temp, target), temp.open("ab") as out:
        out.writelines(parts)
        if synced:
            out.flush()
            os.fsync(out.fileno())


def commit(temp: Path, target: Path) -> None:
    """`temp`, complete, synced and renamed over `target`."""
    with _removed_on_failure(temp, target):
        with temp.open("ab") as out:
            os.fsync(out.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, target)


@contextmanager
def _removed_on_failure(temp: Path, target: Path) -> Iterator[None]:
    try:
        yield
    except BaseException as exc:  # also an interrupt: never leave the temp file behind
        discard(temp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
        raise


def discard(temp: Path) -> None:
    temp.unlink(missing_ok=True)


def is_replaceable(path: Path) -> bool:
    """A report to `path` goes through a temp file and a rename (not a device or a FIFO)."""
    return not _is_special(path)


def _is_special(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
