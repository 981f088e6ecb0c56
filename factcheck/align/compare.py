"""One pair of claims under the rules: never-compare, the comparability gate, the finding rules."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import product

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from factcheck.align.anchors import (
    anchors_of,
    event_sizes,
    own_event_sizes,
    sizes_apart,
    stated_sizes,
)
from factcheck.align.crosslingual import across, neutral_similarity, shared_neutral
from factcheck.align.digit_figures import NUMBER, YEAR_OR_HIJRI, states_year
from factcheck.align.features import (
    CONTENT_LETTERS,
    CONTRAST,
    NEW,
    OLD,
    Features,
    day,
    echo,
    is_moment,
    near_words,
    neighbours,
    one_kind_ranked,
    one_record,
    one_round_sum,
    one_series_item,
    one_specific_value,
    one_timed_moment,
    record,
    score,
    significant_digits,
    stated_number,
    truncated_floor,
)
from factcheck.align.intervals import Interval, significant_unit
from factcheck.align.rules import (
    ComparableRule,
    CuesRule,
    FindingRule,
    Match,
    NeverCompareRule,
    OneValueWith,
    RuleSet,
    open_concept_kinds,
)
from factcheck.align.stories import LEAD_CHARS
from factcheck.align.undated import is_undated, meet, names_weekday
from factcheck.extract.ages import AGE
from factcheck.extract.context import generated, lead_places, states
from factcheck.extract.context import seas as sea_keys
from factcheck.extract.date_absolute import NO_YEAR
from factcheck.extract.date_shapes import UNRESOLVED
from factcheck.extract.holders import same_holder
from factcheck.extract.occasions import occasions_apart
from factcheck.extract.persons import persons_differ
from factcheck.extract.units import (
    days_in,
    durations,
    event_units,
    personal_concepts,
)
from factcheck.lang.clitics import bare_in, content_key, shared_bags, unglue_words
from factcheck.lang.lexicon import load
from factcheck.lang.normalize import fold_text
from factcheck.lang.phrases import PhraseMatcher
from factcheck.lang.tokens import CLAUSE_MARK, DIGITS, LETTERS
from factcheck.models import LEARNED, Claim, ClaimKind, Reference


@dataclass(frozen=True, slots=True)
class Verdict:
    rule: FindingRule
    old: Features  # the earlier figure of the pair ("a" in messages)
    new: Features
    # one sentence printed twice (comparable `repeated_sentence_words`): its claims agree
    # whatever owners and places the rest of their articles lent them
    repeated: bool = False
    # An agreement the rules gave is not asked whether it prints one sentence twice until its
    # groups are apart (findings.py): the words each side of 40,000 pairs of the week are
    # read for a few. Then this is the gate's `repeated_sentence_words`.
    unasked_reach: int = 0

    def prints_one_sentence(self) -> bool:
        return self.repeated or (
            self.unasked_reach > 0 and _repeated(self.old, self.new, self.unasked_reach)
        )


# What a pair of claims is, as far as it decides which finding rules it may meet whichever
# claim is the earlier: (their kind, of one article, how many of the two are ordinals, of one
# scope, of one sentence, whether their values overlap (None: a value unknown), whether only a
# revision may hold (as-of dates stated far apart), whether one is a floor the other lies above).
PairKind = tuple[ClaimKind, bool, int, bool, bool, bool | None, bool, bool]


def _pair_kind(a: Features, b: Features, only_revision: bool) -> PairKind:
    overlap = floor = None
    if a.values is not None and b.values is not None:
        # an undated article's "Saturday" meets a dated one's day only where it names it
        overlap = (
            meet(a.values, b.values, (a.published, b.published))
            if a.claim.kind == "date"
            else a.values.overlaps(b.values)
        )
        floor = not overlap and a.values.above_floor(b.values)
    return (
        a.claim.kind,
        a.claim.document == b.claim.document,
        a.claim.ordinal + b.claim.ordinal,
        a.scope == b.scope,
        a.sentence == b.sentence,
        overlap,
        only_revision,
        bool(floor),
    )


def _admits(rule: FindingRule, pair: PairKind) -> bool:
    _, one_document, ordinals, one_scope, one_sentence, overlap, only_revision, floor = pair
    match = rule.match
    if (only_revision or floor) and rule.finding != "revision":
        return False
    # an agreement or a conflict, never both: most rules a pair meets are refused here
    if match.values != "any" and overlap != (match.values == "overlap"):
        return False
    if match.documents != "any" and one_document != (match.documents == "same"):
        return False
    if match.ordinals != "any" and ordinals != (2 if match.ordinals == "only" else 0):
        return False
    if match.scope == "same" and not one_scope:
        return False
    return match.sentence != "same" or one_sentence


@dataclass(frozen=True)
class CompiledRules:
    """The rules of one run, sorted and indexed once for the pair loop."""

    never: dict[ClaimKind, tuple[NeverCompareRule, ...]]
    # the scopes kept from comparison, each with the figure it still meets at one value (None:
    # none): rule FC035's `scopes` and `one_value_compared`
    never_scopes: dict[ClaimKind, dict[str, OneValueWith | None]]
    open_concepts: frozenset[ClaimKind]  # kinds whose figure of no concept may meet any concept
    comparable: dict[ClaimKind, ComparableRule]
    findings: dict[ClaimKind, tuple[FindingRule, ...]]
    # The finding rules a pair of each kind may meet: what the kind tells is told once per
    # pair, not by each rule (half of the week's 108,000 rule tries were refused on it alone).
    by_pair: dict[PairKind, tuple[FindingRule, ...]]
    senses: dict[str, str]
    single: FindingRule | None  # the single-source rule
    agreement: dict[ClaimKind, FindingRule]  # each kind's first agreement rule

    @classmethod
    def of(cls, rules: RuleSet) -> CompiledRules:
        cached = rules.cache.get("compiled")
        if cached is None:
            kinds: tuple[ClaimKind, ...] = ("count", "money", "percent", "quantity", "date")
            findings = {
                kind: tuple(
                    r
                    for r in rules.findings()
                    if kind in r.applies_to and r.finding != "single_source"
                )
                for kind in kinds
            }
            cached = cls(
                never={
                    kind: tuple(r for r in rules.of(NeverCompareRule) if kind in r.applies_to)
                    for kind in kinds
                },
                never_scopes={
                    kind: {
                        scope: r.one_value_compared.get(scope)
                        for r in rules.of(NeverCompareRule)
                        if kind in r.applies_to and r.when == "scope"
                        for scope in r.scopes
                    }
                    for kind in kinds
                },
                open_concepts=open_concept_kinds(rules),
                comparable={
                    kind: rule for rule in rules.of(ComparableRule) for kind in rule.applies_to
                },
                findings=findings,
                by_pair={
                    pair: tuple(r for r in findings[pair[0]] if _admits(r, pair))
                    for pair in product(
                        kinds,
                        (True, False),
                        (0, 1, 2),
                        (True, False),
                        (True, False),
                        (None, True, False),
                        (True, False),
                        (True, False),
                    )
                },
                senses={s: d for rule in rules.of(CuesRule) for s, d in rule.senses.items()},
                single=next((r for r in rules.findings() if r.finding == "single_source"), None),
                agreement={
                    kind: next(r for r in rules_of_kind if r.finding == "agreement")
                    for kind, rules_of_kind in findings.items()
                    if any(r.finding == "agreement" for r in rules_of_kind)
                },
            )
            rules.cache["compiled"] = cached
        return cached


def never_compared(a: Features, b: Features, never: tuple[NeverCompareRule, ...]) -> bool:
    """Rule FC03x's refusals but `scope`, which judge() tells first: a sum of a scope compared
    with nothing still agrees where one sentence is printed twice. Each rule's own settings
    are read where its `when` is told."""
    for rule in never:
        when = rule.when
        if when == "different_units" and _units_apart(a, b, rule):
            return True
        if when == "different_events" and _events_differ(a.concept, b.concept):
            return True
        if when == "ordinal" and a.claim.ordinal != b.claim.ordinal:
            return True
        if when == "different_occasions" and occasions_apart(a.claim.occasion, b.claim.occasion):
            return True
        if when == "different_anchors" and _anchors_apart(a.claim.anchor, b.claim.anchor, rule):
            return True
        if when == "different_deeds" and differ(a.claim.deed, b.claim.deed):
            return True
        if when == "different_indexes" and _indexes_apart(a, b, rule.index_days_apart):
            return True
        if when == "period_and_point" and _periods_apart(a.claim, b.claim):
            return True
        if when == "opposite_changes" and _changes_apart(a, b):
            return True
    return False


def _anchors_apart(x: Reference | None, y: Reference | None, rule: NeverCompareRule) -> bool:
    """FC037: two places named, or two bearings more than `bearings_apart` degrees apart:
    "about 25 miles east of Houston" / "about 25 miles northwest of where he escaped" (ECB+
    3_7ecbplus, 3_10ecbplus) are two distances; "about 14 miles north - northeast of
    Healdsburg" / "about 14 miles northeast of Healdsburg" (38ecbplus) one."""
    if x is None or y is None:
        return False
    if differ(x.place, y.place):
        return True
    if x.bearing is None or y.bearing is None or rule.bearings_apart is None:
        return False
    turn = abs(x.bearing - y.bearing) % 360
    return min(turn, 360 - turn) > rule.bearings_apart


