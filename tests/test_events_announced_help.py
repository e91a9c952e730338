"""Help, a joining with a partner and better ties sought are commitments when announced
(CONVENTIONS A1: AGREE) and no event when told as done ("helped rebuild" says who did
what, not a deed between sides): "The European Union will help rebuild Somalia", "said it
will seek better ties with Venezuela" (0.41.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_announced_help_is_a_commitment_to_the_one_helped() -> None:
    text = (
        "The European Union will help rebuild conflict-ravaged Somalia, the EU's foreign"
        " policy chief said Saturday."
    )
    assert triple("AGREE", ["EUR"], ["SOM"]) in predicted(text, "2004-10-02")


def test_better_ties_announced_are_a_commitment() -> None:
    text = "The United States said on Monday it will seek better ties with oil-rich Venezuela."
    assert triple("AGREE", ["USA"], ["VEN"]) in predicted(text, "2004-10-04")


def test_a_partner_announced_is_a_commitment() -> None:
    text = (
        "Microsoft said it will join with India's second-largest software firm, Infosys"
        " Technologies, to provide software."
    )
    assert triple("AGREE", ["USA"], ["IND"]) in predicted(text, "2004-10-04")


def test_help_told_as_done_is_no_event() -> None:
    text = "The United States helped rebuild Somalia in the 1990s."
    assert predicted(text, "2004-10-04") == set()
