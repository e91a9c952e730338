"""An abduction told in a participle or relative clause on the captives a release or
return is of says who they are, and is not coded beside the release (0.40.0; neither
helper coding of the read sets codes it). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_the_abduction_of_people_released_is_who_they_are() -> None:
    text = (
        "Palestinian gunmen yesterday released a CNN journalist abducted in Gaza City "
        "apparently to pressure members of an Arab minority group."
    )
    found = predicted(text, "2004-10-26")
    assert triple("RETREAT", ["PSE"], ["USA"]) in found
    assert not [t for t in found if t[0] == "ASSAULT"], found


def test_the_abduction_of_people_whose_return_is_sought_is_who_they_are() -> None:
    text = (
        "Kuwait has promised to leave no stone unturned to ensure the safe return of the "
        "three Indians who were taken hostage in Iraq."
    )
    found = predicted(text, "2004-08-25")
    assert not [t for t in found if t[0] == "ASSAULT"], found


def test_an_abduction_told_of_captives_not_freed_is_still_coded() -> None:
    text = (
        "An Australian journalist snatched by insurgents in Iraq has contradicted claims "
        "by Foreign Minister Alexander Downer."
    )
    assert triple("ASSAULT", ["IRQ"], ["AUS"]) in predicted(text, "2004-10-20")
