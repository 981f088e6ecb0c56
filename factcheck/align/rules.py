"""Loads rule files (rules/**/*.yaml) into validated Rule models; a bad file names its line.

Each file holds one rule whose `kind` picks an engine check type (Vale's idea): the engine
only interprets these kinds, and every tunable lives in the rule file, not in code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from string import Formatter
from typing import Annotated, Any, Literal, get_args

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

from factcheck.models import Claim, ClaimKind, FindingKind, Qualifier, Severity
from factcheck.read.decode import InputError, decode
from factcheck.read.metadata import load_yaml
from factcheck.resources import bundled_rules

NUMERIC: tuple[ClaimKind, ...] = ("count", "money", "percent", "quantity")


class RuleFileError(Exception):
    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.message = message


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Examples(_Strict):
    """Two claims' sentences each: rendered into rules/README.md."""

    match: list[str] = []
    no_match: list[str] = []


class _Rule(_Strict):
    id: str = Field(pattern=r"^FC\d{3}$")
    name: str = Field(pattern=r"^[a-z_]+(\.[a-z0-9_-]+)+$")
    description: str
    examples: Examples = Examples()


class ConceptsRule(_Rule):
    """Hooks the concept lexicon into alignment: concepts that count the same thing."""

    kind: Literal["concepts"]
    lexicon: str = "concepts"
    same: list[list[str]] = []


class Candidates(_Strict):
    """Which pairs of a block are looked at at all (align/pairs.py): the comparable gate then
    reads each. A block of one known concept is paired whole; one of unknown concept (bare
    counts, dates of no event) only where an index of the words around the figures proposes."""

    # a block of one concept this large (one article repeating a figure thousands of times) is
    # paired by value instead: each claim with its `nearest_values` nearest values
    all_pairs_up_to: int = Field(ge=1)
    # also how many claims of the other language each claim meets in a block of two languages,
    # where no shared word can propose a pair
    nearest_values: int = Field(ge=1)
    # a word in more than this many of a block's windows proposes no pair...
    common_words: int = Field(ge=1)
    # ...and a pair must share at least this many of the others...
    shared_words: int = Field(ge=1)
    # ...and this share of the shorter window's words in all (token_set_ratio cannot reach the
    # gate's similarity below it)
    word_overlap: float = Field(ge=0, le=1)
    # claims of one value in different articles (at most this many of it) are paired when their
    # windows overlap as above, however common their words: one wire sentence repeated by
    # seven outlets makes every word of it common
    same_value_claims: int = Field(ge=2)
    # ...or this share only, when each is its article's only claim of the value and both are
    # written alike: a short version of a wire story shares few of the long one's words
    same_value_overlap: float = Field(ge=0, le=1)
    # ...and of a value stated more often, the claims of two articles whose sentences read
    # alike this many words each side of it, one sentence printed twice (0: none)
    echo_words: int = Field(default=0, ge=0)
    # ...and two claims of one value whose windows share this share of their rare words, each
    # word weighed by how few of the block's windows hold it; the gate then takes them for
    # windows alike (0: none)
    rare_words_share: float = Field(default=0, ge=0, le=1)
    # ...and the block's only two claims of a value, of these kinds, each its article's only
    # one, whose `near_words` words each side share a content word (0: none)
    only_pair_kinds: list[ClaimKind] = Field(default_factory=list)
    near_words: int = Field(default=0, ge=0)
    # figures of one sentence are paired whatever their words, each with this many after it
    sentence_reach: int = Field(ge=0)


