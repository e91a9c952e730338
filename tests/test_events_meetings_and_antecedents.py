"""Meetings the coder reads as held, and the earlier events a judgement points back at
(CONVENTIONS A2, A3): talks between two sides that stalled, failed or collapsed were
held; a meeting inside one intergovernmental body, with no other side, is CONSULT in the
ontology's multilateral mode; "the decision" condemned is an event the article reports
with the confidence kept; a verdict on "the sanctions" is aimed at those who imposed
them; arms imported from a state are its AID. Built on the real parser and resolver;
the sentences are written for the tests."""

from __future__ import annotations

from real_coder import events, predicted, triple


def test_talks_that_stalled_or_failed_were_held() -> None:
    found = predicted("Talks between India and Pakistan stalled over Kashmir on Tuesday.")
    assert found == {triple("CONSULT", {"IND", "PAK"})}
    found = predicted("Talks between India and Pakistan failed to produce a deal on Wednesday.")
    assert found == {triple("CONSULT", {"IND", "PAK"})}
    # talks still to come are not coded (CONVENTIONS A4)
    assert predicted("Talks between India and Pakistan will begin next week.") == set()


def test_one_bodys_members_meeting_is_multilateral() -> None:
    coded = events("NATO foreign ministers met in Brussels on Tuesday.")
    assert [(e.event, e.mode, e.actor_codes, e.recipient_codes) for e in coded] == [
        ("CONSULT", "multilateral", ("NATO",), ())
    ]
    found = predicted("The UN Security Council met on Monday to discuss the crisis in Darfur.")
    assert found == {triple("CONSULT", {"UNO"})}
    found = predicted("The European Union held a summit in Brussels on Friday.")
    assert found == {triple("CONSULT", {"EUR"})}


def test_a_meeting_with_someone_or_still_to_come_is_not_a_members_meeting() -> None:
    # one person of the body meets people the text does not place: no event
    assert predicted("The UN envoy met reporters in Geneva on Tuesday.") == set()
    # a meeting with a named side keeps that side as the recipient
    found = predicted("EU leaders met with Chinese Premier Wen Jiabao in The Hague on Wednesday.")
    assert found == {triple("CONSULT", {"EUR"}, {"CHN"})}
    # a summit still to come (CONVENTIONS A4)
    assert predicted("NATO leaders will meet in Istanbul next month.") == set()
    # one state's parties meeting stay uncoded: the rule is for intergovernmental bodies
    assert predicted("Republican and Democratic senators held a summit on Friday.") == set()


def test_an_unsure_earlier_draft_is_no_antecedent() -> None:
    # "Hungary dropped its objections" is drafted below the confidence kept, so "the
    # decision" the Kremlin condemned is the EU's, the last event the article reports
    found = predicted(
        "The European Union on Monday adopted new sanctions against Russia. Ministers "
        "approved the measures after Hungary dropped its objections. The Kremlin "
        "condemned the decision."
    )
    assert triple("ACCUSE", {"RUS"}, {"EUR"}) in found
    assert not any(t[0] == "ACCUSE" and "HUN" in t[2] for t in found)


def test_a_verdict_on_an_earlier_event_is_aimed_at_its_actors() -> None:
    found = predicted(
        "The European Union on Monday adopted new sanctions against Russia. Dmitry "
        "Peskov, a Kremlin spokesman, said the sanctions were illegal."
    )
    assert triple("ACCUSE", {"RUS"}, {"EUR"}) in found


def test_arms_bought_or_imported_from_a_state_are_its_aid() -> None:
    # CONVENTIONS A2: arms shipments are AID, from the state they come from
    found = predicted(
        "Russia has imported millions of artillery shells from North Korea since last year."
    )
    assert found == {triple("AID", {"PRK"}, {"RUS"})}
    assert predicted("Syria received weapons from Iran last month.") == {
        triple("AID", {"IRN"}, {"SYR"})
    }
    # other goods bought abroad stay trade
    found = predicted("Russia has imported grain from Kazakhstan.")
    assert found == {triple("COOPERATE", {"KAZ"}, {"RUS"})}
