"""No input makes extraction slow: texts built to make backtracking regexes explode, or lookups
go quadratic, are read (as the reader reads them: text far denser in figures than news is cut,
with a note) and extracted in time linear in their length and under a second of CPU per MB.

Timings are CPU seconds of this process (time.process_time), which other jobs on a shared
machine disturb far less than wall time, and each input is also measured at a quarter of its
size: linear work grows about 4x from there, quadratic work 16x.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from factcheck.extract import extract_document
from factcheck.lang.normalize import fold
from factcheck.models import Document
from factcheck.read.dense_figures import cut_dense_figures
from tests.reliability.invariants import claim_faults

MB = 1_000_000
# The budget, a second of CPU per MB, held strictly: the best of up to three runs
# decides, so that a busy machine does not; the growth check catches what is not linear.
SECONDS_PER_MB = 1.0
GROWTH_AT_4X = 9.0  # linear: ~4; quadratic: ~16
FLOOR_SECONDS = 0.05  # below this, timer noise decides the ratio


def repeat_to(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


# name -> (language, build(size in characters) -> text)
PATHOLOGICAL: dict[str, tuple[str, Callable[[int], str]]] = {
    "100k digits joined by commas": ("en", lambda n: ",".join("7" * (n // 2))),
    "Arabic digits joined by Arabic commas": ("ar", lambda n: "٬".join("٣" * (n // 2))),
    "groups of three joined by commas": ("en", lambda n: "1" + repeat_to(",000", n)),
    "groups split by spaces and commas": ("en", lambda n: "170" + repeat_to(", 000", n)),
    "decimals glued together": ("en", lambda n: repeat_to("1.5", n)),
    "one number of a million digits": ("en", lambda n: "9" * n),
    "one Arabic-Indic number": ("ar", lambda n: "٩" * n),
    "qualifier without a number (en)": ("en", lambda n: repeat_to("more than ", n)),
    "qualifier without a number (ar)": ("ar", lambda n: repeat_to("أكثر من ", n)),
    "approximately, no number (ar)": ("ar", lambda n: repeat_to("نحو حوالي قرابة ", n)),
    "between without and": ("en", lambda n: repeat_to("between ", n)),
    "a line without spaces (Latin)": ("en", lambda n: repeat_to("abcdefghij", n)),
    "a line without spaces (Arabic)": ("ar", lambda n: repeat_to("الولاياتالمتحدة", n)),
    "a line without spaces (digits and letters)": ("en", lambda n: repeat_to("a1b2c3", n)),
    "nested scale words (en)": ("en", lambda n: "one " + repeat_to("thousand ", n)),
    "nested scale words (ar)": ("ar", lambda n: "ثلاثة " + repeat_to("آلاف ", n)),
    "repeated million (ar)": ("ar", lambda n: repeat_to("مليون ", n)),
    "chained compounds (ar)": ("ar", lambda n: "مائة" + repeat_to(" وخمسة", n)),
    "chained compounds (en)": ("en", lambda n: "one" + repeat_to(" hundred and one", n)),
    "fully vowelled Arabic with digits": ("ar", lambda n: repeat_to("قُتِلَ ٣ جُنُودٍ ", n)),
    "tatweel and bidi marks around digits": ("ar", lambda n: repeat_to("\u200f1\u0640\u200e2 ", n)),
    "currency signs only": ("en", lambda n: repeat_to("$€£", n)),
    "date-like chains": ("en", lambda n: repeat_to("2015-", n)),
    "slashes": ("en", lambda n: repeat_to("1/", n)),
    "month names without days": ("en", lambda n: repeat_to("July ", n)),
    "sentence ends only": ("en", lambda n: repeat_to(". ", n)),
    "one line break a character": ("en", lambda n: repeat_to("5\n", n)),
    "percent signs": ("ar", lambda n: repeat_to("٪ ", n)),
    # a first before a quoted kind ("أول «سيارة في حقيبة»", extract/records) never closed
    "a first before quotes never closed (ar)": ("ar", lambda n: repeat_to("هي أول «كلمة ", n)),
}


def without_collector(measure: Callable[[], float]) -> float:
    """`measure()` with the cyclic collector off: in the whole suite its passes walk every
    object the earlier tests left alive, which grew "July " a MB to 10x its quarter (0.2 s
    alone, 0.68 s there) and 200,000 mentions past their budget."""
    gc.collect()
    gc.disable()
    try:
        return measure()
    finally:
        gc.enable()


def assert_linear(
    measure: Callable[[int], float],
    size: int,
    budget: float,
    what: str,
    busy_budget: Callable[[], float] | None = None,
) -> None:
    """`measure(size)` takes under `budget` CPU seconds and about 4x `measure(size // 4)`.
    CPU time still swings with what else the machine runs (seen: a linear input at 11x while
    two other test suites ran beside it): both are measured again, keeping the best of up to
    three runs each, before calling it slow or quadratic. Past the budget even so,
    `busy_budget()`, measured now, says what the busy machine allows instead."""
    small = without_collector(lambda: measure(size // 4))
    large = without_collector(lambda: measure(size))
    for _ in range(2):
        if large < budget and (small <= FLOOR_SECONDS or large / small < GROWTH_AT_4X):
            break
        small = min(small, without_collector(lambda: measure(size // 4)))
        large = min(large, without_collector(lambda: measure(size)))
    if large >= budget and busy_budget is not None:
        budget = max(budget, busy_budget())
    assert large < budget, f"{what}: {large:.2f} s CPU at {size}, budget {budget:.2f} s"
    if small > FLOOR_SECONDS:
        assert large / small < GROWTH_AT_4X, f"{what}: {small:.3f} s -> {large:.3f} s at 4x"


def cpu_seconds(text: str, language: str) -> tuple[float, str | None]:
    """CPU time of reading `text` as an article and extracting it, and the reader's note."""
    started = time.process_time()
    body, note = cut_dense_figures(text)
    document = Document(
        id="p.txt", path="p.txt", language=language, published="2015-08-07", body=body
    )
    claims = extract_document(document)
    elapsed = time.process_time() - started
    faults = claim_faults(body, claims)
    assert faults == [], faults[:5]
    return elapsed, note


