"""Ranks: ordinals that state a value, read after or before the noun of what they rank."""

from __future__ import annotations

import pytest

from factcheck.align.features import ranked_words
from factcheck.extract import extract_document
from factcheck.models import Document
from tests.extract.by_text import claims_in, findings_between


def ranks(text: str, language: str = "ar") -> list[tuple[str, float | None, str | None]]:
    return [
        (claim.text, claim.value, claim.unit)
        for claim in claims_in(text, language, "2015-08-10")
        if claim.note == "ordinal"
    ]


def test_a_grade_in_words_and_in_digits():
    # SaudiNewsNet snn-2015-08-10-1505 and snn-2015-08-11-1412
    assert ranks(
        "تعيين عثمان بن صالح بن عثمان الحقيل على وظيفة ( وكيل الوزارة للشؤون العمالية ) "
        "بالمرتبة الخامسة عشرة بوزارة العمل."
    ) == [("بالمرتبة الخامسة عشرة", 15, "rank")]
    assert ranks(
        "• تعيين نبيل بن عبدالله بن سليمان الطويل على وظيفة مستشار أمني، بالمرتبة 15 بإمارة "
        "منطقة الرياض."
    ) == [("بالمرتبة 15", 15, "rank")]


def test_which_intake_or_session_of_a_series():
    # SaudiNewsNet snn-2015-08-10-0823 and snn-2015-08-08-0740; a law's chapter ("حيث أشار الفصل
    # الثاني من النظام", snn-2015-08-11-0595) is no term of a school year
    assert ranks(
        "أعلن معهد الإدارة العامة أسماء الدفعة الأولى من المقبولين والمقبولات في برامجه "
        "الإعدادية المنفذة في الفصل الأول من العام التدريبي الجديد 1436 / 1437هـ"
    ) == [("الدفعة الأولى", 1, "batch")]
    assert ranks(
        "عقد أمس الأول اللقاء التعريفي الثاني للمواطنين عن الدورة الثالثة للانتخابات البلدية "
        "بمقر بلدية قباء"
    ) == [("الدورة الثالثة", 3, "session")]


def test_which_work_of_a_series():
    # ECB+ 6_10ecbplus and 6_2ecbplus: one film of the Hunger Games, a label of its series
    assert ranks(
        "The three leads Jennifer Lawrence, Josh Hutcherson, and Liam Hemsworth are already "
        "signed on to appear in the sequel and, no doubt, the third film ‘ Mockingjay ’ as well.",
        "en",
    ) == [("third film", 3, "installment")]
    assert ranks(
        "Lead actors Jennifer Lawrence, Josh Hutcherson, and Liam Hemsworth are already signed "
        "for Catching Fire (and I imaging they ’ re also signed for the third installment, "
        "Mockingjay), but Ross doesn ’ t have a deal.",
        "en",
    ) == [("third installment", 3, "installment")]


def test_which_wave_of_a_series():
    # SaudiNewsNet snn-2015-08-08-0119, -0211, 2015-08-07-0178: a wave's ordinal after the
    # noun's complement (ranks.yaml `complement`) or after the noun, a label of `wave`
    assert [
        rank
        for text in (
            "واجتذبت صناديق الأسهم اليابانية 2.6 مليار دولار الأسبوع الماضي في موجة التدفق "
            "الثانية والعشرين خلال 24 أسبوعًا.",
            "واجتذبت صناديق الأسهم اليابانية 2.6 مليار دولار الأسبوع الماضي في موجة التدفق الـ 22 "
            "خلال 24 أسبوعا.",
            "وتشكل الهجمات في كابل وقندهار ولوغار الموجة الأولى من الهجمات الواسعة في البلاد",
        )
        for rank in ranks(text)
    ] == [("الثانية والعشرين", 22, "wave"), ("الـ 22", 22, "wave"), ("الموجة الأولى", 1, "wave")]


def test_a_rank_without_its_noun_and_joined_ordinals():
    # ANS ans-stance-train-0538 and -0636
    assert ranks("اقتصاد ولاية أميركية يتجاوز بريطانيا.. ويصبح الخامس عالميا") == [
        ("الخامس عالميا", 5, "rank")
    ]
    assert ranks(
        "محكمة أمريكية في منهاتن توجه تهم الاغتصاب من الدرجة الأولى والثالثة لهارفي واينستين"
    ) == [("الدرجة الأولى", 1, "degree"), ("والثالثة", 3, "degree")]


def test_the_other_end_of_a_rank_noun_said_once():
    # snn-2015-08-11-0132: the rank a film left and the one it fell to, the noun said once
    assert ranks(
        "كما تراجع فيلم الحركة والخيال العلمي «انت مان» من المركز الثالث إلى الخامس بمبيعات "
        "تذاكر قدرها 8ر7 مليون دولار."
    ) == [("المركز الثالث", 3, "rank"), ("الخامس", 5, "rank")]
    # snn-2015-08-08-0043: the join after a glued "و"
    assert ranks(
        "تبدأ جامعة الأمير سطام بن عبدالعزيز بالخرج غداً استقبال طلبات المتقدمين على الوظائف "
        "الإدارية الشاغرة من المرتبة السادسة وحتى العاشرة في مقر الجامعة"
    ) == [("المرتبة السادسة", 6, "rank"), ("العاشرة", 10, "rank")]


