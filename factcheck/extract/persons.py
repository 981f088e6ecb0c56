"""Whose age a figure is, and whether two ages are two people's.

"20 - year - old Ka'loni Flynn", "Mahnefah Gray, 19": the person is the name right beside the
age (lexicons/en/holders: `age_then_name`), read as holders.py reads names; two ages of
different people never agree (rules: `persons: agree`). Where no name stands there, the noun
beside the age may still tell: its sex ("two sons, ages 6 and 16", "girls age 6 and 8") or a
relation to someone ("Timmons' 16 year-old best friend"), never one with the person named
(lexicons/*/ages.yaml `persons`, `relations`).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from rapidfuzz import fuzz

from factcheck.extract.holders import (
    AGE_NAME_WORDS,
    HolderLexicon,
    Spans,
    capitalised,
    holder_lexicon,
    name_right_after,
)
from factcheck.lang.clitics import stem
from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.normalize import fold_word
from factcheck.lang.tokens import LETTERS, TOKEN

# "Mahnefah Gray, 19,": a name and an age in apposition, a comma (and spaces) between
_APPOSED = re.compile(r"\s*,\s*")
_PERSON_REACH = 40
_CONTENT_LETTERS = 3  # shorter words say nothing ("in", "of": stopwords.yaml)


def age_person(sentence: str, start: int, end: int, language: str, skip: Spans) -> str | None:
    """The name of the person an age at sentence[start:end] is of, where the sentence names
    them right beside it: "20 - year - old Ka'loni Flynn" (`age_then_name`), "Mahnefah Gray,
    19"; else None (a window's names may be anyone's: "a 61-year-old Vancouver man")."""
    lexicon = holder_lexicon(language)
    if not lexicon.cased:
        return None
    if lexicon.age_then_name:
        run = name_right_after(sentence, end, lexicon, skip)
        if run:
            # "a 61-year-old Vancouver man", "the 29 - year - old Hawaiian Gardens gang member":
            # capitalised words before a noun describe; a name ends at a word of no content
            name_end = _word_end(sentence, run[-1][0])
            following = LETTERS.search(sentence, name_end)
            word = following.group() if following is not None else ""
            if (
                following is not None
                and sentence[name_end : following.start()].strip() in ("", "-")
                and word.islower()
                and len(word) >= _CONTENT_LETTERS
                and stem(fold_word(word)) not in lexicon.stopwords
            ):
                return None
            return " ".join(name for _, name in run)
    if not sentence[max(0, start - 4) : start].rstrip().endswith(","):
        return None
    before = capitalised(sentence, max(0, start - _PERSON_REACH), start, lexicon, skip)
    # the name's own words, then only the comma: "Gray, 19", not "Gray said, 19"
    if not before or not _APPOSED.fullmatch(sentence, _word_end(sentence, before[-1][0]), start):
        return None
    run = [before[-1]]
    for item in reversed(before[:-1]):
        if sentence[_word_end(sentence, item[0]) : run[0][0]].strip():
            break
        run.insert(0, item)
    opening = _opening_name(sentence, run[0][0], lexicon)
    if opening is not None:
        run.insert(0, opening)
    return " ".join(name for _, name in run[-AGE_NAME_WORDS:])


# words a noun may stand from its age: "his 14 - year - old \"spiritual wife\"" after it, "two
# sons, ages 6 and 16" before it (the cue, the other ages and "and" passed over)
_NOUN_AFTER_WORDS = 2
_NOUN_BEFORE_WORDS = 5
_MARKS = re.compile(r"[,;:.()]")


def age_sex(sentence: str, start: int, end: int, language: str) -> str | None:
    """The sex of the noun an age at sentence[start:end] is said of (lexicons/*/ages.yaml
    `persons`): right after it ("a 14 - year - old girl"), else before its cue ("two sons, ages
    6 and 16", "girls age 6 and 8", "the woman, 35"); None when neither stands there."""
    noun = _age_noun(sentence, start, end, language, _person_nouns(language))
    return None if noun is None else _person_nouns(language)[noun]


