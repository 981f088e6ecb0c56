"""The year a vehicle was made in: a year right before a maker's name (model_names.yaml
`makes`), or one word before it, a colour or a trim ("a 2008 GMC Sierra", "a silver 2007 Ford
Fusion", "a 2007 silver Ford Fusion"), is no date (extract/date_absolute.py) but a label of the
car (extract/labels.py)."""

from __future__ import annotations

from factcheck.extract.date_lexicon import date_lexicon
from factcheck.lang.clitics import stopwords
from factcheck.lang.phrases import skip_spaces
from factcheck.lang.tokens import LETTERS

_SHORT = 3  # letters of the shortest word that may stand between the year and the maker


def is_model_year(text: str, end: int, language: str, before: str) -> bool:
    """Whether the year that ends at folded `end`, after the word `before`, is a model year: after
    a word of one ("موديل 2015"), or before a maker's name where no word makes it a time ("In
    2008 Ford cut 10,000 jobs")."""
    lexicon = date_lexicon(language)
    if before in lexicon.model_year_words:
        return True
    return before not in lexicon.month_alone_cues and _made_by(text, end, language)


def _made_by(text: str, end: int, language: str) -> bool:
    """Whether a maker's name follows the year that ends at folded `end`: right after it, or
    after one word that is no stopword ("2007 when Ford" is a time)."""
    makes = date_lexicon(language).makes
    if not makes:
        return False
    pos = skip_spaces(text, end, 1)
    for between in (False, True):
        make = next((m for m in makes if text.startswith(m, pos)), None)
        if make is not None and not text[pos + len(make) : pos + len(make) + 1].isalnum():
            return True
        word = LETTERS.match(text, pos)
        if between or word is None or len(word.group()) < _SHORT:
            return False
        if word.group() in stopwords(language) or text[word.end() : word.end() + 1] != " ":
            return False
        pos = word.end() + 1
    return False
