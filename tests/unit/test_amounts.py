"""Counts, money, percentages and quantities on real sentences: span, value, qualifier, unit."""

import pytest

from factcheck.extract import extract_document
from factcheck.models import Document


def claims(text, language="ar", outlet=None):
    document = Document(id="t", path="t", language=language, outlet=outlet, body=text)
    return [c for c in extract_document(document) if c.kind != "date"]


def one(text, language="ar", outlet=None):
    found = claims(text, language, outlet)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


def _round(number):
    return None if number is None else round(number, 6)


def fields(claim):
    numbers = tuple(_round(n) for n in (claim.value, claim.low, claim.high))
    return (claim.text, claim.kind, *numbers, claim.qualifier, claim.unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seed 000: the figure every alignment test hangs on
        (
            "على سحب قواتها البالغ قوامها أكثر من ألف جندي من النيجر",
            ("أكثر من ألف جندي", "count", 1000, 1000, None, "gt", "troops"),
        ),
        # seed 000
        (
            "بكلفة تزيد على 100 مليون دولار.",
            ("تزيد على 100 مليون دولار", "money", 1e8, 1e8, None, "gt", "USD"),
        ),
        # seed 002
        (
            "أبقت على قوة طوارئ بلغ تعدادها نحو 400 جندي",
            ("نحو 400 جندي", "count", 400, 380, 420, "approx", "troops"),
        ),
        # seed 000: vague, nothing counted after it
        (
            "وتظاهر الآلاف السبت في نيامي",
            ("الآلاف", "count", None, 1000, 9999, "vague", "protesters"),
        ),
        # SaudiNewsNet: the Saudi decimal mark, percent sign after a space
        (
            "العابرة لقناة السويس بنحو 4ر13 % ليبلغ",
            ("بنحو 4ر13 %", "percent", 13.4, 12.73, 14.07, "approx", "%"),
        ),
        # SaudiNewsNet
        (
            "في شركة دونج إنيرجي الدنماركية بقيمة 5ر1 مليار دولار.",
            ("5ر1 مليار دولار", "money", 1.5e9, 1.5e9, 1.5e9, "exact", "USD"),
        ),
        (
            "ودفع ليفربول 5ر32 مليون جنيه استرليني للتعاقد",
            ("5ر32 مليون جنيه استرليني", "money", 32.5e6, 32.5e6, 32.5e6, "exact", "GBP"),
        ),
        (
            "ما بين عشرة وعشرون دولار",
            ("ما بين عشرة وعشرون دولار", "money", None, 10, 20, "range", "USD"),
        ),
        ("قتل عشرات الآلاف", ("عشرات الآلاف", "count", None, 10000, 99999, "vague", "deaths")),
    ],
)
def test_arabic_amounts(text, expected):
    assert fields(one(text)) == expected


def test_deaths_and_injured_from_the_nearest_cue():
    found = claims("أسفر الانفجار عن مقتل 15 شخصا وإصابة 20 آخرين")
    assert [(c.text, c.value, c.unit) for c in found] == [
        ("15 شخصا", 15, "deaths"),
        ("20 آخرين", 20, "injured"),
    ]


def test_ambiguous_currency_settled_by_the_article_or_noted():
    settled = claims("اشترى بـ 20 دينار أردني ثم دفع 5 دينار")
    assert [(c.text, c.unit) for c in settled] == [("20 دينار أردني", "JOD"), ("5 دينار", "JOD")]
    assert "JOD" in settled[1].note
    open_question = one("بلغت قيمة الصفقة 5 آلاف ريال")
    assert (open_question.value, open_question.unit) == (5000, "riyal")
    assert "ambiguous" in open_question.note
    saudi = one("بلغت قيمة الصفقة 5 آلاف ريال", outlet="Okaz")
    assert saudi.unit == "SAR"


