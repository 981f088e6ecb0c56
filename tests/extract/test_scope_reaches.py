"""How far a scope word reaches (lexicons/*/scopes.yaml `before_words`, `after_words`), on
real sentences: a figure whose scope word stands at the edge of its reach takes the scope, and
one whose word stands past it (another figure's) does not."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_in


def scope_of(sentence: str, figure: str, language: str) -> str | None:
    (claim,) = [
        claim for claim in claims_in(sentence, language, "2015-08-07") if claim.text == figure
    ]
    return claim.scope


@pytest.mark.parametrize(
    ("language", "sentence", "figure", "scope"),
    [
        # ECB+ 29_10ecb: clock, right after the length read whole (minutes and seconds)
        (
            "en",
            "Clark collected a one-yard touchdown pass with 12 minutes, 31 seconds remaining "
            "before Vinatieri tied the game and Ratliff got the winning touchdown.",
            "12 minutes, 31 seconds",
            "clock",
        ),
        # ECB+ 25_15ecbplus: addend, four words after
        (
            "en",
            "He played at Wayne State, where he finished with 6, 728 yards rushing with 96 "
            "touchdowns in addition to 918 yards and four scores receiving.",
            "6, 728 yards",
            "addend",
        ),
        # SaudiNewsNet snn-2015-08-07-1162: addend, four words after
        (
            "ar",
            "لقي 22 من رجال الأمن، و6 مواطنين مصرعهم، بالإضافة إلى إصابة 89 شخصاً بجروح متفرقة.",
            "22 من رجال الأمن",
            "addend",
        ),
        # ECB+ 3_5ecb: remainder, two words before
        (
            "en",
            "The Journal-Constitution said Nichols, who also received an additional sentence of "
            "485 years, offered a show of remorse before his sentence was announced Saturday.",
            "485 years",
            "remainder",
        ),
        # SaudiNewsNet snn-2015-08-07-0036: remainder, two words before
        (
            "ar",
            "وذكر المرصد ومقره بريطانيا “لا يزال مجهولا مصير 230 مواطنا من النازحين وسكان مدينة "
            "القريتين اختطفهم تنظيم الدولة الإسلامية.",
            "230 مواطنا",
            "remainder",
        ),
        # ECB+ 44_13ecbplus: part, two words before
        (
            "en",
            "HP is no slouch at acquisitions in its post - Compaq era, with more than 20 in the "
            "last few years, including Mercury for $4.5 billion for and most recently Opsware "
            "for $1.6 billion.",
            "$4.5 billion",
            "part",
        ),
        # SaudiNewsNet snn-2015-08-07-0078: part, two words before
        (
            "ar",
            "يذكر أن الخطوط السعودية قد تعاقدت مع شركة بوينج لشراء (20) طائرة من هذا الطراز , "
            "استلمت منها حتى الآن (18) طائرة وسوف تستلم الطائرة رقم (19) في شهر نوفمبر المقبل.",
            "(18) طائرة",
            "part",
        ),
        # SaudiNewsNet snn-2015-08-07-0804: limit, two words before
        (
            "ar",
            "في ظل الارتفاع غير المسوغ والمرهق لميزانيات الأندية التي تجاوزت في بعض الأحيان سقف "
            "ال 100 مليون ريال وهذه المعضلة يجب أن تكون ضمن اوليات الرئاسة العامة لرعاية الشباب.",
            "100 مليون ريال",
            "limit",
        ),
        # SaudiNewsNet snn-2015-08-07-0050: "اثنان منهم" is the part of the three, not they of
        # a total: a part word after a figure stands right after it
        (
            "ar",
            "تمكنوا من استيقاف سيارة جي إم سي 2007 بقيادة مواطن يستقلها ثلاثة أشخاص اثنان منهم "
            "سعوديا الجنسية والثالث لا يحمل ما يثبت هويته.",
            "ثلاثة أشخاص",
            None,
        ),
        # ECB+ 43_2ecbplus: the whole price, of which the cash is a part
        (
            "en",
            "AMD (NYSE : AMD) today announced it has signed a definitive agreement to acquire "
            "SeaMicro, a pioneer in energy - efficient, high - bandwidth microservers, for "
            "approximately $334 million, of which approximately $281 million will be paid in cash.",
            "approximately $334 million",
            None,
        ),
        # a share of the wounded or the dead a toll counted, right after the figure: two of the
        # wounded who died (snn-2015-08-07-0348), the wounded in intensive care (ECB+ 37_3ecbplus)
        (
            "ar",
            "وفي غضون ذلك بث موقع وزارة الداخلية انتقال اثنين من المصابين من منسوبي قوات الطوارئ"
            " الخاصة إلى - رحمة الله - متأثرين بإصابتهما بالتفجير",
            "اثنين من المصابين",
            "part",
        ),
        (
            "en",
            "He said at least 25 of the injured in his district were hospitalised in intensive"
            " care.",
            "at least 25 of the injured",
            "part",
        ),
    ],
)
def test_a_scope_word_reaches_as_far_as_its_language_says(language, sentence, figure, scope):
    assert scope_of(sentence, figure, language) == scope
