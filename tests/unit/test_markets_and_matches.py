"""The sixteenth pass's Arabic leftovers of the fifth draw, each a class of wording on its real
sentence with a control: a change of an index in points after the index's definite adjective, a
score parted by tatweel, the ordinal of a team's match."""

from factcheck.lang.normalize import fold, fold_text
from tests.extract.by_text import claims_in, read_figures


def test_a_change_in_points_after_a_definite_adjective_is_an_amount():
    # snn-2015-08-10-1548: a number with a fraction counts the noun after it, where a whole
    # one after a definite word names a thing
    text = 'وصعد مؤشر "داو جونز" الصناعي 92.93 نقطة ليصل إلى 17466.31 نقطة'
    assert [(c.text, c.value) for c in claims_in(text)] == [
        ("92.93", 92.93),
        ("ليصل إلى 17466.31", 17466.31),
    ]
    # snn-2015-08-07-0759 (control): a whole number there names a brigade
    text = "وتركزت على مقر اللواء 15 مشاة في مدينة زنجبار عاصمة محافظة أبين"
    assert read_figures(text) == []


def test_a_run_of_tatweel_between_two_numbers_is_their_dash():
    # snn-2015-08-08-1285: the sets of a volleyball match
    text = "حيث كسب المنتخب الشوط الأول 26 ــ 24 ، والشوط الثاني 25 ــ 22 والشوط الثالث"
    assert fold(text).text.count("26 - 24") == 1 and fold_text(text).count("25 - 22") == 1
    assert [(c.text, c.value) for c in claims_in(text)] == [
        ("26", 26),
        ("24", 24),
        ("25", 25),
        ("22", 22),
    ]
    # snn-2015-08-07-1331 (control): before a number alone it opens a list item, no minus
    assert read_figures("ــ 80 % نسبة الأعمال المنجزة بالمشروع.") == [
        ("80 %", "percent", 80, "exact", "%")
    ]
    # a tatweel that stretches a letter is dropped as ever ("الـ 13")
    assert fold("البطولة العربية الـ 13").text == "البطوله العربيه ال 13"


def test_the_ordinal_of_a_teams_match():
    # snn-2015-08-08-1155: in construct before the team's matches, and after its match
    text = (
        "ويلعب المنتخب اليوم (السبت) ثالث مواجهاته في البطولة أمام المنتخب المصري الذي خسر "
        "لقاءه الأول أمام تونس بثلاثة أشواط دون رد."
    )
    assert [(c.text, c.value, c.unit) for c in claims_in(text) if c.kind != "date"] == [
        ("ثالث مواجهاته", 3, "match"),
        ("لقاءه الأول", 1, "match"),
        ("بثلاثة", 3, None),
    ]
    # snn-2015-08-11-1331 (control): digits after the match are its score, no rank
    assert [(c.text, c.unit) for c in claims_in("وفاز يونايتد باللقاء 1-صفر بفضل هدف")] == [
        ("1", None),
        ("صفر", None),
    ]
