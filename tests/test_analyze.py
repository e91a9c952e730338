"""The analyses over hand-made events: pairs, dyad timelines, profiles, blocs, alerts."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from realpolitik import ontology
from realpolitik.analyze import (
    actor_names,
    bloc_moves,
    country_profile,
    dyad_alerts,
    dyad_timeline,
    edge_changes,
    event_pairs,
    network,
    quoted_people,
    resolve_code,
    top_dyads,
)
from realpolitik.errors import ConfigError
from realpolitik.models import Actor, Event, Provenance, Quote, Speaker

NAMES = {
    "PRK": "North Korea",
    "RUS": "Russia",
    "CHN": "China",
    "USA": "United States",
    "KOR": "South Korea",
    "JPN": "Japan",
    "UNO": "United Nations",
}


def actor(code: str) -> Actor:
    kind = "igo" if code == "UNO" else "state"
    return Actor(code=code, name=NAMES.get(code, code), text=NAMES.get(code, code), kind=kind)


_counter = iter(range(1_000_000))


def ev(
    actors: str,
    kind: str,
    recipients: str,
    date: str | None,
    *,
    mentions: int = 1,
    article: str = "a1",
    quad: int = 0,
    intensity: float = 0.0,
) -> Event:
    n = next(_counter)
    return Event(
        id=f"e{n}",
        event=kind,
        mode="",
        actor=tuple(actor(c) for c in actors.split(",") if c),
        recipient=tuple(actor(c) for c in recipients.split(",") if c),
        trigger=kind.lower(),
        sentence_text=f"Sentence {n}: {actors} {kind.lower()} {recipients}.",
        provenance=Provenance(article, n, 0, 10, "test", "0"),
        date=dt.date.fromisoformat(date) if date else None,
        quad_class=quad,
        intensity=intensity,
        mentions=mentions,
    )


def alignment_events(start_month: int = 1) -> list[Event]:
    """Two camps: PRK, RUS, CHN cooperate; USA, KOR, JPN cooperate; the camps quarrel."""
    day = f"2024-{start_month:02d}-10"
    return [
        ev("PRK", "CONSULT", "RUS", day),
        ev("RUS", "AGREE", "PRK", day),
        ev("CHN", "SUPPORT", "PRK", day),
        ev("RUS", "COOPERATE", "CHN", day),
        ev("USA", "COOPERATE", "KOR", day),
        ev("JPN", "CONSULT", "KOR", day),
        ev("USA", "SUPPORT", "JPN", day),
        ev("PRK", "THREATEN", "USA", day),
        ev("USA", "SANCTION", "PRK", day),
        ev("KOR", "ACCUSE", "PRK", day),
    ]


# --------------------------------------------------------------------------- pairs


def test_events_expand_to_every_state_pair() -> None:
    events = [ev("RUS,CHN", "AID", "PRK,UNO", "2024-01-02")]
    pairs = event_pairs(events)
    assert sorted(zip(pairs["actor"], pairs["recipient"], strict=True)) == [
        ("CHN", "PRK"),
        ("RUS", "PRK"),
    ]
    with_orgs = event_pairs(events, states_only=False)
    assert len(with_orgs) == 4 and set(with_orgs["recipient"]) == {"PRK", "UNO"}


def test_pairs_without_a_recipient_or_domestic_are_left_out() -> None:
    events = [ev("PRK", "MOBILIZE", "", "2024-01-02"), ev("IRQ", "COERCE", "IRQ", "2024-01-02")]
    assert event_pairs(events).empty
    assert len(event_pairs(events, include_self=True)) == 1


def test_cooperation_and_conflict_take_the_type_intensity_when_unset() -> None:
    pairs = event_pairs([ev("PRK", "CONSULT", "RUS", "2024-01-02")])
    assert pairs.loc[0, "quad_class"] == 1
    assert pairs.loc[0, "cooperation"] == pytest.approx(ontology.intensity("CONSULT"))
    assert pairs.loc[0, "conflict"] == 0
    own = event_pairs(
        [ev("PRK", "ASSAULT", "KOR", "2024-01-02", quad=4, intensity=-9.0, mentions=3)],
        weight_by_mentions=True,
    )
    assert own.loc[0, "weight"] == 3
    assert own.loc[0, "conflict"] == pytest.approx(27.0)
    assert own.loc[0, "score"] == pytest.approx(-27.0)


def test_merged_events_count_once_unless_weighted_by_mentions() -> None:
    events = [ev("PRK", "CONSULT", "RUS", "2024-01-02", mentions=5)]
    assert event_pairs(events).loc[0, "weight"] == 1
    assert event_pairs(events, weight_by_mentions=True).loc[0, "weight"] == 5


def test_the_same_event_read_twice_counts_once() -> None:
    event = ev("PRK", "CONSULT", "RUS", "2024-01-02")
    assert len(event_pairs([event, event])) == 1


def test_resolve_code_accepts_codes_and_names() -> None:
    names = actor_names(alignment_events())
    assert names["PRK"] == "North Korea"
    assert resolve_code("prk", names) == "PRK"
    assert resolve_code("Russia", names) == "RUS"
    assert resolve_code("japan", names) == "JPN"
    assert resolve_code("Korea", names) == "KOREA"  # ambiguous: North or South
    assert resolve_code("Atlantis", names) == "ATLANTIS"


# --------------------------------------------------------------------------- dyads


def test_dyad_timeline_by_month_with_empty_months_filled() -> None:
    events = [
        ev("PRK", "CONSULT", "RUS", "2024-01-05"),
        ev("PRK", "AGREE", "RUS", "2024-01-20"),
        ev("PRK", "ACCUSE", "RUS", "2024-03-01"),
        ev("RUS", "ASSAULT", "PRK", "2024-02-01"),  # the other direction
        ev("PRK", "CONSULT", "RUS", None),  # undated: left out
    ]
    frame = dyad_timeline(event_pairs(events), "PRK", "RUS", freq="month")
    assert [d.date().isoformat() for d in frame.index] == ["2024-01-01", "2024-02-01", "2024-03-01"]
    jan, feb, mar = (frame.iloc[i] for i in range(3))
    assert jan["events"] == 2 and jan["CONSULT"] == 1 and jan["AGREE"] == 1
    assert jan["verbal_cooperation"] == 2 and jan["verbal_conflict"] == 0
    coop = ontology.intensity("CONSULT") + ontology.intensity("AGREE")
    assert jan["net_cooperation"] == pytest.approx(coop)
    assert jan["mean_intensity"] == pytest.approx(coop / 2)
    assert feb["events"] == 0 and math.isnan(feb["mean_intensity"])
    assert mar["net_cooperation"] == pytest.approx(-abs(ontology.intensity("ACCUSE")))
    assert mar["verbal_conflict"] == 1


def test_dyad_timeline_by_week_starts_on_monday() -> None:
    events = [ev("PRK", "CONSULT", "RUS", "2024-01-03"), ev("PRK", "CONSULT", "RUS", "2024-01-07")]
    frame = dyad_timeline(event_pairs(events), "PRK", "RUS", freq="week")
    assert list(frame.index.date) == [dt.date(2024, 1, 1)]
    assert frame.iloc[0]["events"] == 2
    daily = dyad_timeline(event_pairs(events), "PRK", "RUS", freq="day")
    assert len(daily) == 5 and daily["events"].sum() == 2


def test_unknown_frequency_is_an_error_naming_the_choices() -> None:
    with pytest.raises(ConfigError, match="day, week, month"):
        dyad_timeline(event_pairs(alignment_events()), "PRK", "RUS", freq="year")


def test_empty_dyad_gives_an_empty_timeline() -> None:
    frame = dyad_timeline(event_pairs(alignment_events()), "JPN", "RUS")
    assert frame.empty and "net_cooperation" in frame.columns


def test_top_dyads_by_volume_and_balance() -> None:
    events = [*alignment_events(), ev("PRK", "CONSULT", "RUS", "2024-01-11")]
    pairs = event_pairs(events)
    first = top_dyads(pairs, n=1)[0]
    assert (first.actor, first.recipient, first.events) == ("PRK", "RUS", 2)
    conflictual = top_dyads(pairs, by="conflict", n=3)
    assert all(d.net_cooperation < 0 for d in conflictual)
    assert (conflictual[0].actor, conflictual[0].recipient) == ("USA", "PRK")  # SANCTION
    assert all(d.net_cooperation > 0 for d in top_dyads(pairs, by="cooperation"))


# --------------------------------------------------------------------------- profile


def quote(name: str, country: str, content: str, article: str = "a1", role: str = "") -> Quote:
    n = next(_counter)
    return Quote(
        id=f"q{n}",
        type="direct",
        content=content,
        cue="said",
        speaker=Speaker(name=name, text=name, role=role, country=country),
        provenance=Provenance(article, n, 0, 5, "test", "0"),
    )


def test_country_profile_ranks_partners_and_people() -> None:
    events = [
        *alignment_events(),
        ev("PRK", "CONSULT", "RUS", "2024-02-01"),
        ev("PRK", "COOPERATE", "UNO", "2024-02-02"),
    ]
    quotes = [
        quote("Kim Yo-jong", "PRK", "We will respond.", role="vice director"),
        quote("Kim Yo-jong", "PRK", "The drills are a provocation.", article="a2"),
        quote("Choe Son-hui", "PRK", "Relations are strong."),
        quote("Antony Blinken", "USA", "We are concerned."),
        quote("an official", "PRK", "No comment."),
    ]
    quotes.append(
        Quote(
            id="anon",
            type="direct",
            content="x",
            cue="said",
            speaker=Speaker(name="a source", text="a source", country="PRK", kind="anonymous"),
            provenance=Provenance("a1", 1, 0, 1, "t", "0"),
        )
    )
    profile = country_profile("PRK", events, quotes)
    assert profile.events == 8
    assert profile.sent == 4 and profile.received == 4
    assert profile.by_volume[0].code == "RUS" and profile.by_volume[0].events == 3
    assert "UNO" in {p.code for p in profile.by_volume}  # organisations are partners too
    assert profile.most_cooperative[0].code == "RUS"
    assert {p.code for p in profile.most_conflictual} == {"USA", "KOR"}
    assert profile.most_conflictual[0].code == "USA"  # SANCTION + THREATEN outweigh ACCUSE
    assert profile.recent[0].date == dt.date(2024, 2, 2)
    people = profile.people
    assert people[0].name == "Kim Yo-jong" and people[0].quotes == 2 and people[0].articles == 2
    assert people[0].role == "vice director"
    assert "Antony Blinken" not in {p.name for p in people}
    assert "a source" not in {p.name for p in people}


def test_quoted_people_without_country_lists_everyone() -> None:
    people = quoted_people([quote("A", "USA", "x"), quote("B", "", "y"), quote("A", "USA", "z")])
    assert [(p.name, p.quotes) for p in people] == [("A", 2), ("B", 1)]
    assert people[0].example == "z"


# --------------------------------------------------------------------------- network


def test_network_finds_the_two_camps() -> None:
    net = network(event_pairs(alignment_events()))
    assert set(net.blocs[:2]) == {("CHN", "PRK", "RUS"), ("JPN", "KOR", "USA")}
    prk_usa = net.edge("USA", "PRK")
    assert prk_usa is not None and prk_usa.weight < 0 and prk_usa.events == 2
    assert net.bloc_of("PRK") == net.bloc_of("RUS") != net.bloc_of("USA")
    louvain = network(event_pairs(alignment_events()), method="louvain")
    assert set(louvain.blocs[:2]) == set(net.blocs[:2])


def test_states_with_only_conflict_stay_alone() -> None:
    net = network(event_pairs([ev("AAA", "ASSAULT", "BBB", "2024-01-01")]))
    # AAA and BBB are no ISO codes: states_only drops them
    assert net.nodes == ()
    net = network(event_pairs([ev("ARM", "ASSAULT", "AZE", "2024-01-01")]))
    assert net.blocs == (("ARM",), ("AZE",))


def test_unknown_bloc_method_is_an_error() -> None:
    with pytest.raises(ConfigError, match="greedy, louvain"):
        network(event_pairs(alignment_events()), method="magic")


def test_comparing_windows_shows_who_moved_towards_whom() -> None:
    before = [
        ev("PRK", "ACCUSE", "RUS", "2023-01-10"),
        ev("USA", "COOPERATE", "KOR", "2023-01-10"),
        ev("CHN", "SUPPORT", "PRK", "2023-01-10"),
        ev("RUS", "CONSULT", "KOR", "2023-01-10"),
    ]
    after = [
        ev("PRK", "CONSULT", "RUS", "2024-01-10"),
        ev("RUS", "AID", "PRK", "2024-01-10"),
        ev("USA", "COOPERATE", "KOR", "2024-01-10"),
        ev("CHN", "SUPPORT", "PRK", "2024-01-10"),
        ev("RUS", "ACCUSE", "KOR", "2024-01-10"),
    ]
    old, new = network(event_pairs(before)), network(event_pairs(after))
    changes = edge_changes(old, new)
    top = changes[0]
    assert (top.a, top.b, top.direction) == ("PRK", "RUS", "closer")
    assert top.before < 0 < top.after
    kor_rus = next(c for c in changes if (c.a, c.b) == ("KOR", "RUS"))
    assert kor_rus.direction == "apart"
    assert all((c.a, c.b) not in {("KOR", "USA"), ("CHN", "PRK")} for c in changes)  # unchanged
    moves = {m.code: m for m in bloc_moves(old, new)}
    assert "RUS" in moves and "PRK" in moves["RUS"].joined and "KOR" in moves["RUS"].left


# --------------------------------------------------------------------------- alerts


def test_alert_on_a_rise_of_conflict_with_the_events_behind_it() -> None:
    events = [ev("PRK", "ACCUSE", "KOR", f"2024-{m:02d}-05") for m in (1, 3, 5)]
    events += [ev("PRK", "CONSULT", "RUS", f"2024-{m:02d}-05") for m in range(1, 8)]
    surge = [
        ev("PRK", kind, "KOR", "2024-07-0" + str(d))
        for d, kind in ((1, "THREATEN"), (2, "ASSAULT"), (3, "ACCUSE"), (4, "MOBILIZE"))
    ]
    alerts = dyad_alerts(event_pairs(events + surge), freq="month", min_count=3)
    assert len(alerts) == 1
    alert = alerts[0]
    assert (alert.actor, alert.recipient, alert.measure, alert.direction) == (
        "PRK",
        "KOR",
        "conflict",
        "rise",
    )
    assert alert.period == dt.date(2024, 7, 1)
    assert alert.current == 4 and alert.baseline_periods == 6
    assert alert.baseline_mean == pytest.approx(0.5)
    assert alert.z >= 2
    assert {e.event_id for e in alert.events} == {e.id for e in surge}


def test_alert_on_a_drop_of_cooperation() -> None:
    events = [
        ev("CHN", "COOPERATE", "RUS", f"2024-{m:02d}-0{d}")
        for m in range(1, 7)
        for d in (1, 2, 3, 4)
    ]
    events.append(ev("USA", "CONSULT", "JPN", "2024-07-01"))  # the data reach July
    alerts = dyad_alerts(event_pairs(events), min_count=3)
    assert [(a.actor, a.recipient, a.measure, a.direction) for a in alerts] == [
        ("CHN", "RUS", "cooperation", "drop")
    ]
    assert alerts[0].current == 0 and alerts[0].baseline_mean == 4
    assert alerts[0].events  # the baseline events behind the drop


def test_no_alert_for_a_single_event_or_a_short_history() -> None:
    events = [ev("PRK", "CONSULT", "RUS", f"2024-{m:02d}-05") for m in range(1, 8)]
    events.append(ev("PRK", "ASSAULT", "JPN", "2024-07-09"))  # one event: below min_count
    assert dyad_alerts(event_pairs(events), min_count=3) == []
    short = [ev("PRK", "ACCUSE", "KOR", "2024-01-01")] + [
        ev("PRK", "ASSAULT", "KOR", "2024-02-0" + str(d)) for d in range(1, 6)
    ]
    assert dyad_alerts(event_pairs(short), min_baseline=3) == []
    assert len(dyad_alerts(event_pairs(short), min_baseline=1)) == 1


def test_as_of_picks_the_current_period() -> None:
    events = [ev("PRK", "ASSAULT", "KOR", f"2024-03-0{d}") for d in range(1, 6)]
    events += [ev("PRK", "CONSULT", "RUS", f"2024-{m:02d}-05") for m in range(1, 8)]
    pairs = event_pairs(events)
    assert dyad_alerts(pairs, min_baseline=2) == []  # July: the March surge is in the baseline
    march = dyad_alerts(pairs, as_of=dt.date(2024, 3, 15), min_baseline=2)
    assert [(a.actor, a.recipient, a.direction) for a in march] == [("PRK", "KOR", "rise")]


def test_a_code_is_named_as_the_coders_name_it_most_often() -> None:
    # a recipient placed by a city carries the city's name; the state keeps its own
    from dataclasses import replace

    city = ev("IRQ", "ASSAULT", "GBR", "2024-01-01")
    city = replace(city, recipient=(Actor(code="GBR", name="London", text="London"),))
    later = [ev("GBR", "CONSULT", "USA", "2024-01-02"), ev("GBR", "AID", "IRQ", "2024-01-03")]
    later = [
        replace(e, actor=(Actor(code="GBR", name="United Kingdom", text="Britain"),)) for e in later
    ]
    assert actor_names([city, *later])["GBR"] == "United Kingdom"
