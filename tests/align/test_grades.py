"""School grades (lexicons/ar/ranks.yaml `stages`): a grade names a year of school, not whose,
so two of one value meet only in windows as alike as two records (comparable
`rank_similarity`)."""

from __future__ import annotations

from pathlib import Path

from tests.corpus.by_report import agreeing_articles

# "سيتم نقل 3 طالبات من الصف الرابع إلى الصف السادس الابتدائي" (Makkah's skipping pupils)
_SKIPPING = "snn-2015-08-10-1190"
_SKIPPING_AGAIN = "snn-2015-08-11-0498"
# "كان نصيب الصف الرابع منها (20468 ورقة) والصف السادس (19181 ورقة)" (the Eastern Province's
# exam papers), in one story with the first when run together, 58 alike
_PAPERS = "snn-2015-08-11-1359"


def _grades_held(articles: list[str], folder: Path) -> tuple[set[str], list[set[str]]]:
    return agreeing_articles(articles, folder, lambda claim: claim.unit == "grade")


def test_grades_of_two_stories_of_schools_do_not_agree(tmp_path: Path):
    stating, held = _grades_held([_SKIPPING, _PAPERS], tmp_path)
    assert len(stating) == 2  # both state grades...
    assert not any(len(documents) > 1 for documents in held)  # ...that never agree


def test_grades_of_one_release_agree(tmp_path: Path):
    _, held = _grades_held([_SKIPPING, _SKIPPING_AGAIN], tmp_path)
    assert sum(len(documents) == 2 for documents in held) == 4
