"""Actor data 1.19.0: "Taoiseach" is a title NER leaves inside a name; the Mounties are
Canada's police; Reporters Without Borders is a non-state group; Ford Motor and other
multinational firms take their home state (CONVENTIONS A3)."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_taoiseach_resolves_to_the_irish_prime_minister() -> None:
    text = (
        "The DUP was last night reconsidering its boycott of talks after Taoiseach Bertie"
        " Ahern apologised to Britain for remarks he made."
    )
    assert triple("CONCEDE", ["IRL"], ["GBR"]) in predicted(text, "2004-12-10")


def test_the_mounties_are_canadian_police() -> None:
    text = (
        "OTTAWA (CP) - The Mounties provided information on Maher Arar to American"
        " authorities but were left in the dark."
    )
    assert triple("COOPERATE", ["CAN"], ["USA"]) in predicted(text, "2004-09-20")


def test_reporters_without_borders_is_a_non_state_group() -> None:
    text = "Reporters Without Borders condemned Iran on Monday for the arrest of two journalists."
    assert triple("ACCUSE", ["NSA"], ["IRN"]) in predicted(text, "2004-10-25")


def test_a_us_carmaker_returning_cars_to_norway_agrees_with_norway() -> None:
    text = (
        "AP - Ford Motor Co. agreed to return about 300 Norwegian-built electric cars to the"
        " Nordic country after protests about plans to scrap them, the country's transport"
        " minister said Thursday."
    )
    assert triple("AGREE", ["USA"], ["NOR"]) in predicted(text, "2004-11-11")
