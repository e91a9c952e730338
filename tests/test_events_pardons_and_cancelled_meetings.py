"""A pardon frees prisoners (RETREAT release, CONVENTIONS A2: "release prisoners"), and
calling off a meeting refuses to meet (REJECT meet), as both helper codings of the read
sets code them (0.40.0; before, CONCEDE and SANCTION). Calling off a visit abroad still
cuts a tie (SANCTION), as the dev gold codes it. Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_pardon_releases_the_pardoned() -> None:
    text = (
        "Four men accused of planning to kill Cuba's Fidel Castro have been pardoned by "
        "Panama's president."
    )
    found = predicted(text, "2004-08-27")
    assert triple("RETREAT", ["PAN"], ["PAN"]) in found
    assert not [t for t in found if t[0] == "CONCEDE"], found


def test_a_cancelled_meeting_is_a_refusal_to_meet() -> None:
    text = (
        "South Africa has canceled a meeting with prosecutors from Equatorial Guinea who "
        "had hoped to interview Mark Thatcher."
    )
    found = predicted(text, "2004-10-31")
    assert triple("REJECT", ["ZAF"], ["GNQ"]) in found
    assert not [t for t in found if t[0] == "SANCTION"], found


def test_a_cancelled_visit_abroad_still_cuts_a_tie() -> None:
    text = (
        "A French minister has cancelled a planned visit to Haiti after a state of siege "
        "was declared in the one-time French colony."
    )
    found = predicted(text, "2004-08-27")
    assert triple("SANCTION", ["FRA"], ["HTI"]) in found
    assert not [t for t in found if t[0] == "REJECT"], found
