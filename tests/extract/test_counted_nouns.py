"""Branches of extract/counts.py that no other test broke (each removed in turn), on SaudiNewsNet
sentences: what a number counts when no word, a definite noun, or a cue's own figure follows."""

from __future__ import annotations

from factcheck.extract import extract_document
from factcheck.models import Document


def claims(sentence: str) -> list[tuple[str, str, float | None, str | None]]:
    document = Document(id="t", path="t", language="ar", published="2015-08-07", body=sentence)
    return [(c.text, c.kind, c.value, c.unit) for c in extract_document(document)]


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
