"""A request told by a participle as what a visitor came for asks the host: "arrived in
Moscow on Monday seeking support" (0.38.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def test_a_visitor_seeking_support_asks_the_host() -> None:
    text = (
        "Japanese Prime Minister Junichiro Koizumi arrived in Moscow on Monday seeking "
        "support for his plan on the islands."
    )
    found = predicted(text, "2005-01-10")
    assert triple("REQUEST", ["JPN"], ["RUS"]) in found
    assert triple("CONSULT", ["JPN"], ["RUS"]) in found


def test_others_asking_while_a_visitor_arrives_do_not_ask_the_host() -> None:
    text = (
        "Japanese Prime Minister Junichiro Koizumi arrived in Moscow on Monday as "
        "protesters in Tokyo sought support for their cause."
    )
    assert triple("REQUEST", ["JPN"], ["RUS"]) not in predicted(text, "2005-01-10")
