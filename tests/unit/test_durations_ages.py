"""Durations, ages and months named alone, on real sentences (SaudiNewsNet, ECB+, ANS).

A duration is a quantity in the unit of time it is stated in; an age is a duration in years
whose subject's concept is `age`; a month named alone is a date of month granularity in the
year of publication (a Hijri month: in the Hijri year of publication)."""

import pytest

from factcheck.models import split_subject
from tests.extract.by_text import claims_in

PUBLISHED = "2015-08-08"


def extracted(text, language="ar", published=PUBLISHED):
    return claims_in(text, language, published)


def concept(claim):
    """ "egypt/age" -> "age"; "egypt/*" (an owner, no concept) -> None."""
    return split_subject(claim.subject)[1]


def the_quantity(text, language):
    """The one duration or age in the text: (text, value, qualifier, unit, concept)."""
    found = [c for c in extracted(text, language) if c.kind == "quantity"]
    assert len(found) == 1, [c.text for c in found]
    claim = found[0]
    assert claim.text == text[claim.start : claim.end]
    return (claim.text, claim.value, claim.qualifier, claim.unit, concept(claim))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # SaudiNewsNet
        (
            "ar",
            "غيب الموت الفنان المصري نور الشريف، عن عمر يناهز 74 عاما بعد صراع مع المرض.",
            ("يناهز 74 عاما", 74, "approx", "year", "age"),
        ),
        (
            "ar",
            "توفيت في 17 يناير (كانون الثاني) الماضي عن 84 عاما.",
            ("84 عاما", 84, "exact", "year", "age"),
        ),
        ("ar", "وقال رينار (46 عاما) الذي خلف", ("46 عاما", 46, "exact", "year", "age")),
        (
            "ar",
            "وقال مصدر إن الطفل مصاب بالسرطان ويبلغ من العمر 9 سنوات، وكانت",
            ("9 سنوات", 9, "exact", "year", "age"),
        ),
        (
            "ar",
            "التجول في المزرعة التي يتجاوز عمرها 100 عام، ثم تناول",
            ("100 عام", 100, "exact", "year", "age"),
        ),
        (
            "ar",
            "وقالت الشرطة إنها عثرت على عبد الرحمن هارون -40 عاما- على مقربة من المدخل",
            ("40 عاما", 40, "exact", "year", "age"),
        ),
        (  # ANS: "has not passed 49": at most
            "ar",
            "رحيل ميني مي عن عمر لم يتجاوز 49 عاما",
            ("لم يتجاوز 49 عاما", 49, "le", "year", "age"),
        ),
        (  # the article glued to the digits keeps them an age, and its "about"
            "ar",
            "مغني فرقة تمبتيشن دينيس إدوارد يُتوفى عن عمر يناهز الـ90 عاماً",
            ("يناهز الـ90 عاماً", 90, "approx", "year", "age"),
        ),
        (  # years of service, not an age: "عن" without a death before it
            "ar",
            "بكر للمعلمين والمعلمات الذين تقل خدمتهم عن 25 سنة إلى وكالة الشؤون",
            ("25 سنة", 25, "exact", "year", None),
        ),
        (
            "ar",
            "فريق على المنافسة بقوة على اللقب الغائب منذ أكثر من 25 عاما، وتجنب الأخطاء",
            ("أكثر من 25 عاما", 25, "gt", "year", None),
        ),
        (
            "ar",
            "أغلق سهم شركة موبايلي عند أقل مستوياته منذ نحو 6 سنوات، وسط تراجعات",
            ("نحو 6 سنوات", 6, "approx", "year", None),
        ),
        (
            "ar",
            "من الطائرة الماليزية المفقودة منذ 17 شهرا.",
            ("17 شهرا", 17, "exact", "month", None),
        ),
        (  # ANS
            "ar",
            "احتجاز صحفييْن مصرييْن 15 يوما بتهمة تكدير الأمن العام",
            ("15 يوما", 15, "exact", "day", None),
        ),
        # ECB+
        (
            "en",
            "A 61-year-old Vancouver man was charged with first-degree murder",
            ("61-year-old", 61, "exact", "year", "age"),
        ),
        (
            "en",
            "Robert Pitman, aged 24 and from Wellington, was charged",
            ("24", 24, "exact", "year", "age"),
        ),
        (
            "en",
            "202 are under 45 years old, and 56 are women.",
            ("under 45 years old", 45, "lt", "year", "age"),
        ),
        (
            "en",
            "Gary Gomes, 35, will face murder and kidnapping charges",
            ("35", 35, "exact", "year", "age"),
        ),
        ("ar", "وكان ابن الـ28 عامًا تلقى عدة عروض", ("28 عامًا", 28, "exact", "year", "age")),
        (
            "ar",
            "إلا أن الطفلة البالغة 14 عامًا انزلقت",
            ("14 عامًا", 14, "exact", "year", "age"),
        ),
        # ECB+ 39_3ecbplus and 36_4ecbplus: a bare number after "since I was", "when she was"
        # is how old one was then (ages.yaml `before`)
        (
            "en",
            "Even though I am a lifelong Doctor Who fan I've not played him since I was nine.",
            ("nine", 9, "exact", "year", "age"),
        ),
        (
            "en",
            "On Tuesday, prosecutors also played a tape of Jeffs talking to the girl when she was "
            "14, after Texas Ranger Nick Hanna testified",
            ("14", 14, "exact", "year", "age"),
        ),
        # ECB+ 28_7ecb, 4_1ecb: the copula after a pronoun, in an obituary (ages.yaml `before`)
        (
            "en",
            "He was 95 and lived in Santa Rosa.",
            ("95", 95, "exact", "year", "age"),
        ),
        ("en", "She was 85.", ("85", 85, "exact", "year", "age")),
        ("en", "He was sentenced to 12 years in prison.", ("12 years", 12, "exact", "year", None)),
        # ECB+ 8_1ecb: a decade is told in years, as the "20-year veteran of the department"
        # of 8_7ecb is
        (
            "en",
            "Chief Russell, who has been with the Police Department for two decades, was in "
            "critical condition",
            ("two decades", 20, "exact", "year", None),
        ),
        (
            "en",
            "had worked for the Sheriff's Department for 15 years and was known",
            ("15 years", 15, "exact", "year", None),
        ),
    ],
)
def test_durations_and_ages(language, text, expected):
    assert the_quantity(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ 36ecb, 28ecb: one of a group is a part, no age of one (ages.yaml `ratio_joins`)
        "But telling the Deseret News she was one of Blackmore's wives.",
        "He was one of many Nixon - era figures rumored over the years to be Deep Throat.",
    ],
)
def test_one_of_a_group_after_a_copula_is_no_age(text):
    assert [c.text for c in extracted(text, "en") if c.unit == "year"] == []


