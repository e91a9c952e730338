"""Clause readings that verb events, noun events and the multi-verb passes share
(:class:`ClauseReader`): an announced intent turned into a commitment, refusal or threat
(:meth:`~ClauseReader.intent`), a clause dated as background
(:meth:`~ClauseReader.dated_past`, :meth:`~ClauseReader._told_before`), the aid and
threat modes, a motion's destination, and the event of a verb embedded under a control
or speech verb (:meth:`~ClauseReader.embedded`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..models import Actor
from . import event_clauses as clauses
from .event_actors import unique
from .event_drafts import (
    AID_MODES,
    ASK_MODES,
    BACKGROUND_YEARS,
    CONFLICT_ACTS,
    COOPERATIVE,
    DECADE,
    LOCATIVE_TYPES,
    RECENT_DAYS,
    THREAT_BY_MODE,
    THREAT_MODES,
    Draft,
    _object_is_recipient,
)
from .event_finish import PartyFinisher

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbs of plain refusal: one its own side announces ("said it would reject any
# proposal") is a refusal decided (CONVENTIONS A1).
REFUSALS = frozenset({"reject", "refuse", "veto", "rebuff", "oppose"})


class ClauseReader(PartyFinisher):
    """What verb events, noun events and the passes read alike in a clause."""

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
        2015", "who sued him last year"), any year before publication's is background;
        a main clause keeps BACKGROUND_YEARS, since a story may report an older deed as
        its news. Also background: a deed "at the time", a past deed of a campaign ("As a
        candidate, Trump promised ..."), a year's tally of victims "so far this year" and
        a perfect held "for years"."""
        limit = 1 if self._subordinate(verb) else BACKGROUND_YEARS
        entry = self._chronology_year(verb)
        if self.year is not None and 1800 < entry <= self.year - BACKGROUND_YEARS:
            return True  # "1979: The Soviet Union sends troops into Afghanistan"
        if self._span_opener(verb) or any(
            self._span_opener(c) for c in verb.children if c.dep_ == "advcl"
        ):
            return True  # the span's opening deed, and the total told since it
        if verb.dep_ == "relcl" and self.year is not None:
            # "a 1963 church bombing that killed four young girls": the deed of a noun
            # dated before publication's year is that noun's, history
            for mark in verb.head.children:
                if mark.dep_ in ("nummod", "compound", "amod", "poss") and mark.i < verb.head.i:
                    year = max((self._year_named(t) for t in mark.subtree), default=0)
                    if 1800 < year <= self.year - 1:
                        return True
        clauses_dated = [verb]
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            clauses_dated.append(verb.head)  # "was beaten and executed fifteen years ago"
        if verb.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in verb.children
        ):
            clauses_dated.append(verb.head)  # "gained prominence in 2016 when X was shot"
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not clauses.has_subject(verb):
            # "has worked alongside Yellen for the past five years, backing her": the
            # participle is told over the main clause's time
            clauses_dated.append(verb.head)
        for clause in clauses_dated:
            if _year_to_date(clause):
                return True  # "So far this year, 14,412 people have died": a year's tally
            if _for_years(clause):
                return True  # "have for years been accused of being subsidized": a standing charge
            for child in clause.children:
                if child.dep_ == "advmod" and child.lower_ == "ago" and _years_back(child) >= limit:
                    return True  # "Fifteen years ago, ... was executed"
                if _at_the_time(child):
                    return True  # "Obama at the time expelled 35 Russian diplomats"
                if clause.tag_ == "VBD" and _on_the_campaign(child):
                    return True  # "As a candidate, Trump promised to close the loophole"
                words = [child] if child.dep_ == "npadvmod" else []
                if child.dep_ == "prep":
                    words = [g for g in child.children if g.dep_ == "pobj"]
                for word in words:
                    for tok in word.subtree:
                        text = tok.text
                        if DECADE.match(text) and tok.ent_type_ == "DATE":
                            return True
                        if child.lower_ == "since" and self._years_long(clause, tok):
                            return True
                        if self.year is None:
                            continue
                        year = self._year_named(tok)
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
    def _chronology_year(verb: Token) -> int:
        """The year of a chronology's entry the sentence opens with, a date and a colon
        ("1979: The Soviet Union sends troops", "Dec. 21, 2016: Egypt submits"); 0 for
        none."""
        doc, start = verb.doc, verb.sent.start
        if start > 0 and doc[start - 1].text == ":":
            colon = start - 1  # the parser may end a sentence at the colon
        else:
            colon = start
            while colon < verb.sent.end and doc[colon].ent_type_ == "DATE":
                colon += 1
            if colon >= verb.sent.end or doc[colon].text != ":":
                return 0
        first = colon
        while first > 0 and doc[first - 1].ent_type_ == "DATE":
            first -= 1
        if first == colon or (first > 0 and doc[first - 1].sent == doc[colon].sent):
            return 0  # no date, or one inside a sentence ("said on Friday: ...")
        words = doc[first:colon]
        years = [int(t.text) for t in words if len(t.text) == 4 and t.text.isdigit()]
        return max(years, default=0)

    def _year_named(self, tok: Token) -> int:
        """The year a date word names: a year written out ("2015"), or "last year" (the
        year before publication); 0 for none."""
        text = tok.text
        if tok.pos_ == "NUM" and len(text) == 4 and text.isdigit():
            return int(text)
        if (
            self.year is not None
            and tok.lower_ == "year"
            and tok.ent_type_ == "DATE"
            and any(c.dep_ == "amod" and c.lower_ in ("last", "previous") for c in tok.children)
        ):
            return self.year - 1
        return 0

    def _span_opener(self, verb: Token) -> bool:
        """A dated "since" clause on a perfect: "have been killed since US forces invaded
        the country in March 2003" starts the span the news totals up; both are background
        (CONVENTIONS A4). "The first trip since he visited in 2019" hangs on no perfect."""
        if not (
            verb.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)
            and verb.head.pos_ in ("VERB", "AUX")
            and clauses.perfect(verb.head)
        ):
            return False
        years = [
            int(tok.text)
            for p in verb.children
            if p.dep_ == "prep"
            for tok in p.subtree
            if tok.pos_ == "NUM" and len(tok.text) == 4 and tok.text.isdigit()
        ]
        return any(y > 1800 and (self.year is None or y < self.year) for y in years)

    def _years_long(self, clause: Token, year: Token) -> bool:
        """A perfect told "since" an earlier year: "have killed hundreds since the 2003
        invasion", "has been bombing Yemen since March 2015" tell a running total or a
        lasting campaign, background to the news (CONVENTIONS A4)."""
        if not (year.pos_ == "NUM" and len(year.text) == 4 and year.text.isdigit()):
            return False
        if self.year is not None and int(year.text) >= self.year:
            return False
        lasting = clause.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ == "been" for c in clause.children
        )
        return clauses.perfect(clause) or lasting

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
        A blow on a condition, or one its own side says it could strike, is a threat.
        """
        if self._conditional_blow(draft, verdict) or self._blow_one_could_strike(draft, verdict):
            self._as_threat(draft)
            return True
        if not (verdict.reason == "future" or (verdict.would and verdict.reported)):
            return False
        return self._announced(draft, verdict)

    def _conditional_blow(self, draft: Draft, verdict: clauses.Fate) -> bool:
        """ "Iran would withdraw from the talks if they failed": a conditional blow its
        speaker's side would strike is a threat (CONVENTIONS A1: conditional events only
        as the content of THREATEN)."""
        event = draft.event
        return bool(
            (event in CONFLICT_ACTS or event in ("RETREAT", "REJECT"))
            and not verdict.negated
            and verdict.speech is not None
            and self._on_condition(draft.anchor, event == "RETREAT")
            and {a.code for a in self.subject_actors(verdict.speech)[0]}
            & {a.code for a in draft.actors}
        )

    def _blow_one_could_strike(self, draft: Draft, verdict: clauses.Fate) -> bool:
        """ "Iran said it could strike back anywhere in Israel": a blow its own side says
        it can strike is a threat (CONVENTIONS A1: "Iran warned Israel it could strike
        anywhere")."""
        return (
            draft.event == "ASSAULT"
            and verdict.reason == "modal"
            and not verdict.negated
            and verdict.speech is not None
            and any(c.dep_ == "aux" and c.lower_ in ("could", "can") for c in draft.anchor.children)
            and self._own_side(verdict.speech, draft.actors)
        )

    def _as_threat(self, draft: Draft) -> None:
        """Recode a blow announced or held over someone as THREATEN."""
        draft.event, draft.mode = "THREATEN", self._threat_mode(draft.event, draft.mode)
        draft.rule = f"threat:{draft.rule}"
        draft.confidence = min(draft.confidence, 0.8) - 0.1

    @staticmethod
    def _as_intent(draft: Draft) -> None:
        """Mark a draft read out of an announcement, a little less sure than a deed."""
        draft.rule = f"intent:{draft.rule}"
        draft.confidence = min(draft.confidence, 0.8) - 0.1

    def _announced(self, draft: Draft, verdict: clauses.Fate) -> bool:
        """An event announced ("will", reported "would"): what it commits its actor to,
        or False when it stays uncoded."""
        event = draft.event
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
        elif (event, draft.mode) == ("CONSULT", "visit") and self._visit_ending(draft, verdict):
            # "Trump will wrap up his visit to Seoul on Wednesday": the visit is under way
            draft.notes.append("under-way")
            return True
        elif event == "SUPPORT" and self._home_bill(draft):
            # "Senator Susan Collins will vote for a Senate tax bill", "said he will support
            # the tax overhaul": a vote promised on a bill at home is a commitment (AGREE,
            # as any backing announced), with no other side to name
            draft.recipients = []
            draft.inside = True
            draft.event, draft.mode = "AGREE", ""
        elif event in COOPERATIVE:
            if not draft.actors and any(c.dep_ == "auxpass" for c in draft.anchor.children):
                return False  # "will be allowed to enlist, as ordered by courts": a forecast
            draft.event, draft.mode = "AGREE", ""
        elif event == "REJECT" and draft.anchor.dep_ == "advcl" and draft.anchor.tag_ == "VBG":
            # "said he would not accept the cut, opposing a proposal from Senate
            # Republicans": the participle tells the stance taken in the saying
            pass
        elif (
            (
                event in ("ACCUSE", "REQUEST")
                # "would reject any proposal"; "would deny entry to ..." is a measure
                or (event == "REJECT" and draft.anchor.lemma_.lower() in REFUSALS)
            )
            and (verdict.reason == "future" or verdict.would)
            and verdict.speech is not None
            and self._own_side(verdict.speech, draft.actors)
            and not self._on_condition(draft.anchor)  # "would blame the Democrats if ..."
            # "Saddam Hussein will go on trial within weeks": a trial to come, no charge
            and "tried" not in draft.notes
        ):
            # "Japan will protest to China, its spokesman said", "said the government would
            # prosecute 300 Muslims", "said it would reject any proposal to halt enrichment":
            # a protest, demand, charge or refusal its own side announces is a decision
            # taken (CONVENTIONS A1)
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
                self._as_intent(draft)
                return True
            self._as_threat(draft)
            return True
        else:
            return False
        self._as_intent(draft)
        return True

    def _visit_ending(self, draft: Draft, verdict: clauses.Fate) -> bool:
        """Whether a visit is to end ("will wrap up his visit to Seoul", "will conclude
        her trip"): a visit that is to end is under way. A negated one never comes here:
        :meth:`_announced` reads it as a refusal first."""
        noun = draft.anchor
        return (
            verdict.reason == "future"
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in self.g["visit_endings"]
            and any(c.dep_ == "poss" for c in noun.children)
        )

    def _home_bill(self, draft: Draft) -> bool:
        """Whether a backing acts on a bill of the backer's own state: legislation whose
        phrase names no other state ("a Senate tax bill", "the tax overhaul that
        Republicans hope to approve")."""
        anchor = draft.anchor
        bills = [c for c in anchor.children if c.dep_ == "dobj"]
        bills += self.prep_objects(anchor, frozenset({"for", "behind"}))
        own = {a.code for a in draft.actors}
        return bool(own) and any(
            bill.lemma_.lower() in self.g["legislation"]
            and all(a.code in own for w in bill.subtree for a in self.r.many(w))
            for bill in bills
        )

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
                # "agreed to sign a protocol with the United States": the partners of the
                # verb or of its object
                recips = self.partners(verb) + [
                    a for c in verb.children if c.dep_ == "dobj" for a in self.r.many(c)
                ]
                if match.obj is not None and match.obj.i != verb.i:
                    recips += self.partners(match.obj)
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

    def _threat_mode(self, etype: str, emode: str) -> str:
        return THREAT_BY_MODE.get((etype, emode), THREAT_MODES.get(etype, ""))

    def _has_to(self, content: Token) -> bool:
        """ "has to", "needs to" as a deontic modal; not "may have to", a possibility."""
        return (
            content.lemma_.lower() in ("have", "need")
            and any(c.dep_ == "xcomp" and clauses.is_purpose(c) for c in content.children)
            and not any(
                c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in content.children
            )
        )

    def _against(self, verb: Token) -> list[Actor]:
        """The actors of ``verb``'s "against" phrases ("retaliate against Washington")."""
        return [a for p in self.prep_objects(verb, frozenset({"against"})) for a in self.r.many(p)]


# fmt: off
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty")
# fmt: on
# Counts written as words, as in "fifteen years ago" ("a" year ago is one).
_NUMBER_WORDS = {"a": 1, **{w: n for n, w in enumerate(_UNITS, 1)}}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60})