def _changes_apart(a: Features, b: Features) -> bool:
    """Both figures are amounts of a change (cue "contrast:<sense>") of different senses: a
    rise's 40 cents is not a fall's."""
    return (
        a.cue_role == CONTRAST == b.cue_role
        and a.cue_sense is not None
        and b.cue_sense is not None
        and a.cue_sense != b.cue_sense
    )


_YEAR_DAYS, _MONTH_DAYS = 366, 31


def _periods_apart(a: Claim, b: Claim) -> bool:
    """Two periods of different bounds, or a period and a point past its first year or month:
    overlapping terms, "from 1969 to 1995" and "from 1990 to 1997", are two spells; a period's
    start is the day of what opened it ("the first marriage ... lasted from 1943 to 1947", "In
    February 1943, she married"), a year inside or at its end is some other event's ("serving
    from 1995 through 1998" on a board, "received the Nelson Mandela Award ... in 1998")."""
    a_period, b_period = _period(a), _period(b)
    if a_period and b_period:
        return a.date != b.date
    if not (a_period or b_period):
        return False
    period, point = (a.date, b.date) if a_period else (b.date, a.date)
    if period is None or point is None:  # an undated article's "Tuesday": no year to meet
        # ...unless it is the period's own words, which an undated copy of one sentence leaves
        # unresolved: "In an interview last summer with The Sun Herald newspaper, LaRue said"
        # (ECB+ 28_9ecbplus, dated, and 28_7ecbplus); the gate still asks one sentence printed
        # twice (_repeated_agreement)
        return not _resolved_by_one(a, b)
    # within the first year or month, not a wider date that starts with it: the year 2015 is
    # not "النصف الأول من هذا العام"
    start = dt.date.fromisoformat(period.start)
    if period.granularity == "year":
        first_end = dt.date(start.year, 12, 31)
    else:
        days = calendar.monthrange(start.year, start.month)[1]
        first_end = dt.date(start.year, start.month, days)
    return not (period.start <= point.start and point.end <= first_end.isoformat())


def _period(claim: Claim) -> bool:
    """A date spanning several units of its grain: years "1995-1998", months "March to May".
    Measured in days, since a Hijri year or month ("1436هـ", "شهر رمضان") is one unit that
    straddles two Gregorian ones."""
    date = claim.date
    if date is None or date.granularity == "day":
        return False
    days = day(date.end) - day(date.start) + 1
    return days > (_YEAR_DAYS if date.granularity == "year" else _MONTH_DAYS)


def _indexes_apart(a: Features, b: Features, days_apart: int | None) -> bool:
    """Two indexes' figures, or one index's of two trading days, told by the days of two
    papers whose sentences state none: a round-up's "وتباين أداء الأسهم القيادية، حيث ارتفع
    سعر سهم بنك دبي الإسلامي بنسبة 0.26 في المائة" on Friday and another's "وإعمار بنسبة 0.26
    في المائة" on Tuesday. A date a sentence states is as often of something else ("أسعار الفائدة
    في سبتمبر ، وانخفض المؤشر داو جونز الصناعي 30.64 نقطة") and tells no trading day."""
    if a.claim.index is None or b.claim.index is None:
        return False
    if a.claim.index != b.claim.index:
        return True
    return (
        days_apart is not None
        and not a.claim.as_of_stated
        and not b.claim.as_of_stated
        and _gap_days(a.as_of, b.as_of) > days_apart
    )


def _events_differ(x: str | None, y: str | None) -> bool:
    """Two events of the lexicon, or two editions the texts name ("~memoir", "~expose"); an
    edition may be a lexicon event's other name ("the 2005 murder", a death in June 2005)."""
    return differ(x, y) and (x or "").startswith(LEARNED) == (y or "").startswith(LEARNED)


def _units_apart(a: Features, b: Features, rule: NeverCompareRule) -> bool:
    """FC031 `different_units`: two units, concepts, sums, sides, events, tolls or scores. A
    figure of no concept and one of a concept of an `unstated_concept_matches` kind may meet (a
    count's unit is its concept): the engine pairs them only to agree (engine.align_block)."""
    kind = a.claim.kind
    if kind in rule.unstated_concept_matches:
        apart = differ(a.claim.unit, b.claim.unit) or differ(a.concept, b.concept)
    else:
        apart = (
            differ(a.claim.unit, b.claim.unit)
            if kind in rule.unstated_unit_matches
            else a.claim.unit != b.claim.unit
        ) or a.concept != b.concept
    return (
        apart
        or differ(a.claim.sum_of, b.claim.sum_of)
        or differ(a.claim.side, b.claim.side)
        or a.claim.events != b.claim.events
        or differ(a.claim.toll, b.claim.toll)
        # the sides of two scores or records told whole: the 14 of "a 24-14 lead" is not
        # the 14 of "a 14-0 lead", nor the 46 of "54 - 46" that of "60 - 46"
        or differ(score(a) or None, score(b) or None)
        or _record_and_words(a, b)
    )


def _record_and_words(a: Features, b: Features) -> bool:
    """A side of a record told whole and a count in words: the 5 of "The Jaguars (5-10)" is
    not "the first five drives", the 9 of "Gonzaga (9-4)" not "nine rebounds". A count in
    digits may be a side the record's pattern misses ("25 ــ 16", a tatweel for a dash)."""
    for side, other in ((a, b), (b, a)):
        if record(side) and not score(other) and not other.claim.text[:1].isdigit():
            return True
    return False


def _states(holder: Features, item: Features) -> bool:
    """Whether the sentence of `holder`, its own figure left out ("2 1/2 years" holds no 2),
    writes the whole number `item` states, in digits; a year for a date of a year ("received
    the award in 1998, and was elected to the board in 1995" states 1995)."""
    value = item.claim.value
    date = item.claim.date
    if value is None and date is not None and date.granularity == "year":
        value = float(date.start[:4])
    if value is None or not value.is_integer():
        return False
    rest = holder.claim.sentence.replace(holder.claim.text, " ", 1)
    return re.search(rf"(?<![\d.,]){int(value)}(?![\d]|[.,]\d)", fold_text(rest)) is not None


def differ(x: str | None, y: str | None) -> bool:
    return x is not None and y is not None and x != y


def owners_differ(x: str | None, y: str | None) -> bool:
    """Two owners known and different. A firm's name learned after its introducer is cut to
    its first words, which one paper spaces otherwise ("مستشفى الدكتور عبد الرحمن المشاري",
    "الدكتور عبدالرحمن"): one, when one's letters start the other's."""
    if x is None or y is None or x == y:
        return False
    if not (x.startswith(LEARNED) and y.startswith(LEARNED)):
        return True
    x, y = x.replace(" ", ""), y.replace(" ", "")
    return not (x.startswith(y) or y.startswith(x))


def _country(item: Features) -> str | None:
    """The owner where it stands for a place: a country, not a firm's learned name."""
    owner = item.owner
    return None if owner is None or owner.startswith(LEARNED) else owner


def places_differ(x: str | None, y: str | None, learned_within: bool = False) -> bool:
    """Places are key paths ("niger/niamey"): a city is within its country, not apart from it.
    Names learned from two articles in different scripts ("~haouz", "~حوز"), or spelt two ways
    in one ("~سروج", "~سوروج"), cannot be told apart: places are compared down to the first
    such pair. A learned name is apart from every known place, and a place finer than the hand
    gazetteer reads, a learned name or a place of the generated gazetteer, from its bare
    country too ("afghanistan/~خان", extract/context._within_country;
    "iraq/diyala/baqubah": `_finer_than_country`), unless `learned_within`: that country, said
    of another figure, is as often a coarser reading of another of its regions
    ("مصرع 11 حوثيا" in Hudaydah, placed in Yemen by "غرب اليمن", against 38 killed in
    Shaqra), so only the gate asks it, of one statement (rule FC002
    `learned_within_similarity`); a headline or the country's own sentence may tell more
    (`_headline_region`, `_named_beside`)."""
    if x is None or y is None or x == y:
        return False
    seas = sea_keys()
    if x in seas or y in seas:
        # a sea is apart from another sea, not from a land: "the Persian Gulf island of Qeshm"
        # is in Iran
        return x in seas and y in seas
    if not learned_within and (_finer_than_country(x, y) or _finer_than_country(y, x)):
        return True
    if learned_within and (LEARNED in x) != (LEARNED in y):
        # "about 400 members in the town of Bountiful" (canada/~bountiful) / "about 400 in
        # Bountiful, British Columbia": the name lies somewhere in its country, a state too
        x, y = (_known_part(x), y) if LEARNED in x else (x, _known_part(y))
    elif not learned_within or (LEARNED in x and LEARNED in y):
        if _in_known_holder(x, y) or _in_known_holder(y, x):
            return False
        # a learned name's country known in one article ("saudi/~جاروديه") and not in the other
        x, y = _learned_part(x), _learned_part(y)
    if LEARNED in x and LEARNED in y:
        if _held_unsaid(x.split("/"), y.split("/")):
            return False
        x, y = _common_script(x.split("/"), y.split("/"))
        if not x or not y:
            return False
    return not (x.startswith(y + "/") or y.startswith(x + "/") or x == y)


