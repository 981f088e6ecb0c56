"""Records: an ordinal whose clause says what was done first (extract/records.py)."""

from __future__ import annotations

from tests.extract.by_text import claims_in


def records(text: str) -> list[tuple[str, float | None]]:
    return [(c.text, c.value) for c in claims_in(text, "en") if c.unit == "record"]


def test_the_first_of_a_kind_to_do_something():
    # ECB+ 34_4ecbplus, 9_1ecb, 9_8ecb
    assert records(
        "She was the first African - American woman to head a state medical society and "
        'received a MacArthur Foundation "genius grant" last year.'
    ) == [("first", 1)]
    assert records("It was the first animal to be listed because of climate change.") == [
        ("first", 1)
    ]
    assert records(
        "The rule regarding polar bears comes seven months after that animal became the first "
        "to be placed on the Endangered Species List primarily because of global climate "
        "change."
    ) == [("first", 1)]


def test_a_first_of_all_time():
    # ECB+ 11_3ecbplus
    assert records(
        "For the first time in post - Soviet Turkmenistan's history, its parliamentary "
        "elections will have two parties, ITAR - TASS reported September 26, citing the "
        "country's Central Election and Referendum Commission (TsKVPR)."
    ) == [("first", 1)]


def test_two_firsts_joined_share_the_deed_after_the_second():
    # ECB+ 34_1ecbplus, 34_6ecbplus (a comma joins "the first woman" to the next first)
    assert records(
        "Benjamin received the Nelson Mandela Award for Health and Human Rights in 1998, and was "
        "elected to the American Medical Association Board of Trustees in 1995, making her the "
        "first physician under age 40 and the first African - American woman to be elected."
    ) == [("first", 1), ("first", 1)]
    assert records(
        "She is the first woman, first African American woman and first person under age 40 to "
        "sit on the board of trustees of the American Medical Association, serving from 1995 "
        "through 1998."
    ) == [("first", 1), ("first", 1), ("first", 1)]


def test_another_a_joined_ordinal_and_a_first_with_no_deed_are_no_records():
    # ECB+ 22_1ecbplus ("a third", another), 22_7ecbplus ("first - degree"), 34_5ecbplus,
    # 18_2ecbplus ("at first"), 41_5ecbplus (no deed after "to"), 8_1ecbplus (of another thing)
    for text in (
        "Kenneth Dorsey says the woman accused of killing two co - workers and critically "
        "injuring a third at the Kraft plant in Northeast Philly is a good person.",
        "In the one - day, non - jury trial, Common Pleas Court judge Benjamin Lerner found "
        "Hiller guilty of two counts of first - degree murder and one count of attempted "
        "murder.",
        "She served as a member of the AMA's Board of Trustees with the dual distinctions of "
        "being the AMA's first young physician trustee, as well as the first African - American "
        "woman board member.",
        "Police at first told workers to stay in their offices but a short time later evacuated "
        "the building, about 15 miles north of Detroit.",
        "Last week, Khartoum submitted its second complaint to the U.N. Security Council, "
        "accusing South Sudan of supplying anti - aircraft and anti - tank missiles, ammunition, "
        "landmines and mortars to insurgents in South Kordofan and Blue Nile states.",
        "The general strike was the first major test of the Socialist government's resolve to "
        "push through unprecedented measures",  # cut before the euro sign the copy garbles
    ):
        assert records(text) == [], text


def test_an_arabic_record_said_of_a_pronoun():
    # SaudiNewsNet 2015-08-11-0167, 2015-08-09-0105: the Nth of its kind, the predicate of a
    # pronoun with a relative after it (ar/ranks.yaml `record`); "هي المرة الأولى التي" is a
    # first time, no record (2015-08-09-0626); "يتم" says no deed (2015-08-11-0028)
    assert [
        (claim.text, claim.value)
        for text in (
            "كما أنها التاسعة التي يوجد فيها برشلونة في هذه المباراة مقابل 7 لميلان و5 لليفربول",
            "وهذه الهجمات هي الأولى التي تضرب العاصمة الأفغانية منذ تعيين الملا اختر منصور على "
            "رأس حركة طالبان",
            "ومفاعل “سينداي” ، هو الأول الذي يتم إعادة تشغيله في ظل لوائح محدثة",
            "وتعد هذه هي المرة الأولى التي يخفق فيها تشيلسي في الفوز بمباراته الأولى في المسابقة",
        )
        for claim in claims_in(text, "ar")
        if claim.unit == "record"
    ] == [("التاسعة", 9), ("الأولى", 1)]


