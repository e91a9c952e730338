"""Directed dyads over time: how one state treats another, period by period.

A dyad is directed: PRK->RUS (what North Korea does to Russia) differs from
RUS->PRK. Its timeline has one row per period (day, week or month, periods
starting on the 1st of the month or on Mondays) from its first event to its
last, empty periods included, with:

- ``events``: the number of events (the sum of pair weights, see
  :mod:`realpolitik.analyze.pairs`);
- one column per PLOVER type and per quad class (``verbal_cooperation``,
  ``material_cooperation``, ``verbal_conflict``, ``material_conflict``):
  their counts;
- ``mean_intensity``: the weighted mean of the events' signed intensities
  (-10..+10), NaN for an empty period;
- ``cooperation`` and ``conflict``: the sums of ``weight * |intensity|``
  over cooperative (quad 1-2) and conflictual (quad 3-4) events;
- ``net_cooperation`` = ``cooperation - conflict``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from .. import ontology
from ..errors import ConfigError
from .pairs import records, to_date

#: The frequencies a timeline can use, and their pandas period codes.
FREQUENCIES: dict[str, str] = {"day": "D", "week": "W", "month": "M"}

#: Timeline column for each quad class.
QUAD_COLUMNS: dict[int, str] = {
    q: name.replace(" ", "_") for q, name in ontology.QUAD_CLASSES.items()
}

#: Columns of a timeline, after ``period`` (the index) and before the type columns.
TIMELINE_COLUMNS: tuple[str, ...] = (
    "events",
    "cooperation",
    "conflict",
    "net_cooperation",
    "mean_intensity",
    *QUAD_COLUMNS.values(),
)


def period_code(freq: str) -> str:
    """The pandas period code of a frequency name (day, week, month)."""
    try:
        return FREQUENCIES[freq]
    except KeyError:
        raise ConfigError(
            f"frequency {freq!r} is not known; use one of {', '.join(FREQUENCIES)}"
        ) from None


def periods(dates: pd.Series, freq: str) -> pd.Series:
    """The start (a Timestamp) of the period each date falls in."""
    starts: pd.Series = dates.dt.to_period(period_code(freq)).dt.start_time
    return starts


def timeline(pairs: pd.DataFrame, *, freq: str = "month", fill: bool = True) -> pd.DataFrame:
    """The timeline (see the module doc) of every pair row in ``pairs``, undated rows left out.

    The index is ``period`` (period start). With ``fill``, periods with no
    event between the first and the last get a row of zeros.
    """
    code = period_code(freq)
    types = list(ontology.event_types())
    dated = pairs[pairs["date"].notna()].copy()
    columns = [*TIMELINE_COLUMNS, *types]
    if dated.empty:
        return pd.DataFrame(columns=columns, index=pd.DatetimeIndex([], name="period"))
    dated["period"] = periods(dated["date"], freq)
    dated["weighted_intensity"] = dated["weight"] * dated["intensity"]
    grouped = dated.groupby("period")
    frame = pd.DataFrame(
        {
            "events": grouped["weight"].sum(),
            "cooperation": grouped["cooperation"].sum(),
            "conflict": grouped["conflict"].sum(),
        }
    )
    frame["net_cooperation"] = frame["cooperation"] - frame["conflict"]
    frame["mean_intensity"] = grouped["weighted_intensity"].sum() / frame["events"]
    quads = dated.pivot_table(
        index="period", columns="quad_class", values="weight", aggfunc="sum", fill_value=0.0
    )
    for quad, name in QUAD_COLUMNS.items():
        frame[name] = quads[quad] if quad in quads.columns else 0.0
    by_type = dated.pivot_table(
        index="period", columns="event", values="weight", aggfunc="sum", fill_value=0.0
    )
    for name in types:
        frame[name] = by_type[name] if name in by_type.columns else 0.0
    if fill:
        full = pd.period_range(frame.index.min(), frame.index.max(), freq=code).start_time
        frame = frame.reindex(full)
        frame[[c for c in columns if c != "mean_intensity"]] = frame[
            [c for c in columns if c != "mean_intensity"]
        ].fillna(0.0)
    frame.index.name = "period"
    return frame[columns]


def dyad_pairs(pairs: pd.DataFrame, actor: str, recipient: str) -> pd.DataFrame:
    """The pair rows of the directed dyad actor->recipient."""
    return pairs[(pairs["actor"] == actor) & (pairs["recipient"] == recipient)]


def dyad_timeline(
    pairs: pd.DataFrame, actor: str, recipient: str, *, freq: str = "month", fill: bool = True
) -> pd.DataFrame:
    """The timeline of the directed dyad actor->recipient (see the module doc)."""
    return timeline(dyad_pairs(pairs, actor, recipient), freq=freq, fill=fill)


@dataclass(frozen=True, slots=True)
class DyadSummary:
    """One directed dyad over the whole data: its volume and balance."""

    actor: str
    recipient: str
    events: float
    cooperation: float
    conflict: float
    net_cooperation: float
    first: dt.date | None
    last: dt.date | None


def top_dyads(pairs: pd.DataFrame, *, n: int = 10, by: str = "events") -> list[DyadSummary]:
    """The ``n`` directed dyads with the most events (``by="events"``), the most net
    cooperation (``"cooperation"``) or the most net conflict (``"conflict"``)."""
    if by not in ("events", "cooperation", "conflict"):
        raise ConfigError(f"top_dyads by {by!r}: use events, cooperation or conflict")
    if pairs.empty:
        return []
    grouped = pairs.groupby(["actor", "recipient"])
    frame = pd.DataFrame(
        {
            "events": grouped["weight"].sum(),
            "cooperation": grouped["cooperation"].sum(),
            "conflict": grouped["conflict"].sum(),
            "first": grouped["date"].min(),
            "last": grouped["date"].max(),
        }
    )
    frame["net_cooperation"] = frame["cooperation"] - frame["conflict"]
    frame = frame.reset_index()
    if by == "events":
        frame = frame.sort_values(["events", "actor", "recipient"], ascending=[False, True, True])
    elif by == "cooperation":
        frame = frame[frame["net_cooperation"] > 0].sort_values(
            ["net_cooperation", "actor", "recipient"], ascending=[False, True, True]
        )
    else:
        frame = frame[frame["net_cooperation"] < 0].sort_values(
            ["net_cooperation", "actor", "recipient"], ascending=[True, True, True]
        )
    return [
        DyadSummary(
            actor=str(row["actor"]),
            recipient=str(row["recipient"]),
            events=float(row["events"]),
            cooperation=float(row["cooperation"]),
            conflict=float(row["conflict"]),
            net_cooperation=float(row["net_cooperation"]),
            first=to_date(row["first"]),
            last=to_date(row["last"]),
        )
        for row in records(frame.head(n))
    ]
