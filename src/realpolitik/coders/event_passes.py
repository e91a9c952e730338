"""The passes over a sentence (:class:`PassCoder`): the main pass (each trigger on
its own: :meth:`~PassCoder.main_pass`) and the passes that read more than one verb at a
time: ``control`` ("agreed to", "urged X to"), ``speech`` ("said Y must"), ``warn``,
``revenge``, ``blame`` and ``judgement``, with the helpers they alone use.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import ontology
from ..models import Actor
from . import event_clauses as clauses
from .event_actors import unique
from .event_drafts import (
    ASK_MODES,
    CONFLICT_ACTS,
    COOPERATIVE,
    DOMESTIC_MODES,
    THREAT_NOUNS,
    VERB_DEPS_SKIP,
    Draft,
)
from .event_hostages import HostageCoder

if TYPE_CHECKING:
    from spacy.tokens import Token


# Nouns that present a deed as a case of a wrong: "an example of ethnic cleansing".
EXAMPLE_NOUNS = frozenset({"example", "case", "act", "instance", "form"})


@dataclass(frozen=True, slots=True)
class ControlReading:
    """A control verb or adjective and its infinitive, as :meth:`PassCoder.control_pass`
    reads them: the kind of control, the infinitive's own event (type, mode, recipients)
    and the matrix subject's side."""

    token: Token
    xcomp: Token
    kind: str  # commit, refuse, request or threaten
    etype: str
    emode: str
    erecips: list[Actor]
    actors: list[Actor]
    subject: Token | None


