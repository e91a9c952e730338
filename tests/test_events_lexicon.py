"""The event trigger lexicon and grammar lists: format, checks, coverage of the conventions."""

from __future__ import annotations

import pytest

from realpolitik import ontology
from realpolitik.coders.event_lexicon import _classes, load_lexicon, parse_line
from realpolitik.errors import ConfigError


def test_every_type_has_triggers_and_every_mode_is_valid() -> None:
    lex = load_lexicon()
    assert set(lex.sizes) == set(ontology.event_types())
    assert all(count > 0 for count in lex.sizes.values())
    for table in (lex.verbs, lex.nouns):
        for entries in table.values():
            for entry in entries:
                assert ontology.is_mode(entry.event, entry.mode), entry


@pytest.mark.parametrize(
    ("lemma", "event"),
    [
        ("attack", "ASSAULT"),
        ("arrest", "COERCE"),
        ("accuse", "ACCUSE"),
        ("reject", "REJECT"),
        ("urge", "REQUEST"),
        ("praise", "SUPPORT"),
        ("apologize", "CONCEDE"),
        ("resign", "RETREAT"),
        ("mobilize", "MOBILIZE"),
        ("demonstrate", "PROTEST"),
        ("veto", "REJECT"),
        ("threaten", "THREATEN"),
        ("meet", "CONSULT"),
        ("extradite", "COOPERATE"),
        ("donate", "AID"),
        ("sanction", "SANCTION"),
        ("agree", "AGREE"),
    ],
)
def test_typical_triggers_of_the_conventions_are_in_the_lexicon(lemma: str, event: str) -> None:
    events = {e.event for e in load_lexicon().verbs[lemma]}
    assert event in events


def test_specific_patterns_come_first() -> None:
    entries = load_lexicon().verbs["withdraw"]
    assert [e.specificity for e in entries] == sorted(
        (e.specificity for e in entries), reverse=True
    )


def test_parse_line_reads_particles_objects_and_nouns() -> None:
    classes = load_lexicon().grammar.classes
    verb = parse_line("break off +@ties ; discontinue", "SANCTION", "f", classes)
    assert (verb.lemma, verb.particle, verb.obj, verb.mode) == (
        "break",
        ("off",),
        "@ties",
        "discontinue",
    )
    noun = parse_line("n:hunger strike ; hunger", "PROTEST", "f", classes)
    assert noun.nominal and (noun.lemma, noun.modifier) == ("strike", "hunger")


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("attack ; flying", "not a mode"),
        ("attack ; ; sideways", "unknown flag"),
        ("send +@nothing", "unknown object class"),
        ("n:a b c", "noun pattern"),
        ("attack ; ; ; extra", "expected"),
    ],
)
def test_malformed_lines_name_file_and_line(line: str, problem: str) -> None:
    with pytest.raises(ConfigError, match=problem) as info:
        parse_line(line, "ASSAULT", "ASSAULT.txt", load_lexicon().grammar.classes)
    assert "ASSAULT.txt" in str(info.value)


def test_grammar_lists_are_lemmas_and_contexts_are_plover_codes() -> None:
    grammar = load_lexicon().grammar
    assert "will" in grammar["future_aux"] and "could" in grammar["modal_aux"]
    assert set(grammar.recipient_preps) <= set(ontology.event_types())
    assert set(grammar.contexts.values()) <= set(ontology.contexts())
    assert grammar.contexts["nuclear"] == "cbrn"


def test_a_class_may_include_other_plain_classes() -> None:
    classes = load_lexicon().grammar.classes
    assert classes["talks"] == classes["meetings"] | classes["visits"]
    assert "visit" in classes["talks"] and "meeting" in classes["talks"]
    assert _classes("g.toml", {"a": ["x"], "b": ["@a", "y"]})["b"] == {"x", "y"}


@pytest.mark.parametrize("raw", [{"b": ["@missing"]}, {"a": ["@c"], "b": ["@a"], "c": ["x"]}])
def test_a_class_naming_no_plain_class_names_the_file(raw: dict[str, list[object]]) -> None:
    with pytest.raises(ConfigError, match="no plain class") as info:
        _classes("g.toml", raw)
    assert "g.toml" in str(info.value)
