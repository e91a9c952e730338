"""Actor resolution: lookups, sectors, dated roles, people read from the text, references."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from realpolitik.actors import ActorResolver, ArticleActors
from realpolitik.models import Article
from realpolitik.nlp import parse_one


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


def resolve(
    nlp: Any, resolver: ActorResolver, text: str, published: dt.date | None = dt.date(2023, 8, 1)
) -> tuple[Any, ArticleActors]:
    doc = parse_one(text)
    assert doc.text == text
    return doc, resolver.resolve(doc, Article(id="t", text=text, published=published))


def token(doc: Any, word: str, nth: int = 0) -> Any:
    return [t for t in doc if t.text == word][nth]


# -- lookups ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("Washington", "USA"),
        ("White House", "USA"),
        ("North Korea", "PRK"),
        ("North Korean", "PRK"),
        ("Pyongyang's", "PRK"),
        ("DPRK", "PRK"),
        ("South Korean", "KOR"),
        ("Seoul", "KOR"),
        ("Britain", "GBR"),
        ("British", "GBR"),
        ("Downing Street", "GBR"),
        ("the Netherlands", "NLD"),
        ("Dutch", "NLD"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Burma", "MMR"),
        ("Soviet Union", "RUS"),
        ("Kremlin", "RUS"),
        ("Moscow’s", "RUS"),
        ("Zaire", "COD"),
        ("Yugoslavia", "SRB"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Tehran", "IRN"),
        ("Iranians", "IRN"),
        ("Tel Aviv", "ISR"),
        ("Ramallah", "PSE"),
        ("Hamas", "PSE"),
        ("Taipei", "TWN"),
        ("Kosovo", "XKX"),
        ("Elysee", "FRA"),
        ("Beijing", "CHN"),
        ("Chinese", "CHN"),
        ("Hezbollah", "LBN"),
        ("Houthis", "YEM"),
        ("Boko Haram", "NGA"),
        ("PKK", "TUR"),
        ("United Nations", "UNO"),
        ("U.N.", "UNO"),
        ("Security Council", "UNO"),
        ("UNICEF", "UNO"),
        ("WHO", "UNO"),
        ("European Union", "EUR"),
        ("EU", "EUR"),
        ("European Commission", "EUR"),
        ("NATO", "NATO"),
        ("IAEA", "IAEA"),
        ("African Union", "AU"),
        ("ASEAN", "ASEAN"),
        ("OPEC", "OPEC"),
        ("Arab League", "ARL"),
        ("IMF", "IGO"),
        ("World Bank", "IGO"),
        ("G20", "IGO"),
        ("al-Qaeda", "ALQ"),
        ("AQAP", "ALQ"),
        ("Islamic State", "NSA"),
        ("ISIS", "NSA"),
        ("Daesh", "NSA"),
        ("Brussels", "BEL"),
        ("Kampuchean", "KHM"),
        ("Zairean", "COD"),
        ("Yugoslav", "SRB"),
        ("Rhodesian", "ZWE"),
        ("Germans", "DEU"),
        ("Czechs", "CZE"),
        ("Icelanders", "ISL"),
        ("Kosovars", "XKX"),
        ("Frenchmen", "FRA"),
    ],
)
def test_lookup_names_demonyms_capitals_and_organisations(
    resolver: ActorResolver, text: str, code: str
) -> None:
    actor = resolver.lookup(text)
    assert actor is not None, text
    assert actor.code == code
    assert actor.text == text


@pytest.mark.parametrize(
    "text", ["who", "us", "the", "Hamilton", "Victoria", "Monday", "Male", "North", "Congress", ""]
)
def test_lookup_refuses_common_words_ambiguous_capitals_and_context_aliases(
    resolver: ActorResolver, text: str
) -> None:
    assert resolver.lookup(text) is None


def test_lookup_gives_sector_and_kind(resolver: ActorResolver) -> None:
    pentagon = resolver.lookup("the Pentagon")
    assert pentagon is not None and (pentagon.code, pentagon.sector) == ("USA", "MIL")
    un = resolver.lookup("UN")
    assert un is not None and un.kind == "igo" and un.name == "United Nations"
    xinhua = resolver.lookup("Xinhua")
    assert xinhua is not None and (xinhua.code, xinhua.sector, xinhua.kind) == ("CHN", "MED", "org")


def test_taliban_are_rebels_before_taking_kabul_and_government_after(
    resolver: ActorResolver,
) -> None:
    before = resolver.lookup("Taliban", on=dt.date(2020, 2, 29))
    after = resolver.lookup("Taliban", on=dt.date(2022, 1, 1))
    assert before is not None and (before.code, before.sector) == ("AFG", "REB")
    assert after is not None and (after.code, after.sector) == ("AFG", "GOV")


# -- dated roles ------------------------------------------------------------------------------


def test_person_resolves_to_the_role_held_on_the_date(resolver: ActorResolver) -> None:
    minister = resolver.lookup("Sergei Shoigu", on=dt.date(2020, 1, 1))
    assert minister is not None
    assert (minister.code, minister.role, minister.sector, minister.kind) == (
        "RUS",
        "Defense Minister",
        "MIL",
        "person",
    )
    secretary = resolver.lookup("Shoigu", on=dt.date(2024, 6, 1))
    assert secretary is not None and secretary.role == "Secretary of the Security Council"
    successor = resolver.lookup("Andrei Belousov", on=dt.date(2024, 6, 1))
    assert successor is not None and successor.role == "Defense Minister"
    assert resolver.lookup("Andrei Belousov", on=dt.date(2020, 1, 1)) is not None


def test_same_person_different_roles_over_time(resolver: ActorResolver) -> None:
    pm = resolver.lookup("Vladimir Putin", on=dt.date(2010, 6, 1))
    president = resolver.lookup("Putin", on=dt.date(2015, 6, 1))
    assert pm is not None and pm.role == "Prime Minister"
    assert president is not None and president.role == "President"
    biden_vp = resolver.lookup("Joe Biden", on=dt.date(2012, 1, 1))
    assert biden_vp is not None and biden_vp.role == "Vice President"


def test_former_office_holder_keeps_country_and_says_former(resolver: ActorResolver) -> None:
    actor = resolver.lookup("Rex Tillerson", on=dt.date(2020, 1, 1))
    assert actor is not None and actor.code == "USA" and actor.role == "former Secretary of State"


# -- resolution in text -----------------------------------------------------------------------


def test_demonym_and_possessive_modifiers_give_country_and_noun_gives_sector(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc, actors = resolve(
        nlp, resolver, "Iranian officials said Russia's army would leave, and Tehran agreed."
    )
    officials = actors.for_token(token(doc, "officials"))
    assert officials is not None
    assert (officials.code, officials.sector, officials.text) == ("IRN", "GOV", "Iranian officials")
    army = actors.for_token(token(doc, "army"))
    assert army is not None and (army.code, army.sector) == ("RUS", "MIL")
    assert army.text == "Russia's army"
    assert doc.text[army.start : army.end] == "Russia's army"
    tehran = actors.for_token(token(doc, "Tehran"))
    assert tehran is not None and tehran.code == "IRN" and tehran.name == "Iran"


def test_of_and_from_phrases_give_the_country(nlp: Any, resolver: ActorResolver) -> None:
    doc, actors = resolve(nlp, resolver, "Troops from Ukraine met diplomats of France.")
    troops = actors.for_token(token(doc, "Troops"))
    assert troops is not None and (troops.code, troops.sector) == ("UKR", "MIL")
    diplomats = actors.for_token(token(doc, "diplomats"))
    assert diplomats is not None and (diplomats.code, diplomats.sector) == ("FRA", "GOV")


def test_unknown_noun_phrase_gives_none(nlp: Any, resolver: ActorResolver) -> None:
    doc, actors = resolve(nlp, resolver, "Officials said the talks would resume in 2019.")
    assert actors.for_token(token(doc, "Officials")) is None
    assert actors.for_token(token(doc, "2019")) is None
    assert actors.mentions == ()


def test_possessive_stays_outside_the_mention(nlp: Any, resolver: ActorResolver) -> None:
    text = "North Korea’s leader met President Vladimir V. Putin’s envoy."
    _, actors = resolve(nlp, resolver, text)
    korea = actors.at(0, 5)
    assert korea is not None and korea.text == "North Korea" and korea.code == "PRK"
    assert text[korea.start : korea.end] == "North Korea"
    putin = [a for a in actors.mentions if a.kind == "person"]
    assert [(a.text, a.code, a.person) for a in putin] == [
        ("Vladimir V. Putin", "RUS", "Vladimir V. Putin")
    ]
    assert text[putin[0].start : putin[0].end] == "Vladimir V. Putin"


def test_a_state_name_and_the_next_word_are_no_demonym(nlp: Any, resolver: ActorResolver) -> None:
    # lookup keys drop spaces: "Pakistan is" must not read as "Pakistanis"
    text = "Pakistan is willing to talk, and Iraq is ready to vote; Pakistanis cheered."
    _, actors = resolve(nlp, resolver, text)
    assert [(a.text, a.code) for a in actors.mentions] == [
        ("Pakistan", "PAK"),
        ("Iraq", "IRQ"),
        ("Pakistanis", "PAK"),
    ]


def test_an_embassy_is_not_of_the_city_it_is_in(nlp: Any, resolver: ActorResolver) -> None:
    doc, actors = resolve(nlp, resolver, "The embassy in Kabul thanked officials in Kabul.")
    assert actors.for_token(token(doc, "embassy")) is None
    found = actors.for_token(token(doc, "officials"))
    assert found is not None and found.code == "AFG"


def test_coordinated_actors_each_resolve(nlp: Any, resolver: ActorResolver) -> None:
    doc, actors = resolve(nlp, resolver, "Russia and China vetoed the resolution.")
    codes = [a.code for t in doc if (a := actors.for_token(t)) is not None]
    assert codes == ["RUS", "CHN"]


def test_the_north_is_north_korea_only_in_a_korea_article(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc, actors = resolve(
        nlp, resolver, "South Korea protested. The North fired two missiles on Monday."
    )
    north = actors.for_token(token(doc, "North"))
    assert north is not None and north.code == "PRK"
    doc, actors = resolve(nlp, resolver, "The North won the game against the South in Ohio.")
    assert actors.for_token(token(doc, "North")) is None
    doc, actors = resolve(nlp, resolver, "North Korea fired. North Carolina voters stayed home.")
    assert [a.code for a in actors.mentions] == ["PRK"]


def test_state_name_inside_a_person_name_is_not_a_state(nlp: Any, resolver: ActorResolver) -> None:
    _, actors = resolve(nlp, resolver, "Jordan Peterson spoke to reporters in Toronto.")
    assert all(a.code != "JOR" for a in actors.mentions)


def test_definite_reference_to_an_organisation(nlp: Any, resolver: ActorResolver) -> None:
    doc, actors = resolve(
        nlp, resolver, "The United Nations Security Council met. Russia blocked the Council."
    )
    council = actors.for_token(token(doc, "Council", 1))
    assert council is not None and council.code == "UNO"


def test_the_country_resolves_only_when_one_state_is_in_view(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc, actors = resolve(nlp, resolver, "Iran tested a missile. The country said it was ready.")
    country = actors.for_token(token(doc, "country"))
    assert country is not None and country.code == "IRN"
    doc, actors = resolve(
        nlp, resolver, "Iran and Iraq signed a deal. The country said it was ready."
    )
    assert actors.for_token(token(doc, "country")) is None


# -- people -----------------------------------------------------------------------------------


def test_title_before_name_and_surname_alias(nlp: Any, resolver: ActorResolver) -> None:
    text = (
        "Defense Minister Sergei Shoigu visited Pyongyang. Mr. Shoigu said he was pleased "
        "with the talks."
    )
    doc, actors = resolve(nlp, resolver, text, published=dt.date(2023, 7, 27))
    info = actors.person("Mr. Shoigu", text.index("Mr. Shoigu"))
    assert info is not None
    assert (info.name, info.role, info.country, info.sector) == (
        "Sergei Shoigu",
        "Defense Minister",
        "RUS",
        "MIL",
    )
    assert "Mr. Shoigu" in info.aliases
    he = actors.for_token(token(doc, "he"))
    assert he is not None and he.person == "Sergei Shoigu" and he.code == "RUS"
    assert he.text == "he" and text[he.start : he.end] == "he"
    again = actors.for_token(token(doc, "Shoigu", 1))
    assert again is not None and again.person == "Sergei Shoigu"
    assert again.role == "Defense Minister"


def test_family_name_first_and_last(nlp: Any, resolver: ActorResolver) -> None:
    text = (
        "Kim Jong-un met Lee Byong-chul and Sergei Shoigu. Later Mr. Kim spoke, Mr. Lee "
        "left and Mr. Shoigu stayed."
    )
    _, actors = resolve(nlp, resolver, text)
    for alias, full in [
        ("Mr. Kim", "Kim Jong-un"),
        ("Mr. Lee", "Lee Byong-chul"),
        ("Mr. Shoigu", "Sergei Shoigu"),
    ]:
        info = actors.person(alias, text.index(alias))
        assert info is not None and info.name == full


def test_apposition_gives_role_affiliation_and_country(nlp: Any, resolver: ActorResolver) -> None:
    text = (
        "“We will see,” said Leif-Eric Easley, a professor of international studies at Ewha "
        "Womans University in Seoul."
    )
    _, actors = resolve(nlp, resolver, text)
    info = actors.person("Easley", text.index("Leif"))
    assert info is not None
    assert (info.role, info.affiliation, info.country, info.sector, info.source) == (
        "professor of international studies",
        "Ewha Womans University",
        "KOR",
        "EDU",
        "article",
    )


def test_title_with_institution_gives_affiliation_and_country(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = "Pentagon spokeswoman Heather Babb declined to comment."
    doc, actors = resolve(nlp, resolver, text)
    info = actors.person("Heather Babb", 22)
    assert info is not None
    assert (info.role, info.affiliation, info.country) == ("spokeswoman", "Pentagon", "USA")
    babb = actors.for_token(token(doc, "Babb"))
    assert babb is not None and babb.code == "USA" and babb.kind == "person"


def test_person_without_country_is_not_an_actor(nlp: Any, resolver: ActorResolver) -> None:
    text = "John Smallwood said the plan was sound."
    doc, actors = resolve(nlp, resolver, text)
    assert actors.for_token(token(doc, "Smallwood")) is None
    info = actors.person("John Smallwood", 0)
    assert info is not None and info.country == "" and info.role == ""


def test_table_person_without_description_takes_table_role(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = "Lavrov met Blinken in Bali."
    doc, actors = resolve(nlp, resolver, text, published=dt.date(2022, 7, 8))
    lavrov = actors.for_token(token(doc, "Lavrov"))
    blinken = actors.for_token(token(doc, "Blinken"))
    assert lavrov is not None and (lavrov.code, lavrov.role) == ("RUS", "Foreign Minister")
    assert blinken is not None and (blinken.code, blinken.role) == ("USA", "Secretary of State")
    info = actors.person("Lavrov", 0)
    assert info is not None and info.source == "table"


def test_pronoun_takes_previous_subject_and_respects_gender(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = (
        "Ms. Kamala Harris met Mr. Fumio Kishida in Tokyo. She said the alliance was strong. "
        "He agreed."
    )
    _, actors = resolve(nlp, resolver, text, published=dt.date(2022, 9, 27))
    she = actors.person("She", text.index("She"))
    he = actors.person("He", text.index("He agreed"))
    assert she is not None and she.name == "Kamala Harris"
    assert he is not None and he.name == "Fumio Kishida" and he.country == "JPN"


def test_at_returns_longest_overlapping_mention(nlp: Any, resolver: ActorResolver) -> None:
    text = "Officials at Seoul National University and the White House disagreed."
    _, actors = resolve(nlp, resolver, text)
    uni = actors.at(text.index("Seoul"), text.index("Seoul") + 5)
    assert uni is not None and uni.code == "KOR" and uni.text == "Seoul National University"
    assert uni.sector == "EDU"
    house = actors.at(text.index("House"), text.index("House") + 1)
    assert house is not None and (house.code, house.text) == ("USA", "White House")
    assert actors.at(0, 9) is None


def test_mentions_are_ordered_and_offsets_exact(nlp: Any, resolver: ActorResolver) -> None:
    text = (
        "Chinese and Japanese diplomats met in Beijing, while NATO and the EU "
        "warned Moscow's Defense Ministry."
    )
    _, actors = resolve(nlp, resolver, text)
    starts = [a.start for a in actors.mentions]
    assert starts == sorted(starts)
    for a in actors.mentions:
        assert text[a.start : a.end] == a.text
    assert [a.code for a in actors.mentions] == ["CHN", "JPN", "CHN", "NATO", "EUR", "RUS"]


# -- the seed article -------------------------------------------------------------------------


def test_seed_article_people(nlp: Any, resolver: ActorResolver, shared_dir: Path) -> None:
    text = (shared_dir / "corpus" / "seed-article.txt").read_text(encoding="utf-8")
    doc, actors = resolve(nlp, resolver, text, published=dt.date(2024, 7, 17))
    people = {p.name: p for p in actors.people}
    expected = {
        "Kim Jong-un": ("PRK", None),
        "Vladimir V. Putin": ("RUS", None),
        "Sergei Shoigu": ("RUS", "Defense Minister"),
        "Li Hongzhong": ("CHN", "Politburo member"),
        "Lee Byong-chul": ("KOR", "North Korea expert"),
        "Leif-Eric Easley": ("KOR", "professor of international studies"),
        "Sung Ki-young": ("KOR", "analyst"),
    }
    for name, (code, role) in expected.items():
        assert name in people, name
        assert people[name].country == code, name
        if role is not None:
            assert people[name].role == role, name
    assert (
        people["Lee Byong-chul"].affiliation
        == "Institute for Far Eastern Studies at Kyungnam University"
    )
    assert people["Leif-Eric Easley"].affiliation == "Ewha Womans University"
    assert people["Sung Ki-young"].affiliation == "Institute for National Security Strategy"
    assert people["Li Hongzhong"].sector == "PTY"
    for alias, full in [
        ("Mr. Kim", "Kim Jong-un"),
        ("Mr. Lee", "Lee Byong-chul"),
        ("Mr. Sung", "Sung Ki-young"),
        ("Mr. Shoigu", "Sergei Shoigu"),
        ("Mr. Putin", "Vladimir V. Putin"),
    ]:
        info = actors.person(alias, text.index(alias))
        assert info is not None and info.name == full, alias
    north = [
        t
        for t in doc
        if t.text == "North" and t.nbor(1).text != "Korea" and t.nbor(1).text != "Korean"
    ]
    assert north
    for t in north[:-1]:  # the last one is "North and South Korea" in the author line
        actor = actors.for_token(t)
        assert actor is not None and actor.code == "PRK", t.sent.text


def test_georgia_is_the_us_state_in_an_american_story(nlp: Any, resolver: ActorResolver) -> None:
    _, actors = resolve(nlp, resolver, "The U.S. senator from Georgia spoke in Washington.")
    assert "GEO" not in {a.code for a in actors.mentions}
    _, actors = resolve(nlp, resolver, "The U.S. praised Georgia. Tbilisi welcomed the praise.")
    assert [a.code for a in actors.mentions] == ["USA", "GEO", "GEO"]
    _, actors = resolve(nlp, resolver, "Russia and Georgia held talks.")
    assert [a.code for a in actors.mentions] == ["RUS", "GEO"]


def test_dateline_gives_state_officials_their_country(nlp: Any, resolver: ActorResolver) -> None:
    text = "WASHINGTON (Reuters) - House Speaker John Smith said the bill would pass."
    _, actors = resolve(nlp, resolver, text)
    info = actors.person("John Smith", text.index("John"))
    assert info is not None and info.country == "USA" and info.sector == "LEG"
    text = "WASHINGTON (Reuters) - Novelist John Smith said the bill would pass."
    _, actors = resolve(nlp, resolver, text)
    info = actors.person("John Smith", text.index("John"))
    assert info is not None and info.country == ""


def test_state_words_used_as_surnames_are_people(nlp: Any, resolver: ActorResolver) -> None:
    text = (
        "Leandra English sued the agency. Ms. English said the move was illegal, "
        "and English vowed to fight."
    )
    _, actors = resolve(nlp, resolver, text)
    assert "GBR" not in {a.code for a in actors.mentions}
    info = actors.person("Ms. English", text.index("Ms. English"))
    assert info is not None and info.name == "Leandra English"
    _, actors = resolve(nlp, resolver, "English teachers met French officials.")
    assert [a.code for a in actors.mentions] == ["GBR", "FRA"]


def test_known_person_before_taking_office_has_no_role(resolver: ActorResolver) -> None:
    rubio = resolver.lookup("Marco Rubio", on=dt.date(2017, 12, 15))
    assert rubio is not None and rubio.code == "USA" and rubio.role == ""


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        (["Defense", "Minister"], "MIL"),
        (["Justice", "Minister"], "GOV"),
        (["Republican", "Senators"], "LEG"),
        (["EPA", "Inspector", "General"], "GOV"),
        (["general"], "MIL"),
        (["Communist", "Party", "Politburo", "member"], "PTY"),
        (["professor", "of", "international", "studies"], "EDU"),
        (["police"], "COP"),
        (["rebels"], "REB"),
        (["think", "tank"], "NGO"),
        (["protesters"], "CVL"),
        (["spy", "agency"], "SPY"),
        (["state", "media"], "MED"),
        (["lawmakers"], "LEG"),
        (["banana"], ""),
    ],
)
def test_sector_of_titles(words: list[str], sector: str) -> None:
    from realpolitik.actors.gazetteer import sector_codes
    from realpolitik.actors.sectors import load_sectors

    data = ActorResolver()._data_dir
    table = load_sectors(data, sector_codes(data))
    assert table.sector_of(words) == sector


def test_dateline_place_is_not_an_actor(nlp: Any, resolver: ActorResolver) -> None:
    text = "SEOUL (Reuters) - North Korea fired a missile on Monday, Seoul said."
    _, actors = resolve(nlp, resolver, text)
    assert [(a.code, a.text) for a in actors.mentions] == [("PRK", "North Korea"), ("KOR", "Seoul")]
    assert actors.mentions[-1].start == text.rindex("Seoul")


def test_possessive_pronoun_gives_the_persons_country(nlp: Any, resolver: ActorResolver) -> None:
    text = "Kim Jong-un spoke on Monday. He said his country would not give up."
    doc, actors = resolve(nlp, resolver, text, published=dt.date(2023, 8, 1))
    country = actors.for_token(token(doc, "country"))
    assert country is not None and (country.code, country.text) == ("PRK", "his country")


def test_pronoun_inside_a_quote_is_not_the_speaker_outside_it(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = (
        "“Kim Jong-un is jumping on the bandwagon,” said Sung Ki-young, an analyst in Seoul. "
        "“There is no better time for him to act.”"
    )
    _, actors = resolve(nlp, resolver, text)
    him = actors.person("him", text.index("him"))
    assert him is not None and him.name == "Kim Jong-un"


def test_object_pronoun_is_not_the_subject_of_its_own_verb(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = (
        "U.S. President Donald Trump said on Sunday that North Korean leader Kim Jong Un "
        "had insulted him."
    )
    _, actors = resolve(nlp, resolver, text, published=dt.date(2017, 11, 12))
    him = actors.person("him", text.index("him"))
    assert him is not None and him.country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Republican Senator John Smith criticized the Iranian plan.",
        "Two Democratic senators criticized the Iranian plan.",
        "Senate Republicans criticized the Iranian plan.",
    ],
)
def test_a_party_joined_to_a_us_office_is_american_without_other_context(
    nlp: Any, resolver: ActorResolver, text: str
) -> None:
    _, actors = resolve(nlp, resolver, text)
    assert [a.code for a in actors.mentions if a.code != "IRN"][:1] == ["USA"]


def test_an_office_holder_does_not_take_the_state_his_verb_acts_on(
    nlp: Any, resolver: ActorResolver
) -> None:
    _, actors = resolve(nlp, resolver, "Senator John Smith criticized Iran on Monday.")
    assert [p.country for p in actors.people] == [""]
    text = "President Abdel Bouteflika threatened to institute a curfew in Algiers."
    _, actors = resolve(nlp, resolver, text)
    assert [p.country for p in actors.people] == ["DZA"]
    text = "Deputy Prime Minister Anne Smith applauded the ruling of Ukraine's supreme court."
    _, actors = resolve(nlp, resolver, text)
    assert [p.country for p in actors.people] == [""]


def test_a_named_office_holder_gives_context_to_aliases_that_need_it(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = "Congressional Democrats asked President Bush to dismiss the officer."
    _, actors = resolve(nlp, resolver, text, published=dt.date(2004, 9, 1))
    assert "USA" in {a.code for a in actors.mentions if a.kind != "person"}
    _, actors = resolve(nlp, resolver, "Congressional Democrats asked for a vote.")
    assert actors.mentions == ()


def test_headline_read_as_an_organisation_is_not_one(nlp: Any, resolver: ActorResolver) -> None:
    text = "North Korea Finds New Leverage in the Ukraine War\n\nThe war goes on."
    _, actors = resolve(nlp, resolver, text)
    assert all(a.kind != "org" for a in actors.mentions)
    first = actors.at(0, 5)
    assert first is not None and first.text == "North Korea"


@pytest.mark.parametrize(
    ("text", "name", "role", "code"),
    [
        (
            "Russia’s foreign minister, Sergei Lavrov, said on Monday that talks failed.",
            "Sergei Lavrov",
            "foreign minister",
            "RUS",
        ),
        (
            "China's top diplomat Wang Yi met the French president, Emmanuel Macron, in Paris.",
            "Emmanuel Macron",
            "president",
            "FRA",
        ),
        (
            "Officials met Ilham Aliyev, the president of Azerbaijan, on Monday.",
            "Ilham Aliyev",
            "president",
            "AZE",
        ),
        (
            "President Ilham Aliyev of Azerbaijan met officials on Monday.",
            "Ilham Aliyev",
            "President",
            "AZE",
        ),
        ("A Russian diplomat, Ivan Petrovsky, was expelled.", "Ivan Petrovsky", "diplomat", "RUS"),
    ],
)
def test_roles_from_appositions_both_ways_and_of_phrases(
    nlp: Any, resolver: ActorResolver, text: str, name: str, role: str, code: str
) -> None:
    _, actors = resolve(nlp, resolver, text)
    info = actors.person(name, text.index(name))
    assert info is not None
    assert (info.name, info.role, info.country) == (name, role, code)


def test_title_with_of_and_head_noun_sector(nlp: Any, resolver: ActorResolver) -> None:
    text = (
        "WASHINGTON (Reuters) - White House Chief of Staff John Kelly met Jens David Ohlin, "
        "a professor of criminal law at Cornell Law School."
    )
    _, actors = resolve(nlp, resolver, text)
    kelly = actors.person("John Kelly", text.index("John"))
    assert kelly is not None and kelly.role == "Chief of Staff"
    assert kelly.affiliation == "White House"
    assert kelly.country == "USA"
    ohlin = actors.person("Jens David Ohlin", text.index("Jens"))
    assert ohlin is not None and ohlin.sector == "EDU"
    assert ohlin.affiliation == "Cornell Law School"


def test_upper_case_words_in_shouted_text_are_not_acronyms(
    nlp: Any, resolver: ActorResolver
) -> None:
    _, actors = resolve(nlp, resolver, "STANDARD DEDUCTION IS DOUBLED. The US and IS fought.")
    assert [a.code for a in actors.mentions] == ["USA", "NSA"]


def test_empty_and_blank_texts(nlp: Any, resolver: ActorResolver) -> None:
    for text in ["", "   ", "\n\n"]:
        _, actors = resolve(nlp, resolver, text)
        assert actors.mentions == () and actors.people == ()
        assert actors.at(0, 1) is None and actors.person("he", 0) is None


def test_the_mainland_in_a_taiwan_story(nlp: Any, resolver: ActorResolver) -> None:
    doc, actors = resolve(nlp, resolver, "Taiwan said the mainland had sent warships.")
    mainland = actors.for_token(token(doc, "mainland"))
    assert mainland is not None and mainland.code == "CHN"


# -- names inside longer names, firms, ethnic groups, places, unknown office-holders ------------


def test_state_name_inside_a_longer_place_name_is_not_a_state(
    nlp: Any, resolver: ActorResolver
) -> None:
    _, actors = resolve(nlp, resolver, "The governor of New Jersey met a senator from New Mexico.")
    assert {a.code for a in actors.mentions} & {"JEY", "MEX"} == set()
    _, actors = resolve(nlp, resolver, "Warships sailed across the Indian Ocean on Monday.")
    assert "IND" not in {a.code for a in actors.mentions}
    _, actors = resolve(nlp, resolver, "Fighting in Eastern Ukraine spread to Mexico City.")
    assert [a.code for a in actors.mentions] == ["UKR", "MEX"]


def test_first_name_that_is_a_state_is_part_of_the_person(
    nlp: Any, resolver: ActorResolver
) -> None:
    _, actors = resolve(nlp, resolver, "Chad Smith and Jordan Peterson spoke in Toronto.")
    assert {a.code for a in actors.mentions} & {"TCD", "JOR"} == set()


def test_platform_is_a_firm_not_a_person(nlp: Any, resolver: ActorResolver) -> None:
    text = "Twitter suspended the account of the minister on Friday."
    doc, actors = resolve(nlp, resolver, text)
    assert all(p.name != "Twitter" for p in actors.people)
    firm = actors.for_token(token(doc, "Twitter"))
    assert firm is not None and (firm.code, firm.sector, firm.kind) == ("USA", "BUS", "org")


def test_one_word_person_that_ner_also_tags_as_organisation_is_not_a_person() -> None:
    from realpolitik.actors.persons import _organisation_words

    class Table:
        def __init__(self) -> None:
            self.orth = ["Snapster", "banned", "posts", ".", "Snapster", "said", "so", "."]
            self.lower = [w.lower() for w in self.orth]

        def ents(self, label: str) -> list[tuple[int, int]]:
            return {"ORG": [(4, 5)], "PERSON": [(0, 1)]}.get(label, [])

    assert _organisation_words(Table()) == {"snapster"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "word", "code", "sector"),
    [
        ("Ethnic Albanians in south Serbia clashed with police.", "Albanians", "SRB", ""),
        (
            "Ethnic Albanian guerrillas operating in Macedonia attacked a village.",
            "guerrillas",
            "MKD",
            "REB",
        ),
        ("Ethnic Albanian guerrillas attacked a village.", "guerrillas", "ALB", "REB"),
        ("Croatian Serb refugees returned home.", "refugees", "HRV", "REF"),
        ("Kurdish rebels in Turkey killed two soldiers.", "rebels", "TUR", "REB"),
        ("Kurds who live in Syria fled north.", "Kurds", "SYR", ""),
        ("Chechen rebels attacked a convoy.", "rebels", "RUS", "REB"),
        ("Tamil Tigers shelled the town.", "Tigers", "LKA", "REB"),
        ("Kashmiri militants attacked an army camp.", "militants", "IND", "REB"),
        ("Rohingya refugees in Bangladesh protested.", "refugees", "MMR", "REF"),
        ("Turkish Cypriot leaders met the envoy.", "leaders", "CYP", "GOV"),
    ],
)
def test_ethnic_groups_take_the_state_they_are_in_else_their_default(
    nlp: Any, resolver: ActorResolver, text: str, word: str, code: str, sector: str
) -> None:
    doc, actors = resolve(nlp, resolver, text)
    actor = actors.for_token(token(doc, word))
    assert actor is not None, text
    assert (actor.code, actor.sector) == (code, sector)
    assert actor.kind == ("org" if word == "Tigers" else "state")


def test_a_people_tagged_as_a_person_is_still_a_people(nlp: Any, resolver: ActorResolver) -> None:
    # the NER model reads "Bosnian Serbs" here as a PERSON; a demonym before a plural
    # ethnic-group word names a people, not a person
    text = "Bosnian Serbs said their forces had withdrawn from Kosovo."
    doc, actors = resolve(nlp, resolver, text)
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"] == [
        ("Bosnian Serbs", "PERSON")
    ]
    actor = actors.for_token(token(doc, "Bosnian"))
    assert actor is not None and actor.code == "BIH"
    _, actors = resolve(nlp, resolver, "Jordan Peterson met Bosnian leaders.")
    assert "JOR" not in {a.code for a in actors.mentions}


def test_ethnic_group_without_place_or_default_is_unresolved(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc, actors = resolve(nlp, resolver, "Kurdish fighters captured the hill.")
    assert actors.for_token(token(doc, "fighters")) is None
    assert actors.mentions == ()
    assert resolver.lookup("Kurds") is None
    chechen = resolver.lookup("Chechens")
    assert chechen is not None and (chechen.code, chechen.kind) == ("RUS", "state")


def test_nationals_keep_their_state_wherever_they_are(nlp: Any, resolver: ActorResolver) -> None:
    doc, actors = resolve(nlp, resolver, "Iranian officials in Baghdad met the press.")
    officials = actors.for_token(token(doc, "officials"))
    assert officials is not None and officials.code == "IRN"
    assert actors.located_country(token(doc, "officials")) == "IRQ"


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Demonstrators in Baghdad burned tyres.", "Demonstrators", "IRQ"),
        ("Rebels operating in Macedonia fired on troops.", "Rebels", "MKD"),
        ("Police in Monrovia arrested two men.", "Police", "LBR"),
        ("Police in Kandahar arrested two men.", "Police", "AFG"),
        ("Soldiers stationed near Aleppo withdrew.", "Soldiers", "SYR"),
        ("Crowds in the outskirts of Nairobi cheered.", "Crowds", "KEN"),
        ("Police in New Jersey arrested a man.", "Police", "USA"),
        ("Demonstrators marched on Monday.", "Demonstrators", None),
        ("Protesters marched in Monrovia.", "Protesters", "LBR"),  # where the subject acts
        ("Up to 100 ethnic Albanians demonstrated in Serbia.", "Albanians", "SRB"),
    ],
)
def test_located_country(
    nlp: Any, resolver: ActorResolver, text: str, word: str, code: str | None
) -> None:
    doc, actors = resolve(nlp, resolver, text)
    assert actors.located_country(token(doc, word)) == code


def test_unknown_head_of_state_takes_the_one_state_in_view(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = "Ousted President Askar Akayev said he would not resign. Kyrgyzstan was calm."
    doc, actors = resolve(nlp, resolver, text)
    info = actors.person("Askar Akayev", text.index("Askar"))
    assert info is not None and (info.country, info.sector) == ("KGZ", "GOV")
    akayev = actors.for_token(token(doc, "Akayev"))
    assert akayev is not None and akayev.code == "KGZ"


def test_unknown_head_of_state_stays_unknown_when_the_state_is_unclear(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = "Prime Minister Jan Kowalski said the plan was sound."
    _, actors = resolve(nlp, resolver, text)
    info = actors.person("Jan Kowalski", 0)
    assert info is not None and info.country == ""
    text = "Prime Minister Jan Kowalski said the plan was sound. Poland and Germany agreed."
    _, actors = resolve(nlp, resolver, text)
    info = actors.person("Jan Kowalski", 0)
    assert info is not None and info.country == ""
    text = "Prime Minister Jan Kowalski of Poland met Foreign Minister Petr Novak."
    _, actors = resolve(nlp, resolver, text)
    kowalski = actors.person("Jan Kowalski", text.index("Jan"))
    novak = actors.person("Petr Novak", text.index("Petr"))
    assert kowalski is not None and kowalski.country == "POL"
    assert novak is not None and novak.country == ""  # Poland is Kowalski's, not his


def test_unknown_king_takes_the_dateline_state(nlp: Any, resolver: ActorResolver) -> None:
    text = "AMMAN (Reuters) - King Omar Haddad met the envoy on Monday."
    _, actors = resolve(nlp, resolver, text)
    info = actors.person("Omar Haddad", text.index("Omar"))
    assert info is not None and info.country == "JOR"


@pytest.mark.parametrize(
    ("text", "word", "code", "sector"),
    [
        ("Pakistan President Mohammad Zia-Ul-Haq met officials.", "Haq", "PAK", "GOV"),
        ("The Turkish government denied the report.", "government", "TUR", "GOV"),
        (
            "Ankara's Cankaya district administration banned the rally.",
            "administration",
            "TUR",
            "GOV",
        ),
    ],
)
def test_state_words_in_titles_and_possessive_capitals(
    nlp: Any, resolver: ActorResolver, text: str, word: str, code: str, sector: str
) -> None:
    doc, actors = resolve(nlp, resolver, text)
    actor = actors.for_token(token(doc, word))
    assert actor is not None and (actor.code, actor.sector) == (code, sector)


def test_person_queries_stay_fast_on_a_long_article(nlp: Any, resolver: ActorResolver) -> None:
    """A 120,000-character article: resolving it and asking for the speaker of every name
    and pronoun stays fast (the article is one parsed paragraph repeated, to keep the test
    quick)."""
    import re
    import time

    from spacy.tokens import Doc

    paragraph = (
        "Defense Minister Sergei Shoigu visited Pyongyang. Mr. Shoigu said he was "
        "pleased. “We will see,” said Leif-Eric Easley, a professor in Seoul. "
        "John Harlan Reed, a senator, said the talks failed, and the senator left. "
        "Anna Petrova agreed with Ivan Sokolov on Monday."
    )
    one = parse_one(paragraph)
    doc = Doc.from_docs([one] * 460)
    text = doc.text
    assert len(text) > 120_000
    article = Article(id="long", text=text, published=dt.date(2023, 8, 1))
    began = time.perf_counter()
    actors = resolver.resolve(doc, article)
    resolved = time.perf_counter() - began
    queries = [(t.text, t.idx) for t in doc if t.pos_ == "PROPN" or t.lower_ in {"he", "she"}]
    queries += [("the senator", m.start()) for m in re.finditer("senator", text)]
    began = time.perf_counter()
    answers = [actors.person(q, p) for q, p in queries]
    asked = time.perf_counter() - began
    assert len(queries) > 3000
    assert resolved < 1.0 and asked < 0.25, (
        f"resolve {resolved:.3f}s, {len(queries)} queries {asked:.3f}s"
    )
    last = text.rindex("Mr. Shoigu")
    info = actors.person("Mr. Shoigu", last)
    assert info is not None and info.name == "Sergei Shoigu"
    senator = actors.person("the senator", text.rindex("the senator"))
    assert senator is not None and senator.name == "John Harlan Reed"
    assert sum(a is not None for a in answers) > len(answers) // 2


@pytest.mark.parametrize(
    ("name", "on", "code", "role"),
    [
        ("Margaret Thatcher", dt.date(1985, 6, 1), "GBR", "Prime Minister"),
        ("Helmut Kohl", dt.date(1990, 1, 1), "DEU", "Chancellor"),
        ("Saddam Hussein", dt.date(1991, 1, 17), "IRQ", "President"),
        ("Yitzhak Rabin", dt.date(1993, 9, 13), "ISR", "Prime Minister"),
        ("Netanyahu", dt.date(1997, 1, 1), "ISR", "Prime Minister"),
        ("Mohammad Zia-Ul-Haq", dt.date(1985, 1, 1), "PAK", "President"),
        ("Slobodan Milosevic", dt.date(1999, 4, 1), "SRB", "President"),
        ("Nelson Mandela", dt.date(1995, 1, 1), "ZAF", "President"),
    ],
)
def test_people_table_reaches_back_to_the_1980s(
    resolver: ActorResolver, name: str, on: dt.date, code: str, role: str
) -> None:
    actor = resolver.lookup(name, on=on)
    assert actor is not None and (actor.code, actor.role) == (code, role)


def test_ethnic_groups_table_is_consistent() -> None:
    from realpolitik.actors.datafiles import read_table, split_list

    rows = read_table(ActorResolver()._data_dir, "ethnic_groups.csv")
    names = [n for r in rows for n in split_list(r["names"])]
    assert len(names) == len(set(names))
    defaults = {n: r["code"] for r in rows for n in split_list(r["names"])}
    assert defaults["Kurdish"] == "" and defaults["Chechen"] == "RUS"


# -- round 4: names shown to be people by an apposition; organisations named by a common noun --


@pytest.mark.parametrize(
    "text",
    [
        "Vassily Nebenzia, Russia's ambassador, said the draft was biased. He urged the council "
        "to reject it.",
        "Russia's ambassador, Vassily Nebenzia, said the draft was biased. He urged the council "
        "to reject it.",
    ],
)
def test_a_name_with_a_role_apposition_is_a_person_of_that_country(
    nlp: Any, resolver: ActorResolver, text: str
) -> None:
    doc, actors = resolve(nlp, resolver, text)
    person = actors.person("Vassily Nebenzia", text.index("Vassily"))
    assert person is not None and person.country == "RUS"
    he = actors.for_token(token(doc, "He"))
    assert he is not None and he.code == "RUS" and he.person == "Vassily Nebenzia"


def test_an_organisation_apposition_makes_no_person(nlp: Any, resolver: ActorResolver) -> None:
    text = "Gazpromia, a Russian company, raised prices on Monday."
    _, actors = resolve(nlp, resolver, text)
    assert actors.person("Gazpromia", 0) is None


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        (
            "The UN Security Council met on Monday. The council condemned the attack.",
            "council",
            "UNO",
        ),
        (
            "NATO ministers met in Brussels. The alliance urged Russia to withdraw.",
            "alliance",
            "NATO",
        ),
        (
            "EU leaders met in Brussels. The 25-nation bloc imposed sanctions on Iran.",
            "bloc",
            "EUR",
        ),
        ("NATO ministers met on Monday. The bloc urged Russia to withdraw.", "bloc", "NATO"),
    ],
)
def test_the_council_bloc_alliance_stand_for_the_organisation_named_before(
    nlp: Any, resolver: ActorResolver, text: str, word: str, code: str
) -> None:
    doc, actors = resolve(nlp, resolver, text)
    found = actors.for_token(token(doc, word))
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The city council condemned the attack.", "council"),  # no organisation named before
        ("The UN met on Monday. The city council condemned the attack.", "council"),  # another body
        ("NATO and the EU met on Monday. The bloc urged Russia to withdraw.", "bloc"),  # a tie
    ],
)
def test_the_council_is_unresolved_without_a_single_fitting_organisation(
    nlp: Any, resolver: ActorResolver, text: str, word: str
) -> None:
    doc, actors = resolve(nlp, resolver, text)
    found = actors.for_token(token(doc, word))
    assert found is None or found.kind != "igo"


def test_a_name_cut_short_by_ner_is_joined_to_its_apposition(nlp: Any) -> None:
    text = (
        '"These measures will deny Russia key technologies," said Ursula von der Leyen, '
        "the president of the European Commission."
    )
    doc = parse_one(text)
    actors = ActorResolver().resolve(doc, Article(id="vdl", text=text))
    names = [p.name for p in actors.people]
    assert "Ursula von der Leyen" in names and "Leyen" not in names


def test_a_given_name_left_out_of_the_person_entity_is_taken_back(nlp: Any) -> None:
    text = (
        "The lawyer, Natalia Veselnitskaya, met Trump Jr. in June. "
        "Veselnitskaya said she had no information. Moscow Mayor Sergei Sobyanin agreed."
    )
    doc = parse_one(text)
    people = [p.name for p in ActorResolver().resolve(doc, Article(id="nv", text=text)).people]
    assert "Natalia Veselnitskaya" in people and "Veselnitskaya" not in people
    assert "Sergei Sobyanin" in people  # a known place before a title is not a given name


# -- namesakes --------------------------------------------------------------------------------


def _person_at(doc: Any, actors: ArticleActors, word: str, nth: int = 0) -> str:
    tok = token(doc, word, nth)
    info = actors.person(tok.text, tok.idx)
    return info.name if info is not None else ""


def test_a_generational_suffix_makes_another_person(nlp: Any, resolver: ActorResolver) -> None:
    text = (
        "President Donald Trump defended his son on Monday. Donald Trump Jr. met a lawyer "
        "in June. Trump said the meeting was unimportant. Trump Jr. said he had nothing to "
        "hide."
    )
    doc, actors = resolve(nlp, resolver, text, dt.date(2017, 7, 10))
    names = {p.name: p for p in actors.people}
    assert set(names) == {"Donald Trump", "Donald Trump Jr."}
    assert names["Donald Trump"].role == "President"
    assert names["Donald Trump Jr."].role == ""  # the table's "Donald Trump" is the father
    assert _person_at(doc, actors, "Trump", 2) == "Donald Trump"
    assert _person_at(doc, actors, "Trump", 3) == "Donald Trump Jr."
    assert actors.person("Trump Jr.", len(text)).name == "Donald Trump Jr."  # type: ignore[union-attr]


def test_a_bare_surname_is_not_the_junior_the_table_knows_it_as_another(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = (
        "Donald Trump Jr. released the emails on Tuesday. Trump said the meeting was about "
        "adoption."
    )
    doc, actors = resolve(nlp, resolver, text, dt.date(2017, 7, 12))
    tok = token(doc, "Trump", 1)
    info = actors.person(tok.text, tok.idx)
    assert info is not None and info.name == "Trump" and info.role == "President"


def test_other_initials_make_another_person(nlp: Any, resolver: ActorResolver) -> None:
    text = (
        "Former President George H.W. Bush met reporters. George W. Bush said the country was "
        "divided. George H.W. Bush said it would heal."
    )
    doc, actors = resolve(nlp, resolver, text, dt.date(2017, 7, 12))
    assert sorted(p.name for p in actors.people) == ["George H.W. Bush", "George W. Bush"]
    assert _person_at(doc, actors, "George", 1) == "George W. Bush"
    assert _person_at(doc, actors, "George", 2) == "George H.W. Bush"


def test_a_bare_family_name_goes_to_the_namesake_with_a_role(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = (
        "North Korean leader Kim Jong-un watched the launch. His sister Kim Yo-jong also "
        "attended, and Kim Yo-jong waved to the crowd. Kim said the missile could reach "
        "Alaska."
    )
    doc, actors = resolve(nlp, resolver, text, dt.date(2017, 7, 12))
    assert sorted(p.name for p in actors.people) == ["Kim Jong-un", "Kim Yo-jong"]
    assert _person_at(doc, actors, "Kim", 3) == "Kim Jong-un"


def test_a_dash_ends_a_person_name(nlp: Any, resolver: ActorResolver) -> None:
    text = "* Jason Miller - communications director for the team, said he would not take the job."
    _, actors = resolve(nlp, resolver, text)
    assert [p.name for p in actors.people] == ["Jason Miller"]


# -- 0.5.0: namesakes of one state, legislators, U.S. parties ---------------------------------


def test_a_surname_of_several_office_holders_of_one_state_gives_that_state(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc, actors = resolve(
        nlp, resolver, "President Bush said the Iraqi elections must go ahead.", published=None
    )
    bush = actors.for_token(token(doc, "Bush"))
    assert bush is not None and bush.code == "USA"


def test_a_legislator_without_nationality_takes_the_one_state_named(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc, actors = resolve(
        nlp,
        resolver,
        "The U.S. Senate committee opened an inquiry into "
        "alleged misconduct by Senator Al Franken.",
    )
    franken = actors.for_token(token(doc, "Franken"))
    assert franken is not None and franken.code == "USA" and franken.sector == "LEG"


def test_us_parties_only_in_stories_about_the_united_states(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc, actors = resolve(
        nlp, resolver, "U.S. President Donald Trump urged Senate Republicans to end the probe."
    )
    republicans = actors.for_token(token(doc, "Republicans"))
    assert republicans is not None and republicans.code == "USA"
    doc, actors = resolve(nlp, resolver, "Irish Republicans marched in Dublin.")
    irish = actors.for_token(token(doc, "Republicans"))
    assert irish is not None and irish.code == "IRL"


def test_a_stated_nationality_beats_a_possessive_pronoun_and_counterparts_are_foreign(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc, actors = resolve(
        nlp,
        resolver,
        "Pakistani President Pervez Musharraf congratulated his Afghan counterpart on his victory.",
    )
    counterpart = actors.for_token(token(doc, "counterpart"))
    assert counterpart is not None and counterpart.code == "AFG"
    doc, actors = resolve(
        nlp, resolver, "Pakistani President Pervez Musharraf met his counterpart on Monday."
    )
    assert actors.for_token(token(doc, "counterpart")) is None


@pytest.mark.parametrize(
    "text",
    [
        "BEIRUT, Lebanon - Yasser Arafat promised Palestinians he would return them home.",
        "BEIRUT: Yasser Arafat promised Palestinians he would return them home.",
    ],
)
def test_a_dateline_with_a_country_or_a_colon_is_no_actor_or_title(
    nlp: Any, resolver: ActorResolver, text: str
) -> None:
    doc, actors = resolve(nlp, resolver, text, published=None)
    arafat = actors.for_token(token(doc, "Arafat"))
    assert arafat is not None and arafat.code == "PSE" and arafat.role != "Lebanon"
    assert all(a.code != "LBN" for a in actors.mentions)


def test_a_short_capital_alias_after_a_glued_dateline_is_a_name(
    nlp: Any, resolver: ActorResolver
) -> None:
    doc, actors = resolve(nlp, resolver, "BAGHDAD US warplanes fired on targets on Thursday.")
    assert actors.for_token(token(doc, "warplanes")).code == "USA"
    _, actors = resolve(nlp, resolver, "THIS IS WHY WE FIGHT")
    assert not actors.mentions


def test_a_pope_is_the_holy_sees(nlp: Any, resolver: ActorResolver) -> None:
    text = "The chorus feted Pope John Paul on Friday."
    doc = nlp(text)
    actors = resolver.resolve(doc, Article(id="p", text=text, published=dt.date(2004, 10, 22)))
    assert [(a.code, a.role) for a in actors.mentions if a.person] == [("VAT", "Pope")]


def test_a_full_name_with_another_first_name_is_not_the_tables_namesake(
    nlp: Any, resolver: ActorResolver
) -> None:
    text = (
        "The head of Indian Kashmir's main opposition party, Omar Abdullah, has survived an "
        "assassination bid. Rebels detonated a bomb a few steps away from Mr Abdullah."
    )
    doc, actors = resolve(nlp, resolver, text, published=None)
    assert all(a.code != "JOR" for a in actors.mentions)
    # the surname alone, or a first name the table lists, is still the table's person
    doc, actors = resolve(
        nlp, resolver, "King Abdullah II met Bush. Abdullah said the talks went well."
    )
    assert actors.for_token(token(doc, "Abdullah", 1)).code == "JOR"


def test_a_group_placed_by_an_ambiguous_town_name_resolves(
    nlp: Any, resolver: ActorResolver
) -> None:
    # placing the group happens while the article's mentions are built: "Madrid" names
    # towns in several states, and telling them apart must not need those mentions
    text = "Basque separatists attacked shops around Madrid."
    _, actors = resolve(nlp, resolver, text)
    assert [(a.text, a.code) for a in actors.mentions] == [("Basque", "ESP")]


def test_a_ruler_listed_under_a_title_resolves_through_it(
    nlp: Any, resolver: ActorResolver
) -> None:
    # the mention drops "Pope" and "King"; "Francis" and "Hussein" alone name others too
    text = "Pope Francis met King Hussein in Rome."
    doc, actors = resolve(nlp, resolver, text, published=dt.date(2016, 5, 1))
    francis = actors.for_token(token(doc, "Francis"))
    assert francis is not None and (francis.code, francis.role) == ("VAT", "Pope")
    hussein = actors.for_token(token(doc, "Hussein"))
    assert hussein is not None and hussein.code == "JOR"


def test_the_hague_is_a_city_and_its_tribunal_a_un_court(nlp: Any, resolver: ActorResolver) -> None:
    # "Hague" is also a British foreign secretary's name in the people table
    text = "The tribunal in The Hague heard the case. Serbia sent him to the Hague tribunal."
    doc, actors = resolve(nlp, resolver, text, published=dt.date(2012, 5, 1))
    assert actors.for_token(token(doc, "Hague", 0)) is None
    tribunal = actors.for_token(token(doc, "tribunal", 1))
    assert tribunal is not None and tribunal.code == "UNO"
    # the bare surname, and "the Bush administration", still name people
    doc, actors = resolve(nlp, resolver, "Hague met Lavrov. The Bush administration agreed.")
    assert [a.code for a in actors.mentions if a.text in ("Hague", "Bush")] == ["GBR", "USA"]


def test_a_known_surname_opening_a_sentence_is_the_person(
    nlp: Any, resolver: ActorResolver
) -> None:
    # the tagger reads a sentence-initial "Trump" as the common noun "trump"
    text = "Trump rebuked Britain on Thursday. The trump card was played."
    doc, actors = resolve(nlp, resolver, text, published=dt.date(2017, 11, 30))
    trump = actors.for_token(token(doc, "Trump", 0))
    assert trump is not None and trump.code == "USA"
    assert actors.for_token(token(doc, "trump", 0)) is None
    # inside a sentence the capital marks the name, whatever the tagger says
    text = "Xi Jinping pledged to Trump that China would enforce the sanctions."
    doc, actors = resolve(nlp, resolver, text, published=dt.date(2017, 11, 30))
    trump = actors.for_token(token(doc, "Trump", 0))
    assert trump is not None and trump.code == "USA"


def test_bare_surnames_of_officials_of_the_time_resolve(nlp: Any, resolver: ActorResolver) -> None:
    text = "Powell met Koizumi in Tokyo. Downer and Straw criticized Sharon."
    _, actors = resolve(nlp, resolver, text, published=dt.date(2004, 10, 10))
    codes = {a.text: a.code for a in actors.mentions}
    assert codes["Powell"] == "USA" and codes["Koizumi"] == "JPN"
    assert (codes["Downer"], codes["Straw"], codes["Sharon"]) == ("AUS", "GBR", "ISR")


def test_us_officials_and_senators_of_2017_resolve(nlp: Any, resolver: ActorResolver) -> None:
    text = "Corker criticized Mulvaney's plan, and Kushner met Senator Elizabeth Warren."
    _, actors = resolve(nlp, resolver, text, published=dt.date(2017, 11, 20))
    found = {a.text: (a.code, a.sector) for a in actors.mentions}
    assert found["Corker"] == ("USA", "LEG") and found["Mulvaney"] == ("USA", "GOV")
    assert found["Kushner"] == ("USA", "GOV")
    assert any(a.code == "USA" and "Warren" in a.text for a in actors.mentions)
    # a surname several people share in the news is no alias ("Sanders", "Warren")
    _, actors = resolve(nlp, resolver, "Sanders spoke to Warren.", published=dt.date(2017, 11, 20))
    assert not actors.mentions


def test_a_role_ends_before_a_bracket_it_leaves_open(nlp: Any, resolver: ActorResolver) -> None:
    text = (
        "WASHINGTON (Reuters) - Mick Mulvaney, White House budget chief and acting director of "
        "the Consumer Financial Protection Bureau (CFPB), said on Monday he has no intention "
        "of firing Leandra English."
    )
    _, actors = resolve(nlp, resolver, text)
    info = actors.person("Mick Mulvaney", text.index("Mick"))
    assert info is not None
    assert "(" not in info.role
    assert info.role.startswith("budget chief")


def test_an_envoy_to_a_body_is_his_own_states(nlp: Any, resolver: ActorResolver) -> None:
    doc, actors = resolve(
        nlp, resolver, "Russia's U.N. Ambassador Vassily Nebenzia criticized the plan."
    )
    envoy = actors.for_token(token(doc, "Ambassador"))
    assert envoy is not None and envoy.code == "RUS"
    doc, actors = resolve(nlp, resolver, "U.N. envoy Lakhdar Brahimi met Iraqi leaders.")
    envoy = actors.for_token(token(doc, "envoy"))
    assert envoy is not None and envoy.code == "UNO"


def test_a_name_after_a_clause_is_no_apposition_without_a_comma(
    nlp: Any, resolver: ActorResolver
) -> None:
    # the parser reads "Flynn" as an apposition to "ambassador" across the verb "contacts"
    text = (
        "Michael Flynn was national security adviser. The Russian ambassador to the "
        "United States contacts Flynn."
    )
    _, actors = resolve(nlp, resolver, text, published=dt.date(2017, 12, 2))
    flynn = next(p for p in actors.people if p.name == "Michael Flynn")
    assert flynn.country != "RUS" and flynn.role != "ambassador"
    _, actors = resolve(nlp, resolver, "His spokeswoman Brenna Smith said on Monday.")
    smith = next(p for p in actors.people if p.name == "Brenna Smith")
    assert smith.role.endswith("spokeswoman")
