"""A legislature approving a nomination endorses the nominee (SUPPORT), a domestic act
when both are of one state (0.39.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_senate_panel_approving_a_nomination_supports_the_nominee() -> None:
    text = (
        "WASHINGTON - A Senate committee on Wednesday approved the nomination of Rep. "
        "Porter Goss to lead the intelligence agency."
    )
    assert triple("SUPPORT", ["USA"], ["USA"]) in predicted(text, "2004-09-22")
