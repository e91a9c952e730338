"""Places: gazetteer resolution, disambiguation by context, datelines and event places."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from realpolitik.coders.places import _fold, code_places, event_place, gazetteer
from realpolitik.models import Article, Place

DEV_SET = Path(__file__).parent / "data" / "places_dev.jsonl"
# Floors for the hand-written dev set (measured 0.92 / 0.85 / 0.92 without actors); a drop
# below them fails the suite. The set was seen during development: not a held-out figure.
FLOORS = {"country": 0.88, "admin1": 0.80, "precision": 0.88}

pytestmark = pytest.mark.slow


def _places(nlp: Any, text: str, dateline: str = "") -> tuple[Place, ...]:
    article = Article(id="a1", text=text, dateline=dateline)
    return code_places(nlp(text), article, None)


def _find(places: tuple[Place, ...], text: str) -> Place:
    return next(p for p in places if p.text == text)


def test_gazetteer_knows_countries_regions_and_aliases() -> None:
    gaz = gazetteer()
    (korea,), _ = gaz.candidates("North Korea", cities=False)
    assert (korea.kind, korea.country3) == ("country", "PRK")
    (us,), decided = gaz.candidates("U.S.")
    assert decided and us.country3 == "USA"
    assert gaz.candidates("the North") == ([], True)


def test_wire_spellings_of_conflict_towns_resolve() -> None:
    gaz = gazetteer()
    # GeoNames holds these under other spellings ("Janin") or not at all ("Tal Afar")
    for name, code in [("Jenin", "PSE"), ("Baqouba", "IRQ"), ("Tal Afar", "IRQ"), ("Kunar", "AFG")]:
        found, _ = gaz.candidates(name)
        assert {c.country3 for c in found} == {code}, name


def test_country_mentions_have_no_coordinates_and_possessives_are_stripped(nlp: Any) -> None:
    places = _places(nlp, "Russia’s army said its troops left Ukraine.")
    russia = _find(places, "Russia")
    assert (russia.country, russia.precision, russia.latitude, russia.longitude) == (
        "RUS",
        "country",
        None,
        None,
    )
    assert russia.provenance is not None and russia.provenance.coder == "places"
    assert (russia.provenance.start, russia.provenance.end) == (0, len("Russia"))


def test_city_is_a_point_with_its_region(nlp: Any) -> None:
    seoul = _find(_places(nlp, "Officials met in Seoul on Friday."), "Seoul")
    assert (seoul.country, seoul.admin1, seoul.precision) == ("KOR", "Seoul", "point")
    assert seoul.latitude is not None and 37 < seoul.latitude < 38


def test_paris_is_french_unless_texas_is_in_the_story(nlp: Any) -> None:
    france = _find(_places(nlp, "Protesters gathered in Paris on Saturday."), "Paris")
    assert france.country == "FRA"
    texas = _find(_places(nlp, "A tornado hit Paris on Sunday, officials in Texas said."), "Paris")
    assert (texas.country, texas.admin1) == ("USA", "Texas")


def test_a_region_name_shared_by_states_is_the_more_populous_region(nlp: Any) -> None:
    # Florida is also a Puerto Rican municipality and a Uruguayan department; Maryland a
    # Liberian county; Montana a Bulgarian province: the region with more people wins
    # unless the story says otherwise
    for name in ("Florida", "Maryland", "Montana"):
        place = _find(_places(nlp, f"Officials in {name} said on Friday."), name)
        assert (place.country, place.admin1, place.precision) == ("USA", name, "region")
    text = "Officials in Montana province said Bulgaria would send aid."
    assert _find(_places(nlp, text), "Montana").country == "BGR"


def test_georgia_listed_with_a_country_is_the_country(nlp: Any) -> None:
    text = "Officials in Atlanta said Russia's invasions of Georgia and Ukraine worried them."
    assert _find(_places(nlp, text), "Georgia").country == "GEO"
    text = "Officials in Atlanta said voters in Texas and Georgia lined up early."
    assert _find(_places(nlp, text), "Georgia").country == "USA"


def test_georgia_is_the_country_unless_the_story_is_american(nlp: Any) -> None:
    country = _find(_places(nlp, "Protesters rallied in Georgia against the new law."), "Georgia")
    assert (country.country, country.precision) == ("GEO", "country")
    state = _find(_places(nlp, "Voters in Atlanta lined up as Georgia counted ballots."), "Georgia")
    assert (state.country, state.admin1, state.precision) == ("USA", "Georgia", "region")
    assert state.latitude is None


def test_region_word_makes_a_region(nlp: Any) -> None:
    places = _places(nlp, "Fighting spread across the Donetsk region on Tuesday.")
    donetsk = _find(places, "Donetsk")
    assert (donetsk.country, donetsk.precision) == ("UKR", "region")


def test_a_compass_part_of_a_known_region_lies_in_its_country() -> None:
    gaz = gazetteer()
    (darfur,), _ = gaz.candidates("South Darfur")
    assert (darfur.kind, darfur.country3) == ("region", "SDN")
    (sinai,), _ = gaz.candidates("North Sinai")
    assert sinai.country3 == "EGY"
    # countries named with a compass word stay themselves; a part of a city is no region
    (korea,), _ = gaz.candidates("South Korea", cities=False)
    assert korea.country3 == "KOR"
    assert all(c.kind != "point" for c in gaz.candidates("North London")[0])


def test_a_city_named_with_its_region_is_one_of_that_regions_cities(nlp: Any) -> None:
    places = _places(nlp, "A judge in Alexandria, Virginia, sentenced the man.")
    assert _find(places, "Alexandria").country == "USA"
    places = _places(nlp, "Protesters marched in Alexandria on Friday.")
    assert _find(places, "Alexandria").country == "EGY"


def test_dateline_in_the_text_is_a_city(nlp: Any) -> None:
    text = "WASHINGTON (Reuters) - The Senate passed the bill on Thursday."
    washington = _find(_places(nlp, text), "WASHINGTON")
    assert (washington.country, washington.admin1, washington.precision) == (
        "USA",
        "District of Columbia",
        "point",
    )


def test_event_place_prefers_a_locative_city_and_skips_actor_countries(nlp: Any) -> None:
    text = "Russia and China sent officials to Pyongyang in July. Russia condemned the vote."
    doc = nlp(text)
    article = Article(id="a1", text=text)
    places = code_places(doc, article, None)
    first, second = list(doc.sents)
    found = event_place(first, places, article)
    assert found is not None and found.text == "Pyongyang"
    assert event_place(second, places, article) is None


def test_event_place_falls_back_to_the_dateline(nlp: Any) -> None:
    text = "SEOUL (Reuters) - North Korea fired a missile, the military said."
    doc = nlp(text)
    article = Article(id="a1", text=text)
    places = code_places(doc, article, None)
    found = event_place(next(iter(doc.sents)), places, article)
    assert found is not None and (found.text, found.country) == ("SEOUL", "KOR")


def _admin1_matches(expected: str, got: str) -> bool:
    if not expected or not got:
        return expected == got
    a, b = _fold(expected), _fold(got)
    return a in b or b in a


def test_dev_set_accuracy_stays_above_its_floors(nlp: Any) -> None:
    rows = [json.loads(line) for line in DEV_SET.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 60
    right = {"country": 0, "admin1": 0, "precision": 0}
    for row in rows:
        places = _places(nlp, row["text"])
        got = next((p for p in places if p.text == row["mention"]), None)
        if got is None:
            continue
        right["country"] += got.country == row["country"]
        right["admin1"] += _admin1_matches(row["admin1"], got.admin1)
        right["precision"] += got.precision == row["precision"]
    scores = {k: v / len(rows) for k, v in right.items()}
    assert all(scores[k] >= FLOORS[k] for k in FLOORS), scores


def test_a_shelled_city_the_ner_leaves_unlabelled_is_a_place(nlp: Any) -> None:
    # the parser reads the city as an adverbial noun and the NER gives it no label
    places = _places(nlp, "Syrian forces shelled Aleppo on Monday.")
    assert _find(places, "Aleppo").country == "SYR"


def test_a_plural_place_noun_marks_its_place(nlp: Any) -> None:
    # the NER calls the city a nationality; "districts of" says it is a place
    places = _places(nlp, "Troops moved into the eastern districts of Aleppo.")
    assert _find(places, "Aleppo").country == "SYR"


def test_the_gulf_is_a_sea_of_many_states_not_a_province(nlp: Any) -> None:
    # GeoNames lists a Gulf Province in Papua New Guinea
    places = _places(nlp, "Iran seized a tanker in the Gulf.")
    assert all(p.country != "PNG" for p in places)
