"""Hypothesis strategies for hostile news text: Arabic and English words, numbers in three digit
scripts with every separator, qualifiers, currencies, dates, and the invisible marks scraped text
carries (bidi controls, zero-width joiners, harakat, tatweel), in lines short and very long."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from factcheck.lang.lexicon import load
from factcheck.resources import LEXICONS

DIGITS = {"ascii": "0123456789", "arabic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹"}
GROUP_SEPARATORS = [",", "٬", ".", " ", "\u00a0", "\u202f", "'", ", "]
DECIMAL_SEPARATORS = [".", "٫", ",", "ر"]
# Marks that carry no meaning for a number but break naive matching.
INVISIBLE = [
    "\u200e",  # LRM
    "\u200f",  # RLM
    "\u061c",  # Arabic letter mark
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200b",  # zero-width space
    "\u200c",  # ZWNJ
    "\u200d",  # ZWJ
    "\ufeff",
    "\u0640",  # tatweel
    "\u064b",
    "\u064e",
    "\u064f",
    "\u0650",
    "\u0651",
    "\u0652",
    "\u0670",
    "\u0301",  # combining acute (Latin)
]
SPACES = [" ", " ", " ", "\n", "\n\n", "\t", "\u00a0", "\r\n", "\u2028", "\u3000"]
PUNCTUATION = [*".,;:!?؟،؛()[]«»\"'“”-–—/%٪$€£¥﷼", "...", "…", "US$", "ر.س"]
# Real news vocabulary both languages share with the finders' lexicons (which add theirs below).
_WORDS = (
    "قتل أصيب جندي جنود قوات شخصا قتيلا مليون مليار ألف آلاف ألفين ملايين عشرات مئات نحو حوالي "
    "أكثر من أقل بين و إلى دولار ريال دينار يورو بالمئة في المئة كيلومتر طن يوليو تموز أمس "
    "الشهر الماضي عام هـ رمضان محرم ثلاثة خمسة عشرة عشرين مائة ثلاثمائة ونصف "
    "killed injured troops people soldiers million billion thousand hundreds dozens about "
    "more than at least less than between and to dollars euros percent per cent km tons "
    "July March last month yesterday in year a dozen three hundred fifty half"
)
WORDS = _WORDS.split()


@cache
def lexicon_words() -> tuple[str, ...]:
    """Every surface form the lexicons hold today, so the text grows with the finders."""
    found: set[str] = set()
    for path in sorted(Path(LEXICONS).rglob("*")):
        if path.suffix in (".yaml", ".json"):
            _leaves(load(path.parent.name, path.stem), found)
    return tuple(sorted(word for word in found if 0 < len(word) <= 30))


def _leaves(data: object, found: set[str]) -> None:
    if isinstance(data, str):
        found.add(data)
    elif isinstance(data, dict):
        for key, value in data.items():
            _leaves(key, found)
            _leaves(value, found)
    elif isinstance(data, list):
        for item in data:
            _leaves(item, found)


@st.composite
def numbers(draw: st.DrawFn) -> str:
    script = DIGITS[draw(st.sampled_from(sorted(DIGITS)))]
    groups = draw(st.lists(st.integers(0, 999), min_size=1, max_size=6))
    separator = draw(st.sampled_from(GROUP_SEPARATORS))
    head = str(groups[0]) + "".join(
        separator + (f"{g:03d}" if draw(st.booleans()) else str(g)) for g in groups[1:]
    )
    if draw(st.booleans()):
        head += draw(st.sampled_from(DECIMAL_SEPARATORS)) + str(draw(st.integers(0, 99999)))
    return head.translate(str.maketrans("0123456789", script))


@st.composite
def iso_like_dates(draw: st.DrawFn) -> str:
    year, month = draw(st.integers(0, 9999)), draw(st.integers(0, 13))
    day = draw(st.integers(0, 32))
    form = draw(st.sampled_from(["{y}-{m:02d}-{d:02d}", "{d}/{m}/{y}", "{d} {m} {y}", "{y}"]))
    return form.format(y=year, m=month, d=day)


def tokens() -> st.SearchStrategy[str]:
    words = st.sampled_from(WORDS + list(lexicon_words()))
    return st.one_of(
        words,
        words,
        numbers(),
        iso_like_dates(),
        st.sampled_from(PUNCTUATION),
        st.sampled_from(INVISIBLE),
        st.text(max_size=4),  # anything at all, surrogates excluded by hypothesis
    )


@st.composite
def news_text(draw: st.DrawFn, max_tokens: int = 60) -> str:
    """Tokens joined by spaces, with invisible marks sprinkled inside words and numbers."""
    parts = []
    for token in draw(st.lists(tokens(), min_size=1, max_size=max_tokens)):
        if token and draw(st.integers(0, 5)) == 0:
            at = draw(st.integers(0, len(token)))
            token = token[:at] + draw(st.sampled_from(INVISIBLE)) + token[at:]
        parts.append(token)
        parts.append(draw(st.sampled_from(SPACES)) if draw(st.integers(0, 3)) else "")
    text = "".join(parts)
    if draw(st.integers(0, 20)) == 0:  # now and then one very long line
        text = text.replace("\n", " ") * draw(st.integers(50, 400))
    return text


# The calendar's very ends too: "next year" from 9999-12-31 must not overflow.
published = st.one_of(
    st.none(),
    st.dates().map(dt.date.isoformat),
    st.sampled_from(["0001-01-01", "9999-12-31", "2024-02-29"]),
)
languages = st.sampled_from(["ar", "en", None])
