"""Both sides of a score or a record are counts, however small; a range, a date and a
mixed fraction written with the same dash or slash are not scores."""

import pytest

from factcheck.extract import extract_document
from factcheck.models import Document
from tests.extract.by_text import claims_in, findings_between


def counts(text: str, language: str) -> list[tuple[str, float | None, str]]:
    document = Document(id="t", path="t", language=language, published="2015-08-08", body=text)
    found = extract_document(document)
    return [(c.text, c.value, c.qualifier) for c in found if c.kind == "count" and not c.ordinal]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # SaudiNewsNet snn-2015-08-08-0824
        (
            "فاز النصر في آخر مبارياته الودية في معسكره بالنمسا على الشعب الإماراتي"
            " بنتيجة 3-1، ووقف مدرب الفريق",
            "ar",
            [("3", 3, "exact"), ("1", 1, "exact")],
        ),
        # SaudiNewsNet snn-2015-08-11-0440: a slash before a space joins a basketball score
        (
            "حقق المنتخب البحريني أول فوز له على حساب الفريق العماني بنتيجة 86/ 52 ،"
            " وتعرض المنتخب الإماراتي لأول خسارة من الكويت 55/ 81.",
            "ar",
            [("86", 86, "exact"), ("52", 52, "exact"), ("55", 55, "exact"), ("81", 81, "exact")],
        ),
        # SaudiNewsNet snn-2015-08-10-0181 (audit): the word for zero
        (
            "وتغلب عليه 2/ صفر أمس في المرحلة الأولى من المسابقة",
            "ar",
            [("2", 2, "exact"), ("صفر", 0, "exact")],
        ),
        # SaudiNewsNet snn-2015-08-09-0312: a spaced slash; "اليوم" after is today, no days
        (
            "وجه ويستهام صفعة قوية لأرسنال في افتتاح مباريات الفريقين بالدوري الإنجليزي لكرة"
            " القدم هذا الموسم وتغلب عليه 2 / صفر اليوم الأحد في المرحلة الأولى من المسابقة",
            "ar",
            [("2", 2, "exact"), ("صفر", 0, "exact")],
        ),
        # SaudiNewsNet snn-2015-08-11-0453: zero glued to the other side's digits by a hyphen
        (
            "علماً بأن النادي الأندلسي خسر العام الماضي أمام مواطنه الآخر ريال مدريد (صفر-2) وهو"
            " سيخوض المباراة للمرة الرابعة في تاريخه",
            "ar",
            [("صفر", 0, "exact"), ("2", 2, "exact")],
        ),
        # SaudiNewsNet snn-2015-08-07-0872: after another word, a hyphen and digits name a
        # model (F-16), no score
        (
            "وحلقت طائرات رافال فرنسية وطائرات إف-16 أمريكية تسلمتها مصر مؤخرا",
            "ar",
            [],
        ),
        # ECB+ 7_5ecb: a spaced or unspaced dash; the second side's dash is no minus
        (
            "The victory took Klitschko's record to 52-3 with a remarkable 46 wins by knockout.",
            "en",
            [("52", 52, "exact"), ("3", 3, "exact"), ("46 wins by knockout", 46, "exact")],
        ),
        # ECB+ 5_4ecbplus (audit)
        (
            "He recorded a mark of 162 - 139 (.",
            "en",
            [("162", 162, "exact"), ("139", 139, "exact")],
        ),
    ],
)
def test_both_sides_of_a_score_are_counts(text, language, expected):
    assert counts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # ECB+ 28_6ecbplus: four and a half months, no score of 4 to 1
        (
            "Fred LaRue, a high - ranking Nixon administration official who served a"
            " 4 - 1 / 2 - month prison term, has died.",
            "en",
            [],
        ),
        # SaudiNewsNet snn-2015-08-08-1066: a Hijri date spaced around its slashes
        (
            "على أن تنعقد الجمعية العمومية يوم الخميس ١٢/ ١١ / ١٤٣٦هـ الموافق ٢٧ / ٨ / ٢٠١٥م.",
            "ar",
            [],
        ),
        # SaudiNewsNet snn-2015-08-08-0038: a watch model, whose "01" is no side (a side
        # written with a leading zero is a code)
        (
            "وقال نافالني في تعليق دون على الانترنت أمس الأحد (2 أغسطس آب) إن بيسكوف كان يرتدي"
            " ساعة من طراز ريتشارد ميل آر.إم 52-01 التي يعتقد أن قيمتها 620 ألف دولار",
            "ar",
            [("52", 52, "exact")],
        ),
    ],
)
def test_a_range_a_fraction_a_date_or_a_code_is_no_score(text, language, expected):
    assert counts(text, language) == expected


