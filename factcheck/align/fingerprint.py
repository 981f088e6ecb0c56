"""Stable finding ids: the rule, and each claim's document id, text and sentence (spaces folded).

Offsets and line numbers are left out on purpose (SARIF partialFingerprints): an edit elsewhere
in an article moves every offset after it but must not change the ids a baseline stores.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from functools import lru_cache

from factcheck.models import Claim


@lru_cache(maxsize=1 << 16)  # the claims of one sentence share it
def _normal(text: str) -> str:
    return " ".join(text.split())


def fingerprint(rule_id: str, claims: list[Claim]) -> str:
    parts = sorted(
        f"{claim.document}\x1f{_normal(claim.text)}\x1f{_normal(claim.sentence)}"
        for claim in claims
    )
    # surrogatepass: a lone surrogate (a JSON record's escape, a file name in another encoding)
    # hashes like any other code point instead of failing the run.
    joined = "\x1e".join([rule_id, *parts])
    digest = hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{rule_id}-{digest[:16]}"


def disambiguate(ids: list[str]) -> list[str]:
    """Identical fingerprints (the same sentence twice in one article) get -2, -3... in order."""
    # Counted in C first: a Counter's += on each of 30,000 new ids goes through __missing__.
    repeated = {finding_id: 0 for finding_id, count in Counter(ids).items() if count > 1}
    result = list(ids)
    if repeated:
        for index, finding_id in enumerate(ids):
            if finding_id in repeated:
                seen = repeated[finding_id] = repeated[finding_id] + 1
                if seen > 1:
                    result[index] = f"{finding_id}-{seen}"
    return result
