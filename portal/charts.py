"""A small trend chart for repeated lab tests, drawn on the server as SVG geometry.

No chart library and no script: the view computes coordinates, the template writes an
``<svg>`` with presentation attributes only (the CSP allows no inline styles), and the same
values are in a table next to it for screen readers and for anyone who prefers numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

WIDTH = 320
HEIGHT = 160
PAD_LEFT = 40
PAD_RIGHT = 12
PAD_TOP = 12
PAD_BOTTOM = 28

_NUMBER = re.compile(r"^\s*[<>]?=?\s*(-?\d+(?:\.\d+)?)\s*$")
_RANGE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(?:-|\u2013|to)\s*(-?\d+(?:\.\d+)?)\s*$")
_BOUND = re.compile(r"^\s*([<>])=?\s*(-?\d+(?:\.\d+)?)\s*$")


def parse_number(value: str) -> float | None:
    match = _NUMBER.match(value or "")
    return float(match.group(1)) if match else None


def parse_range(text: str) -> tuple[float | None, float | None]:
    """``"4.0-5.6"`` -> (4.0, 5.6); ``"<200"`` -> (None, 200); anything else -> (None, None)."""
    if match := _RANGE.match(text or ""):
        return float(match.group(1)), float(match.group(2))
    if match := _BOUND.match(text or ""):
        bound = float(match.group(2))
        return (None, bound) if match.group(1) == "<" else (bound, None)
    return None, None


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y: float
    value: str
    when: datetime
    out_of_range: bool


@dataclass(frozen=True)
class TrendChart:
    width: int
    height: int
    points: list[ChartPoint]
    polyline: str
    # The reference range as a shaded band: top y and height, or None.
    band: tuple[float, float] | None
    y_ticks: list[tuple[float, str]]
    # (x, text, text-anchor): the first label starts at its point, the last ends at it.
    x_labels: list[tuple[float, str, str]]
    plot_left: int
    plot_right: int
    plot_bottom: int

    @property
    def plot_width(self) -> int:
        return self.plot_right - self.plot_left


def _fmt(number: float) -> str:
    return f"{number:g}"


def trend_chart(
    samples: Sequence[tuple[datetime, str]], reference_range: str = ""
) -> TrendChart | None:
    """Geometry for ``samples`` (time, value text); None unless two or more are numeric."""
    numeric = sorted(
        (when, parse_number(value), value)
        for when, value in samples
        if parse_number(value) is not None
    )
    if len(numeric) < 2:
        return None
    low, high = parse_range(reference_range)
    values = [number for _, number, _ in numeric]
    bounds = [b for b in (low, high) if b is not None]
    y_min, y_max = min([*values, *bounds]), max([*values, *bounds])
    if y_max == y_min:
        y_min, y_max = y_min - 1, y_max + 1
    margin = (y_max - y_min) * 0.1
    y_min, y_max = y_min - margin, y_max + margin

    left, right = PAD_LEFT, WIDTH - PAD_RIGHT
    top, bottom = PAD_TOP, HEIGHT - PAD_BOTTOM
    t0 = numeric[0][0].timestamp()
    span = (numeric[-1][0].timestamp() - t0) or 1.0

    def x_of(when: datetime) -> float:
        return round(left + (when.timestamp() - t0) / span * (right - left), 1)

    def y_of(number: float) -> float:
        return round(bottom - (number - y_min) / (y_max - y_min) * (bottom - top), 1)

    points = [
        ChartPoint(
            x=x_of(when),
            y=y_of(number),
            value=text,
            when=when,
            out_of_range=(low is not None and number < low) or (high is not None and number > high),
        )
        for when, number, text in numeric
    ]
    band = None
    if bounds:
        band_top = y_of(high) if high is not None else float(top)
        band_bottom = y_of(low) if low is not None else float(bottom)
        band = (band_top, round(band_bottom - band_top, 1))
    mid = (y_min + y_max) / 2
    y_ticks = [(y_of(v), _fmt(round(v, 2))) for v in (y_min + margin, mid, y_max - margin)]
    x_labels = [
        (points[0].x, f"{numeric[0][0]:%b %Y}", "start"),
        (points[-1].x, f"{numeric[-1][0]:%b %Y}", "end"),
    ]
    return TrendChart(
        width=WIDTH,
        height=HEIGHT,
        points=points,
        polyline=" ".join(f"{p.x},{p.y}" for p in points),
        band=band,
        y_ticks=y_ticks,
        x_labels=x_labels,
        plot_left=left,
        plot_right=right,
        plot_bottom=bottom,
    )