def test_english_ranks_before_their_noun():
    # ECB+ 7ecb (7_11ecb) and 18ecb
    assert ranks(
        "Wladimir Klitschko retained three heavyweight title belts by scoring a dominant "
        "seventh-round technical knockout of Hasim Rahman Saturday night.",
        "en",
    ) == [("seventh-round", 7, "round")]
    assert ranks("California is ranked fifth, up from 10th place.", "en") == [
        ("ranked fifth", 5, "rank"),
        ("10th place", 10, "rank"),
    ]


def test_ordinals_that_rank_nothing_stated_are_no_claims():
    # SaudiNewsNet snn-2015-08-07-0962: the second of the club's league titles, no rank stated
    assert ranks("واحتفل الهلاليون في هذا المقر بثاني بطولات الدوري 1399ه في عهد الرئيس") == []


def test_which_time_of_a_deed_but_the_first():
    # SaudiNewsNet snn-2015-08-07-0097, snn-2015-08-11-0167; ECB+ 2_1ecbplus
    assert ranks("وتعد هذه هي المرة الثانية التي يرتدي فيها السيسي الزي العسكري منذ توليه") == [
        ("المرة الثانية", 2.0, "nth_time")
    ]
    assert ranks("خلال الفوز بالكأس السوبر القارية للمرة الخامسة في تاريخه") == [
        ("للمرة الخامسة", 5.0, "nth_time")
    ]
    assert ranks("I am so excited to be hosting the Oscars for the second time.", "en") == [
        ("second time", 2.0, "nth_time")
    ]
    # a first of anything: the Champions League a coach seeks (snn-2015-08-07-0917), a low of
    # the euro (ECB+ 8_3ecbplus)
    assert (
        ranks("مسابقة دوري ابطال اوروبا التي يسعى للفوز بها للمرة الاولى مع الفريق اللندني") == []
    )
    assert (
        ranks("helping drive the euro below $1.29 for the first time in over a year.", "en") == []
    )


def test_bare_digits_before_a_counted_noun_are_no_rank():
    # SaudiNewsNet snn-2015-08-07-0031: 692 operations of the phase, not its 692nd
    assert ranks("وشملت هذه المرحلة 692 عملية صرف خلال الشهر الماضي") == []


def test_a_rank_named_again_in_brackets():
    # SaudiNewsNet snn-2015-08-08-0127: the Championship, England's second tier
    assert ranks("التي صعدت هذا الموسم من دوري الدرجة الثانية (الأولى في إنجلترا) ما يقرب") == [
        ("الدرجة الثانية", 2, "degree"),
        ("الأولى", 1, "degree"),
    ]


def test_a_rank_in_digits_a_release_brackets():
    # SaudiNewsNet snn-2015-08-07-0508: the FIFA ranking, this month's and last month's
    assert ranks(
        "تراجع المنتخب السعودي الأول لكرة القدم إلى المركز (93) في تصنيف الفيفا للمنتخبات "
        "العالمية الصادر أمس لشهر أغسطس عام 2015، وحصد الأخضر 351 نقطة، بعد أن كان في المركز "
        "(92) الشهر الماضي."
    ) == [("المركز (93)", 93, "rank"), ("المركز (92)", 92, "rank")]


def test_a_rank_in_brackets_opens_a_series_of_bare_ordinals():
    # SaudiNewsNet snn-2015-08-10-0210: Manchester City's fixtures, the noun said once
    assert ranks(
        "حيث يلتقي تشلسي (المرحلة الثانية) ثم ايفرتون (الثالثة) وتوتنهام (السابعة) وجاره مانشستر"
        " يونايتد (العاشرة)."
    ) == [
        ("المرحلة الثانية", 2, "phase"),
        ("الثالثة", 3, "phase"),
        ("السابعة", 7, "phase"),
        ("العاشرة", 10, "phase"),
    ]
    # a bracket that holds anything else ends it: the corpora hold no such sentence (the fixture
    # list is the mechanism's one real case), so this one is the real one with its second
    # bracket changed
    assert ranks("يلتقي تشلسي (المرحلة الثانية) ثم ايفرتون (على ملعبه الثالثة)") == [
        ("المرحلة الثانية", 2, "phase")
    ]


def test_digits_before_a_word_of_rank():
    # ANS ans-stance-train-2345
    assert ranks("تقرير دافوس: الكويت الأولى عربيا و٢٧ عالميا") == [
        ("الأولى عربيا", 1, "rank"),
        ("٢٧ عالميا", 27, "rank"),
    ]


def test_a_rank_said_as_an_adverb_after_a_verb_of_placing():
    # SaudiNewsNet (2015-08-10): Bush second in a Reuters poll
    assert ranks("وحل بوش -الذي جاء ثانياً في استطلاع أجرته مؤخرا رويترز") == [
        ("جاء ثانياً", 2, "rank")
    ]
    assert ranks("Woods finished third, two shots behind.", "en") == [("finished third", 3, "rank")]
    assert ranks("أولا، قال الوزير إن الخطة جاهزة") == []  # "firstly" ranks nothing


