"""JSON text to data; every way it can fail is an InputError with the line, never a raise."""

from __future__ import annotations

import json
from typing import Any

from factcheck.read.decode import InputError


def load_json(text: str, line: int | None = None) -> Any:
    """`line`: the file line `text` starts on, for a JSONL record (its own line then)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = line if line is not None else exc.lineno
        column = f" (column {exc.colno})" if line is not None else ""
        raise InputError(f"malformed JSON: {exc.msg}{column}", where) from exc
    except ValueError as exc:  # an integer of more digits than Python converts
        raise InputError(f"malformed JSON: {exc}", line) from exc
    except RecursionError as exc:
        raise InputError("malformed JSON: nested deeper than the parser's stack", line) from exc
