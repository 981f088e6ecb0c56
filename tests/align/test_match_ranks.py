"""Which of a team's matches (lexicons/ar/ranks.yaml `match`): every team has a first match,
so two ranks of one value meet only in windows alike as two claims of no concept (comparable
`any_holder_ranks`), not as two of one value."""

from __future__ import annotations

from pathlib import Path

from tests.corpus.by_report import agreeing_articles

_CHELSEA = "snn-2015-08-08-0985"  # "يواجه تشلسي صعوبة في حسم مباراته الأولى ضد سوانسي سيتي"
_WEST_HAM = "snn-2015-08-10-0968"  # "وست هام الذي كان يخوض مباراته الاولى بقيادة ... بيليتش"
_CHELSEA_AGAIN = "snn-2015-08-08-0827"  # "يواجه تشلسي صعوبة في حسم مباراته الاولى ضد سوانسي"


def _first_matches_held(articles: list[str], folder: Path) -> tuple[set[str], list[set[str]]]:
    return agreeing_articles(
        articles, folder, lambda claim: claim.unit == "match" and claim.value == 1
    )


def test_two_teams_first_matches_do_not_agree(tmp_path: Path):
    stating, held = _first_matches_held([_CHELSEA, _WEST_HAM], tmp_path)
    assert len(stating) == 2  # both state a first match...
    assert not any(len(documents) > 1 for documents in held)  # ...that never agree


def test_one_teams_first_match_told_twice_agrees(tmp_path: Path):
    _, held = _first_matches_held([_CHELSEA, _CHELSEA_AGAIN], tmp_path)
    assert any(len(documents) == 2 for documents in held)


def test_one_teams_first_win_told_twice_agrees_and_is_no_match(tmp_path: Path):
    # "وحقق ويستهام اليوم الفوز الأول له على أرسنال" (snn-2015-08-09-0312, -0634):
    # which of West Ham's wins, a rank of its own (lexicons/ar/ranks.yaml `win`)
    stating, held = agreeing_articles(
        ["snn-2015-08-09-0312", "snn-2015-08-09-0634"],
        tmp_path,
        lambda claim: claim.unit == "win" and claim.value == 1,
    )
    assert len(stating) == 2
    assert any(len(documents) == 2 for documents in held)
