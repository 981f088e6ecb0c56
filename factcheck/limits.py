"""Input limits and their defaults: plain constants, cheap to import (SECURITY.md lists them)."""

# An article larger than this is refused with a clear message rather than read into memory;
# real news articles are kilobytes, and 16 MiB is far above any of the corpora.
DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024

# A claim's sentence reaches at most this many characters either side of the claim: a line of
# a megabyte without a full stop must not become the `sentence` of each of its numbers.
SENTENCE_WINDOW_CHARS = 1000
