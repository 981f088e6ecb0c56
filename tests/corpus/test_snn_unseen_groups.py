"""Story groups of the SaudiNewsNet week that no heuristic cluster holds (the eleventh and
twelfth passes of tests/corpus/FINDINGS.md): 2-6 articles of one event from different outlets,
picked by shared rare words of their titles and leads before anything was run on them, each run
alone through the whole pipeline. The articles are read by id from
../shared/corpus/saudinewsnet/articles."""

from __future__ import annotations

from functools import cache

import pytest

from factcheck.models import Report
from tests.corpus.by_report import run_alone, snn_lines

# the group's name -> its articles' ids (snn-2015-08-<day>-<number>); the twelfth pass's
# second draw from "afghan-heli" on
GROUPS = {
    "afghan-north": ["09-0105", "09-0607", "10-0382", "10-0907"],
    "captagon": ["08-0020", "08-0850", "09-0345", "09-0849", "10-0707"],
    "corona-family": ["07-0540", "07-0583", "07-0839", "07-1269", "07-1333"],
    "hajj-courses": ["10-0574", "10-1139", "10-1648", "11-0408", "11-1169", "11-1422"],
    "uae-soldiers": ["08-0291", "08-1025", "08-1189", "09-0064", "09-0145", "09-0331"],
    "weather-aug10": ["10-0053", "10-0840", "10-1140", "10-0577"],
    "wheat": ["10-0044", "10-0830", "10-1259", "11-0359", "11-0612", "11-0956"],
    "yemen-sanaa": ["11-0219", "11-0710", "11-1133", "11-1183"],
    "yemenis-status": ["10-0146", "10-0259", "10-0575", "10-1137", "11-0380"],
    "afghan-heli": ["07-0378", "07-0871", "07-1095"],
    "atm-ramadan": ["09-0222", "09-0621", "09-0698", "09-0983", "09-1157"],
    "bonds-20bn": ["11-0199", "11-0340", "11-0668", "11-0934", "11-1036", "11-1282"],
    "hajj-prices": ["09-0220", "09-0554", "09-0797", "09-0934", "09-0972", "09-1121"],
    "tech-colleges": ["09-0326", "09-0900", "10-0514", "10-0921", "10-1304", "10-1421"],
    "typhoon-taiwan": ["08-0165", "09-0611", "10-1352"],
    "zinjibar": ["09-0066", "09-0098", "10-0362", "10-0559", "10-1002", "10-1223"],
}


@cache
def _articles() -> dict[str, str]:
    """The lines of the groups' articles, by id."""
    return snn_lines(f"snn-2015-08-{short}" for ids in GROUPS.values() for short in ids)


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    reports: dict[str, Report] = {}

    def report(name: str) -> Report:
        if name not in reports:
            lines = [_articles()[f"snn-2015-08-{short}"] for short in GROUPS[name]]
            reports[name] = run_alone(lines, tmp_path_factory.mktemp(name) / f"{name}.jsonl")
        return reports[name]

    return report


def _ids(report: Report, document: str, text: str) -> set[str]:
    return {c.id for c in report.claims if c.document.endswith(document) and c.text == text}


def _agreements(report: Report) -> list[set[str]]:
    return [set(f.claims) for f in report.findings if f.kind == "agreement"]


def test_a_hotline_in_brackets_after_its_label_is_no_figure(group):
    # "التواصل مع المديرية من خلال الاتصال على الرقم (922)", which one outlet prints as (992):
    # they conflicted
    report = group("yemenis-status")
    assert not [c for c in report.claims if c.text in ("922", "992", "(922)", "(992)")]
    assert not [f for f in report.findings if f.kind == "conflict"]


def test_four_outlets_toll_in_one_province_is_one_agreement(group):
    # "في مقاطعة ولاية قندوز" (two outlets) learned the place "ولاية" and kept their 21 apart
    # from the 21 "في ولاية قندوز" of the two others
    report = group("afghan-north")
    tolls = {c.id for c in report.claims if c.text in ("21 شخصا على الأقل", "21 شخصًا على الأقل")}
    assert len({c.split("#")[1][:19] for c in tolls}) == 4
    assert any(tolls <= held for held in _agreements(report))


def test_the_capitals_toll_never_agrees_with_the_provinces(group):
    # "تفجير انتحاري ... خارج أكاديمية الشرطة الأفغانية في العاصمة والذي أسفر عن مقتل 25 من
    # الطلبة": Kabul's, not Kunduz's "at least 21"
    report = group("afghan-north")
    students = _ids(report, "10-0907", "25")
    tolls = {c.id for c in report.claims if c.value == 21}
    assert students and tolls
    assert not [held for held in _agreements(report) if held & students and held & tolls]