class ComparableRule(_Rule):
    """The gate every pair passes before any finding rule looks at it."""

    kind: Literal["comparable"]
    applies_to: list[ClaimKind]
    # the days each side of its day a date counted in weeks back from publication reaches
    weeks_ago_days: int = Field(default=0, ge=0)
    same_story: bool = True
    # Both known and different -> never compared ("1,000 troops in Niger" vs "2,000 in Syria").
    owner_differs_blocks: bool = True
    location_differs_blocks: bool = True
    # Both stated explicitly and this many days apart -> only a revision rule may pair them.
    explicit_as_of_gap_days: int = 0
    # A claim whose concept is unknown (a bare count, a date of no named event) is compared
    # only when the two sentences say nearly the same (rapidfuzz token_set_ratio, 0-100;
    # 0: never compared).
    unknown_concept_similarity: int = Field(default=0, ge=0, le=100)
    # ...and two that state one value (the same interval: "364 yards", "May 1, 2005"; or one
    # number however qualified, "about 70 percent" / "70 percent", of no two holders apart) in
    # windows this alike, when lower: a coincidence of one value in unlike words is rarer than
    # an overlap (0: as unknown_concept_similarity)
    same_value_similarity: int = Field(default=0, ge=0, le=100)
    # ...and two measures, sums or shares that state one specific value (two significant
    # digits at least: "$281 million", "47 - yard", "13 nautical miles", not "20" nor "$1
    # million") in windows this alike, when lower: such a value in one story is rarely two
    # quantities (0: as same_value_similarity)
    specific_value_similarity: int = Field(default=0, ge=0, le=100)
    # ...and so do two of one value both write in digits, of two articles, when one word stands
    # right beside both figures and another content word is among this many each side (no
    # share, no player's statistic): "renounced polygamy in 1890" / "disavowed polygamy in
    # 1890" (0: none)
    phrased_alike_words: int = Field(default=0, ge=0)
    # ...of these kinds only: one economy story's template states the same shares every day
    phrased_alike_kinds: list[ClaimKind] = []
    # ...a specific value being a figure of these kinds (whose value, with its unit, says what
    # it measures: a bare count or a date is as often a score, a jersey or a year of anything)
    # of this many significant digits at least ([]: no value is specific)
    specific_value_kinds: list[ClaimKind] = []
    specific_value_digits: int = Field(default=1, ge=1)
    # ...and counts (no rank, no side of a score) of this many significant digits at least,
    # and of `specific_count_least` at least: "167,000", "55.3 million", not "32 million",
    # nor "113" companies of a markets report against its "113" points (0: no count is)
    specific_count_digits: int = Field(default=0, ge=0)
    specific_count_least: float = Field(default=0, ge=0)
    # ...and times of day in these units stated to the minute, not on the hour ("after 8 : 30
    # p. m. Thursday", "at 3 : 30 p. m."), in windows that share a word: each unit with the
    # step of its round values (a clock counts minutes: 60, the hour), which a programme's
    # every hour and many stories' "at 8 p. m." share ({}: none)
    specific_value_units: dict[str, Annotated[int, Field(gt=0)]] = {}
    # ...and, whether or not a day is stated, a time whose minutes are no multiple of
    # `timetable_step`, the grid a programme's times are set on ("at 17:06 pm (1336 GMT)" is
    # read off a clock when something happened, "الساعة 7.15" of a festival's third and fourth
    # days is set), of articles published at most `timetable_days_apart` days apart or undated
    # (0: no such time is)
    timetable_step: int = Field(default=0, ge=0)
    timetable_days_apart: int = Field(default=0, ge=0)
    # ...and so is one to the minute both tell as estimated ("at about 4 : 20 p.m." / "at
    # about 4:20 p.m."), of articles so near: a programme states its times exactly
    estimated_times: bool = False
    # ...and two sums of one value of fewer digits ("$ 80 million", "$ 50") in windows this
    # alike, when lower than same_value_similarity: a round sum is as often another of the
    # story's, but less often than a bare count (0: as same_value_similarity)
    round_sum_similarity: int = Field(default=0, ge=0, le=100)
    # Ranks of these nouns are compared as claims of no concept: the noun says what is counted
    # ("للأسبوع الثاني"), not whose streak it is (gold's losses, an index's gains)
    unknown_subject_ranks: list[str] = []
    # ...and of these among them, two of one value meet only in windows alike as any two of no
    # concept (unknown_concept_similarity), not as two of one value: "حسم مباراته الأولى" of
    # Chelsea and "يخوض مباراته الاولى" of West Ham, every team has a first match
    any_holder_ranks: list[str] = []
    # ...and of those, the nouns whose two ranks meet only in windows at least this alike: "the
    # first African - American woman to head a state medical society" and "the first woman,
    # first African American woman and first person under age 40 to sit on the board" are two
    # firsts of one woman, told in like words ({}: as any_holder_ranks)
    rank_similarity: dict[str, Annotated[int, Field(ge=0, le=100)]] = {}
    # ...but two labels of one number of these nouns, which name an item of a series or a
    # ranking, named alike, by one noun of its kind or beside one holder ("the second movie" /
    # "The second film in the Hunger Games trilogy"; align/features.py `one_series_item`), in
    # windows this alike, when lower (0: as same_value_similarity)
    series_item_ranks: list[str] = []
    series_item_similarity: int = Field(default=0, ge=0, le=100)
    # ...and of those, the nouns whose two ranks meet only so named: a superlative's rank is
    # said of its kind ("the third - biggest domestic debut weekend"), and a story ranks several
    # things by one measure
    own_kind_ranks: list[str] = []
    # Counts of these concepts are compared as claims of no concept too: "three times" says
    # how often, not what was done ("hosted the Tonys three times", "failed three times")
    unknown_subject_counts: list[str] = []
    # ...and of these concepts when round, of at most as many significant digits as given
    # (people: 1): a round count of people is any crowd's or any poll's
    round_subject_counts: dict[str, int] = {}
    # One sentence two articles print alike, word for word this many words each side of a
    # figure of one value (up to where the shorter sentence ends), states one figure: the pair
    # agrees whatever owner, place and time the rest of each article lent it (a headline's
    # place, a date of another clause). 0: off.
    repeated_sentence_words: int = Field(default=0, ge=0)
    # A name learned from one article ("في إقليم خان آباد": "~خان") or a place of the generated
    # gazetteer lies within its country, but that country said of another article's figure is
    # as often a coarser reading of another of its regions: the two are one place for figures
    # of overlapping values in windows this alike (0: only where a headline or the country's
    # own sentence tells more, align/compare._headline_region and _named_beside).
    learned_within_similarity: int = Field(default=0, ge=0, le=100)
    # a count of no concept and one of a concept (FC031 `unstated_concept_matches`) agree only
    # in windows this alike: "6672 من منسوبي الوزارة" / "6672 عاملاً", not "three speedboats" /
    # "three other assault rifles" (66) nor "four counts" / "Four others" (78)
    across_concepts_similarity: int = Field(default=0, ge=0, le=100)
    # a weekday or a month's day of an article with no publication date (align/undated.py)
    # and the day a dated article resolved are one day in windows this alike (0: never)
    undated_day_similarity: int = Field(default=0, ge=0, le=100)
    # ...and of a month's day, which names one day of the half year around its article's
    # publication, where a weekday names one of any week (absent: undated_day_similarity)
    undated_month_day_similarity: int | None = Field(default=None, ge=0, le=100)
    # a month of a year and that year, one article giving the month of what another dates by
    # its year only ("established in August 2012" / "founded in 2012"), in windows this alike
    # (absent: as any two values, `unknown_concept_similarity`)
    month_of_year_similarity: int | None = Field(default=None, ge=0, le=100)
    # two clock times the leads of two articles name (align/anchors.py; finding rules with
    # `leads: agree`) at most this many minutes apart are one moment
    lead_times_within_minutes: int = Field(default=0, ge=0)
    candidates: Candidates


