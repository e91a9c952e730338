"""Forces sent to a town deploy in its state, at home as abroad: the state is the recipient
(0.42.0). Forces only stationed somewhere at home name no recipient. Deploying is
mobilizing only forces or weapons: deploying a technology is not."""

from __future__ import annotations

from real_coder import predicted, triple


def test_reinforcements_sent_to_a_home_city_named_in_apposition() -> None:
    text = (
        "The Iraqi government rushed reinforcements Friday to the country's third-largest"
        " city, Mosul, seeking to quell a deadly militant uprising."
    )
    assert triple("MOBILIZE", ["IRQ"], ["IRQ"]) in predicted(text, "2004-11-12")


def test_troops_deployed_to_a_home_region_of_a_named_place() -> None:
    text = "Pakistan deployed 5,000 troops to the tribal region of Waziristan on Friday."
    assert triple("MOBILIZE", ["PAK"], ["PAK"]) in predicted(text, "2004-03-19")


def test_security_raised_at_home_without_a_destination_has_no_recipient() -> None:
    text = "Pakistan beefed up security on Saturday in Karachi."
    assert triple("MOBILIZE", ["PAK"], []) in predicted(text, "2004-10-09")


def test_forces_sent_abroad_still_take_the_host_state() -> None:
    text = "Britain sent 850 troops to the Iraqi city of Basra on Friday."
    assert triple("MOBILIZE", ["GBR"], ["IRQ"]) in predicted(text, "2004-10-22")


def test_deploying_technology_is_no_mobilization() -> None:
    text = "Nokia Corp. is deploying new encryption technology in its smart phones."
    assert not [t for t in predicted(text, "2004-11-14") if t[0] == "MOBILIZE"]


def test_deploying_missiles_mobilizes_weapons() -> None:
    text = "U.S. officials have said Russia has deployed a cruise missile despite complaints."
    assert triple("MOBILIZE", ["RUS"], []) in predicted(text, "2017-12-05")
