"""Speech acts read with the real pipeline (CONVENTIONS A1-A2, A4): demands (what a
speaker says another party should or should not do), refusals of proposals and apologies,
and the stances and denials that are no events."""

from __future__ import annotations

from real_coder import events, predicted, triple


def test_saying_another_party_should_not_act_is_a_demand() -> None:
    found = predicted(
        "Turkey's prime minister says the EU should not set new conditions for the start of "
        "membership talks."
    )
    assert found == {triple("REQUEST", {"TUR"}, {"EUR"})}
    # a party that need not act is asked for nothing
    assert (
        predicted("Turkey's foreign minister says the EU does not have to attach conditions.")
        == set()
    )


def test_rejecting_a_suggestion_of_a_deed_refuses_a_proposal() -> None:
    found = predicted(
        "China rebuffed a suggestion by Secretary of State Colin Powell that it consider talks "
        "with the Taiwanese president."
    )
    assert found == {triple("REJECT", {"CHN"}, {"USA"})}
    # a suggestion of a fact, denied, is no event (CONVENTIONS A4)
    found = predicted(
        "China rebuffed a suggestion by Secretary of State Colin Powell that it was lax in "
        "pursuing smugglers."
    )
    assert found == set()


def test_a_subjunctive_after_insist_or_propose_is_a_demand() -> None:
    found = predicted("Russia insisted that Ukraine withdraw its troops.")
    assert found == {triple("REQUEST", {"RUS"}, {"UKR"})}
    found = predicted("France proposed that the EU impose sanctions on Iran.")
    assert found == {triple("REQUEST", {"FRA"}, {"EUR"})}
    # a fact suggested is no demand, and the deed demanded is not coded as done
    assert predicted("Russia suggested that Ukraine was behind the attack.") == set()


def test_the_one_told_it_must_act_is_asked() -> None:
    found = predicted("France told Iran it must suspend uranium enrichment.")
    assert found == {triple("REQUEST", {"FRA"}, {"IRN"})}


def test_wanting_another_party_to_act_is_a_demand() -> None:
    found = predicted("Japan said it wanted Russia to hand back the disputed islands.")
    assert found == {triple("REQUEST", {"JPN"}, {"RUS"})}
    # a state's wish for itself asks no one
    assert predicted("Chirac wants France to lead Europe.") == set()


def test_a_demand_on_another_body_of_the_speakers_state_is_a_request() -> None:
    found = predicted("Congress should consider new gun laws, U.S. Senator Dianne Feinstein said.")
    assert found == {triple("REQUEST", {"USA"}, {"USA"})}


def test_an_apology_is_owed_to_the_state_its_deed_wronged() -> None:
    # CONVENTIONS A1's own example
    found = predicted(
        "China expressed regret on Monday for the entry of one of its submarines into Japanese "
        "waters, Tokyo says."
    )
    assert found == {triple("CONCEDE", {"CHN"}, {"JPN"})}


def test_an_announced_resignation_is_a_decision_taken() -> None:
    found = predicted(
        "U.S. Senator Al Franken will resign next week, a local radio station reported on "
        "Wednesday."
    )
    assert found == {triple("RETREAT", {"USA"}, ())}
    # one offered on a condition, or refused, is not
    assert predicted("U.S. Senator Al Franken said he would resign if he lost the vote.") == set()
    assert predicted("U.S. Senator Al Franken said he would not resign.") == set()


def test_an_inquiry_into_a_claim_looks_into_the_one_it_is_about() -> None:
    found = predicted(
        "The EU has begun an investigation into reports that Poland violated the rules."
    )
    assert found == {triple("ACCUSE", {"EUR"}, {"POL"})}
    found = predicted("The EU is probing claims that Poland violated the rules.")
    assert found == {triple("ACCUSE", {"EUR"}, {"POL"})}


def test_an_attack_in_words_is_an_accusation() -> None:
    found = predicted("Iran attacked the United States for its support of Israel.")
    assert found == {triple("ACCUSE", {"IRN"}, {"USA"})}
    found = predicted("Iran attacked Israel as a terrorist state on Monday.")
    assert found == {triple("ACCUSE", {"IRN"}, {"ISR"})}
    # blows stay blows, with a clause of time after "as"
    found = predicted("Israel attacked Hamas bases in Gaza as the United Nations watched.")
    assert found == {triple("ASSAULT", {"ISR"}, {"PSE"})}


def test_blame_on_a_relation_falls_on_both_its_sides() -> None:
    found = predicted(
        "China blamed the mistrust between Pyongyang and Washington for the deadlock."
    )
    assert found == {triple("ACCUSE", {"CHN"}, {"PRK", "USA"})}