def test_an_ordinal_after_the_complement_of_its_noun():
    # SaudiNewsNet snn-2015-08-08-0221, snn-2015-08-09-0126; the package (حزمة) of a series
    assert ranks("وتستهدف حزمة الإنقاذ الثالثة التي تسعى اليونان المثقلة بالديون") == [
        ("الثالثة", 3, "phase")
    ]
    assert ranks("وأنهى الاتحاديون مرحلة الإعداد الثانية التي أقيمت بمدينة ميلانو") == [
        ("الثانية", 2, "phase")
    ]
    # ANS ans-stance-dev-0326: the complement and its adjective
    assert ranks("إنفوغرافيك.. تفاصيل حزمة العقوبات الأميركية الأولى على إيران") == [
        ("الأولى", 1, "phase")
    ]
    # snn-2015-08-07-0974, snn-2015-08-10-0305: an occasion's edition, named by what it is of
    assert ranks("بلغت مبيعات مهرجان العسل الدولي الثامن في منطقة الباحة") == [
        ("الثامن", 8, "numbered_event")
    ]
    assert ranks("ويهدف مؤتمر الصناعيين الـ 15 إلى تحديد سياسات واضحة") == [
        ("الـ 15", 15, "numbered_event")
    ]
    # SaudiNewsNet snn-2015-08-10-0767: "الحزمة" next to its ordinal
    assert ranks("وافق مجلس الوزراء العراقي بالاجماع على الحزمة الأولى من الاصلاحات") == [
        ("الحزمة الأولى", 1, "phase")
    ]


def test_an_indefinite_ordinal_after_an_indefinite_rank_word_of_its_gender():
    # SaudiNewsNet snn-2015-08-08-1035: Mourinho's second spell at Chelsea
    assert ranks("وعاد المدرب البرتغالي إلى تشيلسي في ولاية ثانية في 2013 حيث قاد الفريق") == [
        ("ولاية ثانية", 2, "term")
    ]
    # snn-2015-08-07-0293, snn-2015-08-11-0269: Greece's third bailout, the ordinal after one
    # indefinite complement, agreeing with the rank word
    assert ranks("وقت تجرى فيه مفاوضات من اجل خطة مساعدة ثالثة لهذا البلد.") == [
        ("ثالثة", 3, "phase")
    ]
    assert ranks("إن صندوق النقد الدولي يعتقد أن اليونان تحتاج حزمة انقاذ ثالثة بقيمة نحو 90") == [
        ("ثالثة", 3, "phase")
    ]
    # Made up (the week holds no rank word before an ordinal of the other gender): such an
    # ordinal ranks no such word, and "ولاية" is also a state
    assert ranks("في ولاية ثالث أكبر مدن البلاد") == []


def test_an_ordinal_after_a_complement_that_it_may_rank_is_no_rank():
    # SaudiNewsNet snn-2015-08-07-0517, snn-2015-08-11-0162: group one's table, a king's
    # name; "ترتيب" and "مركز" take no complement before their ordinal
    assert ranks("ويتصدر الأهلي ترتيب المجموعة الأولى برصيد 7 نقاط") == []
    assert ranks("خلال الندوة التي نظمت أخيرا بمركز الحسن الثاني للملتقيات الدولية") == []
    # Made up: no corpus sentence has a rank word before a feminine singular complement. The
    # ordinal agrees with "البطولة" as well, so it may rank the tournament, not the phase
    # (ar/ranks.yaml `feminine_ends`).
    assert ranks("وبدأت مرحلة البطولة الثانية في جدة") == []


def test_the_week_of_a_streak_and_the_minute_of_a_game():
    # SaudiNewsNet snn-2015-08-07-0292 (gold-weekly), snn-2015-08-08-0253 (psg-lille)
    assert ranks(
        "ولم يطرأ تغير يذكر على البلاتين ليستقر عند 951 دولارا للأوقية ويتجه للانخفاض للأسبوع"
        " الخامس عل التوالي بينما زاد البلاديوم 0.6 بالمئة إلى 598.50 دولار للأوقية لكنه يتجه"
        " للتراجع للأسبوع الثاني."
    ) == [("للأسبوع الخامس", 5, "week"), ("للأسبوع الثاني", 2, "week")]
    assert ranks(
        "لكن الفريق تماسك وتمكن من احراز هدف المباراة الوحيد في الدقيقة 57 عن طريق لوكاس مورا."
    ) == [("الدقيقة 57", 57, "minute")]
    # snn-2015-08-09-0312: the dual's two minutes, two scorers' goals
    assert ranks(
        "بهدفين سجلهما السنغالي شيخو كوياتي والأرجنتيني ماورو زاراتي في الدقيقتين 43 و57 ليخسر"
    ) == [("الدقيقتين 43", 43, "minute"), ("57", 57, "minute")]


def test_which_of_a_streak_in_english():
    # ECB+ 29_1ecb, 7_11ecb: how long a streak is, its noun after it
    assert ranks(
        "Manning completed his first 17 passes in leading the Colts to their eighth consecutive "
        "victory and seventh straight playoff berth.",
        "en",
    ) == [("eighth consecutive", 8, "streak"), ("seventh straight", 7, "streak")]
    assert ranks(
        "The 32-year-old Klitschko (52-3, 46 KOs) won his 10th consecutive bout by flooring "
        "Rahman (45-7-2) once before referee Tony Weeks stopped the fight 44 seconds into the "
        "seventh round.",
        "en",
    ) == [("10th consecutive", 10, "streak"), ("seventh round", 7, "round")]