def test_labels_years_and_model_names_are_no_amounts():
    assert claims("طالب بتطبيق القرار 2254 منذ عام 2015 ضد مقاتلات F-16") == []
    assert claims("Article 51 of the UN Charter, COVID-19 and the F-16", "en") == []
    # ANS: "روسيا تعلن تسليم منظومة الدفاع الجوي اس-300 إلى سوريا"
    assert claims("تسليم منظومة الدفاع الجوي اس-300 إلى سوريا وطائرات إف-16") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ wire text, tokenised thousands separator
        (
            "at least 170, 000 people were killed",
            ("at least 170, 000 people", 170000, "ge", "deaths"),
        ),
        ("about $110 million was spent", ("about $110 million", 1.1e8, "approx", "USD")),
        (
            "tens of thousands of protesters",
            ("tens of thousands of protesters", None, "vague", "protesters"),
        ),
        ("between 10 and 20 dollars", ("between 10 and 20 dollars", None, "range", "USD")),
        ("a 7.5 percent rise", ("7.5 percent", 7.5, "exact", "%")),
        ("under seven euros", ("under seven euros", 7, "lt", "EUR")),
    ],
)
def test_english_amounts(text, expected):
    claim = one(text, "en")
    assert (claim.text, claim.value, claim.qualifier, claim.unit) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # QuanTemp claims
        (
            "en",
            "After independence, our Founding Fathers built an extra 11,200 kilometres of roads.",
            [("11,200 kilometres", "quantity", 11200, "exact", "km")],
        ),
        (
            "en",
            '"Texas families have kept more than $10 billion in their family budgets."',
            [("more than $10 billion", "money", 1e10, "gt", "USD")],
        ),
        # quantemp-test-2057: a currency symbol before the number says what it counts, not
        # the noun after it
        (
            "en",
            "For every £1 energy companies invest in green energy",
            [("£1", "money", 1, "exact", "GBP")],
        ),
        (
            "en",
            "Rutte was trying to seize over 3000 farms to free land for immigrants.",
            [("over 3000", "count", 3000, "gt", None)],
        ),
        (
            "en",
            "Indian citizens are entitled to Rs. 7,000 per week to stay at home",
            [("Rs. 7,000", "money", 7000, "exact", "INR")],
        ),
        (  # an age: a quantity in years whose concept is "age" (extract/ages.py)
            "en",
            "118-year-old William Bradley voted via an absentee ballot in Wayne County.",
            [("118-year-old", "quantity", 118, "exact", "year")],
        ),
        # ECB+ (wire text rebuilt from tokens: "£35, 000")
        (
            "en",
            "And last month thieves made off with £35, 000 of jewellery after cracking two safes",
            [("£35, 000", "money", 35000, "exact", "GBP"), ("two", "count", 2, "exact", None)],
        ),
        # ECB+: a small number counts the plural after its adjectives; points and minutes
        (
            "en",
            "Dennis Northcutt, who caught five passes for 127 yards against the Packers",
            [("five", "count", 5, "exact", None), ("127 yards", "quantity", 127, "exact", "yd")],
        ),
        (
            "en",
            "A Texas homeowner shot five armed men, killing three of them",
            [
                ("five armed men", "count", 5, "exact", "men"),
                ("three", "count", 3, "exact", "deaths"),
            ],
        ),
        (
            "en",
            "McDermott scored 23 points and grabbed 7 rebounds in 35 minutes.",
            [
                ("23 points", "count", 23, "exact", "points"),
                ("7 rebounds", "count", 7, "exact", "rebounds"),
                ("35 minutes", "quantity", 35, "exact", "minute"),
            ],
        ),
        ("en", "There is at least one offer and two of them are good", []),
        # A death cue in quotes or glued to its number; a vague number after it; a quoted count
        ("ar", "أسفر الهجوم عن «استشهاد» 15 من المصلين", [("15", "count", 15, "exact", "deaths")]),
        ("ar", "أعلنت الشرطة مقتل20 في الهجوم", [("20", "count", 20, "exact", "deaths")]),
        (
            "ar",
            "مما أسفر عن مقتل مئات المعتصمين",
            [("مئات", "count", None, "vague", "deaths")],
        ),
        ("ar", "حيث أردي الطالب بـ «4» رصاصات في الوجه", [("4", "count", 4, "exact", None)]),
        (
            "ar",
            "بعد أن تمكنت الأجهزة الأمنية من ضبط 21 متهما جديدا",
            [("21 متهما", "count", 21, "exact", "detainees")],
        ),
        (
            "ar",
            "وتم منح القرويين 90 ألف رنمينبي لكل مو",
            [("90 ألف رنمينبي", "money", 90000, "exact", "CNY")],
        ),
        # ECB+ and QuanTemp: hyphenated words among the adjectives; a spaced "km / h"; feddans
        (
            "en",
            "Among the seized items were seven AK-47 automatic rifles",
            [("seven AK-47 automatic rifles", "count", 7, "exact", "weapons")],
        ),
        (
            "en",
            "The data shows 178 full-time equivalent jobs arising from the stimulus",
            [("178 full-time equivalent jobs", "count", 178, "exact", "jobs")],
        ),
        (
            "en",
            "at speeds up to 193km / h before he finally pulled over",
            [("up to 193km / h", "quantity", 193, "le", "km/h")],
        ),
        (
            "ar",
            "وتنمية زراعية تطمح لاستصلاح مليون فدان، وإنشاء عدد من المدن",
            [("مليون فدان", "quantity", 1e6, "exact", "feddan")],
        ),
        (
            "en",
            "The Annual Report 2019-20 puts the border at 3,488 km",
            [("3,488 km", "quantity", 3488, "exact", "km")],
        ),
        # ECB+ and SaudiNewsNet: an earthquake's magnitude, written before or after its number
        (
            "en",
            "since it was first rocked by a magnitude - 5.9 earthquake early Sunday",
            [("magnitude - 5.9", "quantity", 5.9, "exact", "magnitude")],
        ),
        # ECB+ 20_5ecb: glued to the word before it, the hyphen joins the magnitude to its
        # number (no model name, no minus), and the count after the quake is not its unit
        (
            "en",
            "Iran's state television says a magnitude-5.2 quake has injured three people in the "
            "Persian Gulf Island of Qeshm.",
            [
                ("magnitude-5.2", "quantity", 5.2, "exact", "magnitude"),
                ("three people", "count", 3, "exact", "injured"),
            ],
        ),
        (
            "en",
            "The U.S. Geological Survey put the quake's strength at magnitude-5.4.",
            [("magnitude-5.4", "quantity", 5.4, "exact", "magnitude")],
        ),
        (
            "en",
            "A 6.1 - magnitude quake struck Qeshm island",
            [("6.1 - magnitude", "quantity", 6.1, "exact", "magnitude")],
        ),
        (
            "ar",
            "ضرب زلزال بقوة 5.5 درجات على مقياس ريختر",
            [("5.5 درجات على مقياس ريختر", "quantity", 5.5, "exact", "magnitude")],
        ),
        (
            "en",
            "a quad - core i7 chip up to 2.7GHz ; up to 16GB of RAM",
            [
                ("up to 2.7GHz", "quantity", 2.7, "le", "GHz"),
                ("up to 16GB", "quantity", 16, "le", "GB"),
            ],
        ),
        ("en", "Operators are rolling out 5G networks and 4G phones", []),
        ("en", "one of the most gripping political dramas of the 20th century, Felt", []),
        # ECB+ wire text rebuilt from tokens: a spaced hyphen before the unit
        (
            "en",
            "when he received a five - year sentence after being caught",
            [("five - year", "quantity", 5, "exact", "year")],
        ),
        ("en", "The updated GarageBand 09 allows budding musicians to learn", []),
        # SaudiNewsNet: the number of a list item; a tournament's year after a currency name;
        # what a figure reached is no ceiling
        ("ar", "14 – مد جبيبون عبد الحميد- بنجلاديشي الجنسية", []),
        ("ar", "ثم المواجهة أمام سلوفينيا في تصفيات يورو 2016.", []),
        (
            "ar",
            "بلغت القروض لتصل إلى 322.8 مليار ريال مقارنة بـ 296.4 مليار ريال",
            [
                ("لتصل إلى 322.8 مليار ريال", "money", 322.8e9, "exact", "riyal"),
                ("296.4 مليار ريال", "money", 296.4e9, "exact", "riyal"),
            ],
        ),
        (
            "ar",
            "وسجل تسعة أهداف خلال 26 مباراة",
            [("تسعة", "count", 9, "exact", None), ("26", "count", 26, "exact", None)],
        ),
        (
            "ar",
            "غادر الملعب بعد 77 دقيقة عقب تدخل عنيف",
            [("77 دقيقة", "quantity", 77, "exact", "minute")],
        ),
        (
            "en",
            "Around 40 houses were damaged by the quake, including some which were flattened",
            [("Around 40 houses", "count", 40, "approx", "houses")],
        ),
        (
            "en",
            "A total of 288 candidates are vying for the 125 seats in the legislature.",
            [("288", "count", 288, "exact", None), ("125 seats", "count", 125, "exact", "seats")],
        ),
        # SaudiNewsNet
        (
            "ar",
            "ودفع مانشستر 7ر59 مليون إسترليني لريال مدريد",
            [("7ر59 مليون إسترليني", "money", 59.7e6, "exact", "GBP")],
        ),
        (
            "ar",
            "وفرت سوق العمل الأمريكية 215 ألف وظيفة",
            [("215 ألف وظيفة", "count", 215000, "exact", "jobs")],
        ),
        (  # a duration: a quantity in the unit of time it is stated in
            "ar",
            "بعد انتظارها حوالي 11عاماً و طلب منها",
            [("حوالي 11عاماً", "quantity", 11, "approx", "year")],
        ),
        (
            "ar",
            "بحمولات صافية للسفن بلغت نحو 3ر8 مليار طن، مِنها نحو 931 مليون طن",
            [
                ("نحو 3ر8 مليار طن", "quantity", 8.3e9, "approx", "t"),
                ("نحو 931 مليون طن", "quantity", 931e6, "approx", "t"),
            ],
        ),
    ],
)
def test_corpus_sentences(language, text, expected):
    found = claims(text, language)
    assert [(c.text, c.kind, c.value, c.qualifier, c.unit) for c in found] == expected


