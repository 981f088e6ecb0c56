"""Branches of extract/counts.py that no other test broke (each removed in turn), on SaudiNewsNet
sentences: what a number counts when no word, a definite noun, or a cue's own figure follows."""

from __future__ import annotations

from tests.extract.by_text import claims_in


def claims(sentence: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(c.text, c.kind, c.value, c.unit) for c in claims_in(sentence, "ar", "2015-08-07")]


def test_a_number_followed_by_no_word_is_read_all_the_same():
    # where a noun is looked for after a number and no word stands there: snn-2015-08-09-1221
    # ("من 24 إلى 32 منتخبا") and snn-2015-08-07-0398 ("500 - 200 ق م -", years before Christ
    # in a book's chapter title: no figure at all)
    teams = claims(
        "وسيزيد عدد المنتخبات المشاركة في كأس العالم 2019 من 24 إلى 32 منتخبا وستقام المنافسات"
        " في 8 مدن صينية."
    )
    assert ("من 24 إلى 32", "count", None, None) in teams
    assert (
        claims(
            "والفصل الثالث بلاد العرب كما جاءت في كتابات العلماء القدماء 500 - 200 ق م - هومر -"
            " هيردوت والحدود والأقسام في بلاد العرب"
        )
        == []
    )


def test_a_number_before_a_definite_noun_counts_a_part_of_the_group():
    # snn-2015-08-07-0092: "وثلاثة من العاملين": three of the workers, a count
    found = claims(
        "ونفذ انتحاري العملية الإرهابية مرتديًا حزامًا ناسفًا مما أسفر عن «استشهاد» 15 شخصًا،"
        " ضمنهم 12 من رجال الأمن وثلاثة من العاملين في الموقع، إضافة إلى إصابة 7 آخرين."
    )
    assert ("وثلاثة", "count", 3, None) in found


def test_the_cues_own_figure_comes_before_a_conjunction_opens_the_next_clause():
    # snn-2015-08-07-0107: the dead of Hiroshima, told by "قتلوا"; a conjunction before the
    # cue's own figure ("والإشعاعات") opens no next clause: only one after that figure does
    found = claims(
        "ويقدر عدد الذين قتلوا من جراء الانفجار النووي والإشعاعات التي أعقبته بنحو 140 ألف شخص."
    )
    assert found == [("بنحو 140 ألف شخص", "count", 140000, "deaths")]


def test_a_feminine_noun_counted_after_a_place_is_an_amount():
    # snn-2015-08-11-0304: 11 to 99 count the accusative singular, which a feminine noun writes
    # with its taa marbuta and no alef: each region's events are counted, not names of places
    figures = [
        (text, value)
        for text, kind, value, _ in claims(
            "وفي محافظة الطائف 42 فعالية وفي منطقة الباحة 33 فعالية وفي منطقة نجران 31 فعالية وفي"
            " منطقة الرياض 96 فعالية وفي منطقة الحدود الشمالية 34 فعالية."
        )
    ]
    assert figures == [("42", 42.0), ("33", 33.0), ("31", 31.0), ("96", 96.0), ("34", 34.0)]


def test_a_brigade_or_a_festival_is_named_by_its_number():
    # snn-2015-08-08-0520, -08-11-0141: "اللواء 15" names a brigade (counts.yaml label_before)
    assert (
        claims("كما سيطر الجيش والمقاومة على اللواء 15 ميكا ومدينة زنجبار عاصمة محافظة أبين") == []
    )
    assert claims("ثم تلتها المواقع العسكرية في الضالع واللواء 33 مدرع القلعة") == []
    # snn-2015-08-09-1249: "بمحافظة" ends as a feminine noun does, but after ب it is no noun
    # counted: the festival's 36th edition
    assert claims("قدم أطفال مهرجان كاف السياحي 36 بمحافظة القريات، شكرهم لوزير التجارة") == []
    # snn-2015-08-07-0578: a qualifier between the brigade and the number makes it an amount
    tanks = claims("بينما كان يوجد في مقر اللواء حوالى 18 دبابة منها اكثر من اربع معطلة")
    assert ("حوالى 18", "count", 18.0) in [(text, kind, value) for text, kind, value, _ in tanks]


def test_a_number_in_brackets_counts_the_noun_after_them():
    # snn-2015-08-11-0338 (elections-343): "( 8 ) دوائر", set apart as releases do
    found = claims(
        "بإجمالي (50 ) دائرة انتخابية لهذه الأمانات الخمس، في حين تم تخصيص ( 8 ) دوائر انتخابية"
        " لأمانتي ( الطائف، والأحساء )"
    )
    assert ("8", "count", 8, None) in found


