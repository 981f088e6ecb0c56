"""A group named by its size ("الدول الست الكبرى", "الخمسة الكبار") is a count of its members,
read from real sentences (SaudiNewsNet, ANS); numbers of periods and of the last or first items
("الأشهر الثلاثة الماضية", "الخمس الأخيرة") are no group."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


def groups(text: str) -> list[tuple[str, float | None]]:
    return [
        (c.text, c.value) for c in claims_in(text, "ar", "2015-08-09") if c.unit == "group_members"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SaudiNewsNet snn-2015-08-09-0161, -0173, -0137, snn-2015-08-08-1337
        (
            "في إطار اتفاق تاريخي تم التوصل إليه في 14 يوليو بين طهران والدول الست الكبرى.",
            [("الست الكبرى", 6)],
        ),
        (
            "بينما لا يزال مستقبل «الاتفاق» النووي بين إيران والقوى الست العظمى، الذي أحيط",
            [("الست العظمى", 6)],
        ),
        (
            "في حين لم تتجاوز المدن الرئيسية الثلاث الكبرى 11 ألف عملية",
            [("الثلاث الكبرى", 3)],
        ),
        (
            "بالرغم من أن مجموع سكان بلداننا الثلاثة الكبار يفوق بكثير سكان أي بلد أوروبي.",
            [("الثلاثة الكبار", 3)],
        ),
        # ANS ans-stance-test-0120
        ("إنفوغرافيك.. صراع الخمسة الكبار", [("الخمسة الكبار", 5)]),
    ],
)
def test_a_definite_number_with_an_adjective_of_greatness_names_a_group(text, expected):
    assert groups(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-08-07 to 11: a period, the last items
        "بسبب مخالفات خلال الأشهر الثلاثة الماضية، إثر",
        "بعدما فشل في الخروج فائزًا من مبارياته الخمس الأخيرة، وأبرزها",
    ],
)
def test_other_definite_numbers_name_no_group(text):
    assert groups(text) == []


def counts(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (c.text, c.value, c.unit) for c in claims_in(text, "ar", "2015-08-11") if c.kind == "count"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # snn-2015-08-11-0338 (elections-343): the amanahs counted after their noun
        (
            "بإجمالي (50 ) دائرة انتخابية لهذه الأمانات الخمس، في حين تم تخصيص",
            [("50", 50, None), ("الخمس", 5, None)],
        ),
        # snn-2015-08-09-0176 (manutd-spurs): Rooney's three points
        (
            "الشيء الأكثر أهمية اليوم هو الفوز، الأمر كله تعلق بحصد النقاط الثلاث، وهذا كل ما كنا",
            [("الثلاث", 3, None)],
        ),
        # snn-2015-08-11-0167 (barcelona-sevilla): after a rank, the seasons it is told of
        (
            "في هذه المباراة للمرة السادسة في المواسم السبعة الأخيرة، ستعزز رصيدها",
            [("للمرة السادسة", 6, "nth_time"), ("السبعة", 7, None)],
        ),
        # snn-2015-08-09-0145: the noun's concept, when the lexicon knows it
        (
            "إن الجنود الثلاثة قتلوا «خلال مشاركتهم في عملية إعادة الأمل",
            [("الثلاثة", 3, "troops")],
        ),
    ],
)
def test_a_definite_number_after_a_definite_noun_counts_it(text, expected):
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # snn-2015-08-10-0572: the fifteen sectors, not five
        "وأغلقت كافة قطاعات السوق الخمسة عشر على ارتفاعات متباينة",
        # snn-2015-08-07-0751: twenty-six platforms, not six
        "إدخال تعديلات على المنصات القائمة الستة والعشرين الخاصة بمراقبة ضغط المكامن.",
        # a day, not one: "اليوم الأحد"
        "قتل شرطيان اليوم الأحد عندما انفجرت عبوة",
    ],
)
def test_a_definite_number_that_is_part_of_another_or_a_day_counts_nothing(text):
    assert [c for c in counts(text) if c[2] is None or c[1] in (1, 5, 6)] == []


def collectives(text: str) -> list[tuple[str, float | None]]:
    return [
        (c.text, c.value) for c in claims_in(text, "ar", "2015-08-11") if c.unit == "collective"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # snn-2015-08-11-0167 (barcelona-sevilla): the sextuple, the treble
        (
            "يقف إشبيلية الإسباني عقبة أولى بين مواطنه برشلونة وحلم السداسية عندما يتواجه معه",
            [("السداسية", 6)],
        ),
        (
            "ويبحث برشلونة، الفائز في نهاية الموسم الماضي بثلاثية الدوري والكأس المحليين",
            [("بثلاثية", 3)],
        ),
        # snn-2015-08-08-0126: the four clubs of a title race
        (
            "من المتوقع أن يكون الصراع على اللقب بين الرباعي تشيلسي وآرسنال ومانشستر سيتي",
            [("الرباعي", 4)],
        ),
        # adjectives: the tripartite aggression, a trilateral summit, a 3-D picture
        # (snn-2015-08-09 to 11)
        ("في ذكرى العدوان الثلاثي ١٩٥٦ على مصر", []),
        ("تعقد القمة الثلاثية التي دعت إليها", []),
        ("وتعرض صورة ثلاثية الأبعاد للمشروع", []),
    ],
)
def test_a_collective_number_noun_is_a_label_and_its_adjective_nothing(text, expected):
    assert collectives(text) == expected
