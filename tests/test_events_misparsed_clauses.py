"""A clause the parser broke at its opening preposition: "after Benjamin Netanyahu, his
main rival, called for a referendum", read as "after Benjamin Netanyahu" with "called" a
participle on an earlier noun (0.30.0). Built on the real parser and resolver."""

from __future__ import annotations

from real_coder import events
from realpolitik.coders.event_clauses import subject_of
from realpolitik.coders.event_lexicon import load_lexicon
from realpolitik.nlp import parse_one

TEXT = (
    "Israeli Prime Minister Ariel Sharon has received a surprise challenge to his plan to "
    "expedite a pullout from Gaza after Benjamin Netanyahu, his main rival in the Likud "
    "party, called for a referendum on the issue."
)


def test_the_object_of_an_opening_preposition_is_the_clauses_subject() -> None:
    doc = parse_one(TEXT)
    called = next(t for t in doc if t.text == "called")
    subject, passive = subject_of(called, load_lexicon())
    assert subject is not None and subject.text == "Netanyahu"
    assert not passive


def test_the_call_of_a_broken_clause_has_its_caller() -> None:
    requests = [e for e in events(TEXT) if e.event == "REQUEST"]
    assert requests
    assert requests[0].actor_codes == ("ISR",)


def test_a_participle_after_an_ordinary_phrase_keeps_its_noun() -> None:
    doc = parse_one("Police found the weapons used in the attack on Monday.")
    used = next(t for t in doc if t.text == "used")
    subject, _ = subject_of(used, load_lexicon())
    assert subject is None or subject.text != "attack"
