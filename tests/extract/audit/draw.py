"""Draw the audit sample: random sentences with a figure or a date from real news (fixed seed).

Run from the repository root: `python -m tests.extract.audit.draw en|ar`; it prints a YAML
skeleton (sentence, source, published) per language, which was then labelled by hand.
`python -m tests.extract.audit.draw en|ar SEED` draws a fresh 40 instead: sentences of documents
that neither the sample nor any test cites (README.md, fourth draw; from the fifth, en takes
QuanTemp articles too and ar ANS headlines).
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


# A document id as tests and lexicon comments cite them (SaudiNewsNet, ECB+, QuanTemp).
_CITED_ID = re.compile(
    r"snn-2015-08-\d\d-\d{4}|\b\d+_\d+ecb(?:plus)?\b|quantemp-test-\d{4}|ans-claim-[a-z]+-\d{4}"
)


def _seen() -> tuple[set[str], str]:
    """The document ids and the text of the repository's tests and sources: what has been seen."""
    root = Path(__file__).resolve().parents[3]
    text = "\n".join(
        path.read_text(encoding="utf-8")
        for folder in ("tests", "factcheck")
        for path in (root / folder).rglob("*")
        if path.suffix in {".py", ".yaml", ".md"}
    )
    return set(_CITED_ID.findall(text)), text


def _unseen(pool: list[dict], seen: tuple[set[str], str]) -> list[dict]:
    """Sentences of uncited documents that no test quotes (wire copy repeats a sentence)."""
    ids, text = seen
    return [
        item
        for item in pool
        if item["source"].split(":", 1)[1] not in ids and item["sentence"][:50] not in text
    ]


def _fresh(language: str, seed: int, corpora: dict[str, list[dict]]) -> list[dict]:
    rng = random.Random(seed)
    seen = _seen()
    if language == "ar":
        return _draw(_unseen(_pool(corpora["snn"], "text", "saudinewsnet"), seen), 30, rng) + _draw(
            _unseen(_pool(corpora["ans"], "text", "ans"), seen), 10, rng
        )
    return (
        _draw(_unseen(_pool(corpora["ecb"], "text", "ecbplus"), seen), 24, rng)
        + _draw(_unseen(_pool(corpora["gold"], "doc", "quantemp-doc"), seen), 8, rng)
        + _draw(_unseen(_pool(corpora["claims"], "claim", "quantemp-claim"), seen), 8, rng)
    )


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
    if len(sys.argv) > 2:
        corpora = {"ecb": ecb, "gold": gold, "claims": claims, "snn": snn, "ans": ans}
        fresh = _fresh(sys.argv[1], int(sys.argv[2]), corpora)
        yaml.safe_dump(fresh, sys.stdout, allow_unicode=True, sort_keys=False, width=1000)
        return
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
