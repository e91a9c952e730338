"""What a reaction answers is the news: "protests over the killing of 12 Nepalese workers"
names a killing the story is about, not background, even when the protests are only to
be prevented. A date phrase of this week ("at the weekend", "last week") dates an attack
told as a noun to the news, any other date to the past (0.41.0). Built on the real parser
and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_the_killing_protests_are_over_is_coded() -> None:
    text = (
        "A shoot-on-sight curfew imposed to prevent riots and violent protests over the"
        " killing of 12 Nepalese workers in Iraq entered its third day Friday."
    )
    assert triple("ASSAULT", [], ["NPL"]) in predicted(text, "2004-09-03")


def test_a_killing_retaliated_for_is_coded() -> None:
    text = "The army launched a raid in retaliation for the killing of nine French peacekeepers."
    assert triple("ASSAULT", [], ["FRA"]) in predicted(text, "2004-11-08")


def test_a_killing_named_for_no_reaction_stays_background() -> None:
    # "since" names what came before; no reaction makes it the news
    text = (
        "Thousands of French troops have stayed in the country since the killing of nine"
        " French peacekeepers."
    )
    assert not [t for t in predicted(text, "2004-11-08") if t[0] == "ASSAULT"]


def test_an_old_killing_reacted_to_stays_background() -> None:
    text = "Police have prevented protests over the 1998 killing of a Kenyan student."
    assert not [t for t in predicted(text, "2004-11-08") if t[0] == "ASSAULT"]


def test_an_attack_at_the_weekend_is_this_weeks_news() -> None:
    text = (
        "Iraqi officials said on Tuesday that lax security led to the bombing of a police"
        " station in Baquba at the weekend."
    )
    found = predicted(text, "2004-10-26")
    assert triple("ASSAULT", [], ["IRQ"]) in found, found


def test_an_attack_last_year_is_background() -> None:
    text = (
        "Iraqi officials said on Tuesday that lax security led to the bombing of a police"
        " station in Baquba last year."
    )
    assert not [t for t in predicted(text, "2004-10-26") if t[0] == "ASSAULT"]
