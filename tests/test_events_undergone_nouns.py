"""The subject of "is under investigation by ..." is the one investigated (0.41.0), as
the subject of "came under criticism from" is the one criticized; attacks by a party's
lawmakers are words (ACCUSE), not blows. A government minister in a story filed from a
capital is that state's, as its police and courts are. Built on the real parser and
resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_the_one_under_investigation_is_its_recipient() -> None:
    text = (
        "Former national security adviser Michael Flynn is under investigation by Mueller's team."
    )
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text, "2017-11-05")


def test_the_one_remaining_under_arrest_is_held() -> None:
    text = "Former Iraqi leader Saddam Hussein remained under arrest by U.S. forces."
    assert triple("COERCE", ["USA"], ["IRQ"]) in predicted(text, "2004-11-05")


def test_an_attack_by_a_partys_lawmakers_is_words() -> None:
    text = (
        "WASHINGTON (Reuters) - U.S. Attorney General Jeff Sessions, who oversees the Federal"
        " Bureau of Investigation, on Friday offered a tepid endorsement of the nation's"
        " leading law enforcement agency, which has been under attack by President Donald"
        " Trump and other Republicans."
    )
    found = predicted(text, "2017-12-15")
    assert not [t for t in found if t[0] == "ASSAULT"], found


def test_a_government_minister_in_a_datelined_story_is_its_states() -> None:
    text = (
        "LONDON - Prince Charles fought back Monday against accusations by a government"
        " minister who called his views old fashioned."
    )
    assert triple("ACCUSE", ["GBR"], ["GBR"]) in predicted(text, "2004-11-22")


def test_governments_around_the_world_are_no_one_state() -> None:
    text = (
        "Microsoft Corp. will allow governments around the world that use its software to"
        " have controlled access to the source code for Microsoft Office."
    )
    assert not [t for t in predicted(text, "2004-11-22") if t[2] == frozenset({"USA"})]