class PassCoder(HostageCoder):
    """The main pass and the multi-verb passes."""

    def active_speaker(self, verb: Token) -> tuple[list[Actor], Token | None] | None:
        """The actors and subject of ``verb`` when its clause is asserted and active (the
        speaker of a warning, a blame or a verdict), else None."""
        verdict = clauses.fate(verb, self.lex)
        if not verdict.coded or self._told_before(verb, verdict):
            return None
        actors, subject, passive = self.subject_actors(verb)
        return None if passive else (actors, subject)

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

    def _answered_maker(self, clause: Token) -> list[Actor]:
        """Who made the demand or offer a refusal answers: "refused to respond to a demand
        from the US President", "refused to comply with the UN demand"; else who asked
        the questions it would not answer (:meth:`_questioners`)."""
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
        return self._questioners(clause)

    def _questioners(self, clause: Token) -> list[Actor]:
        """Who asked the questions a refusal to answer answers: "refused to answer
        questions from lawmakers", "refused to answer questions during a closed
        congressional hearing" (the hearing's body)."""
        if clause.lemma_.lower() != "answer" or not any(
            c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in clause.children
        ):
            return []
        asked = [
            p
            for q in clause.children
            if q.dep_ == "dobj"
            for p in self.prep_objects(q, frozenset({"from", "by"}))
        ]
        asked += [
            m
            for p in self.prep_objects(clause, frozenset({"during", "at", "before", "in"}))
            if p.lemma_.lower() in self.g["hearings"]
            for m in p.children
            if m.dep_ in ("amod", "compound", "poss", "nmod") and m.i < p.i
        ]
        return unique([a for m in asked for a in self.r.many(m)])

    def _threatening_group(self, verb: Token, verdict: clauses.Fate) -> bool:
        """A participle naming armed men by the threat they make ("militants threatening
        to kill three UN hostages said ...", "insurgents threatening to kill the man"):
        the threat stands now, made by the group it hangs on."""
        return (
            verdict.reason == "modifier"
            and verb.tag_ == "VBG"
            and verb.dep_ == "acl"
            and verb.head.pos_ == "NOUN"
            and verb.head.lemma_.lower() in self.g["armed_groups"]
        )

    def control_pass(self) -> None:
        """ "agreed to", "pledged to", "is ready to", "refused to", "urged X to",
        "threatened to": one event from the matrix verb, shaped by its infinitive
        (:meth:`_control_event`)."""
        for token in self.sent:
            self._control_event(token)

    def _control_event(self, token: Token) -> None:
        """The event of one control verb or adjective, if its clause is coded: the
        commitment, refusal, request or threat its kind makes of the infinitive's event."""
        if token.pos_ not in ("VERB", "ADJ", "AUX"):
            return
        xcomps = [
            c
            for c in token.children
            if c.dep_ == "xcomp" and not _quoted_title(c) and not _visiting_guest(c)
        ]
        if not xcomps:
            return
        kind = clauses.control_kind(token, self.lex)
        if kind not in clauses.CONTROL_KINDS:
            return
        clause_verb = token.head if token.pos_ == "ADJ" else token
        if token.pos_ == "ADJ" and token.dep_ not in ("acomp", "amod", "ROOT"):
            return
        verdict = clauses.fate(clause_verb, self.lex)
        threatening = kind == "threaten" and self._threatening_group(token, verdict)
        if (
            not (verdict.coded or threatening)
            or self._told_before(clause_verb, verdict)
            or self.dated_past(clause_verb)
        ):
            return
        etype, emode, erecips, etokens = self.embedded(xcomps[0], consume=True)
        if (
            kind == "commit"
            and token.pos_ == "ADJ"
            and not etype
            # "is ready to help Georgia": an offer of help commits as "pledged to help" does
            and xcomps[0].lemma_.lower() not in self.g["helping_verbs"]
        ):
            return  # "willing to ignore sanctions" is a stance, not a commitment
        actors, subject, passive = self.subject_actors(clause_verb)
        if passive:
            return
        ctl = ControlReading(token, xcomps[0], kind, etype, emode, erecips, actors, subject)
        shapes = {
            "commit": self._commitment,
            "refuse": self._refusal,
            "request": self._control_request,
        }
        shaped = shapes.get(kind, self._control_threat)(ctl)
        if shaped is None:
            return
        event, mode, recipients = shaped
        lemma = token.lemma_.lower()
        if (
            kind == "request"
            and lemma in self.g["force_verbs"]
            and etype == "COERCE"
            and emode in ("censor", "ban", "restrict")
        ):
            # "ordered the newspaper to suspend publication": the order is the coercion.
            event, mode = "COERCE", emode
        if (
            kind == "request"
            and lemma in self.g["force_verbs"]
            and (etype, emode) == ("ACCUSE", "allege")
            and subject is not None
            and subject.lemma_.lower() in self.g["deliberators"]
        ):
            # "A military judge ordered a U.S. Army reservist to stand trial": the order
            # brings the charge to trial (CONVENTIONS A4), the state's whose court it is
            event, mode = "ACCUSE", "allege"
            military = any(c.lemma_.lower() == "military" for c in subject.children)
            actors = (
                actors
                or (self._soldiers_state(recipients) if military else [])
                or self._legal_home(xcomps[0], recipients)
            )
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
        if kind == "request":
            self._ultimatum(token, xcomps[0], actors, draft.recipients, subject)

    def _commitment(self, ctl: ControlReading) -> tuple[str, str, list[Actor]] | None:
        """ "agreed to", "pledged to", "is ready to": AGREE with the one promised, or a
        THREATEN when the measure is held over someone; None for a vow of one's own
        course."""
        token, xcomp, etype, actors = ctl.token, ctl.xcomp, ctl.etype, ctl.actors
        erecips = ctl.erecips
        lemma = token.lemma_.lower()
        conditional = etype in CONFLICT_ACTS and (
            self._on_condition(xcomp) or self._on_condition(token)
        )
        if (lemma in self.g["commit_threat"] and etype in CONFLICT_ACTS) or conditional:
            # "agreed to tighten its sanctions if the junta does not free its
            # prisoners": a measure held over the one the condition is put to
            event, mode = "THREATEN", self._threat_mode(etype, ctl.emode)
        else:
            event, mode = "AGREE", ""
        if not etype and lemma in ("vow", "pledge", "promise", "swear"):
            # "vowed to prevent North Korea gaining that capability", "vows to track
            # down a former inmate": what a vow acts on is not the one promised
            # ("pledged to work with Congress" promises its partner)
            acted_on = {a.code for c in xcomp.children if c.dep_ == "dobj" for a in self.r.many(c)}
            own = {a.code for a in actors}  # "promised to democratize Serbia"
            erecips = [a for a in erecips if a.code not in acted_on - own]
        recipients = (
            erecips
            or self.recipients_from(token, "AGREE", None)
            # "agreed to suspend enrichment under a deal with Britain, France and
            # Germany": the deal's other parties
            or self._deal_partners(xcomp)
            or self._deal_partners(token)
        )
        if conditional:
            recipients = (
                self._condition_subject(xcomp) or self._condition_subject(token) or recipients
            )
        if (
            event == "AGREE"
            and lemma == "vow"
            and etype not in (*COOPERATIVE, "CONSULT")
            and {a.code for a in recipients} <= {a.code for a in actors}
        ):
            # "vowed to restart a campaign for reform", "vowed to press efforts to
            # expand whaling": a vow of one's own course promises no one anything
            return None
        return event, mode, recipients

    def _refusal(self, ctl: ControlReading) -> tuple[str, str, list[Actor]] | None:
        """ "refused to": REJECT of what was asked, by the one who asked it."""
        etype, xcomp = ctl.etype, ctl.xcomp
        if not etype and self._withheld_from_press(xcomp):
            return None  # "declined to comment", "declined to give details": a reporter's ask
        mode = ASK_MODES.get(etype, "change" if etype else "")
        recipients = ctl.erecips or self._answered_maker(xcomp)
        if not recipients and etype == "MOBILIZE":
            # "refused to deploy peacekeepers in Iraq": where the forces would go
            recipients = [a for a in self.place_recipients(xcomp, None) if a.kind == "state"]
        return "REJECT", mode, recipients

    def _withheld_from_press(self, xcomp: Token) -> bool:
        """Whether a refused infinitive is what reporters ask for: "declined to comment",
        "declined to elaborate", "declined to give details", "declined to share his last
        name"; not what is withheld from a party named ("refused to give details to the
        IAEA")."""
        g = self.g
        if self.prep_objects(xcomp, frozenset({"to", "with"})):
            return False
        if xcomp.lemma_.lower() in g["press_answers"]:
            return True
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in g["press_details"] for c in xcomp.children
        )

    def _control_request(self, ctl: ControlReading) -> tuple[str, str, list[Actor]] | None:
        """ "urged X to", "asked to meet": REQUEST of the one asked; None for a judge's
        instructions to a jury."""
        token, etype = ctl.token, ctl.etype
        if any(
            c.dep_ == "dobj" and c.lemma_.lower() in ("jury", "juror", "jurors")
            for c in token.children
        ):
            return None  # "the judge told a jury to continue deliberating": a trial's course
        mode = ASK_MODES.get(etype, "change" if etype else "")
        recipients = [a for c in token.children if c.dep_ == "dobj" for a in self.r.many(c)]
        recipients = recipients or self.recipients_from(token, "REQUEST", None)
        if not recipients and etype == "CONSULT":
            # "has asked to meet with Senator Marco Rubio": the one to be met
            recipients = ctl.erecips or self._with_partners(ctl.xcomp, None)
        return "REQUEST", mode, recipients

    def _control_threat(self, ctl: ControlReading) -> tuple[str, str, list[Actor]] | None:
        """ "threatened to": THREATEN of the one the condition is put to, the captives'
        states, or the place threatened."""
        token, xcomp, etype = ctl.token, ctl.xcomp, ctl.etype
        mode = self._threat_mode(etype, ctl.emode)
        # "threatened to hand her over to another group if the British government
        # refuses": the one the condition is put to is threatened
        recipients = (
            self._condition_subject(xcomp)
            or self._condition_subject(token)
            or ctl.erecips
            or self.recipients_from(token, "THREATEN", None)
        )
        held = [
            h
            for c in xcomp.children
            if c.dep_ == "dobj" and (h := self.r.object_antecedent(c)) is not None
        ]
        relative = clauses.relative_object(xcomp)
        if relative is not None:
            held.append(relative)  # "a Turkish hostage, who they threatened to behead"
        captives = [a for h in held for a in self.r.many(h)]
        if captives:
            # "the kidnappers of an American-French journalist threatened to execute
            # him unless US forces withdraw": the captive's states are threatened
            # with the one the condition is put to
            recipients = unique([*recipients, *captives])
        if not recipients and etype in ("", *CONFLICT_ACTS):
            # "threatened to resume attacks in Israel": the place threatened.
            recipients = self.place_recipients(xcomp, None)
        return "THREATEN", mode, recipients

    def _ultimatum(
        self,
        token: Token,
        demanded: Token,
        actors: list[Actor],
        recipients: list[Actor],
        subject: Token | None,
    ) -> None:
        """ "called on Khartoum to restore security or face sanctions", "told Iran to comply
        or face military action": a demand with a penalty for refusing it is also a threat
        (CONVENTIONS A2 THREATEN, an ultimatum) to the one asked."""
        if not recipients or not any(
            c.dep_ == "cc" and c.lower_ == "or" for c in demanded.children
        ):
            return
        for face in demanded.conjuncts:
            if face.lemma_.lower() != "face" or face.i < demanded.i:
                continue
            for penalty in (c for c in face.children if c.dep_ == "dobj"):
                lemma = penalty.lemma_.lower()
                if self.lex.in_class("sanctions", lemma):
                    mode = self._threat_mode("SANCTION", "")
                elif lemma in self.g["penalties"]:
                    mode = ""
                else:
                    continue
                draft = Draft(
                    "THREATEN",
                    mode,
                    face,
                    [face, penalty],
                    actors,
                    list(recipients),
                    f"ultimatum:{token.lemma_.lower()}",
                    0.7,
                )
                self.add_finished(draft, token, subject)
                return

    def speech_pass(self) -> None:
        """ "X said (that) Y must ..." and "X told Y it has to ...": X REQUEST Y."""
        g = self.g
        for verb in self.sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in g["request_speech"]:
                continue
            content = next(
                (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None
            ) or self._unmarked_demand(verb)
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
            if any(
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for c in content.children
            ):
                continue  # "Conyers should resign if the allegations are true": conditional
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
            # "warned Iran it must stop enrichment or face sanctions": also a threat
            self._ultimatum(verb, content, speakers, targets, speaker_tok)

    def _unmarked_demand(self, verb: Token) -> Token | None:
        """A clause with "must" and a subject of its own that the parser hung on the
        speech verb as an adverbial clause ("warned Iran on Wednesday it must stop
        enrichment"): no mark ("if", "because") introduces it, so it is what was said."""
        for clause in verb.children:
            if (
                clause.dep_ == "advcl"
                and clause.i > verb.i
                and not any(c.dep_ == "mark" for c in clause.children)
                and any(c.dep_ == "nsubj" for c in clause.children)
                and any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children)
            ):
                return clause
        return None

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
        marks = [c.lower_ for c in content.children if c.dep_ == "mark"]
        return (
            lemma in self.g["mandative_verbs"]
            and clauses.subjunctive(content)
            # "recommended (that) the state pay": "that" may be left out
            and marks in ([], ["that"])
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in content.children)
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
            draft = self._warning(verb, actors)
            if draft is not None:
                self.add_finished(draft, verb, subject)

    def _warning(self, verb: Token, actors: list[Actor]) -> Draft | None:
        """The event a "warn" verb tells, by what follows it: a clause (a threat or an
        allegation), "against" a deed (a request not to), "of" a threat or an event (a
        threat), or an infinitive (a request)."""
        warned = [a for c in verb.children if c.dep_ == "dobj" for a in self.r.many(c)]
        content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        of_nouns = [p for p in self.prep_objects(verb, frozenset({"of", "against"}))]
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if content is not None:
            return self._warned_content(verb, content, actors, warned)
        if warned and any(
            p.lower_ == "against" and any(g.dep_ == "pcomp" for g in p.children)
            for p in verb.children
            if p.dep_ == "prep"
        ):
            # "warned Trump against nominating more insiders": urged not to
            return Draft("REQUEST", "change", verb, [verb], actors, warned, "warn:against", 0.7)
        if any(
            n.lemma_.lower() in THREAT_NOUNS or self.match_noun(n) is not None for n in of_nouns
        ):
            return Draft("THREATEN", "", verb, [verb], actors, warned, "warn:of", 0.7)
        if warned and xcomp is not None:
            if xcomp.lemma_.lower() in ("expect", "anticipate", "brace"):
                return None  # "warned consumers to expect further increases": a forecast
            # "warned lawyers not to speak about their case": told to, with no force
            # named (CONVENTIONS A2: a threat warns of coercion or force)
            return Draft("REQUEST", "change", verb, [verb], actors, warned, "warn:to", 0.65)
        if warned and any(self._deed_warned_against(p) for p in verb.children):
            # "warned Taiwan against any move toward independence": urged not to
            return Draft("REQUEST", "change", verb, [verb], actors, warned, "warn:against", 0.7)
        return None

    def _warned_content(
        self, verb: Token, content: Token, actors: list[Actor], warned: list[Actor]
    ) -> Draft | None:
        """ "warned that ...": a threat when the clause is the speaker's own deed to come,
        an allegation when it tells a deed of another as fact."""
        m = clauses.markers(content, self.lex)
        etype, emode, erecips, etokens = self.embedded(content)
        if m.future or m.modal:
            # "warned it would bolster its deterrent if Washington did not drop its
            # policy": the threat is aimed at the one the condition is put to
            conditioned = (
                [
                    a
                    for a in self._condition_subject(content)
                    if a.code not in {b.code for b in actors}
                ]
                if (m.future or m.would) and self._own_deed(content, actors)
                else []  # "may have to liquidate if ...": a forecast, no threat
            )
            if not warned and etype not in CONFLICT_ACTS and not conditioned:
                return None
            return Draft(
                "THREATEN",
                self._threat_mode(etype, emode),
                verb,
                [verb, *etokens[:2]],
                actors,
                warned or erecips or conditioned,
                "warn:threat",
                0.7,
            )
        target, _ = clauses.subject_of(content, self.lex)
        accused = self.r.many(target)
        if not accused or m.negated or m.conditional or not etype:
            return None
        if ontology.quad_class(etype) in (1, 3) and etype != "SANCTION":
            return None  # an allegation is of a deed, not of words
        return Draft("ACCUSE", "allege", verb, [verb], actors, accused, "warn:allege", 0.7)

    def _own_deed(self, content: Token, actors: list[Actor]) -> bool:
        """Whether the speaker does what ``content`` tells: "(Iran warned) it would resume
        enrichment", not "growth would slow"."""
        subject, passive = clauses.subject_of(content, self.lex)
        if subject is None or passive:
            return False
        if subject.pos_ == "PRON" and subject.lower_ in ("it", "they", "we", "he", "she", "i"):
            return True
        own = {a.code for a in actors}
        found = self.r.many(subject)
        return bool(found) and {a.code for a in found} <= own

    def _deed_warned_against(self, prep: Token) -> bool:
        """Whether ``prep`` is "against" a deed, not a party: "against any move toward
        independence", "against interference" (not "against terrorists" or "against
        Iran")."""
        if prep.dep_ != "prep" or prep.lower_ != "against":
            return False
        return any(
            n.dep_ == "pobj"
            and n.pos_ == "NOUN"
            and not self.r.many(n)
            and n.lemma_.lower() not in self.g["person_nouns"]
            and n.lemma_.lower() not in self.g["armed_groups"]
            and n.lemma_.lower() not in self.g["advisory_topics"]  # "against travel to Iraq"
            for n in prep.children
        )

    def revenge_pass(self) -> None:
        """ "Russia said it would retaliate against new sanctions", "Iran will retaliate if
        the US imposes sanctions, Rouhani said": revenge announced is a threat (CONVENTIONS
        A1: a conditional blow is coded as the content of a THREATEN)."""
        for verb in self.sent:
            if verb.pos_ != "VERB" or not (
                verb.lemma_.lower() in self.g["retaliation_verbs"] or self._forceful_answer(verb)
            ):
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
                a
                for a in self._condition_subject(verb)
                or self._against(verb)
                or self._provokers(verb)
                if a.code not in own
            ]
            confidence = 0.7 - (0.1 if verdict.reported else 0.0)
            draft = Draft(
                "THREATEN", "", verb, [verb], actors, recipients, "revenge:announced", confidence
            )
            self.add_finished(draft, verb, subject)

    def _forceful_answer(self, verb: Token) -> bool:
        """An answer by force: "would respond with force", "will react with military
        action", a retaliation told in other words."""
        if verb.lemma_.lower() not in ("respond", "react", "answer"):
            return False
        return any(
            noun.lemma_.lower() in self.g["forceful_means"]
            or (
                noun.lemma_.lower() == "action"
                and any(c.lower_ in ("military", "armed") for c in noun.children)
            )
            for noun in self.prep_objects(verb, frozenset({"with"}))
        )

    def _provokers(self, verb: Token) -> list[Actor]:
        """Who would be answered: the doer of what "respond to" names ("to any provocation
        by South Korea", "to Washington's sanctions")."""
        return [
            a
            for deed in self.prep_objects(verb, frozenset({"to"}))
            for a in self.r.many(self._doer(deed))
        ]

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

    def misdeed_pass(self) -> None:
        """ "Iran said Israel violated the ceasefire", "Putin said the link was fabricated by
        Trump's opponents": a speaker who tells of another's misdeed as fact accuses its
        doer (CONVENTIONS A1: a speech act that is itself an event; A2 ACCUSE allege)."""
        speech_verbs = self.g["accusing_speech"]
        for clause in self.sent:
            source = _according_to(clause) if clause.dep_ in ("ROOT", "conj") else None
            told = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech_verbs
            if source is None and not told:
                continue
            deed = self._misdeed(clause)  # the cheap test first: most clauses tell of none
            if deed is None:
                continue
            if source is not None:
                # "Iran violated the ceasefire, according to Iraq's defense ministry", "...,
                # according to a report by U.S. intelligence agencies"
                if source.lemma_.lower() in self.g["documents"]:
                    source = next(
                        (c for c in source.children if c.dep_ == "poss"),
                        next(iter(self.prep_objects(source, frozenset({"by", "from"}))), source),
                    )
                if clauses.fate(clause, self.lex).coded:
                    self._misdeed_told(clause, deed, clause, (self.r.many(source), source))
                continue
            speech = clause.head
            if clauses.markers(speech, self.lex).negated:
                continue
            speaker = self.active_speaker(speech)
            if speaker is not None:
                self._misdeed_told(clause, deed, speech, speaker)

    def _misdeed_told(
        self,
        clause: Token,
        deed: Token,
        speech: Token,
        speaker: tuple[list[Actor], Token | None],
    ) -> None:
        """Draft the accusation of a clause that tells of a misdeed (``deed``) as fact,
        told by ``speech`` (a speech verb, or the clause itself for "according to")."""
        m = clauses.markers(clause, self.lex)
        if m.negated or m.conditional or m.future or m.modal or m.deontic:
            return
        if deed != clause and clauses.markers(deed, self.lex).negated:
            return
        actors, subject = speaker
        doer, passive = clauses.subject_of(clause, self.lex)
        if passive:
            doer = clauses.agent_of(clause)
        accused = self.r.many(doer)
        if doer is None or not actors or self.r.is_pronoun(doer):
            return
        if not accused and doer.ent_type_ != "PERSON":
            return  # a person of no stated state may still be the speaker's own (events.py)
        if accused and {a.person or a.text.lower() for a in accused} <= {
            a.person or a.text.lower() for a in actors
        }:
            return  # one's own deed told is no accusation
        tokens = [speech, deed] if speech != deed else [deed]
        draft = Draft("ACCUSE", "allege", deed, tokens, actors, accused, "misdeed:told", 0.7)
        self.add_finished(draft, speech, subject)

    def _misdeed(self, clause: Token) -> Token | None:
        """The misdeed a content clause tells of: its verb ("Israel violated the
        ceasefire"), the infinitive of an attempt ("was trying to destabilize Ukraine"), or
        the deed one is held to answer for ("was responsible for the attack", "was behind
        the bombing"); None for other clauses."""
        lemma = clause.lemma_.lower()
        if clause.pos_ == "VERB" and lemma in self.g["misdeeds"]:
            return clause
        if lemma in self.g["attempt_verbs"]:
            deed = next((c for c in clause.children if c.dep_ == "xcomp"), None)
            if deed is not None and deed.lemma_.lower() in self.g["misdeeds"]:
                return deed
        if lemma != "be":
            return None
        for child in clause.children:
            if child.dep_ == "acomp" and child.lemma_.lower() == "responsible":
                held = self.prep_objects(child, frozenset({"for"}))
            elif child.dep_ == "prep" and child.lower_ == "behind":
                held = [g for g in child.children if g.dep_ == "pobj"]
            else:
                continue
            for noun in held:
                entry = self.match_noun(noun)
                if noun.lemma_.lower() in self.g.classes["violence"] or (
                    entry is not None and entry.event in ("ASSAULT", "COERCE")
                ):
                    return noun
        return None

    def judgement_pass(self) -> None:
        """ "Chirac said the US-led war in Iraq was illegal", "Iran called Israel's decision
        illegal": a speaker's verdict of wrong on someone's deed accuses its doer
        (CONVENTIONS A2, ACCUSE disapprove); a verdict of right ("lawful", "justified")
        supports it (SUPPORT: defend)."""
        verdicts = self.g["wrong_verdicts"]
        rights = self.g["right_verdicts"]
        for word in self.sent:
            described = self._described_as(word)
            if described is not None:
                self._verdict(word, *described)
                continue
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
                or self._praise(word) is not None
                # "called Bush a terrorist", "calling him a dictator": name-calling
                or (word.dep_ == "oprd" and word.lemma_.lower() in self.g["insults"])
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

    def _doers_of(self, deed: Token) -> list[Actor]:
        """Whose deed a judged noun is: its modifiers before it ("Japan's overhaul", "the
        Israeli raid"), its "by" phrase, or the "of" phrase of a noun of conduct ("the
        actions of Michael Flynn", "the policies of Israel")."""
        doers = [c for c in deed.children if c.i < deed.i and c.dep_ not in ("det",)]
        found = unique(a for c in doers for a in self.r.many(c)) or self.r.many(self._doer(deed))
        if not found and deed.lemma_.lower() in self.g["conduct_nouns"]:
            found = [a for p in self.prep_objects(deed, frozenset({"of"})) for a in self.r.many(p)]
        return found

    def feeling_pass(self) -> None:
        """ "China was deeply concerned about Japan's defense overhaul", "lawmakers said
        they were disturbed by the response of Myanmar's security forces", "said it was
        concerned that the administration was not preparing": displeasure stated at
        another's deed disapproves of its doer (CONVENTIONS A2, ACCUSE disapprove), as
        "expressed concern over" does. A feeling about a thing no one is named as doing
        ("worried about the economy") names no recipient and is not kept."""
        for word in self.sent:
            lemma = word.lower_
            if lemma not in self.g["displeased_words"] or word.i in self.consumed:
                continue
            if word.dep_ == "acomp" and word.head.lemma_.lower() in self.g["linking_verbs"]:
                clause = word.head
            elif word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children):
                clause = word  # "were disturbed by the harsh response"
            else:
                continue
            if any(c.dep_ == "neg" for c in (*word.children, *clause.children)):
                continue
            verdict = clauses.fate(clause, self.lex)
            if not verdict.coded:
                continue
            subject, _ = clauses.subject_of(clause, self.lex)
            if subject is None:
                # "it was concerned ...", the subject parsed as the auxiliary's
                subject = next(
                    (
                        s
                        for a in clause.children
                        if a.dep_ in ("aux", "auxpass")
                        for s in a.children
                        if s.dep_ in ("nsubj", "nsubjpass")
                    ),
                    None,
                )
            if subject is None:
                continue
            actors = self.r.many(subject)
            if not actors and self.r.is_pronoun(subject) and verdict.speech is not None:
                # "lawmakers said they were disturbed": the speakers' own feeling
                actors = self.subject_actors(verdict.speech)[0]
            recipients: list[Actor] = []
            for target in self.prep_objects(word, frozenset({"about", "over", "by", "at", "with"})):
                # "concerned about China": a named side; "about Japan's overhaul": its doer
                recipients = (
                    self.r.many(target) if target.pos_ == "PROPN" else self._doers_of(target)
                )
                if recipients:
                    break
            content = next((c for c in word.children if c.dep_ == "ccomp"), None)
            if not recipients and content is not None and not self._unreal(content):
                # "concerned that the administration was not making preparation" (not
                # "worried that Trump may try to quit NAFTA": a fear of what may come)
                recipients = self.r.many(clauses.subject_of(content, self.lex)[0])
            confidence = 0.8 - (0.1 if verdict.reported else 0.0)
            draft = Draft(
                "ACCUSE",
                "disapprove",
                word,
                [word],
                actors,
                recipients,
                f"feeling:{lemma}",
                confidence,
            )
            self.consumed.add(word.i)
            self.add_finished(draft, clause, subject)

    def visitor_pass(self) -> None:
        """ "Chinese President Xi Jinping told visiting U.S. President Donald Trump", "North
        Korea gave a visiting U.N. official a message": one named as visiting, whom the
        subject of a verb tells, meets or gives to, is on a visit to the subject's state
        (CONVENTIONS A2, CONSULT visit), the visitor the actor."""
        for word in self.sent:
            if word.lower_ != "visiting" or word.i in self.consumed:
                continue
            visitor, verb = word.head, word.head.head
            if word.dep_ == "xcomp" and self._receives_no_one(word.head):
                # "told visiting U.S. President Donald Trump", "received visiting Chinese
                # Foreign Minister Wang Yi", parsed as a verb of visiting with its object
                visitor = next((c for c in word.children if c.dep_ == "dobj"), word)
                verb = word.head
            elif word.dep_ != "amod":
                continue
            elif visitor.dep_ == "pobj" and verb.lower_ == "with":
                verb = verb.head  # "met with visiting Iraqi Prime Minister Iyad Allawi"
            elif visitor.dep_ not in ("dobj", "dative"):
                continue
            if verb.pos_ != "VERB" or verb.i in self.consumed:
                continue
            verdict = clauses.fate(verb, self.lex)
            if not verdict.coded or self.dated_past(verb):
                continue
            guests = self.r.many(visitor)
            hosts, subject, passive = self.subject_actors(verb)
            if passive or not guests or not hosts:
                continue
            if {a.code for a in guests} & {a.code for a in hosts}:
                continue  # "met visiting members of his own party": no visit abroad
            confidence = 0.75 - (0.1 if verdict.reported else 0.0)
            draft = Draft(
                "CONSULT", "visit", word, [word], guests, hosts, "visitor:visiting", confidence
            )
            self.consumed.add(word.i)
            self.add_finished(draft, verb, subject)

    def _receives_no_one(self, verb: Token) -> bool:
        """Whether ``verb`` addresses or receives someone ("told", "received") and names
        no one it does."""
        lemma = verb.lemma_.lower()
        return (
            lemma in self.g["addressing_verbs"] or lemma in self.g["receiving_verbs"]
        ) and not any(c.dep_ in ("dobj", "dative") for c in verb.children)

    @staticmethod
    def _unreal(clause: Token) -> bool:
        """Whether a content clause tells what may or would come, not what is done."""
        return any(
            c.dep_ == "aux" and c.lower_ in ("may", "might", "could", "would", "will", "can")
            for c in clause.children
        )

    def _praise(self, word: Token) -> Token | None:
        """The word of praise in a predicate on someone named: "Yellen was excellent",
        "Germany is a reliable partner"; None for other predicates."""
        praise = self.g["praise_words"]
        if word.lemma_.lower() in praise:
            return word
        if word.pos_ == "NOUN" and word.lemma_.lower() in self.g["praised_roles"]:
            return next((c for c in word.children if c.dep_ == "amod" and c.lower_ in praise), None)
        return None

    def _described_as(self, word: Token) -> tuple[Token, Token | None] | None:
        """The labelling verb and the deed of "described the operation as (a textbook
        example of) ethnic cleansing", "branded him as a terrorist"; None otherwise."""
        lemma = word.lemma_.lower()
        if lemma not in self.g["wrong_verdicts"] and lemma not in self.g["insults"]:
            return None
        phrase = word
        if phrase.head.lower_ == "of" and phrase.head.head.lemma_.lower() in EXAMPLE_NOUNS:
            phrase = phrase.head.head  # "as a textbook example of ethnic cleansing"
        while phrase.dep_ == "conj" and phrase.head != phrase:
            phrase = phrase.head  # "as bitter and insulting"
        # "as a crime", and "as irresponsible", the adjective parsed as a modifier of "as"
        if phrase.dep_ not in ("pobj", "amod", "acomp") or phrase.head.lower_ != "as":
            return None
        holder = phrase.head.head
        if holder.pos_ == "VERB":
            deed = next((c for c in holder.children if c.dep_ == "dobj"), None)
            speech = holder
        elif holder.dep_ == "dobj":
            speech, deed = holder.head, holder
        else:
            return None
        if speech.lemma_.lower() not in self.g["labelling_verbs"]:
            return None
        return speech, deed

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
        insult = word.lemma_.lower() in self.g["insults"]
        if (
            deed is None
            or deed.pos_ not in ("NOUN", "PROPN", *(("PRON",) if insult else ()))
            or speech.lemma_.lower()
            not in self.g["assert_verbs"] | self.g["labelling_verbs"] | self.g["opinion_verbs"]
        ):
            return
        if (
            deed.lemma_.lower() in self.g["denied_claims"]
            and word.lemma_.lower() not in self.g["right_verdicts"]
        ):
            # "said a Wall Street Journal report about their client was outrageous": a
            # denial of what is claimed, no event (CONVENTIONS A4)
            return
        speaker = self.active_speaker(speech)
        if speaker is None:
            return
        actors, subject = speaker
        if deed.pos_ in ("PROPN", "PRON") or insult:
            # "labeled North Korea and Cuba the worst countries", "calling him a dictator":
            # the one named is judged
            recipients = self.r.many(deed)
        else:
            recipients = self._doers_of(deed)
        if word.lemma_.lower() in self.g["right_verdicts"]:
            draft = Draft("SUPPORT", "", word, [word], actors, recipients, "verdict:right", 0.7)
        elif self._praise(word) is not None:
            if deed.pos_ != "PROPN":
                return  # "the talks were excellent": a verdict on no one named
            draft = Draft("SUPPORT", "", word, [word], actors, recipients, "verdict:praise", 0.7)
        else:
            draft = Draft(
                "ACCUSE", "disapprove", word, [word], actors, recipients, "verdict:wrong", 0.7
            )
        self.add_finished(draft, speech, subject)


def _according_to(clause: Token) -> Token | None:
    """The source a main clause is told by: "..., according to Iraq's defense ministry"."""
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("ROOT", "conj"):
        return None
    for prep in clause.children:
        if prep.dep_ == "prep" and prep.lower_ == "according":
            for to in prep.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    return next((c for c in to.children if c.dep_ == "pobj"), None)
    return None


def _quoted_title(verb: Token) -> bool:
    """A capitalised verb that opens a quotation inside the sentence: the title of a show
    or a book ("told CBS News' “Face the Nation”"), not a deed asked or promised."""
    if verb.i == verb.sent.start or not verb.text[:1].isupper():
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # 'told Congress to "Pass the bill"': an infinitive all the same
    return verb.doc[verb.i - 1].is_quote


def _visiting_guest(verb: Token) -> bool:
    """ "told visiting U.S. President Donald Trump": "visiting" as the guest's adjective,
    parsed as a complement of the verb with the guest's name as its object, not a visit
    asked for ("urged him to visit Beijing")."""
    return (
        verb.lower_ == "visiting"
        and not any(c.dep_ == "aux" for c in verb.children)
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)
    )