def _finer_in(place: str, region: str) -> bool:
    """`place` is finer than the hand gazetteer reads places, a learned name or a place of the
    generated gazetteer, and lies or may lie in `region`, a known country or state: below it
    ("iraq/diyala/baqubah" in "iraq", "afghanistan/~خان" in "afghanistan"), or, a learned name
    of no known place ("~bay"), anywhere. A city is no region: "the northern city of
    Thessaloniki" is no part of Athens."""
    if LEARNED in region or ("/" in region and region not in states()):
        return False
    if place.startswith(region + "/"):
        return LEARNED in place or any(key in generated() for key in place.split("/")[1:])
    return place.startswith(LEARNED)


def _finer_than_country(place: str, country: str) -> bool:
    """A finer place (`_finer_in`) is apart from its bare country, a city or state that holds
    it is where it lies: the country said of another figure is as often another of its
    regions ("24 شخصا" killed in Baquba, and "25" wounded "في تفجير اخر شرقي المدينة", placed
    in Iraq by the headline), so only the gate joins them, for one statement (rule FC002
    `learned_within_similarity`), or where a headline or the country's own sentence tells
    more (`_headline_region`, `_named_beside`)."""
    return "/" not in country and _finer_in(place, country)


def hand_part(place: str | None) -> str | None:
    """The part of a place the hand gazetteer knows ("iran" of "iran/hormozgan/bandar_abbas"),
    as an agreement group keeps places apart: a generated place, like a learned name, may be
    where another article's coarser place said the same thing happened; None for none."""
    if place is None or LEARNED in place:
        return None
    keys = place.split("/")
    for depth, key in enumerate(keys):
        if key in generated():
            return "/".join(keys[:depth]) or None
    return place


def _known_part(place: str) -> str:
    """The known places a learned name lies in ("canada" of "canada/~bountiful"), or the name
    when no known place holds it."""
    learned = place.find(LEARNED)
    return place[: learned - 1] if learned > 0 else place


def _learned_part(place: str) -> str:
    learned = place.find(LEARNED)
    return place[learned:] if learned >= 0 else place


def _in_known_holder(learned: str, known: str) -> bool:
    """ "بحي الكرادة وسط بغداد" (iraq/baghdad/~كراده) lies within Baghdad, a part of a figure
    "في بغداد": a city or a state its sentence put it in, not a country, which as often
    stands for another of its regions."""
    if LEARNED not in learned or LEARNED in known:
        return False
    holder = _known_part(learned)
    return "/" in holder and (known == holder or known.startswith(holder + "/"))


def _held_unsaid(x: list[str], y: list[str]) -> bool:
    """One place, what holds it said by one article only: "Zarand, a town ... in Kerman
    province" (~kerman/~zarand) and "the southern town of Zarand" (~zarand)."""
    shorter, longer = sorted((x, y), key=len)
    return len(shorter) < len(longer) and longer[-len(shorter) :] == shorter


def _common_script(x: list[str], y: list[str]) -> tuple[str, str]:
    for depth, (p, q) in enumerate(zip(x, y, strict=False)):
        if p != q and p.startswith(LEARNED) and q.startswith(LEARNED) and _untold(p[1:], q[1:]):
            return "/".join(x[:depth]), "/".join(y[:depth])
    return "/".join(x), "/".join(y)


# Two spellings of one foreign name in one script ("سروج" / "سوروج", "فيرغسون" / "فيرجسون")
# differ by a letter or two: at least this alike (rapidfuzz ratio), they are not told apart,
# unless one is shorter than this (بيش and بيشة are two towns)
_TRANSLITERATED = 85
_SHORTEST_NAME = 4
# ...and a name this long spelt with one letter otherwise is one name, though under 85 alike:
# "the town of Taludi" / "the town of Talodi" (ECB+ 41_5ecbplus, 41_8ecbplus); so is a word
# of one sentence printed twice (`_one_word`: "وإنكلترا" / "وإنجلترا")
_ONE_LETTER_NAME = 6


def _untold(p: str, q: str) -> bool:
    if p.isascii() != q.isascii():
        return True
    shortest = min(len(p), len(q))
    return shortest >= _SHORTEST_NAME and (
        fuzz.ratio(p, q) >= _TRANSLITERATED
        or (shortest >= _ONE_LETTER_NAME and Levenshtein.distance(p, q) <= 1)
    )


def _one_place_missing(match: Match, a: Features, b: Features) -> bool:
    if match.one_location_unknown == "match":
        return False
    headline = match.headline_place == "unknown"
    stated = not headline or (a.stated_location is None) == (b.stated_location is None)
    if stated and (a.location is None) == (b.location is None):
        return False
    return match.one_location_unknown == "no_match" or not _same_place(a, b, headline)


def _one_owner_missing(a: Features, b: Features) -> bool:
    if (a.owner is None) == (b.owner is None):
        return False
    known, unknown = (a, b) if a.owner is not None else (b, a)
    place = unknown.location
    return place is None or place.split("/")[0] != known.owner


def _same_place(a: Features, b: Features, stated_only: bool = False) -> bool:
    """Both places known (`stated_only`: not from the headline), a claim without one standing in
    its owner's country, and not apart. Not for a vague amount against a stated one: "آلاف
    النازحين في سوريا" is too loose a claim to be held against "270 ألف نازح" on a place guessed
    from "السوريين"; two vague amounts are equally loose, and tens against hundreds of the dead
    ("مقتل عشرات الإيرانيين", "تقتل المئات في إيران") still differ."""
    if (a.claim.qualifier == "vague") != (b.claim.qualifier == "vague"):
        return False
    if stated_only:
        x, y = a.stated_location or _country(a), b.stated_location or _country(b)
    else:
        x, y = a.location or _country(a), b.location or _country(b)
    return x is not None and y is not None and not places_differ(x, y)


def _part_exceeds_whole(a: Features, b: Features) -> bool:
    """True unless one figure's place lies within the other's and stays below its figure.
    A figure for a part of the other's place over a longer time than the other's is neither
    its part nor its whole ("مقتل 50 شخصا" in Kabul in last week's attacks, "مقتل 15 شخصا" in
    Afghanistan on Friday): no conflict. At one place, a figure of a time within the other's is
    its part the same way (15 killed in Kabul's truck bombing on Friday, 50 in Kabul's attacks of
    that week)."""
    x, y = a.location or _country(a), b.location or _country(b)
    if a.values is None or b.values is None:
        return True
    if x == y:
        if _longer(a.as_of, b.as_of):
            return b.values.low > a.values.high
        if _longer(b.as_of, a.as_of):
            return a.values.low > b.values.high
        return True
    if x is None or y is None:
        return True
    if x.startswith(y + "/"):
        return not _longer(a.as_of, b.as_of) and a.values.low > b.values.high
    if y.startswith(x + "/"):
        return not _longer(b.as_of, a.as_of) and b.values.low > a.values.high
    return True


def _learned_within(a: Features, b: Features, gate: ComparableRule) -> bool:
    """ "وجرح عشرة آخرين" of one quoted statement, placed "في إقليم خان آباد" by one outlet
    and in Afghanistan by another's headline: one place, for one value in windows alike."""
    return (
        gate.learned_within_similarity > 0
        and a.values is not None
        and b.values is not None
        and a.values.overlaps(b.values)
        and not places_differ(a.location, b.location, learned_within=True)
        and _similar(a, b, gate.learned_within_similarity)
    )


def _one_specific_within(a: Features, b: Features, gate: ComparableRule) -> bool:
    """One specific value (`one_specific_value`) of a finer place and of the country holding
    it: "a quake with a magnitude of 6.1" near Bandar Abbas and "a 6.1 quake" in Iran (ECB+
    20ecb) are one quake; a story rarely states one such value of two things. Not of two
    places finer than the country, each of its own: "خلال 48 ساعة" of mines in Abyan and of an
    ultimatum in Azal (SaudiNewsNet 2015-08-08-0067, 2015-08-09-0937). A name of no known
    place may lie in any country: "A 4.2 magnitude earthquake shook ... eastern Sonoma County"
    (~sonoma) and "The 4.2-magnitude earthquake ... according to the US Geological Survey"
    (ECB+ 38_2ecb, 38_3ecb); not for a value merely alike, "two miles east of The Geysers" of
    an aftershock is not the quake's "about two miles from The Geysers" (38_3ecb, 38_1ecb)."""
    return (
        any(_a_country(place) for place in (a.location, b.location))
        and (
            not places_differ(a.location, b.location, learned_within=True)
            or _anywhere(a.location, b.location)
        )
        and one_specific_value(a, b, gate)
    )


def _anywhere(x: str | None, y: str | None) -> bool:
    """A learned name that no known place holds, and a bare country."""
    return any(
        p is not None and q is not None and p.startswith(LEARNED) and "/" not in p + q
        for p, q in ((x, y), (y, x))
    )


def _of_unknown_subject(a: Features, gate: ComparableRule) -> bool:
    """A rank of a streak ("للأسبوع الثاني على التوالي") or a count of times ("five times")
    names no subject: ranks and counts are compared only with those of their noun, so one
    side's is the pair's."""
    of = gate.unknown_subject_ranks if a.claim.ordinal else gate.unknown_subject_counts
    if a.concept in of:
        return True
    # "The Focus poll of 1,000 people" is no "crowd of about 1,000 people": a round count of
    # people counts any crowd (FC002 `round_subject_counts`)
    value, digits = a.claim.value, gate.round_subject_counts.get(a.concept or "")
    return (
        not a.claim.ordinal
        and digits is not None
        and value is not None
        and 0 < significant_digits(value) <= digits
    )


