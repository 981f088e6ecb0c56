"""What a toll counts and when it stands, in the wire's English: the subject of "rose to" may
stand far before the figure, a toll alone is of the dead, and the day after a toll's new level
is the toll's, not the event's (extract/counts.py `governing_concept`, lexicons/en/counts.yaml
`counted_by`, extract/context.py). Made up in the shape of the thirteenth pass's wire probes
("wire styles of both languages"): no corpus article words a toll so."""

from __future__ import annotations

import json

from factcheck.pipeline import run
from factcheck.settings import Settings
from tests.extract.by_text import claims_by_text

LATER = (
    "The death toll from Saturday's magnitude 6.1 earthquake in Aceh rose to 41 on Sunday, "
    "officials said. Earlier reports had put the toll at 12."
)


def test_the_subject_of_a_change_far_before_its_level_says_what_it_counts():
    claims = claims_by_text(LATER, "en", "2024-03-10")
    assert (claims["41"].unit, claims["41"].cue) == ("deaths", "new:rise")
    # the day the toll rose to 41 is no day of the quake (which struck on Saturday)
    assert claims["Sunday"].subject is None


def test_a_toll_alone_counts_the_dead_and_a_noun_after_it_says_otherwise():
    assert claims_by_text(LATER, "en", "2024-03-10")["12"].unit == "deaths"
    assert claims_by_text("The toll of injured rose to 20.", "en")["20"].unit == "injured"
    assert claims_by_text("The injury toll rose to 30.", "en")["30"].unit is None


def test_a_later_toll_revises_the_first(tmp_path):
    first = {
        "id": "a",
        "title": "Quake kills 12 in Indonesia",
        "text": "A magnitude 6.1 earthquake struck Aceh province on Saturday, killing at least "
        "12 people, officials said.",
        "published": "2024-03-09",
        "language": "en",
    }
    later = {"id": "b", "title": "Indonesia quake toll rises to 41", "text": LATER}
    later |= {"published": "2024-03-10", "language": "en"}
    path = tmp_path / "quake.jsonl"
    path.write_text("\n".join(json.dumps(article) for article in (first, later)) + "\n")
    report = run(Settings(paths=[str(path)], format="json", jobs=1))
    texts = {claim.id: claim.text for claim in report.claims}
    found = {
        (finding.kind, tuple(sorted(texts[claim] for claim in finding.claims)))
        for finding in report.findings
    }
    assert ("revision", ("41", "at least 12 people")) in found
    assert ("agreement", ("12", "at least 12 people")) in found