def test_a_learned_province_lies_within_its_story_country(group):
    # the Kunduz statement's "وجرح عشرة آخرين": two outlets quote it after "في إقليم خان آباد"
    # (a learned "~خان اباد") or in a story of "ولاية قندوز", the third under a headline of
    # Afghanistan: a learned name was apart from the country, and the three never agreed
    report = group("afghan-north")
    wounded = {c.id for c in report.claims if c.text == "عشرة آخرين"}
    assert len({c.split("#")[1][:19] for c in wounded}) == 3
    assert any(wounded <= held for held in _agreements(report))
    # ...now the generated gazetteer's Khanabad, in Kunduz (lexicons/*/places_world.json)
    assert "afghanistan/kunduz/khanabad" in {c.location for c in report.claims if c.id in wounded}


def test_a_given_name_and_its_collection_are_no_friday(group):
    # "العريف أول جمعة جوهر جمعة الحمادي"; "طرق سحب الدم، وجمعه، ونقله"
    for name in ("uae-soldiers", "hajj-courses"):
        dates = [c.text for c in group(name).claims if c.kind == "date"]
        assert not [text for text in dates if text in ("جمعة", "جمعه")], name


def test_the_yemeni_city_of_ibb_is_no_august(group):
    # "قوات المقاومة سيطرت على ست مديريات في اب"
    dates = [c.text for c in group("yemen-sanaa").claims if c.kind == "date"]
    assert not [text for text in dates if text in ("اب", "إب")]
    assert "الثالث من آب/اغسطس الحالي" in dates  # the month with its paired name stays


def test_the_winds_of_two_seas_never_agree(group):
    # one forecast: 18-38 km/h on the Red Sea's northern part, 15-35 on its southern part and
    # on the Gulf, waves "من نصف متر" on both seas: they agreed with each other
    report = group("weather-aug10")
    own = {c.id for c in report.claims if c.document.endswith("10-0053") and c.kind == "quantity"}
    assert len(own) >= 4
    assert not [held for held in _agreements(report) if len(held & own) > 1]


def test_a_short_version_of_a_wire_story_agrees_with_the_long_one(group):
    # "أحبط رجال الجمارك بمنفذ الحديثة,عملية تهريب 320 ألف حبة كبتاجون" (two outlets) against
    # "... من احباط محاولة تهريب كمية من الحبوب المخدرة بلغ عددها 320 ألف حبة" (three)
    report = group("captagon")
    pills = {c.id for c in report.claims if c.value == 320000}
    assert len({c.split("#")[1][:19] for c in pills}) == 5
    assert any(pills <= held for held in _agreements(report))


def test_the_day_before_yesterday_said_with_its_day_noun(group):
    # "باشرت من يوم أمس الأول صرف الدفعة الأولى" (Al-Jazirah, 11 August) was read as "يوم أمس"
    report = group("wheat")
    said = [c for c in report.claims if c.document.endswith("11-0359") and "أمس" in c.text]
    before = [c for c in said if c.text == "يوم أمس الأول"]
    assert before and before[0].date.start == "2015-08-09"
    paid = _ids(report, "10-0830", "يوم أمس") | {before[0].id}
    assert any(paid <= held for held in _agreements(report))


def test_sentences_glued_by_a_mark_keep_their_own_owners(group):
    # Al-Madina writes "والكندية.مشيراً إلى": one sentence of the whole article made the nine
    # ships Canada's, apart from the other outlets' nine
    report = group("wheat")
    ships = {c.id for c in report.claims if c.text == "9" and c.kind == "count"}
    assert len({c.split("#")[1][:19] for c in ships}) == 5
    assert any(ships <= held for held in _agreements(report))


def test_a_counted_noun_in_the_dual_is_a_count_of_two(group):
    # "منها حالتان منومتان بمستشفى مدينة الملك عبدالعزيز" (four outlets; "حالتين منومتين" in
    # the fifth): no number is written, and the two cases were no claim; "ابن للحالتين الأولى
    # والثانية" (the two cases named before) is none
    report = group("corona-family")
    cases = {c.id for c in report.claims if c.text in ("حالتان", "حالتين")}
    assert {c.unit for c in report.claims if c.id in cases} == {"cases"}
    assert len({c.split("#")[1][:19] for c in cases}) == 5
    assert any(
        len({c.split("#")[1][:19] for c in held & cases}) >= 4 for held in _agreements(report)
    )
    assert not [c for c in report.claims if "للحالتين" in c.text]


def test_six_as_a_bare_word_counts_the_plural_noun_after_it(group):
    # "قوات المقاومة سيطرت على ست مديريات في اب" (two outlets) and "على 6 مديريات" (AFP's
    # wording elsewhere): "ست" alone is a lady ("ست الحبايب") and was read as nothing
    report = group("yemen-sanaa")
    six = {c.id for c in report.claims if c.value == 6 and c.text in ("ست", "6")}
    assert len({c.split("#")[1][:19] for c in six}) >= 3
    assert any(len(held & six) >= 3 for held in _agreements(report))
    assert not [c for c in report.claims if c.text in ("وست", "لست")]


