"""Draw the audit sample: random sentences with a figure or a date from real news (fixed seed).

Run from the repository root: `python -m tests.extract.audit.draw`; it prints a YAML skeleton
(sentence, source, published) per language, which was then labelled by hand.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import yaml

from factcheck.extract.sentences import sentence_spans

SEED = 20261204
# Relative dates are judged resolved: a record without its own date gets this one (a Wednesday).
FALLBACK_PUBLISHED = "2019-06-12"
CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
# A figure: any digit, or a scale / percent / month word, so number-word sentences count too.
FIGURE = re.compile(
    r"[0-9٠-٩۰-۹]|\b(?:hundred|thousand|million|billion|percent|January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b|"
    r"مليون|مليار|ألف|آلاف|مئة|مائة|بالمئة|المئة|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|"
    r"أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
)


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def _pool(records: list[dict], field: str, source: str) -> list[dict]:
    pool = []
    for record in records:
        for sentence in _sentences(record[field]):
            if 30 <= len(sentence) <= 400 and FIGURE.search(sentence):
                pool.append(
                    {
                        "source": f"{source}:{record['id']}",
                        "published": record.get("published") or FALLBACK_PUBLISHED,
                        "sentence": sentence,
                    }
                )
    return pool


def _draw(pool: list[dict], n: int, rng: random.Random) -> list[dict]:
    return rng.sample(pool, n)


def main() -> None:
    rng = random.Random(SEED)
    ecb = [
        r
        for path in sorted((CORPUS / "ecbplus" / "clusters").glob("*.jsonl"))
        for r in _records(path)
    ]
    gold = _records(CORPUS / "quantemp" / "test_gold_sample.jsonl")
    claims = _records(CORPUS / "quantemp" / "test_claims.jsonl")
    snn = [
        r
        for path in sorted((CORPUS / "saudinewsnet" / "articles").glob("*.jsonl"))
        for r in _records(path)
    ]
    ans = _records(CORPUS / "ans" / "ans_claims.jsonl")
    samples = {
        "en": _draw(_pool(ecb, "text", "ecbplus"), 40, rng)
        + _draw(_pool(gold, "doc", "quantemp-doc"), 20, rng)
        + _draw(_pool(claims, "claim", "quantemp-claim"), 20, rng),
        "ar": _draw(_pool(snn, "text", "saudinewsnet"), 60, rng)
        + _draw(_pool(ans, "text", "ans"), 20, rng),
    }
    yaml.safe_dump(
        samples[sys.argv[1]], sys.stdout, allow_unicode=True, sort_keys=False, width=1000
    )


if __name__ == "__main__":
    main()
