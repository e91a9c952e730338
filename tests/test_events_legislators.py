"""Members of a legislature named by their office alone (0.30.0, CONVENTIONS A3): they
take the state of the story's dateline like lawmakers and the police, and never the
state they act on; and how lawmakers back one another ("mounted a defense of").
Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_senators_of_a_washington_story_are_american() -> None:
    text = (
        "WASHINGTON (Reuters) - Senators on Tuesday criticized the Justice Department over "
        "its handling of the probe."
    )
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text, date="2017-12-20")


def test_senators_meeting_the_president_consult_him() -> None:
    text = (
        "WASHINGTON (Reuters) - Senators said on Thursday after a meeting with Trump that he "
        "is open to reforming the biofuels policy."
    )
    assert triple("CONSULT", ["USA"], ["USA"]) in predicted(text, date="2017-12-20")


def test_lawmakers_do_not_take_the_state_they_criticize() -> None:
    found = predicted("Lawmakers on Tuesday criticized Russia over its handling of the probe.")
    assert not any("RUS" in t[1] for t in found)


def test_police_still_take_the_one_state_a_sentence_names() -> None:
    found = predicted("Police on Tuesday arrested two Russian journalists.")
    assert triple("COERCE", ["RUS"], ["RUS"]) in found


def test_a_defense_mounted_or_rallied_to_is_support() -> None:
    text = (
        "(Reuters) - Senate Republicans mounted a concerted defense of one of President "
        "Donald Trump's nominees to a federal appeals court on Wednesday."
    )
    assert triple("SUPPORT", ["USA"], ["USA"]) in predicted(text, date="2017-11-29")
    text = "French President Jacques Chirac came to the defense of Chancellor Gerhard Schroeder."
    assert triple("SUPPORT", ["FRA"], ["DEU"]) in predicted(text, date="2004-05-03")


def test_protesters_rallying_around_a_building_give_no_support() -> None:
    found = predicted("Thousands of protesters rallied around the parliament building in Kiev.")
    assert not {t for t in found if t[0] == "SUPPORT"}
