"""From the tokens of a parse to coded actors, for the event coder.

The actors of an article are found by the actors package (``ArticleActors``);
this module asks it about the noun phrases an event rule points at, one
conjunct at a time ("Russia and China" -> RUS, CHN), and falls back on a few
plain readings when it knows nothing about a head noun: an "of" phrase
("thousands of Iraqi Kurds"), an apposition ("Kenzo Oshima, the United Nations
coordinator"), locative "there", and "both countries" for the last two
countries named.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from ..actors.matching import STATE_POSTS
from ..leads import lead_end
from ..models import Actor, Place
from . import event_clauses as clauses
from .event_lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PRONOUNS = frozenset(
    {
        "he",
        "she",
        "it",
        "they",
        "him",
        "her",
        "them",
        "its",
        "their",
        "his",
        "we",
        "us",
        "our",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
    }
)
STATE_WORDS = frozenset(
    {
        "government",
        "ministry",
        "authority",
        "authorities",
        "administration",
        "embassy",
        "state",
        "country",
        "cabinet",
        "kremlin",
        "regime",
        "president",
        "minister",
        "foreign",
        "office",
        "department",
    }
)


__all__ = ["ActorIndex", "Resolver", "conjuncts", "lead_end", "unique"]


class ActorIndex(Protocol):
    """What the event coder needs from ``realpolitik.actors.ArticleActors``."""

    @property
    def mentions(self) -> tuple[Actor, ...]: ...

    def for_token(self, token: Token) -> Actor | None: ...

    def at(self, start: int, end: int) -> Actor | None: ...

    def origin(self, token: Token) -> Actor | None: ...


def conjuncts(token: Token) -> Iterator[Token]:
    """The token and the tokens coordinated with it, in order."""
    yield token
    yield from token.conjuncts


def unique(actors: Iterable[Actor]) -> list[Actor]:
    """Actors with one entry per code, first mention kept."""
    seen: set[str] = set()
    out: list[Actor] = []
    for actor in actors:
        if actor.code and actor.code not in seen:
            seen.add(actor.code)
            out.append(actor)
    return out


# Nouns naming people by whom they hold: "the kidnappers of two French reporters".
CAPTOR_NOUNS = frozenset({"kidnapper", "captor", "abductor", "hostage-taker"})


class Resolver:
    """Resolve noun phrases to actors within one article, with small memo tables."""

    def __init__(
        self, index: ActorIndex, lex: Lexicon, places: Sequence[Place] = (), lead: int = 0
    ) -> None:
        self.index = index
        self.lex = lex
        self.lead = lead  # chars of wire lead (credit line, dateline): no actor there
        self._memo: dict[int, Actor | None] = {}
        self._home_memo: dict[int, Actor | None] = {}
        # nouns a city may name without being a party: "the Geneva accord", "Astana talks"
        self._venue_nouns = lex.grammar.classes["accord"] | lex.grammar.classes["talks"]
        self._places = sorted(
            (
                p
                for p in places
                if p.provenance is not None and p.country and p.provenance.start >= 0
            ),
            key=lambda p: p.provenance.start if p.provenance else 0,
        )

    def mentions_in(self, start: int, end: int) -> list[Actor]:
        """The article's actor mentions between character offsets ``start`` and ``end``,
        outside the wire lead."""
        return [a for a in self.index.mentions if start <= a.start < end and a.start >= self.lead]

    def place_country(self, token: Token) -> Actor | None:
        """The country of a place the place coder found at ``token`` ("in Jericho" -> PSE)."""
        for place in self._places:
            prov = place.provenance
            if prov is None or prov.start > token.idx:
                break
            if token.idx < prov.end:
                return Actor(
                    code=place.country,
                    name=place.name,
                    text=place.text,
                    kind="state",
                    start=prov.start,
                    end=prov.end,
                )
        return None

    def one(self, token: Token, depth: int = 0) -> Actor | None:
        """The actor of the phrase headed by ``token`` (no conjuncts), or None."""
        key = token.i
        if key in self._memo:
            return self._memo[key]
        found = self._one(token, depth)
        self._memo[key] = found
        return found

    def _town(self, token: Token) -> bool:
        """Whether ``token`` names a city or region the place coder found, not a state."""
        return any(
            p.provenance is not None
            and p.provenance.start == token.idx
            and p.precision in ("point", "region")
            for p in self._places
        )

    def in_lead(self, token: Token) -> bool:
        """Whether ``token`` lies in the article's credit line or dateline."""
        return token.idx < self.lead

    def _one(self, token: Token, depth: int) -> Actor | None:
        """The actor of one token: its own name (:meth:`_named_actor`), else, within
        three steps, a pronoun's antecedent or the first of: a modifier's or apposition's
        actor, the state of a place it names, the leader of a "US-led" phrase, the
        speaker of a document, an "of"/"from" phrase's actor, a participle's agent."""
        if self.in_lead(token):
            return None
        if token.lemma_.lower() in self.lex.grammar["topic_nouns"]:
            return None  # "support on the Iraq issue": Iraq is what is talked about
        if token.lemma_.lower() in self.lex.grammar["frontiers"]:
            return None  # "a stronghold on the Thai border" may lie on either side of it
        actor = self._named_actor(token, depth)
        if actor is not None:
            return actor
        if depth > 3:
            return None
        lemma = token.lemma_.lower()
        if lemma == "there" or token.lower_ == "there":
            return self._last_place_before(token)
        if self.is_pronoun(token):
            antecedent = (
                self.object_antecedent(token)
                or self.owner_antecedent(token)
                or self._main_person(token)
            )
            return self.one(antecedent, depth + 1) if antecedent is not None else None
        return (
            self._modifier_actor(token, depth)
            or self._place_owner(token)
            or self._leader_actor(token, depth)
            or self._document_speaker(token, depth)
            or self._phrase_actor(token, depth)
            or self._participle_agent(token, depth)
        )

    def _named_actor(self, token: Token, depth: int) -> Actor | None:
        """The actor the index names at the token, unless it is named "anti-" or
        "for" it, a town a venue is named for, or a relational noun's owner; a
        person's stated state ("Jordan's King Abdullah") beats the people table."""
        actor = self.index.for_token(token)
        if actor is not None and _against_or_for(token.doc.text, actor.start):
            actor = None  # "an anti-Syria journalist" is not Syrian
        venue = token.lemma_.lower() in self._venue_nouns
        if (
            actor is not None
            and venue
            and any(
                c.dep_ == "compound" and c.idx == actor.start and self._town(c)
                for c in token.children
            )
        ):
            actor = None  # "the Paris climate accord" is made in Paris, not by France
        if (
            actor is not None
            and not actor.person
            and token.lemma_.lower() in self.lex.grammar["relational_nouns"]
            and any(
                c.dep_ == "poss" and c.left_edge.idx <= actor.start < c.idx + len(c)
                for c in token.children
            )
        ):
            # "Israel's militia ally" is not Israel's own (see below), nor are "Ivory
            # Coast's neighbours" Ivorian
            actor = None
        if actor is not None and actor.person and depth == 0:
            # Text beats the people table: "Jordan's King Abdullah" is JOR. Words before a
            # first side misparsed as a modifier are that side's ("U.S. President Donald
            # Trump and Russian President Vladimir Putin").
            first = min((m.i for m in _misparsed_conjuncts(token)), default=-1)
            stated_all = [
                stated
                for child in token.children
                if child.i >= first
                and child.dep_ in ("poss", "amod", "compound")
                and child.i < token.i
                and (stated := self.index.for_token(child)) is not None
                and not stated.person
            ]
            if any(s.code == actor.code for s in stated_all):
                return actor  # "Russia's U.N. Ambassador Vassily Nebenzia": the text agrees
            if stated_all:
                return stated_all[0]
        return actor

    def _modifier_actor(self, token: Token, depth: int) -> Actor | None:
        """An apposition, a possessive, or a name or adjective inside the phrase:
        "Kenzo Oshima, the UN coordinator", "Serbia's suppression", "Russian Foreign
        Minister Andrei Kozyrev", "Panamanian army officers"."""
        g, lemma = self.lex.grammar, token.lemma_.lower()
        venue = lemma in self._venue_nouns
        for deps in (("appos",), ("poss",), ("compound", "amod", "nmod")):
            if deps == ("poss",) and lemma in g["relational_nouns"]:
                continue  # "his European counterparts", "its neighbours": the other side
            # Modifiers nearest the head first: "BAGHDAD US warplanes" are American.
            children = list(token.children)
            if deps[0] == "compound":
                children.reverse()
            for child in children:
                if (
                    child.dep_ in deps
                    and (child.dep_ == "appos" or child.i < token.i)
                    and not _negated_modifier(child)
                ):
                    found = self.one(child, depth + 1)
                    if found is None:
                        continue
                    if (
                        child.dep_ == "compound"
                        and found.kind == "state"
                        and lemma in g["allied_nouns"]
                    ):
                        continue  # "a key U.S. ally" is someone else ("its NATO allies" and
                        # "his U.S. counterpart" are what they say)
                    if child.dep_ == "compound" and venue and self._town(child):
                        continue  # "the Paris climate accord", "the Geneva talks": a city
                        # where it was made, not a party
                    return found
        return None

    def _place_owner(self, token: Token) -> Actor | None:
        """A place of a known state that is no actor name: "Darfur's rebel leaders",
        "Basra police", "shelled Fallujah" (CONVENTIONS A3: cities take their
        state's code)."""
        g, lemma = self.lex.grammar, token.lemma_.lower()
        venue = lemma in self._venue_nouns
        owner_deps = ("compound",) if lemma in g["relational_nouns"] else ("poss", "compound")
        for child in (token, *token.children):
            modifier = child.dep_ in owner_deps and child.i < token.i
            if modifier and venue and child.dep_ == "compound":
                continue  # "the Geneva accord" is made in Geneva, not by Switzerland
            if (
                (child == token or modifier)
                and child.pos_ == "PROPN"
                and child.ent_type_ in ("GPE", "LOC", "FAC", "")
            ):
                place = self.place_country(child)
                if place is not None:
                    return place
        return None

    def _leader_actor(self, token: Token, depth: int) -> Actor | None:
        """ "the US-led war", "Saudi-backed forces": the leader is the phrase's
        actor."""
        g, lemma = self.lex.grammar, token.lemma_.lower()
        if lemma in g["led_words"] and token.dep_ == "amod":
            for child in token.children:
                if child.dep_ in ("npadvmod", "compound") and child.i < token.i:
                    found = self.one(child, depth + 1)
                    if found is not None:
                        return found
        return None

    def _document_speaker(self, token: Token, depth: int) -> Actor | None:
        """ "a statement from the Iranian foreign ministry" speaks for the ministry."""
        g, lemma = self.lex.grammar, token.lemma_.lower()
        if lemma in g["documents"]:
            for pobj in (p for c in token.children if c.lower_ == "from" for p in c.children):
                if pobj.dep_ == "pobj" and (found := self.one(pobj, depth + 1)) is not None:
                    return found
        return None

    def _phrase_actor(self, token: Token, depth: int) -> Actor | None:
        """The actor of an "of", "from", "in" or "for" phrase of a head noun or a
        number ("members of Hamas"); "foreign workers in Iraq" are not Iraq's."""
        g, lemma = self.lex.grammar, token.lemma_.lower()
        if lemma in g["of_heads"] or lemma in g["person_nouns"] or token.pos_ == "NUM":
            # "foreign workers in Iraq" are not Iraq's
            places = () if foreign(token) else ("in", "throughout", "across")
            for child in token.children:
                if child.dep_ == "prep" and (
                    child.lower_ in ("of", "from", *places)
                    # "the campaign wing for Senate Republicans", but an envoy for Syria
                    # is not Syria's
                    or (child.lower_ == "for" and lemma not in g["envoys"])
                ):
                    for grand in child.children:
                        if grand.dep_ == "pobj":
                            found = self.one(grand, depth + 1)
                            if found is not None:
                                return found
        return None

    def _participle_agent(self, token: Token, depth: int) -> Actor | None:
        """ "crimes committed by Croat forces": the agent of the participle; "the
        group led by Abu Musab al-Zarqawi": its leader's code; "a panel convened by
        President Trump": the convener's; "a lawyer nominated by President Trump": the
        nominator's state."""
        g, lemma = self.lex.grammar, token.lemma_.lower()
        led = lemma in g["domestic_nouns"] or lemma in g["of_heads"]
        convened = lemma in g["appointed_bodies"]
        for child in token.children:
            if child.dep_ != "acl" or child.tag_ != "VBN":
                continue
            verb = child.lemma_.lower()
            nominated = verb in g["nominating_verbs"]
            if not (
                lemma in g["deeds"]
                or (led and verb in g["led_words"])
                or (convened and verb in g["convening_verbs"])
                or nominated
            ):
                continue
            for grand in child.children:
                if grand.dep_ == "agent":
                    for pobj in grand.children:
                        if pobj.dep_ == "pobj":
                            found = self.one(pobj, depth + 1)
                            if nominated and found is not None:
                                # a nominee serves the state of the one who named him,
                                # but is not that person
                                return _bare_state(found)
                            return found
        return None

    def many(self, token: Token | None, *, anaphora: bool = True) -> list[Actor]:
        """The actors of ``token`` and its conjuncts ("Russia and China" -> both); with
        ``anaphora`` also a group named again by its noun (see :meth:`_named_before`)."""
        if token is None:
            return []
        if self.is_pronoun(token) and (
            # "met Xi Jinping, urging him to expand trade": the one just met, though the
            # index reads "him" as the man last named (the subject)
            token.dep_ in ("dobj", "pobj") or self.index.for_token(token) is None
        ):
            antecedent = self.object_antecedent(token)
            if antecedent is not None and not self.is_pronoun(antecedent):
                # "kidnappers of an American-French journalist threatened to execute him"
                held = self.many(antecedent, anaphora=anaphora)
                if held or token.dep_ == "dobj":
                    # "put a spotlight on ... and senators called on him to resign": a
                    # thing is no one to call on; the index's reading stands
                    return held
        sides = list(conjuncts(token))
        sides += [m for t in sides[:1] for m in _misparsed_conjuncts(t)]
        sides += [m for m in _listed_appositions(token) if self.one(m) is not None]
        found = [a for t in sides if (a := self.one(t)) is not None]
        if found and all(a.kind == "igo" for a in found):
            found = self._envoys_states(token) or found
        if found and len(found) < len(sides):
            # "Insurgents and American forces clashed in Fallujah": a side with no country
            # of its own takes the place's
            found.extend(
                home
                for t in sides
                if self.one(t) is None
                and (home := self._rebels_government(t, found) or self.home_country(t)) is not None
            )
        if len(found) == 1:
            found.extend(self._dual(token, found[0]))
            found.extend(self._of_pair(token, found[0]))
            found.extend(self._modifier_pair(token, found[0]))
        if not found:
            found = self._pair(token)
        if not found:
            found = self._named_members(token)
        if not found:
            found = self._served(token)
        if not found:
            found = self._followed(token)
        if not found:
            home = self.home_country(token)
            found = [home] if home is not None else []
        if not found and anaphora:
            found = self._named_before(token) or self._role_named_before(token)
        return unique(found)

    def _rebels_government(self, token: Token, found: list[Actor]) -> Actor | None:
        """Rebels named with the one government they face are of its state: "talks between
        the Sudanese government and rebels resumed in Abuja" (not of the venue's state).
        Forces may fight abroad, so only a government side counts."""
        if token.lemma_.lower() not in self.lex.grammar["armed_groups"] or foreign(token):
            return None
        codes = {a.code for a in found}
        if len(codes) != 1 or not all(a.kind == "state" and a.sector == "GOV" for a in found):
            return None
        return dataclasses.replace(
            _bare_state(found[0]), text=token.text, start=token.idx, end=token.idx + len(token)
        )

    def _role_named_before(self, token: Token) -> list[Actor]:
        """A person named again by the title of the role: "Democratic Representative John
        Conyers ... called on the congressman to step down", "Putin arrived in Ankara ...
        protesters denounced the president" (the last person of this sentence or the one
        before whose role or sector the title names)."""
        if token.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children
        ):
            return []
        if any(c.dep_ in ("amod", "compound", "prep", "poss") for c in token.children):
            return []  # "the former president", "the president of Iran": someone else
        wanted = self.lex.grammar.role_anaphors.get(token.lemma_.lower())
        if not wanted:
            return []
        sent = token.sent
        start = token.doc[sent.start - 1].sent.start_char if sent.start > 0 else 0
        for actor in reversed(self.index.mentions):
            if not start <= actor.start < token.idx or actor.kind != "person":
                continue
            role = actor.role.lower()
            if any(w in role.split() or w == actor.sector.lower() for w in wanted):
                end = token.idx + len(token)
                return [dataclasses.replace(actor, text=token.text, start=token.idx, end=end)]
        return []

    def _named_before(self, token: Token) -> list[Actor]:
        """A group named again by its noun with "the": "The Islamic militant group of Abu
        Mussab al-Zarqawi ... In a video, the group threatens ..." (the last earlier
        phrase of the sentence before, or of this one, with the same noun)."""
        if token.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children
        ):
            return []
        lemma = token.lemma_.lower()
        if lemma not in self.lex.grammar["follower_nouns"]:
            return []
        doc = token.doc
        start = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else 0
        for earlier in reversed(doc[start : token.i]):
            if earlier.lemma_.lower() == lemma:
                if any(c.dep_ == "det" and c.lower_ == "the" for c in earlier.children) and (
                    earlier.sent == token.sent
                ):
                    continue
                found = self.many(earlier, anaphora=False)
                return [
                    dataclasses.replace(
                        a, text=token.text, start=token.idx, end=token.idx + len(token)
                    )
                    for a in found
                ]
        return []

    def _served(self, token: Token) -> list[Actor]:
        """Whose aide ``token`` or its apposition is: "a foreign policy adviser to Donald
        Trump's campaign", "Sam Clovis, a top adviser to President Donald Trump"."""
        aides = self.lex.grammar["aides"]
        for aide in (token, *(c for c in token.children if c.dep_ == "appos")):
            if aide.lemma_.lower() not in aides:
                continue
            for pobj in (
                g
                for c in aide.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children
                if g.dep_ == "pobj"  # named, not guessed from a place
            ):
                found = [
                    a
                    for t in (*conjuncts(pobj), *(c for c in pobj.children if c.dep_ == "poss"))
                    if (a := self.one(t)) is not None
                ]
                if found:
                    return found
        return []

    def _followed(self, token: Token) -> list[Actor]:
        """Whose followers an armed group is: "the group led by Abu Musab al-Zarqawi",
        "militants loyal to Zarqawi" act for the leader's side (a named person only)."""
        g = self.lex.grammar
        if token.lemma_.lower() not in g["follower_nouns"]:
            return []
        links = [
            prep
            for link in token.children
            if link.dep_ in ("acl", "amod") and link.lemma_.lower() in g["follow_links"]
            for prep in link.children
            if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "to", "with")
        ]
        for prep in links:
            leader = self._leader_after(prep)
            if leader is not None:
                # the followers' own words are the evidence; the leader's state their side
                start = min(t.idx for t in token.subtree)
                last = max(token.subtree, key=lambda t: t.i) if token.i < prep.i else token
                end = last.idx + len(last)
                text = token.doc.text[start:end]
                return [
                    dataclasses.replace(
                        leader, text=text, start=start, end=end, person="", role="", kind="state"
                    )
                ]
        return []

    def _leader_after(self, prep: Token) -> Actor | None:
        """The person named in the phrase after ``prep`` ("to Iraq's Al-Qaeda frontman Abu
        Musab al-Zarqawi"), read token by token: the parser may leave it no object."""
        doc = prep.doc
        for k in range(prep.i + 1, min(prep.i + 9, len(doc))):
            if doc[k].text in (",", ";", ".") or (
                doc[k].pos_ in ("VERB", "AUX") and not _participle_modifier(doc, k)
            ):
                break
            found = self.index.for_token(doc[k])
            if found is not None and found.person:
                return found
        return None

    def _named_members(self, token: Token) -> list[Actor]:
        """The states a group of unnamed ones names as members ("nineteen countries,
        including Australia and Japan"): the named members act."""
        if token.lemma_.lower() not in self.lex.grammar["pair_nouns"]:
            return []
        return [
            a
            for child in token.children
            if child.dep_ == "prep" and child.lower_ in ("including", "includes", "like")
            for pobj in child.children
            if pobj.dep_ == "pobj"
            for t in conjuncts(pobj)
            if (a := self.one(t)) is not None and a.kind == "state"
        ]

    def _modifier_pair(self, token: Token, first: Actor) -> list[Actor]:
        """The other states or bodies of coordinated modifiers ("US and Iraqi forces",
        "Afghan and NATO troops"), when the first of them is the one found; the first state of
        "North and South Korea", when the second is."""
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.conjuncts:
                head = self.one(child)
                if (
                    head is not None
                    and head.kind == "state"
                    and head.code != first.code
                    and any(c.idx == first.start for c in child.conjuncts)
                ):
                    return [head]  # "North and South Korea": the first word names a state
                if head is None or head.code != first.code:
                    continue
                return [  # "Afghan and NATO forces": a body's forces too
                    a
                    for c in child.conjuncts
                    if c.i < token.i
                    and (a := self.one(c)) is not None
                    and a.kind in ("state", "igo")
                ]
        return []

    def _of_pair(self, token: Token, first: Actor) -> list[Actor]:
        """The other states of an "of" or "from" phrase naming several ("the foreign
        ministers of India and Pakistan", "leaders from Spain and Portugal"), when the
        first of them is the one found."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or not pobj.conjuncts:
                        continue
                    head = self.one(pobj)
                    if head is None or head.code != first.code:
                        return []
                    return [a for c in pobj.conjuncts if (a := self.one(c)) is not None]
        return []

    def _dual(self, token: Token, first: Actor) -> list[Actor]:
        """The other state of a hyphenated pair of nationalities ("a Lebanese-American
        contractor", "Iraqi-British hostage"): both states are coded. The index reads a
        hyphened American as American; one person so named who is acted on ("abducted a
        Lebanese-American contractor", "accused a Chinese-American") is of both states,
        one who acts ("a Cuban-American politician criticized") and a group ("the
        Indian-American community") American."""
        doc = token.doc
        for k in range(token.left_edge.i, token.i - 1):
            if doc[k + 1].text != "-":
                continue
            left, right = self.index.for_token(doc[k]), self.index.for_token(doc[k + 2])
            if (
                left is None
                and token.dep_ not in ("nsubj", "compound", "amod")
                and token.tag_ not in ("NNS", "NNPS")
                and (
                    token.i == k + 2  # "a Chinese-American", however tagged
                    or (
                        token.tag_ in ("NN", "NNP")
                        and token.lemma_.lower() in self.lex.grammar["person_nouns"]
                    )
                )
            ):
                left = self.index.origin(doc[k])
            if left is None or right is None or left.code == right.code:
                continue
            if left.kind == right.kind == "state" and first.code in (left.code, right.code):
                return [right if first.code == left.code else left]
        return []

    def home_country(self, token: Token) -> Actor | None:
        """The country of a domestic actor noun with none of its own (CONVENTIONS A3):
        a place it is in ("demonstrators in Baghdad" -> IRQ), else the one country the
        sentence names when that country is named as a place ("police arrested two
        students in Baku" -> AZE for both). None when the sentence names several."""
        g = self.lex.grammar
        if token.lemma_.lower() in g["of_heads"] or token.pos_ == "NUM":
            # "thousands of people", "dozens of protesters": the people are the actor.
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self.home_country(pobj)
        words = {token.lemma_.lower(), token.lower_}
        # "Police and National Guard troops": a compound or a noun modifier the parser hung
        # the first conjunct on says what the body is
        words.update(c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "nmod"))
        if not words & g["domestic_nouns"] or token.ent_type_ in ("GPE", "NORP"):
            return None
        if foreign(token):
            return None  # "a foreign leader" is not of the state the sentence is in
        if unknown(token):
            return None  # "an unknown militant group ... in Iraq": no one is named
        if token.i in self._home_memo:
            return self._home_memo[token.i]
        found: Actor | None = None
        locative = g["locative_preps"]
        preps = list(token.children)
        for child in token.children:
            if child.dep_ == "acl" and child.tag_ in ("VBN", "VBG"):
                # "a newspaper based in east Beirut", "militants holding hostages in Iraq"
                preps.extend(child.children)
                for obj in child.children:
                    if obj.dep_ == "dobj":
                        preps.extend(obj.children)
        for child in preps:
            if child.dep_ == "prep" and child.lower_ in locative:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.lemma_.lower() not in g["frontiers"]:
                        # "militants near the Afghan border" may be on either side of it
                        found = found or self._state_of(pobj) or self._inner_place(pobj)
        if found is None:
            found = self._federal(token)
        if found is None:
            found = self.sentence_place(token)
        if found is None and words & (g["state_organs"] | g["armed_groups"] | g["protesters"]):
            # "BAGHDAD (Reuters) - Police arrested ...", "NEW YORK - Demonstrators marched"
            found = self.dateline_state()
        if found is None and words & g["state_organs"]:
            found = self._speakers_state(token)
        if found is None and words & g["state_organs"]:
            found = self._sole_state(token)
        if found is not None:  # the evidence is the noun's own phrase, not the place
            lefts = [t.idx for t in token.lefts if t.pos_ != "DET"]
            start = min(lefts, default=token.idx)
            end = token.idx + len(token)
            found = dataclasses.replace(found, text=token.doc.text[start:end], start=start, end=end)
        self._home_memo[token.i] = found
        return found

    def _federal(self, token: Token) -> Actor | None:
        """The federation a "federal" organ serves ("a federal judge", "federal
        prosecutors"): the dateline's state if it is a federation, else the one federation
        the article names."""
        if not any(c.dep_ == "amod" and c.lower_ == "federal" for c in token.children):
            return None
        federations = self.lex.grammar["federations"]  # lower-cased codes
        filed = self.dateline_state()
        if filed is not None:
            return filed if filed.code.lower() in federations else None
        named = {a.code: a for a in self.index.mentions if a.code.lower() in federations}
        return _bare_state(next(iter(named.values()))) if len(named) == 1 else None

    def _envoys_states(self, token: Token) -> list[Actor]:
        """ "the U.N. missions of Uruguay and Malaysia", "the U.N. ambassador of Uruguay":
        envoys to a body act for the states whose envoys they are."""
        if token.lemma_.lower() not in self.lex.grammar["envoys"]:
            return []
        return [
            a
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for a in self.many(pobj)
            if a.kind == "state"
        ]

    def _sole_state(self, token: Token) -> Actor | None:
        """The one state a sentence names at all, for a court or police with no place or
        dateline: "A young Nigerian mother ... was acquitted by an Islamic appeals court"
        (CONVENTIONS A4: a state acts on people in its own courts). Not a state that is
        the object of the organ's own verb ("Lawmakers criticized Russia"), nor the
        state of an embassy, envoy or tourist, who are abroad."""
        if self.dateline_state() is not None:
            return None
        sent = token.sent
        found = {
            a.code: a
            for a in self.index.mentions
            if sent.start_char <= a.start < sent.end_char and a.code and a.kind != "igo"
        }
        if len(found) != 1:
            return None
        sole = next(iter(found.values()))
        named = token.doc.char_span(sole.start, sole.end, alignment_mode="expand")
        if (
            sole.kind == "state"
            and named is not None
            and named.root.dep_ == "dobj"
            and named.root.head == token.head
        ):
            return None
        if (
            named is not None
            and named.root.dep_ in ("amod", "compound", "poss")
            and named.root.head.lemma_.lower()
            in self.lex.grammar["envoys"] | {"embassy", "consulate", "tourist"}
        ):
            return None  # "arrested three men over the bombing of a British embassy": abroad
        return _bare_state(sole)

    def _speakers_state(self, token: Token) -> Actor | None:
        """The state of the one whose words tell of a state organ's act: "Spain's Interior
        Minister says police have broken up a cell" (the police are Spain's)."""
        verb = token.head
        saying = self.lex.grammar["assert_verbs"]
        for _ in range(6):
            if verb.head == verb:
                return None
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in saying:
                speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                found = self.one(speaker) if speaker is not None else None
                if found is not None and found.code and found.kind != "igo":
                    return dataclasses.replace(found, kind="state", person="", role="")
                return None
            verb = verb.head
        return None

    def _place_precision(self, token: Token) -> str:
        """The precision of the place the place coder read ``token`` as part of ("point"
        for a town, "region", "country"), or "" for none."""
        for place in self._places:
            prov = place.provenance
            if prov is None or prov.start > token.idx:
                break
            if token.idx < prov.end:
                return place.precision
        return ""

    def is_town(self, token: Token) -> bool:
        """Whether the place coder read ``token`` as part of a city or town's name."""
        return self._place_precision(token) == "point"

    def is_subnational(self, token: Token) -> bool:
        """Whether the place coder read ``token`` as part of a town's or a region's name
        ("Baghdad", "Gaza"), a place inside a state rather than the state."""
        return self._place_precision(token) in ("point", "region")

    def dateline_state(self) -> Actor | None:
        """The country of the place in the story's dateline, where it was filed."""
        for place in self._places:
            prov = place.provenance
            if prov is None or prov.start >= self.lead:
                break
            if place.country:
                return Actor(code=place.country, name=place.name, text=place.text, kind="state")
        return None

    def _inner_place(self, place: Token) -> Actor | None:
        """The state of a place named inside a place phrase: "along a busy street in
        Baghdad", "at a checkpoint in the city of Kirkuk", "at Iraq's National Conference"."""
        for child in place.children:
            if child.dep_ == "poss":
                found = self._state_of(child)
                if found is not None:
                    return found
            if child.dep_ == "prep" and child.lower_ in ("in", "of"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self._state_of(pobj) or (
                            self._inner_place(pobj) if child.lower_ == "of" else None
                        )
                        if found is not None:
                            return found
        return None

    def _place_named_in(self, place: Token) -> Actor | None:
        """The state of the name inside a place noun: "in the northern city of Kirkuk"."""
        if place.lemma_.lower() not in self.lex.grammar.classes["places"]:
            return None
        return self._inner_place(place)

    def _state_of(self, token: Token) -> Actor | None:
        actor = self.index.for_token(token)
        if actor is not None:
            return actor if actor.kind == "state" and not actor.person else None
        return self.place_country(token)

    def sentence_place(self, token: Token) -> Actor | None:
        sent = token.sent
        codes: set[str] = set()
        # "Insurgents and American forces clashed in Fallujah": the other side named beside
        # the noun is no place
        # the other side named beside the noun is no place: its modifiers and the noun ("US
        # troops"), not a phrase after it, which may hold for both ("between US troops and
        # militants in Baghdad")
        partners = [(c.left_edge.idx, c.idx + len(c)) for c in token.conjuncts if c.i != token.i]
        for actor in self.index.mentions:
            if any(lo <= actor.start < hi for lo, hi in partners):
                continue
            if sent.start_char <= actor.start < sent.end_char and actor.code:
                if actor.kind == "igo":
                    continue  # "while the United Nations set up a panel": not a place
                if _names_a_post(sent, actor.start):
                    continue  # "outside the Australian Embassy" in Jakarta is no place of Australia
                # an organisation or a person of the same state as the place is no other
                # one the noun may belong to; one of another state is, and the count of
                # codes below then leaves the noun unplaced
                codes.add(actor.code)
        for place in self._places:
            prov = place.provenance
            if prov is None or any(lo <= prov.start < hi for lo, hi in partners):
                continue
            if sent.start_char <= prov.start < sent.end_char:
                codes.add(place.country)
        if len(codes) != 1:
            return None
        locative = self.lex.grammar["locative_preps"]
        for pobj in sent:
            if (
                pobj.dep_ == "pobj"
                and pobj.head.lower_ in locative
                and pobj.i != token.i
                # "pressing funds to divest holdings of companies operating in Sudan": a
                # place in a clause on another noun says where that thing is
                and not (
                    pobj.head.head.dep_ == "acl"
                    and pobj.head.head.tag_ == "VBG"
                    and pobj.head.head.head.i != token.i
                )
                and (found := self._state_of(pobj) or self._place_named_in(pobj)) is not None
                # "militants detonated a bomb outside the Australian Embassy in Jakarta": the
                # embassy's state is no home of the doers (its victims may be its people)
                and (found.code in codes or not _subject_phrase(token))
            ):
                return found
        return None

    def _pair(self, token: Token) -> list[Actor]:
        """ "both countries", "the two sides": the last two countries named before, when
        they were named as a pair ("Russia and North Korea", "between X and Y") - two
        countries merely named in the last sentences need not be the pair meant."""
        if token.lower_ == "koreas" and any(c.lower_ in ("both", "two") for c in token.children):
            # "the two Koreas": North and South
            end = token.idx + len(token)
            return [
                Actor(code, name, token.text, start=token.idx, end=end)
                for code, name in (("PRK", "North Korea"), ("KOR", "South Korea"))
            ]
        if token.lemma_.lower() not in self.lex.grammar["pair_nouns"] or token.tag_ != "NNS":
            return []
        if not any(c.lower_ in ("both", "two") for c in token.children):
            return []
        doc = token.doc
        states = [
            a
            for a in self._mentions_before(token, sentences=2)
            if a.kind == "state" and not a.person and a.start >= 0
        ]
        for second in reversed(states):
            tail = doc.char_span(second.start, second.end, alignment_mode="expand")
            if tail is None:
                continue
            for first in reversed(states):
                if first.start >= second.start or first.code == second.code:
                    continue
                head = doc.char_span(first.start, first.end, alignment_mode="expand")
                if head is not None and _paired(head.root, tail.root):
                    return [first, second]
        return []

    def _last_place_before(self, token: Token) -> Actor | None:
        for actor in reversed(self._mentions_before(token, sentences=2)):
            if actor.kind == "state" and not actor.person:
                return actor
        return None

    def _mentions_before(self, token: Token, sentences: int) -> list[Actor]:
        sent = token.sent
        start = sent.start_char
        if sentences > 1 and sent.start > 0:
            start = token.doc[sent.start - 1].sent.start_char
        return [a for a in self.index.mentions if start <= a.start and a.end <= token.idx]

    def is_pronoun(self, token: Token) -> bool:
        """A personal, possessive or demonstrative pronoun. A proper noun that lower-cases
        to one is a name ("US" is the state, not "us")."""
        return token.pos_ == "PRON" or (token.lower_ in PRONOUNS and token.pos_ != "PROPN")

    def object_antecedent(self, pronoun: Token) -> Token | None:
        """The phrase an object pronoun stands for: the first verb's object when the
        pronoun's verb (or the verb it is the infinitive of) is the second of two
        ("mistook three Egyptian officers for militants and shot them dead", "seized an
        Italian aid worker and threatened to kill her", "met Xi and called on him to
        act"), or of the clause a gerund after "by"/"after" tells the means or sequel of
        ("interrogated a journalist after kidnapping him"); the captive that names a
        subject of captors ("the kidnappers of a journalist threatened to execute him");
        the addressee of a message (see :meth:`_addressee`). The phrase must be a plural
        noun for "them" and a singular one for "him"/"her"."""
        number = {"them": ("NNS", "NNPS"), "him": ("NN", "NNP"), "her": ("NN", "NNP")}
        tags = number.get(pronoun.lower_)
        verb = pronoun.head
        if (
            pronoun.dep_ == "pobj"
            and verb.lower_ in ("on", "upon", "to", "with")
            and verb.head.pos_ == "VERB"
        ):
            verb = verb.head  # "met Xi Jinping and called on him to press North Korea"
        elif pronoun.dep_ != "dobj":
            return None
        if tags is None:
            return None
        if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
            return self._addressee(verb, tags)
        if verb.dep_ in ("advcl", "xcomp") and clauses.used_occasion(verb, self.lex):
            # "sent a message to Sihamoni to congratulate him": whom the letter went to;
            # "telephoned Trump to congratulate him": the one called
            return self._addressee(verb, tags)
        while verb.dep_ in ("xcomp", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
            # "seized an Italian aid worker and threatened to kill her": the threat's verb
            verb = verb.head
        holder = clauses.gerund_holder(verb)
        if verb.dep_ != "conj" and holder is None:
            return self._held_by_subject(verb, tags)
        # "interrogated an Australian journalist after kidnapping him": the clause's
        # object, as for the second of two verbs
        first = holder if holder is not None else verb.head
        if first.pos_ not in ("VERB", "AUX"):
            return None
        # "threatened to kill an Australian journalist and interrogated him": the first
        # verb's infinitive may hold the object
        verbs = [first, *(c for c in first.children if c.dep_ == "xcomp")]
        for child in (c for v in verbs for c in v.children if c.dep_ == "dobj"):
            if self.is_pronoun(child) and child.i < pronoun.i:
                return self.object_antecedent(child)  # "interrogated him after kidnapping him"
            if child.tag_ in tags:
                return child
        return None

    def owner_antecedent(self, pronoun: Token) -> Token | None:
        """Whom a possessive "its"/"their" in a clause's subject stands for: the
        subject of the clause that reports it, as in "Georgia says three of its
        soldiers were killed" (Georgia's soldiers). In an object it is left alone:
        "Nigeria will withdraw their force" owns the force it acts on."""
        if pronoun.dep_ != "poss" or pronoun.lower_ not in ("its", "their"):
            return None
        phrase = pronoun.head
        while phrase.dep_ in ("pobj", "prep") and phrase.head != phrase:
            phrase = phrase.head  # "three of its soldiers"
        if phrase.dep_ not in ("nsubj", "nsubjpass"):
            return None  # "will withdraw their force", "backs its aim": the doer's own
        clause = phrase.head
        if clause.pos_ not in ("VERB", "AUX"):
            return None
        return self.subject_above(clause, pronoun.lower_ == "its", ("ccomp", "conj"))

    def _main_person(self, pronoun: Token) -> Token | None:
        """The person a "he" or "she" subject of an adverbial clause stands for: the one
        person the main clause is about ("The kidnapped Turkish engineer was found dead,
        one day after he was abducted")."""
        verb = pronoun.head
        if (
            pronoun.lower_ not in ("he", "she")
            or pronoun.dep_ not in ("nsubj", "nsubjpass")
            or verb.dep_ != "advcl"
        ):
            return None
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subject is None
            or self.is_pronoun(subject)
            or subject.tag_ not in ("NN", "NNP")
            or subject.conjuncts
            or not (
                subject.ent_type_ == "PERSON"
                or subject.lemma_.lower() in self.lex.grammar["person_nouns"]
            )
        ):
            return None
        return subject

    def subject_above(self, clause: Token, singular: bool, climb: tuple[str, ...]) -> Token | None:
        """The first active, non-pronoun subject of the clauses above ``clause``, climbing
        while each clause hangs on the next by one of the ``climb`` dependencies (a
        pronoun's antecedent: the speaker in "Syria says it is willing"). None when a
        ``singular`` pronoun ("it", "its") meets a plural subject or the police ("police
        released a photo of a truck before it blew up")."""
        for _ in range(6):
            if clause.dep_ not in climb or clause.head == clause:
                return None
            clause = clause.head
            subject, passive = clauses.subject_of(clause, self.lex)
            if subject is None or passive or self.is_pronoun(subject):
                continue
            if singular and (subject.tag_ in ("NNS", "NNPS") or subject.lemma_.lower() == "police"):
                return None
            return subject
        return None

    def _held_by_subject(self, verb: Token, tags: tuple[str, ...]) -> Token | None:
        """The captive the subject of ``verb`` is named by (see :meth:`captive_of`)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return self.captive_of(subject, tags) if subject is not None else None

    def captive_of(
        self, subject: Token, tags: tuple[str, ...] = ("NN", "NNP", "NNS", "NNPS")
    ) -> Token | None:
        """The captive a group of captors is named by: "the kidnappers of an American
        journalist", "militants holding a Turkish driver" (a person of the group's "of"
        phrase or of its participle's object, of the number ``tags`` allow)."""
        lemma = subject.lemma_.lower()
        holders = {*self.lex.grammar["armed_groups"], "gunman", "gunmen", "group"}
        if lemma not in holders:
            return None
        for child in subject.children:
            held: list[Token] = []
            if child.dep_ == "prep" and child.lower_ == "of" and lemma in CAPTOR_NOUNS:
                # "the kidnappers of two French reporters", not "a group of Republicans"
                held = [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "acl" and child.lemma_.lower() == "hold":
                objects = [c for c in child.children if c.dep_ == "dobj"]
                # "holding three UN workers hostage", parsed with the workers a compound of
                # "hostage": the workers first
                held = [
                    c
                    for o in objects
                    if o.lemma_.lower() == "hostage"
                    for c in o.children
                    if c.dep_ == "compound" and c.pos_ == "NOUN"
                ] + objects
            for person in held:
                if person.tag_ in tags and (
                    self.is_people(person)
                    or person.lemma_.lower() in self.lex.grammar.classes["captives"]
                ):
                    return person
        return None

    def _addressee(self, participle: Token, tags: tuple[str, ...]) -> Token | None:
        """ "wrote to lawmakers urging them", "sent a letter to every senator urging
        them", "sent a message to Sihamoni to congratulate him": the object pronoun of
        the participle or purpose infinitive is whom the letter went to."""
        sender = participle.head
        if participle.dep_ == "acl":
            if sender.dep_ == "pobj" and sender.head.lower_ == "to":
                addressee = sender  # "sent a letter to every senator urging them"
                every = any(d.lower_ in ("every", "each", "all") for d in addressee.children)
                return addressee if addressee.tag_ in tags or every else None
            sender = sender.head  # "sent a letter to them urging ...": the letter's verb
        documents = self.lex.grammar["documents"]
        holders = [sender] + [
            # "delivered a letter to Tillerson asking him to ...": the letter's "to" phrase
            c
            for c in sender.children
            if c.dep_ == "dobj" and c.lemma_.lower() in documents
        ]
        for child in (c for holder in holders for c in holder.children):
            if child.dep_ in ("dative", "prep") and child.lower_ == "to":
                for pobj in child.children:
                    every = any(d.lower_ in ("every", "each", "all") for d in pobj.children)
                    if pobj.dep_ == "pobj" and (pobj.tag_ in tags or every):
                        return pobj
            if (
                child.dep_ == "dobj"
                and child.head.lemma_.lower() in (*self.lex.grammar["meeting_occasions"], "call")
                and child.tag_ in tags
            ):
                return child  # "telephoned Trump to congratulate him": the one called
        if participle.dep_ == "advcl":
            # "expelled two British aid workers, accusing them of ...": the ones just acted on
            for child in sender.children:
                if child.dep_ == "dobj" and child.tag_ in tags and not self.is_pronoun(child):
                    return child
        return None

    def is_people(self, token: Token) -> bool:
        """Crowds and groups of people ("students", "Iraqi Kurds") rather than a
        government, an organisation or a state acting as such."""
        if token.ent_type_ == "NORP" and token.tag_ in ("NNPS", "NNS"):
            return True
        lemma = token.lemma_.lower()
        if lemma in STATE_WORDS:
            return False
        if lemma in self.lex.grammar["person_nouns"]:
            return True
        return token.tag_ == "NNS" and token.ent_type_ not in ("GPE", "ORG")


def _subject_phrase(token: Token) -> bool:
    """Whether ``token`` heads a subject, or the "of" phrase of one ("hundreds of
    protesters")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head.head
    return token.dep_ == "nsubj"


def _against_or_for(text: str, start: int) -> bool:
    """Whether the mention at ``start`` follows or begins with "anti-" or "pro-"."""
    if start < 0:
        return False
    before = text[max(0, start - 5) : start].lower()
    own = text[start : start + 5].lower()  # a mention that takes in its prefix
    return before.endswith(("anti-", "pro-", "anti ", "non-")) or own.startswith(
        ("anti-", "pro-", "non-")
    )


def _misparsed_conjuncts(token: Token) -> list[Token]:
    """The first side of a coordination the parser hung on the second as a modifier:
    "U.S. President Donald Trump and Vietnamese President Tran Dai Quang", read with
    "Trump" (and "and") modifying "Quang"."""
    return [
        c
        for c in token.children
        if c.dep_ in ("nmod", "compound")
        and c.i < token.i
        and c.ent_type_ == "PERSON"
        and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
    ]


def _listed_appositions(token: Token) -> list[Token]:
    """The later items of a list the parser read as an apposition: "three Americans, two
    Iraqis and a Briton", with "Iraqis" (and its conjunct "Briton") hung on "Americans".
    Only an apposition whose coordination goes on with "and"/"or" is a list."""
    return [
        m
        for c in token.children
        if c.dep_ == "appos" and any(g.dep_ == "cc" for m in conjuncts(c) for g in m.children)
        for m in conjuncts(c)
    ]


def foreign(token: Token) -> bool:
    """ "a foreign leader", "foreign workers", "world leaders": people from elsewhere than
    where they are."""
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("foreign", "world", "international")
        for c in token.children
    )


def unknown(token: Token) -> bool:
    """ "an unknown militant group", "unidentified gunmen": people the text says it cannot
    name (CONVENTIONS A3: an unknown actor is left out)."""
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("unknown", "unidentified", "unnamed")
        for c in token.children
    )


def _negated_modifier(token: Token) -> bool:
    """ "anti-Syria", "pro-Iranian": the name does not give the phrase's country."""
    doc = token.doc
    i = token.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("anti", "pro", "non", "ex")


def _paired(first: Token, second: Token) -> bool:
    """Two names coordinated ("Russia and China", "Russian and Chinese officials") or
    joined by "and" within a few words of each other."""
    if second in first.conjuncts or first in second.conjuncts:
        return True
    between = first.doc[first.i + 1 : second.i]
    return 0 < len(between) <= 3 and any(t.lower_ in ("and", "&") for t in between)


def _bare_state(actor: Actor) -> Actor:
    """The state an actor belongs to, as a state: no person, role or sector."""
    return dataclasses.replace(actor, kind="state", person="", role="", sector="")


def _names_a_post(sent: Span, start: int) -> bool:
    """Whether the mention at ``start`` names the state of an embassy or consulate ("the
    Australian Embassy"), which stands in another state."""
    return any(t.idx == start and t.head.lemma_.lower() in STATE_POSTS for t in sent)


def _participle_modifier(doc: Doc, k: int) -> bool:
    """Whether the verb at ``k`` is a participle modifying the noun that follows it
    ("wanted terrorist", "Al-Qaeda-linked militant"): part of a name's title, no clause."""
    word = doc[k]
    return (
        word.tag_ == "VBN"
        and (word.dep_ in ("amod", "compound") or (word.dep_ == "acl" and not list(word.children)))
        and k + 1 < len(doc)
        and doc[k + 1].pos_ in ("NOUN", "PROPN")
    )
