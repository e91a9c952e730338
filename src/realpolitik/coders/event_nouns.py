"""Noun events (:class:`NounCoder`): :meth:`~NounCoder.noun_event` codes a noun
trigger ("talks", "the killing of X by Y", "his meeting with Y"), with the checks only
nouns need (one's own meeting, a possessive doer, a source, an advisory, the next time).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..models import Actor
from . import event_clauses as clauses
from .event_actors import unique
from .event_drafts import (
    CONFLICT_ACTS,
    FORWARD_VERBS,
    WEEKDAYS,
    WEIGHED_ACTS,
    Draft,
)
from .event_verbs import VerbCoder

# Dates of this week's news: "Thursday's bombing" (the tagger puts the "'s" in the date too),
# "killed in an attack today", "this week's truck attack".
RECENT_DAYS = WEEKDAYS | {"today", "tonight", "yesterday", "'s", "this", "week"}
# Words of a date that make it this week's news ("on Tuesday", "at the weekend", "this
# week"); any other date ("last week", "last year", "in August", "2002") makes it older.
RECENT_DATE_WORDS = (RECENT_DAYS - {"'s", "this", "week"}) | {"overnight", "weekend"}


def _names_an_old_date(tokens: list[Token]) -> bool:
    """Whether a date named among ``tokens`` lies before this week: one with no word of
    RECENT_DATE_WORDS and not "this week"."""
    inside = {t.i for t in tokens if t.ent_type_ == "DATE"}
    if not inside:
        return False
    doc = tokens[0].doc
    return any(
        ent.label_ == "DATE"
        and any(i in inside for i in range(ent.start, ent.end))
        and not any(t.lemma_.lower() in RECENT_DATE_WORDS for t in ent)
        # "this week's truck attack" (the tagger may leave "this" out of the date)
        and not (
            any(t.lemma_.lower() == "week" for t in ent)
            and "this" in {t.lower_ for t in doc[max(ent.start - 1, 0) : ent.end]}
        )
        for ent in doc.ents
    )


# Verbs of taking part in a body's meeting: "attended the APEC summit" meets the body.
ATTENDING_VERBS = frozenset({"attend", "address", "join"})
# Holdings told as news with no doer, like an attack: "the arrest of a commander of the
# Iraqi National Guard raises concerns" (the state of the one held is the recipient).
UNOWNED_HOLDINGS = frozenset({("COERCE", "arrest"), ("COERCE", "deport")})
# Speech acts a noun names: one its possessive owns was made ("Britain's condemnation");
# support so named is more often a standing stance ("the EU's support for statehood").
SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT"})

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .event_lexicon import Trigger


@dataclass(slots=True)
class NounReading:
    """One noun trigger as :meth:`NounCoder.noun_event` reads it, stage by stage: the
    verb that carries it and how (light, a trip's purpose, news of deaths, an occurrence,
    a deed judged), its doer, its type and mode, and the two sides."""

    noun: Token
    entry: Trigger
    carrier: Token
    verb: Token
    light: bool = False
    motion: bool = False
    victims: Token | None = None
    doer: Token | None = None
    judged: bool = False
    occurred: bool = False
    agent: Token | None = None
    owned: bool = False
    met: list[Actor] = field(default_factory=list)
    hosts: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    event: str = ""
    mode: str = ""
    flags: frozenset[str] = frozenset()
    subject: Token | None = None
    verdict: clauses.Fate | None = None
    actors: list[Actor] = field(default_factory=list)
    confidence: float = 0.0
    tokens: list[Token] = field(default_factory=list)
    rule: str = ""
    recipients: list[Actor] = field(default_factory=list)


class NounCoder(VerbCoder):
    """Codes the event of a noun trigger."""

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
        """Code the event of ``noun`` when it matches a lexicon noun, in stages: the
        checks that stop a reading, the verb that carries it, its doer, its type, its
        sides, then the draft."""
        entry = self.match_noun(noun)
        if entry is None or self._noun_blocked(noun, entry):
            return
        carrier = noun.head if noun.dep_ == "compound" else noun
        rd = NounReading(noun, entry, carrier, carrier.head)
        stages = (
            self._noun_carrier,
            self._noun_as_news,
            self._noun_agent,
            self._noun_type,
            self._noun_doers,
            self._noun_recipients,
            self._noun_more_recipients,
        )
        if not all(stage(rd) for stage in stages):
            self._charges_against(noun, entry)
            return
        draft = Draft(
            rd.event, rd.mode, noun, rd.tokens, rd.actors, rd.recipients, rd.rule, rd.confidence
        )
        # "the arrest of a commander": a holding the text tells with no doer (CONVENTIONS A3)
        draft.agentless = bool(rd.target) and (rd.event, rd.mode) in UNOWNED_HOLDINGS
        if rd.verdict is not None and rd.verdict.mood_only and not self.intent(draft, rd.verdict):
            return
        finished = self.finish_parties(
            draft, rd.flags, noun, None, rd.subject, clause=rd.verb if rd.light else None
        )
        if finished is not None:
            self.consumed.add(noun.i)
            self.add(finished)

    def _charges_against(self, noun: Token, entry: Trigger) -> None:
        """Charges told with no one bringing them: "responded to charges against former
        campaign manager Paul Manafort", "the indictments of two former campaign aides".
        CONVENTIONS A4: charges are an accusation (ACCUSE allege), the recent event the
        story is about even as a noun; the state's where it happened, as a passive charge
        is. Not charges denied, dropped or dismissed, nor charges told as background."""
        g = self.g
        if (entry.event, entry.mode) != ("ACCUSE", "allege") or noun.i in self.consumed:
            return
        lemma = noun.lemma_.lower()
        if lemma not in g["charge_nouns"]:
            return
        accused = self.prep_objects(noun, frozenset({"against"}))
        if lemma == "indictment":
            accused += self.prep_objects(noun, frozenset({"of"}))
        recipients = unique(a for p in accused for a in self.r.many(p))
        if not recipients:
            return
        clause = clauses.clause_verb(noun.head)
        if (
            clause.pos_ not in ("VERB", "AUX")
            or clause.lemma_.lower() in g["charges_undone"]
            or (noun.dep_ == "pobj" and noun.head.lower_ in g["background_preps"])
            or not clauses.fate(clause, self.lex).coded
            or self.dated_past(clause)
        ):
            return
        actors = self._legal_home(clause, recipients)
        draft = Draft(
            "ACCUSE", "allege", noun, [noun], actors, recipients, "noun:charge against", 0.6
        )
        finished = self.finish_parties(draft, entry.flags, noun, None, None)
        if finished is not None:
            self.consumed.add(noun.i)
            self.add(finished)

    def _noun_blocked(self, noun: Token, entry: Trigger) -> bool:
        """Whether the noun is unreal ("a possible attack"), of a time to come or of an
        earlier year, an advisory ("a travel warning"), an attack on a quality ("attacks
        on Mueller's impartiality") or a blast at no target of force ("a gas explosion")."""
        g = self.g
        if any(
            c.dep_ in ("amod", "det") and c.lemma_.lower() in g["unreal_adjectives"]
            for c in noun.children
        ) or self._next_time(noun):
            return True
        if any(self._earlier_year(t) for c in noun.lefts for t in c.subtree):
            return True  # "during a July 2016 trip to Moscow", "the 2014 invasion": background
        if entry.event == "THREATEN" and self._advisory(noun):
            return True  # "a travel warning for Turkey", "a profit warning": advice, no threat
        if "targeted" in entry.flags and not self._aimed_at_forces(noun):
            return True  # "a gas explosion in a coal mine": an accident, no attack
        # "attacks on Mueller's impartiality": words against a quality, no blows
        return entry.event == "ASSAULT" and any(
            p.lemma_.lower() in g["qualities"]
            for p in self.prep_objects(noun, frozenset({"on", "against"}))
        )

    def _aimed_at_forces(self, noun: Token) -> bool:
        """Whether a blast's own phrases name a post, patrol or convoy of forces, or
        an embassy, or those of the verb it is the subject of: "an explosion near a police
        station", "an explosion occurred near the convoy of a security chief"."""
        targets = self.g["owned_targets"] | self.g["force_posts"] | self.g["blast_targets"]
        holders = [noun, noun.head] if noun.dep_ == "nsubj" else [noun]  # "occurred near"
        return any(
            t.lemma_.lower() in targets
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep"
            for t in prep.subtree
        )

    def _noun_carrier(self, rd: NounReading) -> bool:
        """The verb that carries the noun (through a compound, "a package of
        sanctions") and whether it is light: "held talks", "engaged in talks", "came
        forward with allegations"; False for a topic weighed ("discussed
        sanctions")."""
        g = self.g
        noun, entry = rd.noun, rd.entry
        if (
            rd.carrier.dep_ == "pobj"
            and rd.carrier.head.lower_ == "of"
            and rd.carrier.head.head.lemma_.lower() in g["collective_nouns"]
        ):
            rd.carrier = rd.carrier.head.head  # "adopted a package of sanctions"
        rd.verb = rd.carrier.head
        if (
            entry.event in WEIGHED_ACTS
            and rd.carrier.dep_ == "dobj"
            and rd.verb.lemma_.lower() in g["deliberation_verbs"]
        ):
            return False  # "the two men discussed U.S. sanctions against Russia": a topic
        if (
            rd.carrier.dep_ == "dobj"
            and rd.verb.lemma_.lower() == "fight"
            and entry.event != "ASSAULT"
        ):
            return False  # "began fighting extradition to the US": opposed, not done
        rd.light = (
            rd.carrier.dep_ in ("dobj", "nsubjpass")
            and rd.verb.pos_ == "VERB"
            and self.carries(rd.verb, noun)
            # "called the U.S.-led invasion of Iraq illegal": a verdict on the deed, not
            # the deed done
            and not any(c.dep_ == "oprd" for c in rd.verb.children)
            # "did not join Gillibrand's call for Trump to resign": another's act
            and not (entry.event in SPEECH_ACTS and self._owner(noun) is not None)
        )
        if not rd.light and rd.carrier.dep_ == "pobj" and rd.carrier.head.lower_ == "in":
            # "engaged in talks with", "took part in the talks": the noun is the event;
            # "said in a joint statement": the sayers agree
            holder = rd.carrier.head.head
            rd.light = holder.pos_ in ("VERB", "ADJ") and (
                (entry.event == "AGREE" and "recip" in entry.flags and holder.pos_ == "VERB")
                or holder.lemma_.lower() in g["light_in_verbs"]
                or (
                    holder.lemma_.lower() == "take"
                    and any(c.dep_ == "dobj" and c.lower_ == "part" for c in holder.children)
                )
            )
            if rd.light:
                rd.verb = holder
        if not rd.light and rd.carrier.dep_ == "pobj" and rd.carrier.head.lower_ == "with":
            # "came forward with allegations against Roy Moore", "pressed ahead with its
            # offensive": the noun is the event
            holder = rd.carrier.head.head
            rd.light = holder.pos_ == "VERB" and any(
                (holder.lemma_.lower(), c.lower_) in FORWARD_VERBS for c in holder.children
            )
            if (
                not rd.light
                and holder.pos_ == "VERB"
                and entry.event in ("ACCUSE", "ASSAULT", "COERCE")
                and holder.lemma_.lower() not in g["means_excluded"]
                and not any(c.dep_ == "nsubjpass" for c in holder.children)
            ):
                rd.light = True  # "stunned allies with a sharp rebuke of Merkel": the doer's means
            if rd.light:
                rd.verb = holder
        return True

    def _noun_as_news(self, rd: NounReading) -> bool:
        """A noun told as news by the verb it serves: a trip "on a visit", deaths
        "in a car bomb attack", "an attack by rebels killed", "fighting erupted",
        "condemned the beheading"."""
        g = self.g
        noun, entry = rd.noun, rd.entry
        if (
            not rd.light
            and rd.carrier.dep_ == "pobj"
            and rd.carrier.head.lower_ in ("on", "for")
            and entry.event == "CONSULT"
        ):
            rd.verb = rd.carrier.head.head  # "arrived in Amman on a visit", "flew in for talks"
            rd.light = rd.motion = (
                rd.verb.pos_ == "VERB" and rd.verb.lemma_.lower() in g["motion_verbs"]
            )
        if (
            not rd.light
            and rd.carrier.dep_ == "pobj"
            and rd.carrier.head.lower_ in ("in", "after")
            and entry.event == "ASSAULT"
            and rd.carrier.head.head.lemma_.lower() in g["death_verbs"]
            # "died after a heart attack": an illness, no blow
            and not any(c.lemma_.lower() in g["bodily_attacks"] for c in noun.children)
        ):
            # "twelve people died in a car bomb attack", "a woman died from her wounds after
            # a suicide bomb attack": the attack is the news
            rd.verb = rd.carrier.head.head
            rd.light = True
            rd.victims = next(
                # "killed two militants in an air strike": the object, else the subject
                (c for c in rd.verb.children if c.dep_ == "dobj"),
                None,
            ) or next(
                (c for c in rd.verb.children if c.dep_ in ("nsubj", "nsubjpass")),
                # "two Israelis were reported wounded in the attack" (not in fighting, whose
                # dead may be of either side)
                None if "recip" in entry.flags else clauses.passive_patient(rd.verb),
            )
        if (
            not rd.light
            # "a series of car bombings killed ...": the series carries the bombings
            and (noun == rd.carrier or rd.carrier.lemma_.lower() in g["collection_nouns"])
            and rd.carrier.dep_ == "nsubj"
            and entry.event == "ASSAULT"
            and rd.carrier.head.pos_ == "VERB"
            and rd.carrier.head.lemma_.lower() in g["death_verbs"]
        ):
            # "an attack by rebels killed five policemen", "mortar fire from militants
            # wounded two people": the attack is the news, its doer the "by"/"from" phrase
            rd.verb = rd.carrier.head
            rd.light = True
            rd.victims = next((c for c in rd.verb.children if c.dep_ == "dobj"), None)
            rd.doer = self._source(noun)
        if (
            not rd.light
            and rd.carrier.dep_ == "nsubj"
            and rd.carrier.head.pos_ == "VERB"
            and rd.carrier.head.lemma_.lower() in g["occurrence_verbs"]
        ):
            # "fighting erupted between rebels and troops", "talks between X and Y began":
            # the event is the news, its doers the "by"/"from"/"between" phrase
            rd.verb = rd.carrier.head
            rd.light = rd.occurred = True
            rd.doer = self._source(noun)
        if (
            not rd.light
            and noun == rd.carrier
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in g["judging_verbs"]
            and entry.event in ("ASSAULT", "COERCE")
            and not any(c.ent_type_ == "DATE" for c in noun.subtree)
        ):
            # "condemned the beheading of American hostage Eugene Armstrong": the deed
            # judged is news (CONVENTIONS A4: the recent event, even as a noun); its doer
            # is its own possessive, adjective or "by" phrase, never the judge
            rd.verb = noun.head
            rd.light = rd.occurred = rd.judged = True
            rd.doer = self._judged_doer(noun)
        return True

    def _noun_agent(self, rd: NounReading) -> bool:
        """The doer of a noun with no light verb: its "by" phrase, its possessive,
        its own meeting, or the target of an unowned attack; False for none, or for
        a background phrase ("since the 1994 bombing")."""
        g = self.g
        noun, entry = rd.noun, rd.entry
        rd.agent = clauses.agent_of(noun) if not rd.light else None
        if not rd.light and rd.agent is None:
            rd.agent = self._possessive_doer(noun, rd.carrier, entry.event in SPEECH_ACTS)
            rd.owned = rd.agent is not None
        if not rd.light and rd.agent is None and entry.event == "CONSULT":
            rd.agent, rd.hosts, rd.met = self._own_meeting(noun, rd.carrier, entry.mode == "visit")
            rd.owned = rd.agent is not None
        elif not rd.light and rd.agent is not None and entry.mode == "visit" and not rd.owned:
            # "had a frank exchange of views during a visit to Beijing by U.S. President
            # Donald Trump": a visit its "by" phrase names the visitor of, held as the
            # clause tells
            _, rd.hosts, rd.met = self._own_meeting(noun, rd.carrier, True, rd.agent)
        if (
            not rd.light
            and rd.agent is None
            and (entry.event == "ASSAULT" or (entry.event, entry.mode) in UNOWNED_HOLDINGS)
        ):
            rd.target = self._unowned_attack(noun, rd.carrier, entry)
        if not rd.light and rd.agent is None and not rd.target:
            return False
        # a background phrase; "died after a suicide bomb attack": the attack killed them
        return not (
            not rd.motion
            and not rd.hosts
            and rd.victims is None
            and rd.carrier.dep_ == "pobj"
            and rd.carrier.head.lower_ in g["background_preps"]
            and not (rd.target and (self._of_this_week(noun) or self._reacted_to(rd.carrier)))
        )

    def _noun_type(self, rd: NounReading) -> bool:
        """The type and mode: a party's or a tweeted attack is words, attacks
        threatened are a threat; one met is no party to a reciprocal meeting."""
        g = self.g
        noun, entry = rd.noun, rd.entry
        rd.event, rd.mode, rd.flags = entry.event, entry.mode, entry.flags
        if rd.event == "ASSAULT" and any(
            c.dep_ in ("amod", "compound")
            and (
                c.lemma_.lower() in g["verbal_marks"]
                # "Republican attacks on Special Counsel Robert Mueller": a party's attacks
                # are words
                or any(a.sector == "PTY" for a in self.r.many(c))
            )
            for c in noun.children
        ):
            rd.event, rd.mode = "ACCUSE", "disapprove"  # "Trump's tweeted attack on Gillibrand"
        if (
            rd.event == "ASSAULT"
            and entry.lemma in g["verbal_attacks"]
            and rd.agent is not None
            and any(
                a.sector in ("PTY", "LEG")
                for doer in (rd.agent, *rd.agent.conjuncts)
                for a in self.r.many(doer)
            )
        ):
            # "under attack by President Donald Trump and other Republicans": a party's
            # attacks are words
            rd.event, rd.mode = "ACCUSE", "disapprove"
        if any(
            c.dep_ == "amod" and c.tag_ == "VBG" and c.lemma_.lower() == "threaten"
            for c in noun.children
        ):
            # "issued a statement threatening attacks on Israel": the attacks are threatened
            rd.event, rd.mode, rd.flags = "THREATEN", "", frozenset()
        if rd.met:
            rd.flags = rd.flags - {"recip"}  # "his meeting with Allawi": Allawi is met
        return True

    def _noun_doers(self, rd: NounReading) -> bool:
        """The actors, subject, confidence, tokens and rule of the light verb, the
        unowned attack or the noun's own doer; a strike by rebels is an attack.
        False for a verb coded, uncoded or of a time past."""
        g = self.g
        noun, entry = rd.noun, rd.entry
        if rd.light:
            if rd.verb.i in self.consumed or self._next_time(rd.verb):
                return False
            rd.verdict = clauses.fate(rd.verb, self.lex)
            if not (rd.verdict.coded or rd.verdict.mood_only):
                return False
            if rd.verdict.coded and self.dated_past(rd.verb):
                return False
            rd.actors, rd.subject, passive = self.subject_actors(rd.verb)
            if passive and not rd.actors and rd.verb.lemma_.lower() in g["light_in_verbs"]:
                # "the government is engaged in talks": a state, not a passive
                rd.subject = clauses.passive_patient(rd.verb)
                rd.actors, passive = self.r.many(rd.subject), False
            if (
                rd.victims is not None
                or (passive and not rd.actors)
                or rd.doer is not None
                or rd.occurred
            ):
                rd.actors = (
                    (self.r.many(rd.doer) if rd.doer is not None else [])
                    or self._noun_modifier_actors(noun)
                    # "three soldiers died in a militant attack in Kashmir"
                    or (self._rebel_attackers(noun, rd.verb) if rd.victims is not None else [])
                )
            if rd.motion and not rd.actors:
                return False  # "Rice arrived for talks with Israeli and Palestinian leaders": the
                # traveller unknown, those met did not meet each other
            rd.confidence = 0.75
            if rd.verdict.reported:
                rd.confidence -= 0.1
            if rd.verdict.relative:
                rd.confidence -= 0.15
            rd.tokens = [rd.verb, noun]
            rd.rule = f"noun:{rd.verb.lemma_.lower()} {entry.lemma}"
        elif rd.target:
            # "the bombing at the Australian embassy drew condemnation": an attack the text
            # names no doer for, on a named target (CONVENTIONS A4); "a halt to a major
            # Israeli offensive in Gaza": one its modifier names the doer of
            targets = {a.code for a in rd.target}
            rd.actors = [a for a in self._noun_modifier_actors(noun) if a.code not in targets]
            rd.confidence = 0.6
            rd.tokens = [noun]
            rd.rule = f"noun:{entry.lemma} target"
        else:
            rd.actors = rd.hosts or self.r.many(rd.agent)
            rd.subject = rd.agent
            rd.confidence = 0.6
            rd.tokens = [noun]
            how = (
                "by"
                if rd.agent is None or not rd.owned
                else "poss"
                if rd.agent.dep_ == "poss"
                else "subj"
            )
            rd.rule = f"noun:{entry.lemma} {how}"
        if (
            (rd.event, rd.mode) == ("PROTEST", "strike")
            and not entry.modifier  # "rebels called a general strike": a stoppage
            and not (rd.light and rd.verb.lemma_.lower() in g["stoppage_verbs"])
            and (
                self._rebels(rd.subject)
                or (rd.subject is not None and self._armed_subject(rd.subject))
            )
        ):
            rd.event, rd.mode = "ASSAULT", ""  # "insurgents launched strikes at US outposts"
        return True

    def _noun_recipients(self, rd: NounReading) -> bool:
        """The recipients: the target or the noun's own, what a threat threatens,
        the sides "between" which it runs, the victims, the host a traveller meets."""
        noun = rd.noun
        maker_from = (
            rd.agent is not None and rd.agent.dep_ == "pobj" and rd.agent.head.lower_ == "from"
        )
        rd.recipients = (
            rd.target
            # "a request from Washington": the "from" phrase is its maker, not the one asked
            or (self._answerer(rd) if maker_from else [])
            or (
                []
                if maker_from
                else self.recipients_from(
                    noun, rd.event, None, skip={rd.agent.i} if rd.agent else None
                )
            )
            or rd.met  # "told senior U.S. officials during talks": the one told
        )
        threatened = next(
            (c for c in noun.children if c.dep_ == "acl" and clauses.is_purpose(c)), None
        )
        if rd.event == "THREATEN" and threatened is not None:
            # "Uganda's threat to carry out raids in Sudan", "Russia's threat to cut gas
            # supplies to Ukraine": what is threatened says against whom
            etype, emode, erecips, _ = self.embedded(threatened)
            rd.mode = rd.mode or self._threat_mode(etype, emode)
            rd.recipients = rd.recipients or erecips
            if not rd.recipients and etype in CONFLICT_ACTS:
                rd.recipients = self.place_recipients(threatened, None)
        sides: list[Actor] = []
        if rd.event in ("CONSULT", "ASSAULT", "COOPERATE"):
            sides = self._between(noun) or (self._between(rd.verb) if rd.occurred else [])
        own: list[Actor] = []
        if len(sides) == 1 and not rd.actors and rd.event in ("CONSULT", "COOPERATE"):
            own = self._between(noun, distinct=True) or self._between(rd.verb, distinct=True)
        if len(own) > 1:
            # "talks between Israel's opposition Labour party and the Prime Minister": two
            # sides of one state meet, the state's own meeting with no other side to name
            rd.actors, rd.recipients = own[:1], []
            rd.flags = rd.flags | {"recip"}
        elif len(sides) > 1 and not rd.actors:
            # "talks between India and Pakistan", "clashes between police and protesters":
            # both sides act together (CONVENTIONS A2), no recipient
            rd.actors, rd.recipients = sides, []
            rd.flags = rd.flags | {"recip"}
        if not rd.recipients and rd.judged:
            rd.recipients = self._judges_own(noun, rd.verb)
        if not rd.recipients and self._undergone(rd.carrier):
            # "Flynn is under investigation by Mueller's team": the subject undergoes it
            rd.recipients = self.subject_actors(rd.carrier.head.head)[0]
        if not rd.recipients and rd.owned and rd.event == "REQUEST":
            rd.recipients = self._answerer(rd)
        if rd.victims is not None and len(sides) > 1:
            rd.subject = None  # "killed in clashes between US troops and insurgents": both fight
        elif rd.victims is not None:
            # "the Israeli shelling of Gaza killed five people": the victims' state, else
            # the target the attack names; "were hurt in a bomb attack on a UN vehicle":
            # the target too
            aimed = [
                a
                for p in self.prep_objects(noun, frozenset({"on", "against"}))
                for a in self.r.many(p)
            ]
            rd.recipients = unique(self.r.many(rd.victims) + aimed) or rd.recipients
            rd.subject = None
        elif rd.motion:
            # "arrived in Nairobi for a meeting": the traveller meets the host ("U.S. and
            # Russian negotiators return to Geneva for talks" meet each other there)
            if not rd.recipients and len({a.code for a in rd.actors}) < 2:
                rd.recipients = self.destination(rd.verb)
                if rd.recipients:
                    rd.flags = rd.flags - {"recip"}
        elif not rd.recipients and rd.light:
            rd.recipients = self.recipients_from(rd.verb, rd.event, rd.carrier)
        if (
            not rd.recipients
            and rd.light
            and rd.event == "CONSULT"
            and rd.verb.lemma_.lower() in ATTENDING_VERBS
        ):
            # "attending the Asia-Pacific Economic Cooperation (APEC) summit": the body whose
            # meeting it is, met by one who is not of it
            attendees = {a.code for a in rd.actors}
            rd.recipients = unique(
                [
                    a
                    for c in noun.children
                    if c.dep_ in ("compound", "nmod", "poss")
                    for a in self.r.many(c)
                    if a.kind == "igo" and a.code not in attendees
                ]
            )
            if rd.recipients:
                rd.flags = rd.flags - {"recip"}
        return True

    def _answerer(self, rd: NounReading) -> list[Actor]:
        """Who a request its maker is named for was put to, when the sentence tells the
        answer: the subject of the verb that receives, weighs or turns it down ("Sharon
        rejected calls from Labour for a referendum", "Seoul received Washington's request
        for troops")."""
        if (
            rd.carrier.dep_ != "dobj"
            or rd.verb.pos_ != "VERB"
            or rd.verb.lemma_.lower() not in self.g["answering_verbs"]
            # "rejected North Korea's consistent demand": a stand held for years, no request
            # made now
            or any(c.lemma_.lower() in self.g["standing_marks"] for c in rd.noun.children)
        ):
            return []
        verdict = clauses.fate(rd.verb, self.lex)
        if not verdict.coded or self.dated_past(rd.verb) or self._told_before(rd.verb, verdict):
            return []  # "could not accept the EU's demands if ...", "had rejected a request"
        actors, _, passive = self.subject_actors(rd.verb)
        return [] if passive else actors

    def _noun_more_recipients(self, rd: NounReading) -> bool:
        """A recipient from a content clause, the doer reported or the one defended;
        False for a joint statement of one state; drills of two states are joint;
        the AID mode."""
        g = self.g
        noun, entry = rd.noun, rd.entry
        if not rd.recipients and rd.event in ("REQUEST", "ACCUSE"):
            # a content clause of a noun a verb carries: "stepped up its charges that
            # Damascus was sheltering insurgents", not "an investigation into an allegation
            # that ..." (the claim looked into)
            rd.recipients = self._content_subject(noun, noun_clause=rd.light) or (
                self._content_subject(rd.verb) if rd.light else []
            )
        if not rd.recipients and rd.event == "ACCUSE":
            rd.recipients = self._reported_doer(noun) or self._defender(rd.carrier)
        if (
            rd.event == "AGREE"
            and "recip" in rd.flags
            and entry.modifier == "joint"
            and len({a.code for a in rd.actors}) < 2
        ):
            # "Rubio and Lee said in a joint statement": co-partisans of one state speaking
            # together make no agreement; two states' joint statement is one
            return False
        if rd.event == "MOBILIZE" and entry.lemma in g.classes["drills"]:
            joint = any(c.lemma_.lower() == "joint" for c in noun.children)
            partners = self.partners(noun) + (self.partners(rd.verb) if rd.light else [])
            # "French and Egyptian warships launched war games": drills of two states
            # together are joint (CONVENTIONS A2)
            if joint or partners or len({a.code for a in rd.actors}) > 1:
                rd.event, rd.mode = "COOPERATE", ""
                rd.recipients = unique(partners or rd.recipients)
        if rd.event == "AID":
            rd.mode = self.aid_mode(noun, rd.mode)
        return True

    def _unowned_attack(self, noun: Token, carrier: Token, entry: Trigger) -> list[Actor]:
        """Who is hit by an attack the text names as news with no doer: "the bombing
        of a UN election office drew calls for a withdrawal", "the suicide bomb attack on
        the Australian embassy". A background attack ("since the 1994 bombing"), one
        planned or feared, a weak word ("strike") or one that is not a plain deed ("a verbal
        attack") names none; so does an attack on no named side."""
        g = self.g
        if "weak" in entry.flags or entry.modifier in g["verbal_marks"]:
            return []
        if carrier.dep_ in ("dobj", "attr", "oprd", "appos") or (
            carrier.dep_ == "pobj"
            and carrier.head.lower_ in (*g["background_preps"], "with")
            # "halted after a series of attacks Tuesday", "responsible for Thursday's
            # bombing at the Australian embassy": an attack of this week is the news
            and not (carrier.head.lower_ != "with" and self._of_this_week(noun))
            # "protests over the killing of 12 Nepalese workers": what is reacted to is news
            and not self._reacted_to(carrier)
        ):
            return []  # "threatened attacks on", "charged with the murder of"
        if carrier.dep_ == "nsubj" and carrier.head.lemma_.lower() == "be":
            return []  # "said the killing of Iraqi civilians was a crime": a verdict on it
        if self._example_of_background(carrier):
            return []  # "jailed for a series of attacks, including the bombing of a tanker"
        if (
            carrier.dep_ == "pobj"
            and carrier.head.lower_ in ("in", "of", "behind")
            and carrier.head.head.lemma_.lower() in self.g["attack_parties"]
            and not self._of_this_week(noun)
        ):
            return []  # "the suspect in the New York City truck attack": who he is
        if any(
            c.lemma_.lower() in g["verbal_marks"] or c.lemma_.lower() in g["bodily_attacks"]
            for c in noun.children
        ):
            return []  # "a heart attack", "a verbal attack"
        clause = clauses.clause_verb(carrier.head)
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        dated = [t for c in clause.children if c.dep_ != "punct" for t in c.subtree]
        if _names_an_old_date(dated):
            return []  # "last year's hotel bombing", "behind the killing ... a year ago"
        if self.dated_past(clause):
            return []
        if (
            not self._told_of_a_noun(carrier)
            # "a curfew imposed to prevent protests over the killing": the protests may not
            # happen, the killing did
            and not self._reacted_to(carrier)
            and not clauses.fate(clause, self.lex).coded
        ):
            return []
        targets = self.recipients_from(noun, entry.event, None)
        if entry.lemma in g["verbal_attacks"] and any(a.kind == "person" for a in targets):
            return []  # "his attacks on the Archbishop of Canterbury": words, mostly
        if not targets and entry.event == "ASSAULT":
            # "the deadly truck attack in New York City", "the New York City truck attack":
            # the country it struck (CONVENTIONS A4: no named attacker, the victims' state)
            targets = self.place_recipients(noun, None, "ASSAULT") or [
                a
                for c in noun.children
                # a town, not a state: "a US assault" names the attacker
                if c.dep_ == "compound" and self.r.is_town(c)
                for a in self.r.many(c)
                if a.kind == "state"
            ]
        return targets

    @staticmethod
    def _undergone(carrier: Token) -> bool:
        """Whether a noun is what its clause's subject is "under": "is under
        investigation", "remained under arrest"."""
        prep = carrier.head
        return (
            carrier.dep_ == "pobj"
            and prep.lower_ == "under"
            and prep.head.lemma_.lower() in ("be", "remain", "stay")
        )

    def _reacted_to(self, carrier: Token) -> bool:
        """Whether a noun is what a reaction answers: "riots and protests over the killing
        of 12 Nepalese workers", "in retaliation for the killing of nine peacekeepers". A
        reaction follows its cause, so the cause is the news, not background."""
        prep = carrier.head
        if carrier.dep_ != "pobj" or prep.lower_ not in ("over", "for"):
            return False
        holder = prep.head
        # the phrase may hang on the verb of the reaction: "to prevent riots and protests
        # over the killing"
        reactions = [holder] + [
            r for c in holder.children if c.dep_ == "dobj" for r in (c, *c.conjuncts)
        ]
        return any(r.lemma_.lower() in self.g["reactions"] for r in reactions)

    def _told_of_a_noun(self, carrier: Token) -> bool:
        """Whether an attack is named in a phrase of a noun or adjective, which the mood
        of the clause above does not reach: "would hunt fugitives responsible for
        Thursday's bombing", "to consider a resolution demanding a halt to the Israeli
        offensive in Gaza"; a plan's or a threat's attack is still to come."""
        prep = carrier.head
        if carrier.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        owner = prep.head
        return (
            owner.pos_ in ("NOUN", "PROPN", "ADJ")
            and owner.lemma_.lower() not in self.g["intent_nouns"]
            and not any(
                c.dep_ == "amod" and c.lemma_.lower() in self.g["unreal_adjectives"]
                for c in owner.children
            )
        )

    def _example_of_background(self, carrier: Token) -> bool:
        """Whether a noun is an example ("including", "such as", "like") of a noun told
        only as background or as the reason for another act: "sentenced for a series of
        attacks, including the bombing of a French tanker"."""
        prep = carrier.head
        if carrier.dep_ != "pobj" or prep.lower_ not in ("including", "as", "like"):
            return False
        if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
            return False
        whole = prep.head
        while whole.dep_ == "conj":
            whole = whole.head
        return (
            whole.dep_ == "pobj"
            and whole.head.lower_ in self.g["background_preps"]
            and not self._of_this_week(whole)
        )

    @staticmethod
    def _of_this_week(noun: Token) -> bool:
        """Whether an event noun's own phrase dates it to a day of this week ("attacks
        Tuesday", "Thursday's bombing")."""
        return any(
            t.ent_type_ == "DATE" and t.lower_ in RECENT_DAYS - {"'s"}
            for c in noun.children
            if c.dep_ in ("poss", "npadvmod", "compound", "nmod")
            for t in c.subtree
        )

    def _own_meeting(
        self, noun: Token, carrier: Token, visit: bool = False, owner: Token | None = None
    ) -> tuple[Token | None, list[Actor], list[Actor]]:
        """ "Putin said during his meeting with Iraq's prime minister", "following
        Tillerson's meeting with Libya's prime minister": a meeting the text reports as
        held, its owner (a possessive, a pronoun resolved to its antecedent, or the
        ``owner`` given: "during a visit to Beijing by Donald Trump") and the one met, when
        both are named: (owner token, owner actors, actors met), else nothing. A meeting
        still ahead ("before", "ahead of", "until") is not. A ``visit`` noun also takes its
        owner from "on" ("Putin, on a visit to India, signed ...")."""
        framed = visit and noun.dep_ == "pobj" and self._visit_frame(noun)
        if (noun != carrier and not framed) or noun.dep_ not in ("pobj", "nsubj", "dobj"):
            return None, [], []
        if (
            noun.dep_ == "pobj"
            and noun.head.lower_ not in ("during", "in", "at", "after", "following", "on")
            and not framed
        ):
            return None, [], []
        if noun.dep_ == "dobj" and noun.head.lower_ != "following":
            return None, [], []
        clause = noun.head
        while clause.head != clause and (
            clause.pos_ not in ("VERB", "AUX") or clause.lower_ == "following"
        ):
            clause = clause.head
        owner = owner or next((c for c in noun.children if c.dep_ == "poss"), None)
        preps = ("during", "in", "at", "after", "following") + (("on",) if visit else ())
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
        if (
            not met
            and owner.dep_ != "poss"
            and clause.pos_ == "VERB"
            and clause.lemma_.lower() in self.g["addressing_verbs"]
        ):
            # "Cuba told senior U.S. officials during talks on migration": the one told met
            met = [
                a
                for c in clause.children
                if c.dep_ in ("dobj", "dative") and c.i < noun.i
                for a in self.r.many(c)
            ]
        if not met and pair:
            doers = pair  # "told Blair at their meeting": the two meet (no recipient)
        elif not doers or not met:
            return None, [], []
        verdict = clauses.fate(clause, self.lex) if clause.pos_ in ("VERB", "AUX") else None
        if verdict is None or not verdict.coded or self.dated_past(clause):
            return None, [], []
        return owner, doers, met

    def _visit_frame(self, noun: Token) -> bool:
        """Whether a visit is told as under way or just over by the phrase it sits in:
        "on the second day of Trump's state visit to China", "as part of his visit",
        "returned from his trip to Beijing"."""
        prep = noun.head
        if prep.lower_ == "of":
            return prep.head.lemma_.lower() in self.g["visit_frames"]
        return prep.lower_ == "from" and prep.head.lemma_.lower() in self.g["return_verbs"]

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
        clause = clauses.clause_verb(pronoun.head)
        subject, passive = clauses.subject_of(clause, self.lex)
        if subject is None or passive or self.r.is_pronoun(subject):
            return []
        return self.r.many(subject)

    def _judges_own(self, deed: Token, judge_verb: Token) -> list[Actor]:
        """The judge's own people as the victims of a judged deed: "India condemned the
        killing of its soldiers" (India's soldiers). "its" needs one judge, though its name
        may be plural ("the Philippines protested the arrest of its fishermen")."""
        for victims in self.prep_objects(deed, frozenset({"of", "on", "against"})):
            owner = next((c for c in victims.children if c.dep_ == "poss"), None)
            if owner is None or owner.lower_ not in ("its", "their"):
                continue
            judge, passive = clauses.subject_of(judge_verb, self.lex)
            if judge is None or passive or self.r.is_pronoun(judge):
                return []
            found = self.r.many(judge)
            if owner.lower_ == "its" and len({a.code for a in found}) > 1:
                return []  # "Britain and France condemned the attack on its embassy"
            if owner.lower_ == "its" and judge.tag_ == "NNS":
                return []  # "the rebels condemned the attack on its convoy": whose?
            return found
        return []

    def _possessive_doer(self, noun: Token, carrier: Token, said: bool = False) -> Token | None:
        """The possessive that names the doer of a noun event which is itself the news:
        the subject or object of an asserted verb ("Chavez's visit to Spain sparked
        uproar", "condemned Israel's offensive against Hamas"). A possessive that is a
        pronoun or names no actor does not count. A speech act (``said``) a possessive
        names was made, whatever is said of it: "hoped Britain's condemnation of Trump
        would have an impact", "did not join Gillibrand's call for Trump to resign"."""
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
        if owner is None and said:
            # "will consider a request from leading political parties to delay the vote": a
            # speech act's "from" phrase names its maker
            owner = next(
                (p for p in self.prep_objects(noun, frozenset({"from"})) if self.r.many(p)),
                None,
            )
        if owner is None:
            return None
        if any(self._earlier_year(tok) for tok in noun.subtree):
            return None  # "Iraq's 1990 invasion of Kuwait": history, background
        verb = noun.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i in self.consumed:
            return None
        if (
            said
            and not self.dated_past(verb)
            # "the judge considering Microsoft's appeal": a firm's suit, not a demand
            and not all(a.sector == "BUS" for a in self.r.many(owner))
        ):
            return owner
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
