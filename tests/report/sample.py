"""Hand-built Reports for the renderer tests: real Arabic and English sentences, fixed findings.

The renderers are tested on these rather than on the pipeline's output, so their tests hold
whatever extraction and alignment find; the goldens of `factcheck seeds/` cover the rest.
"""

from __future__ import annotations

import hashlib
import json
import re

from factcheck.models import Claim, DateSpan, Document, Finding, Report, summarize
from factcheck.read import read_inputs
from tests.conftest import SEEDS, shared_path

_SENTENCE_END = re.compile(r"[.!?؟](?=\s)|\n")

HOSTILE_BODY = (
    'Officials said <script>alert("body")</script> that 1,200 people were evacuated. '
    'A second report put the figure at 900 people "><img src=x onerror=alert("attr")>. '
    "Inline: </script><script>alert('json')</script> and {{ 7*7 }} and ${7*7}."
)


def make_claim(document: Document, text: str, kind: str, occurrence: int = 0, **fields) -> Claim:
    """A claim on the `occurrence`-th `text` of the body, with the sentence around it."""
    body = document.body
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(text, start + 1)
    end = start + len(text)
    begin = max((m.end() for m in _SENTENCE_END.finditer(body, 0, start)), default=0)
    stop = _SENTENCE_END.search(body, end)
    sentence = body[begin : stop.end() if stop else len(body)].strip()
    return Claim(
        id=f"{document.id}:{start}-{end}",
        document=document.id,
        start=start,
        end=end,
        text=text,
        sentence=sentence,
        kind=kind,
        **fields,
    )


def make_finding(kind: str, rule: str, claims: list[Claim], message: str) -> Finding:
    digest = hashlib.sha256(f"{rule}|{'|'.join(c.id for c in claims)}".encode()).hexdigest()
    severity = {"conflict": "error", "revision": "warning"}.get(kind, "note")
    return Finding(
        id=digest[:16],
        kind=kind,
        claims=[c.id for c in claims],
        rule=rule,
        message=message,
        severity=severity,
    )


def seed_documents() -> list[Document]:
    documents, errors = read_inputs([str(SEEDS)], 10_000_000)
    assert not errors
    # Paths as a checkout-relative name: the goldens must not hold this machine's folders.
    return [d.model_copy(update={"path": f"seeds/{d.id}"}) for d in documents]


def day(iso: str, granularity: str = "day") -> DateSpan:
    return DateSpan(start=iso, end=iso, granularity=granularity)


def seeds_report() -> Report:
    """The two seed articles (AFP, RT Arabic) with the findings the alignment issue asks for."""
    afp, rt = seed_documents()
    troops = {"unit": "troops", "subject": "US troops", "location": "Niger"}
    afp_troops = make_claim(afp, "أكثر من ألف جندي", "count", qualifier="gt", low=1000, **troops)
    rt_troops = make_claim(rt, "أكثر من ألف جندي", "count", qualifier="gt", low=1000, **troops)
    syria = {"unit": "troops", "subject": "US troops", "location": "Syria"}
    before = make_claim(
        rt, "حوالي 900 جندي", "count", value=900, low=855, high=945, qualifier="approx", **syria
    )
    after = make_claim(rt, "2000 جندي", "count", value=2000, low=2000, high=2000, **syria)
    coup = make_claim(
        afp,
        "يوليو (تموز) 2023",
        "date",
        date=DateSpan(start="2023-07-01", end="2023-07-31", granularity="month"),
        subject="coup",
        location="Niger",
    )
    coup_day = make_claim(
        afp, "26 يوليو الماضي", "date", date=day("2023-07-26"), subject="coup", location="Niger"
    )
    base = make_claim(
        afp,
        "100 مليون دولار",
        "money",
        value=100_000_000,
        low=100_000_000,
        qualifier="gt",
        unit="USD",
        subject="air base 201 cost",
        location="Niger",
    )
    fund = make_claim(
        rt,
        "156 مليون دولار",
        "money",
        value=156_000_000,
        low=156_000_000,
        high=156_000_000,
        unit="USD",
        subject="train and equip fund",
        location="Syria",
    )
    findings = [
        make_finding(
            "agreement",
            "FC301",
            [afp_troops, rt_troops],
            "Both articles put the US troops in Niger at more than 1,000.",
        ),
        make_finding(
            "revision",
            "FC201",
            [before, after],
            "The US troop count in Syria was revised from about 900 to 2,000.",
        ),
        make_finding(
            "agreement",
            "FC302",
            [coup, coup_day],
            "The coup is dated July 2023 and 26 July 2023: the same month.",
        ),
        make_finding("single_source", "FC390", [base], "Only AFP states the base's cost."),
        make_finding("single_source", "FC390", [fund], "Only RT Arabic states the fund."),
    ]
    claims = [afp_troops, coup, coup_day, base, rt_troops, before, after, fund]
    return _report([afp, rt], claims, findings)


