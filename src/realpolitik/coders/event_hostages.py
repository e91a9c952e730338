"""People held hostage (:class:`HostageCoder`): an abduction under way.

"Two French journalists held hostage in Iraq", "journalists they were holding hostage",
"the women were being held by Iraqi kidnappers": holding people hostage or captive is an
abduction still going on (CONVENTIONS.md A2, ASSAULT abduct). The main pass leaves it
alone, as "hold" has other senses and a participle on a noun is not coded there; this
pass codes it where the text tells the captives held: the holders, when named, the
actor, the state of the people held the recipient. A participle that only says who the
captors are ("militants holding three U.N. workers hostage began talks") and a group's
own claim ("said it was holding two hostages") tell who acts, not an event (the coders
of our sets leave them out); nor is a holding negated, over, still to come or hedged
coded, nor one whose captives the text gives no state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Actor
from . import event_clauses as clauses
from .event_actors import unique
from .event_drafts import Draft
from .event_nouns import NounCoder

if TYPE_CHECKING:
    from spacy.tokens import Token

# The words that make "hold" a holding of captives: "holding two French hostages",
# "held hostage", "being held captive".
HOSTAGE_WORDS = frozenset({"hostage", "captive"})
# How the parser hangs those words on "hold".
HOSTAGE_DEPS = frozenset({"dobj", "oprd", "npadvmod", "xcomp", "ccomp", "acomp", "attr", "advmod"})


class HostageCoder(NounCoder):
    def hostage_pass(self) -> None:
        """Code each holding of hostages or captives the sentence tells (module docstring)."""
        for hold in self.sent:
            if (
                hold.lemma_.lower() != "hold"
                or hold.pos_ not in ("VERB", "AUX")
                or hold.i in self.consumed
            ):
                continue
            word = self._hostage_word(hold)
            if word is None and not self._held_by_captors(hold):
                continue
            marks = clauses.markers(hold, self.lex)
            if marks.negated or marks.future or marks.modal or marks.conditional:
                continue
            if any(c.dep_ == "aux" and c.lower_ == "had" for c in hold.children):
                continue  # "released the two Italians they had held hostage": over
            if _held(hold, word):
                holders = self.prep_objects(hold, frozenset({"by"}))
                held = [c for c in hold.children if c.dep_ in ("nsubj", "nsubjpass")]
                subject = holders[0] if holders else None
            else:
                if hold.dep_ in ("acl", "csubj"):
                    continue  # "militants holding three U.N. workers hostage began talks"
                subject, _ = clauses.subject_of(hold, self.lex)
                if subject is not None and hold.dep_ == "ccomp" and self.r.is_pronoun(subject):
                    continue  # "a group which said it was holding two French hostages"
                holders = [subject] if subject is not None else []
                held = [word] if word is not None else []
                held += [c for c in hold.children if c.dep_ == "dobj" and c != word]
            held += self.prep_objects(hold, frozenset({"with"}))  # "with their driver"
            if _describes_held(hold, word):
                # "two French journalists held hostage", "journalists they were holding
                # hostage": the noun the clause describes is the one held
                held.append(hold.head)
            recipients = unique([a for token in held for a in self._captives(token)])
            actors = [a for h in holders for a in self._captors(h, hold, word)]
            own = {a.code for a in actors}
            recipients = [a for a in recipients if a.code not in own]
            if not recipients:
                continue
            tokens = [hold] if word is None else [hold, word]
            draft = Draft(
                "ASSAULT", "abduct", hold, tokens, actors, recipients, "hostage:hold", 0.7
            )
            self.consumed.add(hold.i)
            self.add_finished(draft, hold, subject)

    @staticmethod
    def _hostage_word(hold: Token) -> Token | None:
        """The "hostage" or "captive" that makes "hold" a holding of people: "held hostage",
        "holding two French hostages", "holding Iraqi-British hostage Margaret Hassan"."""
        for child in hold.children:
            words = [child]
            if child.dep_ == "dobj":
                words += [c for c in child.children if c.dep_ == "compound"]
            elif child.dep_ not in HOSTAGE_DEPS:
                continue
            for word in words:
                if word.lemma_.lower() in HOSTAGE_WORDS:
                    return word
        return None

    def _held_by_captors(self, hold: Token) -> bool:
        """ "the men were now being held by Iraqi guerrillas": a passive holding whose "by"
        phrase names an armed group."""
        return any(c.dep_ == "auxpass" for c in hold.children) and any(
            agent.lemma_.lower() in self.g["armed_groups"]
            for agent in self.prep_objects(hold, frozenset({"by"}))
        )

    def _captors(self, holder: Token, hold: Token, word: Token | None) -> list[Actor]:
        """The states of the holders: their own ("Iraqi guerrillas"); for "they", the
        doer's of the clause the captives are named in ("urged Iraqi militants to free
        two French journalists they were holding"); else, captors with no state of their
        own take the country they hold the captives in (CONVENTIONS A3, as rebels do)."""
        found = self.r.many(holder)
        if found:
            return found
        if self.r.is_pronoun(holder):
            if hold.dep_ != "relcl" or hold.head.head.pos_ != "VERB":
                return []
            doer, passive = clauses.subject_of(hold.head.head, self.lex)
            if doer is None or passive or self.r.is_pronoun(doer):
                return []
            return self.r.many(doer)
        if holder.ent_type_ == "PERSON":
            return []
        return self._rebels_home(holder, hold, word)

    def _captives(self, token: Token) -> list[Actor]:
        """The states of the people held: of the modifiers of the noun ("three U.N. workers
        hostage in Afghanistan": the U.N.'s, not the place's), else of the noun ("two
        French hostages")."""
        named = unique(
            [
                a
                for c in token.children
                if c.dep_ in ("compound", "amod", "nmod")
                for t in c.subtree
                for a in self.r.many(t)
            ]
        )
        return named or self.r.many(token)


def _describes_held(hold: Token, word: Token | None) -> bool:
    """Whether the noun a clause of holding describes is the one held: a passive
    ("journalists held hostage"), or a relative clause with a subject of its own
    ("journalists they were holding hostage"), not "militants holding ...", "a group which
    holds ..."."""
    if hold.dep_ not in ("acl", "relcl"):
        return False
    if _held(hold, word):
        return True
    return hold.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in hold.children
    )


def _held(hold: Token, word: Token | None) -> bool:
    """Whether "held" is passive: "are being held captive", or a bare participle with
    no auxiliary and no captives of its own ("two French reporters held hostage", which
    the parser reads as the reporters holding); not "have held two Turks hostage"."""
    if any(c.dep_ == "auxpass" for c in hold.children):
        return True
    return (
        hold.tag_ in ("VBN", "VBD")
        and not any(c.dep_ == "aux" for c in hold.children)
        and not any(c.dep_ == "dobj" and c != word for c in hold.children)
        and word is not None
        and not any(c.dep_ in ("det", "nummod") for c in word.children)
    )
