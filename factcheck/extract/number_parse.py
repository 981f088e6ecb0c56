"""Numbers written in digits, in folded text: separators, decimals and the Saudi "ر" mark.

Folding has already turned Arabic-Indic digits into ASCII, "٫" into "." and "٬" into ",".
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import Any

from factcheck.extract.units import hyphened_before
from factcheck.lang.clitics import glued_conjunctions
from factcheck.lang.detect import supported_languages
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import fold_word

# Alternatives are tried in order, so the grouped forms come before the plain ones.
_DIGITS = r"""
    (?=[-.\d])                              # cheap first test: 12x faster on running text
    (?:(?:(?<![^\s(])|(?<=(?<![^\s(])[{conjunctions}]))(?P<sign>-\ ?))?
                                            # a minus only where a word could start, or
                                            # after a glued conjunction: "و-18 درجة"
    (?<![\d,/])(?:(?<!\.)|(?<=[^\W\d_]{{2}}\.))(?<!\d:)(?<!\d\ :\ )
                                            # not the tail of a number, date or time
                                            # (after a word and a colon it starts: "عام:2019";
                                            # after a word's full stop too, two sentences run
                                            # together: "election.28 million", QuanTemp)
    (?(sign)|(?:{hyphened}(?<![^\W\d_]-))) # nor the number of a model name: F-16, اس-300
                                            # (after a unit's name, a hyphen joins its
                                            # number to it: "a magnitude-5.2 quake"; after
                                            # zero, a score's: "صفر-2")
    {glued}                                 # nor glued to Latin letters: F16, G20
    (?:
        (?P<power>\d+(?:[.,]\d+)?(?:e[+-]?\d+|-{{0,2}}\^[+-]{{0,2}}\d+(?:[.,]\d+)?))(?!\d)
                                            # 1.2e5, 2,5^-1; right to left the exponent's
                                            # sign may stand before the caret: ٢٥٠٠-^١
      | (?P<lakh>\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?)(?![\d,]\d)  # India's lakhs and
                                            # crores: "₹ 15,62,52,872", "1,00,000"
      | (?P<comma>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?)(?![\d,]\d)  # 1,000,000.5
      | (?P<arabic_comma>\d{{1,3}}(?:،\d{{3}})+(?:[.,]\d+)?)(?![\d،]\d)  # ١،٢٣٤،٥٦٧
      | (?P<comma_decimal>\d+,(?:\d{{1,2}}|\d{{4,}}))(?![\d,]\d)   # 4,8 and 0,23456: decimal
      | (?:(?<!-)(?<!-\ )|(?<=\d{{3}}-)|(?<=\d{{3}}\ -\ ))     # not after a hyphen but a range's:
        (?P<wire>\d{{1,3}}(?:,\ \d{{3}})+)(?![\d])               # "170, 000" (tokenised wire text),
                                            # "2, 000 - 3, 000"; a height's inches and then a
                                            # weight are two numbers: "(5 - 11, 220)", "5 -
                                            # foot - 8, 135 pounds"
      | (?<!\d\ )(?P<spaced>[1-9]\d{{0,2}}(?:\ \d{{3}})+)(?!\d|\ \d)  # "700 000"; not a phone
                                                                # number: "050 123 4567"
      | (?P<dots>\d{{1,3}}(?:\.\d{{3}}){{2,}}(?:\.\d{{1,2}})?)(?![\d.])  # 19.589.137, 10.137.732.07
      | (?P<labels>{octet}(?:\.{octet}){{3}})(?![\d.])                # 192.168.1.2: an address,
      | (?P<date>\d{{1,4}}/\d{{1,2}}/\d{{1,4}})(?![/\d])                 # 5/17/2018: a date
      | (?P<ra>\d+ر\d+)(?!\d)                                # 5ر1 = 1.5 (Saudi papers)
      | (?P<fraction>[1-9]\d{{0,2}}/(?:100|[1-9]\d?))(?![/\d])    # 3/4, 77/100
      | (?P<plain>\d+(?:\.\d+)?|(?<![^\W\d_]{{2}})\.\d+)  # ".75", "و.75"; not a word's
                                            # full stop: "election.28"
    )
    (?!\d|[:/]\d|\ :\ \d)                  # nor the head of a time or a date: 12:38, 21/10,
                                            # "3 : 30 a. m" (tokenised wire text)
"""


# "( 37,775.000) مليون ريال" beside "(37.775.000) مليون ريال" of another outlet: a dot after
# comma groups, with three digits, groups thousands too (a decimal of three places after
# thousands is no way to write a sum)
_MIXED_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+\.\d{3}")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"


def _in_every_language(*keys: str | int) -> frozenset[str]:
    """The folded words under `keys` of each supported language's numbers.yaml."""
    words: set[str] = set()
    for language in supported_languages():
        node: Any = load(language, "numbers")
        for key in keys:
            node = (node or {}).get(key)
        words.update(fold_word(str(word)) for word in node or ())
    return frozenset(words)


@cache
def _hyphened_words() -> frozenset[str]:
    """The words a hyphen joins to the digits after them, where after another word it would
    be a model name's (F-16): zero (numbers.yaml `ones`), the side of a score ("خسر أمام ريال
    مدريد صفر-2"), and minus (`minus`: "in minus-20 degree temperatures", ECB+ 13_2ecb)."""
    return _in_every_language("ones", 0) | _in_every_language("minus")


@cache
def digits_pattern(after_code: bool = False) -> re.Pattern[str]:
    """The digits pattern; `after_code`: the same after a currency code glued to the digits
    ("USD3.14"), which numbers.py finds."""
    # the pattern's class of conjunctions glued to a minus ("و-18"): with none in the
    # lexicons, a class that matches no character ("[^\\s\\S]"), as an empty class is no regex
    conjunctions = "".join(sorted(glued_conjunctions())) or "^\\s\\S"
    glued = "" if after_code else "(?<![a-z])"
    # one lookbehind each: Python's lookbehinds are of one width
    names = hyphened_before() | _hyphened_words()
    hyphened = "".join(f"(?<={re.escape(name)}-)|" for name in sorted(names))
    return re.compile(
        _DIGITS.format(glued=glued, octet=_OCTET, conjunctions=conjunctions, hyphened=hyphened),
        re.VERBOSE,
    )


# "\d\d*", not "\d+": a pattern that opens with one character class is searched by skipping to
# that class in C, one that opens with a repeat is tried at every character (the runs of the
# SaudiNewsNet week: 0.16 s against 0.10 s).
_RUN = re.compile(r"\d\d*")
# What may stand right before a number's first digit and belong to it: its minus sign, its
# decimal point, or both ("-5", ".5", "- 5", "-.5", "- .5").
_LEADS = frozenset({"-", ".", "- ", "-.", "- ."})
_LEAD_ENDS = frozenset(lead[-1] for lead in _LEADS)


@lru_cache(maxsize=1)
def digit_runs(text: str) -> list[tuple[int, int]]:
    """Where each run of digits of `text` starts and ends. The numbers and the dates finders
    both start from them, so a document is scanned for digits once (the finders of one
    document ask one after another: the last text is all that is kept). Shared: do not
    change the list."""
    return [match.span() for match in _RUN.finditer(text)]


def digit_matches(text: str) -> list[re.Match[str]]:
    """What the digits pattern finds over `text`, tried only where a number can start: at
    a run of digits or its sign or point. The pattern opens with lookarounds, which the regex
    engine would try at every character (0.30 s against 0.07 s on the SaudiNewsNet week)."""
    matches = []
    end = 0
    digits = digits_pattern()
    for run, _ in digit_runs(text):
        if run < end:
            continue  # inside the number just read
        starts = [run]
        # every lead ends in one of these: most runs have none, and need no look back
        if run > end and text[run - 1] in _LEAD_ENDS:
            starts = [s for s in range(max(end, run - 3, 0), run) if text[s:run] in _LEADS]
            starts.append(run)
        for start in starts:
            match = digits.match(text, start)
            if match is not None:
                matches.append(match)
                end = match.end()
                break
    return matches


def digits_value(match: re.Match[str]) -> float:
    """The value of a match of the digits pattern."""
    kind = match.lastgroup
    assert kind is not None, "every alternative of the digits pattern is a named group"
    text = match.group(kind)
    if kind == "power":
        base, operator, exponent = re.split(r"([e^])", text.replace(",", "."), maxsplit=1)
        # Signs on either side of the caret are the exponent's; each minus flips it.
        signs = base.count("-") + exponent.count("-", 0, 2)
        base, exponent = base.rstrip("+-"), "-" * (signs % 2) + exponent.lstrip("+-")
        try:
            value = (
                float(base) * 10 ** float(exponent)
                if operator == "e"
                else float(base) ** float(exponent)
            )
        except (OverflowError, ZeroDivisionError):
            value = math.inf  # numbers.py drops what no article states
        if isinstance(value, complex):
            value = math.nan
    elif kind == "comma" and _MIXED_GROUPS.fullmatch(text):
        value = float(text.replace(",", "").replace(".", ""))
    elif kind in ("comma", "lakh", "wire", "spaced"):
        value = float(text.replace(",", "").replace(" ", ""))
    elif kind == "arabic_comma":
        value = float(text.replace("،", "").replace(",", "."))
    elif kind == "comma_decimal":
        value = float(text.replace(",", "."))
    elif kind == "dots":  # the last dot is a decimal point when fewer than 3 digits follow it
        groups = text.split(".")
        decimals = groups.pop() if len(groups[-1]) < 3 else "0"
        value = float(f"{''.join(groups)}.{decimals}")
    elif kind == "fraction":
        numerator, denominator = text.split("/")
        value = int(numerator) / int(denominator)
    elif kind == "ra":
        # Printed right to left as fraction, mark, integer: "5ر1" is one and a half.
        fraction, integer = text.split("ر")
        value = float(f"{integer}.{fraction}")
    else:
        value = float(text)
    return -value if match.group("sign") else value


def is_plain_integer(match: re.Match[str]) -> bool:
    return match.lastgroup == "plain" and "." not in match.group("plain")