def age_relation(sentence: str, start: int, end: int, language: str) -> str | None:
    """The noun of a relation to someone an age is said of, where it stands as `age_sex` reads
    a person's noun (lexicons/*/ages.yaml `relations`): "Timmons' 16 year-old best friend"
    is "friend", someone other than the Timmons whose trial the sentence before names. An
    English relation has its owner right before the age (`relation_owners`, or a name's
    possessive): "a 59 - year - old grandmother" is no one's relation, only a woman."""
    owners = _relation_owners(language)
    if owners is not None:
        words, ends = owners
        before = TOKEN.findall(sentence, max(0, start - _OWNER_REACH), start)
        possessive = sentence[:start].rstrip().endswith(ends)
        if not possessive and (not before or fold_word(before[-1]) not in words):
            return None
    relation = _age_noun(sentence, start, end, language, _relations(language))
    if relation is None or _named_after(sentence, end, relation):
        return None
    return relation


def age_role(sentence: str, start: int, language: str) -> str | None:
    """The role of the one an age is said of, told by the nearest of the lexicon's role words
    (lexicons/*/ages.yaml `roles`) among the `role_reach` words before it: "القبض على شاب
    عمره 23 عاماً" is a suspect's age, never that of the student he is held for killing, "الطالب
    ريان إبراهيم بابا (23 عاماً)"; a word of the victim nearer the age ends the role's reach
    ("القبض على قاتل الطالب (23 عاما)": `role_ends`)."""
    words, reach = _role_words(language)
    if not words:
        return None
    before = [stem(fold_word(word)) for word in TOKEN.findall(sentence, 0, start)[-reach:]]
    for at in range(len(before) - 1, -1, -1):
        role = words.get(before[at])
        if role is not None:
            # "المصاب شقيق المتهم وهو مواطن في العقد الثالث": the suspect's brother
            related = at > 0 and before[at - 1] in _role_relatives(language)
            return role or None if not related else None
    return None


@cache
def _role_relatives(language: str) -> frozenset[str]:
    """The nouns whose construct with a role word names someone else (`role_relatives`)."""
    relatives = load(language, "ages").get("role_relatives") or ()
    return frozenset(stem(fold_word(word)) for word in relatives)


@cache
def _role_words(language: str) -> tuple[dict[str, str], int]:
    """Each role word (folded, its article and conjunction stripped as the text's are: "والقبض")
    with its role; a word that ends a role's reach has ""."""
    ages = load(language, "ages")
    words = {stem(fold_word(word)): "" for word in ages.get("role_ends") or ()}
    for role, surfaces in (ages.get("roles") or {}).items():
        words.update((stem(fold_word(word)), role) for word in surfaces)
    return words, int(ages.get("role_reach") or 0)


def _named_after(sentence: str, end: int, relation: str) -> bool:
    """Whether a name follows the relation's noun after an age ("his 58 - year - old mother,
    Alice McMeekin", "their 8-year-old son, Oscar Maximillian"): the name tells who it is."""
    for word in TOKEN.finditer(sentence, end):
        if fold_word(word.group()) == relation:
            following = TOKEN.search(sentence, word.end())
            return following is not None and following.group()[:1].isupper()
    return False


def _age_noun(
    sentence: str, start: int, end: int, language: str, nouns: dict[str, str] | frozenset[str]
) -> str | None:
    """The first of `nouns` (folded) right after the age, else before its cue."""
    if not nouns:
        return None
    # "son Oscar, 8, daughter Ava, 3": a noun after a mark is the next person's
    for word in islice(TOKEN.finditer(sentence, end), _NOUN_AFTER_WORDS):
        if _MARKS.search(sentence, end, word.start()):
            break
        key = fold_word(word.group())
        if key in nouns:
            return key
    passed = _passed_before_age(language)
    for word in reversed(TOKEN.findall(sentence, 0, start)[-_NOUN_BEFORE_WORDS:]):
        key = fold_word(word)
        if key in nouns:
            return key
        # the name between the noun and its age: "son Oscar, 8"
        if not (key in passed or key.isdigit() or word[:1].isupper()):
            return None
    return None


def person_or_relation(word: str, language: str) -> bool:
    """Whether a folded word is a noun of a person or of a relation (ages.yaml `persons`,
    `relations`): "The woman, 35,", "his two half - brothers, 17 and 22,"."""
    return word in _person_nouns(language) or word in _relations(language)


