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

Four passes read more than one verb at a time:

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
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .. import ontology
from ..actors.gazetteer import neighbours
from ..ids import record_id
from ..models import Actor, Article, Event, Place, Provenance, TimeRef
from . import event_clauses as clauses
from .event_actors import ActorIndex, Resolver, conjuncts, lead_end, unique
from .event_lexicon import Lexicon, Trigger, load_lexicon
from .event_sport import kept_in_sport, sport_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CODER = "events"
VERSION = "0.15.0"

log = logging.getLogger(__name__)

COOPERATIVE = frozenset({"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICT_ACTS = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"})
# What is fired when the firing is words: "fired questions at", "fired a broadside at".
FIRED_WORDS = frozenset({"question", "barb", "broadside", "insult", "accusation", "criticism"})
# Events of words between people (the domestic-person rule applies to these only).
VERBAL_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
)
DECADE = re.compile(r"^(?:1[89]\d0|20[01]0)s$|^'\d0s$")  # "1960s", "'80s": history
AIMED_PREPS = (("at",), ("against",), ("with",))  # "took aim at", "lodged a protest with"
LOCATIVE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "CONCEDE"})
DOMESTIC_MODES = frozenset(
    {
        ("COERCE", "arrest"),
        ("SANCTION", "convict"),
        ("ACCUSE", "allege"),
        ("ACCUSE", "investigate"),
        ("COERCE", ""),
        ("RETREAT", "release"),
    }
)
# Permissions and pardons a state grants to people with no stated nationality are
# granted to its own people (CONVENTIONS A4, domestic action).
DOMESTIC_GRANTS = frozenset({("CONCEDE", "")})
HOME_MODES = frozenset(
    {
        ("COERCE", "curfew"),
        ("COERCE", "martial-law"),
        ("THREATEN", "curfew"),
        ("THREATEN", "martial-law"),
    }
)
POLICE_WORDS = frozenset(
    {
        "police",
        "policeman",
        "policemen",
        "security",
        "riot",
        "gendarme",
        "gendarmerie",
        "prison",
        "guard",
        "court",
        "judge",
        "tribunal",
    }
)
# Types whose events usually name a recipient: without one, a record is much less
# likely to be right (measured on the dev set's even half: 17% against 71%), so its
# confidence drops below the default threshold. MOBILIZE and RETREAT often have none.
EMPTY_RECIPIENT_PENALTY = {"MOBILIZE": 0.1, "RETREAT": 0.2}
EMPTY_SIDE_PENALTY = 0.4
# Sectors of public office: a director or chairman serving one holds no business post.
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "PTY", "MIL", "COP"})
# Aims of a gathering that target no one: "rallied to support", "gathered to mourn".
FRIENDLY_AIMS = frozenset({"support", "mourn", "rally"})
# Verbs that carry a noun event in a "with" phrase: "came forward with allegations".
FORWARD_VERBS = frozenset(
    {
        ("come", "forward"),
        ("step", "forward"),
        ("go", "public"),
        ("press", "forward"),
        ("press", "ahead"),
        ("push", "forward"),
        ("push", "ahead"),
        ("forge", "ahead"),
        ("move", "ahead"),
        ("move", "forward"),
        ("go", "ahead"),
    }
)
# Particles of going on with something ("pressed ahead with its offensive"): no request.
ONWARD = frozenset({"ahead", "forward"})
# Days that make a past perfect this week's news: "had on Tuesday threatened".
RECENT_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"yesterday", "today", "tonight", "overnight"}
)
# Policy acts that, as the object of "discussed" or "considered", are only weighed.
WEIGHED_ACTS = frozenset({"SANCTION", "AID", "MOBILIZE", "RETREAT", "COOPERATE"})
# Prepositions nested in another's phrase: "calls from within his cabinet".
INNER_PREPS = frozenset({"within", "inside", "among", "across", "outside"})
# Verbs of what is fired coming down: "fired rockets that landed in Sderot" is aimed there.
LANDING_VERBS = frozenset({"land", "hit", "strike", "fall", "slam", "explode", "crash"})
# Prepositions of time or manner, never inside the phrase of an attack's target.
TIME_PREPS = frozenset(
    {"as", "during", "after", "before", "since", "until", "amid", "despite", "following"}
)
# A year this many years or more before publication dates a history item (CONVENTIONS A4:
# "in 1979 the Soviet Union sent troops"). Nearer years are still coded: the seed article's
# gold codes "made an initial official visit there ... in 2019" in a 2024 story.
BACKGROUND_YEARS = 10
# An empty recipient is no sign of error when the event acts on a thing or on unnamed people
# that no actor owns ("Iran defied the demand", "promised to release prisoners", "bombed a
# market"): CONVENTIONS A3/A4 leave an unnamed recipient out. It still is when the object
# names someone the resolver could not place (a name, a pronoun, a possessive).
OWNERLESS_OBJECT_TYPES = frozenset({"AGREE", "REJECT"})
# Events that judge or answer someone's deed, words or offer: the doer of the thing judged
# is the recipient ("condemned actions by Rwanda", "accepted an invitation from Congress").
JUDGEMENTS = frozenset({"ACCUSE", "SUPPORT", "REJECT", "CONCEDE", "AGREE"})
OWNERLESS_OBJECT_PENALTY = 0.3
# An attack or threat whose doer the text does not name is coded with an empty
# actor (CONVENTIONS A4: "a bombing with no named attacker"), so that is no sign of error.
EMPTY_ACTOR_PENALTY = {"ASSAULT": 0.1, "THREATEN": 0.1}
# Judgements that may point back at an earlier event ("condemned the agreement"), how
# many sentences back they look (any event: "the decision"), and the determiners.
ANAPHORIC_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "CONCEDE"})
ANAPHORA_REACH = 8
ANY_EVENT_REACH = 4
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
THREAT_MODES = {
    "ASSAULT": "violence",
    "MOBILIZE": "violence",
    "SANCTION": "relations",
    "PROTEST": "restrict",
    "COERCE": "restrict",
}
THREAT_BY_MODE = {
    ("COERCE", "arrest"): "arrest",
    ("SANCTION", "expel"): "expel",
    ("COERCE", "ban"): "ban",
    ("COERCE", "deport"): "expel",
    ("COERCE", "curfew"): "restrict",
    ("ASSAULT", "heavy-weapons"): "violence",
}
ASK_MODES = {
    "CONSULT": "meet",
    "RETREAT": "yield",
    "CONCEDE": "yield",
    "AID": "assist",
    "COOPERATE": "assist",
    "SUPPORT": "assist",
    "AGREE": "assist",
}
THREAT_NOUNS = frozenset(
    {
        "retaliation",
        "consequence",
        "reprisal",
        "response",
        "action",
        "measure",
        "war",
        "attack",
        "strike",
        "force",
        "sanction",
        "revenge",
        "punishment",
        "countermeasure",
        "escalation",
        "violence",
    }
)
AID_MODES = {
    "military": "military",
    "economic": "economic",
    "financial": "economic",
    "humanitarian": "humanitarian",
    "food": "humanitarian",
    "medical": "humanitarian",
}
# Object classes whose object is itself the recipient ("released Israeli prisoners",
# "expelled Russian diplomats"), unlike the thing given or done ("sent aid").
OBJECT_IS_RECIPIENT = frozenset(
    {"@captives", "@places", "@diplomats", "@envoys", "@organisations", "@property", "@media"}
)


def _object_is_recipient(entry: Trigger) -> bool:
    """Whether the trigger's object is (or belongs to) its recipient, not a thing given:
    "freed hostages", "expelled diplomats"; "trained Iraqi troops" (the flag ``owned``)."""
    return entry.obj in OBJECT_IS_RECIPIENT or "owned" in entry.flags


NO_TARGETS = frozenset(
    {
        "orbit",
        "space",
        "sea",
        "ocean",
        "water",
        "waters",
        "air",
        "sky",
        "atmosphere",
        "test",
        "range",
        "target",
        "future",
        "morning",
        "evening",
    }
)
VERB_DEPS_SKIP = frozenset(
    {"amod", "compound", "nmod", "npadvmod", "poss", "nsubj", "dobj", "pobj", "attr", "appos"}
)


@dataclass(slots=True)
class Draft:
    """An event under construction, before it becomes a frozen :class:`Event`."""

    event: str
    mode: str
    anchor: Token
    tokens: list[Token]
    actors: list[Actor]
    recipients: list[Actor]
    rule: str
    confidence: float
    borrow: bool = False
    notes: list[str] = field(default_factory=list)
    reciprocal: bool = False
    ownerless: bool = False  # the event acts on things or unnamed people only
    # a passive with no "by" phrase, or private people as doers: no state to name
    agentless: bool = False
    person: Token | None = None  # an unplaced person's name where the recipient would be
    # no other side to name: a pull-back inside the actor's own state, an accord among
    # one state's parties
    inside: bool = False

    def joint(self) -> bool:
        """Two states cooperating together ("French and Egyptian warships launched war
        games"): one event of both, with no recipient (CONVENTIONS A1)."""
        return self.event == "COOPERATE" and len({a.code for a in self.actors}) > 1

    def two_parties(self) -> bool:
        """Whether the record names two parties: two states, or two different actors of
        one state on its two sides (a domestic meeting: "Trump spoke to Roy Moore")."""
        if len({a.code for a in self.actors} | {a.code for a in self.recipients}) > 1:
            return True
        own = {a.person or a.text.lower() for a in self.actors}
        other = {a.person or a.text.lower() for a in self.recipients}
        return bool(own and other and not own & other)

    def penalize_unknown_sides(self) -> None:
        """Lower the confidence of a record with an unknown side (see EMPTY_SIDE_PENALTY
        and OWNERLESS_OBJECT_PENALTY)."""
        shared = len(self.actors) > 1 and (self.reciprocal or self.joint())
        if not self.recipients and not (shared or self.inside):
            if self.ownerless and self.event in OWNERLESS_OBJECT_TYPES:
                self.confidence -= OWNERLESS_OBJECT_PENALTY
            else:
                self.confidence -= EMPTY_RECIPIENT_PENALTY.get(self.event, EMPTY_SIDE_PENALTY)
        if not self.actors:
            if self.agentless:  # "was released": the text names no doer (CONVENTIONS A3)
                self.confidence -= min(0.1, EMPTY_ACTOR_PENALTY.get(self.event, 0.1))
            else:
                self.confidence -= EMPTY_ACTOR_PENALTY.get(self.event, EMPTY_SIDE_PENALTY)


@dataclass(slots=True)
class VerbMatch:
    trigger: Trigger
    tokens: list[Token]
    obj: Token | None