def test_a_currency_after_a_sum_is_the_next_sums_no_more():
    # SaudiNewsNet snn-2015-08-10-0774: the "ريال" that ends the first price is not a currency
    # written before the second
    text = (
        "ويبلغ سعر الذهبية سبعة الاف ريال وستة آلاف ريال للفضية، و700 ريال للموحدة وتكون لجميع"
        " المباريات"
    )
    assert [(c.text, c.value) for c in claims(text)] == [
        ("سبعة الاف ريال", 7000),
        ("وستة آلاف ريال", 6000),
        ("700 ريال", 700),
    ]


def test_a_percent_word_before_a_sum_in_euros_is_none_of_it():
    # SaudiNewsNet snn-2015-08-11-0122: "المائة" (the hundred) is also a percent word; before
    # a sum whose currency is named after it, it is no unit of the sum but its hundred
    text = "وأوضح المعهد أن مبلغ المائة مليار يورو الذي وفرته ألمانيا منذ 2010 يشكل أكثر من"
    assert [(c.text, c.kind, c.unit, c.value) for c in claims(text)] == [
        ("المائة مليار يورو", "money", "EUR", 100_000_000_000)
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # ANS headlines (../shared/corpus/ans): a number under ten with the noun it counts
        ("السلطات السعودية تعتقل 7 ناشطين بينهم 3 نساء لتواصلهم مع جهات أجنبية", [7, 3]),
        ("القوات الحكومية تشن هجوما من خمسة محاور على الغوطة الشرقية", [5]),
        ("مسلحو المعارضة يغادرون ثلاث بلدات في الغوطة الشرقية", [3]),
        ("الجزائر تعلن إصابة 41 حالة بالكوليرا في أربع ولايات", [41, 4]),
        ("تركيا: السجن المؤبد لستة صحفيين لعلاقتهم بالانقلاب", [6]),
        ("القاعدة الجوية 201 التابعة للجيش", []),  # a definite word after: a name
        # but not one followed by a particle, the next clause or a score; a duration is a
        # quantity of its own
        # (the 9 counts no "بينهم", but the arrested after their cue: detainees)
        ("اعتقال 9 بينهم 4 سيدات بتهمة الإضرار بالأمن", [9, 4]),
        ("الذهب يتراجع من أعلى مستوى في 5 أسابيع", [5]),
        ("فاز الفريق 3 مقابل 1 على ملعبه", []),
    ],
)
def test_small_numbers_count_the_noun_after_them(text, values):
    assert [c.value for c in claims(text)] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ANS headlines: a bare number right after a death cue counts the dead
        ("الانتخابات التركية: مقتل 3 في اشتباكات قبيل الانتخابات", ("3", 3, "deaths")),
        ("مقتل اثنين في اشتباكات مع الشرطة العراقية", ("اثنين", 2, "deaths")),
        ("مصرع 4 من القوات الروسية شرقي سوريا", ("4", 4, "deaths")),
    ],
)
def test_a_number_right_after_a_death_cue_counts_deaths(text, expected):
    claim = one(text)
    assert (claim.text, claim.value, claim.unit) == expected