def test_an_arabic_first_with_its_noun_in_construct():
    # SaudiNewsNet 2015-08-07-0181, 2015-08-07-0041, 2015-08-10-0243, 2015-08-10-1151: "أول"
    # before the indefinite noun of its kind, after a pronoun or a verb of being (ar/ranks.yaml
    # `record` `construct`), the noun its text; "أول ما", "أول المستنكرين" name no kind
    # (2015-08-07-0073, 2015-08-07-0470)
    assert [
        (claim.text, claim.value)
        for text in (
            "وتوميسلاف سالوبيك (31 سنة) هو أول أجنبي يخطف ويهدد بالقتل من قبل «ولاية سيناء»",
            "وهي أول عملية خطف تستهدف كرواتيا أيضا.",
            "وتتجه عقود النفط الامريكي الي تسجيل سادس اسبوع من الخسائر وهي اول سلسلة انخفاضات"
            " متصلة منذ ان هبطت على مدى سبعة اسابيع",
            "فيما يعد أول مفاعل نووي يعود للعمل منذ كارثة فوكوشيما النووية .",
            "للمرة الثانية في تاريخ النادي ليصبح أول ناد في العالم يحرز هذه الثلاثية مرتين",
            "وأشار إلى أن شأن دماء المسلمين عند الله عظيم, فهي أول ما يفصل الله بها من الخصومات",
            "التي كان من المفروض أن تكون هي أول المستنكرين والرافضين لمثل هذا",
        )
        for claim in claims_in(text, "ar")
        if claim.unit == "nth_of_kind"
    ] == [
        ("أول أجنبي", 1),
        ("أول عملية", 1),
        ("اول سلسلة", 1),
        ("أول مفاعل", 1),
        ("أول ناد", 1),
    ]


def test_an_arabic_first_of_a_kind_named_in_quotes():
    # SaudiNewsNet snn-2015-08-10-0817 (after a pronoun), 2015-08-11-0030 (none before it): the
    # quoted name coined for a new kind is the noun of "أول", with no adjective after it
    texts = (
        "ويقول عنها إنها أول «سيارة في حقيبة» في العالم.",
        "نجح مهندس ياباني أخيرا في ابتكار ما أطلق عليها أول “سيارة في حقيبة” في العالم، إذ لا "
        "يزيد حجمها عن حجم الكمبيوتر المحمول",
    )
    assert [
        (claim.text, claim.value)
        for text in texts
        for claim in claims_in(text, "ar")
        if claim.unit == "nth_of_kind"
    ] == [("أول «سيارة في حقيبة»", 1), ("أول “سيارة في حقيبة”", 1)]


def test_an_arabic_first_named_by_its_noun_and_adjective():
    # SaudiNewsNet snn-2015-08-07-0077, -0364, -0104: "أول" with no determiner names a first of
    # a kind when an indefinite adjective agreeing with its noun follows (ranks.yaml `record`),
    # not after a post (snn-2015-08-09-0095, 2015-08-07-0097); a count among its words is the
    # count's (snn-2015-08-07-0156)
    texts = (
        "استقبل مطار منطقة الجوف اليوم أول رحلة دولية تابعه لشركة طيران النيل قادمة من مطار "
        "القاهرة الدولي",
        "حيث حطت فيه أول طائرة مدنية تتبع الخطوط الجوية اليمنية قادمة من جيبوتي",
        "مع قصف طائرة أميركية من دون طيار هدفا لتنظيم داعش في سوريا، في أول عملية جوية لطائرة "
        "أميركية تقلع من تركيا.",
        "بمعاملة «الشهداء» العريف أول جمعة جوهر جمعة الحمادي، والعريف أول خالد محمد عبد الله "
        "الشحي، والعريف أول فاهم سعيد أحمد الحبسي",
        "بجوار الفريق أول صدقي صبحي وزير الدفاع والإنتاج الحربي الحالي",
        "واستهل ماريا مسيرته مع مانشستر الموسم الماضي بشكل رائع حيث سجل ثلاثة أهداف في أول أربع "
        "مباريات",
    )
    assert [
        (claim.text, claim.value, claim.unit)
        for text in texts
        for claim in claims_in(text, "ar")
        if claim.unit == "nth_of_kind" or claim.text == "أربع"
    ] == [
        ("أول رحلة دولية", 1, "nth_of_kind"),
        ("أول طائرة مدنية", 1, "nth_of_kind"),
        ("أول عملية جوية", 1, "nth_of_kind"),
        ("أربع", 4, None),
    ]
