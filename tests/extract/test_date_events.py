"""The event a date is of: the nearest event noun of its own clause, before one of the sentence's
next clause ("struck ... on Tuesday, killing at least one": the quake's day, which the killing
shares); "opened fire" is a shooting, no fire."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_by_text


@pytest.mark.parametrize(
    ("article", "text", "language", "date", "event"),
    [
        (
            "37_14ecbplus",
            "A strong earthquake struck Indonesia's Aceh province on Tuesday, killing at least "
            "one person and leaving two others missing.",
            "en",
            "Tuesday",
            "earthquake",
        ),
        (
            "3_6ecb",
            "He's the former Kutztown University football player who went on a shooting rampage "
            "at an Atlanta courthouse in 2005, killing four people.",
            "en",
            "2005",
            "attack",
        ),
        (
            "18_4ecb",
            "A former employee recently let go from his job opened fire at an office Christmas "
            "party Friday, killing one person, police said.",
            "en",
            "Friday",
            "attack",
        ),
        (
            "snn-2015-08-10-0125",
            "ثم أتى النموذج الأشهر والأكبر في تفجير كنيسة سيدة النجاة في 31 أكتوبر (تشرين الأول) "
            "عام 2010، الذي أسفر عن مقتل 58 قتيلا",
            "ar",
            "31 أكتوبر (تشرين الأول) عام 2010",
            "attack",
        ),
        # a time's colon parts no clause: the arrest's day, not the murder's it was charged with
        (
            "22_5ecb",
            "Staunton Police Chief Jim Williams announced 61-year-old Sharron Diane Crawford Smith "
            "was arrested around 10:24 a.m. Friday and charged with two counts of first degree "
            "murder.",
            "en",
            "Friday",
            "arrest",
        ),
        # a founding, told by either verb: "a party of Turkmenistan industrialists and
        # entrepreneurs was established in August 2012" / "– founded in 2012 –" (11_3ecbplus)
        (
            "11_1ecbplus",
            "On this basis, a party of Turkmenistan industrialists and entrepreneurs was "
            "established in August 2012 in Ashgabat with the participation of 300 delegates",
            "en",
            "August 2012",
            "founding",
        ),
        (
            "snn-2015-08-09-1265",
            "والذي يعد ثالث أكبر سيرك بالعالم، كونه عريقاً جاء بأكثر من 20 دولة في أنحاء أوروبا "
            "وآسيا وأفريقيا منذ تأسيسه عام 1906م.",
            "ar",
            "عام 1906م",
            "founding",
        ),
    ],
)
def test_a_date_is_of_its_clauses_event(article, text, language, date, event):
    assert claims_by_text(text, language, "2015-08-10")[date].subject == event, article


def test_a_laws_year_is_its_name_and_dates_no_figure():
    # ECB+ 43_15ecbplus (2012): the grant's year is not the Act's
    claims = claims_by_text(
        "AMD is paying $281m in cash and $53m in stock to acquire privately held SeaMicro, which "
        "raised $35m in two rounds of funding and also got $9.3m in funding from the US "
        "government as part of the $787bn American Recovery and Reinvestment Act (ARRA) of 2009.",
        "en",
        "2012-02-29",
    )
    assert claims["$9.3m"].as_of is not None and claims["$9.3m"].as_of.start == "2012-02-29"
