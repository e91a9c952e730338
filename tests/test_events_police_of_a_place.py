"""A passive arrest that a town's police tell of is their state's act: "a British man was
arrested, Basra police said" is IRQ COERCE GBR (0.42.0), as "Thai police said" was."""

from __future__ import annotations

from real_coder import predicted, triple


def test_police_named_by_their_town_make_the_arrest() -> None:
    text = "A British man was arrested on Saturday, Basra police said."
    assert triple("COERCE", ["IRQ"], ["GBR"]) in predicted(text, "2004-11-06")


def test_police_named_by_their_nationality_still_make_it() -> None:
    text = "A British man was arrested on Saturday, Thai police said."
    assert triple("COERCE", ["THA"], ["GBR"]) in predicted(text, "2004-11-06")


def test_a_town_named_speaker_who_is_no_authority_makes_no_arrest() -> None:
    text = "A British man was arrested on Saturday, Basra residents said."
    assert not [t for t in predicted(text, "2004-11-06") if t[0] == "COERCE" and t[1]]