@pytest.mark.parametrize(
    ("text", "language", "rank"),
    [
        # ECB+ 25_12ecb, 25_7ecb: which season of Reggie Bush's career
        (
            "The New Orleans Saints placed Reggie Bush on injured reserve today, officially "
            "ending his third NFL season.",
            "en",
            ("third NFL season", 3, "career_season"),
        ),
        (
            "But Payton said the injuries this year are n't related to his injury a year ago and "
            "he's not concerned with the long-term prognosis of the third-year pro.",
            "en",
            ("third-year", 3, "career_season"),
        ),
        # ECB+ 44_1ecbplus, 44_6ecbplus: HP's own quarter (a calendar quarter with its year is a
        # date)
        (
            "The deal is subject to certain closing conditions and is expected to be completed "
            "within HP's first fiscal quarter.",
            "en",
            ("first fiscal quarter", 1, "fiscal_quarter"),
        ),
        (
            "HP announced that the deal would close during its first financial quarter.",
            "en",
            ("first financial quarter", 1, "fiscal_quarter"),
        ),
        # SaudiNewsNet snn-2015-08-11-0920 (a Mashhad hotel), snn-2015-08-08-0910 (an arts
        # centre): which floor, as English "the third floor"
        (
            "مصرعهم في حادث يشتبه بأنه تسمم حدث في الطابق الرابع للفندق الذي يسكنون فيه",
            "ar",
            ("الطابق الرابع", 4, "floor"),
        ),
        (
            "منح مرسما مجانيا مكونا من صالة للرسم واستراحة في الطابق الثاني دون أي رسوم",
            "ar",
            ("الطابق الثاني", 2, "floor"),
        ),
    ],
)
def test_which_season_quarter_or_floor_is_a_label(text, language, rank):
    assert ranks(text, language) == [rank]


def test_one_season_of_one_career_agrees():
    # ECB+ 25_3ecb, 25_4ecb: Reggie Bush's third season, in two reports
    found = findings_between(
        "The 23-year-old finished his third season with the franchise with 404 yards rushing "
        "on 106 carries, scoring two touchdowns on the ground.",
        "The former Southern California star finished his third season in New Orleans with "
        "just 404 yards and two touchdowns on 106 carries.",
        language="en",
        published="2008-12-15",
    )
    assert found.count(("agreement", "third season", "third season")) == 1


def test_a_rank_lends_no_noun_to_a_level_after_it():
    # SaudiNewsNet snn-2015-08-10-0222: seven points, not a seventh minute
    document = Document(
        id="d",
        path="d",
        language="ar",
        published="2015-08-10",
        body="وشهدت المباراة ، طرد لاعب وفاق سطيف الجزائري ، كميش فارس ، في الدقيقة 43 ، فيما"
        " بدت سيطرة المريخ على المباراة واضحة إثر تحقيقه الهدف الثاني ، ما رفع رصيده إلى 7 نقاط",
    )
    seven = next(claim for claim in extract_document(document) if claim.text == "7")
    assert seven.unit is None


def test_an_occasion_a_deed_or_a_post_named_by_its_ordinal_past_adjectives_and_names():
    # ECB+ 2_1ecb, 2_5ecb, 12_1ecbplus, 12_4ecbplus, 4_6ecb: labels of their noun's concept
    assert ranks(
        "World's sexiest man' Hugh Jackman has been roped in to host the 81st annual Academy "
        "Awards ceremony. Jackman's choice heralds a new direction for the 81st Oscar ceremony "
        "after recent years of falling TV ratings.",
        "en",
    ) == [
        ("81st annual Academy Awards ceremony", 81, "ceremony"),
        ("81st Oscar ceremony", 81, "ceremony"),
    ]
    assert ranks(
        "apprehending 26 Somali pirates and confiscating arms and ammunition, in the fifth "
        "successful anti - piracy operation since September. This anti - piracy action by INS "
        "Sukanya was the fifth successful operation by its crew during its current patrol "
        "mission in the Gulf of Aden since September this year.",
        "en",
    ) == [
        ("fifth successful anti - piracy operation", 5, "operation"),
        ("fifth successful operation", 5, "operation"),
    ]
    assert ranks(
        "Page reappeared in public in December 2003 for Playboy's 50th anniversary party, where "
        "she made a grand entrance with Anna Nicole Smith.",
        "en",
    ) == [("50th anniversary", 50, "anniversary")]
    # an edition of a series of occasions, as Arabic's "مهرجان العسل الدولي الثامن" (ECB+ 11_1ecb,
    # 11_11ecb)
    assert ranks(
        "The 4th parliamentary election of Turkmenistan ended Sunday evening as scheduled.", "en"
    ) == [("4th parliamentary election", 4, "numbered_event")]
    assert ranks(
        "Voters in Turkmenistan began to cast their ballots at 8 : 00 am local time (0300 GMT) on"
        " Sunday in the country's fourth parliamentary election.",
        "en",
    )[-1] == ("fourth parliamentary election", 4, "numbered_event")


def test_a_post_by_its_number():
    # ECB+ 28_1ecb, 28_2ecb, 28_3ecb, 28_8ecb: Felt's post at the FBI, four ways; "number"
    # alone is as often the word before any figure
    assert ranks(
        "As the second-ranking official in the FBI, Felt possessed authoritative knowledge of "
        "what came to be known as the Watergate conspiracy. '' Felt, the No. 2 official at the "
        "FBI when the Watergate case broke, kept his role in the story a secret for 30 years. "
        "W. Mark Felt, the former FBI second-in-command who revealed himself as \"Deep Throat '' "
        "30 years after he tipped off reporters. W. Mark Felt, Sr., the number 2 man at the FBI "
        "during the Watergate scandal, died yesterday.",
        "en",
    ) == [
        ("second-ranking", 2, "numbered"),
        ("No. 2", 2, "numbered"),
        ("second-in-command", 2, "numbered"),
    ]