def test_a_resignation_tendered_is_a_resignation() -> None:
    found = predicted("Iraq's interior minister tendered his resignation on Monday.")
    assert found == {triple("RETREAT", {"IRQ"}, ())}


def test_a_pronoun_for_another_named_person_of_the_same_state_is_asked() -> None:
    found = predicted(
        "WASHINGTON (Reuters) - FBI deputy director Andrew McCabe will appear before a Senate "
        "panel next week, after Republicans asked him to explain the bureau's conduct."
    )
    assert triple("REQUEST", {"USA"}, {"USA"}) in found


def test_a_deal_between_two_bodies_of_one_state_is_one_agreement() -> None:
    found = predicted(
        "WASHINGTON (Reuters) - Republicans in the U.S. Senate and House of Representatives "
        "have struck a deal on the budget, the Associated Press reported on Wednesday."
    )
    assert found == {triple("AGREE", {"USA"}, ())}


def test_dismissing_an_appeal_refuses_the_one_who_made_it() -> None:
    found = predicted(
        "Rebels in the Ivory Coast on Friday dismissed an appeal from President Laurent "
        "Gbagbo for a truce."
    )
    assert found == {triple("REJECT", {"CIV"}, {"CIV"})}


def test_what_is_done_to_part_of_a_thing_is_done_to_the_thing() -> None:
    found = predicted("Washington suspended part of its military aid program for Colombia.")
    assert found == {triple("SANCTION", {"USA"}, {"COL"})}


def test_boycotting_contact_with_a_state_cuts_ties_and_announcing_it_threatens() -> None:
    found = predicted("Iranian leaders boycotted all official contact with Britain.")
    assert found == {triple("SANCTION", {"IRN"}, {"GBR"})}
    found = predicted("Iranian leaders said they would boycott all official contact with Britain.")
    assert found == {triple("THREATEN", {"IRN"}, {"GBR"})}


def test_a_measure_announced_is_a_decision_taken_not_a_threat() -> None:
    found = predicted("Japan announced it would impose sanctions on North Korea.")
    assert found == {triple("SANCTION", {"JPN"}, {"PRK"})}
    found = predicted("Japan said it would impose sanctions on North Korea.")
    assert found == {triple("THREATEN", {"JPN"}, {"PRK"})}


def test_laying_into_a_state_is_criticism() -> None:
    found = predicted("China laid into the United States on Monday.")
    assert found == {triple("ACCUSE", {"CHN"}, {"USA"})}


def test_an_agreed_measure_on_a_condition_is_a_threat() -> None:
    found = predicted(
        "The EU agreed on Tuesday to tighten its sanctions on Myanmar if the junta does not free "
        "its political prisoners."
    )
    assert found == {triple("THREATEN", {"EUR"}, {"MMR"})}
    # easing a measure on a condition is still a promise
    found = predicted(
        "The United States agreed to lift sanctions on Libya if it gives up its weapons programs."
    )
    assert found == {triple("AGREE", {"USA"}, {"LBY"})}


def test_the_reporters_past_perfect_is_background_and_a_sources_is_news() -> None:
    # CONVENTIONS A4: what the story says came before the news is not coded
    assert (
        predicted(
            "Earlier this year, the Indian government had rejected a similar request from Pakistan."
        )
        == set()
    )
    # in reported speech "had" only shifts the tense of what the source says happened
    assert predicted("Officials said Israeli troops had killed two Palestinians in Gaza.") == {
        triple("ASSAULT", {"ISR"}, {"PSE"})
    }


def test_a_passive_outcome_foretold_is_no_refusal() -> None:
    # nobody is said to refuse: the sentence forecasts what will not happen to them
    text = (
        "WASHINGTON (Reuters) - Three of President Obama's judicial nominees will not be "
        "confirmed by the Republican Senate this year."
    )
    assert not any(e.event == "REJECT" for e in events(text))


def test_talk_of_a_deed_dismissed_is_a_denial_and_talk_of_a_truce_a_proposal() -> None:
    # CONVENTIONS A4: a denial is no event; refusing a proposal is REJECT
    text = (
        "Moscow has rejected the charges, and the president has dismissed any talk of "
        "collusion with Russia."
    )
    assert not any(e.event == "REJECT" for e in events(text))
    assert [e.event for e in events("Israel rejected talk of a truce with Hamas.")] == ["REJECT"]


def test_a_rebuke_as_the_means_of_a_verb_is_the_subjects() -> None:
    # "with" names the doer's means: the subject made the rebuke
    text = "Donald Trump stunned allies on Monday with a sharp rebuke of Chancellor Angela Merkel."
    assert triple("ACCUSE", ["USA"], ["DEU"]) in predicted(text)


def test_charged_with_a_deed_is_no_means_of_the_accused() -> None:
    assert "ASSAULT" not in {t[0] for t in predicted("Iran was charged with the bombing.")}
