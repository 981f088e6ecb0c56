"""Who holds a figure: the company, club or person a sentence names next to it.

Template sentences repeat for every company, team or person ("أحقية الأرباح لمساهمي الشركة
... بنهاية تداول يوم 2015/8/25", "The 11 - inch models will start at $999 with ... Intel Core
i5" against "The new MacBook Pro will start at $2, 199"), so a figure's words alone do not say
whose it is. English names are the capitalised words around the figure (lexicons/en/holders:
`not_names`; places, months and weekdays are no holders); an age's holder is the name right
after it ("20 - year - old Ka'loni Flynn"). Arabic names follow a noun that introduces them
("شركة أسمنت ينبع"); a noun that refers back ("الشركة") stands for the last name the article
gave before the figure. Rules compare holders with `holders: agree` (rules/README.md).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from factcheck.extract.date_lexicon import date_lexicon
from factcheck.extract.document_words import document_words
from factcheck.extract.units import currency_signs
from factcheck.lang.clitics import DEFINITE, stem, stopwords
from factcheck.lang.detect import cased
from factcheck.lang.lexicon import folded_words, load
from factcheck.lang.normalize import Folded, fold, fold_text, fold_word
from factcheck.lang.tokens import LETTERS

_WINDOW = 60  # characters each side of the figure, as alignment's words around it
AGE_NAME_WORDS = 3  # an age's person: "the 27 - year - old Christopher Kenyon Simpson"
_QUOTES = " \"'«»“”"

# Span of a place, a demonym or a date in the sentence: no one's name.
Spans = list[tuple[int, int]]


class HolderLexicon:
    def __init__(self, language: str) -> None:
        data = load(language, "holders")
        self.language = language
        self.cased = cased(language)  # names are capitalised words; else they follow introducers
        self.not_names = {stem(fold_word(word)) for word in data.get("not_names", [])}
        dates = date_lexicon(language)
        self.not_names |= dates.months.keys() | dates.weekdays.keys()
        self.age_then_name = bool(data.get("age_then_name"))
        self.binders = folded_words(language, "holders", "binders")
        self.name_words = int(data.get("name_words", 2))
        self.definite_names = {stem(fold_word(w)) for w in data.get("definite_names", [])}
        self.definite_names_of = fold_word(data.get("definite_names_of", ""))  # "لل"
        self.stopwords = stopwords(language)
        ends = "|".join(map(re.escape, data.get("possessive_ends") or ()))
        # every end of a name in the possessive, where no quote may close ("Timmons' 16")
        self.possessive_ends = tuple(data.get("possessive_ends") or ()) + tuple(
            data.get("bare_possessive_ends") or ()
        )
        every_end = "|".join(map(re.escape, sorted(self.possessive_ends, key=len, reverse=True)))
        # a word in the possessive there: "the Bluejays' 11 assists"
        self.possessive_word = (
            re.compile(rf"[^\W\d_]+(?:{every_end})(?!\w)") if self.possessive_ends else None
        )
        # "IBM's" is the name "IBM"
        self.possessive = re.compile(f"(?:{ends})$") if ends else None
        initials = data.get("name_initials") if self.cased else None
        self.capitalised = re.compile(rf"(?<![\w'’])[{initials}][\w'’&.-]*") if initials else None
        # a name "by" introduces after a measure's noun of a few words not capitalised: "a 2-yard
        # touchdown run by Garrard", "a 44-yard field goal by Josh Scobee" (its last word)
        agents = "|".join(map(re.escape, data.get("agents_after") or ()))
        self.agent_after = (
            re.compile(
                rf"(?:[\s-]+(?![{initials}])[^\W\d_][\w-]*){{0,3}}\s+(?:{agents})\s+"
                rf"(?:[{initials}][\w.'’-]*\s+){{0,2}}([{initials}][\w'’-]*)"
            )
            if agents and initials
            else None
        )
        # a capitalised name, a currency sign maybe between it and the figure: "IBM's $10 billion"
        signs = "|".join(map(re.escape, currency_signs()))
        self.possessor = (
            re.compile(rf"(?<![\w'’])([{initials}][\w&.-]*)(?:{ends})\s*(?:{signs})?\s*$")
            if ends and initials
            else None
        )


@cache
def holder_lexicon(language: str) -> HolderLexicon:
    return HolderLexicon(language)


def names_in(folded: str, language: str) -> list[tuple[int, str]]:
    """(offset, name) of every name an introducer gives in a folded text ("شركة أسمنت نجران");
    the introducers are found in the pass over the document that finds its number words."""
    found = []
    for hit in document_words(folded, language, "introducers"):
        name = name_after(folded, hit.start, hit.stem, hit.end, language)
        if name:
            found.append((hit.start, name))
    return found


def refers_back(folded: str, start: int, stem: int) -> bool:
    """ "الشركة" refers back to a name; "شركة" gives one."""
    return DEFINITE in folded[start:stem]


def name_after(folded: str, start: int, stem: int, end: int, language: str) -> str | None:
    """The name an introducer hit at folded[start:end] gives, if it gives one."""
    lexicon = holder_lexicon(language)
    if refers_back(folded, start, stem):
        return _definite_name(folded, end, lexicon)
    return _name_after(folded, end, lexicon)


def _definite_name(folded: str, end: int, lexicon: HolderLexicon) -> str | None:
    """ "الشركة السعودية للأسماك", "الشركة الوطنية للتأمين": a definite introducer names a
    company when an adjective of `definite_names` and a word led by "لل" (`definite_names_of`)
    follow it."""
    words = [match.group() for match in LETTERS.finditer(folded, end, min(len(folded), end + 40))]
    if len(words) < 2 or stem(words[0]) not in lexicon.definite_names:
        return None
    of_the = lexicon.definite_names_of
    if not of_the or not words[1].startswith(of_the) or len(words[1]) <= len(of_the) + 1:
        return None
    return f"{stem(words[0])} {words[1][len(of_the) :]}"


def _name_after(folded: str, end: int, lexicon: HolderLexicon) -> str | None:
    words: list[str] = []
    for match in LETTERS.finditer(folded, end):
        gap = folded[end : match.start()]
        if gap.strip(_QUOTES) or (words and gap.strip()):
            break  # punctuation between: the name has ended (quotes may open it: 'شركة "LG"')
        word = stem(match.group())
        if word in lexicon.stopwords or word in lexicon.not_names:
            break
        if len(words) == lexicon.name_words:
            break
        words.append(word)
        end = match.end()
    return " ".join(words) or None


def holders(
    sentence: str,
    start: int,
    end: int,
    language: str,
    skip: Spans,
    is_age: bool,
    names: list[tuple[int, str]],
    anaphors: list[int],
    article: ArticleNames,
    offset: int,
) -> tuple[str, ...]:
    """The names that hold the figure at sentence[start:end]; `skip`: spans that name places
    or say who speaks; `names`, `anaphors`: where the sentence gives a name after an
    introducer and where it refers back (Arabic); `article`: the names of the whole article,
    whose body the sentence starts at `offset` of."""
    lexicon = holder_lexicon(language)
    if lexicon.cased:
        if is_age and lexicon.age_then_name:
            run = name_right_after(sentence, end, lexicon, skip)
            if run:
                return tuple(name for _, name in run)
        low, high = max(0, start - _WINDOW), min(len(sentence), end + _WINDOW)
        found = capitalised(sentence, low, high, lexicon, skip)
        return tuple(sorted({name for at, name in found if not start <= at < end}))
    # the sentence, not a window: "لمساهمي الشركة المسجلين لدى مركز إيداع الأوراق المالية
    # (تداول) بنهاية تداول يوم 5 ذو القعدة" refers back from far before the date. The name
    # nearest before the figure holds it; after a noun that refers back, or with no name in
    # the sentence, the last one the article stated; else the first after it.
    names = [(at, name) for at, name in names if article.stated(name)]
    preceding = [name for at, name in names if at < start]
    if preceding:
        return (preceding[-1],)
    if not any(at < start for at in anaphors):
        following = [name for at, name in names if at >= end]
        if following:
            return (following[0],)
    # "لمساهمي الشركة", or no name at all ("وبلغ صافي الربح حتى 31 يوليو 45.6 ألف ريال" in an
    # article that opened with "أعلنت شركة الباحة"): the article's holder at this point
    earlier = article.before(offset)
    return (earlier,) if earlier else ()


_BOUND_REACH = 120  # characters from a figure to a name its holding preposition binds
# what ends the figure's clause: a comma does not ("... للحاصلات على شهادة الثانوية فأعلى، لدى
# منشأة العرض المتقن")
_CLAUSE_MARKS = re.compile(r"[.;:!?؛]")


def bound_holder(
    sentence: str, end: int, names: list[tuple[int, str]], language: str
) -> str | None:
    """The name that a preposition of holding (`binders`: "لدى") binds to the figure ending at
    sentence[:end], its noun's words between: "لشغل 13 وظيفة لدى شركة توكيلات الجزيرة" and
    "لـ 13 وظيفة متاحة بمسمى مسؤولة خدمة عملاء ... لدى منشأة العرض المتقن" are two firms'
    lots of 13 jobs. Said once, the name is still the figure's: the sentence binds them."""
    binders = holder_lexicon(language).binders
    if not binders:
        return None
    for at, name in names:
        if at < end:
            continue
        if at - end > _BOUND_REACH or _CLAUSE_MARKS.search(sentence, end, at):
            return None
        between = LETTERS.findall(fold_text(sentence[end:at]))
        return name if between and between[-1] in binders else None
    return None


