"""The event coder's trigger lexicon and grammar word lists, read from data files.

``data/events/<TYPE>.txt`` hold the triggers of each PLOVER type, one pattern a
line (the format is in ``data/events/README.txt``); ``data/events/grammar.toml``
holds the word lists that steer the rules (modal verbs, control verbs, object
classes ...). Both are read once per process and turned into dictionaries
keyed by lemma, so that matching a token costs one dictionary look-up.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType

from .. import ontology
from ..errors import ConfigError

FLAGS = frozenset(
    {
        "recip",
        "swap",
        "host",
        "civil",
        "owned",
        "place",
        "weak",
        "intrans",
        "trans",
        "aimed",
        "armed",
        "crowd",
        "envoy",
        "suffer",
        "fired",
        "mutual",
        "bodily",
        "camera",
        "backed",
        "vowed",
        "abroad",
        "targeted",
        "tried",
    }
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon pattern: a verb (with particle and/or object) or a noun (with modifier)."""

    event: str
    mode: str
    lemma: str
    particle: tuple[str, ...] = ()
    obj: str = ""  # an object lemma, or "@class"
    modifier: str = ""  # for nouns: a compound or adjective the noun must have
    nominal: bool = False
    flags: frozenset[str] = frozenset()
    source: str = ""

    @property
    def specificity(self) -> int:
        """Higher for patterns that say more; the most specific match wins."""
        return (
            2 * len(self.particle)
            + 2 * bool(self.obj)
            + 2 * bool(self.modifier)
            + ("aimed" in self.flags)
        )


