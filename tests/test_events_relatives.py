"""Relative clauses that leave their object to the noun they describe, and attacks by
two attackers of no known state named apart in one sentence (0.30.0, CONVENTIONS A1 and
A4). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import events
from realpolitik.coders.event_clauses import relative_object
from realpolitik.evaluate import evaluate_rows
from realpolitik.nlp import parse_one


def _word(text: str, word: str) -> object:
    doc = parse_one(text)
    return next(t for t in doc if t.text == word)


def _object_of(text: str, verb: str) -> str | None:
    found = relative_object(_word(text, verb))  # type: ignore[arg-type]
    return None if found is None else found.text


def test_a_relative_pronoun_object_is_the_noun_it_stands_for() -> None:
    text = "Gunmen released a video of a Turkish hostage whom they threatened to kill."
    assert _object_of(text, "kill") == "hostage"


def test_an_object_left_out_of_a_relative_clause_is_the_noun_it_describes() -> None:
    assert _object_of("They freed a hostage the rebels threatened to behead.", "behead") == (
        "hostage"
    )


def test_a_relative_clause_whose_noun_is_its_subject_gives_no_object() -> None:
    text = "Police arrested the rebels who attacked the town of Kidal."
    assert _object_of(text, "attacked") is None
    assert _object_of("Police found the men who fought.", "fought") is None


def test_a_place_a_relative_clause_happened_in_is_no_object() -> None:
    assert _object_of("They visited the town where the rebels fought.", "fought") is None


def test_the_hostage_a_threat_is_made_against_is_threatened() -> None:
    text = (
        "Three hooded gunmen pose with an unidentified Turkish hostage, who they threatened "
        "to behead unless all Americans release all Iraqi prisoners."
    )
    threats = [e for e in events(text) if e.event == "THREATEN"]
    assert threats
    assert "TUR" in threats[0].recipient_codes


def test_a_threat_to_kill_whom_names_the_hostages_state() -> None:
    text = "Gunmen released a video of a Turkish hostage whom they threatened to kill."
    threats = [e for e in events(text) if e.event == "THREATEN"]
    assert threats
    assert threats[0].recipient_codes == ("TUR",)


def _records(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    report = evaluate_rows([{"id": "x", "text": text, "events": []}])
    return list(report.items[0].predicted)


def test_two_attackers_named_apart_do_two_attacks() -> None:
    text = (
        "Gunmen killed the Baghdad governor in Iraq's highest-profile assassination in eight "
        "months and a suicide bomber killed 10 people near the Green Zone on Tuesday."
    )
    attacks = [r for r in _records(text) if r[0] == "ASSAULT"]
    assert attacks == [("ASSAULT", frozenset(), frozenset({"IRQ"}))] * 2


def test_a_bomb_and_its_blast_are_one_attack() -> None:
    text = "A bomb exploded in a market in Baghdad and the blast killed five people."
    attacks = [r for r in _records(text) if r[0] == "ASSAULT"]
    assert attacks == [("ASSAULT", frozenset(), frozenset({"IRQ"}))]
