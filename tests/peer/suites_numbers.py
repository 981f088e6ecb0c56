"""Peer suites for numbers, money, percentages and quantities (filled by the extraction work)."""

from tests.peer.harness import Suite

SUITES: list[Suite] = []
