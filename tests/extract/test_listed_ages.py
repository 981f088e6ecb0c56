"""Ages stated once for a list of numbers (extract/amounts.py `_list_unit`, `_ages_listed`):
each number of the list is an age, as the words after its last say, on corpus sentences."""

from __future__ import annotations

import pytest

from tests.extract.by_text import claims_by_text


@pytest.mark.parametrize(
    ("text", "language", "first", "value"),
    [
        # 16_10ecbplus: a hyphen left hanging before "and"
        (
            '"The murder was committed without regard in front of two extremely impressionable '
            'and young girls, "Hickok said, referring to the star witnesses in the case, two '
            "sisters - 8 - and 10 - year - old girls - who described the shooting for the jury.",
            "en",
            "8",
            8.0,
        ),
        # 36_5ecbplus: the first number spelt out
        (
            "Twelve - and 15 - year - old girls are not old enough to consent to engage in "
            "sexual activities.",
            "en",
            "Twelve",
            12.0,
        ),
        # 32_8ecb: a list of ages in digits
        (
            "The names of the women killed, who were 61 and 48 years old, have not been released.",
            "en",
            "61",
            61.0,
        ),
        # 33_11ecbplus: a list set off after a relation's noun, each number an age
        (
            "Lopez has been charged with murder ; his two half - brothers, 17 and 22, were also "
            "arrested.",
            "en",
            "22",
            22.0,
        ),
        # 36_2ecbplus: after a person's noun
        (
            "Those appetites included forcing sex on the two girls, 12 and 15, who he had taken "
            "as wives, prosecutors said.",
            "en",
            "12",
            12.0,
        ),
    ],
)
def test_each_number_of_a_list_of_ages_is_an_age(text, language, first, value):
    claim = claims_by_text(text, language)[first]
    assert (claim.kind, claim.unit, claim.subject, claim.value) == (
        "quantity",
        "year",
        "age",
        value,
    )


def test_a_list_of_terms_in_brackets_is_no_age():
    # snn-2015-08-11-0199: bonds of 5, 7 and 10 years, the list in brackets
    text = (
        "أصدرت وزارة المالية سندات تنمية حكومية بقيمة 5.3 مليار دولار (20 مليار ريال سعودي)، "
        "وتم تخصيص هذه السندات لعدد من المؤسسات العامة والبنوك التجارية المحلية، وتراوحت آجال "
        "السندات بين «5 و7 و10 سنوات»"
    )
    claim = claims_by_text(text, "ar")["5"]
    assert (claim.unit, claim.subject) == ("year", None)
