"""Plotly figure specs (plain data) for the pages; app.js draws them with the local plotly.js.

The specs travel to the page as JSON inside a ``<script type="application/json">``
block written by Jinja's ``tojson`` (which escapes ``<``, ``>`` and ``&``), so
no text from the store is ever executed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..analyze import Network

COOPERATION = "#2e7d5b"
CONFLICT = "#b3261e"
NET = "#1f3a5f"
#: Colours of the blocs, in order (bloc 0 is the largest).
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
)
#: Edges drawn at most (the strongest by events); the table lists them all.
MAX_EDGES_DRAWN = 300

_FONT = {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 12}


def _base_layout(**extra: Any) -> dict[str, Any]:
    layout: dict[str, Any] = {
        "margin": {"l": 50, "r": 50, "t": 30, "b": 40},
        "font": _FONT,
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "legend": {"orientation": "h", "y": -0.15},
        "hovermode": "x unified",
    }
    layout.update(extra)
    return layout


def period_label(period: str, freq: str) -> str:
    """How a period's start is shown on the axis: 2024-02 for a month, the date otherwise."""
    return period[:7] if freq == "month" else period


def timeline_chart(periods: Sequence[dict[str, Any]], freq: str = "month") -> dict[str, Any]:
    """Two panels over the same periods: cooperative and conflictual events (bars, top) and
    net cooperation (bars coloured by sign, bottom)."""
    x = [period_label(p["period"], freq) for p in periods]
    cooperative = [
        (p["verbal_cooperation"] or 0) + (p["material_cooperation"] or 0) for p in periods
    ]
    conflictual = [(p["verbal_conflict"] or 0) + (p["material_conflict"] or 0) for p in periods]
    net = [p["net_cooperation"] or 0 for p in periods]
    data = [
        {
            "type": "bar",
            "name": "cooperative events",
            "x": x,
            "y": cooperative,
            "marker": {"color": COOPERATION},
        },
        {
            "type": "bar",
            "name": "conflictual events",
            "x": x,
            "y": conflictual,
            "marker": {"color": CONFLICT},
        },
        {
            "type": "bar",
            "name": "net cooperation",
            "x": x,
            "y": net,
            "xaxis": "x2",
            "yaxis": "y2",
            "width": 0.8,  # its own panel: one full-width bar per period, not a group slot
            "offset": -0.4,
            "marker": {"color": [COOPERATION if v >= 0 else CONFLICT for v in net]},
            "opacity": 0.55,
            "showlegend": False,
        },
    ]
    layout = _base_layout(
        barmode="group",
        xaxis={"type": "category", "anchor": "y", "showticklabels": False},
        xaxis2={
            "type": "category",
            "anchor": "y2",
            "matches": "x",
            "tickangle": -30 if len(x) > 12 else 0,
        },
        yaxis={"title": {"text": "events"}, "domain": [0.42, 1], "rangemode": "tozero"},
        yaxis2={
            "anchor": "x2",
            "title": {"text": "net cooperation"},
            "domain": [0, 0.32],
            "zeroline": True,
            "zerolinecolor": "#888",
        },
        legend={"orientation": "h", "y": 1.08, "x": 0},
        margin={"l": 60, "r": 20, "t": 30, "b": 50},
    )
    return {"data": data, "layout": layout}


def network_chart(
    net: Network, positions: dict[str, tuple[float, float]], name: Callable[[str], str]
) -> dict[str, Any]:
    """States as dots coloured by bloc; edges green (net cooperation) or red (net conflict),
    thicker for larger balances."""
    data: list[dict[str, Any]] = []
    edges = sorted(net.edges, key=lambda e: -e.events)[:MAX_EDGES_DRAWN]
    biggest = max((abs(e.weight) for e in edges), default=1.0) or 1.0
    for edge in edges:
        if edge.a not in positions or edge.b not in positions:
            continue
        (x0, y0), (x1, y1) = positions[edge.a], positions[edge.b]
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "x": [x0, x1],
                "y": [y0, y1],
                "line": {
                    "color": COOPERATION if edge.weight >= 0 else CONFLICT,
                    "width": 1 + 5 * abs(edge.weight) / biggest,
                    "dash": "solid" if edge.weight >= 0 else "dot",
                },
                "opacity": 0.7,
                "hoverinfo": "skip",
                "showlegend": False,
            }
        )
    codes = [c for c in net.nodes if c in positions]
    blocs = [net.bloc_of(c) for c in codes]
    data.append(
        {
            "type": "scatter",
            "mode": "markers+text",
            "x": [positions[c][0] for c in codes],
            "y": [positions[c][1] for c in codes],
            "text": codes,
            "textposition": "top center",
            "hovertext": [
                f"{name(c)} ({c})<br>bloc {b + 1 if b is not None else '-'}"
                for c, b in zip(codes, blocs, strict=True)
            ],
            "hoverinfo": "text",
            "marker": {
                "size": 16,
                "color": [PALETTE[b % len(PALETTE)] if b is not None else "#999" for b in blocs],
                "line": {"color": "#fff", "width": 1.5},
            },
            "showlegend": False,
        }
    )
    axis = {"visible": False, "zeroline": False, "showgrid": False}
    layout = _base_layout(xaxis=axis, yaxis=axis, hovermode="closest")
    return {"data": data, "layout": layout}


def bloc_colour(index: int | None) -> str:
    """The colour of a bloc on the network chart."""
    return PALETTE[index % len(PALETTE)] if index is not None else "#999"