def test_a_holder_in_a_line_of_holders_and_a_series_of_a_show():
    # ECB+ 39_10ecbplus, 39_4ecbplus, 39_1ecbplus, 39_7ecbplus, 39_9ecbplus, 25_9ecbplus: who
    # holds a part or a post by their place in its line are labels of `numbered`, as "(No.
    # 10)" of the same Doctor; a show's series both ways (ranks.yaml `series`, labels.yaml)
    assert ranks(
        "The Thick of It actor will play the 12th Doctor, replacing Matt Smith on BBC One's hit "
        "sci - fi drama. Capaldi will be the Twelfth Doctor and takes over from Matt Smith who "
        "leaves the show at Christmas. The 55 - year - old Glasgow - born star will be the 12th "
        "actor to play the Doctor, replacing out - going lead Matt Smith.",
        "en",
    ) == [
        ("12th Doctor", 12, "numbered"),
        ("Twelfth Doctor", 12, "numbered"),
        ("12th actor", 12, "numbered"),
    ]
    assert ranks(
        "It was first announced Smith would be leaving the show in June. He was the third to "
        "take on the role since the series was relaunched in 2005, following in the footsteps "
        "of Christopher Eccleston (9th Doctor) and David Tennant (10th Doctor).",
        "en",
    ) == [("9th Doctor", 9, "numbered"), ("10th Doctor", 10, "numbered")]
    assert ranks(
        "Thomas has an ankle injury, and he is the second running back in two days to be placed "
        "on IR as New Orleans prepares for its wild - card round playoff game at Seattle.",
        "en",
    ) == [("second running back", 2, "numbered")]
    assert [
        (claim.text, claim.value, claim.unit)
        for text in (
            "After lots of speculation, Peter Capaldi has been named the new Doctor for Series 8 "
            'of "Doctor Who. "',
            "Jenna Coleman, who plays current companion Clara, will join Capaldi for the show's "
            "eighth series since returning to screens in 2005.",
        )
        for claim in claims_in(text, "en", "2013-08-05")
        if claim.unit == "series"
    ] == [("Series 8", 8, "series"), ("eighth series", 8, "series")]


def test_an_ordinal_joined_to_its_noun_by_a_spaced_hyphen():
    # ECB+ 22_12ecbplus, 22_7ecbplus: wire text spaces the hyphen ("third-floor" in 22_8's
    # source reads the same)
    assert ranks(
        "Hiller walked to the third - floor mixing area and found four people in the break room. "
        "In the one - day, non - jury trial, Common Pleas Court judge Benjamin Lerner found "
        "Hiller guilty of two counts of first - degree murder and one count of attempted murder.",
        "en",
    ) == [("third - floor", 3, "floor"), ("first - degree", 1, "degree")]


def test_a_stopword_ends_the_words_between_an_ordinal_and_its_noun():
    # ECB+ 2_8ecbplus: "first" is when she hosted, not which Oscars
    assert [
        rank
        for rank in ranks(
            'DeGeneres, the star of her own daytime talk show "Ellen, " first hosted the Oscars '
            "in 2007, becoming only the second woman to fill that exalted role alone, after "
            "Whoopi Goldberg.",
            "en",
        )
        if rank[2] == "ceremony"
    ] == []


def test_ranked_number_two_is_a_rank_and_a_top_ten_no_tenth():
    # QuanTemp quantemp-test-1651 (claim) and quantemp-test-0511 (the fact-check's text)
    assert ranks(
        '"Wisconsin ranks No. 2 in economic growth", according to the Federal Reserve Bank of '
        "Philadelphia.",
        "en",
    ) == [("ranks No. 2", 2, "rank")]
    assert (
        ranks(
            "“We are proud of our Top 10 ranking in the World Economic Forum competitiveness "
            "report with respect to financial services.”",
            "en",
        )
        == []
    )


def test_one_more_of_those_a_clause_counted():
    # ECB+ 22_1ecbplus, 22_7ecbplus, 22_9ecbplus: the third co-worker the shooting wounded, a
    # label of `one_more` (extract/one_more.py); the count before it is no fraction's
    assert [
        (claim.text, claim.value, claim.unit)
        for text in (
            "Kenneth Dorsey says the woman accused of killing two co - workers and critically "
            "injuring a third at the Kraft plant in Northeast Philly is a good person.",
            "A Philadelphia judge today found a former Kraft Foods company employee guilty of "
            "murder in a workplace rampage exactly two years ago in Northeast Philadelphia that "
            "left two women dead and a third employee wounded.",
            "In her statement, Hiller admitted killing two coworkers and seriously wounding a "
            "third.",
        )
        for claim in claims_in(text, "en", "2012-09-10")
        if claim.unit == "one_more"
    ] == [("third", 3, "one_more")] * 3