def news_seconds_per_mb() -> float:
    """CPU seconds of reading a MB of real news now: the two seed articles (Arabic), each
    repeated to half a MB (best of two). On a quiet machine news reads at about half the
    budget (SaudiNewsNet's week, 22 MB, in 11 s), and an input built to be slow that reads
    no slower than news is not pathological; on a machine made busy by other jobs both slow
    alike (seen: the Arabic seeds at 1.5-2.4 s a MB, "decimals glued together" at 1.05 s,
    while three other test suites ran)."""
    seeds = sorted((Path(__file__).parents[2] / "seeds").glob("*.txt"))
    total = 0.0
    for seed in seeds:
        text = repeat_to(seed.read_text(encoding="utf-8") + "\n\n", MB // 2)
        total += min(without_collector(partial(_read_seconds, text)) for _ in range(2))
    return total * MB / (len(seeds) * (MB // 2))


def _read_seconds(text: str) -> float:
    return cpu_seconds(text, "ar")[0]


# A figure every few characters cannot be read under a second a MB: the digits pattern alone
# takes 2 µs a figure, and reading a figure's unit, qualifier and range (10-15 µs) or making
# it a claim in its context (60 µs) more, so "5\n" a MB took 7.6 s, "قُتِلَ ٣ جُنُودٍ" 3.7 s.
# The reader cuts such text where it passes FIGURES_ALWAYS_READ + one figure per
# CHARS_PER_FIGURE characters (no news comes near: SaudiNewsNet has one every 330 characters)
# and says so; these are the inputs it cuts. Numbers of grouped digits ("7,7,7", "1,000,000")
# are one figure each, so they are still read whole, and fast.
CUT = {
    "a line without spaces (digits and letters)",
    "date-like chains",
    "fully vowelled Arabic with digits",
    "groups split by spaces and commas",
    "one line break a character",
    "slashes",
    "tatweel and bidi marks around digits",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_linear_and_under_a_second_per_mb(name):
    language, build = PATHOLOGICAL[name]
    texts = {MB // 4: build(MB // 4), MB: build(MB)}
    notes: dict[int, str | None] = {}

    def measure(size: int) -> float:
        elapsed, notes[size] = cpu_seconds(texts[size], language)
        return elapsed

    assert_linear(measure, MB, SECONDS_PER_MB, name, busy_budget=news_seconds_per_mb)
    assert (notes[MB] is not None) == (name in CUT), notes[MB]


def test_offsets_map_back_in_log_time_on_text_that_is_mostly_invisible_marks():
    # A digit every 200 bidi controls: a per-lookup search of the dropped marks made this
    # quadratic (10 s a MB once every digit became a claim); now it is one bisect a lookup.
    def lookups(size: int) -> float:
        text = repeat_to("5" + "\u200f" * 199, size)
        started = time.process_time()
        folded = fold(text)
        assert [text[folded.start_of(i)] for i in range(len(folded.text))] == ["5"] * (size // 200)
        return time.process_time() - started

    assert_linear(lookups, MB, SECONDS_PER_MB, "offsets")


def test_overlap_resolution_is_linear_in_the_number_of_mentions():
    # Mixed priorities made every taken mention an insertion into the middle of a list.
    from factcheck.extract.claims import resolve_overlaps
    from factcheck.extract.mention import PRIORITY, Mention

    priorities = sorted(PRIORITY.values())

    def resolve(count: int) -> float:
        mentions = [
            Mention(start=4 * i, end=4 * i + 2, kind="count", priority=priorities[i * 7 % 5])
            for i in range(count)
        ]
        started = time.process_time()
        assert len(resolve_overlaps(mentions)) == count
        return time.process_time() - started

    assert_linear(resolve, 200_000, SECONDS_PER_MB, "overlaps")


def test_sentences_of_claims_on_one_huge_line_are_bounded_and_found_in_linear_time():
    from factcheck.extract.sentences import SentenceIndex
    from factcheck.limits import MAX_SENTENCE_CHARS

    def sentences(size: int) -> float:
        text = repeat_to("قتل 5، ", size)  # a number every 7 characters, no full stop
        offsets = range(4, len(text), 7)
        started = time.process_time()
        index = SentenceIndex(text)
        found = [index.sentence_at(offset) for offset in offsets]
        elapsed = time.process_time() - started
        assert max(map(len, found)) <= MAX_SENTENCE_CHARS
        assert len({id(sentence) for sentence in found}) <= len(text) // MAX_SENTENCE_CHARS + 1
        return elapsed

    assert_linear(sentences, MB, 2 * SECONDS_PER_MB, "sentences")  # 140,000 lookups


def test_a_figure_that_overflows_to_infinity_gives_no_claim(monkeypatch):
    from factcheck.extract import claims

    def overflowing(body, folded, document):
        yield claims.Mention(start=0, end=len(body), kind="count", value=float("inf"))
        yield claims.Mention(start=0, end=1, kind="count", value=1.0, low=1.0, high=math.inf)
        yield claims.Mention(start=0, end=1, kind="count", value=1.0, low=1.0, high=None)

    monkeypatch.setattr(claims, "FINDERS", [overflowing])
    document = Document(id="p.txt", path="p.txt", language="en", body="1" + ",000" * 120)
    (claim,) = extract_document(document)
    assert (claim.value, claim.high) == (1.0, None)


def test_a_chain_of_number_words_is_one_number_not_a_claim_per_word():
    # Each small "وخمسة" used to count the next "وخمسة" as its noun: 166,000 claims a MB.
    document = Document(id="p.txt", path="p.txt", language="ar", body="مائة" + " وخمسة" * 500)
    assert [claim.text for claim in extract_document(document)] == ["مائة وخمسة"]
