"""Which currency a sum is in, and which dollar (extract/money.py, common/currencies.yaml
`defaults`): "$" alone is the US dollar unless the article states another dollar, and a dollar
named with its country or marked ("NT $", "دولار أسترالي") is that country's."""

from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.models import Document


def _units(text: str, language: str = "en", outlet: str | None = None) -> dict[str, str | None]:
    document = Document(id="d", path="d", body=text, language=language, outlet=outlet)
    return {claim.text: claim.unit for claim in extract_document(document) if claim.kind == "money"}


def test_a_marked_dollar_is_its_countrys():
    # ECB+ 43_7ecb: read as US dollars before
    units = _units(
        "TSMC stock traded on the TAIEX closed at NT $ 53.8 yesterday, up NT $ 0.9 from the "
        "previous trading day. AMD announced its purchase of Canada-based graphics chips maker "
        "ATI Technologies Inc. in a US $ 5.4 billion deal."
    )
    assert units == {"NT $ 53.8": "TWD", "NT $ 0.9": "TWD", "US $ 5.4 billion": "USD"}


def test_an_arabic_dollar_named_with_its_country():
    # SaudiNewsNet snn-2015-08-07-0123: read as "مليون دولار" in US dollars before
    units = _units(
        "باع الملياردير الأسترالي جيمس باكر قصره المكون من ستة طوابق في سيدني مقابل ما لا يقل "
        "عن 60 مليون دولار أسترالي (43.99 مليون دولار)، محطما بذلك الرقم القياسي السابق.",
        "ar",
    )
    assert units == {"ما لا يقل عن 60 مليون دولار أسترالي": "AUD", "43.99 مليون دولار": "USD"}


def test_a_bare_dollar_is_the_one_the_article_states():
    # made up: no corpus article states Canadian dollars (ECB+ 24ecb's "$ 137-million" names none)
    text = (
        "The deal is worth 137 million Canadian dollars, and the firm also paid $ 20 million "
        "in fees, or C$137 million ($108 million) in all."
    )
    assert _units(text) == {
        "137 million Canadian dollars": "CAD",
        "$ 20 million": "CAD",
        "C$137 million": "CAD",
        "$108 million": "USD",  # a conversion in brackets
    }


def test_a_bare_dollar_stays_american_when_nothing_says_otherwise():
    # ECB+ 43_2ecb: a Canadian company bought in US dollars; a Canadian outlet's "$" is Canadian
    text = (
        "Chip maker Advanced Micro Devices announced its intention to buy the Canadian graphics "
        "chip-maker for $ 5.4 billion on Monday."
    )
    assert _units(text) == {"$ 5.4 billion": "USD"}
    assert _units(text, outlet="The Globe and Mail") == {"$ 5.4 billion": "CAD"}


def test_cents_follow_the_articles_dollar():
    # ECB+ 40_1ecb: "cent" alone is of USD or EUR
    units = _units(
        "Apple Inc. (NASDAQ : AAPL) said iTunes songs will now have three-tiered pricing : 69 "
        "cents, 99 cents and $ 1.29, depending on how new or desirable the song is."
    )
    assert set(units.values()) == {"USD"}


def test_arabic_francs_roubles_and_yuan_are_money():
    # SaudiNewsNet snn-2015-08-10-1397, snn-2015-08-08-0120, snn-2015-08-07-0153: counts before
    units = _units(
        "ويتسلم الفائزون 50 ألف فرنك سويسري (56 ألف دولار). تصدرت قائمة الدول الأكثر استيرادًا"
        " للساعات السويسرية بواقع 307 ملايين فرنك سويسري، مقارنة بمبلغ 291 مليون فرنك في العام"
        " الماضي. وحذر من أن الوصول إلى مستوى 70 روبلا مقابل الدولار سوف يكون مضرا.",
        "ar",
    )
    assert units == {
        "50 ألف فرنك سويسري": "CHF",
        "56 ألف دولار": "USD",
        "307 ملايين فرنك سويسري": "CHF",
        "291 مليون فرنك": "CHF",
        "70 روبلا": "RUB",
    }


def test_mm_after_a_currency_symbol_is_millions():
    # ECB+ 10_20ecbplus and 10_21ecbplus: "$160MM" read as 160 millimetres before; 12ecb's
    # "7.62mm rifles" stay a length (no currency before them)
    document = Document(
        id="d",
        path="d",
        language="en",
        body=(
            "Tex is believed to be seeking more than $21MM per year, closer to Alex Rodriguez's "
            "$27.5MM per year. We have a report of a report that the Red Sox offered Mark "
            "Teixeira an eight - year, $200MM deal. They also confiscated seven AK-47s, a 5.56mm "
            "and a 7.62mm rifles, a grenade launcher, three outboard motors."
        ),
    )
    read = {(c.text, c.kind, c.value, c.unit) for c in extract_document(document)}
    assert {
        ("more than $21MM", "money", 21_000_000, "USD"),
        ("$27.5MM", "money", 27_500_000, "USD"),
        ("$200MM", "money", 200_000_000, "USD"),
    } <= read
    assert ("7.62mm", "quantity", 7.62, "mm") in read


def test_a_sum_before_a_relative_date_is_no_count_of_years():
    # QuanTemp quantemp-test-0745: "last" was read as an adjective before "year", the unit of
    # "$50 million", and the sum was lost
    claims = extract_document(
        Document(
            id="d",
            path="d",
            body="Says the University of Texas can afford to build a medical school because it "
            "has a $7 billion endowment and its football program had a $50 million profit last "
            "year.",
            language="en",
            published="2020-06-01",
        )
    )
    assert [(c.text, c.kind, c.value, c.unit) for c in claims if c.kind == "money"] == [
        ("$7 billion", "money", 7e9, "USD"),
        ("$50 million", "money", 5e7, "USD"),
    ]


def test_a_one_letter_currency_symbol_takes_a_sum_not_a_name():
    def money(text: str) -> list[tuple[str, float | None, str | None]]:
        document = Document(id="d", path="d", body=text, language="en", published="2021-01-01")
        return [(c.text, c.value, c.unit) for c in extract_document(document)]

    # QuanTemp: the naira's "N", read as nothing before
    assert money('"A presidential candidate needs to have N1 billion."') == [
        ("N1 billion", 1e9, "NGN")
    ]  # quantemp-test-0976
    assert money(
        "Obi Cubana is celebrating his mother’s funeral by giving out N25,750 which can be "
        "accessed via the attached link."
    ) == [("N25,750", 25750, "NGN")]  # quantemp-test-0646
    # quantemp-test-1548: a mask's name, no 95 naira; "one N95 mask" counts nothing
    assert money(
        "Wearing two Pnp face masks offers stronger protection than wearing one N95 mask."
    ) == [("two", 2.0, None)]
