"""factcheck: cross-check the numbers and dates that news articles state."""

__version__ = "0.1.0"