@dataclass(frozen=True, slots=True)
class Grammar:
    """The word lists of grammar.toml, as frozensets (see that file for what each does)."""

    lists: Mapping[str, frozenset[str]]
    recipient_preps: Mapping[str, frozenset[str]]
    classes: Mapping[str, frozenset[str]]
    contexts: Mapping[str, str] = field(default_factory=dict)  # lemma -> PLOVER context
    anaphora: Mapping[str, frozenset[str]] = field(default_factory=dict)  # noun -> types
    # title -> role words or sectors of the person it names again
    role_anaphors: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists[name]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Triggers by lemma (verbs and nouns apart), most specific first, and the grammar."""

    verbs: Mapping[str, tuple[Trigger, ...]]
    nouns: Mapping[str, tuple[Trigger, ...]]
    grammar: Grammar
    sizes: Mapping[str, int] = field(default_factory=dict)

    def in_class(self, name: str, lemma: str) -> bool:
        """Whether ``lemma`` belongs to the object class ``name`` of grammar.toml."""
        return lemma in self.grammar.classes.get(name, frozenset())


def _data_dir() -> resources.abc.Traversable:
    return resources.files("realpolitik").joinpath("data", "events")


def parse_line(
    line: str, event: str, source: str, classes: Mapping[str, frozenset[str]]
) -> Trigger:
    """One lexicon line -> Trigger; raises ConfigError naming the file and line when malformed."""
    parts = [p.strip() for p in line.split(";")]
    pattern, mode = parts[0], parts[1] if len(parts) > 1 else ""
    flags = frozenset(parts[2].split()) if len(parts) > 2 else frozenset()

    def fail(problem: str) -> ConfigError:
        return ConfigError(f"{source}: {line!r}: {problem}; fix the trigger lexicon")

    if len(parts) > 3 or not pattern:
        raise fail("expected 'pattern ; mode ; flags'")
    if not ontology.is_mode(event, mode):
        raise fail(f"{mode!r} is not a mode of {event}")
    if flags - FLAGS:
        raise fail(f"unknown flag(s) {sorted(flags - FLAGS)} (known: {sorted(FLAGS)})")
    words = pattern.split()
    if words[0].startswith("n:"):
        words[0] = words[0][2:]
        if not words[0] or len(words) > 2:
            raise fail("a noun pattern is 'n:LEMMA' or 'n:MODIFIER LEMMA'")
        modifier = words[0] if len(words) == 2 else ""
        return Trigger(
            event, mode, words[-1], modifier=modifier, nominal=True, flags=flags, source=source
        )
    obj = ""
    if words[-1].startswith("+"):
        obj = words.pop()[1:]
        if not obj:
            raise fail("'+' must be followed by an object lemma or @class")
        if obj.startswith("@") and obj[1:] not in classes:
            raise fail(f"unknown object class {obj!r} (see [classes] in grammar.toml)")
    if not words or any(w.startswith(("+", "@")) for w in words):
        raise fail("a verb pattern is 'LEMMA [PARTICLE ...] [+OBJECT]'")
    return Trigger(
        event, mode, words[0], particle=tuple(words[1:]), obj=obj, flags=flags, source=source
    )


def _classes(path: str, raw: Mapping[str, list[object]]) -> dict[str, frozenset[str]]:
    """The [classes] word lists; an item "@other" stands for every word of class ``other``
    (``talks = ["@meetings", "@visits"]``), which must be a plain list itself."""
    plain = {k: [str(w).lower() for w in v] for k, v in raw.items()}
    classes: dict[str, frozenset[str]] = {}
    for name, words in plain.items():
        found: set[str] = set()
        for word in words:
            if not word.startswith("@"):
                found.add(word)
                continue
            other = plain.get(word[1:])
            if other is None or any(w.startswith("@") for w in other):
                raise ConfigError(
                    f"{path}: class {name!r} includes {word!r}, which is no plain class; "
                    "fix [classes] in the event grammar file"
                )
            found.update(other)
        classes[name] = frozenset(found)
    return classes


def _read_grammar() -> Grammar:
    path = _data_dir().joinpath("grammar.toml")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the event grammar file") from exc
    lists: dict[str, frozenset[str]] = {}
    for key, value in raw.items():
        if isinstance(value, list):
            lists[key] = frozenset(str(v).lower() for v in value)
    preps = {k: frozenset(v) for k, v in raw.get("recipient_preps", {}).items()}
    unknown = set(preps) - set(ontology.event_types())
    if unknown:
        raise ConfigError(f"{path}: recipient_preps names unknown types {sorted(unknown)}")
    classes = _classes(str(path), raw.get("classes", {}))
    contexts: dict[str, str] = {}
    known = ontology.contexts()
    for context, words in raw.get("contexts", {}).items():
        if context not in known:
            raise ConfigError(f"{path}: [contexts] names unknown PLOVER context {context!r}")
        for word in words:
            contexts.setdefault(str(word).lower(), context)
    anaphora: dict[str, frozenset[str]] = {}
    for noun, types in raw.get("anaphora", {}).items():
        bad = set(types) - set(ontology.event_types()) - {"*"}
        if bad:
            raise ConfigError(f"{path}: [anaphora] {noun!r} names unknown types {sorted(bad)}")
        anaphora[str(noun).lower()] = frozenset(types)
    role_anaphors = {
        str(title).lower(): frozenset(str(w).lower() for w in words)
        for title, words in raw.get("role_anaphors", {}).items()
    }
    return Grammar(
        MappingProxyType(lists),
        MappingProxyType(preps),
        MappingProxyType(classes),
        MappingProxyType(contexts),
        MappingProxyType(anaphora),
        MappingProxyType(role_anaphors),
    )


@functools.cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon, read and checked once per process."""
    grammar = _read_grammar()
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    sizes: dict[str, int] = {}
    for event in ontology.event_types():
        path = _data_dir().joinpath(f"{event}.txt")
        if not path.is_file():
            raise ConfigError(f"{path}: trigger file for {event} is missing; reinstall realpolitik")
        count = 0
        for raw_line in path.read_text(encoding="utf-8").splitlines():
            line = raw_line.strip()
            if not line or line.startswith("#"):
                continue
            trigger = parse_line(line, event, str(path), grammar.classes)
            table = nouns if trigger.nominal else verbs
            table.setdefault(trigger.lemma, []).append(trigger)
            count += 1
        sizes[event] = count
    order = functools.partial(sorted, key=lambda t: -t.specificity)
    return Lexicon(
        verbs=MappingProxyType({k: tuple(order(v)) for k, v in verbs.items()}),
        nouns=MappingProxyType({k: tuple(order(v)) for k, v in nouns.items()}),
        grammar=grammar,
        sizes=MappingProxyType(sizes),
    )