def test_a_part_of_them_counts_the_noun_after_its_bridge():
    # snn-2015-08-09-0330 and 08-0281 (asir-bomber): five of the fifteen dead were police;
    # snn-2015-08-07-0762: "ثلاثة منهم إصاباتهم بالغة" names no noun: no count of anyone
    assert ("خمسة", "count", 5, "police") in claims(
        "نتج عن الحادث الإجرامي استشهاد (15) مصليًا، خمسة منهم من رجال الأمن العاملين بالمقر"
    )
    assert ("5", "count", 5, "police") in claims(
        "نتج عن الحادث الإجرامي استشهاد (15) مصليا (5) منهم من رجال الأمن العاملين بالمقر"
    )
    assert [
        c
        for c in claims(
            "استشهد عشرة من منسوبي قوات الطوارىء الخاصة وثلاثة آخرون وأصيب تسعة آخرين ثلاثة"
            " منهم إصاباتهم بالغة في تفجير إرهابي"
        )
        if c[2] == 3 and c[3] is None
    ] == []


def test_a_share_is_of_no_noun_past_the_next_amount_unless_a_list_joins_them():
    # ECB+ 19_8ecb: the protesters are of neither: the 60 percent are of those polled, the
    # noun after its bridge (a share takes no noun further on)
    english = claims_in(
        "Another survey, in Kathimerini daily, put disapproval of the government at 68 percent "
        "with 60 percent of those polled saying the riots were a social uprising rather than an "
        "outburst by an isolated fringe of violent protesters.",
        "en",
    )
    assert [(c.text, c.subject) for c in english] == [
        ("68 percent", None),
        ("60 percent", None),
    ]
    # snn-2015-08-08-0660: a list shares the noun after its last item
    arabic = claims_in(
        "علماً بأن هذه الطرق تستخدم فقط بنسبة ٢٩% و٤٦% و١١% من الشركات على التوالي.", "ar"
    )
    assert [c.subject for c in arabic] == ["companies"] * 3


def test_a_buildings_floors_joined_to_their_number():
    # ECB+ 13_9ecb, 13_19ecb: the church's three floors, one figure of both reports
    texts = (
        "The arrived to find smoke and flames coming out of the windows at the back of the "
        "three-story building.",
        "found flames and smoke coming out windows at the back of the three-story structure",
    )
    for text in texts:
        assert [(c.text, c.value, c.unit) for c in claims_in(text, "en")] == [
            ("three-story", 3, "stories")
        ]


def test_young_men_are_counted_as_youths():
    # snn-2015-08-07-0022: the three flogged in Taif (SaudiNewsNet; the English "30 youths" of
    # ECB+ 19_12ecb is the same concept)
    assert ("3 شبان", "count", 3.0, "youths") in claims(
        "شهدت الساحة الموالية لجامع عبدالله بن العباس بالطائف اليوم تنفيذ حكم الجلد على 3 شبان"
        " موقوفين بالسجن العام"
    )


def test_the_numeral_one_after_a_unit_of_time_is_one_of_it():
    # snn-2015-08-07-0244, -1209: the canal completed in one year instead of five; 10-1658: a
    # course lasting one week; 07-0838: the tweets of one hour. Not "أحد" (10-0944: the
    # 79-year-old is one of the biggest investors), nor the definite "العام الواحد" (07-0789:
    # the plays of each year), whose numeral bears the article too
    assert ("عام واحد", "quantity", 1.0, "year") in claims(
        "واكتمل المشروع في عام واحد فقط بدلًا من خمس سنوات في التصورات الأولية."
    )
    assert ("أسبوعاً واحداً", "quantity", 1.0, "week") in claims(
        "وتتضمن الدورة التي تستمر أسبوعاً واحداً ، دروس علمية في شرح القواعد الأربع"
    )
    assert ("ساعة واحدة", "quantity", 1.0, "hour") in claims(
        'ووصلت عدد التغريدات في هاشتاق "تفجير مسجد الطوارئ" خلال ساعة واحدة إلى 386 ألف تغريدة'
    )
    assert ("79 عاماً", "quantity", 79.0, "year") in claims(
        "ويعتبر البغلي صاحب ال79 عاماً أحد أكبر المستثمرين الخليجيين بمدينة براهوفا"
    )
    assert (
        claims(
            "وقد أثبت المسرح نجاحه في المملكة على الرغم من حضوره الخجول من خلال عدد محدود من"
            " المسرحيات التي لا تتجاوز أصابع اليد في العام الواحد."
        )
        == []
    )
