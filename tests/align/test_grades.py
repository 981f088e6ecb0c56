"""School grades (lexicons/ar/ranks.yaml `stages`): a grade names a year of school, not whose,
so two of one value meet only in windows as alike as two records (comparable
`rank_similarity`)."""

from __future__ import annotations

from pathlib import Path

from tests.corpus.by_report import run_alone, snn_lines

# "سيتم نقل 3 طالبات من الصف الرابع إلى الصف السادس الابتدائي" (Makkah's skipping pupils)
_SKIPPING = "snn-2015-08-10-1190"
_SKIPPING_AGAIN = "snn-2015-08-11-0498"
# "كان نصيب الصف الرابع منها (20468 ورقة) والصف السادس (19181 ورقة)" (the Eastern Province's
# exam papers), in one story with the first when run together, 58 alike
_PAPERS = "snn-2015-08-11-1359"


def _grades_held(articles: list[str], folder: Path) -> list[set[str]]:
    lines = snn_lines(articles)
    report = run_alone([lines[article] for article in articles], folder / "grades.jsonl")
    grades = {c.id: c.document for c in report.claims if c.unit == "grade"}
    return [
        {grades[claim] for claim in finding.claims if claim in grades}
        for finding in report.findings
        if finding.kind == "agreement" and any(claim in grades for claim in finding.claims)
    ]


def test_grades_of_two_stories_of_schools_do_not_agree(tmp_path):
    held = _grades_held([_SKIPPING, _PAPERS], tmp_path)
    assert not any(len(documents) > 1 for documents in held)


def test_grades_of_one_release_agree(tmp_path):
    held = _grades_held([_SKIPPING, _SKIPPING_AGAIN], tmp_path)
    assert sum(len(documents) == 2 for documents in held) == 4
