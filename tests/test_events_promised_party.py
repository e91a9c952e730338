"""A promise with no one named as promised takes the one other state or body its deed
names ("agreed on a new package of sanctions on Iran" -> IRN); not one named in a
clause aside, nor the market or place of a plan announced (0.39.0). Built on the real
parser and resolver."""

from __future__ import annotations

from real_coder import predicted, triple


def _agreements(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {t for t in predicted(text, "2017-11-08") if t[0] == "AGREE"}


def test_an_accord_on_sanctions_on_a_state_is_made_with_regard_to_it() -> None:
    text = (
        "WASHINGTON (Reuters) - U.S. senators on Wednesday said they agreed on a new "
        "package of sanctions on Iran."
    )
    assert _agreements(text) == {triple("AGREE", ["USA"], ["IRN"])}


def test_readiness_to_help_settle_a_conflict_is_promised_to_its_state() -> None:
    text = (
        "Putin said Wednesday that Russia is ready to contribute to a settlement of the "
        "conflict in Georgia."
    )
    assert triple("AGREE", ["RUS"], ["GEO"]) in _agreements(text)


def test_a_state_named_in_a_relative_clause_is_not_the_one_promised() -> None:
    text = (
        "Iran has agreed to fully suspend uranium enrichment and linked activities that "
        "Washington asserts are part of a nuclear weapons program, diplomats said Sunday."
    )
    assert not [t for t in _agreements(text) if "USA" in t[2]]


def test_the_market_of_a_plan_announced_is_not_the_one_promised() -> None:
    text = "French auto giant Renault said it will invest some 570 million dollars in South Korea."
    assert not [t for t in _agreements(text) if "KOR" in t[2]]
