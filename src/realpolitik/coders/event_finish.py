"""Party finishing (:class:`PartyFinisher`): :meth:`~PartyFinisher.finish_parties`
applies the type rules that need both the actors and the recipients (reciprocity,
domestic actions, place recipients, the agent checks) before a draft is kept with
:meth:`~PartyFinisher.add`; and the tests it uses on subjects and objects (agent-like,
violent context, disaster, forces, police, a state, ownerless objects).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .. import ontology
from ..models import Actor
from . import event_clauses as clauses
from .event_actors import conjuncts, unique
from .event_drafts import (
    DOMESTIC_GRANTS,
    DOMESTIC_MODES,
    HOME_MODES,
    LOCATIVE_TYPES,
    POLICE_WORDS,
    Draft,
)
from .event_sides import SideFinder

if TYPE_CHECKING:
    from spacy.tokens import Token

# Places of work where an explosion of no stated cause is an accident, not an attack.
WORKPLACES = frozenset({"plant", "refinery", "mine", "pit", "factory", "workshop", "warehouse"})
# Where a state holds its own prisoners: one freed "from jail" is released by that state.
PRISONS = frozenset({"jail", "prison", "custody", "detention", "arrest", "gaol"})


@dataclass(slots=True)
class Finishing:
    """A draft as :meth:`PartyFinisher.finish_parties` finishes it: the pattern's flags
    (a reciprocal reading can be given up), the head and theme, the subject (a fire that
    is an attack's own is no subject), the clause verb, and whether the verb names a
    topic ("discussed Russia's violation")."""

    draft: Draft
    flags: frozenset[str]
    head: Token
    theme: Token | None
    subject: Token | None
    clause: Token
    topic: bool = False


class PartyFinisher(SideFinder):
    """Completes and checks a draft's actors and recipients, and keeps the draft."""

    def _mention_in(self, actor: Actor, heads: set[int]) -> bool:
        """Whether ``actor`` is named inside the phrase of one of the tokens ``heads``."""
        return any(
            t.idx <= actor.start < t.idx + len(t.text)
            for h in heads
            for t in self.sent.doc[h].subtree
        )

    @staticmethod
    def _distinct_parties(actor: Actor, met: list[Actor]) -> bool:
        """Whether a meeting of one state's actors has two sides: the governors and the
        vice president, the prime minister and the opposition leader (a domestic
        meeting), not one name met twice (the same test as :meth:`Draft.two_parties`)."""
        own = actor.person or actor.text.lower()
        return all((a.person or a.text.lower()) != own for a in met)

    def is_agent_like(self, token: Token | None) -> bool:
        """Whether a subject can act: a name, a pronoun, a person, a government or
        forces, or a phrase built on one ("Israeli army bulldozers"). Possessives do
        not count: "his strategy" does not act."""
        if token is None:
            return False
        if self.r.is_pronoun(token):
            return self.r.one(token) is not None or token.lower_ in (
                "he",
                "she",
                "they",
                "we",
                "it",
            )
        classes = self.g.classes
        people = self.g["person_nouns"]
        if token.lemma_.lower() in self.g["collection_nouns"]:
            # "a series of car bombings killed ...": what the series is of acts
            return any(self.is_agent_like(p) for p in self.prep_objects(token, frozenset({"of"})))
        for word in (token, *(c for c in token.children if c.dep_ in ("compound", "amod"))):
            if word.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or word.pos_ == "PROPN":
                return True
            lemma = word.lemma_.lower()
            if (
                lemma in classes["agents"]
                or lemma in classes["troops"]
                or lemma in classes["officials"]
                or lemma in classes["violence"]
                or lemma in people
                or word.lower_ in classes["agents"]
            ):
                return True
        return False

    def _fought_between(self, head: Token) -> bool:
        """Whether the subject of ``head`` is a fight "between" sides ("battles between
        insurgents and US forces killed 27 people"): the dead may be of either side, so
        the place names no victims."""
        return any(
            c.dep_ in ("nsubj", "nsubjpass")
            and any(p.dep_ == "prep" and p.lower_ == "between" for p in c.children)
            for c in head.children
        )

    def violent_context(self, verb: Token, forces: bool = True) -> bool:
        """Whether an attack with no named attacker names its means ("in a car bomb")
        or, with ``forces``, harms soldiers or police, and no disaster or accident ("in a
        helicopter crash") is named instead."""
        words = self.g.classes["violence"]
        accidents = self.g.classes["accident"]
        stack = [
            c
            for v in (verb, *verb.conjuncts)  # "were killed and others injured in a blast"
            for c in v.children
            if c.dep_ in ("prep", "agent", "nsubj", "advcl")
            # "killed and several injured in an explosion", "injured" read as a participle
            # on "several"
            or (c.dep_ == "acl" and v.pos_ != "VERB")
        ]
        if verb.dep_ in ("advcl", "conj") and not clauses.has_subject(verb):
            # "a car bomb exploded ..., killing 11 Iraqis": the main clause's subject
            stack.extend(c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        if clauses.misparsed_main_verb(verb):
            stack.append(verb.head)  # "A rocket attack killed ...", the attack its subject
        if verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children
        ):
            stack.append(verb.head)  # "the attack that killed eight people": the attack
        seen = 0
        violent = blaze = False
        while stack and seen < 40:
            token = stack.pop()
            seen += 1
            lemma = token.lemma_.lower()
            if lemma in ("fire", "attack") and token.head.lower_ == "under":
                violent = True  # "when their convoy came under fire"
                continue
            if self.is_disaster(token) and lemma not in ("fire", "blaze"):
                return False  # a fire is no attack of itself, nor proof of none (arson)
            blaze = blaze or self.is_disaster(token)
            if lemma in words and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in accidents
                for c in token.children
            ):
                return False  # "a gas explosion": an accident
            if (
                lemma in ("explosion", "blast")
                # "a bomb blast at a factory" is an attack
                and not any(c.lemma_.lower() in words for c in token.children)
                and any(
                    w.lemma_.lower() in accidents or w.lemma_.lower() in WORKPLACES
                    for p in self.prep_objects(token, frozenset({"at", "in", "inside"}))
                    for w in p.subtree
                )
            ):
                return False  # "an explosion at a power plant": an accident
            if lemma == "explosion" and self._explosion_accident(token):
                # "killed in an explosion that leveled an apartment building. Firefighters
                # are investigating whether a gas leak is to blame"
                return False
            violent = violent or lemma in words
            stack.extend(token.children)
        # police killed "in a fire" with no weapon named died in the blaze
        return violent or (forces and not blaze and self._forces_harmed(verb))

    def _forces_harmed(self, verb: Token) -> bool:
        """Whether those killed or wounded are soldiers or police ("Two American soldiers
        were killed on Thursday"): harm to forces is an attack unless the sentence names an
        accident or a disaster (see :meth:`violent_context`)."""
        troops = self.g.classes["troops"]
        return any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in troops
            for v in (verb, *verb.conjuncts)
            for c in v.children
        )

    def _press_partner(self, head: Token, draft: Draft) -> bool:
        """Whether the one talked with is the press (a news agency, a broadcaster,
        reporters), so the talk is no meeting of parties; its state, if the table gives it
        one, is no recipient."""
        press = self.g["press"]
        partners = self.prep_objects(head, frozenset({"with", "to"}))
        partners += [  # "discussed the drill with Reuters", the phrase on the topic
            p
            for c in head.children
            if c.dep_ == "dobj"
            for p in self.prep_objects(c, frozenset({"with"}))
        ]
        if not any(p.lower_ in press or p.lemma_.lower() in press for p in partners):
            return False
        return all(a.sector == "MED" for a in draft.recipients)

    def _legal_accuser(self, subject: Token | None, actors: list[Actor]) -> bool:
        """Whether an accuser brings charges: prosecutors, police, a court, the
        authorities or a justice ministry, by the words of its phrase or the sector of its
        actors."""
        if actors and all(a.sector in ("JUD", "COP") for a in actors):
            return True
        if subject is None:
            return False
        words = {
            subject.lemma_.lower(),
            *(c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod")),
        }
        legal = set(self.g["state_organs"]) - {"lawmaker", "legislator"}
        return bool(words & (legal | POLICE_WORDS | {"jury", "tribunal"}))

    def _explosion_accident(self, explosion: Token) -> bool:
        """Whether the sentence of an explosion, or the next, names an accident as its
        cause ("a gas leak is to blame"), and no weapon or attacker in its own phrase makes
        it an attack."""
        words = self.g.classes["violence"]
        if any(t.lemma_.lower() in words for t in explosion.subtree if t.i != explosion.i):
            return False  # "an explosion from a car bomb"
        if explosion.head.lemma_.lower() in ("set", "detonate", "trigger"):
            return False  # "an explosion was set off outside the embassy"
        accidents = self.g.classes["accident"]
        sent = explosion.sent
        told = [*sent]
        if sent.end < len(explosion.doc):
            told.extend(explosion.doc[sent.end].sent)  # and the next sentence
        return any(
            t.lemma_.lower() in accidents
            and t.pos_ in ("NOUN", "PROPN")
            and not (t.i > 0 and t.doc[t.i - 1].lower_ == "tear")  # "tear gas"
            for t in told
        )

    def _own_people(self, head: Token) -> bool:
        """Whether the one addressed is the subject's own people: an object ("asked
        their members") or "on"/"to"/"for" phrase ("called on his supporters") that is
        a person or group noun owned by a possessive pronoun."""
        words = self.g["person_nouns"] | self.g["domestic_nouns"] | self.g["followers"]
        addressed = [c for c in head.children if c.dep_ == "dobj"]
        # "called for his followers across Iraq to end fighting": those asked to act
        addressed += self.prep_objects(head, frozenset({"on", "to", "for"}))
        return any(
            (
                t.lemma_.lower() in words
                and t.lemma_.lower() not in self.g["opponents"]  # "blamed his critics"
                and any(
                    c.dep_ == "poss" and c.lower_ in ("their", "its", "his", "her")
                    for c in t.children
                )
            )
            # "asked followers to mount an attack": followers are one's own, named or not
            or (t.lemma_.lower() in self.g["followers"] and t.n_lefts + t.n_rights == 0)
            for t in addressed
        )

    def is_disaster(self, token: Token) -> bool:
        """Whether ``token`` names a disaster or accident ("a fire", "a helicopter crash");
        "Israeli tank fire" and "mortar fire" are gunfire, not a blaze."""
        lemma = token.lemma_.lower()
        if lemma not in self.g.classes["disasters"]:
            return False
        if lemma != "fire":
            return True
        return not any(
            c.dep_ in ("compound", "amod", "nmod")
            and (
                c.ent_type_ in ("NORP", "GPE")
                or c.lemma_.lower() in self.g.classes["violence"]
                or c.lemma_.lower() in self.g.classes["gunfire_sources"]
            )
            for c in token.children
        )

    def _one_state_at_war(self, sides: list[Actor]) -> bool:
        """Two armed sides of one state fighting each other: "Colombian troops battled
        FARC guerrillas" is one ASSAULT of Colombia with no recipient (CONVENTIONS A4:
        two sides fighting with no named attacker)."""
        armed = [a for a in sides if a.sector in ("MIL", "REB", "COP")]
        return any(
            self._distinct_parties(a, [b]) for i, a in enumerate(armed) for b in armed[i + 1 :]
        )

    def _subject_sides(self, subject: Token | None) -> list[Actor]:
        """The actor of each conjunct of a subject, one per side: "Georgian troops and
        Abkhaz rebels clashed" names two sides that share one code."""
        if subject is None:
            return []
        return [a for t in conjuncts(subject) if (a := self.r.one(t)) is not None]

    def _forces_and_rebels(self, head: Token, subject: Token | None, code: str) -> bool:
        """A state's forces and rebels fighting in that state, the rebels of no stated
        state: "Sudanese troops and rebels clashed near Nyala", "government forces clashed
        with rebels in Darfur" (not "U.S. forces battled insurgents in Baqouba")."""
        placed = {a.code for a in self.place_recipients(head, None)}
        if not placed and (place := self.r.sentence_place(head)) is not None:
            placed = {place.code}
        if placed != {code}:
            return False
        fighters = list(conjuncts(subject)) if subject is not None else []
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "between", "against"):
                fighters.extend(t for p in prep.children if p.dep_ == "pobj" for t in conjuncts(p))
        return any(self._rebels(t) for t in fighters) and any(
            self._forces(t) and not self._rebels(t) for t in fighters
        )

    def add(self, draft: Draft) -> None:
        self.drafts.append(draft)
        self.by_anchor.setdefault(draft.anchor.i, draft)

    def add_finished(self, draft: Draft, head: Token, subject: Token | None) -> None:
        """Keep a draft of the clause passes once :meth:`finish_parties` accepts it."""
        finished = self.finish_parties(draft, frozenset(), head, None, subject)
        if finished is not None:
            self.add(finished)

    def finish_parties(
        self,
        draft: Draft,
        flags: frozenset[str],
        head: Token,
        theme: Token | None,
        subject: Token | None,
        clause: Token | None = None,
    ) -> Draft | None:
        """Apply the type rules that need both lists: reciprocity, domestic actions,
        place recipients, the target of a conditional threat, and the agent checks.
        ``clause`` is the verb of a noun event's clause ("held talks"). The stages run in
        order over one :class:`Finishing`; any of them can drop the draft (None)."""
        f = Finishing(draft, flags, head, theme, subject, clause or head)
        stages = (
            self._answered_sides,
            self._shared_sides,
            self._place_sides,
            self._armed_sides,
            self._aimed_sides,
            self._domestic_sides,
            self._own_side_recipients,
            self._agent_checks,
            self._last_checks,
            self._reach,
        )
        return draft if all(stage(f) for stage in stages) else None

    def _answered_sides(self, f: Finishing) -> bool:
        """The one answered or met: a refusal to meet, an answer to a request, a topic
        discussed (not met), the one a meeting or call names as its object."""
        draft, event, head = f.draft, f.draft.event, f.head
        theme, flags = f.theme, f.flags
        if "recip" in flags and event == "REJECT" and draft.rule.startswith("intent:"):
            # "said they would not meet with President Trump": the one not met is refused
            flags = flags - {"recip"}
            if not draft.recipients:
                # the partners, less the actor itself ("they" met with no one new)
                draft.recipients = [
                    a
                    for a in self.partners(head)
                    if all(self._distinct_parties(own, [a]) for own in draft.actors)
                ]
        if (
            "recip" in flags
            and event == "AGREE"
            and draft.recipients
            and any(
                p.lemma_.lower() in self.g["answerable"]
                for p in self.prep_objects(head, frozenset({"to"}))
            )
        ):
            # "Britain agreed to a US request": one answers the one who asked
            flags = flags - {"recip"}
        topic = head.lemma_.lower() in self.g["topic_verbs"]  # "discussed Russia's violation"
        if topic:
            objects = {c.i for c in head.children if c.dep_ == "dobj"}
            topical = [a for a in draft.recipients if self._mention_in(a, objects)]
            draft.recipients = [a for a in draft.recipients if a not in topical]
            met = [  # "discussed the treaty with his NATO counterparts", "with" misattached
                a
                for o in objects
                for t in self.sent.doc[o].subtree
                if t.dep_ == "prep" and t.lower_ == "with"
                for pobj in t.children
                if pobj.dep_ == "pobj"
                for a in self.r.many(pobj)
            ]
            if met and not draft.recipients and len(draft.actors) == 1:
                draft.recipients, flags = unique(met), flags - {"recip"}
        if (
            "recip" in flags
            and event == "CONSULT"
            and not topic
            and draft.actors
            and draft.recipients
            and any(c.dep_ == "dobj" and self.r.many(c) for c in head.children)
        ):
            # "Mattis met Pakistan's leaders", "telephoned his Russian counterpart": the
            # one who meets or calls is the actor, the one met the recipient
            flags = flags - {"recip"}
        if "recip" in flags and event in ("CONSULT", "AGREE") and len(draft.actors) == 1:
            met = self._with_partners(head, theme)
            if met and (
                {a.code for a in met} != {draft.actors[0].code}
                or self._distinct_parties(draft.actors[0], met)
            ):
                # "the militants began talks with the government and the UN": one side
                # named as the subject holds talks with the other (a coordinated subject,
                # "India and Pakistan held talks", stays one event of both)
                draft.recipients = met
                flags = flags - {"recip"}
        f.flags = flags
        f.topic = topic
        return True

    def _shared_sides(self, f: Finishing) -> bool:
        """A reciprocal event's sides merged into its actors ("India and Pakistan held
        talks"); False when the parser lost a side or a weak one-sided reading is left."""
        draft, event, head = f.draft, f.draft.event, f.head
        theme, flags, subject = f.theme, f.flags, f.subject
        topic = f.topic
        if "recip" in flags:
            named = bool(draft.actors)
            extra = self.partners(head)
            if theme is not None and theme.i != head.i:
                extra.extend(self.partners(theme))
            if event in ("CONSULT", "ASSAULT", "AGREE") and not topic:
                for child in head.children:
                    if child.dep_ == "dobj" and (theme is None or child.i != theme.i):
                        sides = self.r.many(child)
                        if not sides and event == "ASSAULT" and self._rebels(child):
                            # "US troops battled militiamen in Baghdad": rebels fight
                            # where the battle is (CONVENTIONS A3)
                            sides = self.place_recipients(head, None)
                        extra.extend(sides)
            sides = draft.actors + extra + draft.recipients
            draft.actors = unique(sides)
            draft.recipients = []
            if not named and len(draft.actors) < 2:
                return False  # "X and Y signed an accord with Z", X and Y lost by the parser
            if (
                len(draft.actors) == 1
                and event == "ASSAULT"
                and (
                    self._one_state_at_war(sides)
                    or self._one_state_at_war(self._subject_sides(subject))
                    or self._forces_and_rebels(head, subject, draft.actors[0].code)
                )
            ):
                draft.inside = True  # one state's armed sides fight: no other side to name
            elif event == "CONSULT" and self._members_meet(draft, head):
                draft.mode = "multilateral"  # "EU ministers held a meeting in Luxembourg"
            elif (
                event == "CONSULT"
                and len(draft.actors) == 1
                and (self._home_parties(subject) or self._home_parties(self._first_between(head)))
            ):
                # "Talks between the Sudanese government and Darfur rebels resumed"
                self._as_home_meeting(draft)
            elif len(draft.actors) < 2 and (event == "CONSULT" or "weak" in flags):
                draft.borrow = event == "CONSULT"
                if not draft.borrow:
                    return False
        return True

    def _first_between(self, noun: Token) -> Token | None:
        """The first side a meeting noun's "between" phrase names, or that of the verb it
        is the subject or object of ("talks have begun between X and Y")."""
        between = frozenset({"between"})
        first = next(iter(self.prep_objects(noun, between)), None)
        if first is None and noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
            first = next(iter(self.prep_objects(noun.head, between)), None)
        return first

    def _home_parties(self, subject: Token | None) -> bool:
        """Whether a subject coordinates two named parties of one state ("President
        Pervez Musharraf and Prime Minister Shaukat Aziz"): each conjunct names its own
        actor, by a name in its own words, and all of them take one code."""
        if subject is None or not subject.conjuncts:
            return False
        found: list[Actor] = []
        for part in (subject, *subject.conjuncts):
            named = any(
                w.pos_ == "PROPN" or w.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                for w in part.subtree
            )
            actors = self.r.many(part)
            if not named or len(actors) != 1:
                return False
            found.append(actors[0])
        return len({a.code for a in found}) == 1 and all(
            self._distinct_parties(a, found[:n]) for n, a in enumerate(found) if n
        )

    @staticmethod
    def _as_home_meeting(draft: Draft) -> None:
        """Mark a meeting of one state's parties: no other side to name."""
        draft.inside = True
        draft.notes.append("home-meeting")

    def _members_meet(self, draft: Draft, head: Token) -> bool:
        """Whether one intergovernmental body's members meet among themselves: "NATO
        foreign ministers met in Brussels", "the EU held a summit", "the UN Security
        Council met on Monday"; not a meeting "with" someone the text does not place, nor
        one person of the body ("the UN envoy met reporters")."""
        trigger = draft.anchor
        if trigger.lemma_.lower() not in self.g["member_meetings"]:
            return False
        partners = [
            c
            for t in (trigger, head)
            for c in t.children
            if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("with", "to"))
        ]
        return not partners and draft.one_body()

    def _place_sides(self, f: Finishing) -> bool:
        """The recipient of a locative event from its place, a target's owner, the
        dateline or the country a report is filed from; rebels take the country."""
        draft, event, head = f.draft, f.draft.event, f.head
        theme, clause, flags = f.theme, f.clause, f.flags
        subject = f.subject
        if event == "ASSAULT" and draft.recipients and not self._others_of_the_place(f):
            # "killed 11 people in Baghdad, including one American soldier": the ones
            # named among the dead are victims too
            named = [a for p in self._included_victims(head) for a in self.r.many(p)]
            draft.recipients = unique(draft.recipients + named)
        if (
            not draft.recipients
            # "investigated the riots in Gujarat": what is looked into happened there
            and (event in LOCATIVE_TYPES or (event, draft.mode) == ("ACCUSE", "investigate"))
            and "recip" not in flags
            and not (event == "ASSAULT" and not draft.actors and self._fought_between(head))
        ):
            draft.recipients = self.place_recipients(head, theme, event)
            if not draft.recipients and clause != head:
                draft.recipients = self.place_recipients(clause, None, event)
            if (
                not draft.recipients
                and head.dep_ == "advcl"
                and head.tag_ == "VBG"
                and head.lemma_.lower() in self.g["death_verbs"]
                and len({a.code for a in draft.actors}) <= 1  # not two sides' exchange
            ):
                # "blew himself up near a mosque in Kabul, killing 30 worshippers": the
                # deaths are where the blast was
                draft.recipients = self.place_recipients(head.head, None, event)
            if not draft.recipients and event == "ASSAULT":
                draft.recipients = self._target_owner(head)
            if (
                not draft.recipients
                and event == "ASSAULT"
                and not draft.actors
                and head.dep_ != "acl"
            ):
                # "A suicide attacker detonated a car bomb near a crowd ... in the city of
                # Kirkuk": no attacker named, the victims are the one state's the sentence
                # names as a place (CONVENTIONS A4)
                draft.recipients = [a for a in [self.r.sentence_place(head)] if a is not None]
                if not draft.recipients:
                    draft.recipients = self._dateline_victims()
                if not draft.recipients:
                    draft.recipients = self._previous_sentence_victims()
            if not draft.recipients and event == "ASSAULT" and draft.actors:
                draft.recipients = self._filed_from_abroad(draft)
            if draft.recipients:
                draft.confidence -= 0.05
                draft.notes.append("place")
                if event == "ASSAULT":
                    # "eleven people, including two US citizens, were killed when a truck
                    # bomb exploded in Kabul", the US citizens read as the place's victims
                    self._others_of_the_place(f)
                if event == "ASSAULT" and self._unnamed_dead(head):
                    # "bombs exploded near a US convoy in western Baghdad, killing 37
                    # people": the convoy's state, and the town's for the dead of no state
                    draft.recipients = unique(draft.recipients + self._town_state(head))
                if not draft.actors and self._rebels(subject):
                    # "Islamist rebels attacked a police patrol in northeastern Nigeria":
                    # rebels take the country they fight in (CONVENTIONS A3)
                    draft.actors = list(draft.recipients)
        return True

    def _unnamed_dead(self, head: Token) -> bool:
        """Whether a harm joined to ``head`` ("killing 37 people") counts people of no
        stated state."""
        return any(
            harm.dep_ in ("advcl", "conj")
            and harm.lemma_.lower() in self.g["death_verbs"]
            and obj.dep_ == "dobj"
            and obj.lemma_.lower() in ("people", "person", "civilian")
            and not self.r.many(obj)
            for harm in head.children
            for obj in harm.children
        )

    def _town_state(self, head: Token) -> list[Actor]:
        """The state of the first town or region a locative phrase under ``head`` names
        ("near a US convoy in western Baghdad" -> IRQ)."""
        preps = self.g["locative_preps"]
        for token in head.subtree:
            if token.dep_ == "pobj" and token.head.lower_ in preps:
                place = self.r.place_country(token)
                if place is not None:
                    return [place]
        return []

    def _others_of_the_place(self, f: Finishing) -> bool:
        """ "killing 12 people, including two Britons" in Kabul: when every recipient is
        named only as some of a count of victims, the others are of the place (CONVENTIONS
        A4, the victims' country); whether they were."""
        if not self._some_victims_named(f.draft, f.head):
            return False
        place = self._victims_place(f.head, f.theme)
        f.draft.recipients = unique(f.draft.recipients + place)
        return True

    def _some_victims_named(self, draft: Draft, head: Token) -> bool:
        """Whether every recipient is named only as some of a count of people ("killing
        at least 11 people, including an American soldier")."""
        spans = [
            (pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge))
            for pobj in self._included_victims(head)
        ]
        return bool(spans) and all(
            any(lo <= a.start < hi for lo, hi in spans) for a in draft.recipients
        )

    def _included_victims(self, head: Token) -> list[Token]:
        """The people named among a count of victims: the "including" phrase of the
        count, or of the verb when the parser hangs it there ("killed at least 11 people
        yesterday, including one American soldier"), or of a harm joined to the verb
        ("killing seven Iraqis and wounding 20 people, including two U.S. soldiers")."""
        verbs = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        holders: list[Token] = []
        for verb in verbs:
            counts = [
                obj
                for obj in verb.children
                if obj.dep_ in ("dobj", "nsubjpass")
                and obj.lemma_.lower() in ("people", "person", "civilian")
            ]
            if counts:
                holders += [*counts, verb]
        return [
            pobj
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ == "including"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]

    def _victims_place(self, head: Token, theme: Token | None) -> list[Actor]:
        """The state an attack's victims were in: the place of its verb, of the blast
        its harm follows ("exploded in a market in Kabul, killing 12 people") or that
        its harm was done "when" ("were killed when a bomb exploded in Kabul"), or the
        dateline's."""
        found = self.place_recipients(head, theme, "ASSAULT")
        if not found and head.dep_ == "advcl":
            found = self.place_recipients(head.head, None, "ASSAULT")
        if not found:
            found = self._subject_place(head)  # "two car bombs in Baghdad killed ..."
        for blast in (c for c in head.children if c.dep_ == "advcl"):
            if found:
                break
            if any(m.dep_ == "advmod" and m.lower_ == "when" for m in blast.children):
                # "were killed when a truck bomb exploded in downtown Kabul"
                found = self.place_recipients(blast, None, "ASSAULT")
        if not found:
            filed = self.r.dateline_state()
            lead = self.sent.start_char <= self.r.lead + 1  # the story's first sentence
            found = [filed] if filed is not None and lead else []
        return found

    def _subject_place(self, head: Token) -> list[Actor]:
        """The state of the place an attack's subject is told in ("two car bombs in
        Baghdad")."""
        for subject in (c for c in head.children if c.dep_ == "nsubj"):
            for pobj in self.prep_objects(subject, frozenset(self.g["locative_preps"])):
                place = self.r.place_country(pobj)
                if place is not None:
                    return [place]
        return []

    def _armed_sides(self, f: Finishing) -> bool:
        """The sides of an attack by rebels or forces at home, of forces abroad, of
        rebels fighting in a country, and a doer the sentence blames."""
        draft, event, head, theme, subject = f.draft, f.draft.event, f.head, f.theme, f.subject
        if not draft.recipients and event == "ASSAULT" and self._rebels(subject):
            self._domestic_victims(draft, head, theme)
        if (
            not draft.recipients
            and not draft.inside
            and event == "ASSAULT"
            and self._forces(subject)
        ):
            self._home_operation(draft, head)
        if not draft.recipients and event == "MOBILIZE" and draft.actors:
            self._forces_abroad(draft, head, theme)
        if (
            not draft.actors
            and event == "ASSAULT"
            and self._rebels(subject)
            and len({a.code for a in draft.recipients}) == 1
            and all(a.kind == "state" for a in draft.recipients)
            and all(self._named_as_place(a) for a in draft.recipients)
        ):
            # "Maoists launched an assault on a district headquarters in Nepal": rebels
            # take the country they fight in (CONVENTIONS A3), when the target is of it
            draft.actors = list(draft.recipients)
        if not draft.actors and event == "ASSAULT" and self._rebels(subject) and subject:
            # "Insurgents attacked US troops in Baghdad": rebels take the country they
            # fight in (CONVENTIONS A3), the one state the attack's place names
            # (the place, not a target's owner: "attacked US outposts near Kandahar")
            draft.actors = self._rebels_home(subject, head, theme)
            if draft.actors:
                draft.notes.append("rebels-home")
            elif (filed := self.r.dateline_state()) is not None and filed.code not in {
                a.code for a in draft.recipients
            }:
                # "BAGHDAD - An Islamic militant group that claimed to have kidnapped two
                # French journalists": rebels of no place named fight where the story is
                # filed from
                draft.actors = [filed]
                draft.notes.append("rebels-filed")
        if not draft.actors and event == "ASSAULT":
            blamed = self._blamed_doers(draft)
            if blamed:
                draft.actors = blamed
                draft.notes.append("blamed")
        return True

    def _aimed_sides(self, f: Finishing) -> bool:
        """The one whose act is a threat's or a pledge's condition, a severed tie's
        partner, and a protest's target and protesters."""
        draft, event, head, clause, subject = f.draft, f.draft.event, f.head, f.clause, f.subject
        if not draft.recipients and event in ("THREATEN", "AGREE", "REJECT"):
            # "threatened to strike unless Israel rescinded ...", "is prepared to halt
            # operations if rebels withdraw", "will not resume talks until the US ends its
            # hostile policy": the one whose act is the condition
            draft.recipients = self._condition_subject(clause)
            if event == "THREATEN":
                _unthreatened_self(draft)
        if not draft.recipients and event in ("THREATEN", "SANCTION") and draft.actors:
            draft.recipients = self._ties_partner(draft)
        if (
            not draft.recipients
            and event == "AGREE"
            and draft.actors
            # a plan announced ("will invest in South Korea", "will sell its holdings in
            # Spain") names a market or a place more often than a party
            and not draft.rule.startswith("intent:")
        ):
            draft.recipients = self._promised_party(head, draft.actors)
        if event == "PROTEST" and (not draft.recipients or "place" in draft.notes):
            # "began a hunger strike to protest against Sweden's decision", "in protest of
            # the Russian government's refusal": the target the protest is for, not the
            # town it was in ("rallied in Karachi to protest against the American strikes")
            target = self._protest_target(head) or self._protest_target(clause)
            if target:
                draft.recipients = target
                draft.notes = [n for n in draft.notes if n != "place"]
        if event == "PROTEST" and (not draft.recipients or "place" in draft.notes):
            # "rallied against the deployment of U.S. troops": the doer of the deed
            # protested, not the town the rally was in
            doers = self._deed_doers(head)
            if doers:
                draft.recipients = doers
                draft.notes = [n for n in draft.notes if n != "place"]
        if not draft.actors and event == "PROTEST":
            self._home_protesters(draft, subject)
        if not draft.actors and event == "PROTEST":
            self._protesters_at_home(draft, head, subject)
        if not draft.recipients and event == "PROTEST" and draft.actors:
            # A protest with no named target is against the protesters' own government.
            draft.recipients = list(draft.actors)
            draft.confidence -= 0.15
            draft.notes.append("home")
        return True

    def _promised_party(self, head: Token, actors: list[Actor]) -> list[Actor]:
        """The one other state or body a promise's deed names ("agreed on a new package
        of sanctions on North Korea", "is ready to contribute to a settlement of the
        conflict in Georgia"); none when it names two or more."""
        own = {a.code for a in actors}
        at = {t.idx: t for t in self.sent}
        named: dict[str, Actor] = {}
        for child in head.children:
            if child.dep_ not in ("xcomp", "dobj", "prep"):
                continue
            start = child.left_edge.idx
            end = child.right_edge.idx + len(child.right_edge)
            for actor in self.r.mentions_in(start, end):
                token = at.get(actor.start)
                if (
                    token is not None
                    and actor.kind in ("state", "igo")
                    and actor.code not in own
                    and not self._told_aside(token, child)
                ):
                    named.setdefault(actor.code, actor)
        return list(named.values()) if len(named) == 1 else []

    @staticmethod
    def _told_aside(token: Token, top: Token) -> bool:
        """Whether ``token`` stands in a clause or aside below ``top`` (a relative or
        joined clause, an apposition: "enrichment that Washington asserts ..."), which
        tells of something else than the deed."""
        while token.i != top.i and token.head.i != token.i:
            if token.dep_ in ("relcl", "acl", "appos", "conj", "advcl", "ccomp", "parataxis"):
                return True
            token = token.head
        return False

    def _domestic_sides(self, f: Finishing) -> bool:
        """CONVENTIONS A4: a state acting on people in its own courts, police or prisons
        codes them as its own; a passive court or police act is the state's where it
        happened."""
        draft, head = f.draft, f.head
        if not draft.recipients and draft.actors and self._acts_at_home(f):
            draft.recipients = list(draft.actors)
            draft.confidence -= 0.05
            draft.notes.append("domestic")
        if not draft.actors and f.subject is None and self._passive_legal_act(f):
            # "Three Russian police officers have been charged", "a US national was put
            # under investigation in Italy": the state's where it happened, else the
            # state's of its own people
            home = self._legal_home(head, draft.recipients)
            if home:
                draft.actors = home
                draft.confidence -= 0.05
                draft.notes.append("passive-home")
                if not draft.recipients and self.person_object(head):
                    # "BAGHDAD - Two men were arrested": people of no stated state held by
                    # a state's police are its own (CONVENTIONS A4, domestic action)
                    draft.recipients = list(home)
                    draft.notes.append("domestic")
        return True

    def _state_acts(self, f: Finishing) -> bool:
        """Whether the draft's act is one a state does to its own people: a release or
        execution by its forces, police or government; a charge brought in court, not
        words; an arrest by police, not by an army abroad."""
        draft, event, head, subject = f.draft, f.draft.event, f.head, f.subject
        return (
            (
                (event, draft.mode) not in (("RETREAT", "release"), ("ASSAULT", "execute"))
                # "Myanmar's junta released 300 political prisoners", "Iran hanged two men":
                # a state's own prisoners, not those of kidnappers or militants
                or (
                    subject is not None
                    and not self._rebels(subject)
                    and subject.lemma_.lower() not in self.g["armed_groups"]
                    and (self._forces(subject) or self._police(subject) or self._state(subject))
                )
            )
            and not (
                # "the White House has accused the women of lying": words, not a charge brought
                # in court; "accused by British prosecutors of inciting murder" is one
                event == "ACCUSE"
                and head.lemma_.lower() == "accuse"
                and not self._legal_accuser(subject, draft.actors)
            )
            and not (
                # "the U.S. military said it had captured a lieutenant": an army abroad is no
                # court, police or prison acting on its own people (CONVENTIONS A4)
                event == "COERCE"
                and draft.actors
                and all(a.sector == "MIL" for a in draft.actors)
                and not self._police(subject)
            )
        )

    def _acts_at_home(self, f: Finishing) -> bool:
        """Whether the actors act on their own people or at home: a court, police or
        prison act on people, a grant to people, a ban on an institution, a curfew, a
        restriction at home, police at work."""
        draft, event, head, theme, subject = f.draft, f.draft.event, f.head, f.theme, f.subject
        kind = (event, draft.mode)
        return (
            (kind in DOMESTIC_MODES and self._state_acts(f) and self.person_object(head))
            or (kind in DOMESTIC_GRANTS and self._state(subject) and self.person_object(head))
            or (
                event == "COERCE"
                and draft.mode in ("censor", "ban")
                and self._state(subject)
                and self._institution_object(head, theme)
            )
            or kind in HOME_MODES
            or (event in ("CONCEDE", "THREATEN") and self._home_restriction(head, theme))
            or (
                self._police(subject)
                and draft.mode != "deport"  # one deports foreigners, not one's own
                and (event in ("ASSAULT", "COERCE") or self.person_object(head))
            )
        )

    def _passive_legal_act(self, f: Finishing) -> bool:
        """Whether a draft with no actor is a passive court, police or prison act ("was
        charged", "were arrested"); not an execution or a capture, which captors and
        armies do as often, nor one told in a relative clause."""
        draft, head = f.draft, f.head
        kind = (draft.event, draft.mode)
        return (
            kind in DOMESTIC_MODES
            and (kind != ("RETREAT", "release") or self._from_prison(head))
            # "a hostage has been executed": by captors as often as by a state; "was
            # captured": by an army as often as by police
            and kind != ("ASSAULT", "execute")
            and head.lemma_.lower() != "capture"
            and clauses.subject_of(head, self.lex)[1]
            and not clauses.fate(head, self.lex).relative  # "a player who was detained"
        )

    def _own_side_recipients(self, f: Finishing) -> bool:
        """A recipient of the actor's own side or bargain: its own people, the captives
        rebels free, the captives' side captors bargain with, a host who invited."""
        draft, event, head, subject = f.draft, f.draft.event, f.head, f.subject
        if (
            not draft.recipients
            and len({a.code for a in draft.actors}) == 1
            and event in ("REQUEST", "ACCUSE", "SUPPORT", "CONSULT")
            and self._own_people(head)
        ):
            # "asked their rank-and-file members to vote against", "called on his
            # supporters": the speaker's own people (a domestic event)
            draft.recipients = list(draft.actors)
            draft.notes.append("own-people")
        if (
            not draft.recipients
            and (event, draft.mode) == ("RETREAT", "release")
            and self._rebels(subject)
            and len({a.code for a in draft.actors}) == 1
            and all(a.kind == "state" for a in draft.actors)
            and self._forces_object(head)
        ):
            # "Philippine communist rebels freed two soldiers they had held": soldiers of
            # no stated state held by rebels serve the state the rebels fight (CONVENTIONS A3)
            draft.recipients = [replace(a, sector="") for a in draft.actors]
            draft.notes.append("rebels-captives")
        if (
            not draft.recipients
            and event in ("REQUEST", "AGREE", "REJECT")
            and subject is not None
            and (captive := self.r.captive_of(subject)) is not None
        ):
            # "the Iraqi kidnappers of two French reporters demanded a $5 million ransom",
            # "militants holding three UN workers hostage offered to extend a deadline":
            # captors bargain with the captives' side
            draft.recipients = self.r.many(captive)
        if not draft.recipients and event in ("AGREE", "REJECT"):
            draft.recipients = self._invitation_host(head)
        return True

    def _agent_checks(self, f: Finishing) -> bool:
        """False when the subject is no agent (waves, a hurricane, a ship), forces help in
        the field, or a meeting names one party."""
        draft, event, head, flags, subject = f.draft, f.draft.event, f.head, f.flags, f.subject
        if (
            event == "THREATEN"
            and not draft.actors
            and subject is not None
            and not self.is_agent_like(subject)
        ):
            return False  # "a punch of waves and rain that threatened to swamp communities"
        if "weak" in flags:
            if (
                subject is not None
                and subject.lemma_.lower() in ("fire", "blaze")
                and self.violent_context(head)
            ):
                subject = None  # "destroyed by fire in an arson attack": the attack's fire
            if subject is not None and not self.is_agent_like(subject):
                return False
            if subject is not None and any(self.is_disaster(w) for w in subject.subtree):
                return False  # "Hurricane Ivan hit the Cayman Islands"
            if (
                subject is not None
                and subject.lemma_.lower() in self.g["vehicles"]
                and not any(w.lemma_.lower() in self.g.classes["violence"] for w in subject.subtree)
            ):
                return False  # "a South Korean cargo ship hits a breakwater": an accident
            if event == "ASSAULT" and not draft.actors and not self.violent_context(head):
                return False
            if (
                event == "ASSAULT"
                and not draft.actors
                and not self.violent_context(head, forces=False)
            ):
                draft.notes.append("forces-harmed")  # no means named: see code_events
        if (
            event == "SUPPORT"
            and subject is not None
            and self._armed_subject(subject)
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.g.classes["troops"]
                for c in head.children
            )
        ):
            return False  # "US forces supported Iraqi troops in raids": help in the field
        if event == "CONSULT" and self._press_partner(head, draft):
            return False  # "discussed the drill with Reuters", "spoke with CNN": the press
        if event == "CONSULT" and not (draft.borrow or draft.home_meeting() or draft.two_parties()):
            if self._members_meet(draft, head):
                draft.mode = "multilateral"
            elif len(draft.actors) == 1 and self._home_parties(subject):
                self._as_home_meeting(draft)  # "Musharraf and Aziz attended a meeting"
            elif draft.anchor.dep_ != "conj":
                return False
            else:
                draft.borrow = True
        f.subject = subject
        return True

    def _last_checks(self, f: Finishing) -> bool:
        """False for a pronoun resolved to its own subject, travel at home, or a missing
        required recipient; a pull-back at home has no other side."""
        draft, event, head, flags, subject = f.draft, f.draft.event, f.head, f.flags, f.subject
        if subject is not None and self.r.is_pronoun(subject):
            draft.confidence -= 0.1
        if (
            draft.recipients
            and {a.code for a in draft.recipients} == {a.code for a in draft.actors}
            and self._pronoun_object(head)
            and not {a.person for a in draft.recipients if a.person}
            - {a.person for a in draft.actors}
        ):
            # "he would welcome him": a pronoun resolved to its own subject; "Republicans
            # asked him (the FBI's deputy director) to discuss" names another party
            return False
        if (
            event == "CONSULT"
            and draft.mode == "visit"
            and "place" in flags
            and {a.code for a in draft.recipients} == {a.code for a in draft.actors}
        ):
            return False  # "Trump arrived in Hawaii": travel at home is no visit
        if (
            (event, draft.mode) == ("RETREAT", "withdraw")
            and draft.recipients
            and {a.code for a in draft.recipients} == {a.code for a in draft.actors}
        ):
            # "their forces had completed their withdrawal from the Bosnian town of
            # Gorazde": a pull-back inside one's own state has no other side
            draft.recipients = []
            draft.inside = True
        if draft.mode == "third-party":
            # "the US brokered a cease-fire between X and Washington's ...": the mediator
            # is not one of the sides
            own = {a.code for a in draft.actors}
            draft.recipients = [a for a in draft.recipients if a.code not in own]
        if "abroad" in flags and (
            not draft.actors
            or not draft.recipients
            or {a.code for a in draft.actors} & {a.code for a in draft.recipients}
        ):
            # "Kushner sold his interest to a family trust", "Chinese shrimp are sold at low
            # prices": a sale between named sides of two states is trade, any other is none
            return False
        if event == "AID" and not draft.actors:
            # "an Australian man bled to death after he was rescued from the jaws of a
            # shark": aid with no giver named is no act between sides
            return False
        if (
            event == "AID"
            and draft.mode != "military"
            and draft.actors
            and all(a.kind == "org" and a.sector in ("BUS", "PTY") for a in draft.actors)
        ):
            # "Deutsche Bank has lent the Trump Organization hundreds of millions", "the
            # Republican Party resumed contributing funding": a firm's loan, a party's
            # money, is business or politics, not aid between states
            return False
        if (
            event == "AGREE"
            and draft.actors
            and all(a.kind == "org" and a.sector == "BUS" for a in draft.actors)
            and {a.code for a in draft.recipients} <= {a.code for a in draft.actors}
            and all(a.sector == "BUS" for a in draft.recipients)
        ):
            # "Farallon Resources agreed to sell $20 million of stock to investors",
            # "Microsoft and Polycom struck an agreement": a firm's deal at home or with no
            # other state is business, no political interaction (CONVENTIONS A1); one with
            # a regulator of its state stays ("agreed to a settlement with the SEC")
            return False
        # CONVENTIONS A3: COOPERATE, AID and SANCTION need a recipient
        return bool(
            draft.recipients or not ontology.event_type(event).requires_recipient or draft.joint()
        )

    def _reach(self, f: Finishing) -> bool:
        """Mark what the record names by nature: reciprocity, one state's sides, an
        appeal to all, a pledge about one's own conduct, an ownerless object."""
        draft, event, head = f.draft, f.draft.event, f.head
        theme, flags, subject = f.theme, f.flags, f.subject
        draft.reciprocal = "recip" in flags or (
            (event == "AGREE" or "mutual" in flags) and len(draft.actors) > 1
        )
        if draft.reciprocal and len(draft.actors) == 1 and self._two_sides(subject):
            # "Republican and Democratic U.S. senators agreed on sanctions": an accord among
            # one state's parties has no other side to name
            draft.inside = True
        own = {a.code for a in draft.actors}
        if (
            event == "REQUEST"
            and len(own) == 1
            and len({a.code for a in draft.recipients}) > 1
            and all(a.kind in ("state", "person") and a.sector in ("", "GOV") for a in draft.actors)
        ):
            # "Putin called upon India and Russia to work together": a state's (or its
            # leader's) call on others and itself together is made to the others; a group
            # of the state may still call on its own government
            draft.recipients = [a for a in draft.recipients if a.code not in own]
        if (
            not draft.recipients
            and event in ("REQUEST", "ACCUSE", "SUPPORT", "REJECT")
            and self._world_addressed(head)
        ):
            # "urged the international community to help", "accused the West of cultural
            # imperialism": words to all have no other side to name (CONVENTIONS A3: the
            # recipient may be empty)
            draft.inside = True
        if not draft.recipients and event in ("AGREE", "REJECT") and self._own_objects(head):
            # "Iran agreed to suspend its enrichment programme": a pledge about one's own
            # conduct has no other side to name
            draft.inside = True
        if (
            not draft.recipients
            and event == "CONCEDE"
            and any(c.dep_ == "dobj" and self._arms_programme(c) for c in head.children)
        ):
            draft.inside = True  # "Iran froze uranium enrichment": its own arms work
        if not draft.recipients:
            draft.ownerless = self._ownerless_objects(head, theme) and (
                event != "REQUEST" or self._thing_requested(head, draft)
            )
            draft.person = self._unplaced_person(head, event, theme)
        return True

    def _world_addressed(self, head: Token) -> bool:
        """Whether words are addressed to the world at large: "urged the international
        community", "called on the world community", "appealed to world leaders", "urging a
        divided world to unite", "accused the West"."""
        addressees = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        addressees += self.prep_objects(head, frozenset({"on", "upon", "to"}))
        for noun in addressees:
            lemma = noun.lemma_.lower()
            if (
                lemma == "world"
                or (lemma == "west" and noun.i > 0 and noun.nbor(-1).lower_ == "the")
                or (
                    lemma in ("community", "leader")
                    and any(c.lower_ in ("international", "world", "global") for c in noun.children)
                )
            ):
                return True  # "the international community", "world leaders"
            if (
                lemma in self.g["states_at_large"]
                and noun.tag_ == "NNS"
                and not self.r.many(noun)
                and not any(w.pos_ == "PROPN" for w in noun.subtree)
            ):
                return True  # "urged all countries", "called on wealthy nations"
        return False

    def _two_sides(self, subject: Token | None) -> bool:
        """Whether the subject coordinates two parties ("Republicans and Democrats",
        "Republican and Democratic senators", "they" standing for them)."""
        if subject is not None and self.r.is_pronoun(subject):
            subject = self._antecedent_token(subject)
        if subject is None:
            return False
        return (
            bool(subject.conjuncts)
            or any(c.dep_ in ("amod", "compound") and c.conjuncts for c in subject.children)
            # "Republicans in the Senate and House of Representatives"
            or any(p.conjuncts for p in self.prep_objects(subject, frozenset({"in", "from"})))
        )

    def _own_objects(self, head: Token) -> bool:
        """Whether the objects of a pledge's infinitive are the pledger's own things, owned
        by a possessive pronoun and naming no one else: "agreed to suspend its uranium
        enrichment programme", "pledged to cut their troops"; or its own arms programmes,
        which no one else runs: "agreed to suspend uranium enrichment"."""
        objects = [
            c for x in head.children if x.dep_ == "xcomp" for c in x.children if c.dep_ == "dobj"
        ]
        if not objects:
            return False
        if self._arms_programme(objects[0]):
            return True
        for obj in objects:
            owners = [c for c in obj.children if c.dep_ == "poss"]
            if (
                obj.pos_ != "NOUN"
                or len(owners) != 1
                or owners[0].lower_ not in ("its", "their")
                or any(
                    w.pos_ == "PROPN" or w.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
                    for w in obj.subtree
                )
            ):
                return False
        return True

    def _arms_programme(self, obj: Token) -> bool:
        """Whether ``obj`` is a state's own arms work: "uranium enrichment", "nuclear
        activities", "missile tests" (see ``arms_programmes`` in grammar.toml)."""
        g = self.g
        lemma = obj.lemma_.lower()
        return lemma in g.classes["arms_work"] or (
            lemma in g["arms_programmes"]
            and any(
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in g["arms_work_marks"]
                for c in obj.children
            )
        )

    @staticmethod
    def _ownerless_objects(head: Token, theme: Token | None) -> bool:
        """Whether the event's objects (its direct objects, the thing it acts with, the object
        of its infinitive: "promised to release prisoners") are common nouns that name no
        actor: no proper name, named entity, pronoun or possessive anywhere in them."""
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        if theme is not None:
            objects.append(theme)
        if not objects:  # "agreed to a peace plan", "agreed on a ceasefire"
            objects = [
                p
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ in ("to", "on")
                for p in prep.children
                if p.dep_ == "pobj"
            ]
        for xcomp in (c for c in head.children if c.dep_ == "xcomp"):
            objects.extend(c for c in xcomp.children if c.dep_ == "dobj")
        if not objects:
            return False

        def owners(obj: Token) -> list[Token]:
            # the noun, its modifiers and its "of/by/from" phrases ("the demand of Iran");
            # not a place or purpose phrase ("a plan for the region of Darfur")
            words = [obj]
            for c in obj.children:
                owner_prep = c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
                if owner_prep or c.dep_ in ("poss", "compound", "amod", "nmod", "det", "appos"):
                    words.extend(c.subtree)
            return words

        return all(
            obj.pos_ == "NOUN"
            and not any(
                w.pos_ in ("PROPN", "PRON")
                or w.dep_ == "poss"
                or w.ent_type_ in ("GPE", "ORG", "NORP", "PERSON", "LOC", "FAC")
                for w in owners(obj)
            )
            for obj in objects
        )

    def _thing_requested(self, head: Token, draft: Draft) -> bool:
        """Whether a request its own subject makes asks for a thing of no one named
        ("called for changes in the chamber's procedures", "demanded immediate
        elections"), not of people it names as a noun ("demanded parties to the conflict
        to allow ...", "piled pressure on Washington's allies") or of a side it is to be
        had with ("a truce with Moslem forces")."""
        found, _, passive = self.subject_actors(head)
        if (
            passive
            or (head.dep_ == "acl" and head.tag_ == "VBG")
            or not found
            or {a.code for a in found} != {a.code for a in draft.actors}
        ):
            return False  # "a resolution demanding ...", an actor found elsewhere
        infinitive = any(c.dep_ == "xcomp" for c in head.children)
        for child in head.children:
            if child.dep_ in ("dobj", "dative") and (infinitive or self.is_agent_like(child)):
                return False  # "urged donors to help": the one urged is no thing asked
            if child.dep_ == "dobj" and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in child.children
            ):
                return False
        addressed = self.prep_objects(head, frozenset({"on", "upon", "to"}))
        for obj in (c for c in head.children if c.dep_ == "dobj"):
            addressed += self.prep_objects(obj, frozenset({"on", "upon"}))
        # "called on Wednesday for ...": a date is no one called on
        return all(p.ent_type_ in ("DATE", "TIME") for p in addressed)

    def _home_restriction(self, head: Token, theme: Token | None) -> bool:
        """A curfew, state of emergency or martial law: imposed or lifted at home."""
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        if theme is not None:
            objects.append(theme)
        words = {w.lemma_.lower() for o in objects for w in o.subtree}
        return bool(words & {"curfew", "emergency", "martial"})

    def _blamed_doers(self, draft: Draft) -> list[Actor]:
        """Who an attack of no named attacker is "blamed on" in its own clause ("in two
        attacks Sunday blamed on Kurdish rebels"): that actor, or rebels of no stated
        state taking the one state the victims belong to (CONVENTIONS A3)."""
        violence = self.g.classes["violence"]
        for verb in self.sent:
            if not (
                verb.lemma_.lower() == "blame"
                and verb.dep_ == "acl"
                and verb.tag_ == "VBN"
                and verb.head.lemma_.lower() in violence
            ):
                continue
            if not self._in_clause_of(verb.head, draft.anchor):
                # "a bomb exploded outside a bar in southern Thailand, the scene of a
                # campaign of violence blamed on separatists": the violence blamed is the
                # place's past, not this attack
                continue
            for doer in self.prep_objects(verb, frozenset({"on"})):
                found = self.r.many(doer)
                if found:
                    return found
                home = {a.code for a in draft.recipients if a.kind == "state"}
                if self._rebels(doer) and len(home) == 1:
                    state = next(a for a in draft.recipients if a.kind == "state")
                    end = doer.idx + len(doer)
                    return [replace(state, text=doer.text, start=doer.idx, end=end, sector="REB")]
        return []

    def _forces_object(self, head: Token) -> bool:
        """Whether ``head`` acts on soldiers or policemen ("freed two soldiers")."""
        forces = self.g.classes["troops"] | POLICE_WORDS
        return any(c.dep_ == "dobj" and c.lemma_.lower() in forces for c in head.children)

    @staticmethod
    def _in_clause_of(token: Token, anchor: Token) -> bool:
        """Whether ``token`` is ``anchor`` or hangs below it with no apposition or
        noun clause in between ("killed in an attack blamed on rebels", not "exploded in
        Thailand, the scene of violence blamed on rebels")."""
        while token != anchor:
            if token.dep_ in ("appos", "acl", "relcl") or token.head == token:
                return False
            token = token.head
        return True

    def _from_prison(self, head: Token) -> bool:
        """A release "from jail", "from prison", "from house arrest": a state's own
        prisoner freed, not a hostage."""
        return any(
            w.lemma_.lower() in PRISONS
            for p in self.prep_objects(head, frozenset({"from"}))
            for w in p.subtree
        )

    def _forces(self, subject: Token | None) -> bool:
        """Troops, police or a government, who block roads as coercion, not protest."""
        if subject is None:
            return False
        lemma = subject.lemma_.lower()
        return (
            lemma in self.g.classes["troops"]
            or lemma in POLICE_WORDS
            or lemma in ("government", "authority", "army", "military")
            or subject.ent_type_ == "GPE"
        )

    def _state(self, subject: Token | None) -> bool:
        """A state or its organs as subject: a named state, a government, a court."""
        if subject is None:
            return False
        actor = self.r.one(subject)
        if actor is not None and actor.kind == "state" and not actor.person:
            return True
        return self._forces(subject) or subject.lemma_.lower() in self.g.classes["agents"]

    def _institution_object(self, head: Token, theme: Token | None) -> bool:
        """A newspaper, party or group acted on ("ordered La Prensa to suspend ...")."""
        classes = self.g.classes
        for obj in [*self._objects(head, ""), *([theme] if theme is not None else [])]:
            words = {obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children)}
            if words & (classes["media"] | classes["organisations"]) and not self.r.many(obj):
                return True
        return False

    def _police(self, subject: Token | None) -> bool:
        if subject is not None and subject.lower_ == "they":
            # "police acted in self-defense when they killed three farmers"
            subject = self._antecedent_token(subject)
        if subject is None:
            return False
        words = {
            subject.lemma_.lower(),
            *(c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod")),
        }
        return bool(words & POLICE_WORDS)

    @staticmethod
    def _pronoun_object(head: Token) -> bool:
        return any(c.dep_ in ("dobj", "dative") and c.pos_ == "PRON" for c in head.children)


def _unthreatened_self(draft: Draft) -> None:
    """A threat does not threaten the very words that make it: "Abe said Tokyo would
    shoot down missiles" has Tokyo as actor, not also as its own target."""
    own = {(a.start, a.end) for a in draft.actors}
    draft.recipients = [a for a in draft.recipients if (a.start, a.end) not in own]
