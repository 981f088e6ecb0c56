"""Stable finding ids: the rule, and each claim's document id and normalised text and sentence.

Offsets and line numbers are left out on purpose (SARIF partialFingerprints): an edit elsewhere
in an article moves every offset after it but must not change the ids a baseline stores.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from factcheck.lang.normalize import fold
from factcheck.models import Claim


def _normal(text: str) -> str:
    return " ".join(fold(text).text.split())


def fingerprint(rule_id: str, claims: list[Claim]) -> str:
    parts = sorted(
        f"{claim.document}\x1f{_normal(claim.text)}\x1f{_normal(claim.sentence)}"
        for claim in claims
    )
    digest = hashlib.sha256("\x1e".join([rule_id, *parts]).encode("utf-8")).hexdigest()
    return f"{rule_id}-{digest[:16]}"


def disambiguate(ids: list[str]) -> list[str]:
    """Identical fingerprints (the same sentence twice in one article) get -2, -3... in order."""
    seen: Counter[str] = Counter()
    result = []
    for finding_id in ids:
        seen[finding_id] += 1
        result.append(finding_id if seen[finding_id] == 1 else f"{finding_id}-{seen[finding_id]}")
    return result
