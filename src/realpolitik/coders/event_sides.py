"""Sides a trigger's own phrases do not name (:class:`SideFinder`), found for
:meth:`~event_finish.PartyFinisher.finish_parties`: the home state of a passive court
or police act, of rebels, of forces striking at home, of protesters (CONVENTIONS A3,
A4); the state forces are sent into; the place an attack was filed from; the target of
a protest, of a conditional threat, the owner of an attack's target; the other side of
ties; the host of an invitation; an unplaced person where the recipient would be.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.gazetteer import neighbours
from ..models import Actor
from . import event_clauses as clauses
from .event_actors import conjuncts, foreign
from .event_drafts import (
    FRIENDLY_AIMS,
    JUDGEMENTS,
    TIME_PREPS,
    Draft,
)
from .event_parties import PartyReader

if TYPE_CHECKING:
    from spacy.tokens import Token

# Sectors of a speaker that tells of its own arrests and charges: police, courts, the army.
LEGAL_AUTHORITY_SECTORS = frozenset({"COP", "JUD", "MIL"})
# Words for such an authority when a place, not a title, gives its state ("Basra police").
LEGAL_AUTHORITY_NOUNS = frozenset({"police", "policeman", "court", "prosecutor", "judge"})


class SideFinder(PartyReader):
    """Finds the sides of an event that its trigger's phrases leave unnamed."""

    def _protest_target(self, head: Token) -> list[Actor]:
        """Whom a protest is aimed at, read from its purpose: "to protest against Sweden's
        decision", "to demand the resignation of Algerian President X", "in protest of
        the Russian government's refusal"."""
        for child in head.children:
            if (
                child.dep_ in ("xcomp", "advcl")
                and child.lemma_.lower() in self.g["protest_aims"]
                and child.lemma_.lower() not in FRIENDLY_AIMS
            ):
                kind = "REQUEST" if child.lemma_.lower() in self.g["request_verbs"] else "ACCUSE"
                found = self.recipients_from(child, kind, None)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ == "in":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() == "protest":
                        found = self.recipients_from(pobj, "ACCUSE", None)
                        if found:
                            return found
        return []

    @staticmethod
    def _soldiers_state(recipients: list[Actor]) -> list[Actor]:
        """The state of soldiers of one state, whose military courts try them; empty
        when the recipients are not all soldiers of one state."""
        if len({a.code for a in recipients}) != 1 or any(a.sector != "MIL" for a in recipients):
            return []
        return [replace(recipients[0], sector="", kind="state", person="", role="")]

    def _legal_home(self, head: Token, recipients: list[Actor]) -> list[Actor]:
        """The state a passive court or police act with no agent belongs to: the state of
        the place it happened in, else of the story's dateline, else of the authority that
        tells of it, else, for people of no stated state, the one state the sentence is
        in, else the state of soldiers sentenced, convicted or charged (its military
        courts), else the one state of people acted on (not a state or body itself) when
        the sentence names no other."""
        place = [a for a in self.place_recipients(head, None, own=True) if a.kind == "state"]
        if place:
            return place[:1]
        dateline = self.r.dateline_state()
        if dateline is not None:
            return [dateline]
        authority = [
            a
            for speaker in self._speakers(head)
            for a in self.r.many(speaker)
            if a.kind == "state"
            and (
                a.sector in LEGAL_AUTHORITY_SECTORS
                or speaker.lemma_.lower() in LEGAL_AUTHORITY_NOUNS
            )
        ]
        if len({a.code for a in authority}) == 1:
            # "Four soldiers are charged with murder, the US army says": the police, court
            # or army that tells of its own act
            return authority[:1]
        where = self.r.sentence_place(head) if not recipients else None
        if where is not None and where.kind == "state":
            # "Four men are arrested over the suicide bomb attack on the Australian embassy
            # in Jakarta, police say": people of no stated state, the one state the
            # sentence is in
            return [where]
        codes = {a.code for a in recipients}
        soldiers = self._soldiers_state(recipients)
        if soldiers and head.lemma_.lower() in self.g["military_justice_verbs"]:
            # "A US military intelligence soldier in Iraq has been sentenced to 8 months":
            # soldiers are tried by their own state's military courts
            return soldiers
        speakers = self._speaker_spans(head)
        named = {
            a.code
            for a in self.r.mentions_in(self.sent.start_char, self.sent.end_char)
            if a.kind == "state" and not any(lo <= a.start < hi for lo, hi in speakers)
        }
        if (
            len(codes) == 1
            # "the British leader of mercenaries who plotted a coup in Equatorial Guinea
            # has been sentenced": tried where the plot was, not at home
            and named <= codes
            # a person named counts too ("Myanmar's prime minister was placed under house
            # arrest"), save one merely accused, often by private people
            and all(
                (a.kind == "state" or (a.kind == "person" and head.lemma_.lower() != "accuse"))
                and a.sector
                for a in recipients
            )
        ):
            return [replace(recipients[0], sector="")]
        return []

    def _speaker_spans(self, head: Token) -> list[tuple[int, int]]:
        """Character spans of the subjects of the speech verbs that report ``head`` ("...,
        a Thai government spokesman said"): who tells of a deed names no place of it."""
        return [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in self._speakers(head)
        ]

    def _speakers(self, head: Token) -> list[Token]:
        """The subjects of the speech verbs that report ``head``."""
        found = []
        clause = head
        for _ in range(6):
            if clause.dep_ not in ("ccomp", "conj") or clause.head == clause:
                break
            parent = clause.head
            if clause.dep_ == "ccomp" and parent.lemma_.lower() in self.g["assert_verbs"]:
                found += [c for c in parent.children if c.dep_ == "nsubj"]
            clause = parent
        return found

    def _named_as_place(self, actor: Actor) -> bool:
        """Whether ``actor`` is named in a place phrase of the sentence ("a district
        headquarters in Nepal's mountains"), not as the target's owner ("a US convoy")."""
        token = next((t for t in self.sent if t.idx == actor.start), None)
        locative = self.g["locative_preps"]
        if (
            token is not None
            and token.dep_ in ("compound", "amod", "poss", "nmod")
            and token.head.lemma_.lower() in self.g["owned_targets"]
        ):
            return False  # "attacked US outposts": the outposts' owner, not a place
        for _ in range(4):
            if token is None or token.head == token:
                return False
            token = token.head
            if token.dep_ == "prep" and token.lower_ in locative:
                return True
        return False

    def _filed_from_abroad(self, draft: Draft) -> list[Actor]:
        """Where an attack by foreign forces with unnamed victims happened when the
        sentence names no place: the state of the dateline ("KABUL (Reuters) - U.S. troops
        shot dead two civilians" -> AFG). Not a dateline at home: "WASHINGTON - U.S.
        forces killed ..." says nothing of where; nor a sentence that names a third state,
        which points elsewhere."""
        filed = self.r.dateline_state()
        if filed is None or all(a.code == filed.code for a in draft.actors):
            return []
        if any(a.kind != "state" for a in draft.actors):
            return []
        own = {a.code for a in draft.actors} | {filed.code}
        if any(
            a.code not in own
            for a in self.r.mentions_in(self.sent.start_char, self.sent.end_char)
            if a.code and a.kind != "igo"
        ):
            return []  # "LONDON - Iran's president said attacks by Yemen's Houthis ...": elsewhere
        if any(self._between(t) for t in (draft.anchor, *draft.anchor.conjuncts)):
            return []  # "battles between US troops and militants": two sides, no victim
        if draft.anchor.dep_ in ("advcl", "acl", "conj") and self._mutual_fight(draft.anchor.head):
            return []  # "two armies traded fire, killing two soldiers": dead on either side
        return [filed]

    def _dateline_victims(self) -> list[Actor]:
        """The state of the dateline for an attack of no named attacker or victims' state
        told in the story's first sentence, which names no state at all ("ISLAMABAD: Seven
        people were injured in a powerful explosion at a hotel"): the attack happened
        where the story was filed (CONVENTIONS A4, the victims' country)."""
        filed = self.r.dateline_state()
        if filed is None or self.sent.start_char > self.r.lead + 1:
            return []
        if any(a.code for a in self.r.mentions_in(self.sent.start_char, self.sent.end_char)):
            return []
        return [filed]

    def _previous_sentence_victims(self) -> list[Actor]:
        """The one state the sentence before names, for an attack of no named attacker in
        a sentence that names none and a story with no dateline: "India's restive
        north-east is reeling from a wave of violence. Bombings over the weekend left 60
        dead" (CONVENTIONS A4, the victims' country)."""
        if self.r.dateline_state() is not None or self.sent.start == 0:
            return []
        if any(a.code for a in self.r.mentions_in(self.sent.start_char, self.sent.end_char)):
            return []
        doc = self.sent.doc
        before = doc[self.sent.start - 1].sent
        named = [a for a in self.r.mentions_in(before.start_char, before.end_char) if a.code]
        if len({a.code for a in named}) != 1 or any(a.kind != "state" for a in named):
            return []
        span = doc.char_span(named[0].start, named[0].end, alignment_mode="expand")
        if span is None or not any(t.ent_type_ in ("GPE", "LOC") for t in span):
            return []  # "a club owned by an Ivorian": a person's state, not a place
        return [replace(named[0], kind="state", person="", role="", sector="")]

    def _mutual_fight(self, verb: Token) -> bool:
        """Whether ``verb`` tells a fight between sides ("clashed", "exchanged fire")."""
        if verb.pos_ != "VERB":
            return False
        match = self.match_verb(verb)
        return (
            match is not None
            and match.trigger.event == "ASSAULT"
            and "recip" in match.trigger.flags
        )

    def _ties_partner(self, draft: Draft) -> list[Actor]:
        """The other side of ties cut or threatened with no partner named: the one other
        state of the sentence ("Panama recalled its ambassador after the Cuban government
        threatened to break off relations")."""
        if not any(t.lemma_.lower() in self.g.classes["ties"] for t in draft.tokens):
            return []
        own = {a.code for a in draft.actors}
        others = [
            a
            for a in self.r.mentions_in(self.sent.start_char, self.sent.end_char)
            if a.kind == "state" and a.code not in own
        ]
        if any(self._names_accord(a) for a in others):
            return []  # "pulled out of the Paris climate accord": no partner named
        return others[:1] if len({a.code for a in others}) == 1 else []

    def _names_accord(self, mention: Actor) -> bool:
        """Whether ``mention`` is the town an accord is named after ("the Paris climate
        accord", "the Minsk agreement"): a name, not a party to it."""
        span = self.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        word = span.root
        return (
            word.dep_ in ("compound", "nmod")
            and self.lex.in_class("accord", word.head.lemma_.lower())
            and self.r.is_town(word)
        )

    def _one_state(self, sides: list[Actor]) -> bool:
        """Whether ``sides`` are one state and the sentence names no other."""
        codes = {a.code for a in sides}
        named = {a.code for a in self.r.mentions_in(self.sent.start_char, self.sent.end_char)}
        return len(codes) == 1 and all(a.kind == "state" for a in sides) and named <= codes

    def _invitation_host(self, head: Token) -> list[Actor]:
        """Who invited: the one to be met or the state to be visited in "accepted an
        invitation to meet President Trump", "declined an invitation to visit Seoul"; the
        members or partners of the meeting to be attended in "rejected an invitation to
        attend a meeting of Palestinian factions" (not its venue: a conference in Geneva is
        not Switzerland's)."""
        for invitation in head.children:
            if invitation.dep_ != "dobj" or invitation.lemma_.lower() != "invitation":
                continue
            for verb in invitation.children:
                lemma = verb.lemma_.lower()
                if verb.dep_ not in ("acl", "relcl") or lemma not in (
                    "meet",
                    "visit",
                    "attend",
                    "join",
                ):
                    continue
                objects = [c for c in verb.children if c.dep_ == "dobj"]
                if lemma in ("meet", "visit"):
                    hosts = [a for c in objects for a in self.r.many(c)]
                else:
                    gatherings = [c for c in objects if c.lemma_.lower() in self.g.classes["talks"]]
                    hosts = [
                        a
                        for c in gatherings
                        for p in self.prep_objects(c, frozenset({"of", "with", "by"}))
                        for a in self.r.many(p)
                    ]
                if hosts:
                    return hosts
        return []

    def _domestic_victims(self, draft: Draft, head: Token, theme: Token | None) -> None:
        """ "Algerian Islamic militants killed 16 people": rebels of a state who kill people
        of no stated state, with no place and no other state named, kill in their own
        state (CONVENTIONS A3: rebels take the state they fight in)."""
        if (
            self._one_state(draft.actors)
            and (self.person_object(head) or self._force_post(head))
            and not self.place_recipients(head, theme)
        ):
            draft.recipients = list(draft.actors)
            draft.confidence -= 0.05
            draft.notes.append("domestic")

    def _force_post(self, head: Token) -> bool:
        """Whether ``head`` strikes a post of a state's forces that names no owner ("an
        army camp", "a police station"): the forces of the state the rebels fight in
        ("Kashmiri militants attacked an army camp" -> IND ASSAULT IND)."""
        posts = self.g["force_posts"]
        for target in (c for c in head.children if c.dep_ == "dobj"):
            words = self._bare_noun_phrase(target)
            if any(self.r.one(w) is not None for w in words):
                return False  # "an Indian army camp", "a US patrol": the owner is named
            if any(w.lemma_.lower() in posts for w in words):
                return True
        return False

    def _home_operation(self, draft: Draft, head: Token) -> None:
        """ "Nigerian soldiers stormed a militant camp": a state's forces
        that strike armed groups of no stated state, in a story filed at home or with no
        dateline, strike in their own state (CONVENTIONS A3: rebels take the state they
        fight in)."""
        codes = {a.code for a in draft.actors}
        if len(codes) != 1 or draft.actors[0].kind != "state":
            return
        home = draft.actors[0].code
        filed = self.r.dateline_state()
        if filed is not None and filed.code != home:
            return
        for other in self.r.mentions_in(self.sent.start_char, self.sent.end_char):
            word = self.sent.doc.char_span(other.start, other.end, alignment_mode="expand")
            if other.code != home and (
                word is None
                or word.root.head.lemma_.lower() not in ("border", "frontier")
                or other.code not in neighbours(home)
            ):
                return  # another state named, save a neighbour's border ("the Afghan border")
        groups = self.g["armed_groups"] | {"terrorist"}
        verbs = [head, *head.conjuncts]
        verbs += [c for v in verbs for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        targets = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
        # the target and its own modifiers ("a rebel stronghold", "a number of
        # militants"), not the places it lies near
        words = [t for target in targets for t in self._bare_noun_phrase(target)]
        if not any(
            t.lemma_.lower() in groups or t.lower_.removesuffix("s") in groups for t in words
        ):
            return
        if any(a.code != home for t in words for a in self.r.many(t)):
            return  # the target names its own side
        draft.recipients = [draft.actors[0]]
        draft.confidence -= 0.05
        draft.notes.append("home-operation")

    @staticmethod
    def _bare_noun_phrase(noun: Token) -> list[Token]:
        """``noun``, its modifiers and its "of" phrase ("part of a rebel stronghold"),
        without the places and clauses hung on it."""
        out = [noun]
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss"):
                out.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out.extend(SideFinder._bare_noun_phrase(pobj))
        return out

    def _forces_abroad(self, draft: Draft, head: Token, theme: Token | None) -> None:
        """ "strengthened its forces in Lebanon": forces sent into another state's land.
        Forces sent to a town go to its state, abroad or at home: "rushed reinforcements
        to the country's third-largest city, Mosul" is IRQ MOBILIZE IRQ."""
        own = {a.code for a in draft.actors}
        abroad = [a for a in self.place_recipients(head, theme, own=True) if a.code not in own]
        if abroad and all(a.kind == "state" for a in abroad):
            draft.recipients = abroad
            draft.notes.append("place")
        elif not abroad:
            sent_to = self._destination_state(head)
            if sent_to:
                draft.recipients = sent_to
                draft.notes.append("destination")

    def _destination_state(self, head: Token) -> list[Actor]:
        """The state of a town forces are sent to ("to the northern city of Mosul", "into
        the Iraqi city of Basra"), not of one they are only in ("remained on alert in
        ...")."""
        for pobj in self.prep_objects(head, frozenset({"to", "into", "toward", "towards"})):
            found = self._named_place(pobj)
            if found and all(a.kind == "state" for a in found):
                return found
        return []

    def _home_protesters(self, draft: Draft, subject: Token | None) -> None:
        """ "Islamic fundamentalists continued their hunger strike to demand the
        resignation of Algerian President Ahmed Ben Bella": protesters of no stated state
        protest against their own government; the evidence is their own phrase."""
        if not self._own_government(draft.recipients):
            return
        protesters = replace(draft.recipients[0], kind="state", person="", role="", sector="")
        if subject is not None:
            protesters = replace(
                protesters, text=subject.text, start=subject.idx, end=subject.idx + len(subject)
            )
        draft.actors = [protesters]
        draft.confidence -= 0.05
        draft.notes.append("home-protesters")

    def _own_government(self, sides: list[Actor]) -> bool:
        """Whether protesters of no stated state protest against their own government:
        the sides are one state, the sentence names no other, a leader's state is named
        by itself too ("Italy ground to a halt as millions of workers observed a general
        strike in protest against ... Berlusconi's government"; a leader alone may be
        abroad, "marched against President Bush"), and no dateline puts the crowd in
        another state ("BAGHDAD - ... marched against the U.S. government")."""
        if not self._one_state([replace(a, kind="state") for a in sides]):
            return False
        code = sides[0].code
        if any(a.kind == "person" for a in sides):
            spans = [(a.start, a.end) for a in sides]

            def apart(mention: Actor) -> bool:  # not a title's "U.S." in "U.S. President Bush"
                named = self.sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if named is None:
                    return False
                token = named.root
                while token.dep_ in ("compound", "amod", "nmod", "poss") and token.head != token:
                    token = token.head  # up the title: "U.S." -> "President" -> "Bush"
                at = (mention.start, token.idx)
                return not any(lo <= i < hi for i in at for lo, hi in spans)

            if not any(
                a.code == code and a.kind == "state" and not a.person and apart(a)
                for a in self.r.mentions_in(self.sent.start_char, self.sent.end_char)
            ):
                return False
        elif not all(a.kind == "state" for a in sides):
            return False
        filed = self.r.dateline_state()
        return filed is None or filed.code == code

    def _deed_doers(self, head: Token) -> list[Actor]:
        """Whoever does the deed a protest is against, when the deed names no one itself:
        "against the deployment of U.S. troops", "over Israel's raid"."""
        for pobj in self.prep_objects(head, frozenset({"against", "over"})):
            if self.r.many(pobj):
                return []
            for doer in [self._doer(pobj), *self.prep_objects(pobj, frozenset({"of"}))]:
                found = self.r.many(doer)
                if found:
                    return found
        return []

    def _protesters_at_home(self, draft: Draft, head: Token, subject: Token | None) -> None:
        """ "Thousands of people rallied in Seoul against the United States": a crowd of
        no stated state protesting against a named target is of the state the protest's
        own place phrase names."""
        if subject is None or not self.r.is_people(subject) or self._rebels(subject):
            return
        if not draft.recipients or "place" in draft.notes:
            return  # a target of the protest must be named: the place is no target
        # "marched through downtown Santiago": the crowd's own place phrase
        places = self.place_recipients(head, None, "PROTEST", own=True)
        home = [a for a in places if a.kind == "state"]
        if len({a.code for a in home}) != 1:
            return
        end = subject.idx + len(subject)
        draft.actors = [replace(home[0], text=subject.text, start=subject.idx, end=end, sector="")]
        draft.confidence -= 0.05
        draft.notes.append("protesters-at-home")

    def _unplaced_person(self, head: Token, event: str, theme: Token | None) -> Token | None:
        """A person's name in the recipient's place that no actor stands for: the object,
        the subject of an object-control clause, a recipient phrase of the type."""
        preps = self.g.recipient_preps.get(event, frozenset())
        slots = [t for t in self._objects(head, event) if theme is None or t.i != theme.i]
        slots += self.prep_objects(head, preps)
        if event in JUDGEMENTS:
            # "investigating allegations of harassment against Representative John Conyers"
            nested = frozenset({"against", "of", "by"})
            for _ in range(2):
                slots += [p for s in list(slots) for p in self.prep_objects(s, nested)]
        for content in head.children:
            if content.dep_ == "ccomp" or (
                content.dep_ == "advcl" and any(m.lower_ == "for" for m in content.children)
            ):
                slots += [c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")]
        for slot in slots:
            for token in conjuncts(slot):
                name = token if token.ent_type_ == "PERSON" else None
                if name is None:
                    name = next(
                        (
                            c
                            for c in token.children
                            if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                        ),
                        None,
                    )
                if name is not None and self.r.one(name) is None and not self.r.is_pronoun(name):
                    return name
                if self._domestic_body(token) and not self.r.many(token):
                    return token  # "invited the opposition Labour Party to begin talks"
        return None

    def _domestic_body(self, token: Token) -> bool:
        """Whether ``token`` names a body or group of a state's own politics that gives no
        country ("the opposition", "Democratic leaders", "the ethics committee"), not an
        armed group."""
        g = self.g
        words = {token.lemma_.lower()} | {
            c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")
        }
        return (
            bool(words & g["domestic_nouns"])
            and not words & g["armed_groups"]
            and not foreign(token)  # "world leaders"
        )

    def _target_owner(self, head: Token) -> list[Actor]:
        """Whose is the target of an attack, read inside its noun phrase: "struck an
        entrance to Baghdad's Green Zone compound", "bombed the offices of a Kurdish
        party", "thrust into the heart of the stronghold of Fallujah" (CONVENTIONS A4: the
        victims' country)."""
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += self.prep_objects(head, frozenset({"into", "on", "at", "against"}))
        for obj in (*objects, *(c for c in head.children if c.dep_ == "npadvmod")):
            # "shelled Kharkiv", "shelled Aleppo" (parsed as an adverbial noun): a place
            # the place coder found is the target itself
            if obj.pos_ == "PROPN" and (place := self.r.place_country(obj)) is not None:
                return [place]
        for obj in objects:
            stack = [
                c
                for c in obj.children
                if c.dep_ not in ("acl", "relcl", "advcl")
                and not (c.dep_ == "prep" and c.lower_ in TIME_PREPS)
            ]  # "killed 18 people as the US Defence Secretary declared ...", misattached
            for token in sorted((t for c in stack for t in self._phrase(c)), key=lambda t: t.i):
                if token.head.lemma_.lower() in self.g["frontiers"] and token.i < token.head.i:
                    continue  # "a camp on the Afghan border" may lie on either side of it
                found = self.r.one(token) or self.r.place_country(token)
                if found is not None:
                    return [found]
        return []

    @staticmethod
    def _phrase(token: Token) -> list[Token]:
        """The tokens of the noun phrase under ``token``, without its clauses."""
        out = [token]
        for child in token.children:
            if child.dep_ not in ("acl", "relcl", "advcl", "ccomp", "xcomp"):
                out.extend(SideFinder._phrase(child))
        return out

    def _condition_subject(self, clause: Token) -> list[Actor]:
        """The target of "threatened to strike unless Israel rescinded ...": the subject
        of a conditional clause under the threat or its content."""
        heads = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
        for head in heads:
            for child in head.children:
                if child.dep_ == "advcl" and any(
                    m.dep_ == "mark" and m.lower_ in ("unless", "if", "until")
                    for m in child.children
                ):
                    subject, passive = clauses.subject_of(child, self.lex)
                    if passive:
                        continue  # "unless all prisoners are released": no one is named
                    found = self.r.many(subject)
                    if found:
                        return found
        return []

    def _rebels_home(self, rebels: Token, head: Token, theme: Token | None) -> list[Actor]:
        """Rebels take the country they fight in (CONVENTIONS A3): the one state the
        place of the fight names (its place, not its target's owner), as the rebels' own
        actor; [] when the place names none or several."""
        home = [a for a in self.place_recipients(head, theme, "place") if a.kind == "state"]
        if len({a.code for a in home}) != 1:
            return []
        end = rebels.idx + len(rebels)
        return [replace(home[0], text=rebels.text, start=rebels.idx, end=end, sector="REB")]