class AcrossLanguages(_Strict):
    """What links two articles in different languages into one story (align/story_links.py):
    all of it, and a gazetteer place in common."""

    max_days_apart: int = Field(ge=0)  # publication dates, both known
    # figures in digits (no years, no single digits) both leads state
    min_shared_figures: int = Field(ge=1)
    # ... and at least this share of the figures of the lead that states fewer
    min_shared_share: float = Field(gt=0, le=1)
    # a figure that more articles of one day state links none of them ("100")
    max_articles_per_figure: int = Field(ge=1)


class StoriesRule(_Rule):
    """How articles are grouped into stories before any claim is compared."""

    kind: Literal["stories"]
    # A run this small is taken as one story folder: nothing is split.
    one_story_up_to: int = Field(ge=1)
    # idf-weighted cosine between an article and a story's word centroid needed to join it.
    similarity: float = Field(gt=0, le=1)
    max_days_apart: int = Field(ge=0)
    # a word in more than this share of a run's articles (and more than `common_words_min`)
    # tells no story apart
    common_words_share: float = Field(gt=0, le=1)
    common_words_min: int = Field(ge=1)
    # an article looks up the stories that share its rarest words, this many of them...
    rarest_words: int = Field(ge=1)
    # ...and scores in full this many stories that share the most of them
    candidates: int = Field(ge=1)
    # articles of one event in two languages share no words; None: never linked
    across_languages: AcrossLanguages | None = None