def test_a_weekday_of_every_month_is_no_date():
    # ECB+ 27_8ecbplus: the day Microsoft's patches come out, a label of `weekday_of_month`
    # read over the date "Tuesday" alone would be (ranks.yaml `over_dates`)
    assert [
        (claim.text, claim.kind, claim.value, claim.unit)
        for claim in claims_in(
            "Normally, Microsoft releases security bulletins for software products on the second "
            "Tuesday of each month.",
            "en",
            "2013-09-18",
        )
    ] == [("second Tuesday", "count", 2, "weekday_of_month")]


def test_an_item_of_a_fixed_series_is_dated_by_no_sentence():
    # ECB+ 39_7ecbplus: "(10th Doctor)" names Tennant whenever told, not as of the 2005 its
    # sentence names (common/units.yaml `timeless`); the same sentence's "third" is no label
    claims = claims_in(
        "He was the third to take on the role since the series was relaunched in 2005, following "
        "in the footsteps of Christopher Eccleston (9th Doctor) and David Tennant (10th Doctor).",
        "en",
        "2013-08-04",
    )
    assert [(claim.text, claim.as_of) for claim in claims if claim.unit == "numbered"] == [
        ("9th Doctor", None),
        ("10th Doctor", None),
    ]
    # ECB+ 27_7ecbplus (September 2012) and 27_8ecbplus (September 2013): the day Microsoft's
    # patches come out, told a year apart, agrees
    assert findings_between(
        "Microsoft usually pushes out software updates and security patches on the second "
        "Tuesday of every month.",
        "Normally, Microsoft releases security bulletins for software products on the second "
        "Tuesday of each month.",
        language="en",
        published=("2012-09-19", "2013-09-17"),
    ) == [("agreement", "second Tuesday", "second Tuesday")]


def test_an_item_of_a_fixed_series_named_alike():
    # ECB+ 6_1ecbplus, 6_8ecbplus (45 alike): one noun of the kind ranked, a film (ranks.yaml
    # `alike`), in a story of one franchise (FC002 `series_item_similarity`)
    assert findings_between(
        "The stars of the film - the ones that survived, anyway - are already contractually "
        "obligated to appear in the second movie, but things haven't been going to great on "
        "the filmmaker side.",
        '" The second film in the Hunger Games trilogy is scheduled to hit theaters in November '
        "of 2013, allowing the studio and creators a limited window to prepare before "
        "production would need to begin.",
        language="en",
        published="2012-04-04",
    ) == [("agreement", "second film", "second movie")]
    # 39_7ecbplus, 39_9ecbplus: no noun on one side, but beside one holder both name
    assert findings_between(
        "He was the third to take on the role since the series was relaunched in 2005, following "
        "in the footsteps of Christopher Eccleston (9th Doctor) and David Tennant (10th Doctor).",
        "Every new Doctor represents a testing of the brand and a testing of the faithful ; there "
        "are viewers still mourning the loss of David Tennant (No. 10), and undoubtedly some who "
        "feel nothing's been as good since Tom Baker (No. 4) quit, back in 1981.",
        language="en",
        published=("2013-08-04", "2013-08-05"),
    ) == [("agreement", "10th Doctor", "No. 10")]
    # 6_5ecbplus's "first installment" is Twilight's, 6_2ecbplus's "first film" the Hunger
    # Games' (50 alike): the sentences name holders apart
    twilight = (
        "Summit memorably did not invite Catherine Hardwicke back to direct the second "
        "Twilight, despite the success of the first installment."
    )
    hunger_games = (
        "According to THR, negotiations on the first film were tough because Ross already had "
        "a successful, Oscar - nominated movie to his name (Seabiscuit), but Lionsgate had "
        "never paid a hefty filmmaker salary before."
    )
    assert findings_between(twilight, hunger_games, language="en", published="2012-04-04") == []


def test_a_place_in_a_ranking_by_one_measure_is_said_of_its_noun():
    # ECB+ 6_1ecbplus, 6_7ecbplus, 5_2ecbplus, 20_1ecbplus, 30_12ecb (ranks.yaml `said_of`): the
    # rank reads the noun phrase after the superlative, the kind ranked; without one, none
    assert ranks(
        "The film obviously wasn't hurt by this strategy, as it went on to shatter records and "
        "become the third highest grossing opening weekend title of all time. After opening to "
        "the third - biggest domestic debut weekend of all time, legitimate pop culture "
        "phenomenon The Hunger Games... He had a 162 - 139 record in Portland, the fourth - "
        "highest win total in Blazers history. Iran, the world's fourth-largest oil producer, is "
        "criss-crossed by faultlines. Verizon Communications Inc., the second-largest U.S. phone "
        "company, said it has rerouted traffic.",
        "en",
    ) == [
        ("third highest grossing opening weekend title", 3, "biggest"),
        ("third - biggest domestic debut weekend", 3, "biggest"),
        ("fourth - highest win total", 4, "biggest"),
        ("fourth-largest oil producer", 4, "biggest"),
        ("second-largest U.S. phone company", 2, "biggest"),
    ]
    # ECB+ 29ecbplus: a superlative said of no noun
    assert (
        ranks(
            "Charles ’ 226 yards rushing was good for the third most in a single game in franchise "
            "history.",
            "en",
        )
        == []
    )