def _years_back(ago: Token) -> int:
    """How many years back "N years ago" or "decades ago" reaches (0 for days, months or
    a count it cannot read)."""
    for unit in ago.children:
        if unit.dep_ != "npadvmod":
            continue
        lemma = unit.lemma_.lower()
        if lemma in ("decade", "century"):
            return 100 if lemma == "century" else 10
        if lemma != "year":
            return 0
        count = next((c for c in unit.children if c.dep_ == "nummod"), None)
        if count is None:
            return 1
        text = count.lower_
        return int(text) if text.isdigit() else _NUMBER_WORDS.get(text, 0)
    return 0


# Words that make a campaign an election's: "his presidential campaign".
ELECTORAL = frozenset({"election", "presidential", "electoral", "reelection", "re-election"})


def _year_to_date(clause: Token) -> bool:
    """A perfect told "so far this year" (or "this year to date") of its victims alone:
    the year's running tally, background to any one deed in it ("So far this year, 14,412
    people have died"); one whose doer acts on the count is coded ("troops have killed 30
    Palestinians so far this year")."""
    if not clauses.perfect(clause) or any(c.dep_ == "dobj" for c in clause.children):
        return False
    kids = list(clause.children)
    so_far = any(
        (
            c.dep_ == "advmod"
            and c.lower_ == "far"
            and any(g.lower_ in ("so", "thus") for g in c.children)
        )
        or (c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "date" for g in c.children))
        for c in kids
    )
    return so_far and any(
        c.ent_type_ == "DATE" and any(t.lower_ == "year" for t in c.subtree) for c in kids
    )