class Band(_Strict):
    below: float | None = None  # this band holds values under it; None: every larger value
    approx: float = Field(ge=0)  # relative half-width that "about", "نحو" allow
    rounding_cap: float = Field(ge=0)  # at most this relative half-width from rounding
    # How far "more than X" / "less than X" reach from X, relatively: a writer who means
    # 5,000 does not write "more than 1,000". None: open-ended.
    bound_reach: float | None = Field(default=None, gt=0)
    # "at least X" states a floor (the toll confirmed so far): a figure above its reach does
    # not agree with it, and does not contradict it either.
    floors: bool = False


class ToleranceRule(_Rule):
    """How wide a stated figure is: rounding to its last significant digit, and approximation."""

    kind: Literal["tolerance"]
    applies_to: list[ClaimKind]
    # the rule holds for the ordinals of those kinds ("المرتبة الخامسة"), and only for them
    ordinals: bool = False
    bands: list[Band] = Field(min_length=1)
    # how many years "about" widens an age: an age is known to the year ("عن عمر يناهز 69
    # عاما" is no 74); None: as any quantity, by the band's `approx`
    age_approx_years: float | None = Field(default=None, ge=0)


class CuesRule(_Rule):
    """Which senses of the cue lexicon mark a figure as changed (used by revision rules)."""

    kind: Literal["revision_cues"]
    lexicon: str = "cues"
    senses: dict[str, Literal["up", "down", "any"]]


# which figure a scope that rule FC035 keeps from comparison still meets at one value
OneValueWith = Literal["any_scope", "same_scope"]
NeverWhen = Literal[
    "different_units",
    "ordinal",
    "different_events",
    "scope",
    "different_occasions",
    "different_anchors",
    "different_indexes",
    "period_and_point",
    "different_deeds",
    "opposite_changes",
]


class NeverCompareRule(_Rule):
    kind: Literal["never_compare"]
    applies_to: list[ClaimKind]
    when: NeverWhen
    # `when: scope`: either claim's scope (Claim.scope: clock, conversion...) is one of these
    scopes: list[str] = []
    # `when: scope`: those of `scopes` still compared where two articles state one known value
    # in one unit, with a figure of any scope or only with one of the same scope
    one_value_compared: dict[str, OneValueWith] = {}
    # `when: different_units`: these kinds' figures of no stated unit are in no other unit, so
    # they meet figures in any ("يكسب مؤسس تسلا مليار ونصف المليار" is in dollars or riyals)
    unstated_unit_matches: list[ClaimKind] = []
    # `when: different_units`: these kinds' figures of no known concept may agree with figures
    # of a concept, in windows as alike as the gate asks of an unknown concept ("6672 من منسوبي
    # الوزارة" and "6672 عاملاً"); never conflict with them, and two concepts never meet
    unstated_concept_matches: list[ClaimKind] = []
    # `when: different_indexes`: two figures of one index in sentences that state no date,
    # of papers published further apart, are of two trading days (absent: any days)
    index_days_apart: int | None = Field(default=None, ge=0)
    # `when: different_anchors`: two distances whose bearings are further apart than this many
    # degrees are two distances (absent: bearings are not read)
    bearings_apart: float | None = Field(default=None, gt=0, le=180)

    @model_validator(mode="after")
    def _one_value_of_scopes(self) -> NeverCompareRule:
        """Only a scope kept from comparison can be compared all the same."""
        if stray := sorted(set(self.one_value_compared) - set(self.scopes)):
            raise ValueError(f"one_value_compared names scopes not in scopes: {stray}")
        return self


