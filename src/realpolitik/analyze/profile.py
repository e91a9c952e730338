"""A country's profile: its partners, its latest events and the people quoted from it.

Partners are ranked three ways over the pairs (see
:mod:`realpolitik.analyze.pairs`) in which the country is actor or
recipient: by volume (events both ways), by net cooperation (most
cooperative first) and by net conflict (most conflictual first). Partners
include organisations (UNO, NATO ...) as well as states; domestic pairs
(the country acting on itself) are left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from ..models import Event, Quote
from .pairs import event_pairs


@dataclass(frozen=True, slots=True)
class Partner:
    """One partner of a country: events both ways and their balance."""

    code: str
    events: float
    sent: float  # events the country did to the partner
    received: float  # events the partner did to the country
    cooperation: float
    conflict: float
    net_cooperation: float


@dataclass(frozen=True, slots=True)
class QuotedPerson:
    """A speaker from the country and how often they were quoted."""

    name: str
    role: str
    affiliation: str
    country: str
    quotes: int
    articles: int
    example: str  # the content of their latest quote


@dataclass(frozen=True, slots=True)
class CountryProfile:
    """What the data says about one country (see the module doc)."""

    code: str
    events: int  # events with the country as actor or recipient
    sent: int
    received: int
    by_volume: tuple[Partner, ...]
    most_cooperative: tuple[Partner, ...]
    most_conflictual: tuple[Partner, ...]
    recent: tuple[Event, ...]
    people: tuple[QuotedPerson, ...]


def partners(pairs: pd.DataFrame, code: str) -> list[Partner]:
    """Every partner of ``code`` in ``pairs``, by volume (most events first)."""
    out = pairs[(pairs["actor"] == code) & (pairs["recipient"] != code)].assign(
        partner=lambda f: f["recipient"], direction="sent"
    )
    into = pairs[(pairs["recipient"] == code) & (pairs["actor"] != code)].assign(
        partner=lambda f: f["actor"], direction="received"
    )
    both = pd.concat([out, into], ignore_index=True)
    if both.empty:
        return []
    result = []
    for partner, rows in both.groupby("partner"):
        cooperation = float(rows["cooperation"].sum())
        conflict = float(rows["conflict"].sum())
        result.append(
            Partner(
                code=str(partner),
                events=float(rows["weight"].sum()),
                sent=float(rows.loc[rows["direction"] == "sent", "weight"].sum()),
                received=float(rows.loc[rows["direction"] == "received", "weight"].sum()),
                cooperation=cooperation,
                conflict=conflict,
                net_cooperation=cooperation - conflict,
            )
        )
    result.sort(key=lambda p: (-p.events, p.code))
    return result


def quoted_people(quotes: Iterable[Quote], *, country: str | None = None) -> list[QuotedPerson]:
    """Named speakers (persons and organisations, not anonymous ones), most quoted first.

    With ``country``, only speakers from that country. A speaker is keyed by
    name and country; the role and affiliation are the ones most often given.
    """
    counts: Counter[tuple[str, str]] = Counter()
    roles: dict[tuple[str, str], Counter[str]] = {}
    affiliations: dict[tuple[str, str], Counter[str]] = {}
    articles: dict[tuple[str, str], set[str]] = {}
    latest: dict[tuple[str, str], str] = {}
    for quote in quotes:
        speaker = quote.speaker
        if not speaker.name or speaker.kind == "anonymous":
            continue
        if country is not None and speaker.country != country:
            continue
        key = (speaker.name, speaker.country)
        counts[key] += 1
        roles.setdefault(key, Counter())[speaker.role] += 1
        affiliations.setdefault(key, Counter())[speaker.affiliation] += 1
        articles.setdefault(key, set()).add(quote.provenance.article_id)
        latest[key] = quote.content
    people = [
        QuotedPerson(
            name=name,
            role=_most_common(roles[(name, code)]),
            affiliation=_most_common(affiliations[(name, code)]),
            country=code,
            quotes=n,
            articles=len(articles[(name, code)]),
            example=latest[(name, code)],
        )
        for (name, code), n in counts.items()
    ]
    people.sort(key=lambda p: (-p.quotes, p.name))
    return people


def _most_common(counter: Counter[str]) -> str:
    named = [(n, text) for text, n in counter.items() if text]
    if not named:
        return ""
    return max(named, key=lambda item: (item[0], item[1]))[1]


def country_profile(
    code: str,
    events: Sequence[Event],
    quotes: Iterable[Quote] = (),
    *,
    top: int = 10,
    recent: int = 10,
    weight_by_mentions: bool = False,
) -> CountryProfile:
    """The profile of ``code`` from ``events`` (those naming it; others are ignored)
    and ``quotes`` (those whose speaker is from it)."""
    mine = [e for e in events if code in e.actor_codes or code in e.recipient_codes]
    mine = list({e.id: e for e in mine}.values())
    pairs = event_pairs(mine, states_only=False, weight_by_mentions=weight_by_mentions)
    ranked = partners(pairs, code)
    cooperative = sorted(
        (p for p in ranked if p.net_cooperation > 0), key=lambda p: (-p.net_cooperation, p.code)
    )
    conflictual = sorted(
        (p for p in ranked if p.net_cooperation < 0), key=lambda p: (p.net_cooperation, p.code)
    )
    latest = sorted(
        (e for e in mine if e.date is not None), key=lambda e: (e.date, e.id), reverse=True
    )
    return CountryProfile(
        code=code,
        events=len(mine),
        sent=sum(code in e.actor_codes for e in mine),
        received=sum(code in e.recipient_codes for e in mine),
        by_volume=tuple(ranked[:top]),
        most_cooperative=tuple(cooperative[:top]),
        most_conflictual=tuple(conflictual[:top]),
        recent=tuple(latest[:recent]),
        people=tuple(quoted_people(quotes, country=code)[:top]),
    )
