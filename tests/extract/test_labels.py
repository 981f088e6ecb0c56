"""Numbers that name a thing, as ECB+ writes them: a gun's calibre and a page (extract/labels.py,
lexicons/en/labels.yaml), labels that agree across articles and never conflict."""

from __future__ import annotations

import pytest

from factcheck.align.features import is_moment
from tests.extract.by_text import claims_in, findings_between


def _labels(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.text, c.value, c.unit) for c in claims_in(text, "en") if c.note == "label"]


@pytest.mark.parametrize(
    ("article", "text", "read"),
    [
        (
            "33_1ecb",
            "Lynch said his client had a .32-caliber revolver, while autopsy results concluded "
            "that Kathina was killed by a .45-caliber bullet.",
            [(".32-caliber", 32, "caliber"), (".45-caliber", 45, "caliber")],
        ),
        (
            "33_3ecb",
            "He said it was a .32 - caliber revolver, not a .45 - caliber handgun like the one "
            "that killed the girl.",
            [(".32 - caliber", 32, "caliber"), (".45 - caliber", 45, "caliber")],
        ),
        (
            "19_1ecbplus",
            "officials say the cops got out of their car and approached Gray — who allegedly "
            "turned toward them with a loaded. 38 - caliber revolver in hand.",
            [("38 - caliber", 38, "caliber")],
        ),
        (
            "28_4ecb",
            "When he had information to pass on, he would arrange meetings by circling the page "
            "number on page twenty of the reporter's copy of The New York Times and then drawing "
            "the hands of a clock to signal the hour.",
            [("page twenty", 20, "page")],
        ),
        (
            "28_7ecb",
            "If Felt had a message, Woodward's home-delivered New York Times would arrive with an "
            "inked circle on Page 20.",
            [("Page 20", 20, "page")],
        ),
        # a sports season's week; a comma after its number ends it
        (
            "25_10ecb",
            "McAllister is a last-ditch flex option as the Saints face the Detroit Lions in Week "
            "16, but playing him is a risk given Thomas' versatility.",
            [("Week 16", 16, "season_week")],
        ),
        (
            "25_10ecb",
            "McAllister has just 317 rushing yards on the season and only 54 since the team's "
            "Week 9 bye.",
            [("Week 9", 9, "season_week")],
        ),
        (
            "29_2ecbplus",
            "It paid off one more time for the game - winning play in Week 16.",
            [("Week 16", 16, "season_week")],
        ),
    ],
)
def test_a_calibre_or_a_page_is_a_label(article, text, read):
    assert _labels(text) == read


def test_a_week_before_a_count_is_no_label():
    # 10_1ecbplus writes "Last week at the Winter Meetings"; a count after it is the week's
    text = "Last week at the Winter Meetings, the Washington Nationals made Teixeira an offer."
    assert _labels(text) == []
    assert _labels(text.replace("at the Winter Meetings,", "20")) == []


def test_two_guns_calibres_never_conflict():
    # ECB+ 33_1ecb, 33_3ecb: one story names two guns, the .32 agrees, no calibre conflicts
    texts = (
        "Lynch said his client had a .32-caliber revolver, while autopsy results concluded that "
        "Kathina was killed by a .45-caliber bullet.",
        "He said it was a .32 - caliber revolver, not a .45 - caliber handgun like the one that "
        "killed the girl.",
    )
    held = findings_between(*texts, language="en", published="2008-05-21")
    assert ("agreement", ".32 - caliber", ".32-caliber") in held
    assert not [finding for finding in held if finding[0] in ("conflict", "revision")]


@pytest.mark.parametrize(
    ("article", "text"),
    [
        (
            "18_1ecbplus",
            "tipped off authorities to LaCalamita's location after hearing a description of the "
            "suspect's vehicle - - a 2007 silver Ford Fusion - - on the radio.",
        ),
        (
            "18_4ecbplus",
            "The suspect's car was described as a silver 2007 Ford Fusion with the license plate "
            "BEY 0843.",
        ),
    ],
)
def test_a_year_before_a_makers_name_is_a_model_year(article, text):
    # one word at most between the year and the maker; no date
    claims = claims_in(text, "en")
    assert [(c.text, c.value, c.unit) for c in claims if c.note == "label"] == [
        ("2007", 2007, "model_year")
    ]
    assert [c for c in claims if c.kind == "date"] == []


def test_a_floor_of_a_building_is_a_label():
    # ECB+ 22_2ecbplus: two floors of one story, each a rank of a label unit (en/ranks.yaml
    # `floor`, common/units.yaml), where a rank of one noun would have set the third against
    # the second
    floors = [
        (c.text, c.value, is_moment(c))
        for c in claims_in(
            "Hiller, 43, then shot the three victims, according to police - - the women were shot"
            " on the third floor and the man she confronted on the stairs as she went down to the"
            " second floor where she barricaded herself into an office.",
            "en",
        )
        if c.unit == "floor"
    ]
    assert floors == [("third floor", 3.0, True), ("second floor", 2.0, True)]
    # 8_10ecbplus: floors in the plural are counted, none is a floor of the building
    assert [
        (c.text, c.unit)
        for c in claims_in(
            "They were trapped in the stairwell of the 3rd floors while trying to flee the fire "
            "broken out two floors below.",
            "en",
        )
    ] == [("two", None)]


def test_a_bare_decimal_is_a_sports_rate():
    # ECB+ 10_2ecb, 10_5ecb: one batting average of one spell, told by two papers; 10_3ecb and
    # 10_6ecb: the season's. Two rates of one story never conflict (two labels), and each
    # agrees with its own (labels.yaml `bare_decimals`).
    spell = (
        "After being acquired from the Braves before the trading deadline this past season, "
        "Teixeira hit .358 with 13 homers and 43 RBIs in 54 games with the Angels.",
        "In 54 games with the Angeles he hit .358 with 13 home runs and 43 RBIs, and had a "
        "slugging percentage of .632.",
    )
    season = (
        "Overall, he finished the season with a .308 average, 33 homers and 121 RBI.",
        "Playing in a combined 157 games with the Angels and Braves, Teixeira had 33 homers and "
        "121 RBIs along with a career-best .308 average.",
    )
    assert _labels(spell[1]) == [(".358", 0.358, "average"), (".632", 0.632, "average")]
    assert ("agreement", ".358", ".358") in findings_between(
        *spell, language="en", published="2008-12-10"
    )
    assert ("agreement", ".308", ".308") in findings_between(
        *season, language="en", published="2008-12-10"
    )
    held = findings_between(spell[0], season[1], language="en", published="2008-12-10")
    assert not [finding for finding in held if ".308" in finding or ".358" in finding]
    # a calibre's digits before its noun stay the calibre's. ECB+ 19_6ecbplus tokenises the
    # point away ("he pointed a. 357 caliber revolver at them"); the corpora hold no calibre of
    # three digits written right after its point, so the second case is that sentence so
    # written (made up), the one the rate's pattern would otherwise take
    assert _labels("he pointed a. 357 caliber revolver at them") == [
        ("357 caliber", 357, "caliber")
    ]
    assert _labels("he pointed a .357 caliber revolver at them") == [
        (".357 caliber", 357, "caliber")
    ]
