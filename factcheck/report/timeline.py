"""The story of a number: each outlet's value of a disputed or revised figure over time.

Only geometry is computed here; the HTML template draws it as inline SVG, so no chart library
and no network is needed to see it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factcheck.report.view import FindingView

WIDTH, HEIGHT = 520, 170
LEFT, RIGHT, TOP, BOTTOM = 92, 16, 14, 34
# Distinct on white and for the common colour-vision deficiencies (Okabe & Ito).
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000")


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float
    # The interval the qualifier implies, drawn as a bar when it is not a single value.
    y_low: float
    y_high: float
    colour: str
    label: str
    anchor: str


@dataclass(frozen=True, slots=True)
class Series:
    outlet: str
    colour: str
    path: str


@dataclass(frozen=True, slots=True)
class Tick:
    position: float
    label: str


@dataclass(frozen=True, slots=True)
class Timeline:
    points: list[Point]
    series: list[Series]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    bottom: int = HEIGHT - BOTTOM
    right: int = WIDTH - RIGHT
    top: int = TOP


def timeline(view: FindingView, anchors: dict[str, str]) -> Timeline | None:
    """None when fewer than two claims have a value to place."""
    placed = []
    for claim_view in view.claims:
        claim, document = claim_view.claim, claim_view.document
        span = _span(claim_view)
        when = _day(document.published) or (_day(claim.as_of.start) if claim.as_of else None)
        if span is not None:
            outlet = document.outlet or document.id
            placed.append((when, span, outlet, claim_view))
    if len(placed) < 2:
        return None
    days = [when.toordinal() for when, *_ in placed if when is not None]
    first, last = (min(days), max(days)) if days else (0, 0)
    low = min(span[0] for _, span, *_ in placed)
    high = max(span[1] for _, span, *_ in placed)
    if high == low:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.1
    low, high = low - pad, high + pad
    is_date = placed[0][3].claim.kind == "date"

    def x_of(when: date | None, index: int) -> float:
        if when is None or first == last:
            # Undated or all on one day: spread in report order so none hides another.
            return LEFT + (WIDTH - LEFT - RIGHT) * (index + 1) / (len(placed) + 1)
        return LEFT + (WIDTH - LEFT - RIGHT) * (when.toordinal() - first) / (last - first)

    def y_of(value: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (high - value) / (high - low)

    colours: dict[str, str] = {}
    points: list[Point] = []
    tracks: dict[str, list[tuple[float, float]]] = {}
    for index, (when, (v_low, v_high), outlet, claim_view) in enumerate(placed):
        colour = colours.setdefault(outlet, PALETTE[len(colours) % len(PALETTE)])
        x = x_of(when, index)
        y = y_of((v_low + v_high) / 2)
        dated = when.isoformat() if when else "undated"
        points.append(
            Point(
                x=round(x, 1),
                y=round(y, 1),
                y_low=round(y_of(v_low), 1),
                y_high=round(y_of(v_high), 1),
                colour=colour,
                label=f"{outlet} · {dated}: {claim_view.claim.text}",
                anchor=anchors.get(claim_view.claim.id, ""),
            )
        )
        tracks.setdefault(outlet, []).append((x, y))
    series = [
        Series(outlet, colours[outlet], " ".join(f"{x:.1f},{y:.1f}" for x, y in sorted(track)))
        for outlet, track in tracks.items()
    ]
    x_ticks = [Tick(LEFT, "no publication dates: in report order")]
    if days:
        x_ticks = [Tick(LEFT, date.fromordinal(first).isoformat())]
        if last != first:
            x_ticks.append(Tick(WIDTH - RIGHT, date.fromordinal(last).isoformat()))
    # The axis names each value stated (not round numbers): the figures are what is read.
    label = _date_label if is_date else _number_label
    y_ticks: list[Tick] = []
    for value in sorted({(v_low + v_high) / 2 for _, (v_low, v_high), *_ in placed}):
        y = round(y_of(value), 1)
        if all(abs(y - tick.position) >= 12 for tick in y_ticks):
            y_ticks.append(Tick(y, label(value)))
    return Timeline(points, series, x_ticks, y_ticks)


def _span(claim_view) -> tuple[float, float] | None:
    claim = claim_view.claim
    if claim.kind == "date" and claim.date is not None:
        start, end = _day(claim.date.start), _day(claim.date.end)
        if start and end:
            return float(start.toordinal()), float(end.toordinal())
        return None
    ends = [v for v in (claim.low, claim.value, claim.high) if v is not None]
    if not ends:
        return None
    return min(ends), max(ends)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _number_label(value: float) -> str:
    for scale, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " m")):
        if abs(value) >= scale:
            return f"{value / scale:,.3g}{suffix}"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.3g}"


def _date_label(value: float) -> str:
    return date.fromordinal(round(value)).isoformat()
