"""Settles an ambiguous currency name ("دينار", "riyal", "pound") from the article's context,
and tells a sum of money whose currency is not stated from a bare count.

In order: a currency of the same name stated explicitly elsewhere in the article ("دينار
أردني"), else the one whose country the article names most, else the outlet's home currency.
Where none of these decides, the claim keeps the name as its unit and a note says so. A name
with a default ("$": US dollars) is read as it unless the article states another of its
candidates ("C$137 million") or its outlet's country says so; the countries named do not.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from factcheck.extract.mention import Mention
from factcheck.extract.units import ambiguous_currencies, default_currencies
from factcheck.lang.clitics import content_key
from factcheck.lang.lexicon import folded_list, load
from factcheck.lang.phrases import PhraseMatcher, phrase_matcher, skip_spaces
from factcheck.lang.tokens import COMMAS, LETTERS
from factcheck.models import Document


@cache
def _outlet_currency() -> dict[str, str]:
    return {
        outlet.casefold(): code
        for code, outlets in load("common", "outlet_currencies").items()
        for outlet in outlets
    }


def settle_currencies(mentions: list[Mention], folded: str, document: Document) -> None:
    """Give each ambiguous money mention a code where the article makes one clear (in place)."""
    names = ambiguous_currencies()
    pending = [m for m in mentions if m.kind == "money" and m.unit in names]
    if not pending:
        return
    stated = Counter(
        m.unit for m in mentions if m.kind == "money" and m.unit is not None and m.unit not in names
    )
    countries: Counter[str] | None = None
    outlet = _outlet_currency().get((document.outlet or "").casefold())
    defaults = default_currencies()
    # names with a default first: "69 cents" of an article of "$" sums is in the dollar's currency
    pending.sort(key=lambda m: m.unit not in defaults)
    for mention in pending:
        name = mention.unit or ""
        candidates = names[name]
        code, how = _only([c for c in candidates if stated[c]]), "named elsewhere in the article"
        if name in defaults:
            other = _not_default(mention, defaults[name], candidates, stated, outlet, document)
            if other is None:  # the ordinary reading: nothing for the reader to know
                mention.unit = defaults[name]
                stated[defaults[name]] += 1
                continue
            code, how = other
        elif code is None:
            if countries is None:
                matcher = phrase_matcher(document.language or "en", "currency_countries")
                countries = Counter(hit.key for hit in matcher.finditer(folded))
            code, how = _most(candidates, countries), "the country the article names"
        if code is None and outlet in candidates:
            code, how = outlet, "the outlet's country"
        if code is None:
            mention.note = (
                f"ambiguous currency '{name}': could be {', '.join(candidates)}; "
                "nothing in the article says which"
            )
        else:
            mention.unit = code
            mention.note = f"currency '{name}' read as {code} from {how}"
            if name in defaults:
                stated[code] += 1


def _not_default(
    mention: Mention,
    default: str,
    candidates: tuple[str, ...],
    stated: Counter[str],
    outlet: str | None,
    document: Document,
) -> tuple[str | None, str] | None:
    """A name is read as `default` (None) unless the article states another of its candidates
    or its outlet is of another's country: "$" in an article of "C$137 million" is Canadian;
    with "US$" and "C$" both stated it stays ambiguous (code None). A sum in brackets after
    another is that sum converted, into the default: "C$137 million ($108 million)"."""
    named = [c for c in candidates if stated[c]]
    if converts_the_sum_before(document.body, mention.start):
        return None
    if named == [default]:
        return None
    if named:
        return _only(named), "named elsewhere in the article"
    if outlet in candidates and outlet != default:
        return outlet, "the outlet's country"
    return None


# "C$137 million ($", "85 million euros ($": a sum in brackets right after another sum
_CONVERTED = re.compile(r"\d[^\d()]{0,24}[(]\s*$")
_CONVERTED_REACH = 40
# "86 مليار يورو -94 مليار دولار-": the dash that opens the converted sum glued to its digits
_DASHES = ("-", "–")
_DASHED = re.compile(r"\d[^\d()]{0,24}\s$")


def converts_the_sum_before(text: str, start: int) -> bool:
    """Whether the sum at `start` stands in brackets right after another sum, which it gives
    in another currency at some rate: "C$137 million ($108 million)", "110 مليارات يورو (143
    مليار دولار)"; or between dashes, whose first the sum took for a minus ("86 مليار يورو -94
    مليار دولار-")."""
    low = max(0, start - _CONVERTED_REACH)
    if _CONVERTED.search(text, low, start) is not None:
        return True
    return text.startswith(_DASHES, start) and _DASHED.search(text, low, start) is not None


def _only(codes: list[str]) -> str | None:
    return codes[0] if len(codes) == 1 else None


def _most(candidates: tuple[str, ...], counts: Counter[str]) -> str | None:
    ranked = sorted(((counts[c], c) for c in candidates if counts[c]), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


_LEAST = 1e6  # a bare amount of millions or more: a count of people says "مليون شخص"
_REACH = 40  # characters each side of the amount, within its clause, for a word of money
_CLAUSE_ENDS = "." + COMMAS + ";؛:!?؟\n"
UNSTATED = "currency not stated"


@cache
def _scales(language: str) -> PhraseMatcher:
    numbers = load(language, "numbers")
    return PhraseMatcher(
        (
            (surface, True)
            for section in ("scales", "plural_scales")
            for value, surfaces in (numbers.get(section) or {}).items()
            if float(value) >= _LEAST
            for surface in surfaces
        ),
        language,
    )


@cache
def _prepositions(language: str) -> tuple[str, ...]:
    """Prepositions glued to the word after an amount: no noun it counts ("للسعودية")."""
    return folded_list(language, "money_words", "after_prepositions")


def unstated_currency(mention: Mention, folded: str, start: int, end: int, language: str) -> None:
    """ "سؤال يكسب مؤسس تسلا مليار ونصف المليار": a bare amount (at folded [start, end)) of
    millions or more, counting nothing, in a clause that speaks of money is a sum of money
    whose currency is not stated (in place); rule FC031 compares it with any currency."""
    top = mention.value if mention.value is not None else mention.high
    if mention.kind != "count" or mention.unit is not None or top is None or top < _LEAST:
        return
    if _scales(language).ending_at(folded, end) is None:
        return  # "2500000" alone is a count; "2.5 مليون" names its scale like a sum
    after = LETTERS.match(folded, skip_spaces(folded, end))
    if (
        after is not None
        and content_key(after.group()) is not None
        and phrase_matcher(language, "money_words", "after").at(folded, after.start()) is None
        and not after.group().startswith(_prepositions(language))
    ):
        return  # "7.2 مليون سهم بقيمة": it counts a noun the lexicon lacks
    low, high = max(0, start - _REACH), min(len(folded), end + _REACH)
    for stop in _CLAUSE_ENDS:
        opened, closed = folded.rfind(stop, low, start), folded.find(stop, end, high)
        low, high = max(low, opened + 1), closed if closed >= 0 else high
    if phrase_matcher(language, "money_words", "words").finditer(folded[low:high]):
        mention.kind = "money"
        mention.note = UNSTATED
