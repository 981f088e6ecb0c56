"""Locates the bundled rules/ and lexicons/, in a source checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

LEXICONS = _PACKAGE / "lexicons"


def bundled_rules() -> Path:
    # A wheel carries the top-level rules/ as factcheck/_bundled_rules (see pyproject.toml);
    # a source checkout or an editable install reads the top-level folder itself.
    packaged = _PACKAGE / "_bundled_rules"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "rules"
