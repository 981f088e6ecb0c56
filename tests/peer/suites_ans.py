"""ANS numeric pairs: the numbers we find on each side of a headline pair against the file's own.

`num_a`/`num_b` of ../shared/corpus/ans/ans_stance_pairs_numeric.jsonl are surface tokens of a
simple matcher (corpus README, section 1), not gold: "3 مليار" is two tokens, a month name is a
token. So both sides are compared as multisets of values: the file's tokens that stand next to
each other (only a space or "و" between them) form one expression, read by our number reader;
tokens that read as no number (month names, "%", "بالمئة", ordinals) carry no value. Our side is
the claims' values: a date claim gives the numbers written in it (day, year), a range both
bounds, a vague amount ("عشرات") the marker "vague". The pair's two headlines are scored as one
text, a newline apart, and each claim is given to the side it starts in.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from factcheck.extract.counts import label_after, label_before
from factcheck.extract.group_sizes import GROUP
from factcheck.extract.numbers import find_numbers
from factcheck.extract.repeats import MULTIPLE, TIMES
from factcheck.extract.units import durations, written_before
from factcheck.lang.normalize import fold
from factcheck.models import Claim
from tests.peer.harness import Case, Suite

ANS = "../corpus/ans/ans_stance_pairs_numeric.jsonl"  # relative to the peer-suites folder
_VAGUE = "vague"
_JOINERS = frozenset({"", "و"})


def _key(value: float) -> str:
    return f"{value:.6g}"


def _expression_values(text: str, start: int = 0) -> list[str]:
    """The numbers of folded `text` from `start`, less durations ("منذ 35 عاما" is a date, 35 no
    figure), read after the words before `start`, which may make a word a number ("تقفز إلى
    النصف": half, a share of 50 %; numbers.yaml `shares_after`)."""
    numbers = [
        n
        for n in find_numbers(text, "ar")
        if n.start >= start and not label_after(text, n.end, "ar")
    ]
    # a share is a percent, in whole percent as the claims state it ("إلى النصف": 50)
    return [
        _VAGUE if n.value is None else _key(round(n.value * 100) if n.share else n.value)
        for n in numbers
    ]


def _file_values(text: str, tokens: list[str]) -> Counter[str]:
    """The values of the file's tokens, adjacent tokens read together as one expression."""
    text = fold(text).text
    tokens = [fold(token).text for token in tokens]
    spans: list[tuple[int, int]] = []
    cursor = 0
    for token in tokens:
        at = text.find(token, cursor)
        if at < 0:
            continue
        cursor = at + len(token)
        if spans and text[spans[-1][1] : at].strip() in _JOINERS:
            spans[-1] = (spans[-1][0], cursor)
        else:
            spans.append((at, cursor))
    values: Counter[str] = Counter()
    for start, end in spans:
        expression = text[start:end]
        read = _expression_values(text[:end], start)
        if read == [_key(1)] and not any(ch.isdigit() for ch in expression):
            continue  # "خندق واحد", "واحدة من": the indefinite "one", no figure (DIFFERENCES.md)
        if label_after(text, end, "ar") or label_before(text, start, "ar"):
            continue  # "15 يوما", "عمرها 11 عاما", "درع الخليج 1": a duration or a label
        if text[max(0, start - 2) : start - 1].isalpha() and text[start - 1 : start] == "-":
            continue  # "اس-300", "إف-16": a model name
        values.update(read)
    return values


def _claim_values(claims: list[Claim]) -> Counter[str]:
    values: Counter[str] = Counter()
    for claim in claims:
        if claim.kind == "quantity" and claim.unit in durations() | written_before():
            continue  # "15 يوما", "عمرها 11 عاما", "6 درجات ريختر": left out of the file's side too
        if claim.unit in (TIMES, MULTIPLE):
            continue  # "أجهضت 12 مرة": a label after its number, left out of the file's side too
        if claim.ordinal:
            continue  # "المرتبة الخامسة", "أول غارة جوية": a rank or a first; the file's ordinal
            # tokens carry no value either
        if claim.unit == GROUP:
            continue  # "الخمسة الكبار": a group's name; a definite number token reads as none
        if claim.kind == "date":
            values.update(_expression_values(fold(claim.text).text))
        elif claim.value is not None:
            values[_key(claim.value)] += 1
        elif claim.qualifier == "range" and claim.low is not None and claim.high is not None:
            values.update((_key(claim.low), _key(claim.high)))
        else:
            values[_VAGUE] += 1
    return values


def _unseen_scale(text: str, tokens: list[str]) -> bool:
    """ "ملياري دولار", "6 تريليونات": the file's matcher has no dual scales and no trillions,
    so its tokens miss the figure."""
    folded = fold(text).text
    tokens = [fold(token).text for token in tokens]
    return any(
        piece.role in ("dual", "scale", "plural") and folded[piece.start : piece.end] not in tokens
        for number in find_numbers(folded, "ar")
        for piece in number.pieces
    )


def _load(path: Path) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if _unseen_scale(record["a"], record["num_a"]) or _unseen_scale(
            record["b"], record["num_b"]
        ):
            continue  # our reading is the better one (DIFFERENCES.md)
        expected = {
            "a": _file_values(record["a"], record["num_a"]),
            "b": _file_values(record["b"], record["num_b"]),
            "split": len(record["a"]),
        }
        cases.append(Case(record["id"], record["a"] + "\n" + record["b"], "ar", expected))
    return cases


def _check(case: Case, claims: list[Claim]) -> bool:
    split = case.expected["split"]
    side_a = _claim_values([c for c in claims if c.start < split])
    side_b = _claim_values([c for c in claims if c.start > split])
    return side_a == case.expected["a"] and side_b == case.expected["b"]


SUITES = [
    Suite(
        ANS,
        "ANS numeric pairs",
        _load,
        _check,
        goal=0.95,
        note="value multisets of each side against the file's num_a/num_b tokens read together",
    )
]
