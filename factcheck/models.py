"""The data model: every type that crosses a stage boundary, and the contract's JSON report."""

from __future__ import annotations

from functools import cache
from typing import Literal, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_serializer

ClaimKind = Literal["count", "money", "percent", "quantity", "date"]
Qualifier = Literal["exact", "approx", "gt", "ge", "lt", "le", "range", "vague"]
FindingKind = Literal["agreement", "conflict", "revision", "single_source"]
Severity = Literal["error", "warning", "note"]
Granularity = Literal["day", "month", "year"]

SEVERITY_OF: dict[str, Severity] = {
    "conflict": "error",
    "revision": "warning",
    "agreement": "note",
    "single_source": "note",
}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Reference(NamedTuple):
    """Where a distance is measured from: the place named after it ("four miles southwest of
    Cobb": "cobb", its folded stem) and its bearing from there, degrees clockwise from north
    ("southwest": 225.0); either unsaid is None."""

    place: str | None
    bearing: float | None


class DateSpan(_Frozen):
    """A resolved calendar interval; both ends inclusive, ISO dates."""

    start: str
    end: str
    granularity: Granularity


class Document(_Frozen):
    """One article. `body` is the text offsets refer to; it is not part of the JSON report."""

    id: str
    path: str
    language: str | None = None
    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    # Why the document yielded no claims, when that was decided before extraction
    # (an unsupported language, say). None for a normal article.
    note: str | None = None
    body: str = Field(default="", exclude=True, repr=False)


LEARNED = "~"  # marks a name learned from the documents ("~kerman"), not the gazetteer's


