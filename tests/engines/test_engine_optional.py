"""The Dask engine is optional: without the extra nothing of it is imported, and asking for it
is a usage error that says what to install. These tests run whether or not Dask is installed."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO, SEEDS, run_cli


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (("--workers", "2"), "--scheduler and --workers need --engine dask"),
        (("--engine", "dask", "--workers", "0"), "--workers must be at least 1"),
        (
            ("--engine", "dask", "--workers", "2", "--scheduler", "tcp://127.0.0.1:8786"),
            "a --scheduler has its own workers",
        ),
    ],
)
def test_engine_flags_that_do_not_fit_are_usage_errors(flags, message):
    result = run_cli(SEEDS, *flags)
    assert result.status == 2
    assert message in result.stderr


def test_a_local_run_imports_nothing_of_dask():
    probe = (
        "import sys\n"
        "from factcheck.cli import main\n"
        f"status = main([{str(SEEDS)!r}, '--format', 'json', '-o', {os.devnull!r}])\n"
        "loaded = sorted(m for m in sys.modules\n"
        "                if m.split('.')[0] in {'dask', 'distributed', 'fsspec'})\n"
        "print(status, loaded)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.split(" ", 1)[1].strip() == "[]"


def test_without_the_extra_the_dask_engine_is_a_usage_error_naming_it():
    probe = (
        "import sys\n"
        "sys.modules['distributed'] = None  # as if the extra were not installed\n"
        "from factcheck.cli import main\n"
        f"sys.exit(main([{str(SEEDS)!r}, '--engine', 'dask', '--workers', '1']))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 2
    assert "pip install 'factcheck[dask]'" in out.stderr
