"""Resolve the actors of an article: who each state, organisation, group and person mention is.

:class:`ActorResolver` loads the tables once per process; :meth:`ActorResolver.resolve` turns a
parsed article into :class:`ArticleActors`, which the event and quote coders query by character
span (:meth:`ArticleActors.at`), by noun-phrase head (:meth:`ArticleActors.for_token`) or by
person reference (:meth:`ArticleActors.person`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Doc, Token

from ..models import Actor, Article
from .datafiles import default_data_dir
from .describe import ROLE_NOUNS, Description, describe
from .doctable import DocTable, doc_table
from .gazetteer import ORG_CODES, STATE_SECTORS, Gazetteer, load_gazetteer, sector_codes
from .matching import STATE_POSTS, Match, find_matches
from .people import PeopleTable, RoleSpell, load_people
from .persons import (
    PersonGroup,
    PersonMention,
    assign_genders,
    find_person_mentions,
    group_mentions,
    load_given_names,
)
from .sectors import SectorTable, load_sectors
from .text import name_parts, strip_article, strip_possessive

# Titles under which the people table lists rulers ("Pope Francis", "King Hussein")
REGNAL_TITLES = frozenset(
    {"pope", "king", "queen", "emperor", "empress", "emir", "sheikh", "prince"}
)

_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
_ORIGIN_PREPS = frozenset({"of", "from", "in"})
_COUNTRY_NOUNS = frozenset({"country", "nation", "state", "government", "regime"})
#: Common nouns that wire copy uses for an international organisation named earlier in the
#: article ("the council" after "the UN Security Council", "the bloc" after "the EU"): the
#: organisations each noun can stand for (CONVENTIONS A3 codes).
_IGO_NOUNS: dict[str, frozenset[str]] = {
    "council": frozenset({"UNO"}),
    "body": frozenset({"UNO"}),  # "the world body"
    "alliance": frozenset({"NATO"}),
    "bloc": frozenset({"EUR", "NATO", "ASEAN", "AU", "ARL", "OPEC"}),
    "union": frozenset({"EUR", "AU"}),
    "cartel": frozenset({"OPEC"}),
    "watchdog": frozenset({"IAEA"}),
    "agency": frozenset({"IAEA"}),
    "league": frozenset({"ARL"}),
}
#: The only modifiers such a noun may carry ("the world body", "the 27-nation bloc").
_IGO_NOUN_MODIFIERS = frozenset(
    {"world", "security", "western", "military", "trade", "atlantic", "regional", "nuclear"}
)
#: Prepositions that place a group somewhere ("rebels in Macedonia", "police near Monrovia").
_LOCATIVE_PREPS = frozenset(
    {"in", "inside", "within", "across", "throughout", "near", "around", "outside", "at"}
)
_PLACE_SOURCES = frozenset({"name", "former", "capital", "institution"})
#: A city of this size named alone is taken to be the largest city of that name.
_CITY_ALONE = 100_000
#: "WASHINGTON (Reuters) - ", "SEOUL, South Korea — ": an upper-case place opening the text.
_DATELINE = re.compile(
    r"\s*([A-Z][A-Z .'’/,-]{1,60}?"  # BEIRUT, UNITED NATIONS, BANGKOK/JEDDAH
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*)?)"  # , Lebanon / , Sri Lanka
    r"(?:,?\s+(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?))?"  # Nov 9
    r"\s*(?:\([^)\n]{1,40}\))?\s*(?:[-—–]+|:)\s"
)


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """What the article (or the dated people table) says about one person."""

    name: str
    aliases: tuple[str, ...]
    role: str
    affiliation: str
    country: str
    sector: str
    source: str  # "article" or "table"


@dataclass(frozen=True, slots=True)
class _Tables:
    gazetteer: Gazetteer
    sectors: SectorTable
    people: PeopleTable
    given_names: dict[str, str]

    def is_title(self, word: str) -> bool:
        """A title or role word ("president", "representatives", "lawyer")."""
        return word in ROLE_NOUNS or bool(self.sectors.match([word])[0])


@functools.cache
def _load_tables(data_dir: Path) -> _Tables:
    gaz = load_gazetteer(data_dir)
    codes = sector_codes(data_dir)
    return _Tables(
        gazetteer=gaz,
        sectors=load_sectors(data_dir, codes),
        people=load_people(data_dir, frozenset(gaz.state_names) | frozenset(gaz.org_names), codes),
        given_names=load_given_names(data_dir),
    )


class ArticleActors:
    """Every actor mention of one article, and the article's people."""

    mentions: tuple[Actor, ...]
    people: tuple[PersonInfo, ...]

    def __init__(
        self,
        table: DocTable,
        tables: _Tables,
        matches: list[Match],
        person_mentions: list[PersonMention],
        groups: list[PersonGroup],
        people: list[PersonInfo],
        org_actors: list[tuple[int, int, Actor]],
        origins: Sequence[Match] = (),
    ) -> None:
        self._t = table
        self._origin_at = {i: m for m in origins for i in range(m.start, m.end)}
        self._tables = tables
        self._matches = matches
        self._match_at: list[Match | None] = [None] * len(table)
        for m in matches:
            for i in range(m.start, m.end):
                self._match_at[i] = m
        self._person_mentions = person_mentions
        self._person_at: list[PersonMention | None] = [None] * len(table)
        for pm in person_mentions:
            for i in range(pm.start, pm.end):
                self._person_at[i] = pm
        self._groups = groups
        self.people = tuple(people)
        self._org_at: list[Actor | None] = [None] * len(table)
        for start, end, actor in org_actors:
            for i in range(start, end):
                self._org_at[i] = actor
        self._sent_chars = [table.idx[s] for s in table.sent_starts]
        self._quotes = _quote_spans(table.text)
        # indexes that keep every query independent of the article's length
        self._match_starts = [m.start for m in matches]
        self._igo_matches = [m for m in matches if m.entry.kind == "igo"]
        self._igo_starts = [m.start for m in self._igo_matches]
        self._pm_chars = [table.idx[pm.start] for pm in person_mentions]
        self._group_chars = [[table.idx[x.start] for x in g.mentions] for g in groups]
        self._groups_by_part: dict[str, set[int]] = {}
        for gi, g in enumerate(groups):
            for part in g.parts:
                self._groups_by_part.setdefault(part, set()).add(gi)
        self._by_last_word: dict[str, list[Match]] = {}
        for m in matches:
            if m.end - m.start > 1:
                self._by_last_word.setdefault(table.lower[m.end - 1], []).append(m)
        self._role_index: dict[str, list[tuple[int, int]]] | None = None
        # building the mentions may place a group ("Basque separatists ... around Madrid")
        # before any state is known: an ambiguous place name then goes by size alone
        self.mentions = ()
        self.mentions = tuple(
            sorted(self._all_mentions(org_actors), key=lambda a: (a.start, a.end))
        )
        self._starts = [a.start for a in self.mentions]

    # -- building -------------------------------------------------------------------------------

    def _match_actor(self, m: Match, sector: str = "") -> Actor | None:
        """The actor a gazetteer match stands for; an ethnic group takes the state it is
        located in or its default state, and is None when it has neither."""
        t = self._t
        code, kind = m.code, m.entry.kind
        group = self._group_code(m)
        if group is not None:
            if not group:
                return None
            code, kind = group, "state"
        return Actor(
            code=code,
            name=self._tables.gazetteer.name_of(code) if code != m.code else m.entry.name,
            text=t.span_text(m.start, m.end),
            sector=sector or m.entry.sector,
            kind=kind,
            start=t.idx[m.start],
            end=t.end(m.end - 1),
        )

    def _is_group(self, m: Match) -> bool:
        """An ethnic group ("Kurdish", "Chechens") or a demonym after "ethnic" ("ethnic
        Albanians"): a people, not a state, so a place in the text decides its state."""
        if m.entry.kind == "ethnic":
            return True
        t = self._t
        return m.entry.source == "demonym" and m.start > 0 and t.lower[m.start - 1] == "ethnic"

    def _group_code(self, m: Match) -> str | None:
        """None when ``m`` is no group; else the state the group's noun phrase is located in
        ("ethnic Albanians in south Serbia" -> SRB), or the group's default state ("" if none).
        Refugees keep their origin ("Rohingya refugees in Bangladesh" -> MMR)."""
        if not self._is_group(m):
            return None
        head = self._np_head(m)
        if self._tables.sectors.sector_of(self._noun_words(head)) != "REF":
            located = self._located(head)
            if located:
                return located
        return m.code

    def _np_head(self, m: Match) -> int:
        """The noun a match modifies ("Kurdish" -> "rebels"), or its own last token."""
        t = self._t
        last = m.end - 1
        head = t.head[last]
        if t.dep[last] in _MODIFIER_DEPS and head >= m.end and t.pos[head] in {"NOUN", "PROPN"}:
            return head
        return last

    def _person_actor(
        self, pm: PersonMention, text: str = "", start: int = -1, end: int = -1
    ) -> Actor | None:
        info = self.people[pm.person]
        if not info.country:
            return None
        t = self._t
        return Actor(
            code=info.country,
            name=self._tables.gazetteer.name_of(info.country),
            text=text or t.span_text(pm.start, pm.end),
            sector=info.sector,
            kind="person",
            person=info.name,
            role=info.role,
            start=t.idx[pm.start] if start < 0 else start,
            end=t.end(pm.end - 1) if end < 0 else end,
        )

    def _all_mentions(self, org_actors: list[tuple[int, int, Actor]]) -> list[Actor]:
        out: list[Actor] = [a for _, _, a in org_actors]
        for m in self._matches:
            if self._org_at[m.start] is not None or self._person_at[m.start] is not None:
                continue
            actor = self._match_actor(m, self._modified_sector(m))
            if actor is not None:
                out.append(actor)
        for pm in self._person_mentions:
            actor = self._person_actor(pm)
            if actor is not None:
                out.append(actor)
        return out

    def _modified_sector(self, m: Match) -> str:
        """A demonym or state modifying a noun takes the noun's sector ("Iranian officials")."""
        t = self._t
        last = m.end - 1
        entry = m.entry
        if entry.source in {"institution", "organization"} and entry.sector:
            return entry.sector
        if t.dep[last] in _MODIFIER_DEPS and t.head[last] >= m.end:
            head = t.head[last]
            if t.pos[head] in {"NOUN", "PROPN"} and self._match_at[head] is None:
                return self._tables.sectors.sector_of(self._noun_words(head)) or entry.sector
        return entry.sector

    def _noun_words(self, i: int) -> list[str]:
        t = self._t
        words = [
            t.lemma[j].lower()
            for j in t.children(i)
            if j < i and t.dep[j] == "compound" and self._match_at[j] is None
        ]
        return [*words, t.lemma[i].lower()]

    # -- queries --------------------------------------------------------------------------------

    def at(self, start: int, end: int) -> Actor | None:
        """The actor mention overlapping chars [start, end) (the longest), or None."""
        lo = bisect.bisect_left(self._starts, start) - 8
        best: Actor | None = None
        for a in self.mentions[max(lo, 0) :]:
            if a.start >= end:
                break
            if a.end > start and (best is None or a.end - a.start > best.end - best.start):
                best = a
        return best

    def origin(self, token: Token) -> Actor | None:
        """The state a hyphened American's first half names ("Lebanese" in "a
        Lebanese-American contractor"), which the mentions leave out: the phrase is read as
        American. None elsewhere."""
        m = self._origin_at.get(token.i)
        return None if m is None else self._match_actor(m)

    def for_token(self, token: Token) -> Actor | None:
        """The actor of the noun phrase headed by ``token`` (see INTERFACES.md), or None."""
        i = token.i
        t = self._t
        if not 0 <= i < len(t):
            return None
        pm = self._person_at[i]
        if pm is not None:
            return self._person_actor(pm)
        if self._org_at[i] is not None:
            return self._org_at[i]
        m = self._match_at[i]
        if m is not None:
            return self._match_actor(m, self._modified_sector(m))
        low = t.lower[i]
        if low in _PRONOUNS:
            return self._pronoun_actor(i)
        if t.pos[i] not in {"NOUN", "PROPN"}:
            return None
        return self._noun_actor(i)

    def _pronoun_actor(self, i: int) -> Actor | None:
        t = self._t
        info_index = self._resolve_pronoun(t.lower[i], t.idx[i])
        if info_index is None:
            return None
        info = self.people[info_index]
        if not info.country:
            return None
        return Actor(
            code=info.country,
            name=self._tables.gazetteer.name_of(info.country),
            text=t.orth[i],
            sector=info.sector,
            kind="person",
            person=info.name,
            role=info.role,
            start=t.idx[i],
            end=t.end(i),
        )

    def _noun_actor(self, i: int) -> Actor | None:
        """A common or proper noun's actor from its modifiers ("Iranian officials", "Russia's
        army", "his country"), from "of"/"from" phrases ("troops from Ukraine"; "in" only for
        nouns with a sector: "officials in Tehran"), or from an earlier mention."""
        t = self._t
        sector, strong = self._tables.sectors.match(self._noun_words(i))
        source: Match | PersonMention | Actor | None = None
        hi = i + 1
        modifiers = [j for j in t.children(i) if j < i and t.dep[j] in _MODIFIER_DEPS | {"det"}]
        # A stated name beats a pronoun ("his Afghan counterpart" is Afghan); a counterpart
        # or rival is never the pronoun's own state. The name nearest the noun first: a
        # dateline glued to the phrase ("BAGHDAD US warplanes") is farther out.
        owners = [
            found
            for j in reversed(modifiers)
            # "an anti-Syria journalist", "pro-Russian separatists"
            if not self._stance_prefixed(j) and (found := self._owner(j)) is not None
        ]
        if owners:
            source = owners[0]
            if t.lemma[i].lower() in _ENVOY_NOUNS:
                # "Russia's U.N. Ambassador", "the U.S. NATO envoy": an envoy to a body is
                # his own state's
                source = next((o for o in owners if _owner_kind(o) == "state"), source)
        if source is None and t.lemma[i].lower() not in _OTHER_SIDE_NOUNS:
            for j in modifiers:
                if t.lower[j] in _PRONOUNS and t.dep[j] == "poss":
                    index = self._resolve_pronoun(t.lower[j], t.idx[j])
                    found = self._info_actor(index, j) if index is not None else None
                    if found is not None:
                        source = found
                        break
        if source is None:
            # "officials in Tehran" are Iran's, "foreign diplomats in Tehran" and "the
            # embassy in Tehran" are not
            foreign = any(t.lower[j] == "foreign" for j in modifiers)
            abroad = foreign or t.lemma[i].lower() in STATE_POSTS  # hosted where it is
            preps = _ORIGIN_PREPS if sector and not abroad else _ORIGIN_PREPS - {"in"}
            for j in t.children(i):
                if j > i and (t.dep[j] == "appos" or (t.dep[j] == "prep" and t.lower[j] in preps)):
                    objs = (
                        [j]
                        if t.dep[j] == "appos"
                        else [c for c in t.children(j) if t.dep[c] == "pobj"]
                    )
                    for c in objs:
                        found = self._owner(c)
                        if found is not None:
                            source = found
                            hi = max(t.subtree(c)) + 1
                            break
                if source is not None:
                    break
        if source is None:
            return self._definite_reference(i, sector)
        lefts = [j for j in t.children(i) if j < i]
        lo = min((min(t.subtree(j)) for j in lefts), default=i)
        while lo < i and t.pos[lo] in {"DET", "PUNCT"}:
            lo += 1
        while hi - 1 > i and t.pos[hi - 1] == "PUNCT":
            hi -= 1
        text = t.span_text(lo, hi)
        start, end = t.idx[lo], t.end(hi - 1)
        if isinstance(source, PersonMention):
            person = self._person_actor(source)
            source = person if person is None else replace(person, kind="state", sector="")
            if source is None:
                return None
        if isinstance(source, Actor):
            return Actor(
                code=source.code,
                name=source.name,
                text=text,
                sector=sector if strong else (source.sector or sector),
                kind=source.kind,
                start=start,
                end=end,
            )
        entry = source.entry
        if strong:
            chosen = sector
        elif entry.source in {"institution", "organization"} and entry.sector:
            chosen = entry.sector
        else:
            chosen = sector or entry.sector
        return Actor(
            code=entry.code,
            name=entry.name,
            text=text,
            sector=chosen,
            kind=entry.kind,
            start=start,
            end=end,
        )

    def _info_actor(self, index: int, i: int) -> Actor | None:
        """The state of person ``index`` as an actor standing at token ``i`` ("his country")."""
        info = self.people[index]
        if not info.country:
            return None
        t = self._t
        return Actor(
            code=info.country,
            name=self._tables.gazetteer.name_of(info.country),
            text=t.orth[i],
            sector="",
            kind="state",
            start=t.idx[i],
            end=t.end(i),
        )

    def _stance_prefixed(self, j: int) -> bool:
        """Whether modifier ``j`` is a name after "anti-", "pro-", "non-" or "ex-": a stance
        or a past, not the phrase's country."""
        t = self._t
        m = self._match_at[j]
        k = m.start if m is not None else j
        return k >= 2 and t.orth[k - 1] == "-" and t.lower[k - 2] in _STANCE_PREFIXES

    def _owner(self, j: int) -> Match | PersonMention | Actor | None:
        """The state, organisation or person that token ``j`` (a modifier) names; an ethnic
        group as the state it stands for here (None when it stands for none)."""
        if self._person_at[j] is not None:
            return self._person_at[j]
        if self._org_at[j] is not None:
            return self._org_at[j]
        m = self._match_at[j]
        if m is not None and self._is_group(m):
            return self._match_actor(m)
        return m

    def _definite_reference(self, i: int, sector: str) -> Actor | None:
        """ "the Council" after "the United Nations Security Council"; "the country" when one
        state is mentioned in this or the previous sentence."""
        t = self._t
        dets = [j for j in t.children(i) if t.dep[j] == "det"]
        if (
            not dets
            or t.lower[dets[0]] != "the"
            or any(
                t.dep[j] in {"amod", "nummod"} and t.lower[j] in {"two", "both", "three", "other"}
                for j in t.children(i)
            )
        ):
            return None
        sent = t.sent[i]
        lemma = t.lemma[i].lower()
        if lemma in _IGO_NOUNS and lemma == t.lower[i]:
            return self._igo_reference(i, dets[0], _IGO_NOUNS[lemma])
        if lemma in _COUNTRY_NOUNS and t.orth[i].islower():
            lo = bisect.bisect_left(self._match_starts, t.sent_starts[max(sent - 1, 0)])
            hi = bisect.bisect_left(self._match_starts, i)
            acting = self._acting_subject(i) if lemma in {"country", "nation"} else set()
            # "The United States condemned the country": not the state acting on it
            near = [m for m in self._matches[lo:hi] if m.start not in acting]
            for window in (0, 1):  # this sentence, else this and the previous one
                states = [
                    m
                    for m in near
                    if m.end <= i
                    and m.entry.kind == "state"
                    and 0 <= sent - t.sent[m.start] <= window
                ]
                if len({m.code for m in states}) == 1:
                    m = states[-1]
                    return Actor(
                        code=m.code,
                        name=m.entry.name,
                        text=t.span_text(dets[0], i + 1),
                        sector="GOV" if lemma in {"government", "regime"} else sector,
                        kind="state",
                        start=t.idx[dets[0]],
                        end=t.end(i),
                    )
                if states:
                    return None
            return None
        if not t.orth[i][:1].isupper():
            return None
        for m in reversed(self._by_last_word.get(t.lower[i], [])):
            if m.end <= i:
                return Actor(
                    code=m.code,
                    name=m.entry.name,
                    text=t.span_text(dets[0], i + 1),
                    sector=m.entry.sector,
                    kind=m.entry.kind,
                    start=t.idx[dets[0]],
                    end=t.end(i),
                )
        return None

    def _acting_subject(self, i: int) -> set[int]:
        """Tokens of the subject of the verb that ``i`` is the object of ("condemned the
        country", "invaded the country"): the one acting on it, which it cannot stand for.
        A possessive ("endorsed the nation's agency") is no object."""
        t = self._t
        verb = t.head[i]
        if t.dep[i] == "pobj" and t.dep[verb] == "prep":
            verb = t.head[verb]
        elif t.dep[i] != "dobj":
            return set()
        if t.pos[verb] not in ("VERB", "AUX"):
            return set()
        for _ in range(4):  # "criticized Iran and urged the country to stop": the first
            # conjunct's subject acts in the second too
            subject = {k for c in t.children(verb) if t.dep[c] == "nsubj" for k in t.subtree(c)}
            if subject or t.dep[verb] != "conj" or t.pos[t.head[verb]] not in ("VERB", "AUX"):
                return subject
            verb = t.head[verb]
        return set()

    def _igo_reference(self, i: int, det: int, codes: frozenset[str]) -> Actor | None:
        """ "the council", "the bloc", "the alliance": the organisation of ``codes`` that the
        article has named before token ``i`` (the most often named one; None on a tie, when
        none was named, or when the noun carries a modifier that makes it another body, as in
        "the city council")."""
        t = self._t
        if any(
            j < i
            and t.dep[j] != "det"
            and t.lower[j] not in _IGO_NOUN_MODIFIERS
            and t.pos[j] not in {"NUM", "PUNCT"}
            and "-" not in t.orth[j]
            and not any(t.pos[c] == "NUM" for c in t.children(j))  # "the 25-nation bloc"
            for j in t.children(i)
        ):
            return None
        seen: dict[str, int] = {}
        last: dict[str, Match] = {}
        for m in self._igo_matches[: bisect.bisect_left(self._igo_starts, i)]:
            if m.code in codes:
                seen[m.code] = seen.get(m.code, 0) + 1
                last[m.code] = m
        if not seen:
            return None
        ranked = sorted(seen.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        m = last[ranked[0][0]]
        return Actor(
            code=m.code,
            name=m.entry.name,
            text=t.span_text(det, i + 1),
            sector=m.entry.sector,
            kind=m.entry.kind,
            start=t.idx[det],
            end=t.end(i),
        )

    def located_country(self, token: Token) -> str | None:
        """The state of the place the noun phrase headed by ``token`` is located in:
        "Demonstrators in Baghdad" -> IRQ, "rebels operating in Macedonia" -> MKD, "police in
        Monrovia" -> LBR, "Kurds who live in Syria" -> SYR. The place is read from a locative
        phrase on the noun or on a participle or relative clause attached to it; a state,
        capital or institution the article names gives its state, any other place name is
        looked up in the places gazetteer (a city in a state the article names, or else a
        city of 100,000 people or more with no rival of its name). None when no place is
        given or the place is unknown or ambiguous."""
        i = token.i
        if not 0 <= i < len(self._t):
            return None
        return self._located(i) or None

    def _located(self, i: int) -> str:
        t = self._t
        preps = [j for j in t.children(i) if t.dep[j] == "prep"]
        for v in t.children(i):
            if t.dep[v] in {"acl", "relcl"} and t.pos[v] in {"VERB", "AUX"}:
                preps.extend(j for j in t.children(v) if t.dep[j] == "prep")
        if t.dep[i] in _CLAUSE_ARGS and t.pos[t.head[i]] in {"VERB", "AUX"}:
            # "ethnic Albanians demonstrated in Serbia", "killed three ethnic Albanians in a
            # gunbattle in southeastern Serbia": the place where the group acts or is acted on.
            preps.extend(j for j in t.children(t.head[i]) if t.dep[j] == "prep")
        for j in preps:
            if t.lower[j] not in _LOCATIVE_PREPS:
                continue
            for c in t.children(j):
                code = self._locative_object_state(c, nested=True) if t.dep[c] == "pobj" else ""
                if code:
                    return code
        return ""

    def _locative_object_state(self, c: int, nested: bool) -> str:
        """The state of a locative phrase's object ``c``, or with ``nested`` of a locative
        phrase inside it ("in a gunbattle in southeastern Serbia")."""
        t = self._t
        code = self._place_state(c, depth=0)
        if code or not nested:
            return code
        for inner in t.children(c):
            if t.dep[inner] == "prep" and t.lower[inner] in _LOCATIVE_PREPS:
                for d in t.children(inner):
                    code = (
                        self._locative_object_state(d, nested=False) if t.dep[d] == "pobj" else ""
                    )
                    if code:
                        return code
        return ""

    def _place_state(self, c: int, depth: int) -> str:
        """The state of the place named by the noun phrase headed by ``c`` ("south Serbia",
        "the outskirts of Baghdad", "Monrovia", "Tetovo")."""
        t = self._t
        words = [c, *(j for j in t.children(c) if j < c and t.dep[j] in _MODIFIER_DEPS)]
        for k in words:
            m = self._match_at[k]
            if m is not None and m.entry.kind == "state" and m.entry.source in _PLACE_SOURCES:
                return m.code
        for j in t.children(c):
            if j > c and t.dep[j] == "prep" and t.lower[j] == "of" and depth < 2:
                for obj in t.children(j):
                    if t.dep[obj] == "pobj":
                        code = self._place_state(obj, depth + 1)
                        if code:
                            return code
        if t.pos[c] != "PROPN" or self._person_at[c] is not None or self._match_at[c] is not None:
            return ""
        lo = c
        while (
            lo > 0
            and t.dep[lo - 1] == "compound"
            and t.head[lo - 1] == c
            and t.pos[lo - 1] == "PROPN"
        ):
            lo -= 1
        return self._gazetteer_state(t.span_text(lo, c + 1))

    def _gazetteer_state(self, name: str) -> str:
        """A place name's state by the places gazetteer (see :meth:`located_country`)."""
        from ..coders.places import gazetteer

        found, _ = gazetteer().candidates(name)
        codes: set[str] = {str(c.country3) for c in found if c.country3}
        if len(codes) <= 1:
            return next(iter(codes), "")
        named = {a.code for a in self.mentions if a.kind == "state"}
        if len(codes & named) == 1:
            return next(iter(codes & named))
        by_state: dict[str, int] = {}
        for c in found:
            size = int(c.city.population) if c.city is not None else 0
            by_state[str(c.country3)] = max(by_state.get(str(c.country3), 0), size)
        ranked = sorted(by_state.items(), key=lambda kv: kv[1], reverse=True)
        top, second = ranked[0][1], ranked[1][1]
        if (
            top >= _CITY_ALONE
            and top >= 10 * second
            and not any(c.city is None and c.country3 != ranked[0][0] for c in found)
        ):
            return ranked[0][0]
        return ""

    def person(self, text: str, position: int) -> PersonInfo | None:
        """Resolve a person reference ("Mr. Kim", "Kim", "he", "the senator") standing at char
        ``position`` to the person the article means, or None. Every lookup goes through an
        index (bisection on character offsets, name parts, role words), so a call costs the
        same on a short story and on a 100,000-character transcript."""
        t = self._t
        k = bisect.bisect_right(self._pm_chars, position) - 1
        if k >= 0:
            pm = self._person_mentions[k]
            if position < t.end(pm.end - 1):
                return self.people[pm.person]
        low = text.strip().lower()
        if low in _PRONOUNS:
            index = self._resolve_pronoun(low, position)
            return None if index is None else self.people[index]
        words = strip_article(text.strip()).split()
        if words and text.strip()[:1].islower():
            return self._by_role(words[-1].lower(), position)
        parts = name_parts(strip_possessive(text))
        if not parts:
            return None
        found = set.intersection(*(self._groups_by_part.get(p, set()) for p in parts))
        suffix = _name_suffix(text)
        namesakes = {gi for gi in found if self._groups[gi].suffix == suffix}
        if namesakes or suffix:  # "Trump Jr." is never the "Donald Trump" of the article
            found = namesakes
        best: tuple[int, int, int] | None = None  # (last mention at or before, mentions, -gi)
        for gi in found:
            chars = self._group_chars[gi]
            j = bisect.bisect_right(chars, position) - 1
            cand = (chars[j] if j >= 0 else -1, len(chars), -gi)
            if best is None or cand > best:
                best = cand
        return None if best is None else self.people[-best[2]]

    def _by_role(self, noun: str, position: int) -> PersonInfo | None:
        """The last person before ``position`` whose role contains ``noun`` ("the senator")."""
        if self._role_index is None:
            index: dict[str, list[tuple[int, int]]] = {}
            for pm, char in zip(self._person_mentions, self._pm_chars, strict=True):
                for word in set(self.people[pm.person].role.lower().split()):
                    index.setdefault(word, []).append((char, pm.person))
            self._role_index = index
        hits = self._role_index.get(noun.rstrip(".,"), [])
        k = bisect.bisect_left(hits, (position, -1)) - 1
        return self.people[hits[k][1]] if k >= 0 else None

    def _quoted(self, position: int) -> bool:
        k = bisect.bisect_right(self._quotes, (position, len(self._t.text))) - 1
        return k >= 0 and self._quotes[k][0] <= position < self._quotes[k][1]

    def _resolve_pronoun(self, pronoun: str, position: int) -> int | None:
        """The person a he/she pronoun at char ``position`` refers to: the last person subject
        in the same sentence before it, else in the previous sentence, else the last person
        mentioned in either; failing that, the last person of the pronoun's known gender
        (from Mr./Ms. or the given name) within three sentences. Persons of the other gender
        are skipped, and mentions on the same side of a quotation mark as the pronoun are
        preferred (a "him" inside a quote is rarely the speaker named outside it)."""
        t = self._t
        gender = _PRONOUNS[pronoun]
        sent = bisect.bisect_right(self._sent_chars, position) - 1
        lo = (
            bisect.bisect_left(self._pm_chars, self._sent_chars[max(sent - 3, 0)])
            if self._sent_chars
            else 0
        )
        before = self._person_mentions[lo : bisect.bisect_left(self._pm_chars, position)]
        candidates = [
            pm
            for pm in before
            if 0 <= sent - t.sent[pm.start] <= 1 and self._groups[pm.person].gender in {"", gender}
        ]
        quoted = self._quoted(position)
        same_side = [pm for pm in candidates if self._quoted(t.idx[pm.start]) == quoted]
        candidates = same_side or candidates
        if pronoun in ("him", "her"):
            # "Kim had insulted him": an object pronoun is never its own verb's subject
            # (that would be "himself")
            clause_subjects = self._clause_subjects(position)
            candidates = [
                pm for pm in candidates if not any(pm.start <= i < pm.end for i in clause_subjects)
            ]
        if not candidates:
            gendered = [
                pm
                for pm in before
                if 0 <= sent - t.sent[pm.start] <= 3 and self._groups[pm.person].gender == gender
            ]
            return gendered[-1].person if gendered else None
        for want_sent in (sent, sent - 1):
            subjects = [
                pm
                for pm in candidates
                if t.sent[pm.start] == want_sent
                and any(t.dep[i] in _SUBJECT_DEPS for i in range(pm.start, pm.end))
            ]
            if subjects:
                return subjects[-1].person
        return candidates[-1].person

    def _clause_subjects(self, position: int) -> list[int]:
        """The subject heads of the verb whose object is the token at char ``position``."""
        t = self._t
        i = bisect.bisect_right(t.idx, position) - 1
        if i < 0 or t.idx[i] != position or t.dep[i] not in ("dobj", "dative"):
            return []
        return [k for k in t.children(t.head[i]) if t.dep[k] in _SUBJECT_DEPS]


class ActorResolver:
    """Resolves actors in parsed articles; the data loads lazily, once per process."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self._data_dir = (data_dir or default_data_dir()).resolve()

    @property
    def _tables(self) -> _Tables:
        return _load_tables(self._data_dir)

    def resolve(self, doc: Doc, article: Article) -> ArticleActors:
        """Find every actor mention and person in ``doc`` (the parse of ``article.text``)."""
        tables = self._tables
        t = doc_table(doc, article.text if _same_length(doc, article.text) else None)
        home, dateline_end = _dateline(article, tables.gazetteer)
        matches = [
            m
            for m in find_matches(
                t,
                tables.gazetteer,
                article.published,
                _named_people_states(t, tables.people, article.published),
            )
            if t.idx[m.start] >= dateline_end
        ]
        matches = _merge_group_pairs(t, matches, tables.gazetteer)
        origins = [m for m in matches if _heritage_demonym(t, m)]
        matches = [m for m in matches if not _bare_demonym_subject(t, m) and m not in origins]
        match_at = _index(matches, len(t))
        mentions = find_person_mentions(t, match_at, tables.people, tables.is_title)

        def salient(group: PersonGroup) -> bool:  # the article gives the person a role
            return any(
                describe(t, x.start, x.end, match_at, tables.sectors).role for x in group.mentions
            )

        def known_alone(surname: str) -> bool:  # "Trump": the table's person of that name
            return tables.people.lookup(surname, article.published) is not None

        groups = group_mentions(t, mentions, salient, known_alone)
        assign_genders(groups, tables.given_names)
        surnamed = _surname_matches(t, matches, groups)
        if surnamed:
            matches = [m for m in matches if m not in surnamed]
            match_at = _index(matches, len(t))
            mentions = sorted(mentions + [surnamed[m] for m in surnamed], key=lambda x: x.start)
        infos = [self._person_info(t, g, match_at, tables, article.published, home) for g in groups]
        infos = _office_holders_states(t, matches, groups, infos, home)
        orgs = self._org_actors(t, match_at, tables)
        return ArticleActors(t, tables, matches, mentions, groups, infos, orgs, origins)

    @staticmethod
    def _person_info(
        t: DocTable,
        group: PersonGroup,
        match_at: Sequence[Match | None],
        tables: _Tables,
        on: dt.date | None,
        home: str,
    ) -> PersonInfo:
        """Merge what the mentions say about a person with the dated table. A state
        office-holder whose nationality the text does not give ("House Speaker Paul Ryan")
        takes the country of the article's dateline ("WASHINGTON (Reuters) -")."""
        desc = Description()
        for pm in group.mentions:
            d = describe(t, pm.start, pm.end, match_at, tables.sectors)
            if d.role and not desc.role:
                desc.role, desc.role_words = d.role, d.role_words
            if d.affiliation and not desc.affiliation:
                desc.affiliation, desc.affiliation_words = d.affiliation, d.affiliation_words
                desc.affiliation_sector = d.affiliation_sector
            desc.country = desc.country or d.country
        spell: RoleSpell | None = None
        # "Donald Trump Jr." is not the "Donald Trump" of the table; a name the table lists
        # with its suffix ("John Paul II") is
        forms = {t.span_text(x.start, x.end) for x in group.mentions}
        full = max(forms, key=lambda f: (len(f.split()), len(f)), default="")
        # "Pope Francis", "King Hussein": the table lists some rulers under their title,
        # which the mention drops; the titled name is tried first
        titled = {
            t.span_text(x.start - 1, x.end)
            for x in group.mentions
            if x.start > 0 and t.lower[x.start - 1] in REGNAL_TITLES
        }
        namesake: RoleSpell | None = None
        for form in [*sorted(titled, key=len, reverse=True), *sorted(forms, key=len, reverse=True)]:
            spell = tables.people.lookup(form, on)
            if spell is not None and group.suffix and not _listed_with_suffix(spell, form):
                namesake = namesake or spell
                spell = None
            if (
                spell is not None
                and form not in titled
                and len(full.split()) > 1
                and len(form.split()) < len(full.split())
                and not _same_given_name(spell, full)
            ):
                spell = None  # "Omar Abdullah ... Mr Abdullah" is not King Abdullah II
            if spell is not None:
                break
        aliases = tuple(sorted({_alias_text(t, x) for x in group.mentions} - {group.name}))
        from_article = bool(desc.role or desc.country)
        sector = desc.sector(tables.sectors) if desc.role or desc.affiliation else ""
        table_role = _dated_role(spell, on) if spell is not None else ""
        # "Donald Trump Jr.": a suffixed namesake of a table person shares the country, not
        # the role
        country = (
            desc.country
            or (spell.code if spell else "")
            or (namesake.code if namesake is not None and namesake.code not in ORG_CODES else "")
        )
        if not country and sector in STATE_SECTORS and not _state_office(desc.role_words, sector):
            country = home  # state offices are placed by _office_holders_states
        return PersonInfo(
            name=group.name,
            aliases=aliases,
            role=desc.role or table_role,
            affiliation=desc.affiliation,
            country=country,
            sector=sector or (spell.sector if spell else ""),
            source="article" if from_article or spell is None else "table",
        )

    @staticmethod
    def _org_actors(
        t: DocTable, match_at: Sequence[Match | None], tables: _Tables
    ) -> list[tuple[int, int, Actor]]:
        """ORG entities that contain a state ("Seoul National University" -> KOR EDU)."""
        out = []
        for start, end in t.ents("ORG"):
            while start < end and t.pos[start] == "DET":
                start += 1
            for k in range(start + 1, end):
                if t.orth[k] in {"(", "[", ",", ":", "“", "”", '"', "‘", "’"}:
                    end = k
                    break
            for k in range(start, end):  # "Trump’s America First": not a state's organisation
                if t.dep[k] == "case" and match_at[k - 1] is None:
                    start = k + 1
            while end > start and (t.dep[end - 1] == "case" or t.pos[end - 1] == "PUNCT"):
                end -= 1
            inner = [m for m in {id(m): m for m in match_at[start:end] if m}.values()]
            if not inner or any(m.start == start and m.end == end for m in inner):
                continue
            if any(m.start < start or m.end > end for m in inner):
                continue
            states = [m for m in inner if m.entry.kind == "state"]
            if not states or any(t.pos[i] in {"VERB", "AUX"} for i in range(start, end)):
                continue  # a headline read as an ORG: "North Korea Finds New Leverage"
            words = [t.lemma[i].lower() for i in range(start, end) if match_at[i] is None]
            institution = [
                m.entry.sector
                for m in inner
                if m.entry.source in {"institution", "organization"} and m.entry.sector
            ]
            sector = (institution[0] if institution else "") or tables.sectors.sector_of(words)
            if not sector:
                continue  # no organisation word: keep the state mention itself
            m = states[0]
            out.append(
                (
                    start,
                    end,
                    Actor(
                        code=m.code,
                        name=m.entry.name,
                        text=t.span_text(start, end),
                        sector=sector,
                        kind="org",
                        start=t.idx[start],
                        end=t.end(end - 1),
                    ),
                )
            )
        return out

    def lookup(self, text: str, *, on: dt.date | None = None) -> Actor | None:
        """A bare name, alias, demonym, capital, IGO or known person -> Actor (no context)."""
        tables = self._tables
        surface = strip_article(strip_possessive(text.strip()))
        if not surface:
            return None
        cands = [
            e for e in tables.gazetteer.candidates(surface) if not e.context and e.valid_on(on)
        ]
        if not cands:
            cands = [e for e in tables.gazetteer.candidates(surface) if not e.context]
        if cands:
            e = max(cands, key=lambda c: c.priority)
            if e.kind == "ethnic":  # a people: its default state, if it has one
                return (
                    Actor(code=e.code, name=e.name, text=text, sector=e.sector, kind="state")
                    if e.code
                    else None
                )
            return Actor(code=e.code, name=e.name, text=text, sector=e.sector, kind=e.kind)
        spell = tables.people.lookup(surface, on)
        if spell is not None:
            return Actor(
                code=spell.code,
                name=tables.gazetteer.name_of(spell.code),
                text=text,
                sector=spell.sector,
                kind="person",
                person=spell.name or text,
                role=_dated_role(spell, on),
            )
        return None


_QUOTE = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks (curly or straight), within a paragraph."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


#: Title words of the offices of a state's head, government and ministers.
#: Nouns for the other side, whose possessive pronoun names who they face, not their state.
_ENVOY_NOUNS = frozenset(
    {"ambassador", "envoy", "representative", "delegate", "delegation", "mission", "emissary"}
)


def _owner_kind(owner: Match | PersonMention | Actor) -> str:
    if isinstance(owner, Actor):
        return owner.kind
    if isinstance(owner, PersonMention):
        return "person"
    return owner.entry.kind


_OTHER_SIDE_NOUNS = frozenset(
    {
        "counterpart",
        "rival",
        "opponent",
        "foe",
        "enemy",
        "adversary",
        "host",
        "guest",
        "visitor",
        "neighbour",
        "neighbor",
    }
)
_STATE_OFFICES = frozenset(
    {
        "president",
        "premier",
        "minister",
        "chancellor",
        "king",
        "queen",
        "emir",
        "sultan",
        "monarch",
        "prince",
        "shah",
        "taoiseach",
        "senator",
        "sen.",
        "congressman",
        "congresswoman",
        "representative",
        "rep.",
        "lawmaker",
        "legislator",
        "mp",
        "governor",
        "gov.",
        "mayor",
        "secretary",
        "general",
        "gen.",
        "admiral",
        "ambassador",
        "judge",
        "prosecutor",
        "attorney",
        "speaker",
    }
)


def _state_office(role_words: Sequence[str], sector: str) -> bool:
    """A state office ("Ousted President", "Prime Minister", "Foreign Minister", "King",
    "Senator", "Judge"; royals carry the ELI sector)."""
    return sector in {"GOV", "MIL", "ELI", "LEG", "JUD", "COP"} and any(
        w in _STATE_OFFICES for w in role_words
    )


def _office_words(role: str) -> list[str]:
    """The words of a role that say what office it is: its head before "of", and none of
    another's office named in it ("chairman of President Donald Trump's campaign" is no
    president)."""
    words = role.lower().split()
    if "of" in words:
        words = words[: words.index("of")]
    return [w for w in words if not w.endswith(("'s", "’s"))]


def _office_holders_states(
    t: DocTable, matches: list[Match], groups: list[PersonGroup], infos: list[PersonInfo], home: str
) -> list[PersonInfo]:
    """The state of a state office-holder the people table does not know and the text does
    not give a nationality ("Ousted President Askar Akayev"): the one state the article
    names; else the one state the sentence of the title names, unless another person of
    that sentence is already that state's ("Prime Minister Jan Kowalski of Poland met
    Foreign Minister Petr Novak": Novak stays unknown); else the dateline's state (for a
    lawmaker even when the sentence has another official of that state); else none."""
    out = list(infos)
    for gi, info in enumerate(infos):
        if (
            info.country
            or info.source != "article"
            or not _state_office(_office_words(info.role), info.sector)
        ):
            continue
        sent = t.sent[groups[gi].mentions[0].start]
        taken = {
            infos[gj].country
            for gj, g in enumerate(groups)
            if gj != gi and any(t.sent[x.start] == sent for x in g.mentions)
        }
        acted_on = _acted_on(t, groups[gi].mentions[0])
        states = {
            m.code
            for m in matches
            if m.entry.kind == "state"
            and m.code
            and t.sent[m.start] == sent
            and m.start not in acted_on
        }
        in_article = {
            m.code
            for m in matches
            if m.entry.kind == "state" and m.code and m.start not in acted_on
        }
        code = ""
        for found in (in_article, states):
            if len(found) == 1 and not found & taken:
                code = next(iter(found))
                break
        if not code and home and (home not in taken or info.sector == "LEG"):
            # "Tillerson spoke to Senator Bob Corker" in a Washington story: a lawmaker
            # is seldom a visiting counterpart of an official of the same sentence
            code = home
        if code:
            out[gi] = replace(info, country=code)
    return out


def _named_people_states(t: DocTable, people: PeopleTable, on: dt.date | None) -> frozenset[str]:
    """The states of the people of the dated table that the article names ("President
    George W. Bush", "Bush" when every Bush of the table served one state) -> USA):
    context for aliases such as "Congress"."""
    found: set[str] = set()
    for start, end in t.ents("PERSON"):
        spell = people.lookup(t.span_text(start, end), on)
        if spell is not None and spell.code:
            found.add(spell.code)
    return frozenset(found)


def _acted_on(t: DocTable, mention: PersonMention) -> set[int]:
    """Names of the states the person's own verb acts on, when the person is its subject:
    "Senator John Smith criticized Iran" does not make Smith Iranian. A state named only
    as a modifier or a place ("investigations against Chilean officials", "a curfew in
    Algiers") is no such object: those are domestic acts; the owner of the object is one
    ("applauded the intervention of Ukraine's supreme court")."""
    head = mention.end - 1
    if t.dep[head] not in _SUBJECT_DEPS:
        return set()
    verb = t.head[head]
    objects = [c for c in t.children(verb) if t.dep[c] in ("dobj", "dative")]
    objects += [
        g
        for c in t.children(verb)
        if t.dep[c] == "prep" and t.lower[c] in ("against", "on", "with", "to", "at")
        for g in t.children(c)
        if t.dep[g] == "pobj"
    ]
    # "criticized Iran's program", "applauded the intervention of Ukraine's court": the
    # owner of what is acted on is acted on too
    objects += [
        g
        for o in list(objects)
        for c in t.children(o)
        if t.dep[c] == "prep" and t.lower[c] == "of"
        for g in t.children(c)
        if t.dep[g] == "pobj"
    ]
    owners = [c for o in objects for c in t.children(o) if t.dep[c] == "poss"]
    return {
        i
        for o in (*objects, *owners)
        for i in (o, *(c for c in t.children(o) if t.dep[c] == "compound"))
    }


_CLAUSE_ARGS = frozenset({"nsubj", "nsubjpass", "dobj"})
_STANCE_PREFIXES = frozenset({"anti", "pro", "non", "ex"})
_PAIR_SOURCES = frozenset({"name", "demonym", "ethnic"})


def _merge_group_pairs(t: DocTable, matches: list[Match], gaz: Gazetteer) -> list[Match]:
    """Two group words side by side that name one group ("Croatian Serb", "Kosovo
    Albanians", "Turkish Cypriot", "Iraqi Kurdish") become one match whose state is that of
    the word that is not an ethnic group: HRV, XKX, CYP, IRQ. The pair must be one NER
    entity or the first word must modify the second ("Russian, Ukrainian" stays two)."""
    out: list[Match] = []
    for m in matches:
        prev = out[-1] if out else None
        if (
            prev is None
            or prev.end != m.start
            or not _pairable(prev)
            or not _pairable(m)
            or t.idx[m.start] != t.end(prev.end - 1) + 1
            or not (t.ent_iob[m.start] == 1 or m.start <= t.head[prev.end - 1] < m.end)
        ):
            out.append(m)
            continue
        first = gaz.is_ethnic(t.span_text(prev.start, prev.end))
        second = gaz.is_ethnic(t.span_text(m.start, m.end))
        if second and prev.code:
            out[-1] = Match(prev.start, m.end, prev.entry)
        elif first and not second and m.code:
            out[-1] = Match(prev.start, m.end, m.entry)
        else:
            out.append(m)
    return out


def _pairable(m: Match) -> bool:
    return m.entry.kind in {"state", "ethnic"} and m.entry.source in _PAIR_SOURCES


def _index(matches: list[Match], n: int) -> list[Match | None]:
    match_at: list[Match | None] = [None] * n
    for m in matches:
        for i in range(m.start, m.end):
            match_at[i] = m
    return match_at


# Nouns a hyphened pair of demonyms shares between two states ("Russian-American
# relations"); on anything else the pair names one person's origin ("a Cuban-American
# politician" is American).
_SHARED_NOUNS = frozenset(
    {
        "relation",
        "tie",
        "talk",
        "relationship",
        "summit",
        "agreement",
        "deal",
        "treaty",
        "border",
        "war",
        "trade",
        "cooperation",
        "alliance",
        "partnership",
        "dialogue",
        "meeting",
        "negotiation",
        "accord",
        "pact",
        "venture",
        "exercise",
        "drill",
        "force",
        "commission",
        "team",
        "operation",
        "rivalry",
        "tension",
        "dispute",
        "conflict",
    }
)


def _heritage_demonym(t: DocTable, m: Match) -> bool:
    """The origin half of "Cuban-American" or "Iranian-Americans": an American, not a
    Cuban, unless the pair qualifies something both states share."""
    i = m.end
    if (
        m.entry.source != "demonym"
        or i + 1 >= len(t)
        or t.orth[i] != "-"
        or t.orth[i + 1] not in ("American", "Americans")
    ):
        return False
    head = t.head[i + 1]
    return t.orth[i + 1] == "Americans" or t.lemma[head].lower() not in _SHARED_NOUNS


def _bare_demonym_subject(t: DocTable, m: Match) -> bool:
    """A demonym standing alone as a singular subject ("English sued to stop Trump"): a
    surname whose bearer the text named elsewhere, not a nation, which would be "the English"
    or "Britain"."""
    i = m.start
    word = t.orth[i]
    return (
        m.end - i == 1
        and m.entry.source == "demonym"
        and t.pos[i] == "PROPN"
        and not (word.endswith("s") and not word.endswith("ss"))  # "Israelis protested"
        and t.dep[i] == "nsubj"
        # "the French", "some 30,000 Sudanese": a people
        and all(t.dep[c] in ("appos", "punct") for c in t.children(i))
    )


def _surname_matches(
    t: DocTable, matches: list[Match], groups: list[PersonGroup]
) -> dict[Match, PersonMention]:
    """State names and demonyms that are the surname of a person named in full in the article
    ("Leandra English" ... "English said"; "Jim Jordan" ... "Jordan told"): person mentions."""
    surnames = {g.parts[-1]: gi for gi, g in enumerate(groups) if len(g.parts) >= 2}
    out: dict[Match, PersonMention] = {}
    for m in matches:
        low = t.lower[m.start]
        if (
            m.end - m.start == 1
            and low in surnames
            and t.pos[m.start] == "PROPN"
            and t.dep[m.start] != "amod"
            and m.entry.source in {"demonym", "name"}
        ):
            gi = surnames[low]
            mention = PersonMention(start=m.start, end=m.end, parts=(low,))
            groups[gi].add(mention, gi)
            out[m] = mention
    for g in groups:
        g.mentions.sort(key=lambda x: x.start)
    return out


def _dateline(article: Article, gaz: Gazetteer) -> tuple[str, int]:
    """The state of the article's dateline place (a capital or a state name) or "", and the
    character offset where the dateline ends (0 when the text has none): "WASHINGTON
    (Reuters) -" is where the story was filed, not an actor."""
    place, end = article.dateline, 0
    found = _DATELINE.match(article.text[:160])
    if found and found.group(0).rstrip().endswith(":") and len(found.group(1).strip()) < 4:
        found = None  # "UN: ..." is a headline's subject, not a place the story was filed
    if found:
        end = found.end()
        place = place or found.group(1)
    elif place and article.text.startswith(place):
        end = len(place)
    for part in re.split(r"[/,]", place):
        words = part.strip().title()
        for entry in gaz.candidates(words) if words else []:
            if entry.kind == "state" and not entry.context and entry.source != "demonym":
                return entry.code, end
    return "", end


def _dated_role(spell: RoleSpell, on: dt.date | None) -> str:
    """The spell's role, as "former <role>" when the date is after the spell ended, and ""
    when it is before the spell began."""
    if on is not None and spell.end is not None and spell.end < on:
        return f"former {spell.role}"
    if on is not None and spell.start is not None and on < spell.start:
        return ""  # the person is known, but took this role later
    return spell.role


def _same_length(doc: Doc, text: str) -> bool:
    """Cheap check that ``text`` is the doc's text (INTERFACES.md promises it)."""
    if len(doc) == 0:
        return text == ""
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text)


