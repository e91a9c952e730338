"""A comma participle of an act done in words, after what a speaker said, is the speaker's
own act even when the parser hangs it on the clause said: "Trump said China can fix this
problem quickly, urging Beijing to ..." (0.41.0). The letter someone delivers "to" a person
is addressed to that person: "delivered a letter to Tillerson asking him to ..." asks
Tillerson, not its sender. Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_speakers_participle_takes_the_speakers_side_and_mood() -> None:
    text = (
        "President Donald Trump said China can fix this problem quickly, urging Beijing to"
        " cut financial links with North Korea."
    )
    found = predicted(text, "2017-11-10")
    assert triple("REQUEST", ["USA"], ["CHN"]) in found


def test_a_second_speakers_participle_joined_by_and() -> None:
    text = (
        "Trump said “China can fix this problem quickly and easily”, urging Beijing to cut"
        " financial links with North Korea and also calling on Russia to help."
    )
    found = predicted(text, "2017-11-10")
    assert triple("REQUEST", ["USA"], ["CHN"]) in found
    assert triple("REQUEST", ["USA"], ["RUS"]) in found


def test_the_consequence_of_what_was_reported_is_not_the_speakers() -> None:
    # the killing is what the police said happened; it stays the bomb's, with no speaker
    text = "A car bomb exploded in Mosul on Monday, killing three Iraqi policemen, police said."
    found = predicted(text, "2004-10-11")
    assert triple("ASSAULT", [], ["IRQ"]) in found
    assert not [t for t in found if t[1]], found


def test_a_participle_of_no_spoken_act_keeps_the_mood_of_what_was_said() -> None:
    # the killing would follow the feared blast: a deed of no speaker, as unreal as it
    text = "Iraqi officials said a car bomb could explode in Baghdad, killing dozens of people."
    assert not [t for t in predicted(text, "2004-10-11") if t[0] == "ASSAULT"]


def test_a_letters_to_phrase_names_whom_its_participle_asks() -> None:
    text = (
        "Republican Senator John McCain and Democratic Senator Jeanne Shaheen delivered a"
        " letter to Tillerson asking him to begin consulting with lawmakers."
    )
    found = predicted(text, "2017-11-10")
    assert triple("REQUEST", ["USA"], ["USA"]) in found