def _headline_region(a: Features, b: Features) -> bool:
    """A finer place and the region it may lie in (`_finer_in`) are one where the headline alone
    lends either, the story's place, and that place lies below a known country: the finer one
    ("Among the dead was a 10-year-old girl" under "earthquakes rocked Manokwari, the capital
    of West Papua", ECB+ 37_6ecb), where another article's figure of its country may be too,
    or a state, the story's region ("before apprehending him near Bay City", "~bay", against
    the same chase's speed under "Michigan office shooting", 18ecbplus). Not a bare country a
    headline lends ("قتلوا ... بمدينة بعقوبة", snn-2015-08-11-0776, is apart from the other
    blast "شرقي المدينة" its headline places in Iraq), nor a name of no known country, which
    tells no region ("struck in Sonoma County", 38_1ecb, is not joined to 38_3ecb's figures of
    the US, one an aftershock's "two miles east of The Geysers"). A conflict still counts a
    headline's place as unknown (`headline_place`)."""
    return any(
        x.location is not None
        and y.location is not None
        and any(item.stated_location is None and _below_a_country(item.location) for item in (x, y))
        and _finer_in(x.location, y.location)
        for x, y in ((a, b), (b, a))
    )


def _a_country(place: str | None) -> bool:
    """A place of the gazetteer that is a whole country ("iran"), not a name learned from the
    documents ("~sonoma"), which may be finer or coarser."""
    return place is not None and "/" not in place and not place.startswith(LEARNED)


def _below_a_country(place: str | None) -> bool:
    """A place of a known country finer than the country: what a headline lends tells a region
    only then."""
    return place is not None and "/" in place and not place.startswith(LEARNED)


def _named_beside(a: Features, b: Features) -> bool:
    """A figure of a region whose own sentence names the finer place of the other too
    (`_finer_in`: "three environmental groups ... filed a lawsuit in U.S. District Court in San
    Francisco", ECB+ 9_3ecb, placed in the US; "filed suit in San Francisco", 9_8ecb): that
    sentence said the place, only the region stood nearer its figure. Not two figures of one
    sentence, which the place nearer each is what tells apart."""
    return a.sentence != b.sentence and any(
        x.location is not None
        and y.location is not None
        and _finer_in(x.location, y.location)
        and _learned_part(x.location) in _sentence_places(y.claim.sentence, y.language)
        for x, y in ((a, b), (b, a))
    )


@lru_cache(maxsize=4096)
def _sentence_places(sentence: str, language: str) -> frozenset[str]:
    """The specific places of a sentence, a learned name without what holds it ("~كراده" of
    "iraq/baghdad/~كراده"), read once however many pairs ask."""
    return frozenset(_learned_part(place) for place in lead_places(sentence, language))


def _places_apart(a: Features, b: Features, gate: ComparableRule) -> bool:
    """The gate keeps two figures apart by their places (`location_differs_blocks`) where the
    places differ (`places_differ`) and none of these lets them meet:
    - `_learned_within`: one value of one quote in windows alike, a learned place and the
      country holding it ("وجرح عشرة آخرين" "في إقليم خان آباد", snn-2015-08-09-0105, and
      under the headline's "في أفغانستان", snn-2015-08-10-0382);
    - `_one_persons_age`: one age of one named person ("Jeffs, 54" near Mohave County's jail,
      36_8ecbplus; "The 54 - year - old Jeffs" in a Texas court, 36_9ecbplus);
    - `_headline_region`: a finer place and the region only a headline lends ("Among the dead
      was a 10-year-old girl" under "earthquakes rocked Manokwari", 37_6ecb);
    - `_named_beside`: the region's figure's own sentence names the finer place too ("filed a
      lawsuit in U.S. District Court in San Francisco", 9_3ecb; "filed suit in San
      Francisco", 9_8ecb);
    - `one_timed_moment`: one clock time to the minute, one moment wherever each places it
      ("registered the quake at 17:06 hours local time", 20_2ecb; "jolted part of Qeshm
      island ... at 17:06 pm", 20_3ecb)."""
    return (
        gate.location_differs_blocks
        and places_differ(a.location, b.location)
        and not _learned_within(a, b, gate)
        and not _one_specific_within(a, b, gate)
        and not _one_persons_age(a, b)
        and not _headline_region(a, b)
        and not _named_beside(a, b)
        and not one_timed_moment(a, b, gate)
    )


def _longer(x: Interval | None, y: Interval | None) -> bool:
    """`x` holds all of `y` and more."""
    if x is None or y is None:
        return False
    return x.low <= y.low and y.high <= x.high and x.high - x.low > y.high - y.low


def judge(
    a: Features, b: Features, compiled: CompiledRules, rare_words: bool = False
) -> Verdict | None:
    """The highest-priority finding rule that the pair satisfies, if any. `rare_words`: the
    proposal found their windows to share the story's rare words (pairs.Proposal), which the
    gate takes for windows alike."""
    kind = a.claim.kind
    scopes = compiled.never_scopes.get(kind, {})
    if never_compared(a, b, compiled.never.get(kind, ())):
        return None
    gate = compiled.comparable.get(kind)
    if a.scope in scopes or b.scope in scopes:
        # a sum converted at some rate ("2 million euros ($2.6 million)") is compared with
        # nothing, but one sentence printed twice states it twice, and a paper that writes the
        # other currency first converts to the very sum another prints
        if gate is None:
            return None
        if not _compared_at_one_value(a, b, scopes):
            return _repeated_agreement(a, b, gate, compiled)
    only_revision = False
    # How alike the windows read is the gate's costly test: asked last, of a pair that a rule
    # takes (a third of the pairs that needed it met no rule).
    similar_at = None
    if gate is not None:
        if gate.same_story and a.claim.story != b.claim.story:
            return None
        apart = (gate.owner_differs_blocks and owners_differ(a.owner, b.owner)) or _places_apart(
            a, b, gate
        )
        if apart:  # ...unless the two print one sentence
            return _repeated_agreement(a, b, gate, compiled)
        if (
            a.claim.ordinal
            and a.concept in gate.own_kind_ranks
            and not (same_holder(a.claim.holders, b.claim.holders) and one_kind_ranked(a, b))
        ):
            return None  # "the second-largest U.S. phone company" is no "second largest city"
        # an edition the text names and an event of the lexicon may be one ("the 2005 murder",
        # a death in June 2005), as two figures of no concept may: "the 2013 Christmas Special"
        # is no "50th anniversary special" of November 23 (ECB+ 39_7ecbplus, 39_10ecbplus)
        if a.concept != b.concept or a.concept is None or _of_unknown_subject(a, gate):
            similar_at = gate.unknown_concept_similarity
            if (
                gate.same_value_similarity
                and _one_value(a, b)
                and not (a.claim.ordinal and a.concept in gate.any_holder_ranks)
            ):
                similar_at = min(similar_at, gate.same_value_similarity)
            if gate.specific_value_similarity and (
                one_specific_value(a, b, gate) or one_record(a, b)
            ):
                similar_at = min(similar_at, gate.specific_value_similarity)
            elif gate.round_sum_similarity and one_round_sum(a.claim, b.claim):
                similar_at = min(similar_at, gate.round_sum_similarity)
            if similar_at > gate.specific_value_similarity > 0 and _phrased_alike(a, b, gate):
                similar_at = gate.specific_value_similarity
            if gate.series_item_similarity and one_series_item(a, b, gate):
                similar_at = min(similar_at, gate.series_item_similarity)
            if gate.month_of_year_similarity is not None and _month_of_year(a.claim, b.claim):
                similar_at = min(similar_at, gate.month_of_year_similarity)
            if a.claim.ordinal and a.concept in gate.rank_similarity:
                similar_at = max(similar_at, gate.rank_similarity[a.concept])
        only_revision = (
            a.as_of_explicit
            and b.as_of_explicit
            and _gap_days(a.as_of, b.as_of) > gate.explicit_as_of_gap_days
        )
    old, new = orient(a, b)
    pair = _pair_kind(a, b, only_revision)
    if not pair[5] and a.claim.unit in personal_concepts():
        # a box score holds many players' and games' points, touchdowns, catches: two values
        # apart are far more often two of them (a season's 26 touchdowns, one game's five, a
        # run's "four straight points") than two accounts of one
        return None
    verdict = None
    for rule in compiled.by_pair.get(pair, ()):
        if matches(rule.match, old, new, compiled.senses, gate):
            if similar_at is None or _similar(a, b, similar_at) or rare_words:
                verdict = Verdict(rule, old, new)
            break
    if verdict is not None and kind == "date" and _undated_apart(a, b, gate):
        return None
    if gate is None or not (
        pair[5] or _one_unresolved_date(a.claim, b.claim) or _resolved_by_one(a.claim, b.claim)
    ):
        return verdict
    # values overlap, and one sentence printed twice agrees whatever else keeps them apart
    # (the as-of dates, the words around); an agreement the rules gave is asked only later
    if verdict is not None and verdict.rule is compiled.agreement.get(a.claim.kind):
        if gate.repeated_sentence_words and a.claim.document != b.claim.document:
            return Verdict(verdict.rule, old, new, unasked_reach=gate.repeated_sentence_words)
        return verdict
    return (
        _repeated_agreement(a, b, gate, compiled)
        or verdict
        or _one_relative_date_retold(a, b, gate, compiled)
    )


