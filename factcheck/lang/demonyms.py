"""The forms of each country's demonym: Arabic nisba endings, English plural nouns."""

from __future__ import annotations

from functools import cache

from factcheck.lang.lexicon import load


@cache
def demonym_forms(language: str) -> tuple[tuple[str, str], ...]:
    """(form, country) for every form that names a country's people or things: "أمريكي",
    "أمريكيين"; "American", "Americans"."""
    suffixes = load(language, "locatives").get("nisba_suffixes") or []
    return tuple(
        (form, country)
        for country, adjectives in load(language, "demonyms").items()
        for adjective in adjectives
        for form in (*_nisba_forms(adjective, suffixes), *_plurals(adjective, language))
    ) + _irregular(language)


@cache
def demonym_nouns(language: str) -> tuple[tuple[str, str], ...]:
    """(plural noun, country): "600 Palestinians" counts people of Palestine. Only where the
    plural differs from the adjective (locatives.yaml `demonym_plural`): "five Yemeni pirates"
    counts pirates, and an Arabic nisba is also the adjective after its noun ("جندي أميركي")."""
    return tuple(
        (noun, country)
        for country, adjectives in load(language, "demonyms").items()
        for adjective in adjectives
        for noun in _plurals(adjective, language)
    ) + _irregular(language)


def _irregular(language: str) -> tuple[tuple[str, str], ...]:
    """(plural noun, country) of the plurals made otherwise than by the suffix ("Britons")."""
    words = (load(language, "locatives").get("demonym_plural") or {}).get("words") or {}
    return tuple((noun, country) for country, nouns in words.items() for noun in nouns)


def _nisba_forms(adjective: str, suffixes: list[str]) -> list[str]:
    """أمريكي -> أمريكي, أمريكية, أمريكيين...; English adjectives have no forms."""
    if not suffixes or not adjective.endswith("ي"):
        return [adjective]
    stem = adjective[:-1]
    return [stem + suffix for suffix in suffixes]


def _plurals(adjective: str, language: str) -> list[str]:
    """ "Iraqi" -> "Iraqis"; none for "Chinese", "Swiss", "French" (the plural is the adjective)."""
    rule = load(language, "locatives").get("demonym_plural")
    if not rule or adjective.endswith(tuple(rule.get("not_after") or ())):
        return []
    return [adjective + rule["suffix"]]
