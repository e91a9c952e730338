"""Verb events (:class:`VerbCoder`): :meth:`~VerbCoder.verb_event` codes a verb
trigger whose clause is factual, with the checks only verbs need: an attack in words, a
business post left, a question put, a view shared, a rumour or a proposal, a participle
that tells an attack as news, an attack claimed, the doer named on an attack's means,
and the other side of "each other", of a deal, of a regret or of a trade.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..models import Actor
from . import event_clauses as clauses
from .event_actors import unique
from .event_drafts import (
    AIMED_PREPS,
    ASK_MODES,
    DOMESTIC_MODES,
    FIRED_WORDS,
    OFFICE_SECTORS,
    ONWARD,
    POLICE_WORDS,
    VERBAL_TYPES,
    Draft,
    VerbMatch,
    _object_is_recipient,
)
from .event_lexicon import Trigger
from .event_readings import ClauseReader

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of harm that need their object: with none, a past tense is a reduced relative
# on its victims ("soldiers wounded in Fallujah said ...").
REDUCED_PASSIVE_VERBS = frozenset({"kill", "wound", "injure"})
# Verbs of a blow whose "with" phrase says what was dealt: sanctions, charges, or blows.
BLOW_VERBS = frozenset({"hit", "strike"})
# Sectors whose attacks are words: parties, legislators, the press, civil groups, scholars.
VERBAL_SECTORS = frozenset({"PTY", "LEG", "MED", "JRN", "NGO", "EDU", "CVL"})


# Verbs that undo a decision: a concession only when the decision was the doer's own.
UNDOING_VERBS = frozenset({"reverse", "overturn", "rescind", "revoke"})
# Words of freeing captives: an abduction told of the captives they free is background.
FREEING_WORDS = frozenset({"release", "free", "return", "rescue", "freedom", "liberate"})


@dataclass(slots=True)
class VerbReading:
    """One verb trigger as :meth:`VerbCoder.verb_event` reads it, stage by stage: the
    pattern matched, its clause's fate, the type and mode so far, and the two sides."""

    verb: Token
    match: VerbMatch
    verdict: clauses.Fate
    refusal: bool  # "did not accept the demands": coded as REJECT
    participle: bool  # "a Turkish engineer abducted by a gang": the noun undergoes it
    event: str
    mode: str
    flags: frozenset[str]
    theme: Token | None = None
    subject: Token | None = None
    passive: bool = False
    reduced: bool = False  # "soldiers wounded in Fallujah said ...": a reduced relative
    stative: bool = False  # a passive that tells a state, its subject the doer
    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class VerbCoder(ClauseReader):
    """Codes the event of a verb trigger."""

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
        # "attacked Bush in a speech"; "attacked Gillibrand on Twitter", parsed with the
        # channel on the one attacked
        preps = [
            g2
            for h in (verb, *objects)
            for c in h.children
            if c.dep_ == "prep"
            for g2 in c.children
        ]
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
            for owner in (t for t in subject.subtree if t.dep_ == "poss"):
                # "Nokia said the head of its networks unit had resigned": the firm's post
                held = self.r.owner_antecedent(owner)
                found = self.r.many(held) if held is not None else []
                if found and all(a.sector == "BUS" for a in found):
                    return True
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

    def _question(self, verb: Token) -> bool:
        """ "Kelly was asked whether ...", "reporters asked Merkel about ...": a question
        put to someone, not a favour asked of them (that takes "to" or "for")."""
        if verb.lemma_.lower() != "ask":
            return False
        children = list(verb.children)
        if any(c.dep_ == "xcomp" or c.lower_ == "for" for c in children):
            return False
        questioners = self.g["questioners"]
        written_to = verb.dep_ == "advcl" and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in verb.head.children
        )
        if (
            not written_to
            and not any(c.dep_ in ("nsubjpass", "dobj", "dative", "agent") for c in children)
            and any(c.dep_ == "ccomp" and self._asks_whether(c) for c in children)
        ):
            # "Tillerson, asked if there was any truth to the reports, said ...", "when
            # asked what he meant": a question put to no one named, no favour asked ("wrote
            # to Kushner, asking whether ..." puts it to the one written to)
            return True
        if any(c.dep_ == "nsubjpass" for c in children):
            agents = [g for c in children if c.dep_ == "agent" for g in c.children]
            return all(g.lemma_.lower() in questioners for g in agents if g.dep_ == "pobj")
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in questioners for c in children)

    @staticmethod
    def _asks_whether(content: Token) -> bool:
        """Whether a content clause is a question: "if"/"whether" or a wh-word opens it."""
        return any(
            c.i < content.i
            and (
                (c.dep_ == "mark" and c.lower_ in ("if", "whether"))
                or c.tag_ in ("WP", "WRB", "WDT")
            )
            for c in content.children
        )

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

    @staticmethod
    def _freed_captives(verb: Token) -> bool:
        """Whether an abduction told in a participle or relative clause describes the
        captives a release or return is of ("released a CNN journalist abducted in Gaza
        City", "the safe return of the three Indians who were taken hostage"): it says who
        they are, background to the news (both helper codings of the read sets)."""
        if verb.dep_ not in ("acl", "relcl"):
            return False
        captives = verb.head
        if captives.dep_ == "dobj":
            return captives.head.lemma_.lower() in FREEING_WORDS
        return (
            captives.dep_ == "pobj"
            and captives.head.lower_ == "of"
            and captives.head.head.lemma_.lower() in FREEING_WORDS
        )

    def verb_event(self, verb: Token) -> None:
        """Code the event of ``verb`` when it matches a lexicon pattern, in stages: the
        checks that stop a reading, the type the context gives, the sides the voice
        gives, the sides and type the rest of the clause settles, then the draft."""
        match = self.match_verb(verb)
        if match is None or self._verb_blocked(verb, match):
            return
        reading = self._read_verb(verb, match)
        if reading is None:
            return
        stages = (
            self._verb_type,
            self._verb_subject,
            self._verb_voice_sides,
            self._verb_settle_sides,
            self._verb_words_or_deeds,
            self._verb_fill_recipients,
        )
        if not all(stage(reading) for stage in stages):
            return
        draft = self._verb_draft(reading)
        if draft is None:
            return
        finished = self.finish_parties(draft, reading.flags, verb, reading.theme, reading.subject)
        if finished is not None:
            if match.obj is not None:
                self.consumed.add(match.obj.i)
            self.add(finished)

    def _verb_blocked(self, verb: Token, match: VerbMatch) -> bool:
        """Whether another pass codes the verb, or its pattern reads as no event here."""
        entry = match.trigger
        if not entry.obj and self.light_object(verb) is not None:
            return True  # "hosted a summit": the noun says more than the verb
        if any(c.dep_ == "neg" for t in match.tokens[1:] for c in t.children):
            return True  # "pleaded not guilty": the negation sits on the pattern's second word
        if (
            any(c.dep_ == "xcomp" for c in verb.children)
            and clauses.control_kind(verb, self.lex) in clauses.CONTROL_KINDS
        ):
            return True  # the control pass codes "agreed to ...", "refused to ..."
        if entry.event == "REQUEST" and any(
            c.dep_ in ("advmod", "prt") and c.lower_ in ONWARD for c in verb.children
        ):
            return True  # "pressed ahead with the investigation": going on, not asking
        if entry.event == "REQUEST" and self._question(verb):
            return True  # "was asked whether ...", "reporters asked her about ...": a question
        if entry.event == "AGREE" and self._shared_view(verb):
            return True  # "Britain and France agree that the plan is flawed": an opinion
        if (entry.event, entry.mode) == ("ASSAULT", "abduct") and self._freed_captives(verb):
            return True  # "released a CNN journalist abducted in Gaza City": who was freed
        if (
            entry.event == "CONCEDE"
            and verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.i > verb.head.i
            and (told := self.match_verb(verb.head)) is not None
            and told.trigger.event == "CONCEDE"
        ):
            return True  # "eased sanctions on Libya, allowing oil firms to return": what the
            # deed just coded lets happen, not a second concession
        # "when asked whether ...": a reduced passive; the main subject undergoes it
        return (
            (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.i == verb.sent.start))
            and verb.dep_ == "advcl"
            and not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in verb.children
            )
        )

    def _read_verb(self, verb: Token, match: VerbMatch) -> VerbReading | None:
        """The reading of a verb whose clause is coded (asserted, refused, an intent, a
        participle that tells a deed), or None."""
        entry = match.trigger
        verdict = clauses.fate(verb, self.lex)
        refusal = False
        cannot = verdict.reason == "modal" and clauses.cannot(verb)
        if (verdict.reason == "negated" or cannot) and self.concedes_request(match):
            # "did not accept the demands", "will not comply with", "cannot accept": a
            # refusal (A4)
            verdict = clauses.fate(verb, self.lex, own_negation=False, own_mood=not cannot)
            refusal = verdict.coded
            if not refusal:
                return None
        elliptic = verdict.reason == "modifier" and "swap" in entry.flags
        participle = verdict.reason == "modifier" and self._told_deed(verb, entry)
        protesting = self._protesting(verb, entry, verdict)
        if not (verdict.coded or verdict.mood_only or elliptic or participle or protesting):
            return None
        if "vowed" in entry.flags and not verdict.mood_only:
            return (
                None  # "worked with the US Army": a tie told; "will work with Democrats" a pledge
            )
        if self.dated_past(verb) or self._told_before(verb, verdict):
            return None
        if any(
            c.dep_ == "dobj"
            and (
                c.lemma_.lower() in self.g["negative_objects"]
                # "declined a request for comment", "declined an interview request"
                or self._press_request(c)
                or ("weak" in entry.flags and c.lemma_.lower() in self.g["idiom_objects"])
                or (
                    # "would fight a US jury decision", "killed the tax bill"
                    entry.event == "ASSAULT"
                    and "weak" in entry.flags
                    and c.lemma_.lower() in self.g["contested_objects"]
                )
                # "met European standards": a goal reached, no meeting
                or (entry.event == "CONSULT" and c.lemma_.lower() in self.g["goal_objects"])
                # "will hold a confirmation hearing for Jerome Powell": no inquiry into him
                or (
                    entry.event == "ACCUSE"
                    and c.lemma_.lower() == "hearing"
                    and any(m.lemma_.lower() in self.g["routine_hearings"] for m in c.children)
                )
                # "the attacks threatened the ceasefire": a thing put at risk, no one
                # threatened with force
                or (entry.event == "THREATEN" and c.lemma_.lower() in self.g["endangered"])
            )
            for c in verb.children
        ):
            return None
        if entry.mode == "release" and any(
            c.dep_ in ("xcomp", "ccomp") and any(a.lower_ == "to" for a in c.children)
            for c in verb.children
        ):
            # "the endorsement freed the committee to open its wallet": let, not set free
            return None
        if entry.event == "REQUEST" and any(
            p.lemma_.lower() in self.g["press_requests"]
            for p in self.prep_objects(verb, frozenset({"for"}))
        ):
            return None  # "Reuters asked the Pentagon for comment": a reporter's question
        if entry.obj == "pressure" and not _pressed_for(verb, match.obj):
            return None  # "Mueller is increasing pressure on Flynn": no demand is named
        return VerbReading(
            verb, match, verdict, refusal, participle, entry.event, entry.mode, entry.flags
        )

    def _anothers(self, obj: Token) -> bool:
        """Whether what a verb undoes is named as another's: "a decision by House
        lawmakers", "the court's ruling" (not "its decision", the doer's own)."""
        owners = [c for c in obj.children if c.dep_ == "poss"]
        agent = clauses.agent_of(obj)
        if agent is not None:
            owners.append(agent)
        return any(o.pos_ in ("NOUN", "PROPN") for o in owners)

    def _press_request(self, noun: Token) -> bool:
        """Whether a noun is a reporter's request: "a request for comment", "an interview
        request"."""
        if noun.lemma_.lower() not in self.g["answerable"]:
            return False
        press = self.g["press_requests"]
        return any(
            c.dep_ == "compound" and c.lemma_.lower() in press for c in noun.children
        ) or any(p.lemma_.lower() in press for p in self.prep_objects(noun, frozenset({"for"})))

    def _verb_type(self, rd: VerbReading) -> bool:
        """Retype the pattern's event by its doer, particle and "with" phrase (a strike by
        workers, a blow dealt with sanctions, a jailing for years); False for no event."""
        verb, entry = rd.verb, rd.match.trigger
        doer, undergone = clauses.subject_of(verb, self.lex)
        if doer is not None and not undergone and doer.lemma_.lower() in self.g["markets"]:
            return False  # "US stocks rallied", "bond prices hit a high": markets, no actors
        if (
            rd.event == "ASSAULT"
            and verb.lemma_.lower() == "strike"
            and any(c.dep_ == "prt" and c.lower_ in ("out", "down", "off") for c in verb.children)
        ):
            return False  # "the court struck out the claim", "struck down the law": no blow
        if (
            rd.event == "ASSAULT"
            and verb.lemma_.lower() == "strike"
            and doer is not None
            and doer.lemma_.lower() in self.g["strikers"]
        ):
            rd.event, rd.mode = "PROTEST", "strike"  # "as workers strike against welfare cuts"
        if (
            (rd.event, rd.mode) == ("RETREAT", "withdraw")
            and doer is not None
            and doer.lemma_.lower() in self.g["deliberators"]
        ):
            return False  # "judges withdrew to decide their verdict": a trial's course
        if (
            rd.event == "CONCEDE"
            and verb.lemma_.lower() in UNDOING_VERBS
            and rd.match.obj is not None
            and self._anothers(rd.match.obj)
        ):
            return False  # "reversing a decision by House lawmakers": another's undone
        if (
            rd.event == "CONSULT"
            and rd.mode != "third-party"  # "trying to broker a peace pact": a mediation
            and verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() in self.g["attempt_verbs"]
        ):
            # "tried to speak to the Malaysian ambassador, but he did not take the call":
            # talks only sought are a request to meet (CONVENTIONS A2)
            rd.event, rd.mode = "REQUEST", "meet"
            rd.flags = rd.flags - {"recip", "mutual"}
        if rd.event == "ASSAULT" and verb.lemma_.lower() in BLOW_VERBS:
            dealt = self.prep_objects(verb, frozenset({"with"}))
            # "a battery of fresh tax claims", "a raft of sanctions": what the batch holds
            dealt += [p for d in dealt for p in self.prep_objects(d, frozenset({"of"}))]
            lemmas = {d.lemma_.lower() for d in dealt}
            if lemmas & self.g.classes["sanctions"]:
                # "hit Russia with new sanctions": the blow is a sanction
                rd.event, rd.mode = "SANCTION", "discontinue"
            elif lemmas & self.g["charges"]:
                # "hit the minister with fraud charges", "hit Yukos with fresh tax claims"
                rd.event, rd.mode = "ACCUSE", "allege"
        if (rd.event, rd.mode) == ("RETREAT", "withdraw") and any(
            p.lemma_.lower() in self.g["contests"]
            for holder in (verb, *(c for c in verb.children if c.lower_ == "out"))
            for p in self.prep_objects(holder, frozenset({"from", "of"}))
        ):
            return False  # "pulled out of the Palestinian elections": a candidate, not a side
        if (rd.event, rd.mode) == ("COERCE", "arrest") and self._term(verb):
            # "a court jailed him for seven years": a sentence (CONVENTIONS A4)
            rd.event, rd.mode = "SANCTION", "convict"
        if rd.refusal:
            rd.event, rd.mode = "REJECT", ASK_MODES.get(rd.event, "change")
        rd.theme = rd.match.obj or self._particle_object(verb, entry)
        return True

    def _verb_subject(self, rd: VerbReading) -> bool:
        """The subject's side: the doer, or the one who undergoes a passive, a participle or
        a reduced relative; a building is no attacker."""
        verb = rd.verb
        rd.actors, rd.subject, rd.passive = self.subject_actors(verb)
        if rd.participle:
            # "a Turkish engineer abducted by a militant gang": the noun is the victim
            rd.subject = clauses.agent_of(verb)
            rd.actors, rd.passive = self.r.many(rd.subject), False
        rd.reduced = not rd.passive and self._reduced_passive(verb, rd.event, rd.subject)
        if (
            rd.event == "ASSAULT"
            and not rd.passive
            and rd.subject is not None
            and rd.subject.lemma_.lower() in self.g["structures"]
        ):
            # "a UN election office that injured six policemen" (the bombing of it, the
            # relative clause misattached): a building does not attack
            rd.actors, rd.subject = [], None
        if rd.passive and not rd.actors and verb.lemma_.lower() in self.g["removal_verbs"]:
            # "Russia's ambassador was expelled from Britain": the state one is sent out
            # of sends one out
            rd.actors = [
                a
                for p in self.prep_objects(verb, frozenset({"from"}))
                for a in self.r.many(p)
                if a.kind == "state"
            ]
        rd.stative = rd.passive and verb.lemma_.lower() in self.g["stative_passives"]
        if rd.stative or (
            rd.passive and (rd.event, rd.mode) == ("RETREAT", "disarm") and not rd.actors
        ):
            rd.subject, rd.passive = clauses.passive_patient(verb), False
            rd.actors = self.r.many(rd.subject)
        return True

    def _verb_voice_sides(self, rd: VerbReading) -> bool:
        """Both sides as the voice gives them: passive, participle, reduced relative, a
        swapped pattern ("drew criticism from"), a suffered deed, a host, or active."""
        verb, entry, match = rd.verb, rd.match.trigger, rd.match
        if rd.stative:
            rd.recipients = self.recipients_from(
                verb, rd.event, rd.theme, skip={rd.subject.i} if rd.subject is not None else None
            )
        elif rd.passive:
            patient = clauses.passive_patient(verb)
            rd.recipients = self.r.many(patient) if patient is not None else []
            if patient is not None and self._passive_theme(rd, patient):
                # "American troops were deployed to Iraq", "Russian aid was sent to Syria":
                # what is moved or used is the doer's own, the recipient is where it goes
                rd.actors = rd.actors or rd.recipients
                rd.recipients = self.recipients_from(verb, rd.event, patient)
            if not rd.actors and rd.event == "ASSAULT":
                # "was killed in an Israeli airstrike": the attack's own doer
                rd.actors = self._means_actors(verb)
            if not rd.actors and (rd.event, rd.mode) in DOMESTIC_MODES and not rd.verdict.relative:
                # "was arrested in Egypt", "was put under investigation in Italy": the
                # state where a person is arrested, charged or tried acts (CONVENTIONS A4).
                rd.actors = self.place_recipients(verb, rd.theme, own=True)
                if rd.actors:
                    rd.notes.append("place-actor")
            if "host" in rd.flags:
                # "Erdogan was hosted by Putin": the guest visits the host
                rd.actors, rd.recipients = rd.recipients, rd.actors
                rd.mode = "visit"
            if "swap" in rd.flags:
                rd.subject = self._ellipsis_subject(verb)
                rd.recipients = self.r.many(rd.subject) or self._reproached(verb, None, rd.event)
                rd.actors = self.r.many(
                    next(iter(self.prep_objects(verb, frozenset({"from"}))), None)
                )
        elif rd.participle:
            rd.recipients = self.r.many(verb.head)
            if (
                not rd.actors
                and (rd.event, rd.mode) in DOMESTIC_MODES
                and verb.lemma_.lower() in self.g["charge_participles"]
            ):
                # "a banker indicted for fraud in New York": the state that charges him
                rd.actors = self.place_recipients(verb, rd.theme, own=True)
                if rd.actors:
                    rd.notes.append("place-actor")
        elif rd.reduced:
            # "Four US servicemen wounded last week in Fallujah described ...": the
            # servicemen were wounded; the doer is the "by" phrase or the means, if named
            rd.recipients = rd.actors
            rd.actors = self.r.many(clauses.agent_of(verb)) or self._means_actors(verb)
            rd.subject = None
        elif "tried" in rd.flags:
            # "12 people have gone on trial in France", "appeared in court on charges":
            # the one tried receives; the state whose court tries acts (CONVENTIONS A4)
            rd.recipients = rd.actors
            rd.actors = self._legal_home(verb, rd.recipients)
            rd.notes.append("tried")
            if (
                rd.actors
                and not rd.recipients
                and rd.subject is not None
                and self.names_people(rd.subject)
            ):
                rd.recipients = list(rd.actors)  # people of no stated state: its own
                rd.notes.append("domestic")
        elif "swap" in rd.flags:
            rd.recipients = rd.actors or self._reproached(verb, rd.subject, rd.event)
            rd.actors = self._swap_sources(verb, match.obj)
            if rd.event == "ACCUSE" and entry.obj == "fire" and self._fired_on(verb):
                # "troops drew fire from insurgents": gunfire, not criticism
                rd.event, rd.mode = "ASSAULT", "firearms"
        elif "suffer" in rd.flags and match.obj is not None:
            # "survived an Israeli assassination attempt": the subject is the target, the
            # attempt's own doer the attacker; an attempt must be on someone's life
            if match.obj.lemma_.lower() == "attempt" and not any(
                c.lemma_.lower() in ("assassination", "murder", "suicide", "bomb", "life")
                for c in match.obj.subtree
            ):
                return False
            rd.recipients = rd.actors
            rd.actors = self._noun_modifier_actors(match.obj) or self.r.many(self._doer(match.obj))
        elif "host" in rd.flags:
            visitors = [c for c in verb.children if c.dep_ == "dobj"]
            rd.recipients = rd.actors
            rd.actors = self.r.many(visitors[0]) if visitors else []
            rd.mode = "visit"
        else:
            rd.recipients = self._active_recipients(rd)
            if (
                not rd.actors
                and rd.event == "ASSAULT"
                and rd.subject is not None
                and rd.subject.lemma_.lower() in self.g.classes["attack"]
            ):
                rd.actors = self._rebel_attackers(rd.subject, verb)
        return True

    def _passive_theme(self, rd: VerbReading, patient: Token) -> bool:
        """Whether a passive verb's subject is what its doer moves or uses (troops
        deployed, a missile tested, aid or arms sent), not whom the deed is done to;
        "were trained by US forces" and "were bought from Russia" keep their own sides."""
        if "swap" in rd.flags or "owned" in rd.flags:
            return False
        if rd.event == "MOBILIZE":
            return True
        given = self.g.classes["aid"] | self.g.classes["arms"]
        return (
            rd.event == "AID"
            and rd.theme is not None
            and rd.theme.i == patient.i
            and patient.lemma_.lower() in given
        )

    def _active_recipients(self, rd: VerbReading) -> list[Actor]:
        """The recipients of an active verb: the one aimed at ("fired back at Theresa
        May"), else what :meth:`recipients_from` finds."""
        entry, theme = rd.match.trigger, rd.theme
        aimed_at = (
            rd.event in ("ACCUSE", "REJECT")
            and not entry.obj
            and entry.particle
            and (
                entry.particle[-1] in ("at", "against")
                # "will protest to China", "objected to Israel's plan"
                or (rd.event == "ACCUSE" and entry.particle[-1] == "to")
            )
            and theme is not None
        )
        target = None
        if rd.event == "ACCUSE" and entry.obj and entry.particle[-1:] in AIMED_PREPS:
            # "took aim at Iran", "lodged a protest with Albania": the object of the
            # preposition the pattern names
            prep = rd.match.tokens[len(entry.particle)]
            target = next((c for c in prep.children if c.dep_ == "pobj"), None)
        # "fired back at Theresa May", "lashed out at Iran": the one aimed at
        found = (self.r.many(theme) if aimed_at else self.r.many(target)) or self.recipients_from(
            rd.verb,
            rd.event,
            None if _object_is_recipient(entry) or entry.lemma == "shoot" else theme,
        )
        if not found and rd.verb.lemma_.lower() in self.g["helping_verbs"]:
            # "will help rebuild Somalia": the one helped is what the help is for, not
            # one's own ("to help shore up its struggling Japanese unit")
            found = [
                a
                for x in rd.verb.children
                if x.dep_ == "xcomp"
                for o in x.children
                if o.dep_ == "dobj"
                and not any(c.dep_ == "poss" and self.r.is_pronoun(c) for c in o.children)
                for a in self.r.many(o)
            ]
        return found

    def _verb_settle_sides(self, rd: VerbReading) -> bool:
        """Sides the clause settles: the state troops leave, the hostage held, "each
        other", a post left, prisoners handed over, an extradition; False for no event."""
        verb, entry, match = rd.verb, rd.match.trigger, rd.match
        if (
            rd.event == "AID"
            and not entry.obj
            and rd.recipients
            and {a.code for a in rd.recipients} <= {a.code for a in rd.actors}
        ):
            return False  # "the campaign provided the special counsel with emails": papers at home
        if not rd.recipients and (rd.event, rd.mode) == ("RETREAT", "withdraw"):
            # "withdrew troops from positions around Beirut", "pulled its forces out of two
            # towns in the West Bank": the state the places left are in
            left = [match.obj] if entry.obj == "@places" and match.obj is not None else []
            holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            # "pulled its troops out of Jenin", parsed with "out" a preposition over "of"
            holders += [c for h in holders for c in h.children if c.lower_ == "out"]
            for holder in holders:
                left.extend(self.prep_objects(holder, frozenset({"from", "of"})))
            for place in left:
                rd.recipients = [
                    a
                    for a in self.place_recipients(place, None, "place") or self.r.many(place)
                    if a.kind == "state"
                ]
                if rd.recipients:
                    break
        if not rd.recipients and rd.event == "REQUEST" and entry.obj in ("asylum", "refuge"):
            # "800,000 Iraqi Kurds sought refuge in Germany": the state asked to take them in
            rd.recipients = [
                a
                for place in self.prep_objects(verb, frozenset({"in"}))
                for a in self.place_recipients(place, None, "place") or self.r.many(place)
                if a.kind == "state"
            ][:1]
        if entry.obj == "hostage" and match.obj is not None:
            # "took a Japanese citizen hostage", parsed with the citizen as a compound of
            # "hostage": the one held is the recipient, not the place
            held = [
                a
                for c in match.obj.children
                if c.dep_ in ("compound", "nmod") and c.i < match.obj.i
                for a in self.r.many(c)
            ]
            rd.recipients = held or rd.recipients
        if len(rd.actors) > 1 and self._each_other(verb):
            # "Georgia and Russia accused each other": each side accuses the other; "fired
            # at each other": two sides fighting, both actors (CONVENTIONS A4)
            if rd.event in VERBAL_TYPES:
                rd.recipients = list(rd.actors)
            else:
                rd.recipients, rd.flags = [], rd.flags | {"recip"}
        elif len(rd.actors) == 1 and rd.event in VERBAL_TYPES and self._each_other(verb):
            # "Georgian and South Ossetian forces accused each other": two sides of one
            # state (the breakaway region is Georgia's) accuse each other at home
            rd.recipients = list(rd.actors)
        if (rd.event, rd.mode) == ("RETREAT", "resign"):
            if self.business_post(verb, rd.subject):
                return False
            rd.recipients = []  # one resigns from a post, not from a country
        if (rd.event, rd.mode) == ("RETREAT", "release") and entry.lemma in self.g[
            "handover_verbs"
        ]:
            takers = [
                a for a in self._states_in(verb, "to") if a.code not in {b.code for b in rd.actors}
            ]
            if takers and rd.actors and all(a.kind == "state" for a in rd.actors):
                # "Pakistan handed over five suspected militants to Afghanistan": one state
                # gives prisoners to another, an extradition (CONVENTIONS A2 COOPERATE)
                rd.event, rd.mode, rd.recipients = "COOPERATE", "", takers
        if rd.event == "COOPERATE" and entry.lemma == "extradite":
            # "was extradited from Austria to Turkey": the state it leaves hands over, the
            # state it goes to receives, whatever the nationality of the one sent
            rd.actors = rd.actors or self._states_in(verb, "from")
            rd.recipients = self._states_in(verb, "to") or rd.recipients
            own = {a.code for a in rd.actors}
            # none sent home from home
            rd.recipients = [a for a in rd.recipients if a.code not in own]
        return True

    def _verb_words_or_deeds(self, rd: VerbReading) -> bool:
        """Whether the deed is words or acts (an attack on a plan is criticism, a seizure
        by police an arrest, a regret at another's act disapproval), and the checks that
        find no event (one's own words stood by, a denial, no attack claimed)."""
        verb, entry, match, subject = rd.verb, rd.match.trigger, rd.match, rd.subject
        if rd.event == "CONCEDE" and "regret" in (entry.lemma, entry.obj) and rd.actors:
            others = self._others_deed(verb, match.obj, rd.actors)
            if others:
                # "the Kremlin regretted the U.S. decision to close a consulate": regret at
                # another's act is disapproval, not an apology (CONVENTIONS A2)
                rd.event, rd.mode, rd.recipients = "ACCUSE", "disapprove", others
        if rd.event == "CONCEDE" and not rd.recipients and rd.actors:
            # "expressed regret for the intrusion of its sub into Japanese waters": the one
            # wronged by the deed regretted
            rd.recipients = self._wronged(
                [verb] if match.obj is None else [verb, match.obj], rd.actors
            )
        if rd.event == "SUPPORT" and self._own_words(verb, match.obj or rd.theme):
            return False  # "stood by his comments": one keeps to one's own words, supports no one
        if rd.event == "REJECT" and any(
            # "dismissed any talk of collusion" (talk, not talks): a rumour denied; "talk of
            # a ceasefire" is a proposal; "pushed back against the notion that ..."
            (c.lemma_.lower() in self.g["denied_claims"] or self._rumour(c))
            and not self._proposed(c)
            for c in self._rejected_things(verb)
        ):
            return False  # "rejected a suggestion that ...": a denial is no event (CONVENTIONS A4)
        if (
            (rd.event, rd.mode) == ("COERCE", "martial-law")
            and match.obj is not None
            and any(
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in self.g["civil_emergencies"]
                for c in match.obj.children
            )
        ):
            return False  # "declared the opioid crisis a public health emergency": no curfew
        if rd.mode == "investigate" and verb.lemma_.lower() == "question":
            questioned = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if (
                questioned is not None
                and not self.r.many(questioned)
                and questioned.pos_ != "PRON"
                and questioned.ent_type_ != "PERSON"
                and questioned.lemma_.lower() not in self.g["person_nouns"]
            ):
                return False  # "questioned the need for the cartel to curb supplies": a doubt
        if entry.obj == "responsibility" and not self._claimed_attack(verb, match.obj):
            return False  # "took responsibility for the failure": no attack claimed
        if rd.event == "ASSAULT" and (
            (verb.lemma_.lower() == "attack" and self.verbal_attack(verb, subject))
            # "fired questions at the company's lawyer": words are what is fired
            or (
                verb.lemma_.lower() == "fire"
                and any(c.dep_ == "dobj" and c.lemma_.lower() in FIRED_WORDS for c in verb.children)
            )
        ):
            rd.event, rd.mode = "ACCUSE", "disapprove"  # "attacked the plan": criticism
        if (rd.event, rd.mode) == ("ASSAULT", "abduct") and self._arresting(verb, subject):
            rd.event, rd.mode = "COERCE", "arrest"  # "police seized three men in a raid": an arrest
        if rd.event == "RETREAT" and not rd.recipients:
            rd.recipients = self._deal_partners(verb)
        if (
            (rd.event, rd.mode) == ("RETREAT", "withdraw")
            and not rd.recipients
            and rd.theme is not None
        ):
            rd.recipients = self._mission_states(verb, rd.theme)
        if "civil" in rd.flags and subject is not None and not self.r.is_people(subject):
            rd.event, rd.mode = "ACCUSE", "disapprove"
            rd.recipients = rd.recipients or self.recipients_from(verb, rd.event, rd.theme)
        if rd.event == "ACCUSE" and rd.mode == "investigate" and self._rebels(subject):
            return False  # "militants interrogated an Australian journalist": captors, no inquiry
        if rd.event == "ASSAULT" and self._attacked_in_words(verb):
            rd.event, rd.mode = "ACCUSE", "disapprove"  # "attacked the plan as fake math"
        if rd.event == "ASSAULT" and "swap" in rd.flags and self._verbal_source(verb, match.obj):
            rd.event, rd.mode = "ACCUSE", "disapprove"  # "came under fire from Democrats"
        if rd.event == "PROTEST" and rd.mode == "obstruct" and self._forces(subject):
            rd.event, rd.mode = "COERCE", "restrict"  # "Israeli forces blocked roads in Gaza"
        return True

    def _mission_states(self, verb: Token, theme: Token) -> list[Actor]:
        """ "cut its troops in Iraq": the country the troops leave ("reduce its forces in
        the war in Iraq"): a place inside the verb's phrases."""
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
        recipients: list[Actor] = []
        for pobj in places:
            recipients = [a for a in self.r.many(pobj) if a.kind == "state"]
            if recipients:
                break
        return recipients

    def _verb_fill_recipients(self, rd: VerbReading) -> bool:
        """A recipient still unknown, from the content's subject, the doer reported, the
        host state an envoy reaches, or the victims of a deed claimed; the AID mode."""
        verb, entry, match = rd.verb, rd.match.trigger, rd.match
        if not rd.recipients and rd.event in ("REQUEST", "ACCUSE"):
            rd.recipients = self._content_subject(verb)
        if not rd.recipients and rd.event == "ACCUSE":
            rd.recipients = self._reported_doer(verb) or [
                # "blamed the lack of trust between Pyongyang and Washington"
                a
                for c in verb.children
                if c.dep_ == "dobj" and not self.r.many(c)
                for noun in [c, *self.prep_objects(c, frozenset({"of"}))]
                for a in self._between(noun)
            ]
        if not rd.recipients and "envoy" in rd.flags:
            rd.recipients = self.destination(verb)  # "arrived in Amman": the host state
        if entry.obj == "responsibility" and not rd.recipients:
            # "claimed responsibility for slaughtering members of the Iraqi security
            # forces": the victims of the deed claimed
            for deed in self._claimed_deeds([verb] if match.obj is None else [verb, match.obj]):
                rd.recipients = unique(
                    a for c in deed.children if c.dep_ == "dobj" for a in self.r.many(c)
                )
                self.consumed.add(deed.i)
        if rd.event == "AID":
            rd.mode = self.aid_mode(match.obj, rd.mode)
        return True

    def _verb_draft(self, rd: VerbReading) -> Draft | None:
        """The draft of the reading, with its confidence and rule, or None when a backing
        told in a relative clause only says who someone is, or an intent is not one."""
        verb, entry, verdict = rd.verb, rd.match.trigger, rd.verdict
        confidence = 0.8 + (0.05 if entry.specificity else 0.0)
        if verdict.reported:
            confidence -= 0.1
        if verdict.relative:
            if rd.event == "SUPPORT":
                # "a Republican candidate who was backed by President Trump", "Trump, who
                # endorsed Moore": a backing in a relative clause says who someone is
                return None
            confidence -= 0.15
        rule = (
            f"verb:{entry.lemma}{' ' + ' '.join(entry.particle) if entry.particle else ''}"
            f"{' +' + entry.obj if entry.obj else ''}"
        )
        draft = Draft(
            rd.event, rd.mode, verb, rd.match.tokens, rd.actors, rd.recipients, rule, confidence
        )
        draft.notes.extend(rd.notes)
        draft.agentless = (
            (rd.passive or rd.participle)
            and not verdict.relative
            and clauses.agent_of(verb) is None
            and not rd.actors
        ) or (
            # "several women accused him of misconduct": private people of no stated state
            # accuse (CONVENTIONS A3: they are left out, the accusation is coded)
            rd.event == "ACCUSE"
            and not rd.actors
            and not rd.passive
            and rd.subject is not None
            and rd.subject.lemma_.lower() in self.g["private_persons"]
        )
        if verdict.mood_only and not self.intent(draft, verdict):
            return None
        return draft

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

    @staticmethod
    def _rejected_things(verb: Token) -> list[Token]:
        """What a verb of refusal is said of: its object, or that of its "against" or
        "on" phrase ("pushed back against the notion", "pushed back on reports")."""
        return [c for c in verb.children if c.dep_ == "dobj"] + [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("against", "on")
            for o in p.children
            if o.dep_ == "pobj"
        ]

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

    def _arresting(self, verb: Token, subject: Token | None) -> bool:
        """Whether people are seized by police or state forces (an arrest, COERCE), named
        as the subject, the passive agent or the doer of the operation it was done in
        ("were seized in an operation by officers from the Metropolitan Police")."""
        doers = [subject] if subject is not None else []
        agent = clauses.agent_of(verb)
        if agent is not None:
            doers.append(agent)
        for phrase in self.prep_objects(verb, frozenset({"in", "during"})):
            doers += self.prep_objects(phrase, frozenset({"by"}))
        return any(
            (self._forces(d) and d.ent_type_ != "GPE")
            or any(w.lemma_.lower() in POLICE_WORDS for w in d.subtree)
            for d in doers
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

    @staticmethod
    def _reduced_passive(verb: Token, event: str, subject: Token | None) -> bool:
        """Whether a verb of harm that cannot stand without its object was parsed as a
        past tense with none: a reduced relative on its victims ("Four US servicemen
        wounded last week in Fallujah described the fighting"). Verbs sharing an object
        ("killed and wounded 20 people") are left."""
        if (
            event != "ASSAULT"
            or verb.lemma_.lower() not in REDUCED_PASSIVE_VERBS
            or verb.tag_ != "VBD"
            or verb.dep_ == "conj"
            or subject is None
            or subject.tag_ not in ("NNS", "NNPS")
        ):
            return False
        shared = [verb, *(c for c in verb.children if c.dep_ == "conj")]
        return not any(
            c.dep_ in ("dobj", "prt", "ccomp", "xcomp", "aux", "attr", "dative")
            for v in shared
            for c in v.children
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
        clause = clauses.clause_verb(verb.head)
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

    def _states_in(self, verb: Token, prep: str) -> list[Actor]:
        """The states named in ``verb``'s phrases headed by ``prep`` ("to Turkey")."""
        return [
            a
            for p in self.prep_objects(verb, frozenset({prep}))
            for a in self.r.many(p)
            if a.kind == "state"
        ]

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
        ("accept the demands", "comply with the order") or backs a proposal ("support
        the resolution"): its negation is a refusal."""
        entry = match.trigger
        if entry.event not in ("CONCEDE", "AGREE", "SUPPORT"):
            return False
        if entry.lemma in self.g["compliance_verbs"] and entry.particle:
            return True
        obj = match.obj
        if entry.event == "SUPPORT":
            # "did not support the U.S.-drafted resolution": a proposal not backed is refused
            obj = next((c for c in match.tokens[0].children if c.dep_ == "dobj"), None)
            return obj is not None and obj.lemma_.lower() in self.g["proposals_backed"]
        return obj is not None and obj.lemma_.lower() in self.g["refusable_objects"]

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

    def _reproached(self, verb: Token, subject: Token | None, event: str) -> list[Actor]:
        """Who a reproach drawn by a deed is aimed at when the subject names no actor:
        the owner of the deed ("Australia's plan provoked fury from Jakarta") or, for a
        clause with no subject of its own, the main clause's doer
        ("Trump shared the videos, drawing condemnation from Britain")."""
        if event != "ACCUSE":
            return []
        if subject is None and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
            # the clause it hangs on, past a participle on its object ("shared videos
            # posted by a British party leader, drawing condemnation")
            clause = verb.head
            while clause.dep_ == "acl" and clause.head.dep_ in ("dobj", "pobj"):
                clause = clause.head.head
            subject, passive = clauses.subject_of(clause, self.lex)
            if passive or subject is None:
                return []
            found = self.r.many(subject)
            if found:
                return found
        if subject is None or subject.lemma_.lower() in self.g["relational_nouns"]:
            return []
        owners = [c for c in subject.children if c.dep_ == "poss"]
        return self.r.many(owners[0]) if owners else self._noun_modifier_actors(subject)

    def _swap_sources(self, verb: Token, obj: Token | None) -> list[Actor]:
        """The seller in "imported corn from Russia": a "from" phrase on the verb or object,
        else a state the object names as its maker ("faces U.S. pressure")."""
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
        if sources:
            return self.r.many(sources[0])
        # "faces U.S. pressure to disarm", "drew Chinese criticism": the noun's own maker
        return self._noun_modifier_actors(obj) if obj is not None else []

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

    def _verbal_source(self, verb: Token, obj: Token | None) -> bool:
        """Whether the "from" phrase of an attack undergone ("came under fire from ...")
        names those who attack with words: parties, lawmakers, the press, groups and
        people of no armed force, or critics ("came under fire from Democrats")."""
        sources = self.prep_objects(verb, frozenset({"from"}))
        if obj is not None:
            sources += self.prep_objects(obj, frozenset({"from"}))
        if not sources:
            return False
        for source in sources:
            found = self.r.many(source)
            if not found:
                if source.lemma_.lower() not in self.g["verbal_sources"]:
                    return False
            elif not all(
                a.sector in VERBAL_SECTORS
                or (a.kind == "person" and a.sector not in ("MIL", "COP", "REB", "SPY"))
                for a in found
            ):
                return False
        return True

    def _ellipsis_subject(self, verb: Token) -> Token | None:
        """Importer of "rice imported from China" in "X imported corn, compared with
        rice imported from China": the subject of the clause the comparison hangs on."""
        cur = verb
        for _ in range(8):
            head = cur.head
            if head == cur:
                return None
            if head.lemma_.lower() in ("compare", "than", "versus", "unlike", "like"):
                clause = clauses.clause_verb(head.head)
                subject, _ = clauses.subject_of(clause, self.lex)
                return subject
            cur = head
        return None

    def _means_actors(self, verb: Token) -> list[Actor]:
        """The doer named on an attack noun in an "in" phrase ("killed in an Israeli
        airstrike", "died in a US raid")."""
        attacks = self.g.classes["attack"]
        # "were killed and others were wounded in separate attacks": the last conjunct's
        # phrase tells the means of both (the parser may hang "others wounded" on as a noun)
        conjoined = [c for c in verb.children if c.dep_ == "conj"]
        verbs = [verb, *(c for c in conjoined if c.pos_ == "VERB")]
        verbs += [a for c in conjoined for a in c.children if a.dep_ == "acl" and a.tag_ == "VBN"]
        for pobj in (p for v in verbs for p in self.prep_objects(v, frozenset({"in", "during"}))):
            if pobj.lemma_.lower() in attacks or self._deed(pobj):
                found = self._noun_modifier_actors(pobj) or self.r.many(self._doer(pobj))
                if found:
                    return found
                # "killed in a rebel ambush in western Nepal"
                return self._rebel_attackers(pobj, verb)
        return []

    def _rebel_attackers(self, attack: Token, verb: Token) -> list[Actor]:
        """Rebels an attack noun names as its doers ("a rebel ambush", "insurgent
        attacks"): they take the country the attack, or the verb it serves, places
        ("killed in insurgent attacks across Iraq", "a rebel attack killed five soldiers
        in northern Uganda"), else the one state the sentence names as a place; [] when
        neither places them."""
        rebels = next(
            (c for c in attack.children if c.dep_ in ("amod", "compound") and self._rebels(c)),
            None,
        )
        if rebels is None:
            return []
        # "insurgent attacks across the country": else the one place the sentence names
        home = self._rebels_home(rebels, verb, attack)
        if not home and (found := self.r.home_country(rebels)) is not None:
            home = [found]
        return home


def _pressed_for(verb: Token, pressure: Token | None) -> bool:
    """Whether pressure put on someone names what it demands: an infinitive ("piled
    pressure on Sudan to accept a monitoring force", "faced pressure to resign") or an
    "into"/"for" phrase. Pressure with no demand ("increasing pressure on Flynn",
    "stepped up pressure on insurgents") asks nothing the text says."""
    holders = [verb] if pressure is None else [verb, pressure]
    return any(
        (
            c.dep_ in ("xcomp", "acl", "advcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        )
        or (c.dep_ == "prep" and c.lower_ in ("into", "for"))
        for holder in holders
        for c in holder.children
    )