class Match(_Strict):
    """Conditions on an ordered pair (a earlier, b later); every one set must hold."""

    documents: Literal["same", "different", "any"] = "any"
    sentence: Literal["same", "any"] = "any"
    values: Literal["overlap", "disjoint", "any"] = "any"
    # one side's location unknown: does the pair still count as the same place? `owner_country`:
    # only when that side's owner names the other's place ("الانتخابات التركية: مقتل 10" is in
    # Turkey, like "3 قتلى ... في تركيا")
    one_location_unknown: Literal["match", "no_match", "owner_country"] = "match"
    # `unknown`: a place read from the headline (the figure's sentence naming none) counts as
    # unknown above, and never makes the pair the same place: "جرح 7 آخرين" under "تحذيرات من
    # كارثة صحية في تعز" is not said to be where "ثلاثة عشر آخرين ... في تعز" were
    headline_place: Literal["stated", "unknown"] = "stated"
    # one side's owner (the country a figure is of: "البورصة القطرية", "US troops") unknown and
    # the other's known: `no_match` takes them for different quantities, unless the unknown
    # side's place is the other's owner ("4 شركات" of the Qatar exchange is no conflict with
    # "7 شركات" of a market named sentences before)
    one_owner_unknown: Literal["match", "no_match"] = "match"
    # one side's concept (a date's event: "died on Saturday") unknown and the other's known:
    # `no_match` does not take them for one quantity ("1431/5/18" of an arrest order against
    # a date in an image's address); two dates alike agree all the same
    one_concept_unknown: Literal["match", "no_match"] = "match"
    # a figure for a place within the other's (a city in its country) is part of the other:
    # `exceeds_whole` holds the pair only when the part's figure is above the whole's
    # ("4 قتلى في اسطنبول" is no conflict with "6 قتلى في تركيا"; 10 would be)
    part_of_place: Literal["exceeds_whole", "any"] = "any"
    as_of: Literal["overlap", "any"] = "any"
    as_of_window_days: int = 0
    # the kinds whose as-of dates must overlap (absent: every kind): a date is its own time,
    # and "Jeffs became leader of the FLDS upon the death of his father in 2002" told in 2011
    # is the "died in 2002" of a paper of 2010
    as_of_kinds: list[ClaimKind] | None = None
    # a figure dated by its article's publication may be of an event day the other states,
    # when published at most this many days after it: "yesterday's bombing killed 12" against
    # "the bombing killed 10" in a paper of the same day (two stated dates never are)
    as_of_lag_days: int = Field(default=0, ge=0)
    # two figures whose sentences date neither, in windows this alike, are one fact told
    # again, however far apart their articles were published (`as_of` asks no overlap of them)
    as_of_retold_similar: int | None = Field(default=None, ge=0, le=100)
    # ...and where one sentence dates the figure before the other article's publication and the
    # other does not date it, in windows this alike: the later article tells the past event
    as_of_dated_retold_similar: int | None = Field(default=None, ge=0, le=100)
    # two lengths of time hold only when they differ by more days than lie between their as-of
    # dates: "served five months" a day after "served four months" cannot be the span grown
    span_outgrows_gap: bool = False
    later: Literal["published_or_as_of", "published_or_as_of_or_floor", "any"] = "any"
    # two figures further apart than this factor are two quantities, not two accounts of one
    # (a bank sector's 21 billion riyals of profit and the insurers' 202 million), unless
    # one is the other times a power of ten: a slip of scale ("165 مليار" / "165 مليون")
    max_ratio: float | None = Field(default=None, gt=1)
    # `same_day`: figures of one day ("أمس", "today", or the day of publication) are paired only
    # from articles published the same day: a daily statistic moves, and a "yesterday" resolved
    # against a crawl date may be another day's (a month's or a year's figure is not held back)
    published: Literal["same_day", "any"] = "any"
    # `not_left`: the later figure is not one its own article gives as left or contrasted
    # ("وكانت الحصيلة السابقة تفيد عن ثمانية قتلى", "up from 8"): that is no newer account
    # `paired`: each figure of one sentence carries its side of the change: the later a cue
    # of the level reached, or none when it stands before the earlier's cue ("eight hours,
    # up from five"); the earlier a cue of the level left ("بعد أن كانت", "up from", "إلى 20
    # من 15"), or none when it comes first and the sentence dates it earlier ("في عام 2018 ...
    # نحو 400 جندي، وازداد العدد ... في صيف عام 2024 ... إلى نحو 800"). One cued figure beside
    # any other made "nine games ... fell to 2-6" a revision.
    cue: Literal["on_later", "between", "paired", "none", "not_left", "any"] = "any"
    # `told_before`: a figure its sentence gives as the level a change left ("eight hours of
    # battery life - up from five hours before") pairs with one of no such cue only from an
    # article published no later: the old model's five hours are not the five hours another
    # chip gives ("you get five hours of battery life and four hours with the 9600M"), while
    # yesterday's "15 killed" is today's "rose to 20 from 15"
    levels_left: Literal["told_before", "any"] = "any"
    # `agree`: where the two sentences state other measures of one unit (Claim.measures), some
    # are alike: "2.53GHz processor, 6MB L2" and "2.66-GHz Core 2 Duo processor with 6 MB of
    # on-chip L2 cache" are two models' caches
    measures: Literal["agree", "any"] = "any"
    # `none`: neither figure is an elapsed duration ("after four days of riots"), which grows
    # from one report to the next (Claim.elapsed)
    elapsed: Literal["none", "any"] = "any"
    # `none`: neither figure is a moment, a rank of a unit a clock counts ("في الدقيقة 17":
    # common/units.yaml `on_clock`): one game's or day's moments are as often two events'
    # (a penalty saved in the 17th minute, a goal in the 62nd) as two accounts of one;
    # `different_documents`: a moment pairs only with another article's, a round-up names
    # several games' ("هجمة خطيرة في الدقيقة 55" at the Emirates, a penalty in the 55th at
    # Stamford Bridge)
    moments: Literal["none", "different_documents", "any"] = "any"
    # `no_match`: neither sentence also states the other's figure in digits. Two ages of one
    # sentence are two people's ("a 15 - year - old girl and ... a 12 - year - old girl"; "لا
    # يتجاوز العمر 35 سنة للمحاضر، وللمعيد عن 30 سنة"): the one equal to the other article's
    # figure is the one to compare with it.
    other_value_in_sentence: Literal["no_match", "any"] = "any"
    direction_agrees_with_cue: bool = False
    # `same`: both figures give the same share of their quantity (Claim.scope: none, a part,
    # a remainder, a season's or career's total): "seven AK-47 assault rifles, two other
    # rifles" is no conflict with "Nine assault rifles"
    scope: Literal["same", "any"] = "any"
    # a figure in one of these scopes pairs only with one in the same scope: a limit ("the
    # legal limit of 0.08 percent", "a possible maximum of 27 years", "بحد أدنى 5600 ريال")
    # is no level measured nor sentence imposed, though it bounds them
    scopes_apart: list[str] = []
    # ...except with a figure of no scope given with this qualifier at the same number: a limit
    # and "up to" its number state one cap ("faces a maximum sentence of 15 years to life" /
    # "faces up to 15 years to life"), and outlets write it either way
    scope_caps: dict[str, Qualifier] = {}
    # a count of a part of the group its noun names (Features.of_group) pairs with a figure that is
    # no such part only at one stated number: "He scored all 11 of his points" / "Echenique had
    # 11 points", but "at least 25 of the injured in his district were hospitalised" is no
    # "around 30 people seriously injured"
    groups_one_number: bool = False
    # `agree`: the two articles' leads do not name only different weekdays, nor only different
    # specific places (align/anchors.py): "quake near The Geysers on Sunday" and "quake near
    # Healdsburg early Thursday" are two quakes, whatever their figures
    leads: Literal["agree", "any"] = "any"
    # `agree`: the sizes of the two figures' events (a quake's magnitudes, their sentences' else
    # their leads') are not all apart (align/anchors.sizes_apart): "a magnitude-5.2 quake has
    # injured three people" is not the 5.9 quake whose "few injured" were taken to hospitals
    sizes: Literal["agree", "any"] = "any"
    # `agree`: the names that hold the two figures (Claim.holders: "HP" and "IBM", "أسمنت
    # نجران" and "أسمنت ينبع"), where both sentences give some, share one (extract/holders.py)
    # `agree_if_values_differ`: the same, asked only of two figures that state different
    # numbers ("400 people" of Beit Lahiya, "more than 300 Palestinians" of the Jabaliya school)
    holders: Literal["agree", "agree_if_values_differ", "any"] = "any"
    # `agree`: two ages whose sentences name the person right beside them (Claim.person:
    # "Mahnefah Gray, 19", "King, 39") name the same one
    persons: Literal["agree", "any"] = "any"
    # the words around the two figures at least this similar (rapidfuzz token_set_ratio)
    sentences_similar: int = Field(default=0, ge=0, le=100)
    # ...the same, asked only of a vague amount and a stated one ("tens of thousands" and "20,
    # 000"): the vague one agrees with every value of its range, a city's marchers and
    # another's, and would hold them in one agreement
    vague_similar: int = Field(default=0, ge=0, le=100)
    # ...and sharing at least this many words that say what the figures are about (not
    # stopwords, not the mentions' own): "found four people in the break room" shares none
    # with "officers freed seven people"
    shared_topic_words: int = Field(default=0, ge=0)
    # ...or at least this share of the topic words of the window that has fewer (a headline
    # such as "برنت يتجاوز 75 دولار" has one)
    shared_topic_share: float = Field(default=1.0, ge=0.0, le=1.0)
    # one-word cues of a toll of one sense (death_cues.yaml) count as one shared topic word:
    # "مقتل خمسة ... وإصابة 16" and "قتل خمسة ... وأصيب حوالى عشرة" share the dead and injured
    topic_cues_as_sense: bool = False
    # a figure of unknown concept only pairs with one between the same words: `both` the word
    # before and the one after ("عن عمر يناهز 90 عاما" / "... 25 عاما"), or `either`
    neighbours_if_no_concept: Literal["both", "either", "any"] = "any"
    # ...and a count of one of these concepts, which says little of what was counted (people
    # that no cue of their clause made dead, injured or protesters: "for 12 people to sit down
    # around the table" are not "the three people said"), with `neighbours_if_loose`
    loose_concepts: list[str] = []
    neighbours_if_loose: Literal["both", "either", "any"] = "any"
    # a date of a day written with digits ("26 يوليو"), not words resolved against the
    # article's date ("أمس", "on Monday"), which two outlets may resolve a day apart; months
    # and years may be words ("كذبة أبريل", "في رمضان", "العام الماضي")
    days_in_digits: bool = False
    # `only`: both figures are ordinals ("المرتبة الخامسة"); `none`: neither is
    ordinals: Literal["only", "none", "any"] = "any"
    # both claims in one of these units (durations: `[day, year]`), or in none of them
    units: list[str] | None = None
    not_units: list[str] = []
    # only counts of these concepts (the concept lexicon's names; of a `same` group, its first):
    # running counts, which grow from one report to the next (the dead, the injured, arrests)
    concepts: list[str] | None = None
    # the later figure states a larger number than the earlier one: "at least 15" revises "at
    # least 8" though the two intervals overlap; a vague amount ("dozens") states none
    later_larger: bool = False

    @model_validator(mode="after")
    def _caps_of_scopes_apart(self) -> Match:
        """A cap only relaxes `scopes_apart`: of any other scope it would never be read."""
        if stray := sorted(set(self.scope_caps) - set(self.scopes_apart)):
            raise ValueError(f"scope_caps names scopes not in scopes_apart: {stray}")
        return self


