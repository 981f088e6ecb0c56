"""Article metadata: front matter, articles.yaml, record keys; the first source with a key wins."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml

from factcheck.read.decode import InputError, decode

METADATA_KEYS = ("title", "outlet", "published", "language", "url", "id")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_FENCE = re.compile(r"^---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", re.MULTILINE)

try:  # the C loader is many times faster; both are safe loaders
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _MetadataLoader(_Loader):  # type: ignore[misc,valid-type]
    """Safe loading that keeps dates as text: `published: 2015-02-30` must become a reported
    bad date on its own line, not a ValueError from PyYAML's date constructor."""

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != _TIMESTAMP]
        for first, resolvers in _Loader.yaml_implicit_resolvers.items()
    }


def load_yaml(text: str, loader: Any = _Loader) -> Any:
    """Safe YAML; a syntax error becomes an InputError with the 1-based line."""
    try:
        return yaml.load(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # PyYAML may point just past the text when it ran off the end looking for a closer.
        line = min(mark.line + 1, max(1, len(text.splitlines()))) if mark else None
        raise InputError(f"invalid YAML: {exc.problem or exc}", line) from exc
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}") from exc
    except (ValueError, RecursionError) as exc:
        # Values PyYAML's constructors reject: an impossible date, an integer of more digits
        # than Python converts, nesting deeper than the stack.
        raise InputError(f"invalid YAML value: {exc}") from exc


def load_metadata_yaml(text: str) -> Any:
    return load_yaml(text, _MetadataLoader)


@dataclass
class FrontMatter:
    metadata: dict[str, Any]
    body: str
    # Lines the front matter takes, so errors in it can name the file's own line.
    lines: int = 0
    key_lines: dict[str, int] = field(default_factory=dict)


def split_front_matter(text: str) -> FrontMatter:
    """YAML between two `---` lines at the very top; the body is everything after the second.

    Written here rather than with python-frontmatter because that library strips the body,
    and claim offsets must count from the exact first character after the closing fence.
    """
    opening = _FENCE.match(text)
    if not opening:
        return FrontMatter({}, text)
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        raise InputError("front matter opened with '---' on line 1 is never closed", 1)
    block = text[opening.end() : closing.start()]
    try:
        data = load_metadata_yaml(block)
    except InputError as exc:
        raise InputError(f"front matter: {exc.message}", (exc.line or 0) + 1) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("front matter must be a mapping of keys to values", 2)
    key_lines = _key_lines(block, offset=2)
    lines = text.count("\n", 0, closing.end()) + (0 if text[closing.end() - 1] == "\n" else 1)
    return FrontMatter(data, text[closing.end() :], lines, key_lines)


def _key_lines(block: str, offset: int) -> dict[str, int]:
    lines: dict[str, int] = {}
    for number, line in enumerate(block.splitlines()):
        key, sep, _ = line.partition(":")
        if sep and key and not key.startswith((" ", "\t", "#")):
            lines.setdefault(key.strip().strip("'\""), number + offset)
    return lines


@dataclass(frozen=True)
class MetaSource:
    """One place metadata came from, with the line of each key for error messages."""

    values: Mapping[str, Any]
    path: Path
    lines: Mapping[str, int] = field(default_factory=dict)
    line: int | None = None  # for a record: its line; every key is on it

    def line_of(self, key: str) -> int | None:
        return self.lines.get(key, self.line)


class FolderMetadata:
    """`articles.yaml` of one folder: file name -> metadata mapping, loaded once per folder."""

    def __init__(self) -> None:
        self._cache: dict[Path, Mapping[str, MetaSource]] = {}
        self.errors: list[tuple[Path, InputError]] = []

    def for_file(self, path: Path) -> MetaSource:
        folder = path.parent
        if folder not in self._cache:
            self._cache[folder] = self._load(folder)
        empty = MetaSource({}, folder / "articles.yaml")
        return self._cache[folder].get(path.name, empty)

    def _load(self, folder: Path) -> Mapping[str, MetaSource]:
        file = folder / "articles.yaml"
        if not file.is_file():
            return {}
        try:
            text = decode(file.read_bytes())
            data = load_metadata_yaml(text)
        except InputError as exc:
            self.errors.append((file, exc))
            return {}
        except OSError as exc:
            self.errors.append((file, InputError(f"cannot read: {exc.strerror}")))
            return {}
        if data is None:
            return {}
        if not isinstance(data, dict):
            self.errors.append((file, InputError("must map file names to metadata", 1)))
            return {}
        lines = _key_lines(text, offset=1)
        entries: dict[str, MetaSource] = {}
        for name, meta in data.items():
            name = str(name)
            line = lines.get(name)
            if "/" in name or "\\" in name or name in (".", ".."):
                self.errors.append(
                    (
                        file,
                        InputError(f"'{name}': only file names of this folder may be named", line),
                    )
                )
            elif not isinstance(meta, dict):
                self.errors.append(
                    (file, InputError(f"'{name}': metadata must be a mapping", line))
                )
            elif not (folder / name).is_file():
                self.errors.append(
                    (file, InputError(f"'{name}': no such file in this folder", line))
                )
            else:
                entries[name] = MetaSource(meta, file, line=line)
        return entries


def merge(sources: list[MetaSource]) -> tuple[dict[str, Any], dict[str, MetaSource]]:
    """The first source that has a key wins; also says which source each key came from."""
    merged: dict[str, Any] = {}
    origin: dict[str, MetaSource] = {}
    for source in sources:
        for key in METADATA_KEYS:
            if key not in merged and source.values.get(key) not in (None, ""):
                merged[key] = source.values[key]
                origin[key] = source
    return merged, origin


def clean(metadata: Mapping[str, Any]) -> tuple[dict[str, str | None], dict[str, str]]:
    """Validates and normalises the contract's keys; returns the values and, per key, the fault."""
    problems: dict[str, str] = {}
    out: dict[str, str | None] = {key: None for key in METADATA_KEYS}
    scalars = {}
    for key in METADATA_KEYS:
        value = metadata.get(key)
        if value is None:
            continue
        # A list or mapping is never a title or a date; turning one into text could also
        # expand a YAML alias bomb, so it is refused before it is ever printed.
        if not isinstance(value, _SCALARS):
            problems[key] = f"'{key}' must be a single value, not a {type(value).__name__}"
        else:
            scalars[key] = value
    for key in ("title", "outlet", "url", "id"):
        if key in scalars:
            out[key] = str(scalars[key]).strip() or None
    published = scalars.get("published")
    if published is not None:
        out["published"] = _published(published)
        if out["published"] is None:
            problems["published"] = (
                f"'published' is not a date (YYYY-MM-DD or ISO 8601 datetime): {_shown(published)}"
            )
    language = scalars.get("language")
    if language is not None:
        code = str(language).strip().lower()
        if _LANGUAGE.match(code):
            out["language"] = code
        else:
            problems["language"] = f"'language' is not an ISO 639-1 code: {_shown(language)}"
    return out, problems


_SCALARS = (str, int, float, bool, dt.date)
_SHOWN_CHARS = 60


def _shown(value: object) -> str:
    """A bad value as an error message quotes it: repr, cut short (it is untrusted input)."""
    text = repr(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def _published(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text).isoformat()
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return None


def published_date(published: str | None) -> dt.date | None:
    """The calendar day of a document's `published`, for resolving relative dates."""
    if not published:
        return None
    return dt.date.fromisoformat(published[:10])