def test_a_rising_pair_of_numbers_said_of_age_is_an_age_range():
    # QuanTemp quantemp-test-0002: no score of 5 to 11
    (claim,) = claims_in("UK government banned Covid vaccine for children age 5-11", "en")
    assert (claim.text, claim.kind, claim.low, claim.high, claim.unit) == (
        "5-11",
        "quantity",
        5,
        11,
        "year",
    )


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet snn-2015-08-08-0012: days and months after "date" and "to"
        "وردت لعمليات الهلال الأحمر خلال الأربعة أيام الماضية، من تاريخ ١٨ / ١٠ إلى ٢١ / ١٠،"
        " حيث بلغ عدد الإصابات 66 إصابة",
        # SaudiNewsNet snn-2015-08-10-0612: after "between" and "until"
        "سوف يقام في مركز الطائف الدولي للمعارض بحي المنتزه خلال الفترة ما بين 10 / 25 وحتى"
        " 10 / 29، حيث يشتمل الملتقى على العديد من الفعاليات",
    ],
)
def test_a_day_and_month_spaced_around_a_slash_is_no_score(text):
    sides = {"١٠", "٢١", "25", "29"}
    assert not sides & {found for found, _, _ in counts(text, "ar")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 29_11ecb: a team's record in brackets after its name, and one after "fell to"
        # with the venue after it; its first side counts no "games" of the clause before
        (
            "The Jaguars (5-10) lost for the seventh time in the past nine games and fell to 2-6"
            " at home this season.",
            [
                ("5", 5, None),
                ("10", 10, None),
                ("nine games", 9, "games"),
                ("2", 2, None),
                ("6", 6, None),
            ],
        ),
        # ECB+ 5_13ecb: "record" after it
        (
            "occupy last place in the Atlantic Division with a 9-14 record.",
            [("9", 9, None), ("14", 14, None)],
        ),
        # ECB+ 5_10ecb: a coach's record after "is"
        (
            "Cheeks is 122-147 in three-plus seasons as head coach in the City of Brotherly Love.",
            [("122", 122, None), ("147", 147, None), ("three-plus", 3, None)],
        ),
        # ECB+ 31_4ecb: the overall and the conference records in one pair of brackets
        (
            "South Florida (5-9, 0-2) has lost four of its last five games.",
            [
                ("5", 5, None),
                ("9", 9, None),
                ("0", 0, None),
                ("2", 2, None),
                ("four", 4, None),
                ("five games", 5, "games"),
            ],
        ),
        # ECB+ 31_6ecb: a line of shots made and tried
        (
            "The reigning national player of the year finished 7-for-14 from the field and had"
            " nine rebounds for North Carolina (10-0), which shook off a slow start",
            [
                ("7", 7, None),
                ("14", 14, None),
                ("nine rebounds", 9, "rebounds"),
                ("10", 10, None),
                ("0", 0, None),
            ],
        ),
        # ECB+ 29_9ecb: passes completed of those thrown
        (
            "Garrard, who rushed for a score, finished with 28-of-41 for 329 yards with one"
            " touchdown and one interception for Jacksonville.",
            [("28", 28, None), ("41", 41, None), ("329 yards", 329, "yd")],
        ),
    ],
)
def test_a_record_or_a_line_of_shots_is_two_counts(text, expected):
    """A rising pair of bare numbers is a record beside the words of one (en/scores.yaml
    `record`), read as a score's two sides are; "children age 5-11" above is an age range. So are
    a line's shots made and tried (`split`), which a model number's dash would drop."""
    found = [(c.text, c.value, c.unit) for c in claims_in(text, "en") if not c.ordinal]
    assert found[: len(expected)] == expected


def test_a_side_of_a_record_is_no_count_in_words():
    """The 9 of Gonzaga's record (ECB+ 31_4ecb) is not Hansbrough's "nine rebounds" (31_8ecb)
    in windows alike: a side of a record told whole meets no count in words (FC031)."""
    found = findings_between(
        "Austin Daye finished with 20 points and eight rebounds for Gonzaga (9-4), which snapped"
        " a three-game losing streak.",
        "Hansbrough finished the game with 20 points and nine rebounds.",
        language="en",
        published="2008-12-19",
    )
    assert ("agreement", "9", "nine rebounds") not in found


def test_one_line_of_shots_agrees_side_by_side():
    """ECB+ 31_6ecb and 31_9ecb: Hansbrough's 7-for-14, each side with its own."""
    found = findings_between(
        "The reigning national player of the year finished 7-for-14 from the field and had nine"
        " rebounds for North Carolina (10-0), which shook off a slow start and stretched the lead"
        " to double figures shortly after Hansbrough passed Phil Ford for the record midway"
        " through the first half.",
        "'' Hansbrough finished 7-for-14 from the field and had nine rebounds for North Carolina"
        " (10-0), which shook off a slow start and stretched the lead to double figures against"
        " the Purple Aces (7-2) shortly after Hansbrough passed Ford midway through the first"
        " half.",
        language="en",
        published="2008-12-19",
    )
    assert ("agreement", "7", "7") in found
    assert ("agreement", "14", "14") in found