class FindingRule(_Rule):
    kind: Literal["finding"]
    finding: FindingKind
    severity: Severity
    priority: int = 0
    applies_to: list[ClaimKind]
    match: Match = Match()
    # Drop the finding when either claim already agrees with some claim of the other's article:
    # "7 killed, 250 injured" against "7 killed, 250 injured" pairs 7 with 7, never 7 with 250.
    # `later`: only when the later figure does, for a revision: the earlier article stated the
    # newer figure already ("8 airlifted, 24 still in hospital" told on both days), while the
    # later one may well restate the figure it replaced ("the earlier toll was eight").
    yield_to_agreement: bool | Literal["later"] = False
    # Drop the finding when either article also states the other's figure (a figure of the
    # same quantity within its interval) in words at least this alike (0-100) to those of its
    # own figure: it lists items in parallel (the rounds of a race meeting, bonds issued this
    # month and in June), so the pair holds two items, not two accounts of one. 0: never.
    yield_to_listed_value: int = Field(default=0, ge=0, le=100)
    message: str

    @field_validator("message")
    @classmethod
    def _plain_fields(cls, message: str) -> str:
        """Templates are data: they may name a claim's public fields, and nothing else."""
        for _, name, _, _ in Formatter().parse(message):
            if name is None:
                continue
            root, _, attribute = name.partition(".")
            if root not in _MESSAGE_FIELDS or "[" in name or attribute.startswith("_"):
                raise ValueError(
                    f"message field {{{name}}} is not one of {sorted(_MESSAGE_FIELDS)}"
                )
            if attribute and attribute not in Claim.model_fields:
                raise ValueError(f"message field {{{name}}}: a claim has no {attribute!r}")
        return message