def _told_again(old: Features, new: Features, threshold: int | None) -> bool:
    """One past event's figure told again in a later article, neither sentence dating it: its
    as-of dates are only the two publications, and windows this alike tell one fact, not the
    same quantity at two times. "The defendant was arrested five buildings away on 223rd
    Street shortly before midnight" (2005) / "Orozco was arrested five buildings away on 223rd
    Street shortly before midnight" (2007; ECB+ 16_1ecbplus, 16_2ecbplus)."""
    return (
        threshold is not None
        and not old.as_of_explicit
        and not new.as_of_explicit
        and _similar(old, new, threshold)
    )


def _dated_told_again(old: Features, new: Features, threshold: int | None) -> bool:
    """One past event's figure, dated by one sentence, told undated in an article published
    after that date, one number stated in both: the undated one's as-of date is only its
    publication. One article's two sentences are two times of its figure. "killing Zurana
    Horton, 34, a mother of 12, in 2011 and wounding two others" / "the murder of Zurana Horton
    and the injury of two others" (ECB+ 33_3ecbplus, 33_6ecbplus, 2013). Not a rank, which names
    one of its kind at any time: the Blazers "did not get out of the first round" in 2002 and
    2003, the Sixers "were eliminated in the first round" in 2005 (5_1ecbplus, 5_2ecbplus)."""
    if (
        threshold is None
        or old.as_of_explicit == new.as_of_explicit
        or old.claim.ordinal
        or old.claim.document == new.claim.document
    ):
        return False
    dated, told = (old, new) if old.as_of_explicit else (new, old)
    if dated.as_of is None or told.as_of is None or dated.as_of.high >= told.as_of.low:
        return False
    return _one_value(old, new) and _similar(old, new, threshold)


def _phrased_alike(a: Features, b: Features, gate: ComparableRule) -> bool:
    """Two articles' figures of one value, both in digits, that one word stands right beside
    and that share another content word among `phrased_alike_words` words each side (FC002,
    of `phrased_alike_kinds`: no share, which a markets report's template states of every day,
    "100 في المئة"): "Mormons renounced polygamy in 1890" / "the mainstream Church ...
    disavowed polygamy in 1890" (ECB+ 36_1ecb, 36_2ecb), "winning 21 of 25 light - heavyweight
    bouts" / "winning 21 of 25 club fights" (26_1ecbplus, 26_6ecbplus). Not a player's statistic
    ("only six carries" of two running backs), nor a word of a date ("اليوم الخميس" / "أمس" of
    two stories of one Thursday); the word beside them is no word in common besides: a counted
    noun says what, not of which."""
    reach = gate.phrased_alike_words
    if (
        not reach
        or a.claim.document == b.claim.document
        or a.claim.kind not in gate.phrased_alike_kinds
        or a.claim.unit in personal_concepts()
        or DIGITS.search(a.claim.text) is None
        or DIGITS.search(b.claim.text) is None
        or not _one_value(a, b)
    ):
        return False
    (a_before, a_after), (b_before, b_after) = echo(a, reach), echo(b, reach)
    beside = {
        content_key(x[0])
        for x, y in ((a_before, b_before), (a_after, b_after))
        if x[:1] and x[:1] == y[:1]
    }
    if not beside:
        return False
    shared = {
        key for key in near_words(a, reach) & near_words(b, reach) if len(key) >= CONTENT_LETTERS
    }
    return bool(shared - beside)


def _one_value(a: Features, b: Features) -> bool:
    """One interval, or one number stated in both however qualified (or as a floor of the value
    it truncates), where the sentences name no two holders apart: "disrupting about 70 percent
    of the communications network" / "brought down 70 percent of the Internet network" (ECB+
    30_11ecb, 30_12ecb), as the proposal reads them (`stated_number`); not EDS's "$ 22
    billion" of revenue and the merged firm's "about $ 22 billion" beside IBM."""
    if a.values is None:
        return False
    return (
        a.values == b.values
        or (
            (stated_number(a) == stated_number(b) or truncated_floor(a, b))
            and same_holder(a.claim.holders, b.claim.holders)
        )
        or _relative_date_alike(a, b)
    )


def _relative_date_alike(a: Features, b: Features) -> bool:
    """One relative date written alike, which two papers of days apart resolve to days that
    overlap: "She returned to her home town 12 weeks ago" / "returned to her home town with John
    12 weeks ago" (ECB+ 32_1ecbplus, 32_2ecbplus, published a day apart)."""
    return (
        a.claim.kind == "date"
        and a.values is not None
        and b.values is not None
        and a.values.overlaps(b.values)
        and _same_words(a.claim, b.claim)
    )


def _month_of_year(a: Claim, b: Claim) -> bool:
    """A month of a year and that very year, the one claim dated more finely than the other:
    "had another cardiac operation in December 1996" / "open heart surgery twice, in 1988 and
    1996" (ECB+ 26_1ecbplus, 26_9ecbplus)."""
    if a.date is None or b.date is None:
        return False
    spans = {a.date.granularity: a.date, b.date.granularity: b.date}
    year, month = spans.get("year"), spans.get("month")
    return (
        year is not None
        and month is not None
        and year.start[:4] == year.end[:4] == month.start[:4] == month.end[:4]
        and month.start[5:7] == month.end[5:7]
        # "in June" and "later this year": a paper's year, said of anything; read last, the
        # texts' scan, of the few pairs a month and its year
        and states_year(a.text)
        and states_year(b.text)
    )


def _undated_apart(a: Features, b: Features, gate: ComparableRule | None) -> bool:
    """An undated "Saturday" has no year: two fights of one champion on a Saturday are told
    apart by the leads only (their places, their clock times), and one undated and one a dated
    article resolved are one day only in windows `undated_day_similarity` alike, a wire story
    printed twice (Qeshm's quakes of 2005 and 2008, each "on Sunday", are not). Leads that
    name two weekdays are reports of two days, which may both recall one month's day: "went to
    West Hill on May 29" and "shot on the night of May 29th" of the second and third days of
    one trial (ECB+ 33_3ecb, 33_5ecb)."""
    undated = is_undated(a.values), is_undated(b.values)
    if not any(undated):
        return False
    weekday = names_weekday(a.values) or names_weekday(b.values)
    if not all(undated) and (
        gate is None or not _similar(a, b, _undated_similarity(gate, weekday))
    ):
        return True
    return _leads_apart(a, b, gate, weekday)


def _undated_similarity(gate: ComparableRule, weekday: bool) -> int:
    """How alike the windows of an undated day and a dated article's must read (FC002): "He
    will be sentenced May 3" / "Orozco is to be formally sentenced May 3 by Judge Philip H.
    Hickock" (ECB+ 16_9ecbplus, 16_6ecbplus: 75) name one day, a weekday only in a wire story
    printed twice."""
    if weekday or gate.undated_month_day_similarity is None:
        return gate.undated_day_similarity
    return gate.undated_month_day_similarity


def _one_persons_age(a: Features, b: Features) -> bool:
    """One age of one person named beside it in both ("Jeffs, 54" near Mohave County's jail,
    "The 54 - year - old Jeffs" in a Texas court): where each article puts the event does not
    make two people of one; a different age of the same name is left to the places."""
    return (
        a.concept == AGE
        and a.claim.person is not None
        and a.claim.person == b.claim.person
        and a.values is not None
        and b.values is not None
        and a.values.overlaps(b.values)
    )


def _repeated_agreement(
    a: Features, b: Features, gate: ComparableRule, compiled: CompiledRules
) -> Verdict | None:
    """The agreement of a pair the gate keeps apart, when the two print one sentence."""
    agreement = compiled.agreement.get(a.claim.kind)
    if (
        agreement is None
        or not gate.repeated_sentence_words
        or a.claim.document == b.claim.document
        or not (
            _values_overlap(a, b)
            or _one_unresolved_date(a.claim, b.claim)
            or _resolved_by_one(a.claim, b.claim)
        )
        or not _repeated(a, b, gate.repeated_sentence_words)
    ):
        return None
    return Verdict(agreement, *orient(a, b), repeated=True)


def _one_relative_date_retold(
    a: Features, b: Features, gate: ComparableRule, compiled: CompiledRules
) -> Verdict | None:
    """One relative date written alike in two undated articles, in windows as alike as an
    undated day and a dated article's must read (`undated_day_similarity`): one wire sentence
    told twice with a word of its own, "The Saints are 7-7 and were eliminated from playoff
    contention over the weekend" / "Payton said the Saints, who were eliminated from playoff
    contention over the weekend, would not have placed Bush on injured reserve" (ECB+ 25_1ecb,
    25_2ecb, 92 alike). Neither resolves, so no value of theirs can meet."""
    agreement = compiled.agreement.get(a.claim.kind)
    if (
        agreement is None
        or a.claim.document == b.claim.document
        or not _one_unresolved_date(a.claim, b.claim)
        or not _similar(a, b, gate.undated_day_similarity)
    ):
        return None
    return Verdict(agreement, *orient(a, b))


def _values_overlap(a: Features, b: Features) -> bool:
    return a.values is not None and b.values is not None and a.values.overlaps(b.values)


