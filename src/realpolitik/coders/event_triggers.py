"""Trigger matching (:class:`TriggerMatcher`): the lexicon pattern a verb and its
dependents fill (:meth:`~TriggerMatcher.match_verb`, with the object checks of its
classes: weapons tested, civil payloads, projectiles, envoys, crowds), noun triggers
(:meth:`~TriggerMatcher.match_noun`) and nouns carried by a light verb
(:meth:`~TriggerMatcher.light_object`: "held talks", "made a visit").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import event_clauses as clauses
from .event_actors import conjuncts
from .event_base import CoderBase
from .event_drafts import (
    LANDING_VERBS,
    NO_TARGETS,
    VerbMatch,
)
from .event_lexicon import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token


class TriggerMatcher(CoderBase):
    """Finds the lexicon trigger a verb or noun fills."""

    def match_verb(self, verb: Token) -> VerbMatch | None:
        """The most specific lexicon pattern that ``verb`` and its dependents fill."""
        entries = self.lex.verbs.get(verb.lemma_.lower())
        if not entries:
            return None
        tested = self._test_fire(verb)
        if tested is not None:
            return tested
        particles = self._verb_particles(verb)
        objects, has_dobj = self._verb_objects(verb)
        undergone = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "guards charged with"
        for entry in entries:
            tokens = [verb]
            found = particles
            if entry.particle and entry.obj:
                # "took aim at X": the preposition may hang on the object
                found = particles | self._object_preps(objects, entry.obj)
            if entry.particle:
                if not all(p in found for p in entry.particle):
                    continue
                tokens.extend(found[p] for p in entry.particle)
            obj_token: Token | None = None
            if entry.obj:
                pool = objects
                if entry.particle:
                    last = found[entry.particle[-1]]
                    pool = objects + [g for g in last.children if g.dep_ == "pobj"]
                obj_token = next((o for o in pool if self._obj_matches(o, entry.obj)), None)
                if obj_token is None or self._civil_payload(obj_token):
                    continue
                tokens.append(obj_token)
            elif ("intrans" in entry.flags and has_dobj) or (
                "trans" in entry.flags and not has_dobj and not undergone
            ):
                continue
            if not self._flags_hold(entry, verb):
                continue
            return VerbMatch(entry, tokens, obj_token)
        return None

    @staticmethod
    def _verb_particles(verb: Token) -> dict[str, Token]:
        """The particles and prepositions a verb's patterns may name, by lemma, first
        found first: its own, one nested in them (not in a noun's phrase), and the "for" of
        "called for X to step down"; a date phrase ("on Sunday") is none."""
        particles: dict[str, Token] = {}
        for child in verb.children:
            dep = child.dep_
            if dep == "advcl":
                for mark in child.children:  # "called for X to step down"
                    if mark.dep_ == "mark" and mark.lower_ == "for" and mark.i < child.i:
                        particles.setdefault("for", mark)
            if dep in ("prt", "prep", "agent", "dative", "advmod", "acomp", "oprd"):
                if _dated(child):
                    continue  # "on Sunday" is no particle
                particles.setdefault(child.lemma_.lower(), child)
                if child.pos_ in ("NOUN", "PROPN"):
                    continue  # "called the ruling a victory for ...": the noun's own "for"
                for grand in child.children:
                    if grand.dep_ in ("prep", "pobj") and grand.pos_ == "ADP":
                        particles.setdefault(grand.lemma_.lower(), grand)
        return particles

    def _verb_objects(self, verb: Token) -> tuple[list[Token], bool]:
        """The nouns a verb acts on (its objects, a passive's subject, what a count is of,
        the noun a participle hangs on, a patient the parser left elsewhere) and whether
        it has a direct object at all."""
        objects = [
            c
            for child in verb.children
            if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd")
            # an "oprd" dated like "on Sunday" is no object, as it is no particle
            and not (child.dep_ == "oprd" and _dated(child))
            for c in conjuncts(child)
        ]
        counted = self._up_to_objects(verb)
        for obj in counted:
            objects.extend(conjuncts(obj))
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            objects.extend(conjuncts(verb.head))  # "hostages seized in Iraq": the noun undergoes it
        misplaced = clauses.passive_patient(verb) if not objects else None
        if misplaced is not None:
            objects.extend(conjuncts(misplaced))  # "Britons, believed to be ..., were seized"
        has_dobj = (
            bool(counted)
            or misplaced is not None
            or any(
                c.dep_ in ("dobj", "nsubjpass")  # a passive's subject is its object
                for c in verb.children
            )
        )
        return objects, has_dobj

    def _flags_hold(self, entry: Trigger, verb: Token) -> bool:
        """Whether the verb meets the conditions its pattern's flags set: aimed at
        someone, with arms, by a crowd, by an envoy, a projectile fired, a person hit."""
        checks = (
            ("aimed", self._aimed),
            ("armed", self._armed),
            ("crowd", self._crowd),
            ("envoy", self._envoy),
            ("fired", self._projectile),
            ("bodily", self.person_object),
            ("camera", self._no_recording),
            ("backed", self._backed_side),
        )
        return all(flag not in entry.flags or check(verb) for flag, check in checks)

    def _no_recording(self, verb: Token) -> bool:
        """No film or picture as the object: "shot a documentary in Iran" is filming."""
        recordings = self.g["recordings"]
        return not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in recordings
            for c in verb.children
        )

    def _backed_side(self, verb: Token) -> bool:
        """A person in the verb's "around" or "behind" phrase: "rallied around Mitt Romney"
        backs him, "rallied around the parliament building" is a protest."""
        return any(
            pobj.ent_type_ == "PERSON"
            or pobj.lemma_.lower() in self.g["person_nouns"]
            or any(a.kind == "person" for a in self.r.many(pobj))
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in ("around", "behind")
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        )

    def _object_preps(self, objects: list[Token], pattern: str) -> dict[str, Token]:
        """The prepositions of the objects that fill ``pattern`` ("aim" in "took aim at")."""
        return {
            c.lemma_.lower(): c
            for o in objects
            if self._obj_matches(o, pattern)
            for c in o.children
            if c.dep_ == "prep"
        }

    def _test_fire(self, verb: Token) -> VerbMatch | None:
        """ "test-fired a missile", which the parser splits into "test", "-", "fired": the
        lexicon's "test-fire" (a weapons test, MOBILIZE), not an attack."""
        if verb.lemma_.lower() not in ("fire", "launch") or verb.i < 1:
            return None
        doc = verb.doc
        before = doc[verb.i - 1]
        if before.text in ("-", "\u2010", "\u2011") and verb.i >= 2:
            before = doc[verb.i - 2]
        if before.lower_ != "test":
            return None
        entries = self.lex.verbs.get("test-fire", ())
        return VerbMatch(entries[0], [before, verb], None) if entries else None

    def _civil_payload(self, obj: Token) -> bool:
        """ "Japan launched a weather satellite into orbit": a satellite is a weapons
        test (MOBILIZE) only in a sentence that makes it military ("a military spy
        satellite"); a science or weather satellite is no political act."""
        if obj.lemma_.lower() not in self.g["space_payloads"]:
            return False
        contexts = self.lex.grammar.contexts
        return not any(
            contexts.get(t.lemma_.lower()) in ("military", "cbrn")
            or t.lemma_.lower() in self.g["military_payloads"]
            for t in self.sent
        )

    @staticmethod
    def _aimed(verb: Token) -> bool:
        """A target phrase: "fired missiles at a warehouse", not "into orbit" or "into the
        sea"; on the verb or on what is fired ("launched rocket fire against camps")."""
        fired = [t for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)]
        for child in (c for holder in (verb, *fired) for c in holder.children):
            if child.dep_ == "prep" and child.lower_ in (
                "at",
                "on",
                "against",
                "into",
                "toward",
                "towards",
                "upon",
            ):
                for pobj in child.children:
                    if (
                        pobj.dep_ == "pobj"
                        and pobj.lemma_.lower() not in NO_TARGETS
                        and pobj.ent_type_ not in ("DATE", "TIME")  # "on Monday"
                    ):
                        return True
        # "fired rockets that landed in Sderot": where what is fired came down, if on land
        return any(
            pobj.lemma_.lower() not in NO_TARGETS and pobj.ent_type_ not in ("DATE", "TIME")
            for f in fired
            for c in f.children
            if c.dep_ == "relcl" and c.lemma_.lower() in LANDING_VERBS
            for p in c.children
            if p.dep_ == "prep" and p.lower_ in ("in", "on", "at", "into", "near")
            for pobj in p.children
            if pobj.dep_ == "pobj"
        )

    def _armed(self, verb: Token) -> bool:
        """A military sense: armed doers ("warplanes targeted ...", "militants targeted")
        or a weapon named ("targeted the convoy with drones"), not "sanctions targeting
        exports"."""
        classes = self.g.classes
        armed = classes["troops"] | classes["violence"] | classes["arms"] | classes["launchable"]
        subject, _ = clauses.subject_of(verb, self.lex)
        words: set[str] = set()
        if subject is not None:
            words.add(subject.lemma_.lower())
            words.update(c.lemma_.lower() for c in subject.children if c.dep_ == "compound")
            words.update(  # "an advance party of British soldiers"
                g.lemma_.lower()
                for c in subject.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            )
        for child in verb.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in ("with", "by"):
                words.update(g.lemma_.lower() for g in child.children if g.dep_ == "pobj")
        return bool(words & armed)

    def _projectile(self, verb: Token) -> bool:
        """A projectile does it: "two Qassam rockets landed", "a barrage of shells fell"."""
        subject, _ = clauses.subject_of(verb, self.lex)
        if subject is None:
            return False
        words = {subject.lemma_.lower()} | {
            g.lemma_.lower()
            for c in subject.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        }
        return bool(words & self.g.classes["projectiles"])

    def _envoy(self, verb: Token) -> bool:
        """Done by a named person or by officials ("the foreign minister arrived in
        Seoul"), not by troops, refugees or tourists."""
        subject, _ = clauses.subject_of(verb, self.lex)
        if subject is None:
            return False
        if subject.lemma_.lower() in self.g.classes["officials"]:
            return True
        return any(a.kind == "person" for a in self.r.many(subject))

    def _crowd(self, verb: Token) -> bool:
        """A crowd of protest: protesters do it ("thousands of protesters gathered") or
        it is done to protest ("poured into the streets to denounce the vote")."""
        protesters = self.g["protesters"]
        subject, _ = clauses.subject_of(verb, self.lex)
        if subject is not None:
            words = {subject.lemma_.lower()}
            for prep in subject.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    words.update(g.lemma_.lower() for g in prep.children if g.dep_ == "pobj")
            if words & protesters:
                return True
        aims = self.g["protest_aims"]
        return any(  # "to denounce the vote", "demanding to know ..."
            c.dep_ in ("xcomp", "advcl")
            and c.lemma_.lower() in aims
            and (clauses.is_purpose(c) or c.tag_ == "VBG")
            for c in verb.children
        )

    def _obj_matches(self, token: Token, pattern: str) -> bool:
        lemma = token.lemma_.lower()
        words = {lemma, token.lower_}
        for child in token.children:
            if child.dep_ == "compound":
                words.add(child.lemma_.lower())
                if child.i == token.i - 2 and token.nbor(-1).text == "-":
                    words.add(f"{child.lower_}-{lemma}")  # "cease-fire", split by the parser
            elif (
                child.dep_ == "prep"
                and child.lower_ == "of"  # "a state of emergency"
                and lemma not in self.g["listings"]  # not "the names of the soldiers"
            ):
                words.update(g.lemma_.lower() for g in child.children if g.dep_ == "pobj")

        if token.like_num or token.ent_type_ == "MONEY":
            # "$3.5 billion in loans", "gave 12 million pounds in aid": an amount of it
            holders = [token, token.head] if token.dep_ == "dobj" else [token]
            words.update(
                g.lemma_.lower()
                for holder in holders
                for p in holder.children
                if p.dep_ == "prep" and p.lower_ == "in" and p.i > token.i
                for g in p.children
                if g.dep_ == "pobj"
            )
        if not pattern.startswith("@"):
            return pattern in words
        name = pattern[1:]
        if (
            name == "captives"
            and token.ent_type_ in ("PERSON", "NORP")
            # "released a new Clie handheld": a product the tagger took for a person
            and not any(c.dep_ == "amod" and c.lower_ in ("new", "latest") for c in token.children)
        ):
            return True
        if name == "captives" and self._people_of_a_state(token):
            return True  # "two Britons were detained and later released"
        if name == "places" and token.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        if name == "troops" and lemma in self.g["unit_nouns"]:
            military = self.g.classes["troops"] | self.g["military_modifiers"]
            if any(
                c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in military
                for c in token.children
            ):
                return False  # "built up a consumer finance unit", "set up a task force"
        return bool(words & self.g.classes[name])

    def _people_of_a_state(self, token: Token) -> bool:
        """Whether ``token`` is a plural demonym naming a state's people ("Britons",
        "three Indians"): people who can be held or freed."""
        if token.tag_ not in ("NNS", "NNPS"):
            return False
        actor = self.r.one(token)
        return actor is not None and actor.kind == "state" and not actor.person

    def match_noun(self, noun: Token) -> Trigger | None:
        entries = self.lex.nouns.get(noun.lemma_.lower())
        if not entries or not (noun.pos_ == "NOUN" or self._capitalised_noun(noun)):
            return None
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        for entry in entries:
            if entry.modifier and entry.modifier not in mods:
                continue
            return entry
        return None

    @staticmethod
    def _capitalised_noun(token: Token) -> bool:
        """A common noun the tagger took for a name because it opens the sentence
        ("Gunfire erupted in a slum"): no entity, the next word lower case."""
        return (
            token.pos_ == "PROPN"
            and bool(token.is_sent_start)
            and not token.ent_type_
            and token.i + 1 < len(token.doc)
            and token.nbor().is_lower
        )

    def noun_trigger_of(self, token: Token) -> tuple[Token, Trigger] | None:
        """A noun trigger that is ``token`` or a compound inside it ("veto power")."""
        found = self.match_noun(token)
        if found is not None:
            return token, found
        for child in token.children:
            if child.dep_ == "compound":
                found = self.match_noun(child)
                if found is not None:
                    return child, found
        return None

    def light_object(self, verb: Token) -> tuple[Token, Trigger] | None:
        """The noun trigger a light verb carries as object ("held talks", "talks were held")."""
        lemma = verb.lemma_.lower()
        if lemma in self.g["light_in_verbs"] or (
            lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        ):
            # "engaged in talks with", "took part in talks with": the noun is the event
            for pobj in self.prep_objects(verb, frozenset({"in"})):
                found = self.noun_trigger_of(pobj)
                if found is not None:
                    return found
            return None
        if lemma not in self.g["light_verbs"] and lemma not in self.g["meeting_end_verbs"]:
            return None
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                found = self.noun_trigger_of(child)
                if found is not None and self.carries(verb, found[0]):
                    return found
        return None

    def carries(self, verb: Token, noun: Token) -> bool:
        """Whether ``verb`` is a light verb of the event ``noun`` ("held talks"); an
        ending verb carries only a meeting or visit, held when it ends ("ended a visit to
        China"; "ended its offensive" is a ceasefire)."""
        lemma = verb.lemma_.lower()
        return lemma in self.g["light_verbs"] or (
            lemma in self.g["meeting_end_verbs"]
            and noun.lemma_.lower() in self.g["meeting_end_nouns"]
        )


def _dated(phrase: Token) -> bool:
    """Whether a verb's dependent holds a date or a time ("on Sunday")."""
    return any(g.ent_type_ in ("DATE", "TIME") for g in phrase.children)
