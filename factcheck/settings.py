"""Settings of one run, built from the command line (or by a library caller)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.limits import DEFAULT_MAX_FILE_BYTES

OutputFormat = Literal["rich", "json", "html", "markdown", "sarif"]
FailOn = Literal["conflict", "revision", "any", "never"]
BidiMode = Literal["auto", "on", "off"]
Engine = Literal["local", "dask"]


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    paths: list[str] = []
    format: OutputFormat = "rich"
    output: Path | None = None
    fail_on: FailOn = "conflict"
    baseline: Path | None = None
    write_baseline: Path | None = None
    rule_dirs: list[Path] = []
    verbose: bool = False
    quiet: bool = False
    bidi: BidiMode = "auto"
    jobs: int = Field(default_factory=lambda: os.cpu_count() or 1)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    engine: Engine = "local"
    # Dask engine: a scheduler's address, else a LocalCluster of `workers` processes.
    scheduler: str | None = None
    workers: int | None = None