def _one_unresolved_date(a: Claim, b: Claim) -> bool:
    """One date, written alike, that both articles leave unresolved for one reason: printed in
    one sentence, it is one day, whichever. A relative date of two undated articles ("Thirty
    years ago, Johnny Carson hosted the Oscars" quoted in two reports of one announcement, ECB+
    2_4ecb, 2_7ecb); a day whose weekday is not the one its numbers name, copied with the
    release ("وحدد يوم الثلاثاء 26 /11 /1436هـ، موعدًا لاستقبال وثائق المقبولين" in six papers,
    SaudiNewsNet 10-0823, 10-1590)."""
    return (
        a.kind == "date"
        and a.value is None
        and b.value is None
        and a.date is None
        and b.date is None
        and a.note is not None
        and a.note == b.note
        and _same_words(a, b)
    )


def _resolved_by_one(a: Claim, b: Claim) -> bool:
    """One date written alike that only one of two articles resolves, the other undated:
    printed in one sentence, it is the day the dated one reads. "More than 1, 300 federal and
    independent scientists ... today called on the Interior and Commerce departments" in a
    release of April 27 and in its undated copy (ECB+ 9_3ecbplus, 9_9ecbplus)."""
    if a.kind != "date" or (a.date is None) == (b.date is None):
        return False
    unresolved = b if a.date is not None else a
    return unresolved.note in (UNRESOLVED, NO_YEAR) and _same_words(a, b)


def _same_words(a: Claim, b: Claim) -> bool:
    """Two claims in the same words, case and marks folded ("Today" / "today"): the three
    readings of one relative date two copies of a sentence resolve differently ask it."""
    return fold_text(a.text) == fold_text(b.text)


def _compared_at_one_value(
    a: Features, b: Features, scopes: Mapping[str, OneValueWith | None]
) -> bool:
    """Two articles' figures of one known value in one unit, each of a scope kept from every
    comparison (`scopes`, rule FC035) only where its `one_value_compared` meets the other's
    scope: compared as any two figures are, by the gate and the rules. A conversion in brackets
    meets the very sum, in its currency, that another article states, of any scope ("بقيمة 5.3
    مليار دولار (20 مليار ريال سعودي)" in one paper, "بقيمة 20 مليار ريال سعودي" in five); a
    game clock's reading only another's to the same second ("with 7:42 left in the first half",
    "with 7 minutes 42 seconds remaining"): two other readings are two moments of a game, or one
    told a second apart, which no words tell from two."""
    for scoped, other in ((a, b), (b, a)):
        if scoped.scope is None or scoped.scope not in scopes:
            continue
        meets = scopes[scoped.scope]
        if meets is None or (meets == "same_scope" and other.scope != scoped.scope):
            return False
    return (
        a.claim.document != b.claim.document
        and a.claim.value is not None
        and a.claim.value == b.claim.value
        and a.claim.unit == b.claim.unit
    )


def _repeated(a: Features, b: Features, reach: int) -> bool:
    """Both sentences read alike `reach` words each side of the figure, or up to where the
    shorter ends, and at least `reach` words in all: one sentence printed twice, a long name
    spelt with one letter otherwise as two papers transliterate it ("أمام إيطاليا (9)
    وإنكلترا (7)" / "وإنجلترا (7)", SaudiNewsNet 2015-08-11-0453, -0167)."""
    compared = 0
    for x, y in zip(echo(a, reach), echo(b, reach), strict=True):
        shorter = min(len(x), len(y))
        if not all(map(_one_word, x[:shorter], y[:shorter])):
            return False
        compared += shorter
    return compared >= reach


def _one_word(p: str, q: str) -> bool:
    """One word of two copies of a sentence, as written or spelt with one letter otherwise."""
    return p == q or (min(len(p), len(q)) >= _ONE_LETTER_NAME and Levenshtein.distance(p, q) <= 1)


def orient(a: Features, b: Features) -> tuple[Features, Features]:
    """(earlier, later): by the cues of one sentence, else by as-of date and publication."""
    if a.sentence == b.sentence:
        for role, first in ((OLD, True), (NEW, False)):
            if (a.cue_role == role) != (b.cue_role == role):
                return (a, b) if (a.cue_role == role) == first else (b, a)
        return (a, b) if a.claim.start <= b.claim.start else (b, a)
    return (a, b) if _when(a) <= _when(b) else (b, a)


def _when(item: Features) -> tuple[float, float, str, int]:
    stated = item.as_of.low if item.as_of is not None else -1.0
    return (stated, item.published or -1.0, item.claim.document, item.claim.start)


def _similar(a: Features, b: Features, threshold: int) -> bool:
    return threshold > 0 and similarity(a, b) >= threshold


def similarity(a: Features, b: Features) -> float:
    """How alike two windows read, each ungluing the proclitics that hide a word of the other.
    The comparability gate and rule FC102 both ask it of a pair: computed once, held by the
    pair's first claim (the measure is symmetric)."""
    first, second = (a, b) if a.index < b.index else (b, a)
    if first._scores is None:
        first._scores = {}
    score = first._scores.get(second.index)
    if score is None and across(first, second):
        score = first._scores[second.index] = neutral_similarity(first, second)
    elif score is None:
        left, right = unglue_words(first.compared, second.compared)
        # a text that lost no proclitic is its `words` already
        score = fuzz.token_set_ratio(
            first.words if left is first.compared.order else " ".join(left),
            second.words if right is second.compared.order else " ".join(right),
        )
        first._scores[second.index] = score
    return score


def _outgrows(a: Features, b: Features) -> bool:
    """Whether two lengths of time differ by more days than lie between their as-of dates. Not
    ages of two days: one template ("توفي الفنان ... عن عمر يناهز") tells of two people's
    deaths in one week, and a name that says whose age it is holds no figure."""
    gap = _gap_days(a.as_of, b.as_of)
    if gap and AGE in (a.concept, b.concept):
        return False
    days = days_in(a.claim.unit)
    if days is None or days_in(b.claim.unit) != days or a.values is None or b.values is None:
        return False
    return max(a.values.low - b.values.high, b.values.low - a.values.high, 0.0) * days > gap


def _told_after(event: Features, report: Features, lag: int) -> bool:
    """`report`'s figure, whose sentence states no date (its article's publication lends one),
    may be of the day `event`'s sentence states: it was published at most `lag` days after."""
    day = event.as_of
    return (
        lag > 0
        and day is not None
        and event.as_of_explicit
        and day.low == day.high
        and not report.claim.as_of_stated
        and report.published is not None
        and 0 <= report.published - day.low <= lag
    )


def times_apart(match: Match, old: Features, new: Features) -> bool:
    """Whether the rule asks the two figures' as-of dates to overlap and they lie further apart
    than its window: such a pair holds only as one fact told after it or told again."""
    return (
        match.as_of == "overlap"
        and (match.as_of_kinds is None or old.claim.kind in match.as_of_kinds)
        and _gap_days(old.as_of, new.as_of) > match.as_of_window_days
    )


def _gap_days(x: Interval | None, y: Interval | None) -> float:
    if x is None or y is None:
        return 0.0
    return max(x.low - y.high, y.low - x.high, 0.0)