def test_an_age_before_what_one_died_of_stays_an_age():
    # ECB+ 34ecbplus: "of" after an age cue joins no tally here
    found = the_quantity("Her brother died at age 44 of HIV - related illness.", "en")
    assert found == ("44", 44, "exact", "year", "age")


def test_ages_listed_after_an_age_are_ages():
    # ECB+ 18_9ecbplus: the 48 is the second man's age, no count
    text = "A 63 - year - old woman and two men, ages 47 and 48, were shot, the police said."
    ages = [(c.text, c.value) for c in claims_in(text, "en", "2009-01-01") if c.unit == "year"]
    assert ages == [("63 - year - old", 63), ("47", 47), ("48", 48)]
    # ECB+ 16_9ecbplus: "girls age 6 and 8"
    text = (
        "Orozco steadied his hand while two of the woman's children - girls age 6 and 8 - and "
        "several of her friends looked on."
    )
    ages = [(c.text, c.value) for c in claims_in(text, "en", "2009-01-01") if c.unit == "year"]
    assert ages == [("6", 6), ("8", 8)]


@pytest.mark.parametrize(
    ("language", "text", "bounds"),
    [
        # ECB+ 41_1ecb: the children's ages, not a count of anything from one to twelve
        (
            "en",
            "At least 12 of one family, seven children aged from one to 12, three women and two "
            "men, were killed in an air strike on their house in Gaza City.",
            ("from one to 12", 1, 12),
        ),
        # ECB+ 26_6ecbplus: how old he was over the years of his arrests
        (
            "en",
            "Gigante was arrested several times from when he was 17 to 25, for possession of an "
            "unlicensed handgun",
            ("17 to 25", 17, 25),
        ),
    ],
)
def test_a_range_said_of_age_is_an_age_range(language, text, bounds):
    (claim,) = [c for c in claims_in(text, language, "2009-01-01") if c.text == bounds[0]]
    assert (claim.text, claim.low, claim.high, claim.qualifier) == (*bounds, "range")
    assert (claim.kind, claim.unit, concept(claim)) == ("quantity", "year", "age")