def test_places_in_rankings_agree_only_of_one_kind():
    # ECB+ 6_1ecbplus, 6_7ecbplus: one kind ranked, "weekend" (FC002 `own_kind_ranks`)
    assert findings_between(
        "The film obviously wasn't hurt by this strategy, as it went on to shatter records and "
        "become the third highest grossing opening weekend title of all time.",
        "After opening to the third - biggest domestic debut weekend of all time, legitimate "
        "pop culture phenomenon The Hunger Games is already gearing up for the sequel.",
        language="en",
        published="2012-04-04",
    ) == [
        (
            "agreement",
            "third - biggest domestic debut weekend",
            "third highest grossing opening weekend title",
        )
    ]
    # what each ranks, its noun last (align/features.py `ranked_words`): a weekend both, a
    # company and a city (ECB+ 30_12ecb, 30_4ecbplus), a running back and a quarterback (25ecbplus)
    assert [
        ranked_words(text, "en")
        for text in (
            "third highest grossing opening weekend title",
            "third - biggest domestic debut weekend",
            "second-largest U.S. phone company",
            "second largest city",
            "fifth Saints running back",
            "fifth rookie quarterback",
            "12th Time Lord",
            "No. 10",
        )
    ] == [
        ("highest", "grossing", "opening", "weekend", "title"),
        ("biggest", "domestic", "opening", "weekend"),
        ("largest", "phone", "company"),
        ("largest", "city"),
        ("saints", "running", "back"),
        ("rookie", "quarterback"),
        ("time", "doctor"),
        (),
    ]


def test_which_of_a_streak_and_which_of_its_kind():
    # SaudiNewsNet snn-2015-08-08-0119 (em-outflows): the ordinal in construct three words
    # before "على التوالي"; snn-2015-08-09-0164 (mali-hotel), snn-2015-08-09-0203
    # (stem-cell-donors): "من نوعه", the first too
    assert ranks(
        "إن مستثمرين سحبوا 2.8 مليار دولار من الأسواق الناشئة الأسبوع الماضي في رابع عملية تخارج"
        " أسبوعية على التوالي"
    ) == [("رابع عملية تخارج أسبوعية على التوالي", 4.0, "streak")]
    assert ranks("والهجوم على سيفاري هو الثالث من نوعه خلال أقل من أسبوع في مالي") == [
        ("الثالث من نوعه", 3.0, "of_its_kind")
    ]
    assert ranks("ويعد السجل السعودي الأول من نوعه عربيًا في منطقة الشرق الأوسط") == [
        ("الأول من نوعه", 1.0, "of_its_kind")
    ]
    # snn-2015-08-07-0314: past the owner's "له"; snn-2015-08-08-1229: the streak's adjective
    assert ranks(
        "وكان خام القياس العالمي متجها بالفعل صوب تسجيل سادس خسارة أسبوعية له على التوالي"
    ) == [("سادس خسارة أسبوعية له على التوالي", 6.0, "streak")]
    assert ranks(
        "واصلت أسعار النفط تكبد خسائرها الأسبوعية بعد أن أغلقت على سادس خسارة أسبوعية متتالية"
    ) == [("سادس خسارة أسبوعية متتالية", 6.0, "streak")]
    # snn-2015-08-07 (gold-weekly): a streak's week is the week's rank, which the streak yields to
    assert ranks("وتراجع الذهب للأسبوع السابع على التوالي") == [("للأسبوع السابع", 7.0, "week")]


def test_a_school_grade_counts_the_years_of_school_of_its_stage():
    # SaudiNewsNet snn-2015-08-10-1190: the first of the intermediate stage is the seventh year
    assert ranks(
        "وأوضحت مديرة إدارة الموهوبات الدكتورة ليلى الصاعدي, أنه سيتم نقل 3 طالبات من الصف "
        "الرابع إلى الصف السادس الابتدائي, بالإضافة إلى نقل 10 طالبات من الصف الأول متوسط إلى "
        "الصف الثالث متوسط"
    ) == [
        ("الصف الرابع", 4, "grade"),
        ("الصف السادس الابتدائي", 6, "grade"),
        ("الصف الأول متوسط", 7, "grade"),
        ("الصف الثالث متوسط", 9, "grade"),
    ]
    # snn-2015-08-10-0411, snn-2015-08-10-1214
    assert ranks(
        "قال فهد الابن الأكبر للشهيد الرقيب ماجد فهد السبيعي الذي يدرس بالصف الثالث ثانوي"
    ) == [("بالصف الثالث ثانوي", 12, "grade")]
    assert ranks(
        "مبينا ان ابنه بدر في المرحلة الابتدائية واخته في الصف الثاني ابتدائي ووالديه على قيد "
        "الحياة"
    ) == [("الصف الثاني ابتدائي", 2, "grade")]


def test_a_row_or_a_tier_is_no_school_grade():
    # a mosque's front row, a party's second string (snn-2015-08-07-1026, snn-2015-08-08-0252)
    assert (
        ranks(
            "وجلس في الصف الأول يتلفت يمينا ويسارا، حتى حضر أشخاص آخرون فترك موقعه وعاد إلى الصف "
            "الأيمن للمسجد."
        )
        == []
    )
    assert (
        ranks(
            "اما المناظرة التي نظمت مساء الخميس لمرشحي الصف الثاني للحزب الجمهوري فقد تابعها 6.1 "
            "ملايين مشاهد."
        )
        == []
    )


