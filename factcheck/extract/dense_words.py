"""Numbers in words far denser than news refuse the article instead of costing seconds a MB.

The reader cuts text crowded with figures in digits (read/dense_figures.py), which it can
count without folding; numbers in words are known only once the text is folded and read, so
they are counted here, before any is weighed: "قتل خمسة جنود" or "five soldiers died" for a MB
would otherwise take 3-4 s (each a claim in its context, 50-60 µs).
"""

from __future__ import annotations

from factcheck.extract.numbers import Number
from factcheck.limits import CHARS_PER_FIGURE, FIGURES_ALWAYS_READ, figure_limit


class TooManyNumberWords(ValueError):
    """The article holds more numbers in words than the figures limit allows."""


def refuse_dense_number_words(numbers: list[Number], length: int) -> None:
    limit = figure_limit(length)
    if len(numbers) <= limit:
        return
    words = sum(1 for number in numbers if number.words_only)
    if words > limit:
        raise TooManyNumberWords(
            f"{words:,} numbers in words in {length:,} characters, denser than any news (the "
            f"limit is {FIGURES_ALWAYS_READ:,} and one more every {CHARS_PER_FIGURE} "
            "characters): the article was not read, no claims from it"
        )