def test_an_ordinal_year_lived_is_an_age_range():
    """ANS: the 54th year is lived between the 53rd and the 54th birthday."""
    text = "بريجيت نيلسن تنجب مولوده الخامس من زوجها السادس في عامها الرابع والخمسين"
    (claim,) = [c for c in extracted(text) if c.kind == "quantity"]
    assert (claim.text, claim.low, claim.high, claim.qualifier) == (
        "عامها الرابع والخمسين",
        53,
        54,
        "range",
    )
    assert (claim.unit, concept(claim)) == ("year", "age")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # "منذ" with days, and "قبل" with any unit, still date (the peers' reading)
        ("ولكن بدأت أشعر منذ 3 أيام بألم خفيف جدا", ("2015-08-05", "2015-08-05", "day")),
        ("تغير الحال كثيرا قبل 30 عاما", ("1985-01-01", "1985-12-31", "year")),
        # without a count, "منذ عامين" stays a date
        ("لم يزر المدينة منذ عامين", ("2013-01-01", "2013-12-31", "year")),
    ],
)
def test_ago_with_days_or_without_a_count_stays_a_date(text, span):
    (claim,) = extracted(text)
    assert claim.kind == "date"
    assert (claim.date.start, claim.date.end, claim.date.granularity) == span


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        # ANS
        ("من أين جاء الاحتفال بكذبة أبريل؟", "2018-04-01", ("2018-04-01", "2018-04-30")),
        ("كذبة نوفمبر.. من أين جاءت ؟", "2018-04-01", ("2018-11-01", "2018-11-30")),
        # Ramadan 1439 and Shawwal 1439
        ("مسلمات يواجهن الأفكار النمطية في رمضان", "2018-05-20", ("2018-05-16", "2018-06-14")),
        ("مسلمات يواجهن الأفكار النمطية في شوال", "2018-05-20", ("2018-06-15", "2018-07-13")),
        # SaudiNewsNet: a month paired with its Levantine name written without the article
        (
            "والبناء على نتائج الزيارة التي أجراها الرئيس للصين في ديسمبر (كانون أول) الماضي",
            "2015-08-09",
            ("2014-12-01", "2014-12-31"),
        ),
    ],
)
def test_a_month_named_alone_is_a_month(text, published, span):
    (claim,) = extracted(text, published=published)
    assert claim.kind == "date" and claim.date.granularity == "month"
    assert (claim.date.start, claim.date.end) == span


@pytest.mark.parametrize(
    "text",
    [
        "بداية حرب أكتوبر المجيدة",  # a past event's name
        "وأكد جاك دو مايو، رئيس اللجنة الدولية",  # a family name
        "مارس الضغط على الحكومة",  # a verb
        "وسجل اللاعب رمضان صبحي هدفا",  # a given name: a Hijri month needs a cue
    ],
)
def test_a_month_name_that_is_no_month(text):
    assert [c for c in extracted(text) if c.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SaudiNewsNet: a dual word is two of its unit
        ("وذلك لمدة أسبوعين إعتباراً من يوم السبت", ("أسبوعين", 2, "exact", "week", None)),
        ("أعلن النادي عن تمديد عقده معه لعامين إضافيين", ("لعامين", 2, "exact", "year", None)),
        ("فعاد بعد ساعتين يخبرنا بالخبر", ("ساعتين", 2, "exact", "hour", None)),
        ("وفي 30 ديسمبر، بعد نحو أسبوعين من إعلان", ("نحو أسبوعين", 2, "approx", "week", None)),
        ("طفلة عمرها عامان", ("عامان", 2, "exact", "year", "age")),
        # snn-2015-08-08-0046: with the article, before a direction, a period of two
        (
            "وتوقعت أمانة الطائف كسر حاجز المليوني زائر للمتنزه خلال الأسبوعين المقبلين إن شاء"
            " الله",
            ("الأسبوعين المقبلين", 2, "exact", "week", None),
        ),
        # snn-2015-08-10-0207
        (
            "التي دفعت فيها عشرات الملايين من اليورو في استثمارات على مدى العقدين الماضيين.",
            ("العقدين الماضيين", 20, "exact", "year", None),  # two decades, told in years
        ),
    ],
)
def test_a_dual_word_is_a_duration_of_two(text, expected):
    found = [c for c in extracted(text) if c.kind == "quantity"]
    assert len(found) == 1, [c.text for c in found]
    claim = found[0]
    assert (claim.text, claim.value, claim.qualifier, claim.unit, concept(claim)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a period the years after it name; "خلال الأسبوعين الماضيين" is two weeks (above)
        "ارتفعت الأسعار خلال العامين 2014 و2015",
        "ولم يزر المدينة منذ عامين",  # a date (test above), not also a duration
        # snn-2015-08-10-0646: "general" directors, the dual an adjective of the plural noun
        "وإبعاد جميع المناصب العليا من هيئات مستقلة ووكلاء وزارات ومستشارين ومدراء عامين عن"
        " المحاصصة الحزبية والطائفية",
    ],
)
def test_a_definite_or_dated_dual_is_no_duration(text):
    assert [c for c in extracted(text) if c.kind == "quantity"] == []