class SentenceCoder:
    """Applies the rules to one sentence; holds what the passes share."""

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

    # ------------------------------------------------------------------ matching
    def match_verb(self, verb: Token) -> VerbMatch | None:
        """The most specific lexicon pattern that ``verb`` and its dependents fill."""
        entries = self.lex.verbs.get(verb.lemma_.lower())
        if not entries:
            return None
        tested = self._test_fire(verb)
        if tested is not None:
            return tested
        particles: dict[str, Token] = {}
        objects: list[Token] = []
        for child in verb.children:
            dep = child.dep_
            if dep == "advcl":
                for mark in child.children:  # "called for X to step down"
                    if mark.dep_ == "mark" and mark.lower_ == "for" and mark.i < child.i:
                        particles.setdefault("for", mark)
            if dep in ("prt", "prep", "agent", "dative", "advmod", "acomp", "oprd"):
                if any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
                    continue  # "on Sunday" is no particle
                particles.setdefault(child.lemma_.lower(), child)
                for grand in child.children:
                    if grand.dep_ in ("prep", "pobj") and grand.pos_ == "ADP":
                        particles.setdefault(grand.lemma_.lower(), grand)
            if dep in ("dobj", "nsubjpass", "attr", "oprd"):
                objects.extend(conjuncts(child))
        counted = self._up_to_objects(verb)
        for obj in counted:
            objects.extend(conjuncts(obj))
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            objects.extend(conjuncts(verb.head))  # "hostages seized in Iraq": the noun undergoes it
        has_dobj = bool(counted) or any(  # a passive's subject is its object
            c.dep_ in ("dobj", "nsubjpass") for c in verb.children
        )
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
            if "aimed" in entry.flags and not self._aimed(verb):
                continue
            if "armed" in entry.flags and not self._armed(verb):
                continue
            if "crowd" in entry.flags and not self._crowd(verb):
                continue
            if "envoy" in entry.flags and not self._envoy(verb):
                continue
            if "fired" in entry.flags and not self._projectile(verb):
                continue
            if "bodily" in entry.flags and not self.person_object(verb):
                continue
            return VerbMatch(entry, tokens, obj_token)
        return None

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

    def _suit_target(self, noun: Token) -> list[Actor]:
        """Whom a lawsuit or complaint seeks to stop: "a lawsuit seeking to halt President
        Trump from naming an official", "a suit to block the Interior Department"."""
        if noun.lemma_.lower() not in self.g["suits"]:
            return []
        for clause in noun.children:
            if clause.dep_ not in ("acl", "relcl") or clause.pos_ != "VERB":
                continue
            for verb in clause.subtree:
                if verb.pos_ == "VERB" and verb.lemma_.lower() in self.g["stopping_verbs"]:
                    for obj in verb.children:
                        if obj.dep_ == "dobj" and (found := self.r.many(obj)):
                            return found
        return []

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

    def _legal_home(self, head: Token, recipients: list[Actor]) -> list[Actor]:
        """The state a passive court or police act with no agent belongs to: the state of
        the place it happened in, else of the story's dateline, else the one state of
        people acted on (not a state or body itself) when the sentence names no other."""
        place = [a for a in self.place_recipients(head, None, own=True) if a.kind == "state"]
        if place:
            return place[:1]
        dateline = self.r.dateline_state()
        if dateline is not None:
            return [dateline]
        codes = {a.code for a in recipients}
        named = {
            a.code
            for a in self.r.mentions_in(self.sent.start_char, self.sent.end_char)
            if a.kind == "state"
        }
        if (
            len(codes) == 1
            and named <= codes  # "the British leader of mercenaries who plotted a coup in
            # Equatorial Guinea has been sentenced": tried where the plot was, not at home
            and all(a.kind == "state" and a.sector for a in recipients)
        ):
            return [replace(recipients[0], sector="")]
        return []

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
        if not pattern.startswith("@"):
            return pattern in words
        name = pattern[1:]
        if name == "captives" and token.ent_type_ in ("PERSON", "NORP"):
            return True
        if name == "places" and token.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        return bool(words & self.g.classes[name])

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
        if lemma not in self.g["light_verbs"]:
            return None
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                found = self.noun_trigger_of(child)
                if found is not None:
                    return found
        return None

    # ------------------------------------------------------------------ actors
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
        if not found and subject is not None:
            if self.r.is_pronoun(subject):
                found = self._pronoun_antecedent(subject)
            else:  # "Bosnian Serbs said their forces had withdrawn"
                owner = next((c for c in subject.children if c.dep_ == "poss"), None)
                if owner is not None and self.r.is_pronoun(owner):
                    found = self._pronoun_antecedent(owner)
        return found, subject, False

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
        for _ in range(6):
            if (
                clause.dep_ not in ("ccomp", "advcl", "conj", "xcomp", "acomp")
                or clause.head == clause
            ):
                return None
            clause = clause.head
            subject, passive = clauses.subject_of(clause, self.lex)
            if subject is not None and not passive and not self.r.is_pronoun(subject):
                return subject
        return None

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

    def recipients_from(
        self, head: Token, event: str, theme: Token | None, skip: set[int] | None = None
    ) -> list[Actor]:
        """Recipients of an event whose predicate is ``head`` (a verb or an event noun).

        In order: the direct object when it is not the thing acted with
        (``theme``, as in "sent aid"); inside the theme or object, a
        prepositional phrase the type allows ("sanctions on Iran"); a dative;
        the head's own prepositional phrases of the type.
        """
        preps = self.g.recipient_preps.get(event, frozenset())
        skip = skip or set()
        for child in self._objects(head, event):
            if child.i not in skip:
                if theme is not None and child.i == theme.i:
                    continue
                if event in ("ACCUSE", "SUPPORT", "REJECT") and self._deed(child):
                    # "condemned the beheading of an American hostage": the doer is
                    # accused, not the victim; "the Israeli raid" names the doer.
                    doer = self._judged_doer(child)
                    if doer is not None:
                        return self.r.many(doer)
                    return unique(
                        a
                        for c in child.children
                        if c.dep_ == "amod" and c.ent_type_ == "NORP"
                        if (a := self.r.one(c)) is not None
                    )
                found = self.r.many(child) or self._carried(child, event)
                if found:
                    return found
        inner: list[Token] = []
        if theme is not None:
            inner.append(theme)
        inner.extend(c for c in head.children if c.dep_ == "dobj" and c.i not in skip)
        # "suspended part of a military aid program for Bosnia": the whole the part is of
        inner.extend(
            p
            for token in list(inner)
            if token.lemma_.lower() in self.g["partitives"]
            for p in self.prep_objects(token, frozenset({"of"}))
        )
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
        for pobj in self.prep_objects(head, preps):
            if pobj.lemma_.lower() in self.g["media_channels"]:
                continue  # "attacked Corker on Twitter": the medium is no target
            found = self.r.many(pobj)
            if found:
                return found
        if event == "REQUEST":
            # "appealed for the withdrawal of British troops", "called for Kagame's
            # resignation": the one asked is the one who would do the deed
            for noun in [*inner, *self.prep_objects(head, frozenset({"for"}))]:
                if noun.lemma_.lower() not in self.g["doer_deeds"]:
                    continue
                doer = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
                    iter(self.prep_objects(noun, frozenset({"of", "by"}))), None
                )
                found = self.r.many(doer) if doer is not None else []
                if found:
                    return found
        if event in JUDGEMENTS:
            # "condemned military actions by Rwanda", "opened an inquiry into misconduct by
            # Senator Al Franken", "accepted an invitation from Congress": the doer of the
            # deed judged, or the maker of the offer
            judged = [*inner, *self.prep_objects(head, preps)]
            judged += [p for n in judged for p in self.prep_objects(n, preps)]
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
        for pobj in self.prep_objects(head, preps):
            # "committed to assistance to the US-led war": the recipient of the thing.
            if pobj.pos_ == "NOUN":
                for inner_pobj in self.prep_objects(pobj, preps):
                    found = self.r.many(inner_pobj)
                    if found:
                        return found
        if event == "ACCUSE":
            # "filed a lawsuit seeking to halt President Trump from naming ...": whom the
            # suit would stop
            for noun in inner:
                found = self._suit_target(noun)
                if found:
                    return found
        grievances = [
            c
            for c in head.children
            if c.dep_ == "dobj" and c.lemma_.lower() in self.g["grievances"]
        ]
        if event == "ACCUSE" and grievances:
            # "conveyed to Thai Prime Minister Thaksin its concern over the violence": with
            # no doer named, the one told of a grievance is the one it is held against
            for holder in (head, *grievances):
                for pobj in self.prep_objects(holder, frozenset({"to"})):
                    found = self.r.many(pobj)
                    if found:
                        return found
        if event in ("MOBILIZE", "THREATEN"):
            # "mobilized reservists for a possible war against Iraq": the enemy of the
            # war or attack it is for
            for pobj in self.prep_objects(head, frozenset({"for", "ahead"})):
                if pobj.lemma_.lower() in self.g.classes["attack"]:
                    for enemy in self.prep_objects(pobj, frozenset({"against", "on", "with"})):
                        found = self.r.many(enemy)
                        if found:
                            return found
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
        if clauses.misparsed_clause(head):
            for pobj in self.prep_objects(head.head, preps):
                found = self.r.many(pobj)
                if found:
                    return found
        if event == "CONSULT":
            found = self._there(head)
            if found:
                return found
        if event == "REJECT":
            # "vetoed a resolution at the Security Council": the body that proposed it.
            holders = [head, *(c for c in head.children if c.dep_ == "dobj")]
            for pobj in (p for h in holders for p in self.prep_objects(h, frozenset({"at", "in"}))):
                found = self.r.many(pobj)
                if found and all(a.kind == "igo" for a in found):
                    return found
        return []

    def _objects(self, head: Token, event: str) -> list[Token]:
        """Direct objects of ``head``; the subject of an object-control verb's clause
        ("allowed Iraqi planes to land", parsed as a clause); for judgements also a deed
        set in apposition after an "as" phrase ("denounced as an ugly crime Serbia's
        suppression of ...")."""
        found = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        found.extend(self._up_to_objects(head))
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

    def _each_other(self, verb: Token) -> bool:
        """The verb's object is "each other" or "one another" (directly or after a
        preposition: "fired at each other")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += self.prep_objects(verb, frozenset({"at", "on", "against", "with", "of"}))
        return any(
            o.lower_ in ("other", "another")
            and any(c.lower_ in ("each", "one") for c in o.children)
            for o in objects
        )

    def _mention_in(self, actor: Actor, heads: set[int]) -> bool:
        """Whether ``actor`` is named inside the phrase of one of the tokens ``heads``."""
        return any(
            t.idx <= actor.start < t.idx + len(t.text)
            for h in heads
            for t in self.sent.doc[h].subtree
        )

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

    def _rebels(self, subject: Token | None) -> bool:
        if subject is None:
            return False
        groups = self.g["armed_groups"]  # "Maoists" may be tagged a proper noun
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

    def _claimed_attack(self, verb: Token, obj: Token | None) -> bool:
        """ "claimed responsibility for the bombing", "took responsibility for a school
        siege and other attacks": the claim names an attack or another violent deed."""
        holders = [verb] if obj is None else [verb, obj]
        deeds = [
            d
            for holder in holders
            for pobj in self.prep_objects(holder, frozenset({"for"}))
            for d in (pobj, *pobj.conjuncts)
        ]
        return bool(self._claimed_deeds(holders)) or any(
            self._deed(d) or d.lemma_.lower() in self.g.classes["violence"] for d in deeds
        )

    def _claimed_deeds(self, holders: list[Token]) -> list[Token]:
        """Violent deeds claimed as a verb: "claimed responsibility for slaughtering
        members of the Iraqi security forces"."""
        return [
            g
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ == "for"
            for g in prep.children
            if g.dep_ == "pcomp"
            and (m := self.match_verb(g)) is not None
            and m.trigger.event in ("ASSAULT", "COERCE")
        ]

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
        if event == "ASSAULT":
            preps = preps | {"through"}  # "a bomb ripped through a US patrol"
        holders = [head] + [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and not own]
        holders += [  # "fired rockets that landed in Sderot"
            c
            for h in holders[1:]
            for c in h.children
            if c.dep_ == "relcl" and c.lemma_.lower() in LANDING_VERBS
        ]
        holders += [  # "bombs in Baghdad killed 18 people"
            c
            for c in head.children
            if c.dep_ == "nsubj" and c.lemma_.lower() in self.g.classes["violence"]
        ]
        if theme is not None:
            holders.append(theme)
        for holder in holders:
            for pobj in self.prep_objects(holder, preps):
                if event == "ASSAULT" and pobj.lemma_.lower() in self.g["owned_targets"]:
                    # "a roadside bomb exploded near an American military patrol": the
                    # patrol's state is hit, not the city it drove through
                    owners = self._noun_modifier_actors(pobj) or [
                        # "two US soldiers died when a bomb ripped through their patrol"
                        a
                        for c in pobj.children
                        if c.dep_ == "poss"
                        for a in self.r.many(c) or self._main_subject_actors(c)
                    ]
                    if owners and all(a.kind == "state" for a in owners):
                        return owners
                if pobj.lemma_.lower() in ("embassy", "consulate", "mission"):
                    if event in ("ASSAULT", "PROTEST"):
                        owners = self._noun_modifier_actors(pobj) or self.r.many(self._doer(pobj))
                        if owners:
                            return owners
                    continue  # "near the US Embassy" is not in the United States
                if pobj.lemma_.lower() in self.g["allied_nouns"]:
                    continue  # "a strike at a key U.S. ally" is no place in the US
                if pobj.lemma_.lower() in self.g["frontiers"]:
                    continue  # "a stronghold on the Thai border" may lie on either side
                # the place itself, a name compounded with it ("a Tel Aviv market"), or a
                # place it is in ("outside a bar in southern Thailand", "the Iraqi city of
                # Tikrit")
                inner = self._inner_places(pobj)
                names = [
                    c
                    for c in pobj.children
                    if (c.dep_ in ("compound", "nmod", "appos") and c.pos_ == "PROPN")
                    or c.dep_ == "poss"
                ]  # "a Tel Aviv market", "east Congo's Ituri province", "the capital Kabul"
                if pobj.lemma_.lower() in self.g["owned_targets"]:
                    names = []  # "US outposts near Kandahar": the owner is no place
                for place_token in (pobj, *names, *inner):
                    named = place_token.pos_ == "PROPN" or place_token.ent_type_ in (
                        "GPE",
                        "LOC",
                        "FAC",
                    )
                    # "in a nearby Jewish settlement", "in an Iraqi town": a place noun its
                    # own modifier gives a state
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
        return self._there(head)

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

    def _filed_from_abroad(self, draft: Draft) -> list[Actor]:
        """Where an attack by foreign forces with unnamed victims happened when the
        sentence names no place: the state of the dateline ("KABUL (Reuters) - U.S. troops
        shot dead two civilians" -> AFG). Not a dateline at home: "WASHINGTON - U.S.
        forces killed ..." says nothing of where."""
        filed = self.r.dateline_state()
        if filed is None or all(a.code == filed.code for a in draft.actors):
            return []
        if any(a.kind != "state" for a in draft.actors):
            return []
        if any(self._between(t) for t in (draft.anchor, *draft.anchor.conjuncts)):
            return []  # "battles between US troops and militants": two sides, no victim
        if draft.anchor.dep_ in ("advcl", "acl", "conj") and self._mutual_fight(draft.anchor.head):
            return []  # "two armies traded fire, killing two soldiers": dead on either side
        return [filed]

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

    def _main_subject_actors(self, possessive: Token) -> list[Actor]:
        """The antecedent of "their" in a clause hung on another ("Two US soldiers died
        when a bomb ripped through their patrol"): the main clause's plural subject."""
        if possessive.lower_ != "their":
            return []
        clause = possessive
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            clause = clause.head
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

    @staticmethod
    def _distinct_parties(actor: Actor, met: list[Actor]) -> bool:
        """Whether a meeting of one state's actors has two sides: the governors and the
        vice president, the prime minister and the opposition leader (a domestic
        meeting), not one name met twice (the same test as :meth:`Draft.two_parties`)."""
        own = actor.person or actor.text.lower()
        return all((a.person or a.text.lower()) != own for a in met)

    def partners(self, head: Token) -> list[Actor]:
        """Co-actors of a reciprocal event: "with X", "between X and Y", "among ..."."""
        found: list[Actor] = []
        for pobj in self.prep_objects(head, frozenset({"with", "between", "among", "alongside"})):
            found.extend(self.r.many(pobj))
        return found

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

    def violent_context(self, verb: Token) -> bool:
        """Whether an attack with no named attacker names its means ("in a car bomb")
        and no disaster or accident ("in a helicopter crash") is named instead."""
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
        seen = 0
        violent = False
        while stack and seen < 40:
            token = stack.pop()
            seen += 1
            lemma = token.lemma_.lower()
            if lemma in ("fire", "attack") and token.head.lower_ == "under":
                violent = True  # "when their convoy came under fire"
                continue
            if self.is_disaster(token) and lemma not in ("fire", "blaze"):
                return False  # a fire is no attack of itself, nor proof of none (arson)
            if lemma in words and any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in accidents
                for c in token.children
            ):
                return False  # "a gas explosion": an accident
            violent = violent or lemma in words
            stack.extend(token.children)
        return violent

    def _own_people(self, head: Token) -> bool:
        """Whether the one addressed is the subject's own people: an object ("asked
        their members") or "on"/"to" phrase ("called on his supporters") that is a
        person or group noun owned by a possessive pronoun."""
        words = self.g["person_nouns"] | self.g["domestic_nouns"]
        addressed = [c for c in head.children if c.dep_ == "dobj"]
        addressed += self.prep_objects(head, frozenset({"on", "to"}))
        return any(
            (
                t.lemma_.lower() in words
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

    def person_object(self, head: Token) -> bool:
        for child in self._objects(head, ""):
            if child.dep_ in ("dobj", "nsubjpass", "nsubj"):
                if child.ent_type_ == "PERSON" or child.lemma_.lower() in self.g["person_nouns"]:
                    return True
                if child.pos_ == "NUM":  # "arresting 12"
                    return True
                if child.lemma_.lower() in self.g.classes["captives"]:
                    return True
        return False

    # ------------------------------------------------------------------ building
    def add(self, draft: Draft) -> None:
        self.drafts.append(draft)
        self.by_anchor.setdefault(draft.anchor.i, draft)

    def active_speaker(self, verb: Token) -> tuple[list[Actor], Token | None] | None:
        """The actors and subject of ``verb`` when its clause is asserted and active (the
        speaker of a warning, a blame or a verdict), else None."""
        verdict = clauses.fate(verb, self.lex)
        if not verdict.coded or self._told_before(verb, verdict):
            return None
        actors, subject, passive = self.subject_actors(verb)
        return None if passive else (actors, subject)

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
        ``clause`` is the verb of a noun event's clause ("held talks")."""
        event = draft.event
        clause = clause or head
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
            draft.actors = unique(draft.actors + extra + draft.recipients)
            draft.recipients = []
            if not named and len(draft.actors) < 2:
                return None  # "X and Y signed an accord with Z", X and Y lost by the parser
            if len(draft.actors) < 2 and (event == "CONSULT" or "weak" in flags):
                draft.borrow = event == "CONSULT"
                if not draft.borrow:
                    return None
        if not draft.recipients and event in LOCATIVE_TYPES and "recip" not in flags:
            draft.recipients = self.place_recipients(head, theme, event)
            if not draft.recipients and clause != head:
                draft.recipients = self.place_recipients(clause, None, event)
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
            if not draft.recipients and event == "ASSAULT" and draft.actors:
                draft.recipients = self._filed_from_abroad(draft)
            if draft.recipients:
                draft.confidence -= 0.05
                draft.notes.append("place")
                if not draft.actors and self._rebels(subject):
                    # "Islamist rebels attacked a police patrol in northeastern Nigeria":
                    # rebels take the country they fight in (CONVENTIONS A3)
                    draft.actors = list(draft.recipients)
        if not draft.recipients and event == "ASSAULT" and self._rebels(subject):
            self._domestic_victims(draft, head, theme)
        if not draft.recipients and event == "ASSAULT" and self._forces(subject):
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
        if not draft.recipients and event in ("THREATEN", "AGREE", "REJECT"):
            # "threatened to strike unless Israel rescinded ...", "is prepared to halt
            # operations if rebels withdraw", "will not resume talks until the US ends its
            # hostile policy": the one whose act is the condition
            draft.recipients = self._condition_subject(clause)
            if event == "THREATEN":
                _unthreatened_self(draft)
        if not draft.recipients and event in ("THREATEN", "SANCTION") and draft.actors:
            draft.recipients = self._ties_partner(draft)
        if not draft.recipients and event == "PROTEST":
            # "began a hunger strike to protest against Sweden's decision", "in protest of
            # the Russian government's refusal": the target the protest is for
            draft.recipients = self._protest_target(head) or self._protest_target(clause)
        if not draft.actors and event == "PROTEST":
            self._home_protesters(draft, subject)
        if not draft.recipients and event == "PROTEST" and draft.actors:
            # A protest with no named target is against the protesters' own government.
            draft.recipients = list(draft.actors)
            draft.confidence -= 0.15
            draft.notes.append("home")
        state_acts = (
            (event, draft.mode) != ("RETREAT", "release")
            or self._forces(subject)
            or self._police(subject)
        ) and not (
            # "the U.S. military said it had captured a lieutenant": an army abroad is no
            # court, police or prison acting on its own people (CONVENTIONS A4)
            event == "COERCE"
            and draft.actors
            and all(a.sector == "MIL" for a in draft.actors)
            and not self._police(subject)
        )
        if (
            not draft.recipients
            and draft.actors
            and (
                ((event, draft.mode) in DOMESTIC_MODES and state_acts and self.person_object(head))
                or (
                    (event, draft.mode) in DOMESTIC_GRANTS
                    and self._state(subject)
                    and self.person_object(head)
                )
                or (
                    event == "COERCE"
                    and draft.mode in ("censor", "ban")
                    and self._state(subject)
                    and self._institution_object(head, theme)
                )
                or (event, draft.mode) in HOME_MODES
                or "home" in flags
                or (event in ("CONCEDE", "THREATEN") and self._home_restriction(head, theme))
                or (
                    self._police(subject)
                    and draft.mode != "deport"  # one deports foreigners, not one's own
                    and (event in ("ASSAULT", "COERCE") or self.person_object(head))
                )
            )
        ):
            # CONVENTIONS A4: a state acting on people in its own courts, police or
            # prisons codes them as its own; a curfew or martial law is imposed at home.
            draft.recipients = list(draft.actors)
            draft.confidence -= 0.05
            draft.notes.append("domestic")
        if (
            not draft.actors
            and subject is None
            and (event, draft.mode) in DOMESTIC_MODES
            and (event, draft.mode) != ("RETREAT", "release")
            and clauses.subject_of(head, self.lex)[1]
            and not clauses.fate(head, self.lex).relative  # "a player who was detained"
        ):
            # "Three Russian police officers have been charged", "a US national was put
            # under investigation in Italy": a passive court or police act with no agent
            # is the state's where it happened, else the state's of its own people
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
        if not draft.recipients and event in ("AGREE", "REJECT"):
            draft.recipients = self._invitation_host(head)
        if (
            event == "THREATEN"
            and not draft.actors
            and subject is not None
            and not self.is_agent_like(subject)
        ):
            return None  # "a punch of waves and rain that threatened to swamp communities"
        if "weak" in flags:
            if (
                subject is not None
                and subject.lemma_.lower() in ("fire", "blaze")
                and self.violent_context(head)
            ):
                subject = None  # "destroyed by fire in an arson attack": the attack's fire
            if subject is not None and not self.is_agent_like(subject):
                return None
            if subject is not None and any(self.is_disaster(w) for w in subject.subtree):
                return None  # "Hurricane Ivan hit the Cayman Islands"
            if (
                subject is not None
                and subject.lemma_.lower() in self.g["vehicles"]
                and not any(w.lemma_.lower() in self.g.classes["violence"] for w in subject.subtree)
            ):
                return None  # "a South Korean cargo ship hits a breakwater": an accident
            if event == "ASSAULT" and not draft.actors and not self.violent_context(head):
                return None
        if event == "CONSULT" and not draft.borrow and not draft.two_parties():
            if draft.anchor.dep_ != "conj":
                return None
            draft.borrow = True
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
            return None
        if (
            event == "CONSULT"
            and draft.mode == "visit"
            and "place" in flags
            and {a.code for a in draft.recipients} == {a.code for a in draft.actors}
        ):
            return None  # "Trump arrived in Hawaii": travel at home is no visit
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
        if (
            not draft.recipients
            and ontology.event_type(event).requires_recipient
            and not draft.joint()
        ):
            return None  # CONVENTIONS A3: COOPERATE, AID and SANCTION need a recipient
        draft.reciprocal = "recip" in flags or (
            (event == "AGREE" or "mutual" in flags) and len(draft.actors) > 1
        )
        if draft.reciprocal and len(draft.actors) == 1 and self._two_sides(subject):
            # "Republican and Democratic U.S. senators agreed on sanctions": an accord among
            # one state's parties has no other side to name
            draft.inside = True
        if not draft.recipients and event == "REQUEST" and self._world_addressed(head):
            # "urged the international community to help": an appeal to all has no other
            # side to name (CONVENTIONS A3: the recipient may be empty)
            draft.inside = True
        if not draft.recipients:
            draft.ownerless = self._ownerless_objects(head, theme)
            draft.person = self._unplaced_person(head, event, theme)
        return draft

    def _world_addressed(self, head: Token) -> bool:
        """Whether a request is made to the world at large: "urged the international
        community", "called on the world community", "urging a divided world to unite"."""
        addressees = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        addressees += self.prep_objects(head, frozenset({"on", "upon", "to"}))
        for noun in addressees:
            lemma = noun.lemma_.lower()
            if lemma == "world" or (
                lemma == "community"
                and any(c.lower_ in ("international", "world", "global") for c in noun.children)
            ):
                return True
        return False

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
        invitation to meet President Trump", "declined an invitation to visit Seoul"."""
        for invitation in head.children:
            if invitation.dep_ != "dobj" or invitation.lemma_.lower() != "invitation":
                continue
            for verb in invitation.children:
                if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() not in (
                    "meet",
                    "visit",
                ):
                    continue
                hosts = [a for c in verb.children if c.dep_ == "dobj" for a in self.r.many(c)]
                if hosts:
                    return hosts
        return []

    def _domestic_victims(self, draft: Draft, head: Token, theme: Token | None) -> None:
        """ "Algerian Islamic militants killed 16 people": rebels of a state who kill people
        of no stated state, with no place and no other state named, kill in their own
        state (CONVENTIONS A3: rebels take the state they fight in)."""
        if (
            self._one_state(draft.actors)
            and self.person_object(head)
            and not self.place_recipients(head, theme)
        ):
            draft.recipients = list(draft.actors)
            draft.confidence -= 0.05
            draft.notes.append("domestic")

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
                        out.extend(SentenceCoder._bare_noun_phrase(pobj))
        return out

    def _forces_abroad(self, draft: Draft, head: Token, theme: Token | None) -> None:
        """ "strengthened its forces in Lebanon": forces sent into another state's land."""
        own = {a.code for a in draft.actors}
        abroad = [a for a in self.place_recipients(head, theme, own=True) if a.code not in own]
        if abroad and all(a.kind == "state" for a in abroad):
            draft.recipients = abroad
            draft.notes.append("place")

    def _home_protesters(self, draft: Draft, subject: Token | None) -> None:
        """ "Islamic fundamentalists continued their hunger strike to demand the
        resignation of Algerian President Ahmed Ben Bella": protesters of no stated state
        protest against their own government; the evidence is their own phrase."""
        if not self._one_state(draft.recipients):
            return
        protesters = replace(draft.recipients[0], sector="")
        if subject is not None:
            protesters = replace(
                protesters, text=subject.text, start=subject.idx, end=subject.idx + len(subject)
            )
        draft.actors = [protesters]
        draft.confidence -= 0.05
        draft.notes.append("home-protesters")

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
        return bool(words & g["domestic_nouns"]) and not words & g["armed_groups"]

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
                out.extend(SentenceCoder._phrase(child))
        return out

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

    def _home_restriction(self, head: Token, theme: Token | None) -> bool:
        """A curfew, state of emergency or martial law: imposed or lifted at home."""
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        if theme is not None:
            objects.append(theme)
        words = {w.lemma_.lower() for o in objects for w in o.subtree}
        return bool(words & {"curfew", "emergency", "martial"})

    def _armed_subject(self, subject: Token) -> bool:
        """Troops, warplanes, militants: a subject whose "strike" is an attack."""
        classes = self.g.classes
        armed = classes["troops"] | classes["violence"]
        return subject.lemma_.lower() in armed or subject.lower_ in armed

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

    def aid_mode(self, theme: Token | None, mode: str) -> str:
        if mode or theme is None:
            return mode
        for child in theme.children:
            found = AID_MODES.get(child.lemma_.lower())
            if found and child.dep_ in ("amod", "compound"):
                return found
        lemma = theme.lemma_.lower()
        if lemma in self.g.classes["arms"]:
            return "military"
        if lemma in ("loan", "credit", "money", "dollar", "grant", "fund", "funds", "cash"):
            return "economic"
        if lemma in ("food", "medicine", "relief", "rice", "wheat", "corn", "flour", "grain"):
            return "humanitarian"
        return ""

    def dated_past(self, verb: Token) -> bool:
        """A year phrase on the verb's clause well before publication ("in 1979 the
        Soviet Union sent troops"), or a decade ("marched with King in the 1960s"): a
        history item, background (CONVENTIONS A4). In a clause that describes or frames
        ("Pope Francis, when he visited Manila in 2015", "a pact that Iran signed in
        2015"), any year before publication's is background; a main clause keeps
        BACKGROUND_YEARS, since a story may report an older deed as its news."""
        limit = 1 if self._subordinate(verb) else BACKGROUND_YEARS
        clauses_dated = [verb]
        if verb.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in verb.children
        ):
            clauses_dated.append(verb.head)  # "gained prominence in 2016 when X was shot"
        for clause in clauses_dated:
            for child in clause.children:
                words = [child] if child.dep_ == "npadvmod" else []
                if child.dep_ == "prep":
                    words = [g for g in child.children if g.dep_ == "pobj"]
                for word in words:
                    for tok in word.subtree:
                        text = tok.text
                        if DECADE.match(text) and tok.ent_type_ == "DATE":
                            return True
                        if self.year is None:
                            continue
                        year = (
                            int(text)
                            if tok.pos_ == "NUM" and len(text) == 4 and text.isdigit()
                            else 0
                        )
                        if 1800 < year <= self.year - BACKGROUND_YEARS:
                            return True
                        # a recent year dates a subordinate clause only as its time phrase
                        # ("in June 2016"), not as a word of its object ("investigating
                        # Russia's role in the 2016 election")
                        if (
                            1800 < year <= self.year - limit
                            and word.ent_type_ == "DATE"
                            and tok.ent_type_ == "DATE"
                        ):
                            return True
        return False

    @staticmethod
    def _subordinate(verb: Token) -> bool:
        """A clause that describes a participant or frames another: a relative clause, a
        participle, or a "when"/"while"/"as" clause, or one inside those. A "since" clause
        is not one: the seed article's gold codes a visit five years back told in one."""
        token = verb
        for _ in range(4):
            if token.dep_ in ("relcl", "acl", "pcomp"):
                return True
            if token.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "while", "as")
                for c in token.children
            ):
                return True
            if token.head == token or token.dep_ not in ("conj", "xcomp", "advcl", "ccomp"):
                return False
            token = token.head
        return False

    def verbal_attack(self, verb: Token, subject: Token | None) -> bool:
        """ "attacked the government's policy", "attacked Bush in a speech": words, not
        force. The object is a policy, plan or statement, a speech or debate is named,
        or a named person attacks a named person with no weapon or force in sight."""
        g = self.g
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        fighters = g["armed_groups"] | g.classes["gunfire_sources"]
        if any(  # "a U.S. gunship attacked Shi'ite militia positions": force
            t.lemma_.lower() in fighters
            for o in [subject, *objects]
            if o is not None
            for t in o.subtree
        ):
            return False
        if any(
            o.lemma_.lower() in g["verbal_objects"] and o.lower_ != "positions" for o in objects
        ):
            return True  # "attacked the government's position", not "Israeli positions"
        preps = [g2 for c in verb.children if c.dep_ == "prep" for g2 in c.children]
        if any(p.lemma_.lower() in g["speech_nouns"] | g["media_channels"] for p in preps):
            return True
        if any(c.lower_ in ("verbally", "publicly", "sharply", "openly") for c in verb.children):
            return True
        armed = g.classes["violence"] | g.classes["troops"] | g.classes["arms"]
        if (
            subject is not None
            and not any(t.lemma_.lower() in armed for t in subject.subtree)
            and any(
                c.dep_ == "prep"
                and c.lower_ == "for"
                and any(g2.dep_ == "pcomp" for g2 in c.children)
                for c in verb.subtree
            )
        ):
            return True  # "attacked Trudeau for raising questions": blamed for a deed
        if any(t.lemma_.lower() in armed for t in verb.subtree if t.i != verb.i):
            return False
        if subject is not None and any(a.sector in ("PTY", "LEG") for a in self.r.many(subject)):
            return True  # "Democrats attacked the nominee": parties and lawmakers use words
        return (
            subject is not None
            and subject.ent_type_ == "PERSON"
            and any(o.ent_type_ == "PERSON" for o in objects)
        )

    def business_post(self, verb: Token, subject: Token | None) -> bool:
        """Resigning from a firm or a board, not a political office (RETREAT resign is
        about office): a business title on the subject or a company it leaves."""
        words: set[str] = set()
        if subject is not None:
            served = self.r.many(subject)
            if served and all(a.sector in OFFICE_SECTORS for a in served):
                return False  # "the communications director for Senate candidate Roy Moore"
            words.update(t.lemma_.lower() for t in subject.subtree)
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "as", "at"):
                for tok in child.subtree:
                    words.add(tok.lemma_.lower())
                    if (
                        tok.ent_type_ == "ORG"
                        and tok.pos_ in ("PROPN", "NOUN")
                        and self.r.one(tok) is None
                    ):
                        return True  # a firm the actor tables do not know
        return bool(words & set(self.g["business_words"]))

    def destination(self, verb: Token) -> list[Actor]:
        """Where a motion verb goes: "arrived in Seoul", "flew to Beijing"."""
        for pobj in self.prep_objects(verb, frozenset({"in", "to", "at"})):
            found = [a for a in self.r.many(pobj) if a.kind == "state" or a.kind == "igo"]
            if found:
                return found
            place = self.r.place_country(pobj)
            if place is not None:
                return [place]
        return []

    # ------------------------------------------------------------------ passes
    def main_pass(self) -> None:
        """Verb triggers and noun triggers whose clause is factual."""
        for token in self.sent:
            if token.i in self.consumed:
                continue
            if token.pos_ == "VERB" and token.dep_ not in VERB_DEPS_SKIP:
                self.verb_event(token)
        for token in self.sent:
            if token.i not in self.consumed and (
                token.pos_ == "NOUN" or self._capitalised_noun(token)
            ):
                self.noun_event(token)

    @staticmethod
    def _told_before(verb: Token, verdict: clauses.Fate) -> bool:
        """ "Last spring the ministry had turned down a similar plea": the reporter's past
        perfect tells what came before the news (CONVENTIONS A4); a source's "said X had
        attacked" is only the tense of reported speech. A deed of this week ("had on
        Tuesday threatened ...") is the news that came before today's."""
        return (
            verdict.coded
            and not verdict.reported
            and verb.dep_ == "ROOT"
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
            and not any(
                t.lower_ in RECENT_DAYS
                for c in verb.children
                if c.dep_ in ("prep", "npadvmod")
                for t in c.subtree
            )
        )

    def _question(self, verb: Token) -> bool:
        """ "Kelly was asked whether ...", "reporters asked Merkel about ...": a question
        put to someone, not a favour asked of them (that takes "to" or "for")."""
        if verb.lemma_.lower() != "ask":
            return False
        children = list(verb.children)
        if any(c.dep_ == "xcomp" or c.lower_ == "for" for c in children):
            return False
        questioners = self.g["questioners"]
        if any(c.dep_ == "nsubjpass" for c in children):
            agents = [g for c in children if c.dep_ == "agent" for g in c.children]
            return all(g.lemma_.lower() in questioners for g in agents if g.dep_ == "pobj")
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in questioners for c in children)

    def _shared_view(self, verb: Token) -> bool:
        """ "agree that the plan is flawed": a view held in common, not an accord; "agreed
        that talks would resume" or "that sanctions be lifted" still commits."""
        if verb.lemma_.lower() != "agree":
            return False
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if content is None:
            return False
        m = clauses.markers(content, self.lex)
        return not (
            m.future
            or m.would
            or m.deontic
            or clauses.subjunctive(content)
            or self._has_to(content)
        )

    def verb_event(self, verb: Token) -> None:
        match = self.match_verb(verb)
        if match is None:
            return
        entry = match.trigger
        if not entry.obj and self.light_object(verb) is not None:
            return  # "hosted a summit": the noun says more than the verb
        if any(c.dep_ == "neg" for t in match.tokens[1:] for c in t.children):
            return  # "pleaded not guilty": the negation sits on the pattern's second word
        if (
            any(c.dep_ == "xcomp" for c in verb.children)
            and clauses.control_kind(verb, self.lex) in clauses.CONTROL_KINDS
        ):
            return  # the control pass codes "agreed to ...", "refused to ..."
        if entry.event == "REQUEST" and any(
            c.dep_ in ("advmod", "prt") and c.lower_ in ONWARD for c in verb.children
        ):
            return  # "pressed ahead with the investigation": going on, not asking
        if entry.event == "REQUEST" and self._question(verb):
            return  # "was asked whether ...", "reporters asked her about ...": a question
        if entry.event == "AGREE" and self._shared_view(verb):
            return  # "Britain and France agree that the plan is flawed": an opinion
        flags = entry.flags
        if (
            (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.i == verb.sent.start))
            and verb.dep_ == "advcl"
            and not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in verb.children
            )
        ):
            return  # "when asked whether ...": a reduced passive; the main subject undergoes it
        verdict = clauses.fate(verb, self.lex)
        refusal = False
        if verdict.reason == "negated" and self.concedes_request(match):
            # "did not accept the demands", "will not comply with": a refusal (A4)
            verdict = clauses.fate(verb, self.lex, own_negation=False)
            refusal = verdict.coded
            if not refusal:
                return
        elliptic = verdict.reason == "modifier" and "swap" in flags
        participle = verdict.reason == "modifier" and self._told_deed(verb, entry)
        protesting = self._protesting(verb, entry, verdict)
        if not (verdict.coded or verdict.mood_only or elliptic or participle or protesting):
            return
        if self.dated_past(verb):
            return
        if self._told_before(verb, verdict):
            return
        if any(
            c.dep_ == "dobj"
            and (
                c.lemma_.lower() in self.g["negative_objects"]
                or ("weak" in entry.flags and c.lemma_.lower() in self.g["idiom_objects"])
                # "met European standards": a goal reached, no meeting
                or (entry.event == "CONSULT" and c.lemma_.lower() in self.g["goal_objects"])
            )
            for c in verb.children
        ):
            return
        event, mode = entry.event, entry.mode
        doer, undergone = clauses.subject_of(verb, self.lex)
        if doer is not None and not undergone and doer.lemma_.lower() in self.g["markets"]:
            return  # "US stocks rallied", "bond prices hit a high": markets, no actors
        if (
            event == "ASSAULT"
            and verb.lemma_.lower() == "strike"
            and any(c.dep_ == "prt" and c.lower_ in ("out", "down", "off") for c in verb.children)
        ):
            return  # "the court struck out the claim", "struck down the law": no blow
        if (
            event == "ASSAULT"
            and verb.lemma_.lower() == "strike"
            and doer is not None
            and doer.lemma_.lower() in self.g["strikers"]
        ):
            event, mode = "PROTEST", "strike"  # "as workers strike against welfare cuts"
        if (event, mode) == ("COERCE", "arrest") and self._term(verb):
            # "a court jailed him for seven years": a sentence (CONVENTIONS A4)
            event, mode = "SANCTION", "convict"
        if refusal:
            event, mode = "REJECT", ASK_MODES.get(event, "change")
        theme = match.obj or self._particle_object(verb, entry)
        actors, subject, passive = self.subject_actors(verb)
        if participle:
            # "a Turkish engineer abducted by a militant gang": the noun is the victim
            subject = clauses.agent_of(verb)
            actors, passive = self.r.many(subject), False
        if (
            event == "ASSAULT"
            and not passive
            and subject is not None
            and subject.lemma_.lower() in self.g["structures"]
        ):
            # "a UN election office that injured six policemen" (the bombing of it, the
            # relative clause misattached): a building does not attack
            actors, subject = [], None
        if passive and not actors and verb.lemma_.lower() in self.g["removal_verbs"]:
            # "Russia's ambassador was expelled from Britain": the state one is sent out
            # of sends one out
            actors = [
                a
                for p in self.prep_objects(verb, frozenset({"from"}))
                for a in self.r.many(p)
                if a.kind == "state"
            ]
        stative = passive and verb.lemma_.lower() in self.g["stative_passives"]
        if stative or (passive and (event, mode) == ("RETREAT", "disarm") and not actors):
            subject, passive = clauses.passive_patient(verb), False
            actors = self.r.many(subject)
        recipients: list[Actor] = []
        notes: list[str] = []
        if stative:
            recipients = self.recipients_from(
                verb, event, theme, skip={subject.i} if subject is not None else None
            )
        elif passive:
            patient = clauses.passive_patient(verb)
            recipients = self.r.many(patient) if patient is not None else []
            if not actors and event == "ASSAULT":
                # "was killed in an Israeli airstrike": the attack's own doer
                actors = self._means_actors(verb)
            if not actors and (event, mode) in DOMESTIC_MODES and not verdict.relative:
                # "was arrested in Egypt", "was put under investigation in Italy": the
                # state where a person is arrested, charged or tried acts (CONVENTIONS A4).
                actors = self.place_recipients(verb, theme, own=True)
                if actors:
                    notes.append("place-actor")
            if "host" in flags:
                # "Erdogan was hosted by Putin": the guest visits the host
                actors, recipients = recipients, actors
                mode = "visit"
            if "swap" in flags:
                subject = self._ellipsis_subject(verb)
                recipients = self.r.many(subject)
                actors = self.r.many(next(iter(self.prep_objects(verb, frozenset({"from"}))), None))
        elif participle:
            recipients = self.r.many(verb.head)
            if (
                not actors
                and (event, mode) in DOMESTIC_MODES
                and verb.lemma_.lower() in self.g["charge_participles"]
            ):
                # "a banker indicted for fraud in New York": the state that charges him
                actors = self.place_recipients(verb, theme, own=True)
                if actors:
                    notes.append("place-actor")
        elif "swap" in flags:
            recipients = actors
            actors = self._swap_sources(verb, match.obj)
            if event == "ACCUSE" and entry.obj == "fire" and self._fired_on(verb):
                # "troops drew fire from insurgents": gunfire, not criticism
                event, mode = "ASSAULT", "firearms"
        elif "suffer" in flags and match.obj is not None:
            # "survived an Israeli assassination attempt": the subject is the target, the
            # attempt's own doer the attacker; an attempt must be on someone's life
            if match.obj.lemma_.lower() == "attempt" and not any(
                c.lemma_.lower() in ("assassination", "murder", "suicide", "bomb", "life")
                for c in match.obj.subtree
            ):
                return
            recipients = actors
            actors = self._noun_modifier_actors(match.obj) or self.r.many(self._doer(match.obj))
        elif "host" in flags:
            visitors = [c for c in verb.children if c.dep_ == "dobj"]
            recipients = actors
            actors = self.r.many(visitors[0]) if visitors else []
            mode = "visit"
        else:
            aimed_at = (
                event in ("ACCUSE", "REJECT")
                and not entry.obj
                and entry.particle
                and (
                    entry.particle[-1] in ("at", "against")
                    # "will protest to China", "objected to Israel's plan"
                    or (event == "ACCUSE" and entry.particle[-1] == "to")
                )
                and theme is not None
            )
            target = None
            if event == "ACCUSE" and entry.obj and entry.particle[-1:] in AIMED_PREPS:
                # "took aim at Iran", "lodged a protest with Albania": the object of the
                # preposition the pattern names
                prep = match.tokens[len(entry.particle)]
                target = next((c for c in prep.children if c.dep_ == "pobj"), None)
            # "fired back at Theresa May", "lashed out at Iran": the one aimed at
            recipients = (
                self.r.many(theme) if aimed_at else self.r.many(target)
            ) or self.recipients_from(
                verb,
                event,
                None if _object_is_recipient(entry) or entry.lemma == "shoot" else theme,
            )
        if not recipients and (event, mode) == ("RETREAT", "withdraw"):
            # "withdrew troops from positions around Beirut", "pulled its forces out of two
            # towns in the West Bank": the state the places left are in
            left = [match.obj] if entry.obj == "@places" and match.obj is not None else []
            for holder in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
                left.extend(self.prep_objects(holder, frozenset({"from", "of"})))
            for place in left:
                recipients = [
                    a for a in self.place_recipients(place, None, "place") if a.kind == "state"
                ]
                if recipients:
                    break
        if entry.obj == "hostage" and match.obj is not None:
            # "took a Japanese citizen hostage", parsed with the citizen as a compound of
            # "hostage": the one held is the recipient, not the place
            held = [
                a
                for c in match.obj.children
                if c.dep_ in ("compound", "nmod") and c.i < match.obj.i
                for a in self.r.many(c)
            ]
            recipients = held or recipients
        if len(actors) > 1 and self._each_other(verb):
            # "Georgia and Russia accused each other": each side accuses the other; "fired
            # at each other": two sides fighting, both actors (CONVENTIONS A4)
            if event in VERBAL_TYPES:
                recipients = list(actors)
            else:
                recipients, flags = [], flags | {"recip"}
        if (event, mode) == ("RETREAT", "resign"):
            if self.business_post(verb, subject):
                return
            recipients = []  # one resigns from a post, not from a country
        if (event, mode) == ("RETREAT", "release") and entry.lemma in self.g["handover_verbs"]:
            takers = [
                a
                for p in self.prep_objects(verb, frozenset({"to"}))
                for a in self.r.many(p)
                if a.kind == "state" and a.code not in {b.code for b in actors}
            ]
            if takers and actors and all(a.kind == "state" for a in actors):
                # "Pakistan handed over five suspected militants to Afghanistan": one state
                # gives prisoners to another, an extradition (CONVENTIONS A2 COOPERATE)
                event, mode, recipients = "COOPERATE", "", takers
        if event == "CONCEDE" and "regret" in (entry.lemma, entry.obj) and actors:
            others = self._others_deed(verb, match.obj, actors)
            if others:
                # "the Kremlin regretted the U.S. decision to close a consulate": regret at
                # another's act is disapproval, not an apology (CONVENTIONS A2)
                event, mode, recipients = "ACCUSE", "disapprove", others
        if event == "CONCEDE" and not recipients and actors:
            # "expressed regret for the intrusion of its sub into Japanese waters": the one
            # wronged by the deed regretted
            recipients = self._wronged([verb] if match.obj is None else [verb, match.obj], actors)
        if event == "SUPPORT" and self._own_words(verb, match.obj or theme):
            return  # "stood by his comments": one keeps to one's own words, supports no one
        if event == "REJECT" and any(
            c.dep_ == "dobj"
            # "dismissed any talk of collusion" (talk, not talks): a rumour denied; "talk of
            # a ceasefire" is a proposal
            and (c.lemma_.lower() in self.g["denied_claims"] or self._rumour(c))
            and not self._proposed(c)
            for c in verb.children
        ):
            return  # "rejected a suggestion that ...": a denial is no event (CONVENTIONS A4)
        if entry.obj == "responsibility" and not self._claimed_attack(verb, match.obj):
            return  # "took responsibility for the failure": no attack claimed
        if event == "ASSAULT" and (
            (verb.lemma_.lower() == "attack" and self.verbal_attack(verb, subject))
            # "fired questions at the company's lawyer": words are what is fired
            or (
                verb.lemma_.lower() == "fire"
                and any(c.dep_ == "dobj" and c.lemma_.lower() in FIRED_WORDS for c in verb.children)
            )
        ):
            event, mode = "ACCUSE", "disapprove"  # "attacked the plan": criticism
        if event == "RETREAT" and not recipients:
            recipients = self._deal_partners(verb)
        if (event, mode) == ("RETREAT", "withdraw") and not recipients and theme is not None:
            # "cut its troops in Iraq": the country the troops leave
            # ("reduce its forces in the war in Iraq"): a place inside the verb's phrases
            missions = [
                t
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ("to", "in", "from")
                for t in c.subtree
            ]
            places = [
                t
                for t in (*theme.subtree, *verb.children, *missions)
                if t.dep_ == "pobj" and t.head.lower_ == "in"
            ] + self.prep_objects(verb, frozenset({"in"}))
            for pobj in places:
                recipients = [a for a in self.r.many(pobj) if a.kind == "state"]
                if recipients:
                    break
        if "civil" in flags and subject is not None and not self.r.is_people(subject):
            event, mode = "ACCUSE", "disapprove"
            recipients = recipients or self.recipients_from(verb, event, theme)
        if event == "ASSAULT" and self._attacked_in_words(verb):
            event, mode = "ACCUSE", "disapprove"  # "attacked the plan as fake math"
        if event == "PROTEST" and mode == "obstruct" and self._forces(subject):
            event, mode = "COERCE", "restrict"  # "Israeli forces blocked roads in Gaza"
        if not recipients and event in ("REQUEST", "ACCUSE"):
            recipients = self._content_subject(verb)
        if not recipients and event == "ACCUSE":
            recipients = self._reported_doer(verb) or [
                # "blamed the lack of trust between Pyongyang and Washington"
                a
                for c in verb.children
                if c.dep_ == "dobj" and not self.r.many(c)
                for noun in [c, *self.prep_objects(c, frozenset({"of"}))]
                for a in self._between(noun)
            ]
        if not recipients and "envoy" in flags:
            recipients = self.destination(verb)  # "arrived in Amman": the host state
        if entry.obj == "responsibility" and not recipients:
            # "claimed responsibility for slaughtering members of the Iraqi security
            # forces": the victims of the deed claimed
            for deed in self._claimed_deeds([verb] if match.obj is None else [verb, match.obj]):
                recipients = unique(
                    a for c in deed.children if c.dep_ == "dobj" for a in self.r.many(c)
                )
                self.consumed.add(deed.i)
        if event == "AID":
            mode = self.aid_mode(match.obj, mode)
        confidence = 0.8 + (0.05 if entry.specificity else 0.0)
        if verdict.reported:
            confidence -= 0.1
        if verdict.relative:
            confidence -= 0.15
        rule = (
            f"verb:{entry.lemma}{' ' + ' '.join(entry.particle) if entry.particle else ''}"
            f"{' +' + entry.obj if entry.obj else ''}"
        )
        draft = Draft(event, mode, verb, match.tokens, actors, recipients, rule, confidence)
        draft.notes.extend(notes)
        draft.agentless = (
            (passive or participle)
            and not verdict.relative
            and clauses.agent_of(verb) is None
            and not actors
        ) or (
            # "several women accused him of misconduct": private people of no stated state
            # accuse (CONVENTIONS A3: they are left out, the accusation is coded)
            event == "ACCUSE"
            and not actors
            and not passive
            and subject is not None
            and subject.lemma_.lower() in self.g["private_persons"]
        )
        if verdict.mood_only and not self.intent(draft, verdict):
            return
        finished = self.finish_parties(draft, flags, verb, theme, subject)
        if finished is not None:
            if match.obj is not None:
                self.consumed.add(match.obj.i)
            self.add(finished)

    @staticmethod
    def _term(verb: Token) -> bool:
        """Whether ``verb`` has a "for" phrase of a length of time ("jailed for seven
        years", "for life"): the term of a sentence."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (
                    pobj.lemma_.lower() in ("year", "month", "week", "day", "life", "decade")
                ):
                    return True
        return False

    def _rumour(self, noun: Token) -> bool:
        """ "talk of collusion": talk (not talks) of something that is no proposal."""
        if noun.lower_ != "talk":
            return False
        return not any(
            self.lex.in_class("proposal", p.lemma_.lower())
            or self.lex.in_class("accord", p.lemma_.lower())
            for p in self.prep_objects(noun, frozenset({"of", "about"}))
        )

    def _proposed(self, claim: Token) -> bool:
        """Whether a "suggestion" puts forward a deed, not a fact: its "that" clause is
        a subjunctive or says what should be done ("suggestions that it consider talks",
        "that it should withdraw"), so rejecting it refuses a proposal (CONVENTIONS A4)."""
        for clause in claim.children:
            if clause.dep_ not in ("acl", "ccomp") or clause.pos_ != "VERB":
                continue
            if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                continue
            if clauses.subjunctive(clause):
                return True
            if clauses.markers(clause, self.lex).deontic:
                return True
        return False

    def _wronged(self, heads: list[Token], actors: list[Actor]) -> list[Actor]:
        """The one other state a deed apologised "for" names ("regret for the intrusion of
        one of its subs into Japanese waters"), when it names exactly one."""
        own = {a.code for a in actors}
        found = [
            a
            for head in heads
            for deed in self.prep_objects(head, frozenset({"for"}))
            for t in deed.subtree
            if t.pos_ in ("PROPN", "ADJ", "NOUN")
            for a in [self.r.one(t)]
            if a is not None and a.kind == "state" and not a.person and a.code not in own
        ]
        return found[:1] if len({a.code for a in found}) == 1 else []

    def _own_words(self, verb: Token, theme: Token | None) -> bool:
        """Whether what is backed is the subject's own words or stance ("stood by his
        comments", "defended its decision")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += self.prep_objects(verb, frozenset({"by", "behind"}))
        if theme is not None:
            objects.append(theme)
        words = self.g["verbal_objects"]
        return any(
            o.lemma_.lower() in words
            and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "my", "our")
                for c in o.children
            )
            for o in objects
        )

    def _deal_partners(self, verb: Token) -> list[Actor]:
        """The other party of the deal a pull-back is done under ("began handing back
        their weapons under a deal with the Iraqi government")."""
        accords = self.g.classes["accord"]
        for pobj in self.prep_objects(verb, frozenset({"under"})):
            if pobj.lemma_.lower() in accords:
                for partner in self.prep_objects(pobj, frozenset({"with"})):
                    found = self.r.many(partner)
                    if found:
                        return found
        return []

    def _protesting(self, verb: Token, entry: Trigger, verdict: clauses.Fate) -> bool:
        """A protest told as what protesters are doing: "police dispersed demonstrators
        protesting election results" (CONVENTIONS A2: their protest is an event)."""
        return (
            entry.event == "PROTEST"
            and "civil" in entry.flags
            and verdict.reason == "modifier"
            and verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and verb.head.lemma_.lower() in self.g["protesters"]
        )

    def _told_deed(self, verb: Token, entry: Trigger) -> bool:
        """A participle that tells an attack or arrest as news ("an engineer abducted by a
        militant gang", "a Turkish engineer kidnapped Tuesday in Afghanistan"): it names
        the doer, the day or the place, and the clause it hangs in is asserted."""
        if self._charged_participle(verb, entry):
            return True
        if (
            entry.event not in ("ASSAULT", "COERCE")
            or verb.tag_ != "VBN"
            or verb.dep_ != "acl"
            or verb.head.pos_ not in ("NOUN", "PROPN")
            # "allegations that Hicks was abused": a clause of its own, the content of a
            # noun, not a participle on its victim
            or any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children)
        ):
            return False
        head = verb.head
        kin = {"family", "member", "relative", "parent", "mother", "father", "wife", "husband"}
        if (
            head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and head.head.head.lemma_.lower() in kin
        ) or (
            head.lemma_.lower() in kin
            and any(
                c.dep_ == "prep" and c.lower_ == "of" and head.i < c.i < verb.i
                for c in head.children
            )
        ):
            return False  # "family members of Japanese abducted by North Korea": who they are
        told = clauses.agent_of(verb) is not None or any(
            c.ent_type_ in ("DATE", "TIME")
            or (c.dep_ == "prep" and c.lower_ in ("in", "near", "on", "at"))
            for c in verb.children
        )
        if not told or self.dated_past(verb):
            return False
        if any(
            c.ent_type_ == "DATE" and any(w.lower_ in ("last", "ago", "earlier") for w in c.subtree)
            for c in verb.children
        ):
            return False  # "UN workers kidnapped last month": background to today's news
        clause = verb.head
        while clause.head != clause and clause.pos_ not in ("VERB", "AUX"):
            clause = clause.head
        return clause.pos_ in ("VERB", "AUX") and clauses.fate(clause, self.lex).coded

    def _charged_participle(self, verb: Token, entry: Trigger) -> bool:
        """A charge told as a participle on those charged ("three guards charged with
        mistreating inmates", "a banker indicted for fraud"): the charge is the news
        (CONVENTIONS A4: charges are ACCUSE), unless dated as background. "Accused of"
        is left out: it mostly says who someone is ("militants accused of using the
        country as a base")."""
        return (
            entry.event == "ACCUSE"
            and verb.tag_ == "VBN"
            and verb.dep_ == "acl"
            and verb.lemma_.lower() in self.g["charge_participles"]
            and verb.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "prep" and c.lower_ in ("with", "for", "on") for c in verb.children)
            and not self.dated_past(verb)
        )

    def _others_deed(self, verb: Token, noun: Token | None, actors: list[Actor]) -> list[Actor]:
        """The owner of what is regretted ("regretted the U.S. decision", "expressed regret
        over Israel's move") when it is not the regretting side."""
        regretted = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() != "regret"]
        for head in (verb, noun):
            if head is not None:
                regretted += self.prep_objects(head, frozenset({"over", "at", "about"}))
        own = {a.code for a in actors}
        for thing in regretted:
            owners = [
                a
                for c in thing.children
                if c.dep_ in ("poss", "compound", "amod") and c.i < thing.i
                for a in self.r.many(c)
            ]
            if owners and not {a.code for a in owners} & own:
                return owners
        return []

    def concedes_request(self, match: VerbMatch) -> bool:
        """Whether the trigger gives in to someone's request, demand or proposal
        ("accept the demands", "comply with the order"): its negation is a refusal."""
        entry = match.trigger
        if entry.event not in ("CONCEDE", "AGREE"):
            return False
        if entry.lemma in self.g["compliance_verbs"] and entry.particle:
            return True
        obj = match.obj
        return obj is not None and obj.lemma_.lower() in self.g["refusable_objects"]

    def _own_side(self, speech: Token, actors: list[Actor]) -> bool:
        """Whether the speaker of ``speech`` is of the actors' side: resolved to one of
        their codes, or an unnamed spokesman in a story filed from their state."""
        codes = {a.code for a in actors}
        speakers, speaker, _ = self.subject_actors(speech)
        if speakers:
            return bool({a.code for a in speakers} & codes)
        if speaker is not None and self._of_the_country(speaker) and len(codes) == 1:
            return True  # "Poland will reduce its troops, the country's defense minister said"
        home = self.r.dateline_state()
        return home is not None and home.code in codes

    @staticmethod
    def _of_the_country(speaker: Token) -> bool:
        """An official of "the country" or "the nation" the report is about."""
        return any(
            c.dep_ == "poss"
            and c.lemma_.lower() in ("country", "nation")
            and any(d.lower_ == "the" for d in c.children)
            for c in speaker.children
        )

    def intent(self, draft: Draft, verdict: clauses.Fate) -> bool:
        """Turn a future or reported-"would" event into what it announces (CONVENTIONS
        A1): a cooperative act is a commitment, AGREE; its negation a refusal, REJECT
        ("would not meet the demands"); a coercive act its own actor announces is a
        decision taken and keeps its type ("said it would impose sanctions"). False
        when the event stays uncoded (hypotheticals, plans of others, scheduled visits).
        """
        event = draft.event
        if (
            (event in CONFLICT_ACTS or event in ("RETREAT", "REJECT"))
            and not verdict.negated
            and verdict.speech is not None
            and self._on_condition(draft.anchor, event == "RETREAT")
            and {a.code for a in self.subject_actors(verdict.speech)[0]}
            & {a.code for a in draft.actors}
        ):
            # "Iran would withdraw from the talks if they failed": a conditional blow is a
            # threat (CONVENTIONS A1: conditional events only as the content of THREATEN)
            draft.event, draft.mode = "THREATEN", self._threat_mode(event, draft.mode)
            draft.rule = f"threat:{draft.rule}"
            draft.confidence = min(draft.confidence, 0.8) - 0.1
            return True
        announced = verdict.reason == "future" or (verdict.would and verdict.reported)
        if not announced:
            return False
        if verdict.negated and event == "REJECT":
            # "said he would not oppose the accession talks": a refusal renounced is
            # consent (CONVENTIONS A2, AGREE)
            draft.event, draft.mode = "AGREE", ""
        elif verdict.negated:
            if event not in COOPERATIVE and event != "CONSULT":
                return False
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in draft.anchor.children):
                return False  # "three picks will not be confirmed": a forecast, no refusal
            draft.event, draft.mode = "REJECT", ASK_MODES.get(event, "change")
        elif (
            (event, draft.mode) == ("RETREAT", "withdraw")
            and verdict.reason == "future"
            and verdict.speech is not None
            and self._own_side(verdict.speech, draft.actors)
        ):
            # "Poland will reduce its troops in Iraq, its defense minister said": a
            # withdrawal its own side announces is a decision taken (CONVENTIONS A1)
            pass
        elif (event, draft.mode) == ("RETREAT", "resign"):
            # "Senator Al Franken will resign on Thursday", "said he would resign": a
            # resignation announced is a decision taken (CONVENTIONS A1), as sure as one
            # made; one offered on a condition ("would resign if he lost") is hypothetical
            draft.rule = f"intent:{draft.rule}"
            return not self._on_condition(draft.anchor)
        elif event in COOPERATIVE:
            draft.event, draft.mode = "AGREE", ""
        elif event == "REJECT" and draft.anchor.dep_ == "advcl" and draft.anchor.tag_ == "VBG":
            # "said he would not accept the cut, opposing a proposal from Senate
            # Republicans": the participle tells the stance taken in the saying
            pass
        elif (
            event in ("ACCUSE", "REQUEST")
            and verdict.reason == "future"
            and verdict.speech is not None
            and self._own_side(verdict.speech, draft.actors)
        ):
            # "Japan will protest to China, its spokesman said": a protest or a demand
            # its own side announces is a decision taken (CONVENTIONS A1)
            pass
        elif event in CONFLICT_ACTS and verdict.speech is not None:
            # A blow its own actor says it will strike is a threat ("said they would
            # boycott all contact with the United States"); a decision taken ("decided
            # to impose sanctions") is read by the control verbs, not here.
            speakers, _, _ = self.subject_actors(verdict.speech)
            if not {a.code for a in speakers} & {a.code for a in draft.actors}:
                return False
            if (
                verdict.speech.lemma_.lower() == "announce"
                and event in ("SANCTION", "COERCE")
                and not verdict.negated
            ):
                # "announced it would prohibit all aid to the rebels": a measure announced
                # is a decision taken (CONVENTIONS A1), not a threat
                draft.rule = f"intent:{draft.rule}"
                draft.confidence = min(draft.confidence, 0.8) - 0.1
                return True
            draft.event, draft.mode = "THREATEN", self._threat_mode(event, draft.mode)
            draft.rule = f"threat:{draft.rule}"
            draft.confidence = min(draft.confidence, 0.8) - 0.1
            return True
        else:
            return False
        draft.rule = f"intent:{draft.rule}"
        draft.confidence = min(draft.confidence, 0.8) - 0.1
        return True

    def _on_condition(self, verb: Token, unless_only: bool = False) -> bool:
        """An "if"/"unless" clause hangs on ``verb`` ("would withdraw ... if the talks
        fail"); with ``unless_only`` only "unless", the mark of an ultimatum ("will
        withdraw its peacekeepers unless elections are held")."""
        marks = ("unless",) if unless_only else self.g["conditional_marks"]
        return any(
            c.dep_ == "advcl"
            and any(m.dep_ in ("mark", "advmod") and m.lemma_.lower() in marks for m in c.children)
            for c in verb.children
        )

    def _particle_object(self, verb: Token, entry: Trigger) -> Token | None:
        """The object of a prepositional particle ("called for sanctions against X")."""
        if not entry.particle:
            return None
        for child in verb.children:
            if child.dep_ == "prep" and child.lemma_.lower() == entry.particle[-1]:
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        return None

    def _fired_on(self, verb: Token) -> bool:
        """Whether the fire a subject draws is gunfire: armed people shoot ("drew fire from
        insurgents") or armed people draw it ("US troops drew fire")."""
        subject = clauses.subject_of(verb, self.lex)[0]
        sources = self.prep_objects(verb, frozenset({"from"}))
        sources += [
            p
            for c in verb.children
            if c.dep_ == "dobj"
            for p in self.prep_objects(c, frozenset({"from"}))
        ]
        return any(
            self._rebels(t) or self._armed_subject(t) for t in (subject, *sources) if t is not None
        )

    def _swap_sources(self, verb: Token, obj: Token | None) -> list[Actor]:
        """The seller in "imported corn from Russia": a "from" phrase on the verb or object."""
        sources = self.prep_objects(verb, frozenset({"from"}))
        holders = [c for c in verb.children if c.dep_ == "dobj"]
        if obj is not None:
            holders.append(obj)
        for holder in holders:
            sources += self.prep_objects(holder, frozenset({"from"}))
            for grand in holder.children:
                if grand.dep_ == "prep" and grand.lower_ == "of":
                    for pobj in grand.children:
                        sources += self.prep_objects(pobj, frozenset({"from"}))
        return self.r.many(sources[0]) if sources else []

    def _content_subject(self, verb: Token) -> list[Actor]:
        """Who is asked or accused in "demanded that X ...", "protested that X ...",
        "called for X to step down" (parsed as a "for" clause)."""
        for child in verb.children:
            if child.dep_ == "ccomp" or (
                child.dep_ == "advcl" and any(m.lower_ == "for" for m in child.children)
            ):
                subject, _ = clauses.subject_of(child, self.lex)
                found = self.r.many(subject)
                if found:
                    return found
        return []

    def _attacked_in_words(self, verb: Token) -> bool:
        """Whether an attack is made with words: "attacked the plan as fake math",
        "attacked the United States for its support of Israel" (what the target is called,
        or a fault of its own it is blamed for; not "for hours")."""
        if verb.lemma_.lower() != "attack" or not any(
            c.dep_ in ("dobj", "nsubjpass") for c in verb.children
        ):
            return False
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("as", "for"):
                continue
            for obj in prep.children:
                if (
                    prep.lower_ == "as"
                    and obj.dep_ in ("pobj", "amod", "acomp")
                    and obj.pos_ in ("NOUN", "ADJ")
                    and not obj.ent_type_
                ):
                    return True  # not "as the United Nations Security Council met"
                if prep.lower_ == "for" and (
                    obj.dep_ == "pcomp"  # "for supporting Israel"
                    or (
                        obj.dep_ == "pobj"
                        and any(c.dep_ == "poss" for c in obj.children)  # "for its support"
                    )
                ):
                    return True
        return False

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

    def _ellipsis_subject(self, verb: Token) -> Token | None:
        """Importer of "rice imported from China" in "X imported corn, compared with
        rice imported from China": the subject of the clause the comparison hangs on."""
        cur = verb
        for _ in range(8):
            head = cur.head
            if head == cur:
                return None
            if head.lemma_.lower() in ("compare", "than", "versus", "unlike", "like"):
                clause = head.head
                while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                    clause = clause.head
                subject, _ = clauses.subject_of(clause, self.lex)
                return subject
            cur = head
        return None

    def _advisory(self, noun: Token) -> bool:
        """A warning about travel, weather or profits: advice or a forecast."""
        topics = self.g["advisory_topics"]
        return any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in topics
            for c in noun.children
        ) or any(
            p.lemma_.lower() in topics
            for p in self.prep_objects(noun, frozenset({"on", "about", "over", "against"}))
        )

    def noun_event(self, noun: Token) -> None:
        entry = self.match_noun(noun)
        if entry is None:
            return
        g = self.g
        if any(
            c.dep_ in ("amod", "det") and c.lemma_.lower() in g["unreal_adjectives"]
            for c in noun.children
        ) or self._next_time(noun):
            return
        if entry.event == "THREATEN" and self._advisory(noun):
            return  # "a travel warning for Turkey", "a profit warning": advice, no threat
        if entry.event == "ASSAULT" and any(
            p.lemma_.lower() in g["qualities"]
            for p in self.prep_objects(noun, frozenset({"on", "against"}))
        ):
            return  # "attacks on Mueller's impartiality": words against a quality, no blows
        carrier = noun.head if noun.dep_ == "compound" else noun
        if (
            carrier.dep_ == "pobj"
            and carrier.head.lower_ == "of"
            and carrier.head.head.lemma_.lower() in g["collective_nouns"]
        ):
            carrier = carrier.head.head  # "adopted a package of sanctions"
        verb = carrier.head
        if (
            entry.event in WEIGHED_ACTS
            and carrier.dep_ == "dobj"
            and verb.lemma_.lower() in g["deliberation_verbs"]
        ):
            return  # "the two men discussed U.S. sanctions against Russia": a topic
        light = (
            carrier.dep_ in ("dobj", "nsubjpass")
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in g["light_verbs"]
        )
        if not light and carrier.dep_ == "pobj" and carrier.head.lower_ == "in":
            # "engaged in talks with", "took part in the talks": the noun is the event;
            # "said in a joint statement": the sayers agree
            holder = carrier.head.head
            light = holder.pos_ in ("VERB", "ADJ") and (
                (entry.event == "AGREE" and "recip" in entry.flags and holder.pos_ == "VERB")
                or holder.lemma_.lower() in g["light_in_verbs"]
                or (
                    holder.lemma_.lower() == "take"
                    and any(c.dep_ == "dobj" and c.lower_ == "part" for c in holder.children)
                )
            )
            if light:
                verb = holder
        if not light and carrier.dep_ == "pobj" and carrier.head.lower_ == "with":
            # "came forward with allegations against Roy Moore", "pressed ahead with its
            # offensive": the noun is the event
            holder = carrier.head.head
            light = holder.pos_ == "VERB" and any(
                (holder.lemma_.lower(), c.lower_) in FORWARD_VERBS for c in holder.children
            )
            if (
                not light
                and holder.pos_ == "VERB"
                and entry.event in ("ACCUSE", "ASSAULT", "COERCE")
                and holder.lemma_.lower() not in g["means_excluded"]
                and not any(c.dep_ == "nsubjpass" for c in holder.children)
            ):
                light = True  # "stunned allies with a sharp rebuke of Merkel": the doer's means
            if light:
                verb = holder
        motion = False
        if (
            not light
            and carrier.dep_ == "pobj"
            and carrier.head.lower_ in ("on", "for")
            and entry.event == "CONSULT"
        ):
            verb = carrier.head.head  # "arrived in Amman on a visit", "flew in for talks"
            light = motion = verb.pos_ == "VERB" and verb.lemma_.lower() in g["motion_verbs"]
        victims: Token | None = None
        if (
            not light
            and carrier.dep_ == "pobj"
            and carrier.head.lower_ == "in"
            and entry.event == "ASSAULT"
            and carrier.head.head.lemma_.lower() in g["death_verbs"]
        ):
            # "twelve people died in a car bomb attack": the attack is the news
            verb = carrier.head.head
            light = True
            victims = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        doer: Token | None = None
        if (
            not light
            and noun == carrier
            and noun.dep_ == "nsubj"
            and entry.event == "ASSAULT"
            and noun.head.pos_ == "VERB"
            and noun.head.lemma_.lower() in g["death_verbs"]
        ):
            # "an attack by rebels killed five policemen", "mortar fire from militants
            # wounded two people": the attack is the news, its doer the "by"/"from" phrase
            verb = noun.head
            light = True
            victims = next((c for c in verb.children if c.dep_ == "dobj"), None)
            doer = self._source(noun)
        occurred = False
        if (
            not light
            and carrier.dep_ == "nsubj"
            and carrier.head.pos_ == "VERB"
            and carrier.head.lemma_.lower() in g["occurrence_verbs"]
        ):
            # "fighting erupted between rebels and troops", "talks between X and Y began":
            # the event is the news, its doers the "by"/"from"/"between" phrase
            verb = carrier.head
            light = occurred = True
            doer = self._source(noun)
        if (
            not light
            and noun == carrier
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in g["judging_verbs"]
            and entry.event in ("ASSAULT", "COERCE")
            and not any(c.ent_type_ == "DATE" for c in noun.subtree)
        ):
            # "condemned the beheading of American hostage Eugene Armstrong": the deed
            # judged is news (CONVENTIONS A4: the recent event, even as a noun); its doer
            # is its own possessive, adjective or "by" phrase, never the judge
            verb = noun.head
            light = occurred = True
            doer = self._judged_doer(noun)
        agent = clauses.agent_of(noun) if not light else None
        owned = False
        if not light and agent is None:
            agent = self._possessive_doer(noun, carrier)
            owned = agent is not None
        met: list[Actor] = []
        hosts: list[Actor] = []
        if not light and agent is None and entry.event == "CONSULT":
            agent, hosts, met = self._own_meeting(noun, carrier, entry.mode == "visit")
            owned = agent is not None
        if not light and agent is None:
            return
        if (
            not motion
            and not hosts
            and carrier.dep_ == "pobj"
            and carrier.head.lower_ in g["background_preps"]
        ):
            return
        event, mode, flags = entry.event, entry.mode, entry.flags
        if event == "ASSAULT" and any(
            c.dep_ in ("amod", "compound")
            and (
                c.lemma_.lower() in g["verbal_marks"]
                # "Republican attacks on Special Counsel Robert Mueller": a party's attacks
                # are words
                or any(a.sector == "PTY" for a in self.r.many(c))
            )
            for c in noun.children
        ):
            event, mode = "ACCUSE", "disapprove"  # "Trump's tweeted attack on Gillibrand"
        if any(
            c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() == "threaten"
            for c in noun.children
        ):
            # "issued a statement threatening attacks on Israel": the attacks are threatened
            event, mode, flags = "THREATEN", "", frozenset()
        if met:
            flags = flags - {"recip"}  # "his meeting with Allawi": Allawi is met
        subject: Token | None = None
        verdict: clauses.Fate | None = None
        if light:
            if verb.i in self.consumed or self._next_time(verb):
                return
            verdict = clauses.fate(verb, self.lex)
            if not (verdict.coded or verdict.mood_only):
                return
            if verdict.coded and self.dated_past(verb):
                return
            actors, subject, passive = self.subject_actors(verb)
            if passive and not actors and verb.lemma_.lower() in g["light_in_verbs"]:
                # "the government is engaged in talks": a state, not a passive
                subject = clauses.passive_patient(verb)
                actors, passive = self.r.many(subject), False
            if victims is not None or (passive and not actors) or doer is not None or occurred:
                actors = (self.r.many(doer) if doer is not None else []) or (
                    self._noun_modifier_actors(noun)
                )
            confidence = 0.75
            if verdict.reported:
                confidence -= 0.1
            if verdict.relative:
                confidence -= 0.15
            tokens = [verb, noun]
            rule = f"noun:{verb.lemma_.lower()} {entry.lemma}"
        else:
            actors = hosts or self.r.many(agent)
            subject = agent
            confidence = 0.6
            tokens = [noun]
            how = "by" if agent is None or not owned else "poss" if agent.dep_ == "poss" else "subj"
            rule = f"noun:{entry.lemma} {how}"
        if (
            (event, mode) == ("PROTEST", "strike")
            and not entry.modifier  # "rebels called a general strike": a stoppage
            and not (light and verb.lemma_.lower() in g["stoppage_verbs"])
            and (self._rebels(subject) or (subject is not None and self._armed_subject(subject)))
        ):
            event, mode = "ASSAULT", ""  # "insurgents launched strikes at US outposts"
        recipients = self.recipients_from(noun, event, None, skip={agent.i} if agent else None)
        threatened = next(
            (c for c in noun.children if c.dep_ == "acl" and clauses.is_purpose(c)), None
        )
        if event == "THREATEN" and threatened is not None:
            # "Uganda's threat to carry out raids in Sudan", "Russia's threat to cut gas
            # supplies to Ukraine": what is threatened says against whom
            etype, emode, erecips, _ = self.embedded(threatened)
            mode = mode or self._threat_mode(etype, emode)
            recipients = recipients or erecips
            if not recipients and etype in CONFLICT_ACTS:
                recipients = self.place_recipients(threatened, None)
        sides: list[Actor] = []
        if event in ("CONSULT", "ASSAULT", "COOPERATE"):
            sides = self._between(noun) or (self._between(verb) if occurred else [])
        own: list[Actor] = []
        if len(sides) == 1 and not actors and event in ("CONSULT", "COOPERATE"):
            own = self._between(noun, distinct=True) or self._between(verb, distinct=True)
        if len(own) > 1:
            # "talks between Israel's opposition Labour party and the Prime Minister": two
            # sides of one state meet (a domestic meeting), the first named the actor
            actors, recipients = own[:1], own[1:2]
            flags = flags - {"recip"}
        elif len(sides) > 1 and not actors:
            # "talks between India and Pakistan", "clashes between police and protesters":
            # both sides act together (CONVENTIONS A2), no recipient
            actors, recipients = sides, []
            flags = flags | {"recip"}
        if victims is not None:
            # "the Israeli shelling of Gaza killed five people": the victims' state, else
            # the target the attack names
            recipients = self.r.many(victims) or recipients
            subject = None
        elif motion:
            # "arrived in Nairobi for a meeting": the traveller meets the host ("U.S. and
            # Russian negotiators return to Geneva for talks" meet each other there)
            if not recipients and len({a.code for a in actors}) < 2:
                recipients = self.destination(verb)
                if recipients:
                    flags = flags - {"recip"}
        elif not recipients and light:
            recipients = self.recipients_from(verb, event, carrier)
        if not recipients and event in ("REQUEST", "ACCUSE"):
            recipients = self._content_subject(noun) or (
                self._content_subject(verb) if light else []
            )
        if not recipients and event == "ACCUSE":
            recipients = self._reported_doer(noun)
        if event == "MOBILIZE" and entry.lemma in g.classes["drills"]:
            joint = any(c.lemma_.lower() == "joint" for c in noun.children)
            partners = self.partners(noun) + (self.partners(verb) if light else [])
            # "French and Egyptian warships launched war games": drills of two states
            # together are joint (CONVENTIONS A2)
            if joint or partners or len({a.code for a in actors}) > 1:
                event, mode = "COOPERATE", ""
                recipients = unique(partners or recipients)
        if event == "AID":
            mode = self.aid_mode(noun, mode)
        draft = Draft(event, mode, noun, tokens, actors, recipients, rule, confidence)
        if verdict is not None and verdict.mood_only and not self.intent(draft, verdict):
            return
        finished = self.finish_parties(
            draft, flags, noun, None, subject, clause=verb if light else None
        )
        if finished is not None:
            self.consumed.add(noun.i)
            self.add(finished)

    def _own_meeting(
        self, noun: Token, carrier: Token, visit: bool = False
    ) -> tuple[Token | None, list[Actor], list[Actor]]:
        """ "Putin said during his meeting with Iraq's prime minister", "following
        Tillerson's meeting with Libya's prime minister": a meeting the text reports as
        held, its owner (a possessive, a pronoun resolved to its antecedent) and the one
        met, when both are named: (owner token, owner actors, actors met), else nothing.
        A meeting still ahead ("before", "ahead of", "until") is not. A ``visit`` noun
        also takes its owner from "on" ("Putin, on a visit to India, signed ...")."""
        if noun != carrier or noun.dep_ not in ("pobj", "nsubj", "dobj"):
            return None, [], []
        if noun.dep_ == "pobj" and noun.head.lower_ not in (
            "during",
            "in",
            "at",
            "after",
            "following",
            "on",
        ):
            return None, [], []
        if noun.dep_ == "dobj" and noun.head.lower_ != "following":
            return None, [], []
        clause = noun.head
        while clause.head != clause and (
            clause.pos_ not in ("VERB", "AUX") or clause.lower_ == "following"
        ):
            clause = clause.head
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        preps = ("during", "in", "at", "on") if visit else ("during", "in", "at")
        if owner is None and noun.dep_ == "pobj" and noun.head.lower_ in preps:
            # "Annan received advice in a private meeting with Holbrooke": the one the
            # clause tells of, met in it, held the meeting
            owner = self._meeting_subject(noun, clause)
        if owner is None:
            return None, [], []
        doers = self.r.many(owner)
        if not doers and self.r.is_pronoun(owner):
            doers = self._owner_antecedent(owner)
        met = [
            a
            for pobj in self.prep_objects(noun, frozenset({"with", "to"}))
            for a in self.r.many(pobj)
        ]
        pair = self._subject_and_object(clause) if owner.lower_ == "their" else []
        if not met and pair:
            doers = pair  # "told Blair at their meeting": the two meet (no recipient)
        elif not doers or not met:
            return None, [], []
        verdict = clauses.fate(clause, self.lex) if clause.pos_ in ("VERB", "AUX") else None
        if verdict is None or not verdict.coded or self.dated_past(clause):
            return None, [], []
        return owner, doers, met

    def _subject_and_object(self, clause: Token) -> list[Actor]:
        """The one actor of the active subject of ``clause`` and the one of its object,
        when they are of two states: "their" in "Trump asked Putin during their talks"."""
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        subject, passive = clauses.subject_of(clause, self.lex)
        objects = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
        if subject is None or passive or len(objects) != 1:
            return []
        first, second = self.r.many(subject), self.r.many(objects[0])
        if len(first) != 1 or len(second) != 1 or first[0].code == second[0].code:
            return []
        return [first[0], second[0]]

    def _meeting_subject(self, noun: Token, clause: Token) -> Token | None:
        """The active subject of the clause a "meeting with" phrase hangs from, when the
        phrase is the clause's own ("told him in a meeting with", not "a deal reached in
        talks with")."""
        if clause.pos_ not in ("VERB", "AUX"):
            return None
        if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return None  # "agreed to mediation in the final status talks": a process named
        subject, passive = clauses.subject_of(clause, self.lex)
        if noun.head.head != clause and (subject is None or noun.head.head != subject):
            return None  # the phrase may hang on the subject: "Putin, on a visit to India,"
        if noun.head.lower_ == "on" and any(
            self.r.many(t)
            for t in self.sent[clause.i + 1 - self.sent.start : noun.head.i - self.sent.start]
            if t.pos_ == "PROPN"
        ):
            return None  # "stood next to Kerry, on a visit to Berlin": Kerry's visit
        return None if passive else subject

    def _owner_antecedent(self, pronoun: Token) -> list[Actor]:
        """ "his" in "Putin said during his meeting with ...": the subject of the clause
        the possessive's phrase hangs from."""
        if pronoun.lower_ not in ("his", "her", "its", "their"):
            return []
        clause = pronoun.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            clause = clause.head
        subject, passive = clauses.subject_of(clause, self.lex)
        if subject is None or passive or self.r.is_pronoun(subject):
            return []
        return self.r.many(subject)

    def _answered_maker(self, clause: Token) -> list[Actor]:
        """Who made the demand or offer a refusal answers: "refused to respond to a demand
        from the US President", "refused to comply with the UN demand"."""
        for noun in clause.subtree:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.g["answerable"]:
                continue
            makers = [
                c for c in noun.children if c.dep_ in ("poss", "compound", "amod") and c.i < noun.i
            ]
            makers += self.prep_objects(noun, frozenset({"from", "by", "of"}))
            found = [a for m in makers for a in self.r.many(m)]
            if found:
                return unique(found)
        return []

    def _between(self, noun: Token, distinct: bool = False) -> list[Actor]:
        """The sides of a "between X and Y" phrase on ``noun``, when each names an actor;
        one per state, or with ``distinct`` one per side named differently."""
        found: list[Actor] = []
        for pobj in self.prep_objects(noun, frozenset({"between"})):
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

    def _possessive_doer(self, noun: Token, carrier: Token) -> Token | None:
        """The possessive that names the doer of a noun event which is itself the news:
        the subject or object of an asserted verb ("Chavez's visit to Spain sparked
        uproar", "condemned Israel's offensive against Hamas"). A possessive that is a
        pronoun or names no actor does not count."""
        if noun != carrier or noun.dep_ not in ("nsubj", "dobj"):
            return None
        owned = any(c.dep_ == "poss" for c in noun.children)
        owner = self._owner(noun)
        if not owned and any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children):
            # "U.S. charges against Manafort showed ...": a state named as the modifier of
            # a charge aimed at someone is its maker
            owner = next(
                (
                    c
                    for c in noun.children
                    if c.dep_ in ("amod", "compound")
                    and c.i < noun.i
                    and any(a.kind == "state" for a in self.r.many(c))
                ),
                None,
            )
        if owner is None:
            return None
        if any(self._earlier_year(tok) for tok in noun.subtree):
            return None  # "Iraq's 1990 invasion of Kuwait": history, background
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i in self.consumed:
            return None
        verdict = clauses.fate(verb, self.lex)
        if not verdict.coded or self.dated_past(verb):
            return None
        return owner

    def _source(self, noun: Token) -> Token | None:
        """Whose event noun it is: its "by" or "from" phrase, else its possessive ("an attack
        by rebels", "mortar fire from militants", "the EU's sanctions")."""
        return (
            clauses.agent_of(noun)
            or next(iter(self.prep_objects(noun, frozenset({"from"}))), None)
            or self._owner(noun)
        )

    def _owner(self, noun: Token) -> Token | None:
        """The possessive of an event noun that names an actor ("the EU's sanctions"), not
        a pronoun."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or self.r.is_pronoun(owner) or not self.r.many(owner):
            return None
        return owner

    def _earlier_year(self, token: Token) -> bool:
        """Whether ``token`` is a year before the publication year."""
        text = token.text
        if token.pos_ != "NUM" or len(text) != 4 or not text.isdigit():
            return False
        return 1800 < int(text) < (self.year or 10000)

    @staticmethod
    def _next_time(token: Token) -> bool:
        """A time phrase "next year/week/month" on a noun or its light verb: a plan."""
        return any(
            c.dep_ in ("npadvmod", "advmod") and any(n.lower_ == "next" for n in c.children)
            for c in token.children
        )

    def _means_actors(self, verb: Token) -> list[Actor]:
        """The doer named on an attack noun in an "in" phrase ("killed in an Israeli
        airstrike", "died in a US raid")."""
        attacks = self.g.classes["attack"]
        for pobj in self.prep_objects(verb, frozenset({"in", "during"})):
            if pobj.lemma_.lower() in attacks or self._deed(pobj):
                found = self._noun_modifier_actors(pobj) or self.r.many(self._doer(pobj))
                if found:
                    return found
                rebels = next(
                    (
                        c
                        for c in pobj.children
                        if c.dep_ in ("amod", "compound") and self._rebels(c)
                    ),
                    None,
                )
                if rebels is not None:
                    # "killed in a rebel ambush in western Nepal"
                    return self._rebels_home(rebels, verb, None)
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

    def _noun_modifier_actors(self, noun: Token) -> list[Actor]:
        """Actors named as modifiers of an event noun ("an Israeli airstrike"), not the
        town it happened in ("a Gaza City airstrike"), and its "with"/"between" sides."""
        found = [
            a
            for c in noun.children
            # "US surgical strikes": the tagger may hang the state on as nmod
            if c.dep_ in ("amod", "compound", "nmod") and not self.r.is_town(c)
            if (a := self.r.one(c)) is not None
        ]
        return unique(found + self.partners(noun))

    def embedded(
        self, verb: Token, depth: int = 0, consume: bool = False
    ) -> tuple[str, str, list[Actor], list[Token]]:
        """Type, mode, recipients and trigger words of a verb embedded under a control
        or speech verb; with ``consume`` its words are not coded again by the main pass."""
        if depth > 4:
            return "", "", [], []
        if clauses.control_kind(verb, self.lex) == "transparent":
            for child in verb.children:
                if child.dep_ == "xcomp":
                    return self.embedded(child, depth + 1, consume)
        match = self.match_verb(verb)
        light = self.light_object(verb)
        if match is not None and (match.trigger.obj or light is None):
            entry = match.trigger
            if consume:
                self.consumed.update(t.i for t in match.tokens)
            if "recip" in entry.flags:
                recips = self.partners(verb) + [
                    a for c in verb.children if c.dep_ == "dobj" for a in self.r.many(c)
                ]
            else:
                recips = self.recipients_from(
                    verb,
                    entry.event,
                    None if _object_is_recipient(entry) else match.obj,
                )
            if not recips and entry.event in LOCATIVE_TYPES:
                recips = self.place_recipients(verb, match.obj)
            return entry.event, entry.mode, unique(recips), match.tokens
        if light is not None:
            noun, entry = light
            if consume:
                self.consumed.update((verb.i, noun.i))
            recips = self.recipients_from(noun, entry.event, None) or self.recipients_from(
                verb, entry.event, noun.head if noun.dep_ == "compound" else noun
            )
            if "recip" in entry.flags:
                recips = unique(self.partners(noun) + self.partners(verb) + recips)
            elif not recips and entry.event in LOCATIVE_TYPES:
                recips = self.place_recipients(verb, noun)
            return entry.event, entry.mode, recips, [verb, noun]
        if verb.lemma_.lower() in self.g["retaliation_verbs"]:
            # "vowed to retaliate against", "warned it would avenge": force held over someone
            recips = self.recipients_from(verb, "AGREE", None) or self._against(verb)
            return "ASSAULT", "", recips, [verb]
        recips = self.recipients_from(verb, "AGREE", None)
        return "", "", recips, [verb]

    def control_pass(self) -> None:
        """ "agreed to", "pledged to", "is ready to", "refused to", "urged X to",
        "threatened to": one event from the matrix verb, shaped by its infinitive."""
        for token in self.sent:
            if token.pos_ not in ("VERB", "ADJ", "AUX"):
                continue
            xcomps = [c for c in token.children if c.dep_ == "xcomp"]
            if not xcomps:
                continue
            kind = clauses.control_kind(token, self.lex)
            if kind not in clauses.CONTROL_KINDS:
                continue
            clause_verb = token.head if token.pos_ == "ADJ" else token
            if token.pos_ == "ADJ" and token.dep_ not in ("acomp", "amod", "ROOT"):
                continue
            verdict = clauses.fate(clause_verb, self.lex)
            if not verdict.coded or self._told_before(clause_verb, verdict):
                continue
            etype, emode, erecips, etokens = self.embedded(xcomps[0], consume=True)
            if kind == "commit" and token.pos_ == "ADJ" and not etype:
                continue  # "willing to ignore sanctions" is a stance, not a commitment
            actors, subject, passive = self.subject_actors(clause_verb)
            if passive:
                continue
            lemma = token.lemma_.lower()
            if kind == "commit":
                conditional = etype in CONFLICT_ACTS and (
                    self._on_condition(xcomps[0]) or self._on_condition(token)
                )
                if (lemma in self.g["commit_threat"] and etype in CONFLICT_ACTS) or conditional:
                    # "agreed to tighten its sanctions if the junta does not free its
                    # prisoners": a measure held over the one the condition is put to
                    event, mode = "THREATEN", self._threat_mode(etype, emode)
                else:
                    event, mode = "AGREE", ""
                recipients = erecips or self.recipients_from(token, "AGREE", None)
                if conditional:
                    recipients = (
                        self._condition_subject(xcomps[0])
                        or self._condition_subject(token)
                        or recipients
                    )
            elif kind == "refuse":
                event, mode = "REJECT", ASK_MODES.get(etype, "change" if etype else "")
                recipients = erecips or self._answered_maker(xcomps[0])
                if not recipients and etype == "MOBILIZE":
                    # "refused to deploy peacekeepers in Iraq": where the forces would go
                    recipients = [
                        a for a in self.place_recipients(xcomps[0], None) if a.kind == "state"
                    ]
            elif kind == "request":
                event, mode = "REQUEST", ASK_MODES.get(etype, "change" if etype else "")
                recipients = [a for c in token.children if c.dep_ == "dobj" for a in self.r.many(c)]
                recipients = recipients or self.recipients_from(token, "REQUEST", None)
                if not recipients and etype == "CONSULT":
                    # "has asked to meet with Senator Marco Rubio": the one to be met
                    recipients = erecips or self._with_partners(xcomps[0], None)
            else:
                event, mode = "THREATEN", self._threat_mode(etype, emode)
                # "threatened to hand her over to another group if the British government
                # refuses": the one the condition is put to is threatened
                recipients = (
                    self._condition_subject(xcomps[0])
                    or self._condition_subject(token)
                    or erecips
                    or self.recipients_from(token, "THREATEN", None)
                )
                if not recipients and etype in ("", *CONFLICT_ACTS):
                    # "threatened to resume attacks in Israel": the place threatened.
                    recipients = self.place_recipients(xcomps[0], None)
            if (
                kind == "request"
                and lemma in self.g["force_verbs"]
                and etype == "COERCE"
                and emode in ("censor", "ban", "restrict")
            ):
                # "ordered the newspaper to suspend publication": the order is the coercion.
                event, mode = "COERCE", emode
            if not recipients and etype == "COERCE" and emode in ("curfew", "martial-law"):
                recipients = list(actors)  # imposed at home
            if (
                not recipients
                and kind in ("commit", "refuse")
                and (etype, emode) in DOMESTIC_MODES
                and self._state(subject)
                and self.person_object(xcomps[0])
            ):
                # "Iraq promised to release two women prisoners": its own prisoners (A4)
                recipients = list(actors)
            confidence = 0.8 - (0.1 if verdict.reported else 0.0)
            if verdict.relative:
                confidence -= 0.15  # "a scenario Trump has vowed to prevent": a description
            tokens = [token, *etokens]
            self.consumed.add(token.i)
            draft = Draft(
                event,
                mode,
                token,
                tokens,
                actors,
                unique(recipients),
                f"control:{kind}:{lemma}",
                confidence,
            )
            self.add_finished(draft, token, subject)

    def _threat_mode(self, etype: str, emode: str) -> str:
        return THREAT_BY_MODE.get((etype, emode), THREAT_MODES.get(etype, ""))

    def speech_pass(self) -> None:
        """ "X said (that) Y must ..." and "X told Y it has to ...": X REQUEST Y."""
        g = self.g
        for verb in self.sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in g["request_speech"]:
                continue
            content = next(
                (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None
            )
            if content is None:
                continue
            m = clauses.markers(content, self.lex)
            if m.conditional or not (
                m.deontic or self._has_to(content) or self._mandative(verb, content)
            ):
                continue
            if m.negated and not m.deontic:
                continue  # "it does not have to ...": no demand; "should not" is one
            if clauses.perfect(content):
                continue  # "his paper should have told readers": a regret, not a demand
            verdict = clauses.fate(verb, self.lex)
            if not verdict.coded or self._told_before(verb, verdict):
                continue
            speakers, speaker_tok, passive = self.subject_actors(verb)
            if passive or not speakers:
                continue
            subject, _ = clauses.subject_of(content, self.lex)
            targets = self.r.many(subject)
            listeners = [a for c in verb.children if c.dep_ == "dobj" for a in self.r.many(c)]
            if listeners and subject is not None and self.r.is_pronoun(subject):
                targets = listeners  # "told Iran it must suspend enrichment": the one told
            named = {a.person or a.text for a in targets if a.kind == "person" or a.sector}
            others = named - {a.person or a.text for a in speakers}
            if targets and {a.code for a in targets} <= {a.code for a in speakers} and not others:
                # "Chirac says France should ...": a stance, not a request; "Congress
                # should consider legislation, Senator Feinstein said" asks another body
                continue
            if len({a.code for a in targets}) > 1 and {a.code for a in targets} & {
                a.code for a in speakers
            }:
                continue  # "China and the US should expand cooperation, Xi said": a joint
                # course proposed, no one asked
            etype, _mode, _recips, etokens = self.embedded(content)
            mode = ASK_MODES.get(etype, "change" if etype else "")
            draft = Draft(
                "REQUEST",
                mode,
                verb,
                [verb, *etokens[:2]],
                speakers,
                targets,
                f"speech:must:{verb.lemma_.lower()}",
                0.7,
            )
            self.add_finished(draft, verb, speaker_tok)

    def _mandative(self, verb: Token, content: Token) -> bool:
        """ "insisted that Ukraine withdraw", "proposed that the EU impose": a subjunctive
        (a bare verb with no auxiliary) after "that" says what must be done; so does
        "wants Iran to suspend enrichment", another party's deed wished for."""
        lemma = verb.lemma_.lower()
        if lemma == "want":
            return (
                content.tag_ == "VB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in content.children)
                and any(c.dep_ == "nsubj" for c in content.children)
            )
        return (
            lemma in self.g["mandative_verbs"]
            and clauses.subjunctive(content)
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in content.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in content.children)
        )

    def _has_to(self, content: Token) -> bool:
        """ "has to", "needs to" as a deontic modal."""
        return content.lemma_.lower() in ("have", "need") and any(
            c.dep_ == "xcomp" and clauses.is_purpose(c) for c in content.children
        )

    def warn_pass(self) -> None:
        """ "warned X", "warned of retaliation", "warned that ..." (CONVENTIONS A1, A2)."""
        for verb in self.sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() != "warn":
                continue
            speaker = self.active_speaker(verb)
            if speaker is None:
                continue
            actors, subject = speaker
            warned = [a for c in verb.children if c.dep_ == "dobj" for a in self.r.many(c)]
            content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            of_nouns = [p for p in self.prep_objects(verb, frozenset({"of", "against"}))]
            xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if content is not None:
                m = clauses.markers(content, self.lex)
                etype, emode, erecips, etokens = self.embedded(content)
                if m.future or m.modal:
                    if not warned and etype not in CONFLICT_ACTS:
                        continue
                    draft = Draft(
                        "THREATEN",
                        self._threat_mode(etype, emode),
                        verb,
                        [verb, *etokens[:2]],
                        actors,
                        warned or erecips,
                        "warn:threat",
                        0.7,
                    )
                else:
                    target, _ = clauses.subject_of(content, self.lex)
                    accused = self.r.many(target)
                    if not accused or m.negated or m.conditional or not etype:
                        continue
                    if ontology.quad_class(etype) in (1, 3) and etype != "SANCTION":
                        continue  # an allegation is of a deed, not of words
                    draft = Draft(
                        "ACCUSE", "allege", verb, [verb], actors, accused, "warn:allege", 0.7
                    )
            elif warned and any(
                p.lower_ == "against" and any(g.dep_ == "pcomp" for g in p.children)
                for p in verb.children
                if p.dep_ == "prep"
            ):
                # "warned Trump against nominating more insiders": urged not to
                draft = Draft(
                    "REQUEST", "change", verb, [verb], actors, warned, "warn:against", 0.7
                )
            elif any(
                n.lemma_.lower() in THREAT_NOUNS or self.match_noun(n) is not None for n in of_nouns
            ):
                draft = Draft("THREATEN", "", verb, [verb], actors, warned, "warn:of", 0.7)
            elif warned and xcomp is not None:
                draft = Draft("THREATEN", "", verb, [verb], actors, warned, "warn:to", 0.65)
            else:
                continue
            self.add_finished(draft, verb, subject)

    def revenge_pass(self) -> None:
        """ "Russia said it would retaliate against new sanctions", "Iran will retaliate if
        the US imposes sanctions, Rouhani said": revenge announced is a threat (CONVENTIONS
        A1: a conditional blow is coded as the content of a THREATEN)."""
        for verb in self.sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.g["retaliation_verbs"]:
                continue
            verdict = clauses.fate(verb, self.lex)
            if not verdict.mood_only or verdict.negated:
                continue
            if verdict.speech is not None and verdict.speech.lemma_.lower() == "warn":
                continue  # "warned it would retaliate": the warning pass codes it
            subject, passive = clauses.subject_of(verb, self.lex)
            actors = self.r.many(subject)
            if (
                not actors
                and subject is not None
                and verdict.speech is not None
                and self.r.is_pronoun(subject)
            ):
                actors = self.subject_actors(verdict.speech)[0]  # "Russia said it would"
            if passive or not actors:
                continue
            own = {a.code for a in actors}
            recipients = [
                a for a in self._condition_subject(verb) or self._against(verb) if a.code not in own
            ]
            confidence = 0.7 - (0.1 if verdict.reported else 0.0)
            draft = Draft(
                "THREATEN", "", verb, [verb], actors, recipients, "revenge:announced", confidence
            )
            self.add_finished(draft, verb, subject)

    def _against(self, verb: Token) -> list[Actor]:
        """The actors of ``verb``'s "against" phrases ("retaliate against Washington")."""
        return [a for p in self.prep_objects(verb, frozenset({"against"})) for a in self.r.many(p)]

    def blame_pass(self) -> None:
        """ "The Kremlin said (that) inflexibility on the part of the United States was to
        blame": the speaker accuses the one to blame (CONVENTIONS A2, ACCUSE)."""
        for blame in self.sent:
            be = blame.head
            if not (
                blame.lemma_.lower() == "blame"
                and blame.dep_ == "xcomp"
                and be.lemma_.lower() == "be"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in blame.children)
                and be.dep_ == "ccomp"
            ):
                continue
            speech = be.head
            if speech.lemma_.lower() not in self.g["assert_verbs"]:
                continue
            if any(clauses.markers(v, self.lex).negated for v in (be, blame)):
                continue
            speaker = self.active_speaker(speech)
            blamed, _ = clauses.subject_of(be, self.lex)
            if speaker is None or blamed is None:
                continue
            actors, subject = speaker
            # "inflexibility on the part of the United States", "the policies of Israel"
            holders = [blamed, *self.prep_objects(blamed, frozenset({"on", "of", "by"}))]
            holders += [g for h in holders[1:] for g in self.prep_objects(h, frozenset({"of"}))]
            recipients = next((found for h in holders if (found := self.r.many(h))), [])
            draft = Draft(
                "ACCUSE", "disapprove", blame, [be, blame], actors, recipients, "blame:to", 0.7
            )
            self.add_finished(draft, speech, subject)

    def judgement_pass(self) -> None:
        """ "Chirac said the US-led war in Iraq was illegal", "Iran called Israel's decision
        illegal": a speaker's verdict of wrong on someone's deed accuses its doer
        (CONVENTIONS A2, ACCUSE disapprove); a verdict of right ("lawful", "justified")
        supports it (SUPPORT: defend)."""
        verdicts = self.g["wrong_verdicts"]
        rights = self.g["right_verdicts"]
        for word in self.sent:
            clause = self._amounts_to(word) if word.lemma_.lower() in verdicts else None
            if clause is not None:
                # "declared that the violence in Darfur amounted to genocide"
                if clause.dep_ == "ccomp":
                    self._verdict(word, clause.head, clauses.subject_of(clause, self.lex)[0])
                continue
            if word.dep_ not in ("acomp", "attr", "oprd") or not (
                word.lemma_.lower() in verdicts | rights
                or any(  # "labeled Cuba the worst country"
                    c.dep_ == "amod" and c.lower_ in verdicts for c in word.children
                )
            ):
                continue
            if any(c.dep_ == "neg" for c in (*word.children, *word.head.children)):
                continue
            clause = word.head
            if word.dep_ == "oprd":  # "called Israel's decision illegal"
                named = [  # "called the operation ethnic cleansing", parsed as two predicates
                    c
                    for c in clause.children
                    if c.dep_ == "dobj" or (c.dep_ == "oprd" and c.i < word.i)
                ]
                speech, deed = (
                    clause,
                    next((c for c in word.children if c.dep_ == "nsubj"), next(iter(named), None)),
                )
            elif clause.lemma_.lower() == "be" and clause.dep_ == "ccomp":
                speech, deed = clause.head, clauses.subject_of(clause, self.lex)[0]
            else:
                continue
            self._verdict(word, speech, deed)

    @staticmethod
    def _amounts_to(word: Token) -> Token | None:
        """The verb that joins a verdict to its deed: "amounted to genocide", "constitutes
        aggression", "had all the hallmarks of ethnic cleansing"; None for other words."""
        if word.dep_ == "pobj" and word.head.lower_ == "to":
            verb = word.head.head
            return verb if verb.lemma_.lower() == "amount" else None
        if word.dep_ == "pobj" and word.head.lower_ == "of":
            mark = word.head.head  # "the hallmarks of", "the signs of"
            verb = mark.head
            if (
                mark.lemma_.lower() in ("hallmark", "sign", "mark")
                and mark.dep_ == "dobj"
                and verb.lemma_.lower() in ("have", "bear", "show", "carry")
            ):
                return verb
            return None
        if word.dep_ == "dobj" and word.head.lemma_.lower() == "constitute":
            return word.head
        return None

    def _verdict(self, word: Token, speech: Token, deed: Token | None) -> None:
        """Draft the accusation a speaker's verdict of wrong on a deed makes, or the support
        a verdict of right gives ("said Flynn's actions were lawful")."""
        if (
            deed is None
            or deed.pos_ not in ("NOUN", "PROPN")
            or speech.lemma_.lower() not in self.g["assert_verbs"] | self.g["labelling_verbs"]
        ):
            return
        speaker = self.active_speaker(speech)
        if speaker is None:
            return
        actors, subject = speaker
        if deed.pos_ == "PROPN":  # "labeled North Korea and Cuba the worst countries"
            recipients = self.r.many(deed)
        else:
            doers = [c for c in deed.children if c.i < deed.i and c.dep_ not in ("det",)]
            recipients = unique(a for c in doers for a in self.r.many(c)) or self.r.many(
                self._doer(deed)
            )
            if not recipients and deed.lemma_.lower() in self.g["conduct_nouns"]:
                # "the actions of Michael Flynn", "the policies of Israel": whose they are
                recipients = [
                    a for p in self.prep_objects(deed, frozenset({"of"})) for a in self.r.many(p)
                ]
        if word.lemma_.lower() in self.g["right_verdicts"]:
            draft = Draft("SUPPORT", "", word, [word], actors, recipients, "verdict:right", 0.7)
        else:
            draft = Draft(
                "ACCUSE", "disapprove", word, [word], actors, recipients, "verdict:wrong", 0.7
            )
        self.add_finished(draft, speech, subject)

    def borrow_recipients(self) -> None:
        """A coordinated verb without partner shares its first conjunct's recipient
        ("ship shells to Russia and negotiate for more deals")."""
        for draft in self.drafts:
            if not draft.borrow:
                continue
            head = draft.anchor.head
            source = self.by_anchor.get(head.i)
            if source is None or not source.recipients:
                continue
            codes = {a.code for a in draft.actors}
            draft.recipients = [a for a in source.recipients if a.code not in codes]
            draft.confidence -= 0.1
            draft.notes.append("borrowed")

    def resolve_anaphora(self) -> None:
        """ "Japan criticized the veto", "the Kremlin condemned the decision": a judgement
        of an event the article reported before is aimed at that event's actors
        (CONVENTIONS A3: the recipient is named, in an earlier sentence)."""
        table = self.g.anaphora
        for draft in self.drafts:
            if draft.recipients or draft.event not in ANAPHORIC_TYPES:
                continue
            obj = next((c for c in draft.anchor.children if c.dep_ == "dobj"), None)
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
        self.judgement_pass()
        self.speech_pass()
        self.main_pass()
        self.borrow_recipients()
        self.resolve_anaphora()
        kept: dict[tuple[str, frozenset[str], frozenset[str]], Draft] = {}
        drafts = [d for d in self._split_visits(self.drafts) if not self._protest_aim(d)]
        drafts = self._merge_attacks(drafts)
        states = {
            a.code
            for a in self.r.mentions_in(self.sent.start_char, self.sent.end_char)
            if a.kind in ("state", "person", "org")
        }
        for draft in drafts:
            self._domestic_person(draft, states)
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
            if draft.event == "CONSULT" and not draft.two_parties():
                continue
            key = (
                draft.event,
                frozenset(a.code for a in draft.actors),
                frozenset(a.code for a in draft.recipients),
            )
            if key not in kept or kept[key].confidence < draft.confidence:
                kept[key] = draft
        # A record with an unknown side says less than one of the same type that
        # names it: "bombers killed 23 people when they blew themselves up in Tel Aviv".
        # An attack with no named attacker beside one that names it is its consequence:
        # "Russian troops attacked the village; three soldiers died in the attack".
        attributed = any(k[0] == "ASSAULT" and k[1] for k in kept)
        final = [
            d
            for k, d in kept.items()
            if not (attributed and k[0] == "ASSAULT" and not k[1])
            and not any(
                o != k
                and o[0] == k[0]
                and ((not k[2] and o[1] == k[1] and o[2]) or (not k[1] and o[2] == k[2] and o[1]))
                for o in kept
            )
        ]
        return sorted(final, key=lambda d: min(t.i for t in d.tokens))

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

    def _merge_attacks(self, drafts: list[Draft]) -> list[Draft]:
        """One attack told by several verbs of linked clauses is one event (CONVENTIONS
        A1): "three Iraqis were killed when a suicide bomber attacked a U.S. convoy" ->
        one ASSAULT on both; "militants blew up a tunnel, killing four soldiers" -> the
        militants' attack on the soldiers. A recipient read only from the place does not
        stand beside one the attack names ("killed four Britons and wounded 15 others in
        Baghdad")."""
        attacks = [
            d
            for d in drafts
            if d.event == "ASSAULT" and not d.reciprocal and d.anchor.pos_ in ("VERB", "AUX")
        ]
        if len(attacks) < 2:
            return drafts

        harm = self.g["death_verbs"]

        background = self.g["background_marks"] | {"since", "after", "before", "until", "because"}

        def linked(a: Draft, b: Draft) -> bool:
            # one of them tells the harm done ("killing four soldiers") by the other, and
            # neither is background ("killed since the coalition invaded in 2003")
            if not ({a.anchor.lemma_.lower(), b.anchor.lemma_.lower()} & harm):
                return False
            if any(
                m.dep_ == "mark" and m.lemma_.lower() in background
                for d in (a, b)
                for m in d.anchor.children
            ):
                return False
            return a.anchor in b.anchor.subtree or b.anchor in a.anchor.subtree

        named = [d for d in attacks if d.recipients and "place" not in d.notes]
        out: list[Draft] = []
        merged: set[int] = set()
        for draft in drafts:
            if id(draft) in merged:
                continue
            if draft in attacks:
                if "place" in draft.notes and any(
                    o is not draft
                    and linked(o, draft)
                    and {a.code for a in o.actors} == {a.code for a in draft.actors}
                    for o in named
                ):
                    continue
                for other in attacks:
                    if other is draft or id(other) in merged or not linked(draft, other):
                        continue
                    if "place" in other.notes and draft.recipients:
                        continue
                    own = {a.code for a in draft.actors}
                    theirs = {a.code for a in other.actors}
                    if own and theirs and own != theirs:
                        continue
                    draft.actors = unique(draft.actors + other.actors)
                    draft.recipients = unique(draft.recipients + other.recipients)
                    draft.tokens = sorted({*draft.tokens, *other.tokens}, key=lambda t: t.i)
                    draft.confidence = max(draft.confidence, other.confidence)
                    merged.add(id(other))
            out.append(draft)
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


def _unthreatened_self(draft: Draft) -> None:
    """A threat does not threaten the very words that make it: "Abe said Tokyo would
    shoot down missiles" has Tokyo as actor, not also as its own target."""
    own = {(a.start, a.end) for a in draft.actors}
    draft.recipients = [a for a in draft.recipients if (a.start, a.end) not in own]


def _judged_object(pobj: Token) -> bool:
    """ "condemned as unfair a new UN resolution", parsed as one phrase after "as": a
    judgement adjective before the determiner of the thing judged."""
    adjectives = [c.i for c in pobj.children if c.dep_ == "amod"]
    dets = [c.i for c in pobj.children if c.dep_ == "det"]
    return bool(adjectives and dets and min(adjectives) < min(dets))


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
        history.extend((index, d) for d in drafts if d.actors)
        contexts = _contexts(sent, lex)
        events.extend(_to_event(d, article, index, sent, contexts, times, places) for d in drafts)
    log.debug("article %s: %d events", article.id, len(events))
    return tuple(events)