def ans_documents() -> list[Document]:
    """ANS pair ans-stance-train-0282 (a value swap) as two articles of the same day."""
    path = shared_path("corpus", "ans", "ans_stance_pairs_numeric.jsonl")
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        if record["id"] == "ans-stance-train-0282":
            return [
                Document(
                    id=f"ans-0282-{side}.txt",
                    path=f"ans/ans-0282-{side}.txt",
                    language="ar",
                    published="2016-05-10",
                    outlet=outlet,
                    title=record[side],
                    body=record[side],
                )
                for side, outlet in (("a", "وكالة أ"), ("b", "وكالة ب"))
            ]
    raise AssertionError("ans-stance-train-0282 is missing from the ANS corpus")


def ecb_documents() -> dict[str, Document]:
    """Three ECB+ reports of the 2005 Qeshm earthquake (BBC, CBC, New York Times)."""
    path = shared_path("corpus", "ecbplus", "clusters", "20ecbplus.jsonl")
    documents, errors = read_inputs([str(path)], 10_000_000)
    assert not errors
    wanted = {"20_1ecbplus": "bbc", "20_7ecbplus": "cbc", "20_8ecbplus": "nyt"}
    relative = "ecbplus/clusters/20ecbplus.jsonl"  # to the corpus folder: the same everywhere
    return {
        wanted[d.id.split("#")[1]]: d.model_copy(update={"path": relative})
        for d in documents
        if d.id.split("#")[1] in wanted
    }


def sample_report() -> Report:
    """Seeds plus an Arabic conflict (ANS) and English findings (ECB+): every finding kind."""
    seeds = seeds_report()
    ans_a, ans_b = ans_documents()
    deficit = {"unit": "USD", "subject": "US budget deficit"}
    a = make_claim(ans_a, "٧٧ مليار", "money", value=77e9, low=77e9, high=77e9, **deficit)
    b = make_claim(ans_b, "٦٦ مليار", "money", value=66e9, low=66e9, high=66e9, **deficit)
    ecb = ecb_documents()
    island = {"unit": "people", "subject": "population of Qeshm island"}
    bbc_pop = make_claim(
        ecb["bbc"], "120, 000 people", "count", value=120000, low=120000, high=120000, **island
    )
    cbc_pop = make_claim(
        ecb["cbc"], "200, 000 people", "count", value=200000, low=200000, high=200000, **island
    )
    toll = {"unit": "deaths", "subject": "Qeshm earthquake death toll", "location": "Iran"}
    bbc_toll = make_claim(ecb["bbc"], "at least 10 people", "count", qualifier="ge", low=10, **toll)
    nyt_toll = make_claim(ecb["nyt"], "10 people", "count", value=10, low=10, high=10, **toll)
    findings = [
        make_finding(
            "conflict",
            "FC101",
            [a, b],
            "The US budget deficit is 77 billion in one article and 66 billion in the other.",
        ),
        make_finding(
            "conflict",
            "FC101",
            [cbc_pop, bbc_pop],
            "Qeshm island's population is 200,000 at CBC and 120,000 at the BBC.",
        ),
        make_finding(
            "agreement",
            "FC301",
            [bbc_toll, nyt_toll],
            "BBC and the New York Times agree on 10 dead.",
        ),
        *seeds.findings,
    ]
    documents = [*seeds.documents, ans_a, ans_b, ecb["bbc"], ecb["cbc"], ecb["nyt"]]
    claims = [*seeds.claims, a, b, bbc_pop, bbc_toll, cbc_pop, nyt_toll]
    return _report(documents, claims, findings)


def hostile_report() -> Report:
    """An article whose every field carries markup that must stay text."""
    document = Document(
        id='evil"><img src=x onerror=alert("id")>.txt',
        path="evil/evil.txt",
        language="en",
        published="2024-01-02",
        outlet='"><img src=x onerror=alert("outlet")>',
        title="</script><script>alert('title')</script>",
        url="javascript:alert('url')",
        body=HOSTILE_BODY,
    )
    later = document.model_copy(
        update={"id": "later.txt", "path": "evil/later.txt", "published": "2024-01-05"}
    )
    first = make_claim(
        document,
        "1,200 people",
        "count",
        value=1200,
        low=1200,
        high=1200,
        unit="people",
        subject='<b>evacuees</b>"',
    )
    second = make_claim(
        later,
        "900 people",
        "count",
        value=900,
        low=900,
        high=900,
        unit="people",
        subject='<b>evacuees</b>"',
    )
    finding = make_finding(
        "conflict", "FC101", [first, second], "<script>alert('message')</script> 1,200 vs 900"
    )
    return _report([document, later], [first, second], [finding])


def _report(documents: list[Document], claims: list[Claim], findings: list[Finding]) -> Report:
    return Report(
        documents=documents,
        claims=claims,
        findings=findings,
        summary=summarize(documents, claims, findings),
    )