def test_a_number_set_off_after_no_name_is_no_age():
    (claim,) = [c for c in extracted("Of the victims, 45, were children", "en")]
    assert (claim.kind, claim.unit) == ("count", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SaudiNewsNet: a definite plural unit counted by a definite number after it
        ("وجرح مئات آخرون في الساعات الـ24 الأخيرة في كابول", ("الساعات الـ24", 24, "hour")),
        ("ارتفعت الأرباح خلال الأشهر الستة الماضية", ("الأشهر الستة", 6, "month")),
        ("في الساعات الأربع والعشرين الماضية", ("الساعات الأربع والعشرين", 24, "hour")),
        ("تراجعت خلال السنوات العشر الماضية", ("السنوات العشر", 10, "year")),
    ],
)
def test_a_definite_plural_unit_counted_after_it(text, expected):
    (claim,) = [c for c in extracted(text) if c.kind == "quantity"]
    assert (claim.text, claim.value, claim.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ wire text and an adjective before the unit
        (
            "Teixeira still has an eight - year offer on the table from the Red Sox",
            ("eight - year", 8, "year"),
        ),
        (
            "the first coach to take his team to the playoffs in 10 consecutive years.",
            ("10 consecutive years", 10, "year"),
        ),
    ],
)
def test_english_durations_in_compounds(text, expected):
    (claim,) = [c for c in extracted(text, "en") if c.kind == "quantity"]
    assert (claim.text, claim.value, claim.unit) == expected


def test_a_month_paired_without_brackets_is_one_date():
    """SaudiNewsNet: "في مارس آذار" names March once, its span both names (Reuters' Arabic
    pairs them with a space alone: "في يوليو تموز 2016" was two dates, of which the first had no
    year); two months side by side stay two."""
    text = "حكومة الرئيس التي خرجت من عدن في مارس آذار وانتقلت إلى الرياض"
    assert [c.text for c in extracted(text) if c.kind == "date"] == ["مارس آذار"]
    [paired] = [c for c in extracted("وقع تفجير في الكرادة في يوليو تموز 2016") if c.date]
    assert (paired.text, paired.date.start, paired.date.end) == (
        "يوليو تموز 2016",
        "2016-07-01",
        "2016-07-31",
    )


@pytest.mark.parametrize("text", ["خلال الأيام القليلة المقبلة", "العقود الآجلة للنفط الخام"])
def test_a_definite_plural_unit_without_a_number_is_no_duration(text):
    assert [c for c in extracted(text) if c.kind == "quantity"] == []


@pytest.mark.parametrize(
    ("text", "today"),
    [
        ("وصل الوفد اليوم من الرياض", True),
        # SaudiNewsNet: "على مدى اليوم" is all day long, no date
        ("والمستشفيات تعمل على وجه طبيعي ومعتاد على مدى اليوم، وتقدم الخدمة", False),
        ("يعمل الفريق طوال اليوم", False),
    ],
)
def test_today_and_all_day(text, today):
    spans = [c.date.start for c in extracted(text) if c.kind == "date"]
    assert spans == ([PUBLISHED] if today else [])


