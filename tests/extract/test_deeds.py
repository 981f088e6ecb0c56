"""The deed a length of time is the term of (Claim.deed, lexicons/*/durations.yaml `deeds`): one
cabinet session renews members of a board and appoints others to it, each "لمدة ثلاث سنوات"."""

from __future__ import annotations

from factcheck.models import Claim
from tests.extract.by_text import claims_by_text


def _term(text: str) -> Claim:
    return next(c for c in claims_by_text(text, "ar", "2015-08-11").values() if c.unit == "year")


def test_a_renewal_and_an_appointment_of_one_session():
    # snn-2015-08-11-1348 and -0147: the two decisions of one session on Saudia's board
    renewal = _term(
        "أ ــ تجديد عضوية الآتية أسماؤهم في مجلس إدارة المؤسسة العامة للخطوط الجوية العربية "
        "السعودية لمدة ثلاث سنوات :"
    )
    appointment = _term(
        "وتعيين أعضاء في مجلس إدارة المؤسسة العامة للخطوط الجوية العربية السعودية لمدة ثلاث "
        "سنوات ابتداءً من تاريخ صدور هذا القرار، وهم: الدكتور وليد بن محمد الحميدي."
    )
    assert (renewal.deed, appointment.deed) == ("renewal", "appointment")


def test_extending_a_contract_is_a_renewal():
    # snn-2015-08-08-0277
    term = _term(
        "أعلن نادي تشيلسي حامل لقب الدوري الإنجليزي الممتاز لكرة القدم مساء الجمعة عن تمديد عقد "
        "مدربه البرتغالي جوزيه مورينيو لمدة 4 أعوام."
    )
    assert term.deed == "renewal"
