"""Pressure put on someone is a request only when the text names what it demands: "piled
pressure on Sudan to accept a monitoring force" is REQUEST; "Mueller is increasing
pressure on Flynn" names no demand and is not coded (0.41.0; neither coding of the fresh
Reuters set codes it, nor the read sets' codings "stepped up pressure on insurgents").
Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_pressure_with_a_demand_is_a_request() -> None:
    text = (
        "The United States piled pressure on Sudan Wednesday to accept a more powerful"
        " monitoring force in Darfur."
    )
    assert triple("REQUEST", ["USA"], ["SDN"]) in predicted(text, "2004-09-01")


def test_pressure_faced_with_a_demand_is_a_request() -> None:
    text = (
        "WASHINGTON (Reuters) - Democrat Al Franken faced intense pressure from members of"
        " his own party on Wednesday to resign from the U.S. Senate."
    )
    assert triple("REQUEST", ["USA"], ["USA"]) in predicted(text, "2017-12-06")


def test_pressure_with_no_demand_is_no_request() -> None:
    text = (
        "Special counsel Robert Mueller is increasing pressure on former national security"
        " adviser Michael Flynn, NBC News said."
    )
    assert not [t for t in predicted(text, "2017-11-05") if t[0] == "REQUEST"]
