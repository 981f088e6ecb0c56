"""The day after a day its sentence names (extract/date_following.py), on sentences of the
SaudiNewsNet week quoted with their article id."""

from __future__ import annotations

from tests.extract.by_text import claims_in


def days(text: str, published: str) -> list[tuple[str, str | None]]:
    return [
        (claim.text, claim.date.start if claim.date else None)
        for claim in claims_in(text, "ar", published)
        if claim.kind == "date"
    ]


def test_the_day_after_a_day_the_sentence_names():
    # snn-2015-08-10-0681: the Saturday after the Friday of a weekend told on Monday
    assert days(
        "احتفل بنهاية الأسبوع في فندق ومنتجع موڤنبيك ينبع مع بوفيه المأكولات العالمية يوم "
        "الجمعة، واستمتع في اليوم التالي، بخيرات البحر الطازجة في مهرجان",
        "2015-08-10",
    ) == [("الجمعة", "2015-08-07"), ("اليوم التالي", "2015-08-08")]
    # snn-2015-08-08-0811: the day after the first of Dhu al-Qadah
    assert days(
        "على أن تعلن القائمة الأولية لاعضاء الجمعية العمومية في الأول من ذي القعدة، وفي اليوم "
        "التالي تتاح الفرصة للطعون لمدة ثلاثة ايام",
        "2015-08-08",
    ) == [("الأول من ذي القعدة", "2015-08-16"), ("اليوم التالي", "2015-08-17")]
    # snn-2015-08-08-1043: the day after next Wednesday's opening
    assert days(
        "ينطلق سوق عكاظ في نسخته التاسعة مساء الأربعاء القادم ( 7.15 مساءً ) متزينا بالريادة "
        "المعرفية ومجموعة من الأنشطة والبرامج والفعاليات وعرض مسرحي تاريخي، فيما سيبدأ النشاط "
        "المسرحي في اليوم التالي .",
        "2015-08-08",
    ) == [("مساء الأربعاء القادم", "2015-08-12"), ("اليوم التالي", "2015-08-13")]


def test_no_day_after_an_unnamed_day_or_the_papers_own():
    # snn-2015-08-07-0181: the day after his last day at work, which no sentence dates
    assert (
        days(
            "وأضاف: «كان هذا آخر يوم عمل له في الشركة الفرنسية وكان يستعد للعودة إلى بيته في اليوم "
            "التالي».",
            "2015-08-07",
        )
        == []
    )
    # snn-2015-08-08-0868: "اليوم" here is the day before the attack, not the paper's
    assert days(
        "أشار عبدالله الربعي، شقيق الشهيد أحمد الربعي، إلى أن أخاه كان على تواصل مع أسرته في "
        "اليوم، الذي سبق الحادثة، وكان اتصالا معتادا للاطمئنان "
        "عليهم، وإبلاغهم بأنه سيزورهم في اليوم التالي، ولكن قضاء الله سبق مشيئة أخيه",
        "2015-08-08",
    ) == [("اليوم", "2015-08-08")]