_MESSAGE_FIELDS = {"a", "b", "n", "docs"}


# The union's order is the order in which rules/README.md documents the kinds.
Rule = Annotated[
    ConceptsRule
    | StoriesRule
    | ComparableRule
    | ToleranceRule
    | CuesRule
    | NeverCompareRule
    | FindingRule,
    Field(discriminator="kind"),
]
RULE_KINDS: tuple[str, ...] = tuple(
    get_args(rule_type.model_fields["kind"].annotation)[0]
    for rule_type in get_args(get_args(Rule)[0])
)
_RULE: TypeAdapter[Rule] = TypeAdapter(Rule)


def open_unit_kinds(rules: RuleSet) -> frozenset[ClaimKind]:
    """The kinds whose figures of no stated unit meet figures in any (rule FC031)."""
    return _unit_rule_kinds(rules, "open_units", lambda rule: rule.unstated_unit_matches)


def concept_kept_kinds(rules: RuleSet) -> frozenset[ClaimKind]:
    """The kinds whose claims of different concepts are never compared, one of no concept with
    one of a concept included (rule FC031); for other kinds (dates: FC034 keeps only two named
    events apart; counts of `unstated_concept_matches`, which share a block and are aligned
    by concept in it) a claim of no concept meets the claims of every concept."""
    return _unit_rule_kinds(rules, "concept_kept", lambda rule: rule.applies_to) - (
        open_concept_kinds(rules)
    )