@cache
def _person_nouns(language: str) -> dict[str, str]:
    persons = load(language, "ages").get("persons") or {}
    return {fold_word(noun): sex for sex, nouns in persons.items() for noun in nouns}


_OWNER_REACH = 12  # characters read before an age for the owner of a relation ("their ")


@cache
def _relation_owners(language: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The words of a relation's owner and the ends of an owner's name, where the language
    writes the owner apart from the relation's noun."""
    ages = load(language, "ages")
    if ages.get("relation_owners") is None:
        return None
    words = folded_words(language, "ages", "relation_owners")
    return words, holder_lexicon(language).possessive_ends


@cache
def _relations(language: str) -> frozenset[str]:
    return folded_words(language, "ages", "relations")


@cache
def _passed_before_age(language: str) -> frozenset[str]:
    """The words between a person's noun and the age: the age cues' words and the conjunctions
    that join a list of ages."""
    words = [
        *load(language, "ages").get("before", []),
        *load(language, "counts").get("cue_conjunctions", []),
    ]
    return frozenset(fold_word(w) for phrase in words for w in phrase.split())


def _opening_name(sentence: str, name: int, lexicon: HolderLexicon) -> tuple[int, str] | None:
    """The sentence's first word, when a name's next word follows it: "John Jenkin, 23, was
    arrested" is John's age, not any Jenkin's (holders skip a sentence's first word, which is
    capitalised whatever it is)."""
    opening = len(sentence) - len(sentence.lstrip(" \"'“‘(«"))
    if opening >= name:
        return None
    word = sentence[opening:name]
    if word != word.rstrip() + " " or not word[:1].isupper() or " " in word.rstrip():
        return None
    key = fold_word(word.strip())
    return None if key in lexicon.not_names or not key.isalpha() else (opening, key)


def persons_differ(x: str | None, y: str | None) -> bool:
    """Two people named: no name word in common, one spelling or another ("Katherine Gomes" and
    "Katherine" alone are one, and "Catherine" is "Katherine"; "King" and "Elverton Thomas" are
    two)."""
    if x is None or y is None:
        return False
    xs, ys = x.split(), y.split()
    if not any(_one_name(a, b) for a in xs for b in ys):
        return True
    # one family name and two given names: siblings ("John Jenkin, 23" and "his sister Katie
    # Jenkin, 20"), not one person ("Katie Jenkin" / "Kathryn Jenkin", "Kiki" / "Kimani Gray")
    given_x, given_y = xs[:-1], ys[:-1]
    return (
        bool(given_x)
        and bool(given_y)
        and _one_name(xs[-1], ys[-1])
        and not any(_one_given_name(a, b) for a in given_x for b in given_y)
    )


# one name spelt two ways ("catherine" / "katherine"): at least this alike (rapidfuzz ratio)
_SPELLINGS = 85


def _one_name(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= _SPELLINGS


# a short form of a given name keeps its first letters: "Kiki" / "Kimani", "Katie" / "Kathryn",
# "Alexis" / "Alexandros"; a short one of three letters, its first: "Jim" / "James"
_SHORT_FORM_LETTERS = 2
_SHORT_NAME = 3


# two given names spelt alike once their letters of one sound are folded (rapidfuzz ratio)
_GIVEN_SPELLINGS = 80


def _one_given_name(a: str, b: str) -> bool:
    if a[:_SHORT_FORM_LETTERS] == b[:_SHORT_FORM_LETTERS]:
        return True
    if min(len(a), len(b)) <= _SHORT_NAME and a[0] == b[0]:
        return True
    return fuzz.ratio(_sounded(a), _sounded(b)) >= _GIVEN_SPELLINGS


def _sounded(name: str) -> str:
    for letters, sound in _spellings():
        name = name.replace(letters, sound)
    return name


@cache
def _spellings() -> tuple[tuple[str, str], ...]:
    return tuple((str(k), str(v)) for k, v in load("common", "name_spellings").items())


def _word_end(text: str, at: int) -> int:
    end = at
    while end < len(text) and not text[end].isspace() and text[end] != ",":
        end += 1
    return end
