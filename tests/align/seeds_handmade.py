"""The seed articles' figures, built by hand as extraction will give them (contract fields)."""

from __future__ import annotations

from functools import cache

from factcheck.models import Claim, Document
from tests.align.handmade import claim, contextual, document
from tests.conftest import SEEDS


@cache
def seed_documents() -> tuple[Document, Document]:
    afp = document("000.txt", (SEEDS / "000_13c517c7ce34dff0.txt").read_text("utf-8"), "2024-04-20")
    rt = document("002.txt", (SEEDS / "002_e9d20ef3cce80770.txt").read_text("utf-8"), "2024-04-24")
    return afp, rt


@cache
def seed_claims() -> tuple[Claim, ...]:
    afp, rt = seed_documents()
    gt = {"qualifier": "gt", "low": 1000, "unit": "troops"}
    return (
        *contextual(
            afp,
            [
                claim(afp, "أكثر من ألف جندي", value=1000, **gt),
                claim(afp, "ألف جندي", nth=1, value=1000, unit="troops"),
                claim(afp, "ما يزيد قليلاً على ألف جندي", value=1000, **gt),
                claim(afp, "العام الماضي", kind="date", date=("2023-01-01", "2023-12-31", "year")),
                claim(
                    afp, "26 يوليو الماضي", kind="date", date=("2023-07-26", "2023-07-26", "day")
                ),
                claim(
                    afp,
                    "يوليو (تموز) 2023",
                    kind="date",
                    date=("2023-07-01", "2023-07-31", "month"),
                ),
                claim(afp, "مارس (آذار)", kind="date", date=("2024-03-01", "2024-03-31", "month")),
                claim(
                    afp,
                    "يناير (كانون الثاني)",
                    kind="date",
                    date=("2024-01-01", "2024-01-31", "month"),
                ),
                claim(
                    afp,
                    "100 مليون دولار",
                    kind="money",
                    value=100e6,
                    qualifier="gt",
                    low=100e6,
                    unit="USD",
                ),
            ],
        ),
        *contextual(
            rt,
            [
                claim(rt, "أكثر من ألف جندي", value=1000, **gt),
                claim(rt, "الشهر الماضي", kind="date", date=("2024-03-01", "2024-03-31", "month")),
                claim(rt, "يناير", nth=0, kind="date", date=("2024-01-01", "2024-01-31", "month")),
                claim(rt, "2000 جندي", value=2000, unit="troops"),
                claim(rt, "حوالي 900 جندي", value=900, qualifier="approx", unit="troops"),
                claim(rt, "900 جندي", nth=1, value=900, unit="troops"),
                claim(rt, "900 جندي", nth=2, value=900, unit="troops"),
                claim(rt, "عام 2018", kind="date", date=("2018-01-01", "2018-12-31", "year")),
                claim(rt, "نحو 400 جندي", value=400, qualifier="approx", unit="troops"),
                claim(rt, "صيف عام 2024", kind="date", date=("2024-06-01", "2024-08-31", "month")),
                claim(rt, "نحو 800 جندي", value=800, qualifier="approx", unit="troops"),
                claim(rt, "156 مليون دولار", kind="money", value=156e6, unit="USD"),
            ],
        ),
    )