def _for_years(clause: Token) -> bool:
    """A perfect told "for years" or "for decades" ("U.S. airlines have been petitioning
    the government for years"): a stand held, not a deed of the news."""
    lasting = clauses.perfect(clause) or (
        clause.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ == "been" for c in clause.children)
    )
    return lasting and any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g.dep_ == "pobj" and g.lower_ in ("years", "decades") for g in c.children)
        for c in clause.children
    )


def _on_the_campaign(child: Token) -> bool:
    """ "as a candidate", "during his election campaign", "on the campaign trail": a deed
    of a campaign past, told as background to what the winner does now."""
    if child.dep_ != "prep":
        return False
    for g in child.children:
        if g.dep_ != "pobj":
            continue
        word = g.lemma_.lower()
        if (child.lower_, word) in (("as", "candidate"), ("on", "trail")):
            return True
        if child.lower_ in ("during", "in") and word == "campaign":
            # an election's campaign, not a war's ("in an escalating campaign to wreck")
            return any(m.lower_ in ELECTORAL for m in g.children if m.i < g.i)
    return False


def _at_the_time(child: Token) -> bool:
    """ "at the time", "at that time": a phrase that points back to a time told before,
    so the deed it dates is background, not the news."""
    if child.dep_ != "prep" or child.lower_ != "at":
        return False
    for pobj in child.children:
        if pobj.dep_ != "pobj" or pobj.lower_ != "time":
            continue
        kids = list(pobj.children)
        return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ in ("the", "that")
    return False
