"""What an amount is of: currency, percent, unit of measure or counted concept, as one matcher."""

from __future__ import annotations

import unicodedata
from functools import cache

from factcheck.lang.demonyms import demonym_nouns
from factcheck.lang.detect import supported_languages
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import fold_word
from factcheck.lang.phrases import PhraseMatcher

# (kind, unit) keys: ("money", "USD"), ("money", "dinar") for an ambiguous name,
# ("percent", "%"), ("quantity", "km"), ("count", "troops").
PEOPLE = "people"  # the generic count of persons (common/concepts.yaml)
BEFORE_NUMBER = "before_number"  # the units.yaml key of names written only before a number
GLUED = "glued"  # ...and of names that are a unit only glued to their digits ("17in")


@cache
def unit_matcher(language: str) -> PhraseMatcher:
    entries: list[tuple[str, tuple[str, str]]] = []
    for code, surfaces in load("common", "currencies")["symbols"].items():
        entries.extend((surface, ("money", code)) for surface in surfaces)
    for code, surfaces in load(language, "currencies").items():
        entries.extend((surface, ("money", code)) for surface in surfaces)
    for symbol, surfaces in _unit_names(language).items():
        kind = "percent" if symbol == "%" else "quantity"
        entries.extend((surface, (kind, symbol)) for surface in surfaces)
    for concept, surfaces in load(language, "concepts").items():
        entries.extend((surface, ("count", concept)) for surface in surfaces)
    # "more than 600 Palestinians": people, whose country the context reads as the owner
    entries.extend((noun, ("count", PEOPLE)) for noun, _ in demonym_nouns(language))
    return PhraseMatcher(entries, language)


@cache
def currency_names(language: str) -> PhraseMatcher:
    """The language's currency names, "دولار أمريكي" and "us dollars" among them: a demonym
    inside one names the currency, not whose figure it is."""
    return PhraseMatcher.of_surfaces(
        (surface for surfaces in load(language, "currencies").values() for surface in surfaces),
        language,
    )


def _unit_names(language: str) -> dict[str, list[str]]:
    """Every unit name of the language by symbol, those written only before a number included;
    not those read only glued to their digits (`glued_units`: "in" apart is a preposition)."""
    units = load(language, "units")
    names = {
        symbol: list(names)
        for symbol, names in units.items()
        if symbol not in (BEFORE_NUMBER, GLUED)
    }
    for symbol, before in (units.get(BEFORE_NUMBER) or {}).items():
        names[symbol] = [*names.get(symbol, []), *before]
    return names


@cache
def glued_units(language: str) -> PhraseMatcher:
    """The unit names read only right against their digits (units.yaml `glued`: "17in", "8MP")."""
    spec = load(language, "units").get(GLUED) or {}
    return PhraseMatcher(
        [(surface, ("quantity", symbol)) for symbol, names in spec.items() for surface in names],
        language,
    )


@cache
def before_number_only(language: str) -> frozenset[str]:
    """Unit names never written after their number (units.yaml `before_number`: "نسبة")."""
    spec = load(language, "units").get(BEFORE_NUMBER) or {}
    return frozenset(fold_word(surface) for surfaces in spec.values() for surface in surfaces)


@cache
def ambiguous_currencies() -> dict[str, tuple[str, ...]]:
    """Ambiguous currency name -> its candidate ISO codes, most likely first."""
    return {name: tuple(codes) for name, codes in load("common", "currencies")["ambiguous"].items()}


@cache
def currency_signs() -> tuple[str, ...]:
    """The currency symbols written with a sign ("$", "US$", "€"), longest first: a sign, unlike
    a code, may stand between a name in the possessive and its figure ("IBM's $10 billion")."""
    signs = {
        symbol
        for symbols in load("common", "currencies")["symbols"].values()
        for symbol in symbols
        if any(unicodedata.category(char) == "Sc" for char in symbol)
    }
    return tuple(sorted(signs, key=lambda sign: (-len(sign), sign)))


@cache
def default_currencies() -> dict[str, str]:
    """Ambiguous currency name -> the code it is read as when the article states none of its
    other candidates ("$": USD)."""
    return dict(load("common", "currencies").get("defaults") or {})


@cache
def broader_concepts() -> dict[str, str]:
    """Concept -> the concept it is a kind of (common/concepts.yaml `broader`: residents ->
    people)."""
    return {
        name: spec["broader"]
        for name, spec in load("common", "concepts").items()
        if (spec or {}).get("broader")
    }


@cache
def generic_concepts() -> dict[str, frozenset[str] | None]:
    """Concept -> the cue senses it gives way to (None: every one)."""
    generic = {}
    for name, spec in load("common", "concepts").items():
        senses = (spec or {}).get("generic")
        if senses:
            generic[name] = None if senses is True else frozenset(senses)
    return generic


