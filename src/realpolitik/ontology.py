"""The PLOVER 2.0 ontology as data: event types, modes, contexts, CAMEO roots,
quad classes and intensities.

The tables live in ``data/ontology/*.toml`` with a one-line description per
entry, so that the docs can be generated from them. They are read once, on
first use, and checked when they load: a type without a description, a quad
class outside 1..4 or a CAMEO root that is not two digits is an error in the
data, reported with the file that holds it.

    >>> from realpolitik import ontology
    >>> ontology.event_type("ASSAULT").quad_class
    4
    >>> ontology.cameo_root("ACCUSE", "investigate")
    '09'
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any

from .errors import ConfigError

QUAD_CLASSES: Mapping[int, str] = MappingProxyType(
    {
        1: "verbal cooperation",
        2: "material cooperation",
        3: "verbal conflict",
        4: "material conflict",
    }
)


@dataclass(frozen=True, slots=True)
class EventType:
    """One PLOVER event type and what is derived from it."""

    name: str
    description: str
    quad_class: int
    cameo: str
    intensity: float
    requires_recipient: bool
    modes: Mapping[str, str] = field(default_factory=dict)
    cameo_by_mode: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Ontology:
    """All event types (in the manual's order) and the context codes."""

    types: Mapping[str, EventType]
    contexts: Mapping[str, str]

    def event_type(self, name: str) -> EventType:
        """The type called ``name``; raises KeyError naming the known types otherwise."""
        try:
            return self.types[name]
        except KeyError:
            known = ", ".join(self.types)
            raise KeyError(f"{name!r} is not a PLOVER event type (known: {known})") from None


def _data_text(name: str) -> tuple[str, str]:
    path = resources.files("realpolitik").joinpath("data", "ontology", name)
    return str(path), path.read_text(encoding="utf-8")


def _parse_type(name: str, raw: Mapping[str, Any], source: str) -> EventType:
    def fail(problem: str) -> ConfigError:
        return ConfigError(f"{source}: event type {name}: {problem}; fix the ontology data file")

    if not name.isupper() or not name.isalpha():
        raise fail("type names are upper-case words")
    description = raw.get("description")
    if not isinstance(description, str) or not description.strip():
        raise fail("missing one-line description")
    quad = raw.get("quad_class")
    if not isinstance(quad, int) or quad not in QUAD_CLASSES:
        raise fail(f"quad_class must be 1, 2, 3 or 4, not {quad!r}")
    cameo = raw.get("cameo")
    if not (isinstance(cameo, str) and len(cameo) == 2 and cameo.isdigit()):
        raise fail(f"cameo must be a two-digit root like '04', not {cameo!r}")
    intensity = raw.get("intensity")
    if not isinstance(intensity, (int, float)) or not -10.0 <= float(intensity) <= 10.0:
        raise fail(f"intensity must be a number in -10..10, not {intensity!r}")
    requires = raw.get("requires_recipient")
    if not isinstance(requires, bool):
        raise fail("requires_recipient must be true or false")
    modes = raw.get("modes", {})
    for mode, text in modes.items():
        if not isinstance(text, str) or not text.strip():
            raise fail(f"mode {mode!r} has no description")
    by_mode = raw.get("cameo_by_mode", {})
    for mode, root in by_mode.items():
        if mode not in modes:
            raise fail(f"cameo_by_mode names unknown mode {mode!r}")
        if not (isinstance(root, str) and len(root) == 2 and root.isdigit()):
            raise fail(f"cameo_by_mode[{mode!r}] must be a two-digit root")
    return EventType(
        name=name,
        description=description.strip(),
        quad_class=int(quad),
        cameo=cameo,
        intensity=float(intensity),
        requires_recipient=requires,
        modes=MappingProxyType(dict(modes)),
        cameo_by_mode=MappingProxyType(dict(by_mode)),
    )


@functools.cache
def load_ontology() -> Ontology:
    """The ontology shipped with the package, read and checked once per process."""
    source, text = _data_text("types.toml")
    try:
        raw_types = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML ({exc}); fix the ontology data file") from exc
    types = {name: _parse_type(name, raw, source) for name, raw in raw_types.items()}
    csource, ctext = _data_text("contexts.toml")
    try:
        contexts = dict(tomllib.loads(ctext).get("contexts", {}))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{csource}: not valid TOML ({exc}); fix the ontology data file") from exc
    for name, text_ in contexts.items():
        if not isinstance(text_, str) or not text_.strip():
            raise ConfigError(f"{csource}: context {name!r} has no description")
    return Ontology(types=MappingProxyType(types), contexts=MappingProxyType(contexts))


def event_types() -> tuple[str, ...]:
    """The PLOVER event type names, in the manual's order."""
    return tuple(load_ontology().types)


def event_type(name: str) -> EventType:
    """The :class:`EventType` called ``name`` (KeyError if unknown)."""
    return load_ontology().event_type(name)


def is_mode(event: str, mode: str) -> bool:
    """Whether ``mode`` is a mode of ``event`` ("" is always allowed)."""
    return mode == "" or mode in event_type(event).modes


def cameo_root(event: str, mode: str = "") -> str:
    """The two-digit CAMEO root of a type, refined by its mode where the data says so."""
    etype = event_type(event)
    return etype.cameo_by_mode.get(mode, etype.cameo)


def quad_class(event: str) -> int:
    """The quad class of a type: 1 verbal cooperation, 2 material cooperation,
    3 verbal conflict, 4 material conflict."""
    return event_type(event).quad_class


def intensity(event: str) -> float:
    """The PLOVER conflict-cooperation score of a type (-10..+10)."""
    return event_type(event).intensity


def contexts() -> Mapping[str, str]:
    """The PLOVER context codes with their descriptions."""
    return load_ontology().contexts
