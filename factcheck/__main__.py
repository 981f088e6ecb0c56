"""`python -m factcheck` behaves the same as the `factcheck` console script."""

from factcheck.cli import entry

entry()