class Claim(_Frozen):
    """One numeric or dated mention, with the interval its qualifier implies and its context."""

    id: str
    document: str
    start: int
    end: int
    text: str
    sentence: str
    kind: ClaimKind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    date: DateSpan | None = None
    # What the figure is about: a concept, after its owner and a slash when one is named
    # ("us/troops"; "us/*" for an owner of no known concept), set by extract/context.py and
    # read back with split_subject.
    subject: str | None = None
    # A gazetteer key ("iraq/baghdad"), or a name learned from the documents marked LEARNED
    # ("afghanistan/~سكني", "~kerman/~zarand"), set by extract/context.py.
    location: str | None = None
    as_of: DateSpan | None = None
    attribution: str | None = None
    # Anything the reader must know to trust the value: an ambiguous currency, a relative
    # date left unresolved for want of a publication date.
    note: str | None = None
    # A change cue next to the figure, "<role>:<sense>" ("new:rise" for "ارتفع إلى", "old:previous"
    # for "بعد أن كانت"), set by extract/context.py and read by the revision rules.
    cue: str | None = Field(default=None, exclude=True)
    # Which share of a quantity the figure gives ("part": "including 3", "remainder": "three
    # other rifles", "aggregate": a season's or career's total, "clock": a moment on a game
    # clock, "conversion": a sum in another currency, "size": "a 17-inch notebook"), set by
    # extract/context.py.
    scope: str | None = Field(default=None, exclude=True)
    # The names of who holds the figure (a company, a club, a person) when the sentence gives
    # them, set by extract/context.py (extract/holders.py); different holders never conflict.
    holders: tuple[str, ...] = Field(default=(), exclude=True)
    # A rank or an item of a series ("المرتبة الخامسة", "the sixth round"; extract/ranks.py):
    # compared only with another rank of the same noun.
    ordinal: bool = Field(default=False, exclude=True)
    # How long an ongoing event has lasted so far ("after four days of riots"; extract/elapsed.py):
    # it grows from one report to the next.
    elapsed: bool = Field(default=False, exclude=True)
    # The story (group of articles about one event) the claim's document belongs to, set at the
    # start of alignment; claims of different stories are never compared.
    story: str | None = Field(default=None, exclude=True)
    # What a sum of money is, the sum a percentage is a share or change of, or the statistic a
    # length of time is the period of, from the noun before it (lexicons/*/sums.yaml: "الودائع",
    # "النقد المتداول", profit, "التجارة الخارجية"), set by
    # extract/context.py: two sums said to be different things are never compared, whatever
    # concept the words near them gave.
    sum_of: str | None = Field(default=None, exclude=True)
    # The location was read from the headline, the sentence naming none (extract/context.py):
    # a guess that keeps two figures apart, never one that makes them the same place.
    location_from_title: bool = Field(default=False, exclude=True)
    # The as_of was read from a date of the figure's sentence ("أمس", "today", "in 2018"), not
    # lent by the publication date (extract/context.py): only a lent one may be of an event
    # day the other figure states (rules' `as_of_lag_days`).
    as_of_stated: bool = Field(default=False, exclude=True)
    # The numbered occasion (a race meeting, a festival, a league round) whose heading the
    # figure comes under ("meeting:7", extract/occasions.py): two occasions' figures are never
    # compared.
    occasion: str | None = Field(default=None, exclude=True)
    # The person an age is of, where the sentence names them right beside it ("Mahnefah Gray,
    # 19": "mahnefah gray"; extract/persons.age_person): two people's ages never agree.
    person: str | None = Field(default=None, exclude=True)
    # The sex of the noun an age is said of ("two sons, ages 6 and 16": "male"; "girls age 6 and
    # 8": "female"; extract/persons.age_sex): ages of nouns of two sexes are two people's.
    sex: str | None = Field(default=None, exclude=True)
    # The noun of a relation to someone an age is said of ("Timmons' 16 year-old best friend":
    # "friend"; extract/persons.age_relation): the relation's age is not that of a person named.
    relation: str | None = Field(default=None, exclude=True)
    # The role of the one an age is said of, where a word before it tells it ("القبض على شاب
    # عمره 23 عاماً": "suspect"; extract/persons.age_role): an age of a role agrees only with
    # an age of that role, not with the victim's nor with one no word tells the role of.
    role: str | None = Field(default=None, exclude=True)
    # Where a distance is measured from (extract/distances.py): distances from two places, or
    # in two bearings, are never compared (rule FC037). One field, not two: a claim's fields
    # are its __dict__, whose table doubles past 42 keys (+750 bytes for each of the week's
    # 48,000 claims).
    anchor: Reference | None = Field(default=None, exclude=True)
    # The deed a length of time is the term of, named before it in its clause ("تجديد عضوية
    # ... لمدة ثلاث سنوات": "renewal"; extract/context.py, lexicons/*/durations.yaml `deeds`):
    # two deeds' terms are never compared (rule FC040).
    deed: str | None = Field(default=None, exclude=True)
    # The market index whose name the sentence gives before the figure ("وصعد مؤشر داو جونز
    # الصناعي 92.93 نقطة": "dow"; extract/indexes.py): two indexes' figures are never compared
    # (rule FC038).
    index: str | None = Field(default=None, exclude=True)
    # How many events a toll is of, told by a count of them right before it ("بعد هجومين أوقعا
    # 13 قتيلا": 2; extract/context.py, common/concepts.yaml `events`): the toll of two attacks
    # is never that of one (rule FC030 `different_units`).
    events: int | None = Field(default=None, exclude=True)
    # The other measures its sentence states, in other units ("2.53GHz processor, 6MB L2":
    # ("GHz", 2.53) for the 6MB), set by extract/claims.py: two figures whose sentences give
    # another measure of one unit apart are of two items.
    measures: tuple[tuple[str, float], ...] = Field(default=(), exclude=True)
    # The name in the possessive right before the figure ("compared with IBM's 10 percent":
    # "IBM"; extract/holders.possessor): two figures of one sentence with different possessors
    # are two holders' (in two sentences a possessive may name a part of one holder).
    possessor: str | None = Field(default=None, exclude=True)
    # Who did what a measure measures ("Montell Owens's two-yard run", "a 2-yard touchdown run
    # by Garrard": "garrard"; extract/holders.agent): two agents' measures are two acts.
    agent: str | None = Field(default=None, exclude=True)
    # The side of a fight a toll counts ("forces", "militants", "civilians": "«قتيلين» من
    # المهاجمين", "five soldiers"; extract/sides.py): two sides' tolls are never compared.
    side: str | None = Field(default=None, exclude=True)
    # What befell the counted of a concept that does not say it ("Two officers suffered minor
    # injuries": "injured"), or "agent" for a count that did it to someone ("Two plainclothes
    # NYPD officers shot and killed a 16 - year - old"; extract/counts.toll_of): the injured
    # officers and those who shot are two groups, never one figure.
    toll: str | None = Field(default=None, exclude=True)
    # Where the figure starts in its sentence (extract/claims.py), read with `in_sentence`: a
    # round-up's "1" is not always the sentence's first "1" ("3/ 1 وأستون فيلا على مضيفه
    # بورنموث 1/ صفر").
    at: int | None = Field(default=None, exclude=True)

    @property
    def in_sentence(self) -> int:
        """Where the figure starts in `sentence`: `at`, or the text's first place there for a
        claim built without it; -1 when the sentence does not hold it."""
        if self.at is not None:
            return self.at
        return self.sentence.find(self.text)

    @field_serializer("value", "low", "high")
    def _plain_number(self, number: float | None) -> float | int | None:
        # "2,000 troops" reads 2000 in the report, not 2000.0.
        if number is not None and number.is_integer() and abs(number) < 2**53:
            return int(number)
        return number