@cache
def personal_concepts() -> frozenset[str]:
    """The concepts a count of which is one person's or one team's own (a player's points)."""
    concepts = load("common", "concepts").items()
    return frozenset(name for name, spec in concepts if (spec or {}).get("personal"))


@cache
def event_concepts() -> frozenset[str]:
    """The concepts whose counts are of events (attacks, strikes): a toll right after such a
    count is of them all together ("بعد هجومين أوقعا 13 قتيلا")."""
    concepts = load("common", "concepts").items()
    return frozenset(name for name, spec in concepts if (spec or {}).get("events"))


@cache
def person_concepts() -> frozenset[str]:
    """The concepts whose counts are of persons (common/concepts.yaml `persons`, and every
    concept under one): the counts a toll may be."""
    concepts = load("common", "concepts")
    broader = broader_concepts()

    def of_persons(name: str) -> bool:
        while name:
            if (concepts.get(name) or {}).get("persons"):
                return True
            name = broader.get(name, "")
        return False

    return frozenset(name for name in concepts if of_persons(name))


@cache
def minor_marks() -> frozenset[str]:
    return frozenset(load("common", "currencies").get("minor_marks") or ())


@cache
def minor_units() -> dict[str, int]:
    """Unit symbol -> how many of its smaller unit make one, for the units a measure is finished
    in the smaller one after a hyphen ("6-foot-9": common/units.yaml `minor`)."""
    return {
        symbol: int(spec["minor"]["per"])
        for symbol, spec in load("common", "units").items()
        if (spec or {}).get("minor")
    }


@cache
def counted_in() -> dict[str, tuple[str, int]]:
    """Unit symbol -> the smaller unit its amounts are told in, and how many of it make one
    ("two decades" is 20 years: common/units.yaml `counted_in`)."""
    return {
        symbol: (spec["counted_in"]["unit"], int(spec["counted_in"]["per"]))
        for symbol, spec in load("common", "units").items()
        if (spec or {}).get("counted_in")
    }


@cache
def durations() -> frozenset[str]:
    """The unit symbols of lengths of time ("day", "year")."""
    return of_dimension("duration")


@cache
def days_in(unit: str | None) -> float | None:
    """How many days a unit of time lasts (common/units.yaml `days`); None for other units."""
    spec = load("common", "units").get(unit) if unit else None
    days = (spec or {}).get("days")
    return float(days) if days is not None else None


@cache
def clock_units() -> frozenset[str]:
    """The durations a game clock counts (common/units.yaml `on_clock`)."""
    return frozenset(
        symbol for symbol, spec in load("common", "units").items() if (spec or {}).get("on_clock")
    )


@cache
def label_units() -> frozenset[str]:
    """The units of numbers that name a thing, a gun's calibre or a page (common/units.yaml
    `label`, extract/labels.py)."""
    return frozenset(
        symbol for symbol, spec in load("common", "units").items() if (spec or {}).get("label")
    )


@cache
def timeless_units() -> frozenset[str]:
    """The labels that name one item of a fixed series, whenever told (common/units.yaml
    `timeless`: "the 10th Doctor", "the second Tuesday of every month")."""
    return frozenset(
        symbol for symbol, spec in load("common", "units").items() if (spec or {}).get("timeless")
    )


@cache
def event_units() -> dict[str, float]:
    """The units whose figure in a lead names the article's event, each with how far apart two
    figures of one event may be (common/units.yaml `names_event`: an earthquake's magnitude)."""
    return {
        symbol: float(spec["names_event"])
        for symbol, spec in load("common", "units").items()
        if (spec or {}).get("names_event")
    }


@cache
def of_dimension(dimension: str) -> frozenset[str]:
    """The unit symbols of one dimension of common/units.yaml ("length": km, in, yd...)."""
    return frozenset(
        symbol
        for symbol, spec in load("common", "units").items()
        if (spec or {}).get("dimension") == dimension
    )


@cache
def class_units() -> frozenset[str]:
    """The unit symbols whose size before a noun names a class of things (units.yaml
    `classes`): "a 17-inch MacBook Pro"."""
    return frozenset(
        symbol for symbol, spec in load("common", "units").items() if (spec or {}).get("classes")
    )


@cache
def written_before() -> frozenset[str]:
    """The unit symbols also written before their number ("magnitude 6.1")."""
    return frozenset(
        symbol
        for symbol, spec in load("common", "units").items()
        if (spec or {}).get("written_before")
    )


@cache
def hyphened_before() -> frozenset[str]:
    """The one-word names of the units written before their number, in every language, folded:
    a hyphen between one and its number joins them ("a magnitude-5.2 quake"), where after
    another word it would be a model name's (F-16)."""
    return frozenset(
        fold_word(surface)
        for language in supported_languages()
        for symbol, surfaces in _unit_names(language).items()
        if symbol in written_before()
        for surface in surfaces
        if " " not in surface
    )
