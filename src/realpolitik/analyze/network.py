"""An alignment network of states over a time window, its blocs, and how it changed.

The graph is undirected, signed and weighted. Each edge joins two states
that had events with each other in either direction; its attributes are the
sums over those pair rows (:mod:`realpolitik.analyze.pairs`):

- ``cooperation``, ``conflict``: ``weight * |intensity|`` of cooperative
  (quad 1-2) and conflictual (quad 3-4) events;
- ``weight`` = ``cooperation - conflict``: the net cooperation, the sign of
  the edge (positive: aligned, negative: opposed);
- ``events``: the number of events.

Blocs are found by community detection on the *positive part* of the graph
(edges with ``weight > 0``, weighted by it): greedy modularity
maximisation (Clauset-Newman-Moore, networkx
``greedy_modularity_communities``; deterministic) by default, or Louvain
(``louvain_communities`` with a fixed seed). Negative edges take no part in
the grouping; they are kept to show opposition between blocs. A state with
no positive edge forms a bloc of its own.

Comparing two windows gives, for each pair of states, the change of its net
cooperation (``after - before``): a positive delta means the two moved
towards each other, a negative one apart; and, for each state present in
both windows, the bloc partners it gained and lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx
import pandas as pd

from ..errors import ConfigError
from .pairs import records

#: Community detection methods :func:`blocs` knows.
METHODS = ("greedy", "louvain")


@dataclass(frozen=True, slots=True)
class Edge:
    """Two states and the balance of their events (both directions)."""

    a: str
    b: str
    weight: float  # net cooperation = cooperation - conflict
    cooperation: float
    conflict: float
    events: float


@dataclass(frozen=True, slots=True)
class Network:
    """The alignment network of a window: states, signed edges and blocs."""

    nodes: tuple[str, ...]
    edges: tuple[Edge, ...]
    blocs: tuple[tuple[str, ...], ...]
    method: str

    def bloc_of(self, code: str) -> int | None:
        """The index of the bloc holding ``code`` (None when it is not in the network)."""
        for index, bloc in enumerate(self.blocs):
            if code in bloc:
                return index
        return None

    def edge(self, a: str, b: str) -> Edge | None:
        """The edge between two states, in either order, or None."""
        key = tuple(sorted((a, b)))
        for edge in self.edges:
            if (edge.a, edge.b) == key:
                return edge
        return None


def alignment_graph(pairs: pd.DataFrame, *, min_events: float = 1.0) -> nx.Graph:
    """The signed, weighted graph of ``pairs`` (see the module doc).

    Domestic pairs are ignored. Edges with fewer than ``min_events`` events
    are left out (their states stay in the graph as nodes).
    """
    graph = nx.Graph()
    rows = pairs[pairs["actor"] != pairs["recipient"]]
    if rows.empty:
        return graph
    keyed = rows.assign(
        a=rows[["actor", "recipient"]].min(axis=1), b=rows[["actor", "recipient"]].max(axis=1)
    )
    grouped = keyed.groupby(["a", "b"])
    sums = pd.DataFrame(
        {
            "cooperation": grouped["cooperation"].sum(),
            "conflict": grouped["conflict"].sum(),
            "events": grouped["weight"].sum(),
        }
    ).reset_index()
    node_events: dict[str, float] = {}
    for row in records(sums):
        a, b, events = str(row["a"]), str(row["b"]), float(row["events"])
        node_events[a] = node_events.get(a, 0.0) + events
        node_events[b] = node_events.get(b, 0.0) + events
        if events < min_events:
            continue
        cooperation, conflict = float(row["cooperation"]), float(row["conflict"])
        graph.add_edge(
            a,
            b,
            weight=cooperation - conflict,
            cooperation=cooperation,
            conflict=conflict,
            events=events,
        )
    for node, events in node_events.items():
        graph.add_node(node, events=events)
    return graph


def positive_part(graph: nx.Graph) -> nx.Graph:
    """The graph's nodes with only its edges of positive weight."""
    positive = nx.Graph()
    positive.add_nodes_from(graph.nodes)
    positive.add_edges_from(
        (a, b, {"weight": data["weight"]})
        for a, b, data in graph.edges(data=True)
        if data["weight"] > 0
    )
    return positive