def open_concept_kinds(rules: RuleSet) -> frozenset[ClaimKind]:
    """The kinds whose figures of no concept may agree with figures of a concept (FC031)."""
    return _unit_rule_kinds(rules, "open_concepts", lambda rule: rule.unstated_concept_matches)


def _unit_rule_kinds(
    rules: RuleSet, key: str, kinds: Callable[[NeverCompareRule], Iterable[ClaimKind]]
) -> frozenset[ClaimKind]:
    """Kinds the different-units rules list, read once per run under `key`."""
    cached = rules.cache.get(key)
    if cached is None:
        cached = rules.cache[key] = frozenset(
            kind
            for rule in rules.of(NeverCompareRule)
            if rule.when == "different_units"
            for kind in kinds(rule)
        )
    return cached


@dataclass
class RuleSet:
    rules: list[Rule] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    # Tables derived from the rules, built once per run by whoever needs them first.
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def of(self, kind: type[_Rule]) -> list[Any]:
        return [rule for rule in self.rules if isinstance(rule, kind)]

    def findings(self) -> list[FindingRule]:
        """Finding rules, the highest priority first (ties: by id, for a stable order)."""
        return sorted(self.of(FindingRule), key=lambda rule: (-rule.priority, rule.id))


def load_rules(extra_dirs: list[Path]) -> RuleSet:
    ruleset = RuleSet()
    seen: dict[str, Path] = {}
    for folder in [bundled_rules(), *extra_dirs]:
        if not folder.is_dir():
            raise RuleFileError(folder, "rules folder does not exist")
        for path in sorted(folder.rglob("*.yaml")):
            hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
            if path.name.endswith(".cases.yaml") or hidden:
                continue
            rule = load_rule(path)
            if rule.id in seen and seen[rule.id] != path:
                raise RuleFileError(
                    path, f"rule id {rule.id} is already used by {seen[rule.id]}", 1
                )
            seen[rule.id] = path
            ruleset.rules.append(rule)
            ruleset.files.append(path)
    return ruleset


def load_rule(path: Path) -> Rule:
    try:
        text = decode(path.read_bytes())
        data = load_yaml(text)
    except InputError as exc:
        raise RuleFileError(path, exc.message, exc.line) from exc
    except OSError as exc:
        raise RuleFileError(path, f"cannot read: {exc.strerror}") from exc
    if not isinstance(data, dict):
        raise RuleFileError(path, "a rule file must be a mapping", 1)
    try:
        return _RULE.validate_python(data)
    except ValidationError as exc:
        # A misspelt key shows as both "extra" and "missing": name the misspelling.
        errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        error = errors[0]
        loc = error["loc"]
        if loc and loc[0] == data.get("kind"):  # the union's tag, not a key of the file
            loc = loc[1:]
        loc = loc or ("kind",)
        where = ".".join(str(part) for part in loc)
        raise RuleFileError(path, f"{where}: {error['msg']}", _line_of(text, loc)) from exc


def _line_of(text: str, loc: tuple[Any, ...]) -> int:
    """The 1-based line of the deepest node of `loc` that the file has (the key, if missing)."""
    node: Any = yaml.compose(text, Loader=yaml.SafeLoader)
    line = node.start_mark.line + 1 if node is not None else 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            child = next(((k, v) for k, v in node.value if k.value == part), None)
            if child is None:
                break
            line = child[0].start_mark.line + 1
            node = child[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
            line = node.start_mark.line + 1
    return line
