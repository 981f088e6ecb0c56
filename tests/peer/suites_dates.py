"""Peer suites for dates (filled by the date extraction work)."""

from tests.peer.harness import Suite

SUITES: list[Suite] = []
