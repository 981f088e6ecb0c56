"""Exit statuses of the command line, as the contract fixes them."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI imports this module before it knows it needs the models
    from factcheck.models import Report


class ExitStatus(IntEnum):
    OK = 0
    FINDINGS = 1
    USAGE = 2


# What each --fail-on threshold lets fail the run, from the most to the least severe.
_FAILING = {
    "conflict": {"conflict"},
    "revision": {"conflict", "revision"},
    "any": {"conflict", "revision", "agreement", "single_source"},
    "never": set(),
}


def exit_status(report: Report, fail_on: str) -> ExitStatus:
    if report.errors:
        return ExitStatus.USAGE
    failing = _FAILING[fail_on]
    if any(f.kind in failing and not f.known for f in report.findings):
        return ExitStatus.FINDINGS
    return ExitStatus.OK
