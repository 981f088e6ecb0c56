"""Atomic writes: a temp file in the target's folder, then a rename; never a half-written report."""

from __future__ import annotations

import os
import stat
import tempfile
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
    if path.is_symlink():  # replace the file the link names, not the link
        path = path.resolve()
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: folder {folder} does not exist")
    try:
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException as exc:  # also an interrupt: never leave the temp file behind
        Path(temp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise


def _is_special(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)