def test_one_family_of_seven_is_no_share_of_one_in_seven(group):
    # "حدثت فاشيات سابقا كما في محافظة الأحساء لعائلة واحدة من 7 أفراد" (five outlets): "one of
    # N" followed by what N counts is N of them, not a fraction (it read 1/7 everywhere)
    report = group("corona-family")
    assert not [c for c in report.claims if c.value is not None and 0 < c.value < 1]
    seven = {c.id for c in report.claims if c.text == "7 أفراد" and c.unit == "people"}
    assert len({c.split("#")[1][:19] for c in seven}) == 5
    assert any(seven <= held for held in _agreements(report))


def _articles_of(ids: set[str]) -> set[str]:
    return {c.split("#")[1][:19] for c in ids}


def test_one_articles_two_growths_never_agree(group):
    # "نموا بنسبة 20.5 في المائة في حجم العمليات" and "بمعدل نمو بلغ 21 في المائة من حيث عدد
    # العمليات", both in each of five papers: 21 covers 20.5 by its rounding, and each article's
    # 20.5 agreed with its own 21, one agreement of seven claims
    report = group("atm-ramadan")
    low = {c.id for c in report.claims if c.value == 20.5}
    high = {c.id for c in report.claims if c.value == 21 and c.unit == "%"}
    assert len(_articles_of(low)) == len(_articles_of(high)) == 5
    assert not [held for held in _agreements(report) if held & low and held & high]
    assert any(len(_articles_of(held & high)) >= 4 for held in _agreements(report))


def test_dozens_of_one_province_are_not_fifteen_of_another(group):
    # "المقاومة الشعبية قدمت ... عشرات القتلى في سبيل تحرير مركز محافظة أبين" and "قتل نحو 15
    # حوثيًا ... بمدينة مأرب", one article: a vague amount and a figure of one article are two
    report = group("zinjibar")
    dozens = {c.id for c in report.claims if c.text == "عشرات القتلى"}
    assert dozens
    assert not [held for held in _agreements(report) if held & dozens]
    killed = {c.id for c in report.claims if c.value == 19}
    assert any(len(_articles_of(held & killed)) == 6 for held in _agreements(report))


def test_the_day_a_body_was_found_is_not_the_week_it_went_missing(group):
    # "وتم العثور، أمس الأحد، على جثة فتاة ... كانت مفقودة منذ أواخر الأسبوع الماضي"
    report = group("typhoon-taiwan")
    own = {c.id for c in report.claims if c.document.endswith("10-1352") and c.kind == "date"}
    assert {"أمس الأحد", "الأسبوع الماضي"} <= {c.text for c in report.claims if c.id in own}
    assert not [held for held in _agreements(report) if len(held & own) > 1]


def test_yesterdays_statement_is_not_this_years_season(group):
    # "وأعلنت في بيان أصدرته أمس" against "موسم حج هذا العام 1436هـ": a day and a year (no month
    # between them) were one agreement of eight claims; the season's year agrees with itself
    report = group("hajj-prices")
    grains = {c.id: c.date.granularity for c in report.claims if c.date is not None}
    for held in _agreements(report):
        kinds = {grains[c] for c in held if c in grains}
        assert not ({"day", "year"} <= kinds and "month" not in kinds)
    season = {c.id for c in report.claims if c.text == "1436هـ"}
    assert any(len(_articles_of(held & season)) >= 2 for held in _agreements(report))


def test_colleges_for_boys_are_not_in_benin(group):
    # "عدد الكليات التقنية (36) كلية للبنين": the matcher strips "لل" and found Benin, whose
    # branches stood apart from the Saudi ones of the other papers
    report = group("tech-colleges")
    assert not [c for c in report.claims if "benin" in (c.location or "") + (c.subject or "")]
    branches = {c.id for c in report.claims if c.value == 44}
    assert any(len(_articles_of(held & branches)) == 6 for held in _agreements(report))


def test_dollars_and_their_riyals_and_an_earlier_issue_stay_apart(group):
    # "سندات تنمية حكومية بقيمة 5.3 مليار دولار (20 مليار ريال سعودي)", and June's "(15) مليار
    # ريال": no conflict, and the 20 billion riyals of all six papers agree
    report = group("bonds-20bn")
    assert not [f for f in report.findings if f.kind in ("conflict", "revision")]
    riyals = {c.id for c in report.claims if c.value == 20e9}
    assert len(_articles_of(riyals)) == 6
    dollars = {c.id for c in report.claims if c.value == 5.3e9}
    assert not [f for f in report.findings if set(f.claims) & dollars and set(f.claims) & riyals]


def test_a_crash_toll_and_the_days_toll_stay_apart(group):
    # "قتل 23 شخصا ... في هجومين ... 17 منهم بسقوط مروحية": the two tolls never join, the
    # crash's 12 soldiers agree in the three papers
    report = group("afghan-heli")
    day = {c.id for c in report.claims if c.value == 23}
    crash = {c.id for c in report.claims if c.value == 17 and c.kind == "count"}
    assert day and crash
    assert not [f for f in report.findings if set(f.claims) & day and set(f.claims) & crash]
    soldiers = {c.id for c in report.claims if c.value == 12}
    assert any(len(_articles_of(held & soldiers)) == 3 for held in _agreements(report))