def test_an_ordinal_after_the_adjectives_of_its_noun():
    # SaudiNewsNet snn-2015-08-07-1340, snn-2015-08-07-1458, snn-2015-08-09-0997: the edition of
    # a series of occasions, the week of a national series, past their definite adjectives
    assert ranks(
        "للوحة ضمن مناشط الجمعية التي أطلقتها بالمخيم الكشفي العالمي الـ 21 في المملكة المتحدة "
        "عام 2007، ومن ثم بدأت المرحلة الثانية لها بالمخيم الكشفي العالمي الـ 22 بالسويد"
    ) == [
        ("الـ 21", 21, "numbered_event"),
        ("المرحلة الثانية", 2, "phase"),
        ("الـ 22", 22, "numbered_event"),
    ]
    assert ranks(
        "يحرص المشاركون في المخيم الكشفي العالمي الثالث والعشرين المقام حاليا في اليابان"
    ) == [("الثالث والعشرين", 23, "numbered_event")]
    assert ranks(
        "تحت شعار «التسمم الغذائي» ضمن فعاليات الأسبوع الوطني السادس للوقاية من التسمم، وذلك في "
        "مدينتي الرياض وجدة"
    ) == [("السادس", 6, "week")]
    # snn-2015-08-10-0120: past a word of direction, the ordinal is a date's day
    assert (
        ranks("العودة عن القرار السابق الذي اتخذ الأسبوع الماضي الثالث من شهر أغسطس (آب) الحالي.")
        == []
    )


def test_an_ordinal_after_a_rank_word_with_its_owners_pronoun():
    # SaudiNewsNet snn-2015-08-08-0183 (a tour's stops), 2015-08-08-0733 (the municipal
    # elections' cycle), 2015-08-07-0394 (a festival's edition); ranks.yaml `possessed`
    assert ranks(
        "وأوضحت إدارة مكتبة الطفل في مكتبة الملك عبدالعزيز العامة، أن قطار القراءة في محطته "
        "الأولى في بانوراما مول استقطب ما يزيد على 1200 طفل"
    ) == [("محطته الأولى", 1, "stop")]
    assert ranks(
        "مشيراً إلى أن الانتخابات البلدية في دورتها الثالثة والتحديثات الإدارية مقارنة "
        "بالدورتين السابقتين قد شهدت اختلافا سيسهم في تعزيز العملية الانتخابية"
    ) == [("دورتها الثالثة", 3, "session")]
    assert ranks(
        "وبحضور صاحب السمو الأمير بدر بن محمد بن جلوي آل سعود محافظ الأحساء مهرجان جواثي "
        "الثقافي في نسخته الرابعة"
    ) == [("نسخته الرابعة", 4, "edition")]


def test_a_rank_word_with_a_pronoun_but_no_series_is_no_rank():
    # SaudiNewsNet snn-2015-08-07-1073, 2015-08-07-0097: a body's circulation, a person's tour
    assert ranks("لا تتوقف دورته الدموية عن الغليان من أشباه بشر") == []
    assert (
        ranks(
            "واستبدل الرئيس السيسي ملابسه العسكرية وارتدى الزي المدني عقب انتهاء جولته في قناة "
            "السويس الجديدة على متن يخت «المحروسة»."
        )
        == []
    )


def test_a_players_milestones_of_a_game_and_a_career():
    """ECB+ 31_13ecb: which of his points of the game and of his career, its thousands grouped
    before the ordinal's suffix; labels, which two players' never make conflict."""
    assert ranks(
        "The historical record will show that with 7:42 remaining in the first half against"
        " Evansville's Purple Aces, Tyler Hansbrough became UNC's all-time leading scorer,"
        " slipping a screen, fighting through a double-team, and banking in a two-pointer for his"
        " tenth point of the game and the 2,292nd point of his career.",
        "en",
    ) == [("tenth point", 10, "milestone"), ("2,292nd point", 2292, "milestone")]


def test_one_milestone_with_its_noun_and_without_agrees():
    """ECB+ 31_13ecb and 31_6ecb: Danny Green's 1,000th point, "of his career" for its noun."""
    found = findings_between(
        "Though Tywon Lawson had another dominant performance and Danny Green (who broke a"
        " milestone of his own with his 1,000th career point) showcased the increasingly"
        " confident game that makes his summer draft experiment seem less surprising, the Tar"
        " Heels grinded their way through a game with 16 turnovers.",
        "Ty Lawson added 16 points for the Tar Heels, while Danny Green had 14, including the"
        " 1,000th of his career.",
        language="en",
        published="2008-12-19",
    )
    assert ("agreement", "1,000th career point", "1,000th of his career") in found


def test_which_term_of_a_holder():
    # ECB+ 2_1ecbplus, 9_8ecbplus; SaudiNewsNet snn-2015-08-08-1035, snn-2015-08-09-1099
    assert ranks(
        "It will be her second stint in the job, after hosting the 2007 ceremony and earning an"
        " Emmy nomination for it.",
        "en",
    ) == [("second stint", 2.0, "term")]
    assert ranks(
        "Bush made the move to approve the last - minute legislation during his second term",
        "en",
    ) == [("second term", 2.0, "term")]
    assert ranks(
        "وخلال ولايته الأولى مع تشيلسي بين عامي 2004 و 2007 فاز مورينيو بلقب الدوري مرتين"
    ) == [("ولايته الأولى", 1.0, "term")]
    assert ranks(
        "وبعد أن تولى تدريب البلوز في الفترة بين 2004 و2007 بدأ مورينيو حقبته الثانية في قلعة"
        " ستامفورد بريدج في يونيو 2013"
    ) == [("حقبته الثانية", 2.0, "term")]
