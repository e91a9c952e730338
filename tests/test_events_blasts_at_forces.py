"""A blast is an attack when its phrases name a target of force: "an explosion occurred
near a police checkpoint", "died in a massive explosion near an army base" (ASSAULT, no
named attacker, the place's state the victims' one); a gas explosion in a mine or at a
power plant is an accident (0.38.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_an_explosion_near_a_police_post_is_an_attack() -> None:
    text = "An explosion occurred near a police checkpoint in Kirkuk on Monday, witnesses said."
    assert triple("ASSAULT", [], ["IRQ"]) in predicted(text, "2004-11-08")


def test_the_dead_of_an_explosion_near_an_army_base_are_victims_of_an_attack() -> None:
    text = "In Mosul, 12 Iraqis died in a massive explosion near an army base."
    assert triple("ASSAULT", [], ["IRQ"]) in predicted(text, "2004-11-08")


def test_an_explosion_at_no_target_of_force_is_no_attack() -> None:
    for text in (
        "A gas explosion in a coal mine in northern China killed 33 people on Friday.",
        "Thirteen people were killed in an explosion at a power plant in Hebei Province.",
    ):
        found = predicted(text, "2004-11-08")
        assert not [t for t in found if t[0] == "ASSAULT"], text
