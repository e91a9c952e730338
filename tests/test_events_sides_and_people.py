"""Sides the coder missed or misread in fresh blind codings (CONVENTIONS A2-A4): two armed
sides of one state named together, a breakaway region's people, a march through a city,
blame laid on someone, critics who are not one's own people, and principals of 2004 and
2017 whose roles the people table now dates. Built on the real parser and resolver; the
sentences are written for the tests."""

from __future__ import annotations

from real_coder import events, predicted, triple


def found_attack(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    """The attacks kept in ``text``."""
    return {t for t in predicted(text) if t[0] == "ASSAULT"}


def test_a_capture_with_no_agent_names_no_captor() -> None:
    # captures are made by armies as often as by police: the text names no captor
    found = predicted(
        "A lieutenant of Iraq's most feared insurgent leader was captured this week, the "
        "country's national security minister said Thursday."
    )
    assert found == {triple("COERCE", (), {"IRQ"})}
    # an arrest with no agent is still the state's where it happened (CONVENTIONS A4)
    found = predicted("BAGHDAD - Two men were arrested on Monday.")
    assert found == {triple("COERCE", {"IRQ"}, {"IRQ"})}


def test_two_armed_sides_of_one_state_named_together_fight_inside_it() -> None:
    # CONVENTIONS A4: two sides fighting with no named attacker, one ASSAULT with no
    # recipient; both sides here take one code, so one code in the actor list
    found = predicted("Georgian troops and Abkhaz rebels clashed on Sunday.")
    assert found == {triple("ASSAULT", {"GEO"})}
    found = predicted("Russian troops and Chechen rebels clashed on Sunday.")
    assert found == {triple("ASSAULT", {"RUS"})}
    # two states' forces stay two actors
    found = predicted("Georgian and Russian forces clashed on Sunday.")
    assert found == {triple("ASSAULT", {"GEO", "RUS"})}


def test_south_ossetians_take_georgias_code() -> None:
    found = predicted("South Ossetian forces attacked a Georgian village.")
    assert found == {triple("ASSAULT", {"GEO"}, {"GEO"})}


def test_a_march_through_a_city_is_a_protest_there() -> None:
    found = predicted("Thousands of protesters marched through Kiev on Friday.")
    assert found == {triple("PROTEST", {"UKR"}, {"UKR"})}


def test_blame_laid_on_someone_accuses_them() -> None:
    found = predicted("Putin put the blame on Georgia for the war.")
    assert found == {triple("ACCUSE", {"RUS"}, {"GEO"})}
    found = predicted("Israel pinned the blame on Syria.")
    assert found == {triple("ACCUSE", {"ISR"}, {"SYR"})}


def test_ones_critics_are_not_ones_own_people() -> None:
    # "called on his supporters" addresses one's own; "his critics" are set against him
    found = predicted("Putin put the blame on his international critics.")
    assert triple("ACCUSE", {"RUS"}, {"RUS"}) not in found
    drafted = events("Putin blamed his critics for the crisis.")
    assert not any(e.event == "ACCUSE" and e.recipient_codes for e in drafted)
    found = predicted("Bush called on his supporters to vote.")
    assert found == {triple("REQUEST", {"USA"}, {"USA"})}


def test_principals_of_2004_are_dated_by_the_publication_date() -> None:
    found = predicted("Treasury Secretary John Snow criticized China.", "2004-10-01")
    assert found == {triple("ACCUSE", {"USA"}, {"CHN"})}
    found = predicted("Mark Latham criticized China.", "2004-10-01")
    assert found == {triple("ACCUSE", {"AUS"}, {"CHN"})}


def test_principals_of_2017_are_dated_by_the_publication_date() -> None:
    found = predicted("Richard Cordray criticized China.", "2017-10-01")
    assert found == {triple("ACCUSE", {"USA"}, {"CHN"})}
    found = predicted("Sergei Kislyak met Jeff Sessions.", "2016-09-08")
    assert triple("CONSULT", {"RUS"}, {"USA"}) in found


def test_an_offer_accepted_is_an_agreement() -> None:
    # CONVENTIONS A2: CONCEDE accepts a demand; an offer taken up is agreed to, as an
    # invitation is
    found = predicted("Israel accepted an Egyptian offer to mediate.")
    assert found == {triple("AGREE", {"ISR"}, {"EGY"})}
    found = predicted("Israel accepted the demands of Egypt.")
    assert found == {triple("CONCEDE", {"ISR"}, {"EGY"})}


def test_a_town_a_bombing_happened_in_does_not_stand_beside_its_named_victims() -> None:
    # CONVENTIONS A4: a bombing with no named attacker codes the victims' country
    text = (
        "A car bomb exploded on the outskirts of the Iraqi city of Fallujah, killing seven "
        "United States Marines."
    )
    assert predicted(text) == {triple("ASSAULT", (), {"USA"})}
    # with no victims named, the place is where the victims were
    text = "A car bomb exploded on the outskirts of the Iraqi city of Fallujah."
    assert predicted(text) == {triple("ASSAULT", (), {"IRQ"})}
    # aid sent to a country's towns goes to that country
    text = "The US is sending relief supplies to flood-ravaged areas of the Philippines."
    assert predicted(text) == {triple("AID", {"USA"}, {"PHL"})}


def test_a_mandative_clause_may_leave_out_that() -> None:
    found = predicted("Britain recommended the EU impose sanctions on Iran.")
    assert found == {triple("REQUEST", {"GBR"}, {"EUR"})}
    # an indicative clause is what was said, no demand
    assert predicted("Britain suggested Iran was lying.") == set()


def test_a_place_in_a_clause_on_another_noun_is_not_where_the_subject_is() -> None:
    # "companies operating in Sudan" says where the companies work, not whose the
    # activists are
    text = (
        "Black activists are pressing public pension funds to divest holdings of companies "
        "operating in oil-rich Sudan."
    )
    assert not any("SDN" in e.actor_codes for e in events(text))
    # a place the act itself is told in still places its unnamed people
    text = (
        "Fifteen people were killed in an explosion that hit a hotel in the Iraqi city of Tikrit."
    )
    assert predicted(text) == {triple("ASSAULT", (), {"IRQ"})}


def test_an_official_retiring_leaves_the_post() -> None:
    # CONVENTIONS A2, RETREAT (resign): a retirement announced is a decision taken
    found = predicted("U.S. Homeland Security Inspector General John Roth said he will retire.")
    assert found == {triple("RETREAT", {"USA"})}
    # "retired" as a word of who someone is tells no retreat
    found = predicted("A retired U.S. general criticized China on Monday.")
    assert found == {triple("ACCUSE", {"USA"}, {"CHN"})}


def test_a_court_refusing_a_challenge_or_a_suit_rejects_it() -> None:
    # CONVENTIONS A2, REJECT: a challenge or a suit asks the court to act
    found = predicted(
        "WASHINGTON (Reuters) - A state judge denied a challenge by Republican U.S. Senate "
        "candidate Roy Moore."
    )
    assert found == {triple("REJECT", {"USA"}, {"USA"})}
    found = predicted("A Thai court dismissed a lawsuit by Cambodia.")
    assert found == {triple("REJECT", {"THA"}, {"KHM"})}
    # denying an accusation is no event (CONVENTIONS A4)
    assert predicted("Thailand denied the charges brought by Cambodia.") == set()


def test_a_joint_statement_of_one_states_people_is_no_agreement() -> None:
    found = predicted("China and Russia said in a joint statement that they oppose the plan.")
    assert triple("AGREE", {"CHN", "RUS"}) in found
    found = predicted(
        "Senators Marco Rubio and Mike Lee of the U.S. said in a joint statement that the "
        "credit was not enough."
    )
    assert not any(t[0] == "AGREE" for t in found)


def test_sealing_off_a_place_restricts_it() -> None:
    found = predicted("The Israeli army sealed off the Gaza Strip on Wednesday.")
    assert found == {triple("COERCE", {"ISR"}, {"PSE"})}


def test_a_document_says_what_it_says_whatever_its_clause_tells_of_its_effect() -> None:
    text = (
        "A UN resolution threatening oil sanctions on Sudan will only make it harder for the "
        "government, a Sudanese official said."
    )
    assert triple("THREATEN", {"UNO"}, {"SDN"}) in predicted(text)


def test_displeasure_stated_at_anothers_deed_disapproves_of_its_doer() -> None:
    # CONVENTIONS A2, ACCUSE (disapprove), as "expressed concern over" is
    found = predicted("The U.S. was deeply concerned about China's military buildup.")
    assert found == {triple("ACCUSE", {"USA"}, {"CHN"})}
    found = predicted(
        "U.S. lawmakers said they were disturbed by the harsh response of Myanmar's security "
        "forces."
    )
    assert found == {triple("ACCUSE", {"USA"}, {"MMR"})}
    # a worry about what may come, or about no one's deed, is no accusation
    found = predicted("U.S. lawmakers are worried that China may quit the talks.")
    assert found == set()
    assert predicted("Japan is worried about the economy.") == set()
    assert predicted("China was not concerned about Japan's plan.") == set()


def test_a_deed_dismissed_as_wrong_accuses_its_doer() -> None:
    found = predicted("China dismissed Japan's remarks as irresponsible.")
    assert found == {triple("ACCUSE", {"CHN"}, {"JPN"})}
    found = predicted("China described Japan's remarks as bitter and insulting.")
    assert found == {triple("ACCUSE", {"CHN"}, {"JPN"})}
    # a claim dismissed as untrue is a denial, no event (CONVENTIONS A4)
    assert predicted("Iran dismissed the U.S. report as baseless.") == set()


def test_a_blow_ones_own_side_says_it_can_strike_threatens() -> None:
    # CONVENTIONS A1: "Iran warned Israel it could strike anywhere" -> THREATEN
    assert predicted("Iran said it could strike Israel.") == {triple("THREATEN", {"IRN"}, {"ISR"})}
    # another's capability told, or denied, is no threat
    assert predicted("Israeli officials said Iran could attack Israel.") == set()
    assert predicted("Iran said it could not strike Israel.") == set()


def test_an_attack_people_died_after_is_the_news() -> None:
    # CONVENTIONS A4: no named attacker, the victims' state
    found = predicted("An American woman died after a suicide bomb attack in Kabul.")
    assert found == {triple("ASSAULT", (), {"USA"})}
    # an attack of a day of this week is news, even after "for" or "after"
    text = (
        "The police said two Malaysians were responsible for Thursday's bombing at the "
        "Australian embassy."
    )
    assert found_attack(text) == {triple("ASSAULT", (), {"AUS"})}
    # one of years ago is background
    text = "The police said two Malaysians were responsible for the 2002 bombing in Bali."
    assert found_attack(text) == set()


def test_the_us_as_subject_is_the_state_not_the_pronoun() -> None:
    # "US" lower-cased is "us": a subject pronoun costs confidence, the state must not
    def confidence(text: str) -> float:
        [event] = events(text)
        return event.confidence

    us = confidence("The US accused Iran of arming militants in Iraq on Monday.")
    assert us == confidence("Britain accused Iran of arming militants in Iraq on Monday.")
    # a real pronoun subject still costs it
    assert confidence("It accused Iran of arming militants in Iraq on Monday.") < us
