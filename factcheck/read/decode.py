"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with a BOM; anything else is an error."""

from __future__ import annotations

import codecs
from pathlib import Path

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class InputError(Exception):
    """An input that cannot be read; `line` is 1-based where it is known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def read_text(path: Path, max_bytes: int) -> str:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(size, max_bytes)
        with path.open("rb") as handle:
            # Never more than the limit into memory, even if the file grew since stat().
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise _too_large(len(data), max_bytes)
    except PermissionError as exc:
        raise InputError("permission denied") from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from exc
    return decode(data)


def _too_large(size: int, max_bytes: int) -> InputError:
    return InputError(
        f"file is {size:,} bytes, above the limit of {max_bytes:,} (raise it with --max-file-size)"
    )


def decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"invalid {encoding.upper()} at byte {exc.start + len(bom)}"
                ) from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"binary file, not text (NUL byte at byte offset {nul})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"invalid UTF-8 at byte offset {exc.start} (byte 0x{data[exc.start]:02x})", line
        ) from exc
