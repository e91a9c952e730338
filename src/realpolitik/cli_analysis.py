"""The analysis and web commands: dyads, profile, network, alerts, serve.

:func:`register` adds them to the ``realpolitik`` group. Like the other
commands, each parses its options, calls the library
(:mod:`realpolitik.analyze`, :mod:`realpolitik.serve`) and prints a table
or JSON; the store is opened read-only.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

_DATE = click.DateTime(["%Y-%m-%d"])


def _run(body: Callable[[], int | None]) -> None:
    """Run a command body with the main CLI's error handling and exit codes."""
    from .cli import _run as run_body

    run_body(body)


def _date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def _window_options(func: F) -> F:
    options = [
        click.option("--db", required=True, help="SQLite file or postgresql:// URL."),
        click.option("--since", type=_DATE, help="From this date (YYYY-MM-DD)."),
        click.option("--until", type=_DATE, help="Up to this date (YYYY-MM-DD)."),
        click.option(
            "--max-events",
            type=click.IntRange(1),
            default=None,
            help="Read at most N events (the newest).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _format_option(*choices: str) -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=choices[0],
        show_default=True,
        help="Output format.",
    )


def _echo_json(data: Any) -> None:
    from .serve.views import clean

    click.echo(json.dumps(clean(data), ensure_ascii=False, indent=2))


def _table(rows: Sequence[dict[str, Any]]) -> str:
    from .cli import _table as table

    return table(list(rows))


def _num(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _truncation_note(loaded: Any) -> None:
    if loaded.truncated:
        click.echo(
            f"note: only the newest {len(loaded.events)} of {loaded.total} events were read "
            "(--max-events); narrow --since/--until to read them all",
            err=True,
        )


# --------------------------------------------------------------------------- dyads


@click.command("dyads")
@_window_options
@click.option("--actor", help="Actor code or name (PRK).")
@click.option("--recipient", help="Recipient code or name (RUS).")
@click.option(
    "--freq",
    type=click.Choice(["day", "week", "month"]),
    default="month",
    show_default=True,
    help="Period of the timeline.",
)
@click.option(
    "--by",
    type=click.Choice(["events", "cooperation", "conflict"]),
    default="events",
    show_default=True,
    help="Unless both --actor and --recipient are given: rank the dyads by this.",
)
@click.option("--top", type=click.IntRange(1), default=20, show_default=True, help="Dyads listed.")
@click.option("--weight-by-mentions", is_flag=True, help="Weight merged events by mentions.")
@_format_option("table", "json", "csv")
def dyads_cmd(
    db: str,
    since: dt.datetime | None,
    until: dt.datetime | None,
    max_events: int | None,
    actor: str | None,
    recipient: str | None,
    freq: str,
    by: str,
    top: int,
    weight_by_mentions: bool,
    fmt: str,
) -> None:
    """Timeline of a directed dyad, or the dyads ranked.

    With --actor and --recipient: one row per day, week or month with the
    events, their counts per quad class and PLOVER type, the mean intensity
    and the net cooperation (sum of |intensity| of cooperative events minus
    that of conflictual ones). Otherwise: the directed dyads of states (of
    the one actor or recipient given), ranked by volume, net cooperation or
    net conflict.

    Example:

        realpolitik dyads --db news.db --actor PRK --recipient RUS --freq month
    """

    def body() -> int:
        from .analyze.dyads import TIMELINE_COLUMNS
        from .serve.views import Limits, dyad_list, dyad_view
        from .store import Filters, Store

        window = Filters(since=_date(since), until=_date(until))
        limits = Limits(max_events=max_events or 10**9)
        with Store.open(db, readonly=True) as store:
            if actor and recipient:
                view = dyad_view(
                    store,
                    actor,
                    recipient,
                    window,
                    freq=freq,
                    limits=limits,
                    evidence_limit=20,
                    weight_by_mentions=weight_by_mentions,
                )
                if view.truncated:
                    click.echo("note: not every event was read (--max-events)", err=True)
                rows = [
                    {
                        "period": p["period"],
                        **{k: _num(p[k]) if p[k] is not None else "" for k in TIMELINE_COLUMNS},
                        "types": " ".join(f"{t}={_num(n)}" for t, n in p["types"].items()),
                    }
                    for p in view.periods
                ]
                if fmt == "json":
                    _echo_json(
                        {
                            "actor": view.actor,
                            "recipient": view.recipient,
                            "freq": freq,
                            "periods": view.periods,
                            "evidence": view.evidence,
                        }
                    )
                else:
                    _print(rows, fmt, f"{freq}s of {view.actor}->{view.recipient}")
                return 0
            ranked, loaded, names = dyad_list(
                store,
                window,
                limits,
                by=by,
                actor=actor,
                recipient=recipient,
                weight_by_mentions=weight_by_mentions,
            )
        _truncation_note(loaded)
        ranked = ranked[:top]
        if fmt == "json":
            _echo_json(ranked)
            return 0
        _print(
            [
                {
                    "actor": d.actor,
                    "recipient": d.recipient,
                    "events": _num(d.events),
                    "cooperation": _num(d.cooperation),
                    "conflict": _num(d.conflict),
                    "net": _num(d.net_cooperation),
                    "last": d.last.isoformat() if d.last else "",
                    "names": f"{names(d.actor)} -> {names(d.recipient)}",
                }
                for d in ranked
            ],
            fmt,
            "dyads",
        )
        return 0

    _run(body)


def _print(rows: list[dict[str, Any]], fmt: str, what: str) -> None:
    if fmt == "csv":
        import csv
        import sys

        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else ["period"])
        writer.writeheader()
        writer.writerows(rows)
        return
    if rows:
        click.echo(_table(rows))
    click.echo(f"({len(rows)} {what})", err=True)


# --------------------------------------------------------------------------- profile


@click.command("profile")
@click.argument("code")
@_window_options
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Rows per list.")
@_format_option("table", "json")
def profile_cmd(
    code: str,
    db: str,
    since: dt.datetime | None,
    until: dt.datetime | None,
    max_events: int | None,
    top: int,
    fmt: str,
) -> None:
    """A country's partners, recent events and most quoted people.

    CODE is an actor code (PRK). Partners are ranked by volume (events both
    ways), by net cooperation and by net conflict.

    Example:

        realpolitik profile --db news.db PRK
    """

    def body() -> int:
        from .analyze.load import store_profile
        from .serve.views import Names, event_item
        from .store import Filters, Store

        with Store.open(db, readonly=True) as store:
            profile, loaded = store_profile(
                store,
                code.upper(),
                Filters(since=_date(since), until=_date(until)),
                top=top,
                max_events=max_events,
            )
        _truncation_note(loaded)
        if fmt == "json":
            _echo_json(
                {
                    **{k: v for k, v in _fields(profile).items() if k != "recent"},
                    "recent": [event_item(e) for e in profile.recent],
                }
            )
            return 0
        names = Names()
        names.update(list(loaded.events))
        click.echo(
            f"{names(profile.code)} ({profile.code}): {profile.events} events, "
            f"{profile.sent} as actor, {profile.received} as recipient"
        )
        for title, partners in (
            ("partners by volume", profile.by_volume),
            ("most cooperative", profile.most_cooperative),
            ("most conflictual", profile.most_conflictual),
        ):
            click.echo(f"\n-- {title}")
            rows = [
                {
                    "partner": p.code,
                    "name": names(p.code),
                    "events": _num(p.events),
                    "sent": _num(p.sent),
                    "received": _num(p.received),
                    "net": _num(p.net_cooperation),
                }
                for p in partners
            ]
            click.echo(_table(rows) if rows else "   (none)")
        click.echo("\n-- recent events")
        for event in profile.recent:
            click.echo(
                f"   {event.date}  {','.join(event.actor_codes) or '-'} {event.event} "
                f"{','.join(event.recipient_codes) or '-'}  {event.trigger!r}"
            )
        click.echo("\n-- most quoted people")
        for person in profile.people:
            role = f", {person.role}" if person.role else ""
            click.echo(f"   {person.quotes:>3}  {person.name}{role}")
        return 0

    _run(body)


def _fields(record: Any) -> dict[str, Any]:
    import dataclasses

    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


# --------------------------------------------------------------------------- network


@click.command("network")
@_window_options
@click.option("--compare-since", type=_DATE, help="Start of an earlier window to compare with.")
@click.option("--compare-until", type=_DATE, help="End of the earlier window to compare with.")
@click.option(
    "--method",
    type=click.Choice(["greedy", "louvain"]),
    default="greedy",
    show_default=True,
    help="Community detection for the blocs.",
)
@click.option(
    "--min-events",
    type=click.FloatRange(0),
    default=1.0,
    show_default=True,
    help="Leave out ties with fewer events.",
)
@click.option("--weight-by-mentions", is_flag=True, help="Weight merged events by mentions.")
@_format_option("table", "json")
def network_cmd(
    db: str,
    since: dt.datetime | None,
    until: dt.datetime | None,
    max_events: int | None,
    compare_since: dt.datetime | None,
    compare_until: dt.datetime | None,
    method: str,
    min_events: float,
    weight_by_mentions: bool,
    fmt: str,
) -> None:
    """Blocs of states from their events, and what changed between two windows.

    The network joins states by the net cooperation of their events (both
    directions); blocs are communities of its cooperative part. With
    --compare-since/--compare-until, it also lists who moved towards whom
    (the change of net cooperation per pair) and the bloc moves.

    Example:

        realpolitik network --db news.db --since 2024-01-01 --compare-until 2023-12-31
    """

    def body() -> int:
        from .serve.views import Limits, network_view
        from .store import Filters, Store

        compare = None
        if compare_since or compare_until:
            compare = Filters(since=_date(compare_since), until=_date(compare_until))
        with Store.open(db, readonly=True) as store:
            view = network_view(
                store,
                Filters(since=_date(since), until=_date(until)),
                Limits(max_events=max_events or 10**9),
                compare=compare,
                method=method,
                min_events=min_events,
                weight_by_mentions=weight_by_mentions,
            )
        _truncation_note(view.loaded)
        net, name = view.network, view.names
        if fmt == "json":
            _echo_json(
                {
                    "nodes": net.nodes,
                    "edges": net.edges,
                    "blocs": net.blocs,
                    "method": net.method,
                    "changes": [
                        {**_fields(c), "delta": c.delta, "direction": c.direction}
                        for c in view.changes
                    ],
                    "moves": view.moves,
                }
            )
            return 0
        click.echo(f"-- blocs ({net.method})")
        for index, bloc in enumerate(net.blocs, 1):
            members = ", ".join(f"{name(c)} ({c})" for c in bloc)
            click.echo(f"   {index:>2}. {members}")
        click.echo("\n-- ties")
        click.echo(
            _table(
                [
                    {
                        "a": e.a,
                        "b": e.b,
                        "events": _num(e.events),
                        "cooperation": _num(e.cooperation),
                        "conflict": _num(e.conflict),
                        "net": _num(e.weight),
                    }
                    for e in net.edges
                ]
            )
            or "   (none)"
        )
        if compare is not None:
            click.echo("\n-- changes from the earlier window")
            for change in view.changes:
                click.echo(
                    f"   {change.a}-{change.b}: {change.direction} "
                    f"({_num(change.before)} -> {_num(change.after)}, {change.delta:+.1f})"
                )
            for move in view.moves:
                joined = f" now with {', '.join(move.joined)}" if move.joined else ""
                left = f" no longer with {', '.join(move.left)}" if move.left else ""
                click.echo(f"   {move.code}:{joined}{';' if joined and left else ''}{left}")
        return 0

    _run(body)


# --------------------------------------------------------------------------- alerts


@click.command("alerts")
@_window_options
@click.option(
    "--freq",
    type=click.Choice(["day", "week", "month"]),
    default="month",
    show_default=True,
    help="Period compared.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, min_open=True),
    default=2.0,
    show_default=True,
    help="z-score to alert at.",
)
@click.option(
    "--min-count",
    type=click.FloatRange(0),
    default=3.0,
    show_default=True,
    help="Events needed in the period (rise) or on average (drop).",
)
@click.option(
    "--baseline",
    type=click.IntRange(1),
    default=12,
    show_default=True,
    help="Earlier periods that make the baseline.",
)
@click.option("--as-of", type=_DATE, help="A date in the period to judge (default: the latest).")
@click.option("--weight-by-mentions", is_flag=True, help="Weight merged events by mentions.")
@_format_option("table", "json")
def alerts_cmd(
    db: str,
    since: dt.datetime | None,
    until: dt.datetime | None,
    max_events: int | None,
    freq: str,
    threshold: float,
    min_count: float,
    baseline: int,
    as_of: dt.datetime | None,
    weight_by_mentions: bool,
    fmt: str,
) -> None:
    """Dyads whose conflict or cooperation departs from their own baseline.

    For each directed dyad, the number of conflictual and of cooperative
    events in the latest period is compared with the periods before it:
    z = (current - mean) / max(sd, 1). Each alert lists the events behind it.

    Example:

        realpolitik alerts --db news.db --freq week --threshold 3
    """

    def body() -> int:
        from .serve.views import Limits, alerts_view
        from .store import Filters, Store

        with Store.open(db, readonly=True) as store:
            found, loaded, names = alerts_view(
                store,
                Filters(since=_date(since), until=_date(until)),
                Limits(max_events=max_events or 10**9),
                freq=freq,
                threshold=threshold,
                min_count=min_count,
                baseline=baseline,
                as_of=_date(as_of),
                weight_by_mentions=weight_by_mentions,
            )
        _truncation_note(loaded)
        if fmt == "json":
            _echo_json(found)
            return 0
        for alert in found:
            click.echo(
                f"{alert.actor}->{alert.recipient} ({names(alert.actor)} -> "
                f"{names(alert.recipient)}): {alert.measure} {alert.direction}, "
                f"{_num(alert.current)} in the {freq} from {alert.period} against "
                f"{alert.baseline_mean:.1f} +/- {alert.baseline_sd:.1f} (z {alert.z:+.1f})"
            )
            for event in alert.events:
                click.echo(f"    {event.date}  {event.event:<9} {event.sentence[:100]}")
        click.echo(f"({len(found)} alerts)", err=True)
        return 0

    _run(body)


# --------------------------------------------------------------------------- serve


@click.command("serve")
@click.option("--db", required=True, help="SQLite file or postgresql:// URL (read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option(
    "--max-query-seconds",
    type=click.FloatRange(0, min_open=True),
    default=5.0,
    show_default=True,
    help="Stop any query that runs longer.",
)
@click.option(
    "--max-events",
    type=click.IntRange(1),
    default=20_000,
    show_default=True,
    help="Events one analysis reads at most (the newest).",
)
def serve_cmd(db: str, host: str, port: int, max_query_seconds: float, max_events: int) -> None:
    """Serve the dashboard and the JSON API over a store, read-only.

    Pages: overview, dyads, network, alerts, events, articles (with every
    coded record highlighted), people, search. API under /api/, described
    by /openapi.json.

    Example:

        realpolitik serve --db news.db --port 8000
    """

    def body() -> int:
        from .serve import run

        click.echo(f"serving {db} read-only on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
        run(db, host=host, port=port, max_query_seconds=max_query_seconds, max_events=max_events)
        return 0

    _run(body)


COMMANDS = (dyads_cmd, profile_cmd, network_cmd, alerts_cmd, serve_cmd)


def register(cli: click.Group) -> None:
    """Add the analysis and web commands to the ``realpolitik`` group."""
    for command in COMMANDS:
        cli.add_command(command)