def matches(
    match: Match,
    old: Features,
    new: Features,
    senses: dict[str, str],
    gate: ComparableRule | None,
) -> bool:
    """All of `match` but what `_pair_kind` tells, which judge() tells once per pair for all
    its rules; `leads: agree` reads the gate's `lead_times_within_minutes`."""
    if match.units is not None and not (
        old.claim.unit in match.units and new.claim.unit in match.units
    ):
        return False
    if old.claim.unit in match.not_units or new.claim.unit in match.not_units:
        return False
    if match.concepts is not None and old.concept not in match.concepts:  # one per block
        return False
    if match.one_concept_unknown == "no_match" and (old.concept is None) != (new.concept is None):
        return False
    if match.later_larger and not _larger(old, new):
        return False
    # before the costly checks: a rule that wants a cue is refused by most pairs on it alone
    # a same-day toll above another's floor ("at least 24", then "at least 40") is the newer
    # account, though neither article is later
    # and a figure of no stated date, published within the lag after the day the other states
    # ("killed four on Friday" in a Saturday paper, "12 killed" in another): the later account
    if (
        match.later != "any"
        and not _later(old, new)
        and (match.later != "published_or_as_of_or_floor" or not _exceeds_floor(old, new))
        and not _told_after(old, new, match.as_of_lag_days)
    ):
        return False
    sense = _cue_sense(match, old, new)
    if match.cue == "none":
        if old.cue_role is not None or new.cue_role is not None:
            return False
    elif match.cue == "not_left":
        if new.cue_role in (OLD, CONTRAST) or old.cue_role == CONTRAST:
            return False
    elif match.cue != "any" and (sense is None or CONTRAST in (old.cue_role, new.cue_role)):
        return False
    if match.cue == "paired" and not _paired(old, new, senses):
        return False
    if match.direction_agrees_with_cue and not _direction_holds(sense, old, new, senses):
        return False
    # after the cheap refusals: most pairs a rule with it meets fail on their values
    if (
        old.scope != new.scope
        and (old.scope in match.scopes_apart or new.scope in match.scopes_apart)
        and not _scope_cap(match, old, new)
    ):
        return False
    if (
        match.groups_one_number
        and old.of_group != new.of_group
        and stated_number(old) != stated_number(new)
    ):
        return False
    # names in two scripts cannot be told apart ("Hewlett-Packard", "هيوليت باكارد")
    crossing = across(old, new)
    # a player's statistic is no other player's, whatever the rule: "Richard Carter scored 14
    # points" (Drake) is not Artino's "career - high 14 points" (Creighton)
    if (
        (
            match.holders == "agree"
            or old.claim.unit in personal_concepts()
            or (match.holders == "agree_if_values_differ" and _values_differ(old, new))
        )
        and not crossing
        and not same_holder(old.claim.holders, new.claim.holders)
    ):
        return False
    if (
        old.claim.unit in personal_concepts()
        and old.claim.document == new.claim.document
        and old.claim.holders != new.claim.holders
    ):
        # one box score names each player once: "Corey Raji posted 16 points for the Eagles"
        # and "Jerel McNeal posted 16 points for the Golden Eagles" (ECB+ 31_4ecb) are two
        return False
    if match.persons == "agree" and (
        persons_differ(old.claim.person, new.claim.person)
        or differ(old.claim.agent, new.claim.agent)
        or differ(old.claim.sex, new.claim.sex)
        or _relation_apart(old.claim, new.claim)
        or old.claim.role != new.claim.role
        or _unnamed_other(old, new)
    ):
        return False
    if (
        match.holders == "agree"
        and old.sentence == new.sentence
        and old.claim.possessor != new.claim.possessor
    ):
        return False
    if _one_place_missing(match, old, new):
        return False
    if match.one_owner_unknown == "no_match" and _one_owner_missing(old, new):
        return False
    if match.part_of_place == "exceeds_whole" and not _part_exceeds_whole(old, new):
        return False
    if (
        times_apart(match, old, new)
        and not _told_after(old, new, match.as_of_lag_days)
        and not _told_after(new, old, match.as_of_lag_days)
        and not _told_again(old, new, match.as_of_retold_similar)
        and not _dated_told_again(old, new, match.as_of_dated_retold_similar)
    ):
        return False
    if match.span_outgrows_gap and not _outgrows(old, new):
        return False
    if match.published == "same_day" and _days_apart(old, new):
        return False
    if match.max_ratio is not None and _too_far_apart(old, new, match.max_ratio):
        return False
    if match.sentences_similar and not _similar(old, new, match.sentences_similar):
        return False
    if (
        match.vague_similar
        and (old.claim.qualifier == "vague") != (new.claim.qualifier == "vague")
        and not _similar(old, new, match.vague_similar)
    ):
        return False
    if match.shared_topic_words and not _share_topic(match, old, new):
        return False
    if old.concept is None or new.concept is None:
        neighbours_needed = match.neighbours_if_no_concept
    else:  # a block holds one concept
        loose = old.concept in match.loose_concepts
        neighbours_needed = match.neighbours_if_loose if loose else "any"
    if neighbours_needed != "any" and crossing:
        return False  # the words next to a figure cannot be compared across languages
    if neighbours_needed != "any":
        (before_old, after_old), (before_new, after_new) = neighbours(old), neighbours(new)
        shared = [bare_in(before_old, (before_new,)) == bare_in(before_new, (before_old,))]
        # a headline that closes on its figure ("لأول مرة منذ 100عام") has no word after it
        # to compare with the other's
        if bool(after_old) == bool(after_new):
            shared.append(bare_in(after_old, (after_new,)) == bare_in(after_new, (after_old,)))
        if not (all(shared) if neighbours_needed == "both" else any(shared)):
            return False
    if match.measures == "agree" and _measures_apart(old.claim, new.claim):
        return False
    if match.levels_left == "told_before" and not _left_level_told_before(old, new, senses):
        return False
    if match.elapsed == "none" and (old.claim.elapsed or new.claim.elapsed):
        return False
    if _moments_apart(match, old.claim, new.claim):
        return False
    if match.other_value_in_sentence == "no_match" and (_states(old, new) or _states(new, old)):
        return False
    if match.days_in_digits and not (_day_in_digits(old) and _day_in_digits(new)):
        return False
    if match.sizes == "agree" and _own_sizes_apart(old, new):
        return False
    return match.leads != "agree" or not _leads_apart(old, new, gate)


def _scope_cap(match: Match, a: Features, b: Features) -> bool:
    """`scope_caps`: a figure of a scope apart and one of no scope bounded by that scope's
    qualifier state one cap when their numbers are the same."""
    for scoped, cap in ((a, b), (b, a)):
        qualifier = match.scope_caps.get(scoped.scope) if scoped.scope is not None else None
        if qualifier is not None and cap.scope is None and cap.claim.qualifier == qualifier:
            return cap.claim.value is not None and cap.claim.value == scoped.claim.value
    return False


def _moments_apart(match: Match, a: Claim, b: Claim) -> bool:
    """`moments`: a moment pairs with none (`none`), or only with another article's."""
    if match.moments == "any" or not (is_moment(a) or is_moment(b)):
        return False
    return match.moments == "none" or a.document == b.document


def _measures_apart(a: Claim, b: Claim) -> bool:
    """The two sentences each state one other measure of a unit (not a quake's magnitude, which
    agencies give apart for one quake, nor a length of time, which outlets tell apart of one
    sentence: "sentenced to 2 years, with 9 months to serve" and "to 2 1/2 years, with 9 months
    to serve"), and the two differ beyond their rounding: "2.53GHz
    processor, 6MB L2" is another model than "a 2.66-GHz Core 2 Duo processor with 6 MB"."""
    if not a.measures or not b.measures:
        return False
    ours, theirs = _one_of_each(a.measures), _one_of_each(b.measures)
    told_apart = event_units().keys() | durations()
    return any(
        unit not in told_apart and not _alike(value, theirs[unit])
        for unit, value in ours.items()
        if unit in theirs
    )


def _one_of_each(measures: tuple[tuple[str, float], ...]) -> dict[str, float]:
    """The units a sentence states one measure of: a list of several ("4GB RAM ... 64GB flash
    storage ... 128GB") names more items than one model's."""
    values: dict[str, list[float]] = {}
    for unit, value in measures:
        values.setdefault(unit, []).append(value)
    return {unit: listed[0] for unit, listed in values.items() if len(listed) == 1}


def _alike(x: float, y: float) -> bool:
    """Two measures within the rounding of their last significant digits, capped at a tenth
    of each ("9 ملايين" and "عشرة ملايين" square metres of one market; not 2.53 and 2.66 GHz)."""
    (x_low, x_high), (y_low, y_high) = _rounded(x), _rounded(y)
    return x_low <= y_high and y_low <= x_high


def _rounded(value: float) -> tuple[float, float]:
    """The values `value` may have been rounded from: half its last significant place either
    side ("6" stands for 5.5 to 6.5, "2.53" for 2.525 to 2.535)."""
    half = min(significant_unit(value) / 2, abs(value) / 10)
    return value - half, value + half


def _left_level_told_before(a: Features, b: Features, senses: dict[str, str]) -> bool:
    """Unless one figure alone is a level a rise or a fall left (Match.levels_left; not "had
    previously been arrested four times") and the other is no level left at all, the other's
    article was published no later than its own."""
    left_a, left_b = _left_level(a, senses), _left_level(b, senses)
    if left_a == left_b or a.claim.kind == "date":
        return True
    left, other = (a, b) if left_a else (b, a)
    return other.cue_role == OLD or (
        left.published is not None
        and other.published is not None
        and other.published <= left.published
    )


def _left_level(item: Features, senses: dict[str, str]) -> bool:
    return item.cue_role == OLD and senses.get(item.cue_sense or "") in ("up", "down")


def _values_differ(a: Features, b: Features) -> bool:
    """The two figures state different numbers ("400 people", "more than 300 Palestinians";
    "about 60 people", "at least three dozen"; "hundreds"), not one number qualified two ways
    ("نحو 1000", "1000"), nor two dates."""
    return a.claim.kind != "date" and a.claim.value != b.claim.value


def _relation_apart(a: Claim, b: Claim) -> bool:
    """Two relations' ages ("his son" / "his brother"), or a relation's and a named person's
    ("Timmons' 16 year-old best friend" / "the trial of 16-year-old Jermayne Timmons")."""
    if a.relation is None and b.relation is None:
        return False
    if a.relation is not None and b.relation is not None:
        return a.relation != b.relation
    return (a.person if a.relation is None else b.person) is not None


def _unnamed_other(a: Features, b: Features) -> bool:
    """An age said of nobody named ("He was 95.", "the arrest of a 19 - year - old") and one
    of a person named beside it ("Mark Felt was 95."): the same person only when the unnamed
    one's article names that person in its headline or lead (the name's last word: "Frederick
    C. LaRue" has died at 75, "Frederick Cheney LaRue, 75"; the lead, not the whole body, is
    what every engine ships: align/stories.story_view)."""
    if (a.claim.person is None) == (b.claim.person is None):
        return False
    named, unnamed = (a, b) if a.claim.person is not None else (b, a)
    if unnamed.document is None:
        return False
    last = named.claim.person.split()[-1]  # type: ignore[union-attr]
    document = unnamed.document
    lead = document.body[:LEAD_CHARS]
    named_words = set(LETTERS.findall(last))
    if named_words <= set(LETTERS.findall(fold_text(unnamed.claim.sentence))):
        return False  # "An 11 - year - old girl, Cheanne McKnight, was grazed"
    return not named_words <= _name_words(document.title or "", lead)


