"""Events as flat rows: one row per event, one value per column, for frames, CSV and Parquet.

Lists of actors become ``;``-joined codes (``"PRK;RUS"``) and texts; the
place is flattened to its name and coordinates. The column order is
:data:`FRAME_COLUMNS`; :data:`FRAME_TYPES` says what each column holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..models import Event

if TYPE_CHECKING:
    import pandas as pd

#: Column name -> kind of value ("str", "int", "float", "date"), in frame order.
FRAME_TYPES: dict[str, str] = {
    "id": "str",
    "article_id": "str",
    "date": "date",
    "date_precision": "str",
    "event": "str",
    "mode": "str",
    "actor": "str",
    "recipient": "str",
    "actor_text": "str",
    "recipient_text": "str",
    "trigger": "str",
    "sentence_text": "str",
    "quad_class": "int",
    "intensity": "float",
    "confidence": "float",
    "cameo": "str",
    "rule": "str",
    "mentions": "int",
    "place": "str",
    "latitude": "float",
    "longitude": "float",
}
FRAME_COLUMNS: tuple[str, ...] = tuple(FRAME_TYPES)


def flat_row(event: Event) -> dict[str, Any]:
    """One event as a flat row with the keys of FRAME_COLUMNS (``date`` stays a date or None)."""
    place = event.place
    return {
        "id": event.id,
        "article_id": event.provenance.article_id,
        "date": event.date,
        "date_precision": event.date_precision.value,
        "event": event.event,
        "mode": event.mode,
        "actor": ";".join(event.actor_codes),
        "recipient": ";".join(event.recipient_codes),
        "actor_text": ";".join(a.text for a in event.actor),
        "recipient_text": ";".join(a.text for a in event.recipient),
        "trigger": event.trigger,
        "sentence_text": event.sentence_text,
        "quad_class": event.quad_class,
        "intensity": event.intensity,
        "confidence": event.confidence,
        "cameo": event.cameo,
        "rule": event.rule,
        "mentions": event.mentions,
        "place": place.name if place else "",
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
    }


def to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """A pandas DataFrame of flat rows: dates as datetime64 (NaT when unknown), ints as int64."""
    import pandas as pd

    frame = pd.DataFrame([flat_row(e) for e in events], columns=list(FRAME_COLUMNS))
    for name, kind in FRAME_TYPES.items():
        if kind == "date":
            frame[name] = pd.to_datetime(frame[name])
        elif kind == "int":
            frame[name] = frame[name].astype("int64")
        elif kind == "float":
            frame[name] = frame[name].astype("float64")
        else:
            frame[name] = frame[name].astype(object)
    return frame


def iso(value: dt.date | None) -> str:
    """A date as YYYY-MM-DD, or "" when unknown."""
    return value.isoformat() if value is not None else ""
