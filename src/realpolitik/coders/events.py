"""The PLOVER event coder: rules over spaCy's dependency parse (CONVENTIONS.md A).

For each sentence the coder finds triggers from the lexicon (``data/events``):
verbs ("attacked"), verbs with a particle or an object ("called on", "imposed
sanctions"), nouns carried by a light verb ("held talks", "made a visit"), by an
occurrence verb ("fighting erupted between X and Y", "talks began"), with a
"by" agent ("the killing of X by Y") or owned by a named party ("during his
meeting with Y"), and participles that tell an attack ("an engineer abducted
by gunmen"). For each trigger it asks the
clause whether the event is reported as fact (:func:`event_clauses.fate`), who
the actor is (the subject, or the "by" agent of a passive) and who the
recipient is (the object, or a prepositional object the type allows).

Passes in ``event_passes`` read more than one verb at a time, or a predicate; the
main ones:

``control``  "X agreed/pledged/offered to <do>"  -> AGREE (THREATEN for "vowed to
             attack"), "refused to <do>" -> REJECT, "urged Y to <do>" -> REQUEST Y,
             "threatened to <do>" -> THREATEN; the embedded verb gives the mode and
             recipient and is not coded itself.
``speech``   "X said Y must <do>" -> X REQUEST Y; "X said it would <cooperate>" ->
             X AGREE (an announced commitment), "... would <impose sanctions>" ->
             THREATEN. Content that a source asserts ("X said Y attacked Z") is coded
             by the main pass with lower confidence.
``warn``     "X warned Y ..." / "warned of retaliation" / "warned that Y will ..."
             -> THREATEN; "warned that Y was doing Z" -> X ACCUSE Y (an allegation).
``judgement`` "said the war was illegal", "called Bush a terrorist" -> ACCUSE the doer;
             "said Flynn's actions were lawful" -> SUPPORT.
``feeling``  "was deeply concerned about Japan's buildup" -> ACCUSE (disapprove) the
             doer of the deed.
``visitor``  "Xi Jinping told visiting U.S. President Donald Trump" -> USA CONSULT
             (visit) CHN: one named as visiting visits the state of whoever receives him.
``main``     every other trigger whose clause is factual.

One attack told by linked clauses is one event ("three Iraqis were killed when
a bomber attacked a U.S. convoy" -> one ASSAULT on both); a blow its own actor
says it would strike on a condition is a THREATEN aimed at the one the
condition is put to; a person named where the recipient would be, with no
nationality, in a sentence that names only the actor's state, is of that state
(a domestic event between people: "Pelosi said John Conyers should resign").

Actors and recipients with no country of their own borrow one where the
conventions say so: a domestic actor noun ("police", "demonstrators") takes the
country of the place it is in (:meth:`event_actors.Resolver.home_country`); an
arrest, charge or investigation in the passive with no agent is by the state
where it happened; a state allowing or censoring people or institutions with no
stated nationality acts on its own (CONVENTIONS A3, A4).

Every event gets a ``rule`` naming the pass and pattern that made it, a
``confidence`` (lower for nouns, reported speech, pronouns, borrowed or
locative recipients) and the CAMEO root, quad class and intensity of its type.

The rules live in a chain of classes, one module each, every layer built on the one
before (docs/architecture.md): ``event_base`` (the state of one sentence's coding),
``event_triggers`` (trigger matching), ``event_parties`` (actors and recipients read
from a trigger's own phrases), ``event_sides`` (sides those phrases leave unnamed),
``event_finish`` (:meth:`~event_finish.PartyFinisher.finish_parties`), ``event_readings``
(intent, background dating, embedded verbs), ``event_verbs`` and ``event_nouns`` (verb
and noun events), ``event_hostages`` (the hostage pass) and ``event_passes`` (the
other passes); ``event_drafts`` holds :class:`Draft`, :class:`VerbMatch` and the
constants they share. This module keeps
:class:`SentenceCoder`, which runs the passes and merges, splits and filters their
drafts, the conversion of drafts to events, and the entry points.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import ontology
from ..ids import record_id
from ..models import Actor, Article, Event, Place, Provenance, TimeRef
from . import event_clauses as clauses
from .event_actors import ActorIndex, Resolver, lead_end, unique
from .event_drafts import (
    ANAPHORA_REACH,
    ANAPHORIC_TYPES,
    ANTECEDENT_CONFIDENCE,
    ANY_EVENT_REACH,
    DEFINITE,
    EMPTY_ACTOR_PENALTY,
    EMPTY_RECIPIENT_PENALTY,
    VERBAL_TYPES,
    Draft,
    VerbMatch,
)
from .event_lexicon import Lexicon, load_lexicon
from .event_passes import PassCoder
from .event_sport import kept_in_sport, sport_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CODER = "events"
VERSION = "0.43.0"

log = logging.getLogger(__name__)

__all__ = [
    "CODER",
    "EMPTY_ACTOR_PENALTY",
    "EMPTY_RECIPIENT_PENALTY",
    "VERSION",
    "Draft",
    "SentenceCoder",
    "VerbMatch",
    "code_events",
    "code_sentence",
]


class SentenceCoder(PassCoder):
    """Applies the rules to one sentence; holds what the passes share."""

    def borrow_recipients(self) -> None:
        """A coordinated verb without partner shares its first conjunct's recipient
        ("ship shells to Russia and negotiate for more deals"); a request made on a visit
        is made of the host ("arrived in China seeking help")."""
        for draft in self.drafts:
            if not draft.borrow:
                self._asked_of_host(draft)
                continue
            head = draft.anchor.head
            source = self.by_anchor.get(head.i)
            if source is None or not source.recipients:
                continue
            codes = {a.code for a in draft.actors}
            draft.recipients = [a for a in source.recipients if a.code not in codes]
            draft.confidence -= 0.1
            draft.notes.append("borrowed")

    def _asked_of_host(self, draft: Draft) -> None:
        """ "Trump arrived in China on Wednesday seeking help to rein in North Korea": a
        request with no one asked, told by a participle as what a visitor came for, asks
        the host."""
        anchor = draft.anchor
        if draft.event != "REQUEST" or draft.recipients or anchor.dep_ != "advcl":
            return
        if anchor.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
            return  # "arrived in Moscow as protesters in Tokyo sought support": others ask
        visit = self.by_anchor.get(anchor.head.i)
        if visit is None or visit.event != "CONSULT" or visit.mode != "visit":
            return
        own = {a.code for a in draft.actors}
        if own != {a.code for a in visit.actors}:
            return
        draft.recipients = [a for a in visit.recipients if a.code not in own]
        if draft.recipients:
            draft.confidence -= 0.05
            draft.notes.append("host")

    def resolve_anaphora(self) -> None:
        """ "Japan criticized the veto", "the Kremlin condemned the decision", "said the
        sanctions were illegal": a judgement of an event the article reported before is
        aimed at that event's actors
        (CONVENTIONS A3: the recipient is named, in an earlier sentence)."""
        table = self.g.anaphora
        for draft in self.drafts:
            if draft.recipients or draft.event not in ANAPHORIC_TYPES:
                continue
            obj = _judged_noun(draft)
            if obj is None or obj.lemma_.lower() not in table:
                continue
            children = list(obj.children)
            if any(c.dep_ == "poss" for c in children) or not any(
                c.dep_ == "det" and c.lower_ in DEFINITE for c in children
            ):
                continue
            types = table[obj.lemma_.lower()]
            own = {a.code for a in draft.actors}
            for index, earlier in reversed(self.history):
                distance = self.index - index
                if distance > (ANY_EVENT_REACH if "*" in types else ANAPHORA_REACH):
                    break
                if "*" not in types and earlier.event not in types:
                    continue
                authors = [a for a in earlier.actors if a.code not in own]
                if authors and not own & {a.code for a in earlier.actors}:
                    draft.recipients = authors
                    draft.confidence -= 0.05
                    draft.notes.append("anaphora")
                    break

    def run(self) -> list[Draft]:
        if self.sent.text.rstrip().endswith("?"):
            return []
        self.control_pass()
        self.warn_pass()
        self.revenge_pass()
        self.blame_pass()
        self.misdeed_pass()
        self.judgement_pass()
        self.feeling_pass()
        self.visitor_pass()
        self.hostage_pass()
        self.speech_pass()
        self.main_pass()
        self.borrow_recipients()
        self.resolve_anaphora()
        # (type, actor codes, recipient codes, -1 or the anchor of a second deed)
        kept: dict[tuple[str, frozenset[str], frozenset[str], int], Draft] = {}
        drafts = [d for d in self._split_visits(self.drafts) if not self._protest_aim(d)]
        drafts = self._merge_attacks(drafts)
        states = {
            a.code
            for a in self.r.mentions_in(self.sent.start_char, self.sent.end_char)
            if a.kind in ("state", "person", "org")
        }
        for draft in drafts:
            self._domestic_person(draft, states)
            self._own_place_recipient(draft)
            self._drop_self_recipients(draft)
            draft.penalize_unknown_sides()
            etype = ontology.event_type(draft.event)
            if etype.requires_recipient and not draft.recipients and not draft.joint():
                continue
            if not draft.actors and not draft.recipients:
                continue
            if draft.event == "ASSAULT" and self._rivalry(draft):
                continue
            if draft.event == "SANCTION" and draft.mode != "convict" and not draft.actors:
                continue  # "oil exports were halted after attacks": no one sanctioned anyone
            if draft.event == "CONSULT" and not (
                draft.two_parties() or draft.members_meeting() or draft.home_meeting()
            ):
                continue
            key = (
                draft.event,
                frozenset(a.code for a in draft.actors),
                frozenset(a.code for a in draft.recipients),
                -1,
            )
            if key in kept and self._another_doer(kept[key], draft):
                # "Israeli troops killed two Palestinians, and Israeli helicopters fired
                # missiles": two doers named apart do two deeds of one kind (CONVENTIONS A1)
                key = (*key[:3], draft.anchor.i)
            if key not in kept or kept[key].confidence < draft.confidence:
                kept[key] = draft
        # A record with an unknown side says less than one of the same type that
        # names it: "bombers killed 23 people when they blew themselves up in Tel Aviv".
        # An attack with no named attacker beside one that names it is its consequence:
        # "Russian troops attacked the village; three soldiers died in the attack"; unless
        # the sentence tells it as an attack of its own (:meth:`_another_attack`).
        attributed = [d for k, d in kept.items() if k[0] == "ASSAULT" and k[1]]
        final = [
            d
            for k, d in kept.items()
            if (k[0] == "ASSAULT" and not k[1] and self._another_attack(d, attributed))
            or (
                not (attributed and k[0] == "ASSAULT" and not k[1])
                and not any(
                    o[:3] != k[:3]
                    and o[0] == k[0]
                    and (
                        (not k[2] and o[1] == k[1] and o[2]) or (not k[1] and o[2] == k[2] and o[1])
                    )
                    for o in kept
                )
            )
        ]
        return sorted(final, key=lambda d: min(t.i for t in d.tokens))

    def _another_attack(self, draft: Draft, attributed: list[Draft]) -> bool:
        """Whether an attack of no named attacker is told as one of its own, not as the
        consequence of an attack the sentence attributes: its own attack noun, not a
        definite one, in another clause ("six people were killed in two suicide car
        bombings in Baghdad while another 47 died in a series of US air strikes"), not
        the attack just told of ("Rebels attacked a convoy near Kabul, and four soldiers
        died in the ambush"), nor the deed of a relative clause that describes one
        attacked ("the car of the commander who was killed in a Gaza City airstrike")."""
        if not attributed:
            return False
        anchor = draft.anchor
        words = [
            *draft.tokens,
            *self.prep_objects(anchor, frozenset({"in", "by"})),
            *(c for c in anchor.children if c.dep_ == "nsubj"),  # "a bomb killed three"
        ]
        violence = self.g.classes["violence"]
        nouns = [
            t
            for t in words
            if t.pos_ == "NOUN"
            and t.lemma_.lower() in violence
            and not any(
                c.dep_ in ("det", "poss")
                and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
                for c in t.children
            )
        ]
        if not nouns:
            return False
        own = clauses.clause_verb(anchor)
        if own.dep_ == "relcl":
            return False  # "attacked the car of the commander who was killed in an airstrike"
        return all(clauses.clause_verb(other.anchor) != own for other in attributed)

    def _rivalry(self, draft: Draft) -> bool:
        """ "Oracle launched an attack on Microsoft", "Samsung began its assault on Apple":
        firms on every side and no other word of violence in the sentence is business
        rivalry, not an attack (CONVENTIONS A1: a political interaction)."""
        sides = draft.actors + draft.recipients
        if not sides or any(a.sector != "BUS" for a in sides):
            return False
        own = {t.i for t in draft.tokens}
        violence = self.g.classes["violence"]
        return not any(t.lemma_.lower() in violence for t in self.sent if t.i not in own)

    def _domestic_person(self, draft: Draft, states: set[str]) -> None:
        """A person named as the recipient whose nationality the text does not state, in a
        sentence that names no state but the actor's ("Trump endorsed Roy Moore", "Pelosi
        said John Conyers should resign"): the actor's own state (a domestic event)."""
        codes = {a.code for a in draft.actors}
        if draft.recipients or len(codes) != 1 or draft.person is None:
            return
        home = self.r.dateline_state()
        if states - codes and (home is None or {home.code} != codes):
            # another state named: the person may be its; a story filed from the actor's
            # own state still tells of its own politics
            return
        if draft.event not in VERBAL_TYPES:
            return  # "Trump's attack on Gillibrand": words, not the blows a victim takes
        draft.recipients = [replace(draft.actors[0], text=draft.person.text)]
        draft.confidence -= 0.05
        draft.notes.append("domestic-person")

    def _own_place_recipient(self, draft: Draft) -> None:
        """A pledge or a backing whose only other side is the actor's own state named as a
        place ("promised to democratize Serbia", "agreed to hear a challenge to a
        Minnesota law"): a course at home, with no other side to name. A place that says
        where a person is from ("Utah Senator Orrin Hatch") leaves the person the side."""
        if draft.event not in ("AGREE", "SUPPORT") or not draft.recipients:
            return
        own = {a.code for a in draft.actors}
        starts = {a.start for a in draft.actors}
        for a in draft.recipients:
            span = self.sent.doc.char_span(a.start, a.end) if a.start >= 0 else None
            if (
                a.code not in own
                or a.kind != "state"
                or a.sector
                or a.person
                or a.start in starts
                or span is None
                or not all(t.ent_type_ == "GPE" for t in span)
                or self._names_a_person(span.root)
            ):
                return
        draft.recipients = []
        draft.inside = True

    @staticmethod
    def _drop_self_recipients(draft: Draft) -> None:
        """A recipient who is the actor in person is no other side: "McConnell threw his
        support behind the bill" backs the bill, not McConnell."""
        own = {a.person for a in draft.actors if a.person}

        def himself(a: Actor) -> bool:  # a pronoun read as the actor
            return a.person in own and a.text.lower() in ("his", "her", "him", "himself", "herself")

        if own and any(himself(a) for a in draft.recipients):
            draft.recipients = [a for a in draft.recipients if not himself(a)]

    def _names_a_person(self, place: Token) -> bool:
        """Whether a place name says where a person is from ("Utah Senator Orrin Hatch",
        "the Nebraska lawyer"): the person is the side, not the place."""
        doc = place.doc
        after = doc[place.i + 1 : place.i + 4]
        for tok in after:  # "Utah Senator Orrin Hatch" misparsed with Utah an object
            if tok.ent_type_ == "PERSON":
                return True
            if tok.pos_ != "PROPN":
                break
        if place.dep_ not in ("compound", "amod", "nmod", "npadvmod", "appos", "poss"):
            return False
        head = place.head
        return (
            head.ent_type_ == "PERSON"
            or head.lemma_.lower() in self.g["person_nouns"]
            or any(a.kind == "person" for a in self.r.many(head))
        )

    @staticmethod
    def _deed_verb(draft: Draft) -> Token | None:
        """The verb that tells a draft's deed: its trigger verb, or the verb that carries
        its noun ("launched an attack", "carried out strikes", "died in an attack")."""
        anchor = draft.anchor
        if anchor.pos_ in ("VERB", "AUX"):
            return anchor
        head = anchor.head
        if anchor.dep_ == "dobj" and head.pos_ == "VERB" and head in draft.tokens:
            return head
        if anchor.dep_ == "pobj" and head.head.pos_ == "VERB" and head.head in draft.tokens:
            return head.head  # "were killed in a bomb attack": the harm tells the attack
        return None

    def _another_doer(self, first: Draft, second: Draft) -> bool:
        """Whether two drafts of one record are two deeds: verbs each with an active
        subject of its own, named apart ("Israeli troops killed two Palestinians, and
        Israeli helicopters fired missiles at a warehouse"), and each with its doer found
        or named as attackers of no known state ("Gunmen killed the governor and a suicide
        bomber killed 10 people"). A deed and its harm ("three Iraqis were killed when a
        bomber attacked a convoy", "a bomb exploded and the blast killed five") stay one."""
        subjects = []
        verbs = []
        for draft in (first, second):
            verb = self._deed_verb(draft)
            if verb is None:
                return False
            verbs.append(verb)
            own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            attackers = any(s.lemma_.lower() in self.g.classes["attackers"] for s in own)
            if (
                verb.pos_ != "VERB"
                or not (draft.actors or attackers)
                or len(own) != 1
                or own[0].dep_ != "nsubj"
                or own[0].pos_ == "PRON"
            ):
                return False
            subjects.append(own[0])
        return (
            verbs[0].i != verbs[1].i
            and subjects[0].i != subjects[1].i
            and subjects[1] not in subjects[0].conjuncts
        )

    @staticmethod
    def _relative_on_object(verb: Token, outer: Token) -> bool:
        """Whether ``verb`` heads a relative clause on a noun outside the subject of the
        verb ``outer``: "shot a militant responsible for a rocket attack that killed two
        children" tells another attack; "a car bomb that killed five people exploded" the
        same one."""
        if verb.dep_ != "relcl":
            return False
        subjects = [c for c in outer.children if c.dep_ in ("nsubj", "nsubjpass")]
        return not any(verb in s.subtree for s in subjects)

    def _one_attack(self, a: Draft, b: Draft, verbs: dict[int, Token]) -> bool:
        """Whether two attack drafts tell one attack: one of them tells the harm done
        ("killing four soldiers") by the other, in its clause, neither is background
        ("killed since the coalition invaded in 2003"), and no second doer is named."""
        if not ({a.anchor.lemma_.lower(), b.anchor.lemma_.lower()} & self.g["death_verbs"]):
            return False
        background = self.g["background_marks"] | {"since", "after", "before", "until", "because"}
        first, second = verbs[id(a)], verbs[id(b)]
        if any(
            m.dep_ == "mark" and m.lemma_.lower() in background
            for verb in (first, second)
            for m in verb.children
        ):
            return False
        if self._another_doer(a, b):
            return False  # "troops killed two men, and helicopters fired missiles"
        if first in second.subtree:
            return not self._relative_on_object(first, second)
        if second in first.subtree:
            return not self._relative_on_object(second, first)
        return False

    @staticmethod
    def _absorb(draft: Draft, other: Draft) -> None:
        """Take ``other``'s sides, words, means and confidence into ``draft``."""
        draft.mode = draft.mode or other.mode
        draft.actors = unique(draft.actors + other.actors)
        draft.recipients = unique(draft.recipients + other.recipients)
        draft.tokens = sorted({*draft.tokens, *other.tokens}, key=lambda t: t.i)
        draft.confidence = max(draft.confidence, other.confidence)

    def _merge_attacks(self, drafts: list[Draft]) -> list[Draft]:
        """One attack told by several verbs of linked clauses is one event (CONVENTIONS
        A1): "three Iraqis were killed when a suicide bomber attacked a U.S. convoy" ->
        one ASSAULT on both; "militants blew up a tunnel, killing four soldiers" -> the
        militants' attack on the soldiers. A recipient read only from the place does not
        stand beside one the attack names ("killed four Britons and wounded 15 others in
        Baghdad"), but an attack whose place names no state the other lacks is the
        other's ("eleven people, including two US citizens, were killed when a truck bomb
        exploded in Kabul": one attack on AFG and USA)."""
        verbs = {
            id(d): verb
            for d in drafts
            if d.event == "ASSAULT" and not d.reciprocal and (verb := self._deed_verb(d))
        }
        attacks = [d for d in drafts if id(d) in verbs]
        if len(attacks) < 2:
            return drafts
        named = [d for d in attacks if d.recipients and "place" not in d.notes]
        out: list[Draft] = []
        merged: set[int] = set()
        emitted: set[int] = set()
        for draft in drafts:
            if id(draft) in merged:
                continue
            if draft in attacks:
                keeper = next(
                    (
                        o
                        for o in named
                        if "place" in draft.notes
                        and o is not draft
                        and self._one_attack(o, draft, verbs)
                        and (
                            {a.code for a in o.actors} == {a.code for a in draft.actors}
                            # an attack noun with no doer, carried by the other's own verb:
                            # "a Taliban suicide fighter wounded seven others, including
                            # three NATO soldiers, in a grenade attack"
                            or (not draft.actors and verbs[id(draft)] in o.tokens)
                        )
                    ),
                    None,
                )
                if keeper is not None:
                    # "a car bomb exploded in Baghdad, killing five Iraqis": the victims
                    # named stand for the place, and the bombing's words and means stay
                    keeper.tokens = sorted({*keeper.tokens, *draft.tokens}, key=lambda t: t.i)
                    keeper.mode = keeper.mode or draft.mode
                    keeper.confidence = max(keeper.confidence, draft.confidence)
                    continue
                for other in attacks:
                    if (
                        other is draft
                        or id(other) in merged
                        # kept already on its own: absorbing it would tell it twice
                        or id(other) in emitted
                        or not self._one_attack(draft, other, verbs)
                        or (
                            "place" in other.notes
                            and draft.recipients
                            and not _within(other.recipients, draft.recipients)
                        )
                    ):
                        continue
                    own = {a.code for a in draft.actors}
                    theirs = {a.code for a in other.actors}
                    if own and theirs and own != theirs:
                        continue
                    self._absorb(draft, other)
                    merged.add(id(other))
            out.append(draft)
            emitted.add(id(draft))
        return out

    def _protest_aim(self, draft: Draft) -> bool:
        """ "demonstrated ..., calling for independence": the call is the protest's aim,
        not an event of its own."""
        if draft.event != "REQUEST" or draft.anchor.dep_ not in ("advcl", "xcomp", "conj"):
            return False
        head = self.by_anchor.get(draft.anchor.head.i)
        return head is not None and head.event == "PROTEST"

    @staticmethod
    def _split_visits(drafts: list[Draft]) -> list[Draft]:
        """Each visitor makes its own visit: "Russia and China sent officials to
        Pyongyang" is RUS CONSULT PRK and CHN CONSULT PRK (the host is the recipient)."""
        out: list[Draft] = []
        for draft in drafts:
            if (
                draft.event == "CONSULT"
                and draft.mode == "visit"
                and len(draft.actors) > 1
                and draft.recipients
            ):
                for actor in draft.actors:
                    out.append(
                        Draft(
                            draft.event,
                            draft.mode,
                            draft.anchor,
                            draft.tokens,
                            [actor],
                            draft.recipients,
                            draft.rule,
                            draft.confidence,
                            draft.borrow,
                            [*draft.notes, "split"],
                            draft.reciprocal,
                        )
                    )
            else:
                out.append(draft)
        return out


def _judged_noun(draft: Draft) -> Token | None:
    """The noun a judgement is passed on: the object of "condemned the decision", or the
    subject of a verdict, "said the sanctions were illegal"."""
    anchor = draft.anchor
    obj = next((c for c in anchor.children if c.dep_ == "dobj"), None)
    if obj is None and draft.rule.startswith("verdict:"):
        holder = anchor.head if anchor.dep_ in ("acomp", "attr") else anchor
        obj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return obj


def _contexts(sent: Span, lex: Lexicon) -> tuple[str, ...]:
    table = lex.grammar.contexts
    found = {table[t.lemma_.lower()] for t in sent if t.lemma_.lower() in table}
    return tuple(sorted(found))


def _to_event(
    draft: Draft,
    article: Article,
    index: int,
    sent: Span,
    contexts: tuple[str, ...],
    times: Sequence[TimeRef],
    places: Sequence[Place],
) -> Event:
    from .dates import event_date
    from .places import event_place

    tokens = sorted({t.i: t for t in draft.tokens}.values(), key=lambda t: t.i)
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    actor_codes = ",".join(a.code for a in draft.actors)
    recipient_codes = ",".join(a.code for a in draft.recipients)
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    when = event_date(verbs[0] if verbs else draft.anchor, times, article)
    confidence = round(min(0.95, max(0.05, draft.confidence)), 3)
    rule = draft.rule + (f" [{' '.join(draft.notes)}]" if draft.notes else "")
    return Event(
        id=record_id(article.id, index, start, draft.event, actor_codes, recipient_codes),
        event=draft.event,
        mode=draft.mode,
        actor=tuple(draft.actors),
        recipient=tuple(draft.recipients),
        trigger=" ".join(t.text for t in tokens),
        sentence_text=sent.text.strip(),
        provenance=Provenance(article.id, index, sent.start_char, sent.end_char, CODER, VERSION),
        trigger_start=start,
        trigger_end=end,
        context=contexts,
        date=when.date,
        date_precision=when.precision,
        date_text=when.text,
        place=event_place(sent, places, article),
        cameo=ontology.cameo_root(draft.event, draft.mode),
        quad_class=ontology.quad_class(draft.event),
        intensity=ontology.intensity(draft.event),
        confidence=confidence,
        rule=rule,
    )


def code_sentence(sent: Span, actors: ActorIndex, lex: Lexicon | None = None) -> list[Draft]:
    """The events of one sentence as drafts (for tests)."""
    lex = lex or load_lexicon()
    return SentenceCoder(sent, Resolver(actors, lex), lex).run()


def code_events(
    doc: Doc,
    article: Article,
    actors: ActorIndex,
    times: Sequence[TimeRef] = (),
    places: Sequence[Place] = (),
) -> tuple[Event, ...]:
    """Every PLOVER event the article's sentences report (CONVENTIONS.md A).

    ``actors`` is the article's :class:`~realpolitik.actors.ArticleActors`;
    ``times`` and ``places`` are what the date and place coders found, used
    for each event's date and place. Events are returned in text order; the
    pipeline drops those below ``Settings.min_confidence``.
    """
    lex = load_lexicon()
    resolver = Resolver(actors, lex, places, lead_end(article.text, article.dateline))
    events: list[Event] = []
    history: list[tuple[int, Draft]] = []
    sents = list(doc.sents)
    sport = sport_sentences(sents, article.title, lex.grammar)
    for index, sent in enumerate(sents):
        year = article.published.year if article.published is not None else None
        drafts = SentenceCoder(sent, resolver, lex, history, index, year).run()
        if index in sport:
            # a match report: "fought out a draw" is play (CONVENTIONS A1: political)
            drafts = [d for d in drafts if kept_in_sport(d.anchor, lex.grammar)]
        if not drafts:
            continue
        history.extend(
            (index, d) for d in drafts if d.actors and d.confidence >= ANTECEDENT_CONFIDENCE
        )
        drafts = [d for d in drafts if not _joined_to_told_attack(d, events, article, index)]
        contexts = _contexts(sent, lex)
        events.extend(_to_event(d, article, index, sent, contexts, times, places) for d in drafts)
    log.debug("article %s: %d events", article.id, len(events))
    return tuple(events)


def _joined_to_told_attack(draft: Draft, events: list[Event], article: Article, index: int) -> bool:
    """Soldiers or police harmed with no means named, in the two sentences after an attack
    was told ("Two car bombs shook the capital, killing at least 10 Iraqis. One American
    soldier was hurt"), are more victims of that attack (CONVENTIONS A1: each event
    once): their state joins its recipients and True is returned."""
    if "forces-harmed" not in draft.notes or draft.actors:
        return False
    for k in range(len(events) - 1, -1, -1):
        told = events[k]
        sentence = told.provenance.sentence
        if sentence < index - 2:
            return False
        if sentence == index or told.event != "ASSAULT" or told.confidence < ANTECEDENT_CONFIDENCE:
            continue  # an attack too unsure to be kept is no attack told
        recipients = tuple(unique([*told.recipient, *draft.recipients]))
        events[k] = replace(
            told,
            recipient=recipients,
            id=record_id(
                article.id,
                sentence,
                told.trigger_start,
                told.event,
                ",".join(told.actor_codes),
                ",".join(a.code for a in recipients),
            ),
        )
        return True
    return False


def _within(some: Sequence[Actor], others: Sequence[Actor]) -> bool:
    """Whether every state of ``some`` is among ``others``."""
    return {a.code for a in some} <= {a.code for a in others}