def test_a_denominator_is_no_duration():
    """ECB+ wire text "4 1 / 2 hours" (4½): never "2 hours"."""
    text = "JD Roundy spent about 10 minutes on the stand after 4 1 / 2 hours of testimony"
    hours = [(c.text, c.value) for c in extracted(text, "en") if c.unit == "hour"]
    assert hours == [("4 1 / 2 hours", 4.5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SaudiNewsNet: a singular unit after a word of length is one of it
        ("وحكم عليه بالسجن لمدة عام واحد فقط", ("عام واحد", 1, "year")),
        ("وتقرر إغلاق المحل لمدة أسبوع", ("أسبوع", 1, "week")),
    ],
)
def test_a_singular_unit_after_a_word_of_length_is_one(text, expected):
    (claim,) = [c for c in extracted(text) if c.kind == "quantity"]
    assert (claim.text, claim.value, claim.unit) == expected


def test_a_definite_unit_after_a_word_of_length_is_the_period_named():
    (claim,) = extracted("وارتفعت الأسعار طوال العام الماضي")
    assert claim.kind == "date" and claim.date.granularity == "year"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SaudiNewsNet 2015-08-07
        (
            "عند أدنى مستوى له في أكثر من 37 عاما ونصف العام عند 62.6 في المئة",
            ("أكثر من 37 عاما ونصف العام", 37.5, "gt"),
        ),
        ("وجرى تداول الذهب قرب أدنى مستوياته في خمس سنوات ونصف", ("خمس سنوات ونصف", 5.5, "exact")),
        (
            "وهبطت العقود الآجلة للبنزين إلى أدنى مستويات لها في خمسة أشهر ونصف اليوم الجمعة",
            ("خمسة أشهر ونصف", 5.5, "exact"),
        ),
    ],
)
def test_a_half_after_the_unit_adds_half_of_it(text, expected):
    claim = next(c for c in extracted(text) if c.unit in ("year", "month"))
    assert (claim.text, claim.value, claim.qualifier) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # SaudiNewsNet 2015-08-09 to 11: a singular unit with a half after it, no number said
        (
            "ar",
            "ختم المرحلة الثالثة بعد  مضي عام ونصف على انطلاقته",
            ("عام ونصف", 1.5, "exact", "year", None),
        ),
        (
            "ar",
            "وقال موظف حكومي إنه اضطر للانتظار ساعة ونصف الساعة أمام الصراف الآلي",
            ("ساعة ونصف الساعة", 1.5, "exact", "hour", None),
        ),
        (
            "ar",
            "يصلن فجر الأحد للسكن، ثم يرتحن أكثر من ساعة ونصف ثم يذهبن إلى المدرسة",
            ("أكثر من ساعة ونصف", 1.5, "gt", "hour", None),
        ),
        (
            "ar",
            "بمجرد دخول الطفلة التي تبلغ من العمر عاما ونصف إلى المستشفى",
            ("عاما ونصف", 1.5, "exact", "year", "age"),
        ),
        # ANS ans-stance-test-0319
        (
            "ar",
            "تدني أسعار الذهب لمستوى غير مسبوق خلال عام ونصف",
            ("عام ونصف", 1.5, "exact", "year", None),
        ),
        # ECB+ 28ecbplus, 6ecbplus: "and a half" after the number, not a half alone
        (
            "en",
            "LaRue served four and a half months in prison for his role in the Watergate",
            ("four and a half months", 4.5, "exact", "month", None),
        ),
        (
            "en",
            "the truth is that comparisons were making male audiences a bit shaky about spending "
            "two and a half hours watching",
            ("two and a half hours", 2.5, "exact", "hour", None),
        ),
        # English says the one ("a", "an") before the unit; no corpus sentence has it
        (
            "en",
            "The jury deliberated for about an hour and a half before the verdict.",
            ("about an hour and a half", 1.5, "approx", "hour", None),
        ),
    ],
)
def test_a_unit_and_a_half(language, text, expected):
    assert the_quantity(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ 38ecb, 43ecbplus: a length with "ago" after it is a time, no length
        "the largest quake he's felt since moving to the area two and a half years ago.",
        "SeaMicro is the server upstart founded four and a half years ago that came out of stealth",
        "He said the company was founded a year and a half ago.",  # made up
    ],
)
def test_a_length_said_ago_is_no_duration(text):
    assert [c.text for c in extracted(text, "en") if c.kind == "quantity"] == []


