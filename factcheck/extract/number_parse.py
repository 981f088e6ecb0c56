"""Numbers written in digits, in folded text: separators, decimals and the Saudi "ر" mark.

Folding has already turned Arabic-Indic digits into ASCII, "٫" into "." and "٬" into ",".
"""

from __future__ import annotations

import math
import re

# Alternatives are tried in order, so the grouped forms come before the plain ones.
_DIGITS = r"""
    (?=[-.\d])                              # cheap first test: 12x faster on running text
    (?:(?<![^\s(])(?P<sign>-\ ?))?           # a minus only where a word could start
    (?<![\d.,/])(?<!\d:)                    # not the tail of a number, date or time
                                            # (after a word and a colon it starts: "عام:2019")
    (?<![^\W\d_]-)                         # nor the number of a model name: F-16, اس-300
    {glued}                                 # nor glued to Latin letters: F16, G20
    (?:
        (?P<power>\d+(?:[.,]\d+)?(?:e[+-]?\d+|\^[+-]?\d+(?:[.,]\d+)?))(?!\d)  # 1.2e5, 2,5^-1
      | (?P<comma>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?)(?![\d,]\d)  # 1,000,000.5
      | (?P<arabic_comma>\d{{1,3}}(?:،\d{{3}})+(?:[.,]\d+)?)(?![\d،]\d)  # ١،٢٣٤،٥٦٧
      | (?P<comma_decimal>\d+,(?:\d{{1,2}}|\d{{4,}}))(?![\d,]\d)   # 4,8 and 0,23456: decimal
      | (?P<wire>\d{{1,3}}(?:,\ \d{{3}})+)(?![\d])               # "170, 000" (tokenised wire text)
      | (?P<dots>\d{{1,3}}(?:\.\d{{3}}){{2,}})(?![\d.])            # 19.589.137
      | (?P<ra>\d+ر\d+)(?!\d)                                # 5ر1 = 1.5 (Saudi papers)
      | (?P<fraction>[1-9]\d{{0,2}}/(?:100|[1-9]\d?))(?![/\d])    # 3/4, 77/100
      | (?P<plain>\d+(?:\.\d+)?|\.\d+)
    )
    (?!\d|[:/]\d)                           # nor the head of a time or a date: 12:38, 21/10
"""


DIGITS = re.compile(_DIGITS.format(glued="(?<![a-z])"), re.VERBOSE)
# The same after a currency code glued to the digits ("USD3.14"), which numbers.py finds.
DIGITS_AFTER_CODE = re.compile(_DIGITS.format(glued=""), re.VERBOSE)


def digits_value(match: re.Match[str]) -> float:
    """The value of a DIGITS match."""
    kind = match.lastgroup
    assert kind is not None, "every alternative of the digits pattern is a named group"
    text = match.group(kind)
    if kind == "power":
        base, operator, exponent = re.split(r"([e^])", text.replace(",", "."), maxsplit=1)
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
    elif kind in ("comma", "wire"):
        value = float(text.replace(",", "").replace(" ", ""))
    elif kind == "arabic_comma":
        value = float(text.replace("،", "").replace(",", "."))
    elif kind == "comma_decimal":
        value = float(text.replace(",", "."))
    elif kind == "dots":
        value = float(text.replace(".", ""))
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
