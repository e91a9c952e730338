"""Analysis: pure functions over stored events (dyads, country profiles, blocs, alerts).

Every analysis starts from the *pairs* frame (:func:`event_pairs`): one row
per directed (actor, recipient) pair of each event, with its quad class and
its intensity-weighted cooperation and conflict. From it:

- :func:`dyad_timeline` -- a directed dyad per day, week or month;
- :func:`country_profile` -- partners, recent events, people quoted;
- :func:`network`, :func:`edge_changes`, :func:`bloc_moves` -- a signed
  alignment network, its blocs, and what changed between two windows;
- :func:`dyad_alerts` -- dyads departing from their own baseline.

:mod:`realpolitik.analyze.load` reads the events for these from a store.
"""

from __future__ import annotations

from .alerts import Alert, dyad_alerts
from .dyads import FREQUENCIES, DyadSummary, dyad_pairs, dyad_timeline, timeline, top_dyads
from .network import (
    BlocMove,
    Edge,
    EdgeChange,
    Network,
    alignment_graph,
    bloc_moves,
    blocs,
    edge_changes,
    layout,
    network,
)
from .pairs import (
    PAIR_COLUMNS,
    Evidence,
    actor_names,
    display_name,
    event_pairs,
    evidence,
    is_state,
    resolve_code,
)
from .profile import CountryProfile, Partner, QuotedPerson, country_profile, quoted_people

__all__ = [
    "FREQUENCIES",
    "PAIR_COLUMNS",
    "Alert",
    "BlocMove",
    "CountryProfile",
    "DyadSummary",
    "Edge",
    "EdgeChange",
    "Evidence",
    "Network",
    "Partner",
    "QuotedPerson",
    "actor_names",
    "alignment_graph",
    "bloc_moves",
    "blocs",
    "country_profile",
    "display_name",
    "dyad_alerts",
    "dyad_pairs",
    "dyad_timeline",
    "edge_changes",
    "event_pairs",
    "evidence",
    "is_state",
    "layout",
    "network",
    "quoted_people",
    "resolve_code",
    "timeline",
    "top_dyads",
]
