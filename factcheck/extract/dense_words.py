"""Numbers in words far denser than news refuse the article instead of costing seconds a MB.

The reader cuts text crowded with figures in digits (read/dense_figures.py), which it can
count without folding; numbers in words are known only once the text is folded and read, so
they are counted here, as soon as the words are found and before any number is made of them:
"قتل خمسة جنود" or "five soldiers died" for a MB would otherwise take 3-4 s (each a claim in
its context, 50-60 µs); refusing it takes 0.1 s.
"""

from __future__ import annotations

from factcheck.limits import CHARS_PER_FIGURE, FIGURES_ALWAYS_READ, figure_limit


class TooManyNumberWords(ValueError):
    """The article holds more numbers in words than the figures limit allows."""


def refuse_dense_number_words(words: int, length: int) -> None:
    """Raises when `words` number words are too many for `length` characters."""
    limit = figure_limit(length)
    if words > limit:
        raise TooManyNumberWords(
            f"{words:,} number words in {length:,} characters, denser than any news (the "
            f"limit is {FIGURES_ALWAYS_READ:,} and one more every {CHARS_PER_FIGURE} "
            "characters): the article was not read, no claims from it"
        )