def test_a_definite_unit_and_a_half_is_no_duration():
    # Made up (no corpus sentence has one): "العام" names the year, the half is of a month
    assert [c.text for c in extracted("خلال العام ونصف الشهر الحالي") if c.kind == "quantity"] == []


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        # SaudiNewsNet snn-2015-08-07-0943: 45 days before 7 August is in June
        (
            "وأجريت عملية الزائدة قبل شهر ونصف، ولم أكن أشعر بألم",
            "2015-08-07",
            ("قبل شهر ونصف", "2015-06-01", "2015-06-30", "month"),
        ),
        # SaudiNewsNet snn-2015-08-11-0028: a dual with a half, 30 months back
        (
            "أعادت اليابان تشغيل مفاعل نووي للمرة الأولى منذ عامين ونصف تقريباً",
            "2015-08-11",
            ("منذ عامين ونصف", "2013-02-01", "2013-02-28", "month"),
        ),
    ],
)
def test_a_relative_date_with_a_half(text, published, span):
    (claim,) = [c for c in extracted(text, published=published) if c.kind == "date"]
    assert (claim.text, claim.date.start, claim.date.end, claim.date.granularity) == span


def test_a_half_after_a_date_counted_from_an_event_is_no_date():
    # SaudiNewsNet 2015-08-09: two and a half months before the election, not before today
    claims = extracted("في انتخابات تمهيدية ستترجم توجهات الناخبين قبل شهرين ونصف من اقتراع 25")
    assert [c.text for c in claims if c.kind == "date"] == []
    assert [(c.text, c.value) for c in claims if c.unit == "month"] == [("شهرين ونصف", 2.5)]


def test_a_dual_with_a_half():
    # SaudiNewsNet 2015-08-11: "the team is now about two and a half years old"
    claims = extracted("أنّ عمر الفريق يقارب الآن سنتين ونصف السنة وبلغ عدد أعضائه نحو 400 عضو")
    assert [(c.text, c.value) for c in claims if c.unit == "year"] == [("سنتين ونصف السنة", 2.5)]


def test_over_between_two_lengths_of_time_spreads_one_over_the_other():
    # ECB+ 3_4ecb: four days, not more than four days; "over" alone is still more than
    found = extracted(
        "while the panel deliberated Nichols' fate for 40 hours over four days.",
        language="en",
        published="2009-01-01",
    )
    assert [(c.text, c.value, c.qualifier, c.unit) for c in found] == [
        ("40 hours", 40, "exact", "hour"),
        ("four days", 4, "exact", "day"),
    ]


