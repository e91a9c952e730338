"""The sentence coder's base layer (:class:`CoderBase`): the state it keeps for one
sentence, set in ``__init__`` (the sentence, the resolver and lexicon, the article's
earlier drafts, the words already coded, the drafts made), and the helpers every
layer uses to read a word's objects and prepositional objects.

The coder is a chain of classes, each in its own module and each adding one role:
:class:`CoderBase` -> ``event_triggers.TriggerMatcher`` -> ``event_parties.PartyReader``
-> ``event_sides.SideFinder`` -> ``event_finish.PartyFinisher`` ->
``event_readings.ClauseReader`` -> ``event_verbs.VerbCoder`` -> ``event_nouns.NounCoder``
-> ``event_passes.PassCoder`` -> ``events.SentenceCoder``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .event_actors import Resolver
from .event_clauses import relative_object
from .event_drafts import (
    INNER_PREPS,
    WEEKDAYS,
    Draft,
)
from .event_lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class CoderBase:
    """The state of one sentence's coding and the object helpers all layers use."""

    def __init__(
        self,
        sent: Span,
        resolver: Resolver,
        lex: Lexicon,
        history: Sequence[tuple[int, Draft]] = (),
        index: int = 0,
        year: int | None = None,
    ) -> None:
        self.sent = sent
        self.year = year  # the publication year: events dated well before it are background
        self.history = history  # (sentence index, draft) of the article's earlier sentences
        self.index = index
        self.r = resolver
        self.lex = lex
        self.g = lex.grammar
        self.consumed: set[int] = set()
        self.drafts: list[Draft] = []
        self.by_anchor: dict[int, Draft] = {}

    def prep_objects(self, token: Token, preps: frozenset[str]) -> list[Token]:
        found: list[Token] = []
        for child in token.children:
            if child.dep_ in ("prep", "dative", "agent") and child.lower_ in preps:
                pobjs = [g for g in child.children if g.dep_ == "pobj"] or [
                    # "talks with visiting Indian Prime Minister Narendra Modi", parsed
                    # as a gerund "visiting" with Modi as its object
                    g
                    for inner in child.children
                    if inner.dep_ == "pcomp" and inner.lower_ == "visiting"
                    for g in inner.children
                    if g.dep_ == "dobj"
                ]
                if not pobjs:  # "calls from within his cabinet": a place inside the phrase
                    pobjs = [
                        g
                        for inner in child.children
                        if inner.dep_ in ("prep", "pcomp") and inner.lower_ in INNER_PREPS
                        for g in inner.children
                        if g.dep_ == "pobj"
                    ]
                found.extend(pobjs or self._orphan_object(child))
            elif child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                found.append(child)
        return found

    @staticmethod
    def _orphan_object(word: Token) -> list[Token]:
        """The noun phrase right after a preposition or verb the parser left without an
        object ("granted asylum to five Panamanian officers holed up ...", "endorsed Senate
        candidate Roy Moore, Bannon campaigned ...", where the noun was made the subject
        of the next verb): the top noun of the phrase that starts there."""
        doc = word.doc
        start = word.i + 1
        if start >= len(doc) or doc[start].pos_ in ("VERB", "AUX", "PUNCT", "ADP", "SCONJ"):
            return []
        token = doc[start]
        for _ in range(8):
            head = token.head
            if head == token or head.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ", "DET"):
                break
            if head.left_edge.i != start:
                break
            token = head
        if token.pos_ not in ("NOUN", "PROPN") or word.i < token.head.i < token.i:
            return []
        return [token]

    def _objects(self, head: Token, event: str) -> list[Token]:
        """Direct objects of ``head``; the subject of an object-control verb's clause
        ("allowed Iraqi planes to land", parsed as a clause); for judgements also a deed
        set in apposition after an "as" phrase ("denounced as an ugly crime Serbia's
        suppression of ...")."""
        found = [
            c
            for c in head.children
            if c.dep_ in ("dobj", "nsubjpass") and c.tag_ not in ("WP", "WDT")
        ]
        relative = relative_object(head)  # "a hostage whom they threatened to behead"
        if relative is not None:
            found.append(relative)
        found.extend(self._up_to_objects(head))
        if not found:
            # "sealed off the Gaza Strip", the object parsed as the particle's
            found.extend(
                p for c in head.children if c.dep_ == "prt" for p in c.children if p.dep_ == "pobj"
            )
        if not found:
            # "welcomed on Friday Sudan's decision": the object parsed as the day's
            found.extend(_object_after_day(head))
        if not found and head.lemma_.lower() in self.g["object_control"]:
            for clause in head.children:
                if clause.dep_ in ("ccomp", "xcomp") and clause.pos_ in ("VERB", "AUX"):
                    found.extend(c for c in clause.children if c.dep_ == "nsubj")
        if not found:
            # "feted Pope John Paul to mark his anniversary", the object parsed as the
            # subject of the infinitive (an infinitive clause has no subject of its own)
            for clause in head.children:
                if clause.dep_ == "xcomp" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
                ):
                    found.extend(c for c in clause.children if c.dep_ == "nsubj")
        if event in ("ACCUSE", "SUPPORT", "REJECT"):
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "as":
                    pobjs = [p for p in child.children if p.dep_ == "pobj"]
                    found.extend(pobjs[1:])  # "as a crime Russia's bombing", parsed flat
                    found.extend(p for p in pobjs if _judged_object(p))
                    if any(a.pos_ == "ADJ" for a in child.children):
                        found.extend(pobjs)  # 'condemned as "unfair" a new resolution'
                    for pobj in pobjs:
                        found.extend(a for a in pobj.children if a.dep_ == "appos")
                if (
                    child.dep_ == "advcl"
                    and child.pos_ == "ADJ"
                    and any(a.lower_ == "as" for a in child.children)
                ):
                    # "condemned as unfair a new UN resolution", parsed as the
                    # adjective's object
                    found.extend(a for a in child.children if a.dep_ == "dobj")
        return found

    @staticmethod
    def _up_to_objects(verb: Token) -> list[Token]:
        """Objects counted with "up to" that the parser read as a particle and a phrase
        ("kidnapped up to 16 Russian advisers", "is sending up to 600 marines")."""
        if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            return []
        found: list[Token] = []
        for prt in verb.children:
            if prt.dep_ != "prt" or prt.lower_ != "up":
                continue
            tos = [c for c in prt.children if c.dep_ == "prep" and c.lower_ == "to"]
            tos += [c for c in verb.children if c.dep_ == "prep" and c.i == prt.i + 1]
            found.extend(
                p
                for to in tos
                if to.lower_ == "to"
                for p in to.children
                if p.dep_ == "pobj" and any(n.dep_ == "nummod" for n in p.children)
            )
        return found

    def person_object(self, head: Token) -> bool:
        """Whether ``head`` acts on people: its object, or the "of" phrase of an event noun
        ("ordered the arrest of 11 princes")."""
        undergoing = self._objects(head, "")
        if head.pos_ == "NOUN":
            undergoing += self.prep_objects(head, frozenset({"of"}))
        return any(
            child.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") and self.names_people(child)
            for child in undergoing
        )

    def names_people(self, token: Token) -> bool:
        """Whether ``token`` names a person or people: a name, a word for people, a
        people ("300 Muslims"), a bare count ("arresting 12") or captives."""
        lemma = token.lemma_.lower()
        return (
            token.ent_type_ == "PERSON"
            or lemma in self.g["person_nouns"]
            or (token.ent_type_ == "NORP" and token.tag_ in ("NNS", "NNPS"))
            or token.pos_ == "NUM"
            or lemma in self.g.classes["captives"]
        )


def _judged_object(pobj: Token) -> bool:
    """ "condemned as unfair a new UN resolution", parsed as one phrase after "as": a
    judgement adjective before the determiner of the thing judged."""
    adjectives = [c.i for c in pobj.children if c.dep_ == "amod"]
    dets = [c.i for c in pobj.children if c.dep_ == "det"]
    return bool(adjectives and dets and min(adjectives) < min(dets))


def _object_after_day(head: Token) -> list[Token]:
    """The object spaCy hangs on "on" with the weekday after "on" as a compound inside it:
    "welcomed on Friday Sudan's decision", "condemned on Monday the attack"."""
    found: list[Token] = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "on" or prep.i + 1 >= len(prep.doc):
            continue
        day = prep.doc[prep.i + 1]
        if day.lower_ not in WEEKDAYS or day.dep_ != "compound":
            continue
        found.extend(
            pobj
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj.i != day.i and day in pobj.subtree
        )
    return found
