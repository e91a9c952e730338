"""People hurt or killed "in an attack on" a target: one attack on the victims and the
target it names; the object of an active verb is the victim ("killed two militants in
an air strike"), and a region named before the attack noun is its place, not its doer
("Gaza air strikes") (0.39.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def _attacks(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {t for t in predicted(text, "2004-11-08") if t[0] == "ASSAULT"}


def test_people_hurt_in_an_attack_on_a_un_vehicle_are_one_attack_with_the_un() -> None:
    found = _attacks("Four people were hurt in a bomb attack on a UN vehicle in Afghanistan.")
    assert found == {triple("ASSAULT", [], ["AFG", "UNO"])}


def test_soldiers_killed_in_an_attack_on_a_foreign_convoy_are_one_attack_on_both() -> None:
    text = "Three Afghan soldiers were killed in a bomb attack on a US convoy in Kandahar."
    found = _attacks(text)
    assert found == {triple("ASSAULT", [], ["AFG", "USA"])}


def test_the_object_of_an_active_harm_is_the_victim_of_the_strike() -> None:
    text = (
        "The Israeli army killed three militants on Sunday in an air strike in the northern "
        "Gaza Strip."
    )
    assert _attacks(text) == {triple("ASSAULT", ["ISR"], ["PSE"])}


def test_a_region_before_the_attack_noun_is_no_attacker() -> None:
    text = (
        "Israel arrested a Hamas leader on Wednesday and killed two militants in Gaza air strikes."
    )
    assert triple("ASSAULT", ["PSE"], ["PSE"]) not in _attacks(text)


def test_the_place_of_an_attack_whose_wounded_are_named_adds_no_record() -> None:
    text = (
        "A Taliban suicide attacker killed himself and wounded at least six others, "
        "including two members of a NATO-led peacekeeping force, in a grenade attack on a "
        "busy street in central Kabul on Sunday."
    )
    assert _attacks(text) == {triple("ASSAULT", ["AFG"], ["NATO"])}


def test_the_dead_of_no_state_of_a_blast_at_a_foreign_convoy_are_the_towns() -> None:
    text = "Two bombs exploded near a US convoy in western Baghdad, killing 21 people."
    assert _attacks(text) == {triple("ASSAULT", [], ["IRQ", "USA"])}