@lru_cache(maxsize=256)
def _name_words(title: str, lead: str) -> frozenset[str]:
    """The folded words of an article's headline ("Lindsay Lohan Checks Into Rehab") and lead,
    read once for the ages of the few articles that state one of nobody named."""
    return frozenset(LETTERS.findall(fold_text(f"{title}\n{lead}")))


def _leads_apart(
    a: Features, b: Features, gate: ComparableRule | None, weekdays: bool = True
) -> bool:
    """Last of the checks: the leads are read only for pairs that pass every other one. Two
    leads' clock times name one moment within the gate's `lead_times_within_minutes` (no gate:
    only the same minute)."""
    if a.document is None or b.document is None or a.document.id == b.document.id:
        return False
    same_time_minutes = 0 if gate is None else gate.lead_times_within_minutes
    if anchors_of(a.document).apart_from(
        anchors_of(b.document), same_time_minutes, across(a, b), weekdays
    ):
        return True
    # two magnitudes of one quake are what the events' sizes would tell apart: not for them
    return a.claim.unit not in event_units() and sizes_apart(
        event_sizes(a.claim.sentence, a.document), event_sizes(b.claim.sentence, b.document)
    )


def _own_sizes_apart(a: Features, b: Features) -> bool:
    """The sizes of the two articles' own events are apart (align/anchors.own_event_sizes):
    a figure of an event one of them recalls ("the 2004 tsunami") is not asked."""
    if a.document is None or b.document is None or a.document.id == b.document.id:
        return False
    if a.claim.unit in event_units():
        return False
    # most articles state no event's size: the other's are not read then
    sizes = own_event_sizes(a.claim.sentence, a.document)
    if sizes and sizes_apart(sizes, own_event_sizes(b.claim.sentence, b.document)):
        return True
    # nor when both sentences state their events' sizes, apart, be either the article's own
    # event or one it recalls: "it was followed by a 2.0-magnitude centered quake two miles
    # east of The Geysers" is not "the 4.4-magnitude temblor ... two miles from The Geysers"
    stated = stated_sizes(a.claim.sentence, a.document)
    return bool(stated) and sizes_apart(stated, stated_sizes(b.claim.sentence, b.document))


def _share_topic(match: Match, a: Features, b: Features) -> bool:
    if across(a, b):
        shared, fewer = shared_neutral(a, b)
    elif match.topic_cues_as_sense:
        shared = shared_bags(a.cue_topic, b.cue_topic)
        fewer = min(len(a.cue_topic.bag), len(b.cue_topic.bag))
    else:
        shared = shared_bags(a.compared_topic, b.compared_topic)
        fewer = min(len(a.topic), len(b.topic))
    return shared >= min(match.shared_topic_words, max(1.0, match.shared_topic_share * fewer))


def _too_far_apart(old: Features, new: Features, ratio: float) -> bool:
    """Stated values more than `ratio` times apart, and not a slip of scale: the larger one
    the smaller times a power of ten."""
    x, y = old.claim.value, new.claim.value
    if x is None or y is None or x <= 0 or y <= 0:
        return False
    small, large = sorted((x, y))
    if large / small <= ratio:
        return False
    power = math.log10(large / small)
    return not math.isclose(power, round(power), abs_tol=1e-9)


def _larger(old: Features, new: Features) -> bool:
    x, y = old.claim.value, new.claim.value
    return x is not None and y is not None and y > x


def _days_apart(old: Features, new: Features) -> bool:
    """Two figures of one day each, from articles published on different days."""
    if old.published is None or new.published is None or old.published == new.published:
        return False
    return all(item.as_of is None or item.as_of.high == item.as_of.low for item in (old, new))


def _day_in_digits(item: Features) -> bool:
    date = item.claim.date
    if date is not None and date.granularity != "day":
        return True
    return any(ch.isdigit() for ch in item.claim.text)


def _later(old: Features, new: Features) -> bool:
    if old.published is not None and new.published is not None and new.published > old.published:
        return True
    return _stated_later(old, new)


def _exceeds_floor(old: Features, new: Features) -> bool:
    return (
        old.values is not None
        and old.values.floor
        and new.values is not None
        and new.values.low > old.values.high
        and old.published == new.published
    )


def _stated_later(old: Features, new: Features) -> bool:
    """`new`'s sentence states a time after all of `old`'s."""
    return (
        old.as_of is not None
        and new.as_of is not None
        and new.as_of_explicit
        and new.as_of.low > old.as_of.high
    )


def _cue_sense(match: Match, old: Features, new: Features) -> str | None:
    if new.cue_role == NEW:
        return new.cue_sense
    if match.cue in ("between", "paired") and old.cue_role == OLD:
        return old.cue_sense
    return None


def _next_figures(first: Features, second: Features) -> bool:
    """`second` is the next figure after `first` in their article: "eight hours of battery
    life ... up from five hours". Not "22.9 billion, to reach about 73 billion against 50.1
    billion": 50.1 was left for 73."""
    if first.claim.end > second.claim.start:
        return False
    between = _between(first.claim, second.claim)
    return between is not None and not any(ch.isdigit() for ch in between)


@cache
def _part_words(language: str) -> PhraseMatcher | None:
    """The words that open a breakdown of the figure before them ("منهم 10", "including 3")."""
    if not language:
        return None
    opening = (load(language, "scopes").get("part") or {}).get("before") or ()
    return PhraseMatcher.of_surfaces(opening, language)


def _in_breakdown(first: Features, second: Features) -> bool:
    """`first`, the figure right before `second`, stands in a breakdown its clause opens
    (lexicons scopes.yaml `part`): "15 عضوًا منهم 10 بالانتخاب و5 بالتعيين بدلًا من 8" gives
    a part of the 15, which is what replaced the 8."""
    words = _part_words(first.language)
    if words is None:
        return False
    sentence, text = first.claim.sentence, first.claim.text
    after = len(text) + second.claim.start - first.claim.end
    at = sentence.find(text)
    while at >= 0 and not sentence.startswith(second.claim.text, at + after):
        at = sentence.find(text, at + 1)
    if at < 0:
        return False
    return bool(words.finditer(fold_text(CLAUSE_MARK.split(sentence[:at])[-1])))


def _levels_of_one(first: Features, second: Features) -> bool:
    """`first` and `second` are the two levels of one change: no figure but a year between them
    ("from 2GB to 4GB, and ... increased to 320GB": 2GB and 320GB are of two changes)."""
    if first.claim.end > second.claim.start:
        return False
    between = _between(first.claim, second.claim)
    # a number between them that is a year, Hijri ones too ("من 311 في الفصل الأول من 2014 إلى
    # 545"), dates one of them; any other is a figure of its own
    return between is not None and all(
        YEAR_OR_HIJRI.fullmatch(number) for number in NUMBER.findall(between)
    )


def _between(first: Claim, second: Claim) -> str | None:
    """The text between two figures of one sentence, read from the sentence: an engine that
    ships documents to its workers ships only their leads (align/stories.story_view)."""
    sentence, gap = first.sentence, second.start - first.end
    at = sentence.find(first.text)
    while at >= 0:
        end = at + len(first.text)
        if sentence.startswith(second.text, end + gap):
            return sentence[end : end + gap]
        at = sentence.find(first.text, at + 1)
    return None


def _paired(old: Features, new: Features, senses: dict[str, str]) -> bool:
    """Both figures of one sentence carry their side of the change (Match.cue `paired`)."""
    if old.cue_role == OLD:
        if new.cue_role == NEW:
            # "لترتفع من ثلاثة مليارات ... التي هبطت إلى مليار": a rise and a fall are two changes;
            # "increased from 2GB to 4GB, and ... increased to 320GB": so are two rises, each
            # with its own figures between
            ways = {senses.get(old.cue_sense or "", "any"), senses.get(new.cue_sense or "", "any")}
            return ways != {"up", "down"} and (_levels_of_one(old, new) or _levels_of_one(new, old))
        # "eight hours of battery life ... up from five hours"; not a bare year, a date the
        # dates finder missed ("بحلول عام 2023؛ وأن تسهم برفع معدل العبور اليومي من 49 إلى 97"),
        # nor a figure its sentence dates before the one left ("انخفض إلى 8.4 ... منذ يونيو
        # 2014 عندما سجل 8.2 مقارنة بـ 11.4 في يونيو الماضي": 8.2 is a past low, 8.4 replaced 11.4)
        return (
            new.cue_role is None
            and not YEAR_OR_HIJRI.fullmatch(new.claim.text)
            and _next_figures(new, old)
            and not _stated_later(new, old)
            and not _in_breakdown(new, old)
        )
    return (
        new.cue_role == NEW
        and old.cue_role is None
        and old.claim.end <= new.claim.start
        and old.as_of_explicit
        and _stated_later(old, new)
    )


def _direction_holds(
    sense: str | None, old: Features, new: Features, senses: dict[str, str]
) -> bool:
    direction = senses.get(sense or "")
    if direction is None or old.values is None or new.values is None:
        return False
    if direction == "up":
        return new.values.low >= old.values.high
    if direction == "down":
        return new.values.high <= old.values.low
    return True