def test_trillions_in_the_plural_and_dual():
    # ANS headline: "6 تريليونات دولار.. قنبلة صينية سرية تهدد العالم"
    assert fields(one("6 تريليونات دولار.. قنبلة صينية سرية تهدد العالم")) == (
        "6 تريليونات دولار",
        "money",
        6e12,
        6e12,
        6e12,
        "exact",
        "USD",
    )
    assert one("ديون بتريليوني دولار").value == 2e12
    assert one("debts of $3 trillions", "en").value == 3e12


def test_a_number_after_a_word_and_a_colon_is_read_but_not_a_time():
    # ANS headline "سعوديا:٢٠١٩ يبدأ بموازنة ضخمة": the year glued after the colon
    document = Document(id="t", path="t", language="ar", body="سعوديا:٢٠١٩ يبدأ بموازنة ضخمة")
    assert [(c.text, c.kind) for c in extract_document(document)] == [("٢٠١٩", "date")]
    assert one("ارتفع عدد القتلى:15").value == 15
    # a time of day is a moment (extract/clock_times.py), no amount of 12 or 38
    assert [(c.text, c.value, c.unit) for c in claims("الساعة 12:38 ظهرا")] == [
        ("الساعة 12:38", 758, "clock")
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # ECB+ 12_1ecbplus: the rifle's model is no count (read as -47 rifles, it joined six
        # rifles of one operation with 14 of five in one agreement)
        (
            "In their five operations so far, the personnel on board the warship have "
            "confiscated 14 AK - 47 Rifles, 31 magazines and 923 rounds of ammunition, he said.",
            "en",
            [5, 14, 31, 923],
        ),
        # ECB+ 41_9ecbplus, 37_3ecbplus
        ("The organization uses DC - 3 planes to deliver food to the refugees.", "en", []),
        (
            "while the air force have dispatched a helicopter and a CN - 235 aircraft to the "
            "region",
            "en",
            [],
        ),
        # QuanTemp quantemp-test-1084: an index's name, its capitals joined by "&"
        (
            "if you had put that money into an S&P 500 and reinvested the dividends, you come up "
            "with something like $17 billion",
            "en",
            [17e9],
        ),
        # SaudiNewsNet snn-2015-08-09-0636
        (
            'نشرت الولايات المتحدة ست مقاتلات من طراز "إف-16" في قاعدة انجرليك بجنوب تركيا',
            "ar",
            [6],
        ),
    ],
)
def test_a_number_that_ends_a_model_name_counts_nothing(text, language, expected):
    assert [c.value for c in claims(text, language)] == expected


