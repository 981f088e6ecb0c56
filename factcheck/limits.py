"""Input limits and their defaults: plain constants, cheap to import (SECURITY.md lists them)."""

# An article larger than this is refused with a clear message rather than read into memory;
# real news articles are kilobytes, and 16 MiB is far above any of the corpora.
DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024

# A sentence longer than this (a line of a megabyte without a full stop) is cut into pieces of
# this length: a claim's `sentence` is its piece, never the whole line.
MAX_SENTENCE_CHARS = 1000