def test_over_a_length_of_time_in_brackets_after_a_sum_spreads_the_sum():
    # ECB+ 10_3ecbplus: Sabathia's seven years, not more than seven; 8_3ecbplus: a sum
    # converted in brackets before "over" is still the clause's figure
    found = extracted(
        "Teixeira will end up with one of the biggest paydays in baseball history, almost "
        "certainly exceeding the $161 million (over seven years) that fellow free agent CC "
        "Sabathia received from the Yankees earlier this offseason. Merkel told lawmakers in "
        "Berlin, urging them to quickly pass the country's share of the bailout euro22 billion "
        "($28 billion) over three years by Friday.",
        language="en",
        published="2008-12-22",
    )
    spans = {c.text: (c.value, c.qualifier) for c in found if c.unit == "year"}
    assert spans == {"seven years": (7, "exact"), "three years": (3, "exact")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 30_6ecbplus, 20_10ecbplus, 20_2ecbplus: a unit the article says one of, a
        # qualifier before it
        (
            "initial feedback points to a problem on the SEA - ME - WE 4 which caused downtime of"
            " around an hour on Tuesday.",
            ("around an hour", 1.0, 0.95, 1.05, "approx", "hour"),
        ),
        (
            "Witnesses in high - rise buildings said they felt the ground shaking beneath them"
            " for about a minute.",
            ("about a minute", 1.0, 0.95, 1.05, "approx", "minute"),
        ),
        (
            "Speaking to IRNA, they said they had not received aid almost a day after the quake.",
            ("almost a day", 1.0, 0.95, 1.05, "approx", "day"),
        ),
        # 35_4ecbplus: a bound
        (
            "For the second time in less than a month, a member of the San Diego Chargers has"
            " been arrested",
            ("less than a month", 1.0, None, 1.0, "lt", "month"),
        ),
        # 30_8ecbplus, 13_9ecbplus, QuanTemp quantemp-test-1023: one or two of the unit
        (
            "SEACOM will continue to actively work on securing additional capacity for all"
            " necessary services over the next day or two.",
            ("next day or two", None, 1.0, 2.0, "range", "day"),
        ),
        (
            "The Palmer fire chief and the Palmer police arrived within a minute or two, ” Owen"
            " said.",
            ("a minute or two", None, 1.0, 2.0, "range", "minute"),
        ),
        (
            "A lot of my friends who were a year or two older had degrees and no job.",
            ("a year or two", None, 1.0, 2.0, "range", "year"),
        ),
    ],
)
def test_a_unit_said_with_an_article_is_one_of_it_when_qualified(text, expected):
    found = [c for c in extracted(text, "en") if c.kind == "quantity"]
    assert [(c.text, c.value, c.low, c.high, c.qualifier, c.unit) for c in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # 4_2ecb: a rate; 30_13ecb: a date
        "It was better than pounding a typewriter eight hours a day, which gets monotonous",
        "A similar problem happened nearly a year ago, but this one has the potential",
    ],
)
def test_a_unit_said_with_an_article_alone_is_no_length(text):
    assert [c.text for c in extracted(text, "en") if c.kind == "quantity" and c.value == 1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ 30_5ecbplus (read as "4 mins" before), 29_1ecb, 29_10ecb, 31_5ecb: a count of a
        # larger unit of time right before one of a smaller is one length
        (
            'Total downtime was 1hr 4 mins, "the company was quoted as saying',
            ("1hr 4 mins", 64, "minute"),
        ),
        (
            "returned it 35 yards for a touchdown and a 31-24 lead with 4 minutes 48 seconds"
            " remaining.",
            ("4 minutes 48 seconds", 288, "second"),
        ),
        (
            "Clark collected a one-yard touchdown pass with 12 minutes, 31 seconds remaining"
            " before Vinatieri",
            ("12 minutes, 31 seconds", 751, "second"),
        ),
        (
            "set the record with a bank shot over two defenders with 7 minutes 41 seconds to go.",
            ("7 minutes 41 seconds", 461, "second"),
        ),
    ],
)
def test_a_count_of_a_larger_unit_then_a_smaller_is_one_length(text, expected):
    found = [
        (c.text, c.value, c.unit) for c in extracted(text, "en") if c.unit in ("minute", "second")
    ]
    assert found == [expected]


def test_hours_written_hrs_after_four_digits_are_no_length():
    # 12_17ecb: "1100 hrs IST" is a time of day, no 1,100 hours
    text = (
        "Pirates on a dhow and a smaller boat attacked this merchant ship about 1100 hrs IST, 150"
        " nautical miles west of Aden"
    )
    assert [c.text for c in extracted(text, "en") if c.unit == "hour"] == []


def test_one_unit_elapsed_since_an_event_of_the_story():
    # SaudiNewsNet snn-2015-08-07-0538 and -0906: a week since the exhibition opened, told
    # with "من" and with "منذ" (durations.yaml `elapsed`): a week, elapsed, no date a week after
    # the paper's day; snn-2015-08-10-1341: eleven years since, no date in 2026;
    # snn-2015-08-07-0194: year after year is no length
    def read(text):
        return [(c.text, c.kind, c.value, c.unit, c.elapsed) for c in extracted(text)]

    assert read(
        "ضمن فعاليات مهرجان أبها يجمعنا 36، حاجز 11 ألف زائر وزائرة، بعد أسبوع من افتتاحه."
    )[-1] == ("أسبوع", "quantity", 1.0, "week", True)
    assert read(
        "بملتقى السياحة المعرفية، حاجز 11 ألف زائر وزائرة، بعد أسبوع منذ افتتاحه ضمن فعاليات"
        " مهرجان أبها يجمعنا 36."
    )[1] == ("أسبوع", "quantity", 1.0, "week", True)
    assert read("واستعان النادي برانييري العائد لانجلترا بعد 11 عامًا منذ ترك تدريب تشيلسي") == [
        ("11 عامًا", "quantity", 11.0, "year", True)
    ]
    assert (
        read("لكن مع مجيء السياح، تأتي الشكاوى التي يتكرر نشرها عامًا بعد عام على صفحات الصحف.")
        == []
    )