def test_a_qualifier_that_opens_the_next_figure_closes_none():
    # ECB+ 37_3ecbplus: "and over" is the 200's "over", not "24 and over"
    text = (
        "Soldiers and police are leading rescue operations in Indonesia after a 6.1 magnitude "
        "earthquake hit Aceh province leaving 24 dead and over 200 injured."
    )
    counts = [(c.text, c.qualifier) for c in claims(text, "en") if c.kind == "count"]
    assert counts == [("24 dead", "exact"), ("over 200 injured", "gt")]


# SaudiNewsNet snn-2015-08-08-0172, snn-2015-08-10-0249, snn-2015-08-11-0531: "نسبة" stands
# before its number; after a year it opens the next figure, it is not the year's percent sign
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "كما ارتفع الاستهلاك المحلي من الطاقة الكهربائية خلال 2014 بنسبة 11 في المائة كأعلى "
            "نمو",
            [("11 في المائة", 11.0)],
        ),
        (
            "حيث انخفضت المناقصة للعام الحالي 2015 عن العام 2014 بنسبة تقديريه تصل الى (10%) "
            "،مؤكداً",
            [("10%", 10.0)],
        ),
        (
            "المطالبات في نفس الفترة من العام الماضي 2014 بنسبة تغيير قدرها 65 % بينما",
            [("65 %", 65.0)],
        ),
    ],
)
def test_a_percent_word_written_before_its_number_is_no_unit_after_one(text, expected):
    percents = [(c.text, c.value) for c in claims(text) if c.kind == "percent"]
    assert percents == expected


def test_a_street_address_is_no_amount():
    # ECB+ 16_1ecbplus and 16_9ecbplus: "the 12000 block" and "the 12500 block" of one street
    # agreed within their rounding
    for text in (
        "Deputy Ortiz was shot to death outside an apartment in the 12000 block of East 223rd "
        "Street.",
        "Ortiz followed Orozco to an apartment complex in the 12500 block of East 223rd Street, "
        "to the home of one of Orozco's friends whom the deputy knew from previous arrests.",
    ):
        assert claims(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # SaudiNewsNet snn-2015-08-10-0173: a dash with spaces joins a range (no count is
        # negative), and the scale of its second end is the first's
        (
            "وتخطط «تسلا» لبيع 50 - 55 ألف سيارة سنويا",
            "ar",
            ("50 - 55 ألف سيارة", "count", None, 50000, 55000, "range", "vehicles"),
        ),
        # snn-2015-08-11-0883, the same plan written without spaces
        (
            "وتخطط تسلا لبيع 50-55 ألف سيارة سنويا",
            "ar",
            ("50-55 ألف سيارة", "count", None, 50000, 55000, "range", "vehicles"),
        ),
        # ECB+ 10ecb: the Orioles' offer to Teixeira
        (
            "the Baltimore Orioles (seven years, $ 140-150 million), Washington Nationals",
            "en",
            ("$ 140-150 million", "money", None, 140e6, 150e6, "range", "USD"),
        ),
    ],
)
def test_a_range_shares_its_second_ends_scale(text, language, expected):
    found = [fields(c) for c in claims(text, language) if c.qualifier == "range"]
    assert found == [expected]