# A name in the possessive right before a figure, a currency sign between them: "about 7
# percent of the market, compared with IBM's 10 percent share" gives two holders' figures in
# one sentence, the 7 percent not IBM's.
_POSSESSOR_REACH = 40


def possessor(sentence: str, start: int, language: str) -> str | None:
    """The name in the possessive right before the figure at sentence[start:], as written
    ("IBM"), in a language whose names are capitalised; else None. It tells two figures of one
    sentence apart only: elsewhere a possessive may name a part of the holder, not another."""
    pattern = holder_lexicon(language).possessor
    if not start or pattern is None:
        return None
    found = pattern.search(sentence, max(0, start - _POSSESSOR_REACH), start)
    return found.group(1) if found else None


_AGENT_REACH = 50


def agent(sentence: str, start: int, end: int, language: str) -> str | None:
    """Who did what the measure at sentence[start:end] measures, folded: the name in the
    possessive right before it ("Montell Owens's two-yard run") or the last word of the name
    `agents_after` introduces after its noun ("a 2-yard touchdown run by Garrard"); None where
    the sentence names none, or names a day ("Sunday's 5.6 quake")."""
    lexicon = holder_lexicon(language)
    name = possessor(sentence, start, language)
    if name is None and lexicon.agent_after is not None:
        found = lexicon.agent_after.match(sentence, end, min(len(sentence), end + _AGENT_REACH))
        name = found.group(1) if found else None
    if name is None or stem(fold_word(name)) in lexicon.not_names:
        return None
    return fold_word(name)


