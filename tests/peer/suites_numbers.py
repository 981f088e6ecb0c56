"""Peer suites for numbers, money, percentages and quantities.

Numeral suites score the number reader (extract/numbers.py) on the peer's own spans: whether
"2000" alone is a claim (it is a year) is a claim decision, not a reading one. Money, percent
and range suites score the claims themselves. What we leave out of a file, and where we read
differently on purpose, is in DIFFERENCES.md (section "Numbers").
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from factcheck.extract.numbers import Number, find_numbers
from factcheck.lang.normalize import fold
from factcheck.models import Claim
from tests.peer.harness import Case, Suite

# Duckling's currency classes that are a name, not an ISO code: what our unit says for them.
_DUCKLING_CLASSES = {
    "Dollar": {"USD"},
    "Pound": {"pound", "GBP"},
    "Cent": {"cent", "USD"},
    "Dinar": {"dinar"},
    "Riyal": {"riyal"},
    "Rial": {"rial"},
    "Dirham": {"dirham"},
}


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


# --- reading numbers ---------------------------------------------------------------------


def _numbers(text: str, language: str) -> list[tuple[int, int, Number]]:
    """Numbers of `text` with their spans in the original text."""
    folded = fold(text)
    return [
        (folded.start_of(n.start), folded.end_of(n.end), n)
        for n in find_numbers(folded.text, language)
    ]


def _load_duckling(path: Path) -> list[Case]:
    cases = []
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        if record.get("options", {}).get("withLatent"):
            continue  # a bare "5" as money: latent upstream too
        if record.get("locale", "").startswith("EN_"):
            continue  # locale coins and slang: nickels, dimes, "a grand"
        cases.append(
            Case(f"{path.name}:{line_number}", record["text"], record["lang"], record["expected"])
        )
    return cases


def _duckling_numeral(case: Case, claims: list[Claim]) -> bool:
    text = case.text.strip()
    found = _numbers(text, case.language)
    # Duckling's grammar swallows a trailing "of" ("a dozen of"); our span stops at the number.
    text = text.removesuffix(" of")
    return any(
        start == 0 and end == len(text) and _close(n.value, case.expected["value"])
        for start, end, n in found
    )


# --- money -------------------------------------------------------------------------------


def _load_duckling_money(path: Path) -> list[Case]:
    return [c for c in _load_duckling(path) if c.expected["currency"] != "Unnamed"]


def _currency_matches(expected: dict[str, Any], claim: Claim) -> bool:
    currency = expected["currency"]
    return claim.unit in _DUCKLING_CLASSES.get(currency, {currency})


def _duckling_money(case: Case, claims: list[Claim]) -> bool:
    text = case.text.strip()
    expected = case.expected
    scale = 100 if expected["currency"] == "Cent" else 1  # we read cents as a currency's 1/100
    for claim in claims:
        # Span overlap as the issue scores it: the claim covers most of the peer's text.
        if claim.kind != "money" or claim.end - claim.start < len(text) * 2 / 3:
            continue
        if not _currency_matches(expected, claim):
            continue
        if expected["type"] == "value":
            if claim.value is not None and _close(claim.value * scale, expected["value"]):
                return True
            continue
        low, high = expected.get("min"), expected.get("max")
        if _close(claim.low, low) and _close(claim.high, high):
            return True
    return False


# --- Recognizers-Text ----------------------------------------------------------------------


def _load_recognizers(path: Path, language: str) -> list[Case]:
    cases = []
    for index, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        if "dotnet" in (case.get("NotSupported") or "") or "dotnet" in (
            case.get("NotSupportedByDesign") or ""
        ):
            continue
        ignore = str(case.get("IgnoreResolution", "")).lower() == "true"
        expected = {"results": case["Results"], "ignore_resolution": ignore}
        cases.append(Case(f"{path.name}:{index}", case["Input"], language, expected))
    return cases


def _span(result: dict[str, Any]) -> tuple[int, int]:
    return result["Start"], result["End"] + 1  # End is inclusive upstream


def _recognizers_number(case: Case, claims: list[Claim]) -> bool:
    found = {(start, end): n for start, end, n in _numbers(case.text, case.language)}
    results = case.expected["results"]
    if {_span(r) for r in results} != set(found):
        return False
    if case.expected["ignore_resolution"]:
        return True
    return all(_close(found[_span(r)].value, float(r["Resolution"]["value"])) for r in results)


def _recognizers_percent(case: Case, claims: list[Claim]) -> bool:
    percents = {(c.start, c.end): c for c in claims if c.kind == "percent"}
    results = case.expected["results"]
    if {_span(r) for r in results} != set(percents):
        return False
    if case.expected["ignore_resolution"]:
        return True
    return all(
        _close(percents[_span(r)].value, float(r["Resolution"]["value"].rstrip("%")))
        for r in results
    )


def _interval(notation: str) -> tuple[float | None, float | None]:
    low, high = notation.strip("()[]").split(",")
    return (float(low) if low else None, float(high) if high else None)


def _recognizers_range(case: Case, claims: list[Claim]) -> bool:
    ranged = {(c.start, c.end): c for c in claims if c.qualifier not in ("exact", "approx")}
    results = case.expected["results"]
    if {_span(r) for r in results} != set(ranged):
        return False
    return all(
        (ranged[_span(r)].low, ranged[_span(r)].high) == _interval(r["Resolution"]["value"])
        for r in results
    )


def _recognizers_currency(case: Case, claims: list[Claim]) -> bool:
    money = {(c.start, c.end): c for c in claims if c.kind == "money"}
    results = [r for r in case.expected["results"] if r.get("TypeName") == "currency"]
    if {_span(r) for r in results} != set(money):
        return False
    for result in results:
        claim, resolution = money[_span(result)], result["Resolution"]
        iso = resolution.get("isoCurrency")
        if iso and claim.unit != iso:
            return False
        if not case.expected["ignore_resolution"] and not _close(
            claim.value, float(resolution["value"])
        ):
            return False
    return True


SUITES: list[Suite] = [
    Suite(
        "duckling-ar-numeral.jsonl",
        "Duckling ar numeral",
        _load_duckling,
        _duckling_numeral,
        goal=0.99,
    ),
    Suite(
        "duckling-en-numeral.jsonl",
        "Duckling en numeral",
        _load_duckling,
        _duckling_numeral,
        goal=0.95,
    ),
    Suite(
        "duckling-ar-money.jsonl",
        "Duckling ar money",
        _load_duckling_money,
        _duckling_money,
        goal=0.98,
    ),
    Suite(
        "duckling-en-money.jsonl",
        "Duckling en money",
        _load_duckling_money,
        _duckling_money,
        goal=0.90,
        note="without locale coins (EN_XX), latent bare numbers and 'Unnamed'",
    ),
    Suite(
        "recognizers-ar-number-NumberModel.json",
        "Recognizers ar NumberModel",
        lambda p: _load_recognizers(p, "ar"),
        _recognizers_number,
        goal=0.90,
        note="cases not marked NotSupported for dotnet; span only where IgnoreResolution",
    ),
    Suite(
        "recognizers-ar-number-NumberRangeModel.json",
        "Recognizers ar NumberRangeModel",
        lambda p: _load_recognizers(p, "ar"),
        _recognizers_range,
    ),
    Suite(
        "recognizers-ar-number-PercentModel.json",
        "Recognizers ar PercentModel",
        lambda p: _load_recognizers(p, "ar"),
        _recognizers_percent,
        goal=0.95,
    ),
    Suite(
        "recognizers-en-number-NumberModel.json",
        "Recognizers en NumberModel",
        lambda p: _load_recognizers(p, "en"),
        _recognizers_number,
    ),
    Suite(
        "recognizers-en-numberwithunit-CurrencyModel.json",
        "Recognizers en CurrencyModel",
        lambda p: _load_recognizers(p, "en"),
        _recognizers_currency,
    ),
]