def split_subject(subject: str | None) -> tuple[str | None, str | None]:
    """ "us/troops" -> ("us", "troops"); "troops" -> (None, "troops"); "us/*" -> ("us", None)."""
    if not subject:
        return None, None
    owner, sep, concept = subject.rpartition("/")
    return (owner or None) if sep else None, concept if concept not in ("", "*") else None


class Finding(_Frozen):
    id: str
    kind: FindingKind
    claims: list[str]
    rule: str
    message: str
    severity: Severity
    # True when the finding's id is in the --baseline file: shown, but never fails the run.
    known: bool = False


class RunError(_Frozen):
    path: str
    message: str
    line: int | None = None


class Summary(_Frozen):
    documents: int = 0
    claims: int = 0
    agreement: int = 0
    conflict: int = 0
    revision: int = 0
    single_source: int = 0


class Report(_Frozen):
    version: Literal[1] = 1
    documents: list[Document] = []
    claims: list[Claim] = []
    findings: list[Finding] = []
    errors: list[RunError] = []
    summary: Summary = Summary()
    # Baseline ids that no current finding has: the CI maintainer should prune them.
    stale_baseline: list[str] = []


_Model = TypeVar("_Model", bound=BaseModel)


def sharing_fields_set(model: _Model, names: tuple[str, ...]) -> _Model:
    """`model`, built from the fields `names`, with the one set of these names that every model
    built from them shares as pydantic's fields set (`model_fields_set`), not a set of its
    own: a set of 20 names takes 2.3 KB, 100 MB for the SaudiNewsNet week's 44,000 claims (a
    fifth of the run's memory, and a set written and rebuilt per claim pickled back from a
    worker). Safe for these frozen models: nothing adds to the set, and a copy
    (`model_copy`) copies it."""
    object.__setattr__(model, "__pydantic_fields_set__", _fields_set(names))
    return model


@cache
def _fields_set(names: tuple[str, ...]) -> set[str]:
    return set(names)


def summarize(documents: list[Document], claims: list[Claim], findings: list[Finding]) -> Summary:
    counts = {kind: 0 for kind in ("agreement", "conflict", "revision", "single_source")}
    for finding in findings:
        counts[finding.kind] += 1
    return Summary(documents=len(documents), claims=len(claims), **counts)
