"""Text far denser in figures than any news is cut where it reaches the limit, not read slowly.

Extraction costs each figure 10-70 µs (reading its number, its unit, qualifier and range, and
placing its claim in context), so a megabyte of "5\\n" or "قتل 5 جنود" would take seconds; the
limit (factcheck/limits.py, SECURITY.md) keeps every article under a second of CPU a MB.
"""

from __future__ import annotations

import re
from itertools import islice

from factcheck.limits import (
    CHARS_PER_FIGURE,
    FIGURES_ALWAYS_READ,
    MAX_SENTENCE_CHARS,
    figure_limit,
)

# A figure as the extractor reads it: digits (of any script), with the separators of one
# number ("1,000,000.5", "١٬٢٠٠") counted once. No two ways to match: linear. "\d\d*", not
# "\d+": opening with one class, the pattern is searched by skipping to a digit in C.
_FIGURE = re.compile(r"\d\d*(?:[.,،٫٬]\d+)*")


def cut_dense_figures(body: str) -> tuple[str, str | None]:
    """`body` itself, or its head before the first figure past the limit and a note saying so.

    The cut falls at the end of the line, or else of the word, before that figure (within a
    sentence's length of it): a cut inside a number written with spaces ("700 | 000") would
    misread it."""
    limit = figure_limit(len(body))
    if len(body) < 2 * limit:
        return body, None  # a figure and what parts it from the next: no room for more
    beyond = next(islice(_FIGURE.finditer(body), limit, None), None)
    if beyond is None:
        return body, None
    cut = beyond.start()
    for boundary in ("\n", " "):
        end = body.rfind(boundary, max(0, cut - MAX_SENTENCE_CHARS), cut)
        if end > 0:
            cut = end
            break
    note = (
        f"more than {limit:,} figures in {len(body):,} characters, denser than any news "
        f"(the limit is {FIGURES_ALWAYS_READ:,} and one more every {CHARS_PER_FIGURE} "
        f"characters): only the first {cut:,} characters were read"
    )
    return body[:cut], note
