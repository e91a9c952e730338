"""The PLOVER ontology data: types, modes, contexts, CAMEO roots, quad classes, intensities."""

from __future__ import annotations

import pytest

from realpolitik import ontology
from realpolitik.errors import ConfigError

CONVENTION_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


def test_the_sixteen_types_of_the_conventions_in_their_order() -> None:
    assert ontology.event_types() == CONVENTION_TYPES


def test_every_type_and_mode_has_a_one_line_description() -> None:
    for name in ontology.event_types():
        etype = ontology.event_type(name)
        assert etype.description and "\n" not in etype.description
        for mode, text in etype.modes.items():
            assert mode and text and "\n" not in text


@pytest.mark.parametrize(
    ("event", "quad"),
    [
        ("AGREE", 1),
        ("CONSULT", 1),
        ("SUPPORT", 1),
        ("CONCEDE", 1),
        ("COOPERATE", 2),
        ("AID", 2),
        ("RETREAT", 2),
        ("REQUEST", 3),
        ("ACCUSE", 3),
        ("REJECT", 3),
        ("THREATEN", 3),
        ("SANCTION", 3),
        ("PROTEST", 4),
        ("MOBILIZE", 4),
        ("COERCE", 4),
        ("ASSAULT", 4),
    ],
)
def test_quad_classes_follow_the_plover_manual(event: str, quad: int) -> None:
    assert ontology.quad_class(event) == quad


def test_cameo_roots_and_mode_refinements() -> None:
    assert ontology.cameo_root("CONSULT") == "04"
    assert ontology.cameo_root("ACCUSE", "disapprove") == "11"
    assert ontology.cameo_root("ACCUSE", "investigate") == "09"
    assert ontology.cameo_root("ASSAULT", "abduct") == "18"
    assert ontology.cameo_root("ASSAULT", "heavy-weapons") == "19"
    assert ontology.cameo_root("RETREAT") == ontology.cameo_root("CONCEDE") == "08"


def test_intensity_orders_conflict_below_cooperation() -> None:
    assert ontology.intensity("ASSAULT") == -9.3
    assert ontology.intensity("RETREAT") == 7.6
    assert ontology.intensity("REQUEST") == -5.0  # DEMAND's score in the manual
    assert all(ontology.intensity(t) < 0 for t in CONVENTION_TYPES if ontology.quad_class(t) > 2)
    assert all(ontology.intensity(t) > 0 for t in CONVENTION_TYPES if ontology.quad_class(t) < 3)


def test_recipient_required_only_for_cooperate_aid_sanction() -> None:
    required = {t for t in CONVENTION_TYPES if ontology.event_type(t).requires_recipient}
    assert required == {"COOPERATE", "AID", "SANCTION"}


def test_modes_of_the_conventions_are_known() -> None:
    assert ontology.is_mode("CONSULT", "visit")
    assert ontology.is_mode("ACCUSE", "allege")
    assert ontology.is_mode("RETREAT", "resign")
    assert ontology.is_mode("AGREE", "")
    assert not ontology.is_mode("AGREE", "visit")


def test_contexts_include_the_grammatical_ones() -> None:
    contexts = ontology.contexts()
    assert {"future", "historical", "hypothetical", "cbrn", "economic"} <= set(contexts)


def test_unknown_type_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="ASSAULT"):
        ontology.event_type("FIGHT")


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ({"quad_class": 5}, "quad_class"),
        ({"cameo": "4"}, "cameo"),
        ({"description": ""}, "description"),
        ({"intensity": 12}, "intensity"),
        ({"modes": {"x": ""}}, "mode"),
    ],
)
def test_bad_ontology_data_is_reported_with_its_file(raw: dict[str, object], problem: str) -> None:
    good: dict[str, object] = {
        "description": "d",
        "quad_class": 1,
        "cameo": "04",
        "intensity": 1.0,
        "requires_recipient": False,
    }
    with pytest.raises(ConfigError, match=problem) as info:
        ontology._parse_type("TEST", {**good, **raw}, "types.toml")
    assert "types.toml" in str(info.value)
