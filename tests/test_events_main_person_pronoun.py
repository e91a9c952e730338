"""A "he" or "she" subject of an adverbial clause stands for the one person the main
clause is about ("The kidnapped Turkish engineer was found dead, a day after he was
abducted"); aid with no giver named is no event (0.39.0). Built on the real parser and
resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_he_of_an_adverbial_clause_is_the_person_of_the_main_clause() -> None:
    text = (
        "The kidnapped Turkish driver was found dead in Kunar province on Wednesday, one day "
        "after he was abducted by unknown gunmen, police said."
    )
    assert triple("ASSAULT", [], ["TUR"]) in predicted(text, "2004-12-15")


def test_he_is_no_one_of_two_people_the_main_clause_names() -> None:
    text = (
        "The kidnapped Turkish driver and his Afghan guard were found dead on Wednesday, "
        "one day after he was abducted by unknown gunmen, police said."
    )
    found = predicted(text, "2004-12-15")
    assert not [t for t in found if t[0] == "ASSAULT" and t[2] == frozenset({"TUR"})], found


def test_a_rescue_with_no_rescuer_named_is_no_aid() -> None:
    text = (
        "CAIRNS, Australia (AP) - A 38-year-old Australian man bled to death Saturday after "
        "he was rescued from the jaws of a shark, authorities said."
    )
    found = predicted(text, "2004-12-18")
    assert not [t for t in found if t[0] == "AID"], found
