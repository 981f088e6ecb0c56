"""Number words of lexicons/<language>/numbers.yaml as one phrase matcher of (role, value) keys."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from factcheck.lang.lexicon import folded_list, folded_words, load
from factcheck.lang.normalize import fold_word
from factcheck.lang.phrases import PhraseMatch, PhraseMatcher, proclitics

# Sections whose entries are `value: [surfaces]`, and the role each gives its words.
_VALUED = {
    "ones": "one",
    "teens": "teen",
    "tens": "tens",
    "hundreds": "hundred",
    "scales": "scale",
    "plural_scales": "plural",
    "duals": "dual",
    "fractions": "fraction",
    "shares": "share",
    "denominators": "denominator",
}
# Sections that are plain lists, with the role and value of their words.
_LISTED = {
    "ten": ("ten", 10.0),
    "few": ("few", 3.0),
    "decimal_point": ("point", 0.0),
    "minus": ("minus", 0.0),
    "article_one": ("article", 1.0),
}


# The roles of the number words that are a whole number alone ("five", "twelve", "twenty"): a
# scale or a fraction alone is a manner of speaking ("a hundred times"), no count nor page.
_WHOLE_ALONE = frozenset({"one", "teen", "ten", "tens"})


def whole_alone(word: PhraseMatch | None) -> float | None:
    """The value of a number word (a match of `number_words`) that is a whole number alone and
    stands on its own, no clitic glued before it; None for any other word, or none. The one
    reader of "this number in one word" for the finders that read a number beside their cue
    ("two - time", "page twenty", "a third" after "two")."""
    if word is None or word.key[0] not in _WHOLE_ALONE or word.stem != word.start:
        return None
    return float(word.key[1])


# How number words may follow one another with no conjunction (numbers.yaml `orders`).
_ORDERS = {"unit_then_ten", "hundreds_unsaid", "tens_then_unit"}


@dataclass(frozen=True)
class NumberWords:
    matcher: PhraseMatcher
    abbreviations: dict[str, float]  # glued scale abbreviations: "k", "m"
    # ...and those that scale only a sum: "$200MM" is 200 million dollars, "9mm" a length
    sum_abbreviations: dict[str, float]
    # ...and those that are a length's before `length_after` with no currency ("600m while")
    length_abbreviations: frozenset[str]
    length_after: frozenset[str]
    size_joins: frozenset[str]  # "by" between a size's sides: "50m by 50m"
    vague: dict[float, tuple[float, float]]  # bounds of a plural scale on its own
    not_alone: frozenset[str]  # folded surfaces that are no amount on their own
    over: frozenset[str]  # "على" between two numbers: a fraction
    one_of: frozenset[str]  # "من" after "one": "واحد من ثلاثة"
    rate_of: frozenset[str]  # "in" after one: "1 in 500 users", a rate (no group of 500)
    parts_of: frozenset[str]  # "جزء من": "٢٠ جزء من ٢٥"
    fraction_before_definite: dict[str, float]  # "خمس" in "خمس السكان": a fifth
    share_marks: tuple[str, ...]  # "of" after a fraction of a group: "a third of the area's"
    not_shares_after: frozenset[str]  # "second" in "the second half of 2012": no share
    # "بمقدار", "إلى": before a fraction with the article standing alone, the share a change
    # took or left ("بمقدار النصف"); `shares_glued`: such a word glued with the article ("للنصف")
    shares_after: frozenset[str]
    shares_bound_glued: frozenset[str]  # glued to a bound before a share: "بأكثر من الربع"
    shares_glued: frozenset[str]
    # "أكثر من نصف المصريين": a qualified fraction in construct before a noun is a share of it
    qualified_shares: frozenset[str]
    floor_suffixes: tuple[str, ...]  # "plus" in "three-plus seasons": at least three
    pronoun_one_after: frozenset[str]  # "أي" in "أي واحد": "one" is a pronoun there
    construct_duals: frozenset[str]  # "مليارا" in "مليارا دولار": two, before what it counts
    conjunctions: tuple[str, ...]  # "و", "and": a tuple, as str.startswith takes one
    plural_of: frozenset[str]  # "of" in "tens of thousands"
    unit_then_ten: bool  # "خمسة عشر": a unit then ten, glued by no conjunction, is a teen
    hundreds_unsaid: bool  # "one twenty two": 122
    tens_then_unit: bool  # "twenty-two", "twenty two"

    def starts_a_number(self, text: str, at: int) -> bool:
        """Whether a number, in digits or words, starts at folded `text[at]`."""
        return at < len(text) and (text[at].isdigit() or self.matcher.at(text, at) is not None)


@cache
def conjunctions(language: str) -> tuple[str, ...]:
    """The words that join the parts of a number, an amount and its cents, two ranks."""
    return folded_list(language, "numbers", "conjunctions")


@cache
def ordinal_suffixes(language: str) -> tuple[str, ...]:
    """What follows digits to make them an ordinal ("5th", "21st")."""
    return folded_list(language, "numbers", "ordinal_suffixes")


@cache
def number_words(language: str) -> NumberWords:
    data = load(language, "numbers")
    entries: list[tuple[str, tuple[str, float]]] = []
    for section, role in _VALUED.items():
        for value, surfaces in (data.get(section) or {}).items():
            entries.extend((surface, (role, float(value))) for surface in surfaces)
    for section, (role, value) in _LISTED.items():
        entries.extend((surface, (role, value)) for surface in data.get(section) or ())
    abbreviations = {
        fold_word(surface): float(value)
        for value, surfaces in (data.get("abbreviated_scales") or {}).items()
        for surface in surfaces
    }
    sum_abbreviations = {
        fold_word(surface): float(value)
        for value, surfaces in (data.get("sum_scales") or {}).items()
        for surface in surfaces
    }
    vague = {float(key): (float(low), float(high)) for key, (low, high) in data["vague"].items()}
    not_alone = folded_words(language, "numbers", "not_alone")
    ratios = {
        key: folded_words(language, "numbers", key)
        for key in ("over", "one_of", "rate_of", "parts_of")
    }
    before_definite = {
        fold_word(surface): float(value)
        for value, surfaces in (data.get("fractions_before_definite") or {}).items()
        for surface in surfaces
    }
    orders = set(data.get("orders") or ())
    if orders - _ORDERS:
        raise ValueError(f"{language}/numbers.yaml orders: unknown {sorted(orders - _ORDERS)}")
    return NumberWords(
        PhraseMatcher(entries, language),
        abbreviations,
        sum_abbreviations,
        folded_words(language, "numbers", "length_abbreviations"),
        folded_words(language, "numbers", "length_after"),
        folded_words(language, "numbers", "size_joins"),
        vague,
        not_alone,
        **ratios,
        fraction_before_definite=before_definite,
        share_marks=folded_list(language, "numbers", "share_marks"),
        not_shares_after=folded_words(language, "numbers", "not_shares_after"),
        shares_after=folded_words(language, "numbers", "shares_after", "words"),
        shares_glued=folded_words(language, "numbers", "shares_after", "glued"),
        shares_bound_glued=folded_words(language, "numbers", "shares_after", "bound_glued"),
        qualified_shares=folded_words(language, "numbers", "qualified_shares"),
        floor_suffixes=folded_list(language, "numbers", "floor_suffixes"),
        pronoun_one_after=frozenset(
            clitic + fold_word(word)
            for word in data.get("pronoun_one_after") or ()
            for clitic in ("", *proclitics(language))
        ),
        construct_duals=folded_words(language, "numbers", "construct_duals"),
        conjunctions=conjunctions(language),
        plural_of=folded_words(language, "numbers", "plural_of"),
        unit_then_ten="unit_then_ten" in orders,
        hundreds_unsaid="hundreds_unsaid" in orders,
        tens_then_unit="tens_then_unit" in orders,
    )