def blocs(
    graph: nx.Graph, *, method: str = "greedy", seed: int = 0, resolution: float = 1.0
) -> list[tuple[str, ...]]:
    """Blocs of states: communities of the positive part (see the module doc).

    Sorted by size, largest first, then by their first member; each bloc's
    members are sorted.
    """
    if method not in METHODS:
        raise ConfigError(f"bloc method {method!r} is not known; use one of {', '.join(METHODS)}")
    positive = positive_part(graph)
    if positive.number_of_edges() == 0:
        groups: list[set[str]] = [{node} for node in positive.nodes]
    elif method == "greedy":
        groups = [
            set(c)
            for c in nx.community.greedy_modularity_communities(
                positive, weight="weight", resolution=resolution
            )
        ]
    else:
        groups = [
            set(c)
            for c in nx.community.louvain_communities(
                positive, weight="weight", resolution=resolution, seed=seed
            )
        ]
    result = [tuple(sorted(group)) for group in groups]
    result.sort(key=lambda bloc: (-len(bloc), bloc[0] if bloc else ""))
    return result


def network(
    pairs: pd.DataFrame,
    *,
    method: str = "greedy",
    seed: int = 0,
    resolution: float = 1.0,
    min_events: float = 1.0,
) -> Network:
    """The alignment network of ``pairs``: nodes, signed edges and blocs."""
    graph = alignment_graph(pairs, min_events=min_events)
    edges = sorted(
        (
            Edge(
                a=min(a, b),
                b=max(a, b),
                weight=float(data["weight"]),
                cooperation=float(data["cooperation"]),
                conflict=float(data["conflict"]),
                events=float(data["events"]),
            )
            for a, b, data in graph.edges(data=True)
        ),
        key=lambda e: (-e.events, e.a, e.b),
    )
    return Network(
        nodes=tuple(sorted(graph.nodes)),
        edges=tuple(edges),
        blocs=tuple(blocs(graph, method=method, seed=seed, resolution=resolution)),
        method=method,
    )


def layout(net: Network, *, seed: int = 0) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1] for drawing: a spring layout pulled together by positive edges."""
    graph = nx.Graph()
    graph.add_nodes_from(net.nodes)
    for edge in net.edges:
        # Opposed states still attract a little, so that the picture stays connected.
        graph.add_edge(edge.a, edge.b, weight=max(edge.weight, 0.0) + 0.05 * edge.events)
    if graph.number_of_nodes() == 0:
        return {}
    positions = nx.spring_layout(graph, weight="weight", seed=seed)
    return {str(node): (float(x), float(y)) for node, (x, y) in positions.items()}


@dataclass(frozen=True, slots=True)
class EdgeChange:
    """How the net cooperation between two states changed from one window to the next."""

    a: str
    b: str
    before: float
    after: float
    events_before: float
    events_after: float

    @property
    def delta(self) -> float:
        return self.after - self.before

    @property
    def direction(self) -> str:
        """ "closer" (more cooperative), "apart" (more conflictual) or "same"."""
        if self.delta > 0:
            return "closer"
        if self.delta < 0:
            return "apart"
        return "same"


def edge_changes(before: Network, after: Network, *, top: int | None = None) -> list[EdgeChange]:
    """Changes of every edge present in either window, largest change first."""
    old = {(e.a, e.b): e for e in before.edges}
    new = {(e.a, e.b): e for e in after.edges}
    changes = []
    for key in sorted(set(old) | set(new)):
        o, n = old.get(key), new.get(key)
        change = EdgeChange(
            a=key[0],
            b=key[1],
            before=o.weight if o else 0.0,
            after=n.weight if n else 0.0,
            events_before=o.events if o else 0.0,
            events_after=n.events if n else 0.0,
        )
        if change.delta != 0:
            changes.append(change)
    changes.sort(key=lambda c: (-abs(c.delta), c.a, c.b))
    return changes[:top] if top is not None else changes


@dataclass(frozen=True, slots=True)
class BlocMove:
    """A state whose bloc partners changed between two windows."""

    code: str
    joined: tuple[str, ...]  # bloc partners in the later window only
    left: tuple[str, ...]  # bloc partners in the earlier window only


def bloc_moves(before: Network, after: Network) -> list[BlocMove]:
    """States present in both windows whose bloc partners differ, most changed first."""
    moves = []
    for code in sorted(set(before.nodes) & set(after.nodes)):
        old = _partners(before.blocs, code)
        new = _partners(after.blocs, code)
        if old != new:
            moves.append(
                BlocMove(code=code, joined=tuple(sorted(new - old)), left=tuple(sorted(old - new)))
            )
    moves.sort(key=lambda m: (-(len(m.joined) + len(m.left)), m.code))
    return moves


def _partners(groups: Sequence[tuple[str, ...]], code: str) -> set[str]:
    for bloc in groups:
        if code in bloc:
            return set(bloc) - {code}
    return set()
