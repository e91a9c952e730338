"""Actors and recipients of a trigger (:class:`PartyReader`): the subject's actors
(with pronoun antecedents), the recipient phrases a type allows
(:meth:`~PartyReader.recipients_from`), the places an event happens in
(:meth:`~PartyReader.place_recipients`), partners of "with" and "between" phrases, the
doer of a deed judged, the target of a suit, the people a vehicle carried, and the tests
on a subject (rebels, armed forces).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Actor
from . import event_clauses as clauses
from .event_actors import conjuncts, unique, unknown
from .event_drafts import (
    JUDGEMENTS,
    LANDING_VERBS,
)
from .event_triggers import TriggerMatcher

if TYPE_CHECKING:
    from spacy.tokens import Token


# Types that answer another's demand, offer or plan ("accepted a U.S. demand").
ANSWERING_TYPES = frozenset({"CONCEDE", "REJECT", "AGREE", "SUPPORT"})
# Verbs a speaker names a deed with: "condemned what it called Saudi aggression".
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "dub"})
# Things proposed whose "for" phrase names what they are for, not who asks: "a peace plan
# for Darfur" (but "a request for X to return" is X's).
PROPOSALS = frozenset({"plan", "proposal", "offer", "initiative", "package", "blueprint"})


class PartyReader(TriggerMatcher):
    """Reads who acts and who is acted on from a trigger's own phrases."""

    def _suit_target(self, noun: Token) -> list[Actor]:
        """Whom a lawsuit or complaint seeks to stop: "a lawsuit seeking to halt President
        Trump from naming an official", "a suit to block the Interior Department"."""
        if noun.lemma_.lower() in self.g["suits"]:
            deps: tuple[str, ...] = ("acl", "relcl")
        elif noun.pos_ == "VERB" and (
            noun.lemma_.lower() == "sue"
            or any(c.dep_ == "dobj" and c.lemma_.lower() in self.g["suits"] for c in noun.children)
        ):
            # "sued to block President Trump from installing", "filed suit trying to prevent
            # Trump from naming": the suit's aim hangs on its verb
            deps = ("advcl", "xcomp")
        else:
            return []
        for clause in noun.children:
            if clause.dep_ not in deps or clause.pos_ != "VERB":
                continue
            for verb in clause.subtree:
                if verb.pos_ == "VERB" and verb.lemma_.lower() in self.g["stopping_verbs"]:
                    for obj in verb.children:
                        if obj.dep_ == "dobj" and (found := self.r.many(obj)):
                            return found
        return []

    def subject_actors(self, verb: Token) -> tuple[list[Actor], Token | None, bool]:
        """Actors of the subject, the subject token, and whether the verb is passive."""
        subject, passive = clauses.subject_of(verb, self.lex)
        if passive:
            agent = clauses.agent_of(verb)
            return self.r.many(agent), agent, True
        if subject is not None and self.r.in_lead(subject):
            # "UNITED NATIONS (Reuters) - Israel urged ...": the dateline is parsed as a
            # second subject; the story's own subject acts.
            lead = subject
            subject = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "nsubj" and c.i != lead.i and not self.r.in_lead(c)
                ),
                None,
            ) or next(  # "BAGHDAD (AFP) - Jack Straw paid ...", parsed as an apposition
                (c for c in lead.children if c.dep_ == "appos" and not self.r.in_lead(c)),
                None,
            )
        if subject is not None and any(
            c.dep_ == "det" and c.lower_ == "no" for c in subject.children
        ):
            # "no group has claimed the bombing": the doer is unknown
            return [], subject, False
        found = self.r.many(subject)
        if found and subject is not None and all(a.kind == "igo" for a in found):
            # "North Korea said its U.N. diplomats met U.S. officials": a state's envoys
            # to a body act for the state
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            if (
                owner is not None
                and self.r.is_pronoun(owner)
                and subject.lemma_.lower() in self.g["envoys"]
            ):
                found = self._pronoun_antecedent(owner) or found
        if not found and subject is not None and verb.dep_ == "relcl":
            found = self._operation_owner(subject)
        if not found and subject is not None:
            if self.r.is_pronoun(subject):
                found = self._pronoun_antecedent(subject)
            elif subject.lemma_.lower() not in self.g["relational_nouns"]:
                # "Bosnian Serbs said their forces had withdrawn" (but "its neighbours cut
                # ties" are others)
                owner = next((c for c in subject.children if c.dep_ == "poss"), None)
                if owner is not None and self.r.is_pronoun(owner):
                    found = self._pronoun_antecedent(owner)
        return found, subject, False

    def _operation_owner(self, operation: Token) -> list[Actor]:
        """Who runs an offensive that a relative clause tells the harm of: the subject of
        the verb that ends, eases or steps it up ("Israel ended an offensive that killed
        100 Palestinians" -> Israel)."""
        verb = operation.head
        if (
            operation.dep_ != "dobj"
            or operation.lemma_.lower() not in self.g.classes["offensives"]
            or verb.lemma_.lower() not in self.g["own_operations"]
        ):
            return []
        return self.subject_actors(verb)[0]

    def _pronoun_antecedent(self, pronoun: Token) -> list[Actor]:
        """A subject pronoun the actor index could not resolve, read from the clause
        above: the speaker in "Syria says it is willing ...", the main subject in
        "bombers killed 23 people when they blew themselves up"."""
        antecedent = self._antecedent_token(pronoun)
        return self.r.many(antecedent) if antecedent is not None else []

    def _antecedent_token(self, pronoun: Token) -> Token | None:
        """The subject of the clause above that a pronoun stands for (see
        :meth:`_pronoun_antecedent`)."""
        if pronoun.lower_ not in ("it", "they", "he", "she", "we", "its", "their", "his", "her"):
            return None
        clause = pronoun.head.head if pronoun.dep_ == "poss" else pronoun.head
        return self.r.subject_above(
            clause, pronoun.lower_ in ("it", "its"), ("ccomp", "advcl", "conj", "xcomp", "acomp")
        )

    def _settlement(self, head: Token, pobj: Token, event: str) -> bool:
        """Whether an attack or deployment verb's phrase names a town or its parts, where it
        happened ("a car bomb exploded on the outskirts of the Iraqi city of Fallujah",
        "rushed reinforcements to the country's third-largest city"): a place, read as one
        (victims, when named, stand alone), not whom the act was done to. Aid sent "to
        flood-ravaged areas of the Philippines" goes to that state."""
        return (
            event in ("ASSAULT", "MOBILIZE")
            and head.pos_ in ("VERB", "AUX")
            and pobj.lemma_.lower() in self.g.classes["settlements"]
        )

    def recipients_from(
        self, head: Token, event: str, theme: Token | None, skip: set[int] | None = None
    ) -> list[Actor]:
        """Recipients of an event whose predicate is ``head`` (a verb or an event noun).

        The first finder that names one wins, in this order: the direct object when it
        is not the thing acted with (``theme``, as in "sent aid"); inside the theme or
        object, a prepositional phrase the type allows ("sanctions on Iran"); the head's
        own phrases of the type (or the people a vehicle named there carried); then what
        a halted attack was aimed at, the doer of a deed requested or judged, the
        recipient nested in a phrase, whom a suit would stop or a grievance is held
        against, the enemy of a war prepared for, an object the parser left elsewhere,
        a meeting's place, the body whose resolution was vetoed.
        """
        preps = self.g.recipient_preps.get(event, frozenset())
        skip = skip or set()
        decided = self._object_recipients(head, event, theme, skip)
        if decided is not None:
            return decided
        inner = self._inner_nouns(head, theme, skip)
        return (
            (self._what_it_called(head) if event in ("ACCUSE", "SUPPORT") else [])
            or self._inner_recipients(inner, theme, preps, event)
            or self._prep_recipients(head, preps, event)
            or (self._targeted(head) if event == "ASSAULT" else [])
            or (self._attack_halted(inner) if event == "RETREAT" else [])
            or (self._requested_doers(head, inner) if event == "REQUEST" else [])
            or (self._judged_deed_doers(head, inner, preps, event) if event in JUDGEMENTS else [])
            or self._nested_recipients(head, preps, event)
            or (self._suit_recipients(head, inner) if event == "ACCUSE" else [])
            or (self._grievance_recipients(head) if event == "ACCUSE" else [])
            or (self._war_enemies(head) if event in ("MOBILIZE", "THREATEN") else [])
            or self._orphan_recipients(head, event)
            or self._misparsed_recipients(head, preps)
            or (self._there(head) if event == "CONSULT" else [])
            or (self._proposing_body(head) if event == "REJECT" else [])
        )

    def _object_recipients(
        self, head: Token, event: str, theme: Token | None, skip: set[int]
    ) -> list[Actor] | None:
        """The recipients a direct object or dative names: the maker of a demand
        accepted, the doer of a deed judged ("condemned the Israeli raid"), the one
        acted on. None when no object decides; a deed judged decides even with no
        doer found."""
        for child in self._objects(head, event):
            if child.i not in skip:
                if theme is not None and child.i == theme.i:
                    if event in ANSWERING_TYPES and child.lemma_.lower() in self.g["answerable"]:
                        # "accepted a U.S. demand": the one who made it
                        found = self.r.many(child)
                        if found:
                            return found
                    continue
                if event in ("ACCUSE", "SUPPORT", "REJECT") and self._deed(child):
                    # "condemned the beheading of an American hostage": the doer is
                    # accused, not the victim; "the Israeli raid" names the doer; so do
                    # deeds joined to it ("condemned the Israeli raid and the Syrian
                    # shelling")
                    deeds = [child, *(c for c in child.conjuncts if self._deed(c))]
                    return unique(a for deed in deeds for a in self._doers_of_deed(deed))
                found = self.r.many(child) or self._carried(child, event)
                if found:
                    return found
        return None

    def _doers_of_deed(self, deed: Token) -> list[Actor]:
        """Who did a deed judged: its doer's phrase, else a modifier naming the doer."""
        doer = self._judged_doer(deed)
        if doer is not None:
            return self.r.many(doer)
        return [
            a
            for c in deed.children
            if self._named_doer_modifier(c)
            if (a := self.r.one(c)) is not None
        ]

    def _named_doer_modifier(self, word: Token) -> bool:
        """Whether a modifier of a deed names its doer: a people's adjective ("the
        Israeli raid") or a state or body put before it ("the US raid", "the NATO
        bombing"), not the town or region it happened in ("the Baghdad bombing", "the
        Gaza offensive")."""
        if word.i > word.head.i:
            return False
        if word.dep_ == "amod":
            return word.ent_type_ == "NORP"
        return (
            word.dep_ == "compound"
            and word.ent_type_ in ("GPE", "ORG", "NORP")
            and not self.r.is_subnational(word)
        )

    def _inner_nouns(self, head: Token, theme: Token | None, skip: set[int]) -> list[Token]:
        """The nouns inside which a recipient may sit: the theme and the direct
        objects, the whole a part is of ("part of a military aid program for
        Bosnia") and what an amount is in ("20 million euros in assistance to
        Sudan")."""
        inner: list[Token] = []
        if theme is not None:
            inner.append(theme)
        inner.extend(c for c in head.children if c.dep_ == "dobj" and c.i not in skip)
        # "suspended part of a military aid program for Bosnia": the whole the part is of;
        # "gave 20 million euros in assistance to Sudan": what the amount is in
        inner.extend(
            p
            for token in list(inner)
            if token.lemma_.lower() in self.g["partitives"]
            for p in self.prep_objects(token, frozenset({"of"}))
        )
        inner.extend(
            p
            for token in list(inner)
            if _amount(token)
            for p in self.prep_objects(token, frozenset({"in"}))
        )
        return inner

    def _inner_recipients(
        self, inner: list[Token], theme: Token | None, preps: frozenset[str], event: str
    ) -> list[Actor]:
        """A recipient inside those nouns: whose request ("a request for a Russian
        lawyer to return"), the maker of a plan agreed to, a phrase of the type
        ("sanctions on Iran")."""
        for token in inner:
            for clause in token.children:
                if clause.dep_ in ("acl", "relcl", "advcl") and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in clause.children
                ):
                    # "denied a request for a Russian lawyer to return": whose request
                    found = self.r.many(clauses.subject_of(clause, self.lex)[0])
                    if found:
                        return found
            allowed = preps | {"of"} if token != theme else preps
            if event in ANSWERING_TYPES and token.lemma_.lower() in self.g["answerable"]:
                # "agreed to a British peace plan for Darfur": its maker, not its place
                makers = [
                    c
                    for c in token.children
                    if c.dep_ in ("poss", "compound", "amod") and c.i < token.i
                ]
                makers += self.prep_objects(token, frozenset({"from", "by", "of"}))
                found = [a for m in makers for a in self.r.many(m)]
                if found:
                    return unique(found)
            allowed = self._inner_preps(token, allowed, event)
            if token.lemma_.lower() in self.g["feelings"]:
                allowed = allowed | {"with", "at"}  # "dissatisfaction with the US decision"
            for pobj in self.prep_objects(token, allowed):
                found = self.r.many(pobj)
                if found:
                    return found
                if event == "ACCUSE" and pobj.pos_ == "NOUN":
                    # "investigated allegations of harassment against Senator X"
                    for deeper in self.prep_objects(pobj, frozenset({"against", "by"})):
                        found = self.r.many(deeper)
                        if found:
                            return found
        return []

    def _prep_recipients(self, head: Token, preps: frozenset[str], event: str) -> list[Actor]:
        """The head's own phrases of the type, less a medium ("on Twitter") and a
        settlement attacked."""
        for pobj in self.prep_objects(head, preps):
            if pobj.lemma_.lower() in self.g["media_channels"]:
                continue  # "attacked Corker on Twitter": the medium is no target
            if self._settlement(head, pobj, event):
                continue
            # "opened fire on a convoy carrying former Iraqi Governing Council member
            # Ahmad Chalabi": the people the vehicle carried
            found = self.r.many(pobj) or self._carried(pobj, event)
            if found:
                return found
        return []

    def _requested_doers(self, head: Token, inner: list[Token]) -> list[Actor]:
        """ "appealed for the withdrawal of British troops", "called for Kagame's
        resignation": the one asked is the one who would do the deed; "called for a
        congressional investigation", "a U.N. inquiry": the body named to investigate."""
        for noun in [*inner, *self.prep_objects(head, frozenset({"for"}))]:
            if self._inquiry(noun):
                found = [
                    a
                    for c in noun.children
                    if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
                    for a in self.r.many(c, anaphora=False)
                ]
                if found:
                    return found
            if noun.lemma_.lower() not in self.g["doer_deeds"]:
                continue
            doer = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
                iter(self.prep_objects(noun, frozenset({"of", "by"}))), None
            )
            found = self.r.many(doer) if doer is not None else []
            if found:
                return found
        return []

    def _inquiry(self, noun: Token) -> bool:
        """Whether ``noun`` is an investigation ("probe", "inquiry", "investigation")."""
        return any(
            (t.event, t.mode) == ("ACCUSE", "investigate")
            for t in self.lex.nouns.get(noun.lemma_.lower(), ())
        )

    def _judged_deed_doers(
        self, head: Token, inner: list[Token], preps: frozenset[str], event: str
    ) -> list[Actor]:
        """ "condemned military actions by Rwanda", "opened an inquiry into
        misconduct by Senator Al Franken", "accepted an invitation from Congress":
        the doer of the deed judged, or the maker of the offer."""
        judged = [*inner, *self.prep_objects(head, preps)]
        judged += [
            p for n in judged for p in self.prep_objects(n, self._inner_preps(n, preps, event))
        ]
        people = self.g["person_nouns"] | self.g["relational_nouns"]
        for noun in judged:
            if noun.lemma_.lower() in people:
                continue  # "thanked his hosts": people judged are no deed with a doer
            doer = self._doer(noun) or next(
                iter(self.prep_objects(noun, frozenset({"from"}))), None
            )
            found = self.r.many(doer) if doer is not None else []
            if found:
                return found
        if any(c.dep_ == "nsubj" for c in head.children):
            # "opened an inquiry into misconduct by Senator X", "by" misattached to
            # the active verb: it names the doer of the deed judged
            for pobj in self.prep_objects(head, frozenset({"by"})):
                found = self.r.many(pobj)
                if found:
                    return found
        return []

    def _nested_recipients(self, head: Token, preps: frozenset[str], event: str) -> list[Actor]:
        """ "committed to assistance to the US-led war": the recipient of the thing
        the head's phrase names."""
        for pobj in self.prep_objects(head, preps):
            if event in ("SANCTION", "COERCE") and pobj.head.lower_ == "for" and self._deed(pobj):
                continue  # "sentenced a man for the bombing of a French tanker": the crime
            if pobj.pos_ == "NOUN" and not self._settlement(head, pobj, event):
                for inner_pobj in self.prep_objects(pobj, self._inner_preps(pobj, preps, event)):
                    found = self.r.many(inner_pobj)
                    if found:
                        return found
        return []

    def _what_it_called(self, head: Token) -> list[Actor]:
        """ "condemned what it called Saudi aggression", "denounced what it described as
        Israeli aggression", "condemned what he said was Russian involvement": the one the
        speaker's own name for the deed points at (its adjective, possessive or "by"
        phrase)."""
        for clause in head.children:
            if clause.dep_ != "ccomp":
                continue
            if clause.lemma_.lower() in self.g["assert_verbs"]:
                # "condemned what he said was Russian involvement": what the speaker says it is
                clause = next(
                    (
                        c
                        for c in clause.children
                        if c.dep_ == "ccomp"
                        and c.lemma_.lower() == "be"
                        and any(s.dep_ == "nsubj" and s.lower_ == "what" for s in c.children)
                    ),
                    clause,
                )
            if not any(c.lower_ == "what" for c in clause.children):
                continue
            if clause.lemma_.lower() == "be":
                named = [c for c in clause.children if c.dep_ == "attr"]
            elif clause.lemma_.lower() in NAMING_VERBS:
                named = [c for c in clause.children if c.dep_ == "oprd"]
                named += self.prep_objects(clause, frozenset({"as"}))
            else:
                continue
            for noun in named:
                doer = self._judged_doer(noun)
                found = self.r.many(doer) if doer is not None else []
                found = found or [
                    a
                    for c in noun.children
                    if self._named_doer_modifier(c)
                    if (a := self.r.one(c)) is not None
                ]
                if found:
                    return found
        return []

    def _targeted(self, head: Token) -> list[Actor]:
        """ "missile attacks by Yemen's Houthis targeting the Saudi capital Riyadh": what
        an attack's own clause, or its weapon's, says it was aimed at ("fired rockets
        targeting the capital")."""
        holders = [head, *(c for c in head.children if c.dep_ == "dobj")]
        for clause in (c for h in holders for c in h.children):
            if clause.dep_ == "acl" and clause.lemma_.lower() in ("target", "hit"):
                for obj in clause.children:
                    if obj.dep_ == "dobj":
                        found = self.r.many(obj)
                        if found:
                            return found
        return []

    def _attack_halted(self, inner: list[Token]) -> list[Actor]:
        """ "halted its rocket attacks on Israel", "ended its offensive in Gaza": a
        ceasefire is toward the side the attack was aimed at or killed, else the country it
        was fought in."""
        attacks = self.g.classes["attack"]
        for noun in inner:
            if noun.lemma_.lower() not in attacks:
                continue
            aimed = self.prep_objects(noun, frozenset({"on", "against", "at"}))
            # "easing a crushing offensive that has killed more than 100 Palestinians"
            aimed += [
                v
                for c in noun.children
                if c.dep_ == "relcl" and c.lemma_.lower() in self.g["death_verbs"]
                for v in c.children
                if v.dep_ == "dobj"
            ]
            found = unique(a for p in aimed for a in self.r.many(p))
            return found or self.place_recipients(noun, None, "ASSAULT", own=True)
        return []

    def _suit_recipients(self, head: Token, inner: list[Token]) -> list[Actor]:
        """ "filed a lawsuit seeking to halt President Trump from naming ...": whom
        the suit would stop."""
        for noun in (*inner, head):
            found = self._suit_target(noun)
            if found:
                return found
        return []

    def _grievance_recipients(self, head: Token) -> list[Actor]:
        """ "conveyed to Thai Prime Minister Thaksin its concern over the violence":
        with no doer named, the one told of a grievance is the one it is held
        against."""
        grievances = [
            c
            for c in head.children
            if c.dep_ == "dobj" and c.lemma_.lower() in self.g["grievances"]
        ]
        if grievances:
            for holder in (head, *grievances):
                for pobj in self.prep_objects(holder, frozenset({"to"})):
                    found = self.r.many(pobj)
                    if found:
                        return found
        return []

    def _war_enemies(self, head: Token) -> list[Actor]:
        """ "mobilized reservists for a possible war against Iraq": the enemy of the
        war or attack it is for."""
        for pobj in self.prep_objects(head, frozenset({"for", "ahead"})):
            if pobj.lemma_.lower() in self.g.classes["attack"]:
                for enemy in self.prep_objects(pobj, frozenset({"against", "on", "with"})):
                    found = self.r.many(enemy)
                    if found:
                        return found
        return []

    def _orphan_recipients(self, head: Token, event: str) -> list[Actor]:
        """A verb of words with no object or near phrase: an object the parser left
        elsewhere."""
        if (
            head.pos_ == "VERB"
            and event in ("SUPPORT", "ACCUSE", "REQUEST", "REJECT", "CONCEDE", "AGREE")
            and not any(c.dep_ in ("dobj", "xcomp", "dative") for c in head.children)
            and not any(c.dep_ == "prep" and c.i < head.i + 3 for c in head.children)
        ):
            for obj in self._orphan_object(head):
                found = self.r.many(obj)
                if found:
                    return found
        return []

    def _misparsed_recipients(self, head: Token, preps: frozenset[str]) -> list[Actor]:
        """A clause the parser split off: the phrases of the type on the verb above
        it."""
        if clauses.misparsed_clause(head):
            for pobj in self.prep_objects(head.head, preps):
                found = self.r.many(pobj)
                if found:
                    return found
        return []

    def _proposing_body(self, head: Token) -> list[Actor]:
        """ "vetoed a resolution at the Security Council": the body that proposed it."""
        holders = [head, *(c for c in head.children if c.dep_ == "dobj")]
        for pobj in (p for h in holders for p in self.prep_objects(h, frozenset({"at", "in"}))):
            found = self.r.many(pobj)
            if found and all(a.kind == "igo" for a in found):
                return found
        return []

    def _rebels(self, subject: Token | None) -> bool:
        if subject is None or unknown(subject):
            return False  # "unidentified militants": no one is named (CONVENTIONS A3)
        groups = self.g["armed_groups"]  # "Maoists" may be tagged a proper noun
        if subject.lemma_.lower() == "group":
            # "an Islamic militant group", "a rebel group"
            return any(
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in groups
                for c in subject.children
            )
        return subject.lemma_.lower() in groups or subject.lower_.removesuffix("s") in groups

    def _carried(self, vehicle: Token, event: str) -> list[Actor]:
        """The people a vehicle attacked or seized carried: "ambushed a bus carrying
        unarmed Iraqis", "hijacked a plane carrying Turkish pilgrims"."""
        if event not in ("ASSAULT", "COERCE"):
            return []
        for child in vehicle.children:
            if child.dep_ == "acl" and child.lemma_.lower() in ("carry", "transport", "ferry"):
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        return self.r.many(obj)
        return []

    def _deed(self, noun: Token) -> bool:
        """A violent or coercive deed ("the beheading of ...", "the arrest of ...")."""
        lemma = noun.lemma_.lower()
        if lemma in self.g.classes["attack"] or lemma in (
            "beheading",
            "execution",
            "abduction",
            "detention",
            "occupation",
            "suppression",
        ):
            return True
        return any(t.event in ("ASSAULT", "COERCE") for t in self.lex.nouns.get(lemma, ()))

    def _judged_doer(self, deed: Token) -> Token | None:
        """The doer of a deed a verb judges ("condemned the killing of an Iraqi by a US
        Marine"): its possessive or "by" phrase, also when the parser hung the "by" phrase
        on the victim or on the active judging verb."""
        doer = self._doer(deed) or next(
            (
                a
                for victim in self.prep_objects(deed, frozenset({"of"}))
                if (a := clauses.agent_of(victim)) is not None
            ),
            None,
        )
        verb = deed.head
        if doer is None and deed.dep_ == "dobj" and verb.pos_ == "VERB":
            doer = clauses.agent_of(verb)
        return doer

    @staticmethod
    def _doer(noun: Token) -> Token | None:
        """The doer of an event noun: its possessive or its "by" phrase."""
        for child in noun.children:
            if child.dep_ == "poss":
                return child
        return clauses.agent_of(noun)

    def _there(self, head: Token) -> list[Actor]:
        for child in head.children:
            if child.dep_ == "advmod" and child.lower_ == "there":
                return self.r.many(child)
        return []

    def place_recipients(
        self, head: Token, theme: Token | None, event: str = "", own: bool = False
    ) -> list[Actor]:
        """The country of a place the event happened in ("shelled targets in Jericho"); for
        an attack or a protest at an embassy, the embassy's state ("a bomb exploded outside
        the Indonesian embassy in Paris"). With ``own`` only the verb's own phrases count:
        "a US soldier in Iraq was sentenced" does not say where he was sentenced."""
        preps = self.g["place_preps"]
        if event in ("ASSAULT", "PROTEST"):
            # "a bomb ripped through a US patrol", "protesters marched through Santiago"
            preps = preps | {"through"}
        places = self.g.classes["places"]
        for holder in self._place_holders(head, theme, own):
            # "bombed rebel-held areas of Aleppo": a place noun's "of" names the place
            of_place = holder.i != head.i and holder.lemma_.lower() in places
            for pobj in self.prep_objects(holder, preps | {"of"} if of_place else preps):
                owners = self._hit_owners(pobj, event)
                if owners:
                    return owners
                lemma = pobj.lemma_.lower()
                if (
                    lemma in ("embassy", "consulate", "mission")  # "near the US Embassy"
                    or lemma in self.g["allied_nouns"]  # "a strike at a key U.S. ally"
                    or lemma in self.g["frontiers"]  # "a stronghold on the Thai border"
                ):
                    continue  # no place in the state named
                found = self._named_place(pobj)
                if found:
                    return found
        return self._there(head)

    def _place_holders(self, head: Token, theme: Token | None, own: bool) -> list[Token]:
        """The words whose phrases may say where an event happened: the head, its objects
        (unless ``own``), a landing clause on them ("fired rockets that landed in
        Sderot"), a weapon as subject ("bombs in Baghdad killed 18 people") and the
        theme."""
        holders = [head] + [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and not own]
        holders += [
            c
            for h in holders[1:]
            for c in h.children
            if c.dep_ == "relcl" and c.lemma_.lower() in LANDING_VERBS
        ]
        holders += [
            c
            for c in head.children
            if c.dep_ == "nsubj" and c.lemma_.lower() in self.g.classes["violence"]
        ]
        if theme is not None:
            holders.append(theme)
        return holders

    def _hit_owners(self, pobj: Token, event: str) -> list[Actor]:
        """The state hit where a place phrase names what it owns: "a roadside bomb exploded
        near an American military patrol" hits the patrol's state, not the city; "a
        protest outside the Indonesian embassy" is at Indonesia's embassy."""
        lemma = pobj.lemma_.lower()
        if event == "ASSAULT" and lemma in self.g["owned_targets"]:
            owners = self._noun_modifier_actors(pobj) or [
                # "two US soldiers died when a bomb ripped through their patrol"
                a
                for c in pobj.children
                if c.dep_ == "poss"
                for a in self.r.many(c) or self._main_subject_actors(c)
            ]
            if owners and all(a.kind == "state" for a in owners):
                return owners
        if lemma in ("embassy", "consulate", "mission") and event in ("ASSAULT", "PROTEST"):
            return self._noun_modifier_actors(pobj) or self.r.many(self._doer(pobj))
        return []

    def _named_place(self, pobj: Token) -> list[Actor]:
        """The state of a place phrase's object: the place itself, a name compounded with
        it ("a Tel Aviv market"), or a place it is in ("outside a bar in southern
        Thailand", "the Iraqi city of Tikrit"); a place noun its own modifier gives a state
        ("in a nearby Jewish settlement")."""
        inner = self._inner_places(pobj)
        names = [
            c
            for c in pobj.children
            if (c.dep_ in ("compound", "nmod", "appos") and c.pos_ == "PROPN") or c.dep_ == "poss"
        ]  # "a Tel Aviv market", "east Congo's Ituri province", "the capital Kabul"
        if pobj.lemma_.lower() in self.g["owned_targets"]:
            names = []  # "US outposts near Kandahar": the owner is no place
        for place_token in (pobj, *names, *inner):
            named = place_token.pos_ == "PROPN" or place_token.ent_type_ in ("GPE", "LOC", "FAC")
            settled = (
                place_token.lemma_.lower() in self.g.classes["places"]
                and place_token.lemma_.lower() not in self.g["owned_targets"]
                and any(
                    c.dep_ in ("amod", "compound") and self.r.one(c) is not None
                    for c in place_token.children
                )
            )
            if not (named or settled):
                continue
            found = self.r.many(place_token)
            kinds = ("state", "org") if settled else ("state",)
            if found and all(a.kind in kinds and not a.person for a in found):
                return [replace(a, kind="state") for a in found]
            place = self.r.place_country(place_token)
            if place is not None:
                return [place]
        return []

    def _place_preps(self, token: Token) -> list[Token]:
        """The prepositions on a place noun, and those on a bearing it is given ("a village
        south of Falluja", "a town 400 km southwest of Kabul")."""
        preps = [c for c in token.children if c.dep_ == "prep"]
        for bearing in token.children:
            if bearing.dep_ in ("advmod", "amod", "npadvmod") and (
                bearing.lemma_.lower() in self.g["bearings"]
            ):
                preps.extend(c for c in bearing.children if c.dep_ == "prep" and c.lower_ == "of")
        return preps

    def _main_subject_actors(self, possessive: Token) -> list[Actor]:
        """The antecedent of "their" in a clause hung on another ("Two US soldiers died
        when a bomb ripped through their patrol"): the main clause's plural subject."""
        if possessive.lower_ != "their":
            return []
        clause = clauses.clause_verb(possessive)
        if clause.dep_ not in ("advcl", "conj") or clause.head == clause:
            return []
        main = clause.head
        for _ in range(3):  # "two soldiers died and another was injured when ..."
            subject, _ = clauses.subject_of(main, self.lex)
            if subject is not None and subject.tag_ in ("NNS", "NNPS"):
                return self.r.many(subject)
            if main.dep_ != "conj":
                break
            main = main.head
        return []

    def _inner_places(self, place: Token, depth: int = 3) -> list[Token]:
        """Places named inside a place phrase, nearest first: "outside a bar in southern
        Thailand", "near a crowd of people in the northern city of Kirkuk"."""
        found: list[Token] = []
        level = [place]
        for _ in range(depth):
            level = [
                g
                for token in level
                for c in self._place_preps(token)
                if c.lower_ in ("in", "of", "near", "outside", "into", "at")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            # "a strike at a key U.S. ally in the war in Iraq" names no place of the attack
            level = [t for t in level if t.lemma_.lower() not in self.g["allied_nouns"]]
            for token in level:  # "an advance into a Baghdad suburb": the suburb's name too
                found.append(token)
                found.extend(
                    c
                    for c in token.children
                    if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                )
        return found

    def _with_partners(self, head: Token, theme: Token | None) -> list[Actor]:
        """The "with" phrase of a meeting verb or of its talks noun ("held talks with X")."""
        found: list[Actor] = []
        for holder in (head, theme):
            if holder is not None:
                for pobj in self.prep_objects(holder, frozenset({"with"})):
                    found.extend(self.r.many(pobj))
        return unique(found)

    def partners(self, head: Token) -> list[Actor]:
        """Co-actors of a reciprocal event: "with X", "between X and Y", "among ..."."""
        found: list[Actor] = []
        for pobj in self.prep_objects(head, frozenset({"with", "between", "among", "alongside"})):
            found.extend(self.r.many(pobj))
        return found

    def _armed_subject(self, subject: Token) -> bool:
        """Troops, warplanes, militants: a subject whose "strike" is an attack."""
        classes = self.g.classes
        armed = classes["troops"] | classes["violence"]
        return subject.lemma_.lower() in armed or subject.lower_ in armed

    def _content_subject(self, verb: Token, noun_clause: bool = False) -> list[Actor]:
        """Who is asked or accused in "demanded that X ...", "protested that X ...",
        "called for X to step down" (parsed as a "for" clause); with ``noun_clause`` also
        in a noun's content clause ("stepped up its charges that Damascus was sheltering
        insurgents")."""
        for child in verb.children:
            if (
                child.dep_ == "ccomp"
                or (child.dep_ == "advcl" and any(m.lower_ == "for" for m in child.children))
                or (
                    noun_clause
                    and child.dep_ == "acl"
                    and verb.pos_ == "NOUN"
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
                )
            ):
                subject, passive = clauses.subject_of(child, self.lex)
                if passive and child.lemma_.lower() in self.g["granted_passives"]:
                    # "demanded that the two journalists be released", "asking that
                    # Veselnitskaya be allowed to appear": who would be freed or let is not
                    # the one asked
                    continue
                if (
                    subject is None
                    and child.pos_ == "NOUN"
                    and any(m.dep_ == "mark" for m in child.children)
                ):
                    # "demanded that Attorney General Jeff Sessions resign", the bare verb
                    # tagged as a noun and its subject as the noun's modifiers
                    subject = max(
                        (c for c in child.children if c.dep_ == "compound"),
                        key=lambda c: c.i,
                        default=None,
                    )
                found = self.r.many(subject)
                if found:
                    return found
        return []

    def _inner_preps(self, noun: Token, preps: frozenset[str], event: str) -> frozenset[str]:
        """The phrases of ``noun`` that may name the side an answer is given to: not the
        "for" of a plan, offer or demand ("agreed to a peace plan for Darfur" answers its
        maker, not Darfur). Talks asked for are asked of the other side: "called for
        dialogue with North Korea"."""
        if event in ANSWERING_TYPES and noun.lemma_.lower() in PROPOSALS:
            return preps - {"for"}
        if event == "REQUEST" and noun.lemma_.lower() in self.g.classes["talks"]:
            return preps | {"with"}
        return preps

    def _reported_doer(self, head: Token) -> list[Actor]:
        """Who an inquiry looks into in "an investigation into reports that Poland violated
        the rules", "probing allegations that Senator X harassed staff": the subject of
        the claim's clause."""
        for claim in self.prep_objects(head, frozenset({"into", "of", "over"})) + [
            c for c in head.children if c.dep_ == "dobj"
        ]:
            if claim.lemma_.lower() not in self.g["denied_claims"]:
                continue
            for clause in claim.children:
                if clause.dep_ in ("acl", "ccomp") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
                ):
                    subject, _ = clauses.subject_of(clause, self.lex)
                    found = self.r.many(subject)
                    if found:
                        return found
        return []

    def _defender(self, noun: Token) -> list[Actor]:
        """Who answers a charge: the subject of "defended itself against accusations by
        Ivory Coast" or "fought back against accusations by a minister" is the one
        accused, the object of "defended his employees against accusations"."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "against":
            return []
        verb = noun.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.g["defence_verbs"]:
            return []
        defended = next((c for c in verb.children if c.dep_ == "dobj"), None)
        subject, passive = clauses.subject_of(verb, self.lex)
        if defended is not None and not defended.lower_.endswith(("self", "selves")):
            found = self.r.many(defended)
            if (
                not found
                and not passive
                and any(
                    c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their")
                    for c in defended.children
                )
            ):
                # "the FBI director defended his employees against accusations": his own
                found = self.r.many(subject)
            return found
        return [] if passive else self.r.many(subject)

    def _between(self, noun: Token, distinct: bool = False) -> list[Actor]:
        """The sides of a "between X and Y" phrase on ``noun``, when each names an actor;
        one per state, or with ``distinct`` one per side named differently."""
        found: list[Actor] = []
        holders = [noun] + [
            # "clashes that broke out between US troops and insurgents"
            c
            for c in noun.children
            if c.dep_ == "relcl" and c.lemma_.lower() in self.g["occurrence_verbs"]
        ]
        pobjs = [p for h in holders for p in self.prep_objects(h, frozenset({"between"}))]
        for pobj in pobjs:
            sides = list(conjuncts(pobj))
            together = self.r.many(pobj)
            if len(sides) > 1 and len(together) >= len(sides):
                # "battles between US troops and militants in Baghdad": a side with no
                # country of its own takes the place's (see Resolver.many)
                found.extend(together)
                continue
            for side in sides:
                actors = self.r.many(side)
                if not actors:
                    return []
                found.extend(actors)
        if distinct:
            named = {(a.person or a.text.lower()) for a in found}
            return found if len(named) == len(found) else []
        return unique(found)

    def _noun_modifier_actors(self, noun: Token) -> list[Actor]:
        """Actors named as modifiers of an event noun ("an Israeli airstrike"), not the
        town or region it happened in ("a Gaza City airstrike", "Gaza air strikes"), and its
        "with"/"between" sides."""
        found = [
            a
            for c in noun.children
            # "US surgical strikes": the tagger may hang the state on as nmod
            if c.dep_ in ("amod", "compound", "nmod") and not self.r.is_subnational(c)
            if (a := self.r.one(c)) is not None
        ]
        return unique(found + self.partners(noun))


def _amount(token: Token) -> bool:
    """A sum of money or a count: "$3.5 billion", "20 million euros"."""
    return (
        token.like_num
        or token.ent_type_ == "MONEY"
        or any(c.dep_ == "nummod" for c in token.children)
    )