_AGE_NAME_REACH = 40


def name_right_after(
    sentence: str, end: int, lexicon: HolderLexicon, skip: Spans
) -> list[tuple[int, str]]:
    """ "the 27 - year - old Christopher Kenyon Simpson": the words of the name that starts
    right after the age ending at `end` (`age_then_name`), at most AGE_NAME_WORDS; none when
    no name stands right there."""
    after = capitalised(sentence, end, end + _AGE_NAME_REACH, lexicon, skip)
    if not after or after[0][0] - end > 2:
        return []
    return _consecutive(after, sentence)[:AGE_NAME_WORDS]


def capitalised(
    sentence: str, low: int, high: int, lexicon: HolderLexicon, skip: Spans
) -> list[tuple[int, str]]:
    """Names starting in [low, high), read whole (a window's edge cuts no name short)."""
    found: list[tuple[int, str]] = []
    if lexicon.capitalised is None:
        return found
    opening = len(sentence) - len(sentence.lstrip(" \"'“‘(«"))
    for match in lexicon.capitalised.finditer(sentence, low):
        at = match.start()
        if at >= high:
            break
        if at == opening or any(s <= at < e for s, e in skip):
            continue
        word = match.group()
        if lexicon.possessive is not None:
            word = lexicon.possessive.sub("", word)
        word = word.strip(".-")
        key = fold_word(word)
        if len(word) < 2 or key in lexicon.not_names:
            continue
        found.append((at, key))
    return found


def _consecutive(found: list[tuple[int, str]], sentence: str) -> list[tuple[int, str]]:
    """The first run of names with only spaces between them: one person's name."""
    run = found[:1]
    for item in found[1:]:
        previous = run[-1]
        if sentence[previous[0] : item[0]].count(" ") > 1 or "," in sentence[previous[0] : item[0]]:
            break
        run.append(item)
    return run


def same_holder(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Unknown on either side, or some name of one is (part of) a name of the other."""
    if not x or not y:
        return True
    return any(
        set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()) for a in x for b in y
    )


class ArticleNames:
    """The holders an article names, read once, and only when a sentence needs them.

    A name is a holder's when the article states it: in its title, or twice in its body
    ("«أسمنت ينبع» يوصي ... أوصى مجلس إدارة شركة أسمنت ينبع"). "شركة جديدة تصل إلى تريليون
    دولار" names no company, whatever follows "شركة" once."""

    def __init__(self, body: str, title: str | None, folded: Folded | None, language: str) -> None:
        self._body, self._title, self._folded, self._language = body, title, folded, language
        self._names: list[tuple[int, str]] | None = None
        self._title_words: set[str] | None = None
        self._text = ""
        # Asked for every figure of the article (40,000 times on the SaudiNewsNet week), about
        # the same few names: each name's answer, and the stated names' list, worked out once.
        self._stated: dict[str, bool] = {}
        self._kept: tuple[list[int], list[str]] | None = None

    def _read(self) -> list[tuple[int, str]]:
        if self._names is None:
            body = self._folded or fold(self._body)
            self._text = body.text
            names = names_in(body.text, self._language)
            self._names = [(body.start_of(at), name) for at, name in names]
            title = fold_text(self._title or "")
            words = {stem(word) for word in LETTERS.findall(title)}
            self._title_words = words - holder_lexicon(self._language).definite_names
        return self._names

    def stated(self, name: str) -> bool:
        known = self._stated.get(name)
        if known is None:
            known = self._stated[name] = self._states(name)
        return known

    def _states(self, name: str) -> bool:
        names = self._read()
        if set(name.split()) & (self._title_words or set()):
            return True  # "شركة بيشة الزراعية" under "خسائر بيشة المتراكمة"
        return sum(found == name for _, found in names) >= 2 or self._text.count(name) >= 2

    def before(self, offset: int) -> str | None:
        """The last name stated before `offset` in the body."""
        if self._kept is None:
            kept = [(at, name) for at, name in self._read() if self.stated(name)]
            self._kept = [at for at, _ in kept], [name for _, name in kept]
        starts, names = self._kept
        index = bisect.bisect_left(starts, offset) - 1
        return names[index] if index >= 0 else None
