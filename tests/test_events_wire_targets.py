"""Targets and sides read from wire shapes (CONVENTIONS A1-A4): an attack told as a noun
with no doer on a named target, an object pronoun after a meeting, "the country" after a
conjoined verb, an accusation made after "went on to", and verbs of ridicule. Built on
the real parser and resolver; the sentences are written for the tests."""

from __future__ import annotations

from real_coder import predicted, triple


def test_an_attack_noun_with_no_doer_hits_its_named_target() -> None:
    text = (
        "The bombing of a UN election office in Afghanistan drew calls from a UN union on "
        "Friday for a withdrawal of staffers."
    )
    assert triple("ASSAULT", [], ["UNO"]) in predicted(text)
    text = (
        "An Afghan man died and five people were hurt in a bomb attack on a UN vehicle in "
        "Afghanistan, officials said."
    )
    # one attack on the hurt and the vehicle's owner (0.39.0)
    assert triple("ASSAULT", [], ["AFG", "UNO"]) in predicted(text)


def test_an_attack_noun_that_is_background_or_charged_hits_no_one() -> None:
    for text in (
        # a deed charged, dated last year, or a bodily attack
        "A British soldier has been charged with the murder of a civilian in Iraq.",
        "An Indonesian court sentenced a militant on Thursday for his role in last year's "
        "hotel bombing in Jakarta.",
        "Palestinian officials know who was behind the killing of three Americans in Gaza "
        "nearly a year ago.",
        "The Bollywood actress died after a heart attack at her home in Mumbai.",
        # words against a person, and an attack threatened
        "The dean's reported attacks on the Archbishop of Canterbury sparked a storm of "
        "protest last week.",
        "A tape from al Qaeda threatened attacks on the United States.",
    ):
        assert not any(t[0] == "ASSAULT" and not t[1] for t in predicted(text)), text


def test_an_object_pronoun_after_a_meeting_is_the_one_met() -> None:
    text = (
        "President Vladimir Putin met Chinese President Xi Jinping on Monday, urging him to "
        "expand trade."
    )
    assert triple("REQUEST", ["RUS"], ["CHN"]) in predicted(text)


def test_the_country_after_a_conjoined_verb_is_the_state_just_named() -> None:
    text = "The United States criticized Iran on Monday and urged the country to stop enrichment."
    assert triple("REQUEST", ["USA"], ["IRN"]) in predicted(text)


def test_an_accusation_after_went_on_to_is_made() -> None:
    text = "Russia's foreign minister went on to accuse NATO of expanding toward Russia's borders."
    assert triple("ACCUSE", ["RUS"], ["NATO"]) in predicted(text)
    planned = "Russia's foreign minister went to Brussels to accuse NATO of expansion."
    assert triple("ACCUSE", ["RUS"], ["NATO"]) not in predicted(planned)


def test_ridicule_is_disapproval() -> None:
    text = "Vice President Dick Cheney has been mocking Senator John Kerry."
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text)
    text = "Chinese state media on Monday belittled Japan's prime minister."
    assert triple("ACCUSE", ["CHN"], ["JPN"]) in predicted(text)


def test_doers_outside_an_embassy_are_of_the_host_state() -> None:
    text = (
        "Suspected militants detonated a car bomb outside the Australian Embassy in Jakarta "
        "on Thursday."
    )
    found = predicted(text)
    assert triple("ASSAULT", ["IDN"], ["AUS"]) in found
    assert triple("ASSAULT", ["AUS"], ["AUS"]) not in found


def test_rebels_striking_an_unowned_force_post_strike_their_own_state() -> None:
    assert triple("ASSAULT", ["IND"], ["IND"]) in predicted(
        "Kashmiri militants attacked an army camp on Monday."
    )
    assert triple("ASSAULT", ["SDN"], ["SDN"]) in predicted(
        "Darfur rebels attacked a police station on Monday."
    )
    # a post whose owner is named is that owner's
    found = predicted("Kashmiri militants attacked a Pakistani army camp on Monday.")
    assert triple("ASSAULT", ["IND"], ["IND"]) not in found


def test_a_vote_promised_for_a_bill_at_home_is_a_commitment_with_no_other_side() -> None:
    # an announced commitment (CONVENTIONS A1), as the dev gold codes "will support"
    found = predicted("Republican Senator Susan Collins will vote for a Senate tax bill.")
    assert triple("AGREE", ["USA"], []) in found
    assert not any(t[0] == "SUPPORT" for t in found)
    # a measure of others stays a pledge to them
    found = predicted(
        "Portugal will support Turkey's efforts to become a full member of the European "
        "Community, Portuguese President Mario Soares said on Tuesday."
    )
    assert triple("AGREE", ["PRT"], ["TUR"]) in found


def test_congressional_committees_and_grand_juries_act_for_their_state() -> None:
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(
        "WASHINGTON (Reuters) - The House Ethics Committee's investigation of Representative "
        "John Conyers widened on Monday."
    )
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(
        "WASHINGTON (Reuters) - A federal grand jury indicted Paul Manafort on Monday."
    )


def test_a_suit_to_stop_someone_accuses_the_one_it_would_stop() -> None:
    text = (
        "WASHINGTON (Reuters) - A federal credit union has sued to block President Donald "
        "Trump from installing Mick Mulvaney as head of the agency."
    )
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text)
    text = "Democrats filed a lawsuit on Monday seeking to block President Donald Trump."
    assert triple("ACCUSE", ["USA"], ["USA"]) in predicted(text)


def test_a_demonym_alone_as_a_subject_is_a_surname_not_a_nation() -> None:
    found = predicted("English sued to prevent Trump from installing Mulvaney.")
    assert not any("GBR" in t[1] for t in found)
    # a people named with a determiner or a number stays a people
    found = predicted("Some 30,000 Sudanese have threatened to cross into Chad.")
    assert any("SDN" in t[1] for t in found)


def test_an_attack_on_twitter_is_words() -> None:
    found = predicted("Trump attacked Senator Kirsten Gillibrand on Twitter on Tuesday.")
    assert triple("ACCUSE", ["USA"], ["USA"]) in found
    assert not any(t[0] == "ASSAULT" for t in found)


def test_blocking_a_restriction_rejects_it() -> None:
    text = (
        "WASHINGTON (Reuters) - A federal judge in Seattle partially blocked U.S. President "
        "Donald Trump's newest restrictions on refugee admissions on Saturday."
    )
    assert triple("REJECT", ["USA"], ["USA"]) in predicted(text)


def test_a_demand_with_a_penalty_for_refusing_is_also_a_threat() -> None:
    found = predicted("The United States told Iran to comply or face sanctions.")
    assert triple("REQUEST", ["USA"], ["IRN"]) in found
    assert triple("THREATEN", ["USA"], ["IRN"]) in found
    found = predicted("The EU urged Russia to withdraw its troops and face the facts.")
    assert not any(t[0] == "THREATEN" for t in found)


def test_words_said_at_a_meeting_held_are_said() -> None:
    found = predicted("Putin met Xi on Monday to urge China to expand trade.")
    assert triple("REQUEST", ["RUS"], ["CHN"]) in found
    found = predicted("Putin will meet Xi on Monday to urge China to expand trade.")
    assert not any(t[0] == "REQUEST" for t in found)


def test_criticism_faced_is_criticism_received() -> None:
    found = predicted("Russia faced fresh criticism from the United States on Monday over Syria.")
    assert triple("ACCUSE", ["USA"], ["RUS"]) in found
