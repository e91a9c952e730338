"""Alerts: directed dyads whose conflict or cooperation departs from their own past.

For every directed dyad and for each of two measures, the number of
conflictual events (quad 3-4) and the number of cooperative events (quad
1-2) per period (sums of pair weights, :mod:`realpolitik.analyze.pairs`):

- the *current* period is the one holding ``as_of`` (default: the latest
  dated event in the data; note that it may still be incomplete);
- the *baseline* is the ``baseline_periods`` periods before it, limited to
  periods on or after the first period of the whole data, with zeros for
  periods in which the dyad had no event;
- ``z = (current - mean) / max(sd, 1)``, with ``sd`` the sample standard
  deviation of the baseline; the floor of 1 keeps a dyad that was always
  quiet from alerting on a single event;
- a *rise* is alerted when ``z >= threshold`` and ``current >= min_count``;
  a *drop* when ``z <= -threshold`` and the baseline mean ``>= min_count``;
- a dyad needs at least ``min_baseline`` baseline periods to be judged.

Each alert carries the events of the current period behind it (for a drop,
the events of the measure in the baseline, newest first, since the current
period may have none).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import pandas as pd

from ..errors import ConfigError
from .dyads import period_code, periods
from .pairs import CONFLICTUAL_QUADS, COOPERATIVE_QUADS, Evidence, evidence

#: The measures an alert watches, and the quad classes each counts.
MEASURES: dict[str, frozenset[int]] = {
    "conflict": CONFLICTUAL_QUADS,
    "cooperation": COOPERATIVE_QUADS,
}


@dataclass(frozen=True, slots=True)
class Alert:
    """One dyad whose measure in the current period departs from its baseline."""

    actor: str
    recipient: str
    measure: str  # conflict | cooperation
    direction: str  # rise | drop
    period: dt.date  # start of the current period
    current: float
    baseline_mean: float
    baseline_sd: float
    baseline_periods: int
    z: float
    events: tuple[Evidence, ...]


def dyad_alerts(
    pairs: pd.DataFrame,
    *,
    freq: str = "month",
    threshold: float = 2.0,
    min_count: float = 3.0,
    baseline_periods: int = 12,
    min_baseline: int = 3,
    as_of: dt.date | None = None,
    evidence_limit: int = 10,
) -> list[Alert]:
    """Alerts (see the module doc), strongest first (largest ``|z|``)."""
    code = period_code(freq)
    if threshold <= 0 or min_count < 0 or baseline_periods < 1 or min_baseline < 1:
        raise ConfigError(
            "alerts need threshold > 0, min_count >= 0, baseline_periods >= 1 and "
            f"min_baseline >= 1 (got {threshold}, {min_count}, {baseline_periods}, {min_baseline})"
        )
    dated = pairs[pairs["date"].notna()]
    if dated.empty:
        return []
    dated = dated.assign(period=periods(dated["date"], freq))
    current = (
        pd.Timestamp(as_of).to_period(code).start_time
        if as_of is not None
        else dated["period"].max()
    )
    first = dated["period"].min()
    window = pd.period_range(end=current.to_period(code), periods=baseline_periods + 1, freq=code)
    baseline_index = [p.start_time for p in window[:-1] if p.start_time >= first]
    if len(baseline_index) < min_baseline:
        return []
    alerts: list[Alert] = []
    relevant = dated[(dated["period"] >= baseline_index[0]) & (dated["period"] <= current)]
    for measure, quads in MEASURES.items():
        rows = relevant[relevant["quad_class"].isin(quads)]
        if rows.empty:
            continue
        table = rows.pivot_table(
            index=["actor", "recipient"],
            columns="period",
            values="weight",
            aggfunc="sum",
            fill_value=0.0,
        )
        table = table.reindex(columns=[*baseline_index, current], fill_value=0.0)
        for key, values in zip(table.index, table.to_numpy().tolist(), strict=True):
            actor, recipient = str(key[0]), str(key[1])
            alert = _judge([float(v) for v in values], threshold=threshold, min_count=min_count)
            if alert is None:
                continue
            now, mean, sd, z = alert
            dyad = rows[(rows["actor"] == actor) & (rows["recipient"] == recipient)]
            behind = dyad[dyad["period"] == current] if z > 0 else dyad
            alerts.append(
                Alert(
                    actor=actor,
                    recipient=recipient,
                    measure=measure,
                    direction="rise" if z > 0 else "drop",
                    period=current.date(),
                    current=now,
                    baseline_mean=mean,
                    baseline_sd=sd,
                    baseline_periods=len(baseline_index),
                    z=z,
                    events=tuple(evidence(behind, limit=evidence_limit)),
                )
            )
    alerts.sort(key=lambda a: (-abs(a.z), a.actor, a.recipient, a.measure))
    return alerts


def _judge(
    values: list[float], *, threshold: float, min_count: float
) -> tuple[float, float, float, float] | None:
    """(current, mean, sd, z) when the last value departs from the ones before, else None."""
    now, past = values[-1], values[:-1]
    mean = sum(past) / len(past)
    sd = math.sqrt(sum((v - mean) ** 2 for v in past) / (len(past) - 1)) if len(past) > 1 else 0.0
    z = (now - mean) / max(sd, 1.0)
    if z >= threshold and now >= min_count:
        return now, mean, sd, z
    if z <= -threshold and mean >= min_count:
        return now, mean, sd, z
    return None