def _name_suffix(text: str) -> str:
    """The generational suffix ending a name ("Trump Jr." -> "jr"), else ""."""
    words = strip_possessive(text.strip()).split()
    last = words[-1].lower().rstrip(".,") if len(words) > 1 else ""
    return last if last in {"jr", "sr", "ii", "iii", "iv"} else ""


def _same_given_name(spell: RoleSpell, full: str) -> bool:
    """Whether a name the text gives in full ("Omar Abdullah") may be the table's person
    found by its surname alone: a listed name has a word before its last with the same
    initial as the text's first name (spellings vary: "Yulia", "Yuliya")."""
    initial = full.split()[0][:1].casefold()
    return any(
        word[:1].isupper() and word[:1].casefold() == initial
        for listed in (spell.name, *spell.aliases)
        for word in listed.split()[:-1]
    )


def _listed_with_suffix(spell: RoleSpell, form: str) -> bool:
    """Whether the table lists ``form`` (a name with a suffix) word for word."""
    wanted = form.casefold().split()
    return any(n.casefold().split()[-len(wanted) :] == wanted for n in (spell.name, *spell.aliases))


def _alias_text(t: DocTable, pm: PersonMention) -> str:
    text = t.span_text(pm.start, pm.end)
    if pm.honorific:
        return f"{pm.honorific[:1].upper()}{pm.honorific[1:]} {text}"
    return text
