"""What alignment reads of a claim besides its value: the rule option for figures of no stated
unit, and the flags extraction sets (Claim.ordinal, Claim.elapsed) instead of notes to parse."""

from __future__ import annotations

from factcheck.align import load_rules
from factcheck.align.engine import align, block_key
from factcheck.align.rules import NeverCompareRule, RuleSet
from factcheck.extract import extract_document
from factcheck.models import Document


def _claims(texts: list[str], language: str = "ar"):
    documents = [
        Document(id=f"d{i}", path=f"d{i}", body=text, language=language, published="2015-08-09")
        for i, text in enumerate(texts)
    ]
    return documents, [claim for doc in documents for claim in extract_document(doc)]


def _without_open_units(rules: RuleSet) -> RuleSet:
    return RuleSet(
        rules=[
            rule.model_copy(update={"unstated_unit_matches": []})
            if isinstance(rule, NeverCompareRule)
            else rule
            for rule in rules.rules
        ]
    )


# ANS ans-stance-train-1202: one sum, in dollars on one side and of no stated currency on the other
TESLA = ["مؤسس تسلا يخسر 2.5 مليار دولار بسبب سؤال", "سؤال يكسب مؤسس تسلا مليار ونصف المليار"]


def test_a_sum_of_no_stated_currency_meets_dollars_only_where_the_rules_say_so():
    documents, claims = _claims(TESLA)
    dollars, unstated = (c for c in claims if c.kind == "money")
    assert (dollars.unit, unstated.unit) == ("USD", None)
    rules = load_rules([])
    assert block_key(dollars, rules) == block_key(unstated, rules)
    closed = _without_open_units(rules)
    assert block_key(dollars, closed) != block_key(unstated, closed)
    linked = {f.kind for f in align(claims, documents, rules) if len(f.claims) == 2}
    assert linked == {"conflict"}
    assert {f.kind for f in align(claims, documents, closed)} == {"single_source"}


def test_a_rank_is_flagged_ordinal_and_an_elapsed_span_elapsed():
    # ANS ans-stance-train-0538; ECB+ 19ecb ("after four days of riots")
    _, ranks = _claims(["اقتصاد ولاية أميركية يتجاوز بريطانيا.. ويصبح الخامس عالميا"])
    assert [(c.text, c.ordinal, c.elapsed) for c in ranks] == [("الخامس عالميا", True, False)]
    _, spans = _claims(["Greece was calm after four days of riots."], "en")
    assert [(c.text, c.ordinal, c.elapsed) for c in spans] == [("four days", False, True)]
    # flags for rules, not for the report: the JSON is what it was
    assert "ordinal" not in ranks[0].model_dump() and ranks[0].note == "ordinal"
