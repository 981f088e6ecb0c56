"""Counts of times ("fire Felt five times") as ECB+ writes them, and the same words as a ratio or
a rate, which count nothing (extract/repeats.py, lexicons/en/repeats.yaml)."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in, findings_between


def _times(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    return [(c.text, c.value, c.low, c.high) for c in claims_in(text, "en") if c.unit == "times"]


@pytest.mark.parametrize(
    ("article", "text", "read"),
    [
        (
            "28_1ecb",
            "Nixon ordered interim FBI director L. Patrick Gray to fire Felt five times. But Gray, "
            "convinced by Felt's denials, never did.",
            [("five times", 5, 5, 5)],
        ),
        (
            "28_4ecb",
            "From the outset President Nixon suspected him of being the leaker and five times "
            "ordered the FBI director Patrick Gray to fire him.",
            [("five times", 5, 5, 5)],
        ),
        (
            "36_3ecbplus",
            "Jeffs failed three times to remove state District Judge Barbara Walther from the "
            "case, the last rejection coming even without a hearing.",
            [("three times", 3, 3, 3)],
        ),
        (
            "40_10ecb",
            "The new battery system will deliver eight hours on a single charge and can be "
            "recharged up to 1,000 times in a single lifespan.",
            [("up to 1,000 times", 1000, None, 1000)],
        ),
        (
            "quantemp-test-2430",  # a denial counts nothing
            'Says Donald Trump was "forced to file for bankruptcy not once, not twice, four '
            'times."',
            [("four times", 4, 4, 4)],
        ),
        (
            "quantemp-test-1595",  # an adjective between
            'Mark Kelly "voted to allow prison inmates to receive stimulus checks five separate '
            'times."',
            [("five separate times", 5, 5, 5)],
        ),
    ],
)
def test_a_number_before_times_counts_them(article, text, read):
    assert _times(text) == read


@pytest.mark.parametrize(
    ("article", "text"),
    [
        # a ratio: what it multiplies, or a comparison, after it
        (
            "40_2ecb",
            "when Schiller announced the battery, even when he said that its capacity for 1,000 "
            "full recharges - three times the average achieved by other notebooks - would give the "
            "average battery a five-year life.",
        ),
        (
            "40_5ecb",
            'The embedded battery uses lithium polymer technology and lasts "three times longer '
            "than the industry standard '' in terms of number of charges over that lifetime.",
        ),
        ("21_4ecb", "That's more than five times the legal limit."),
        # a rate
        ("28_7ecbplus", "I had dinner with the Mitchells four or five times a week."),
        # a change by a factor (QuanTemp quantemp-test-2296)
        (
            "quantemp-test-2296",
            "UP had 12 medical colleges till 2017 and now that number has increased four times",
        ),
        # a range's side: which, is not said
        (
            "19_15ecb",
            "The officer said that he took out his revolver and fired two or three times in the "
            "air out of self defence and that he had not aimed his gun at the victim who died "
            "from a ricochet.",
        ),
        # a name
        ("28_2ecb", "In its report on Felt's death, the New York Times called him a source."),
    ],
)
def test_a_ratio_a_rate_or_a_name_counts_no_times(article, text):
    assert _times(text) == []


def test_a_number_joined_to_time_counts_the_times():
    # ECB+ 10_19ecbplus: "a" before the number is no part of it; 7_10ecb: the record the
    # champion dropped to counts no times
    honours = (
        "He is an All Star, a two - time Gold Glove winner, and a two - time Silver Slugger winner."
    )
    assert _times(honours) == [("two - time", 2, 2, 2), ("two - time", 2, 2, 2)]
    claims = claims_in(
        "Rahman, the two-time heavyweight champion who stepped in as a replacement opponent "
        "last month, struggled to get inside the taller Klitschko's reach, and dropped to "
        "45-7-2.",
        "en",
    )
    assert [(c.text, c.unit) for c in claims if c.kind == "count"] == [
        ("two-time", "times"),
        ("45", None),
    ]


def test_twice_is_two_times_and_twice_as_likely_a_ratio():
    # ECB+ 45_6ecbplus; QuanTemp quantemp-test-0858
    assert _times(
        "Prosecutors allege that Simpson shot Flynn twice in the head because he did not want "
        "another child to support."
    ) == [("twice", 2, 2, 2)]
    assert (
        _times(
            "A Harvard study showed that vaccinated people are “twice as likely to get "
            "hospitalized as opposed to if they had a natural exposure to the SARS-CoV-2 virus"
        )
        == []
    )


def test_a_cue_before_the_number_says_what_it_counts():
    # ECB+ 19_6ecbplus: four arrests, which "four prior arrests" of 19_10ecbplus agrees with
    claims = claims_in(
        "The also said that Gray had previously been arrested four times on charges of grand "
        "larceny, possession of stolen property and inciting a riot.",
        "en",
    )
    assert [(c.text, c.unit) for c in claims] == [("four", "detainees")]


def _report(*texts: str) -> list[tuple[str, ...]]:
    return findings_between(*texts, language="en", published="2008-12-19")


def test_one_order_told_twice_agrees():
    # ECB+ 28_1ecb, 28_4ecb: Nixon's five orders to fire Felt
    assert _report(
        "Nixon suspected him almost from the start. Nixon ordered interim FBI director L. "
        "Patrick Gray to fire Felt five times.",
        "From the outset President Nixon suspected him of being the leaker and five times "
        "ordered the FBI director Patrick Gray to fire him.",
    ) == [("agreement", "five times", "five times")]


def test_counts_of_times_of_two_deeds_stay_apart():
    # ECB+ 2_5ecb, 36_3ecbplus: how often, of anything; compared only in windows alike
    texts = (
        "The actor, who also starred in the three \"X-Men '' movies and is an award-winning "
        "musical theater performer, has hosted Broadway's Tony awards three times and last "
        "month was named 2008's \"sexiest man alive '' by People magazine.",
        "Jeffs failed three times to remove state District Judge Barbara Walther from the "
        "case, the last rejection coming even without a hearing.",
    )
    # both are read as counts of times, so the pair is there to keep apart
    assert [[found[:2] for found in _times(text)] for text in texts] == [[("three times", 3)]] * 2
    assert [finding for finding in _report(*texts) if "three times" in finding] == []


def test_an_arabic_number_before_the_noun_of_times_counts_them():
    # SaudiNewsNet snn-2015-08-09-0134, 2015-08-07-0288 (repeats.yaml); not a price's multiple
    # (snn-2015-08-11-0124), a rate (2015-08-08-0268) nor a range's second side (2015-08-11-1170)
    def times(text):
        return [(c.text, c.value, c.unit) for c in claims_in(text, "ar") if c.unit == "times"]

    assert times(
        "يذكر أنه خلال الفترة من فبراير (شباط) حتى نوفمبر (تشرين الثاني) 1943 قصف اليابانيون"
        " داروين 64 مرة."
    ) == [("64 مرة", 64.0, "times")]
    assert times("طالما عرف ليونيل ميسي أفضل لاعب في العالم 4 مرات، بطبعه الهادئ في الملاعب") == [
        ("4 مرات", 4.0, "times")
    ]
    assert times("و«بوبا» بمكرر 23.95 مرة، و«الصقر للتأمين» بمكرر 24 مرة.") == []
    assert (
        times(
            "أوضح أنه إذا زاد عدد مرات غسل الأيدي إلى 10 مرات يوميا فسيكون لذلك تأثير مهم على الحد"
            " من انتشار الجراثيم"
        )
        == []
    )
    assert times("تحتوي أحيانا على بكتيريا برازية تفوق الماء بمعدل يتراوح من 10 إلى 100 مرة.") == []
    # the dual is two times (snn-2015-08-08-1035); not after a comparative (2015-08-10, twice
    # as fast) nor a rate (2015-08-11-0210)
    assert times(
        "فاز مورينيو بلقب الدوري مرتين ولقب كأس رابطة المحترفين مرتين بجانب لقب كأس الاتحاد"
    ) == [("مرتين", 2.0, "times"), ("مرتين", 2.0, "times")]
    assert times("على توليد البيانات أسرع بمرتين مما هو سائد في أي قطاع آخر") == []
    assert times("تحتوي على كاكاو بنسبة 85%، وذلك بمعدل مرتين لمدة أسبوع.") == []


def test_a_factors_noun_or_word_multiplies_whatever_stands_around_it():
    # SaudiNewsNet snn-2015-08-07-1223 (Ofcom's 4G subscriptions), 2015-08-10-1248 (after a
    # change's verb, which makes "مرات" no count), 2015-08-07-0494 (a range of factors);
    # QuanTemp quantemp-test-1353 ("10-fold"). No corpus here writes a factor in one word, so
    # "tenfold" is asserted on a clause of our own, the one assert here not on a real text
    def factors(text, language="ar"):
        return [
            (c.text, c.value, c.low, c.high)
            for c in claims_in(text, language)
            if c.unit == "multiple"
        ]

    assert factors("بزيادة ثمانية أضعاف في الاشتراكات إلى 23.6 مليون") == [
        ("ثمانية أضعاف", 8.0, 8.0, 8.0)
    ]
    assert factors("تعرض الركاب للوفاة في الحوادث المرورية يزيد 10 أضعاف إذا كان الركاب") == [
        ("10 أضعاف", 10.0, 10.0, 10.0)
    ]
    assert factors(
        "قدرت تكلفة الحصول على عميل جديد لمؤسسة ما من ستة إلى سبعة أضعاف تكلفة المحافظة على عميل"
        " قديم."
    ) == [("ستة إلى سبعة أضعاف", None, 6.0, 7.0)]
    assert factors(
        "people who had mild COVID-19 had a “10-fold greater risk of all-cause death”", "en"
    ) == [("10-fold", 10.0, 10.0, 10.0)]
    assert factors("the risk rose tenfold", "en") == [("tenfold", 10.0, 10.0, 10.0)]


@pytest.mark.parametrize(
    ("language", "text", "read"),
    [
        # SaudiNewsNet 2015-08-11-0242 (and -0412, which agrees): the farewell's online views
        (
            "ar",
            "وقالت كوميدي سنترال إن حلقة الوداع الأخير لستيوارت يوم الخميس الماضي عرضت على "
            "الإنترنت 100 مليون مرة إضافية",
            [("100 مليون مرة", 1e8)],
        ),
        # SaudiNewsNet 2015-08-07-0786: Windows 10 downloads, with a qualifier before
        (
            "ar",
            'قبل عدد الحواسيب التي بادرت بتحميل نظام التشغيل الجديد "ويندوز 10" كانت مبالغا فيها، '
            "حيث إن عدد مرات التحميل لم يتجاوز 18.5 مليون مرة.",
            [("لم يتجاوز 18.5 مليون مرة", 1.85e7)],
        ),
    ],
)
def test_a_number_with_its_scale_counts_the_times(language, text, read):
    assert [(c.text, c.value) for c in claims_in(text, language) if c.unit == "times"] == read


def test_a_scale_alone_before_times_is_a_manner_of_speaking():
    # SaudiNewsNet 2015-08-11-0994: "to think a thousand times" counts nothing
    text = "سيستعيذ بالله ألف مرة إن فكر في أن يهدم"
    assert [c.text for c in claims_in(text, "ar") if c.unit == "times"] == []
