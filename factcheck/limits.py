"""Input limits and their defaults: plain constants, cheap to import (SECURITY.md lists them)."""

# An article larger than this is refused with a clear message rather than read into memory;
# real news articles are kilobytes, and 16 MiB is far above any of the corpora.
DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024

# A sentence longer than this (a line of a megabyte without a full stop) is cut into pieces of
# this length: a claim's `sentence` is its piece, never the whole line.
MAX_SENTENCE_CHARS = 1000

# Figures (numbers in digits) one article may hold: this many, plus one per CHARS_PER_FIGURE
# characters. Text denser than that is cut where the limit is reached, with a note: news holds a
# figure every 330 characters (SaudiNewsNet; its most crowded article, 277), and each figure
# costs the extractor 10-70 µs, so "5\n5\n..." or "قتل 5 جنود" a MB would take 4-8 s.
FIGURES_ALWAYS_READ = 1000
CHARS_PER_FIGURE = 200


def figure_limit(length: int) -> int:
    """How many figures (or numbers in words) an article of `length` characters may hold."""
    return FIGURES_ALWAYS_READ + length // CHARS_PER_FIGURE
