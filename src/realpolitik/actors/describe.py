"""Read what an article says about a person: a title before the name, an apposition after it.

"Defense Minister Sergei Shoigu" -> role "Defense Minister"; "Pentagon spokeswoman Heather Babb"
-> role "spokeswoman", affiliation "Pentagon", country USA; "Leif-Eric Easley, a professor of
international studies at Ewha Womans University in Seoul" -> role "professor of international
studies", affiliation "Ewha Womans University", country KOR (from "in Seoul"). The reading uses
the dependency parse (compound, amod, poss, appos and prep arcs) with a linear fallback for the
apposition, which the small English model often attaches elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .doctable import DocTable
from .matching import Match
from .sectors import SectorTable
from .text import HONORIFICS

#: Nouns that head a description of a person although they carry no sector of their own.
ROLE_NOUNS = frozenset(
    {
        "member",
        "adviser",
        "advisor",
        "aide",
        "head",
        "chief",
        "director",
        "founder",
        "chairman",
        "chairwoman",
        "chair",
        "deputy",
        "candidate",
        "leader",
        "expert",
        "analyst",
        "fellow",
        "researcher",
        "economist",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "representative",
        "strategist",
        "consultant",
        "lawyer",
        "attorney",
        "author",
        "historian",
        "specialist",
        "commentator",
        "dissident",
        "defector",
        "activist",
        "negotiator",
        "counselor",
        "counsel",
        "official",
        "veteran",
        "manager",
        "owner",
        "partner",
        "president",
        "minister",
    }
)
#: Nouns that name organisations, not people: never a person's role.
ORG_NOUNS = frozenset(
    {
        "ministry",
        "government",
        "department",
        "company",
        "firm",
        "bank",
        "court",
        "party",
        "army",
        "agency",
        "council",
        "committee",
        "parliament",
        "university",
        "institute",
        "newspaper",
        "media",
        "administration",
        "office",
        "commission",
        "service",
        "group",
        "organization",
        "organisation",
        "force",
        "navy",
        "police",
        "embassy",
        "cabinet",
        "regime",
        "state",
    }
)
#: Role heads whose country-name modifiers are a topic, not a nationality ("a North Korea expert").
_TOPIC_SECTORS = frozenset({"NGO", "EDU", "JRN", "MED"})
_STOP_TITLE_POS = frozenset(
    {"VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ", "PUNCT", "SPACE", "NUM", "ADV"}
)
_STATE_SOURCES = frozenset({"name", "demonym", "former", "capital"})
_AFFILIATION_PREPS = frozenset({"at", "with", "for", "of", "from"})
_HEAD_END = frozenset({"of", "for", "at", "in", "on", "with", "to"})


@dataclass(slots=True)
class Description:
    """What the text says about one mention of a person."""

    role: str = ""
    role_words: tuple[str, ...] = ()
    affiliation: str = ""
    affiliation_words: tuple[str, ...] = ()
    affiliation_sector: str = ""
    country: str = ""

    def sector(self, sectors: SectorTable) -> str:
        """Strong role word > affiliation institution or strong word > weak role > weak
        affiliation word."""
        head = list(self.role_words)
        for k, word in enumerate(head):
            if word in _HEAD_END and k > 0:  # "professor of criminal law": the head is "professor"
                head = head[:k]
                break
        role_sector, role_strong = sectors.match(head)
        if not role_strong:
            role_sector, role_strong = sectors.match(self.role_words)
        if role_strong:
            return role_sector
        aff_sector, aff_strong = sectors.match(self.affiliation_words)
        if self.affiliation_sector:
            return self.affiliation_sector
        if aff_strong:
            return aff_sector
        if self.affiliation and not aff_sector:
            return ""  # "a spokesman for UPS": the weak role word would guess wrong
        return role_sector or aff_sector


def _state_match(m: Match | None) -> bool:
    """A state's name, demonym, capital, or an ethnic group with a default state."""
    if m is None:
        return False
    if m.entry.kind == "ethnic":
        return bool(m.code)
    return m.entry.kind == "state" and m.entry.source in _STATE_SOURCES


def _state_codes_of(m: Match) -> set[str]:
    """The state code an institution or a home-state group stands for (none for an IGO)."""
    return {m.code} if m.entry.kind in {"state", "org"} else set()


def title_tokens(t: DocTable, start: int, end: int) -> list[int]:
    """Tokens right before the name that modify it ("the Communist Party Politburo member",
    "White House Chief of Staff"): the title-like run left of the name whose tokens depend,
    through the run itself, on the name."""
    lo = t.sent_starts[t.sent[start]]
    k = start
    while k > lo:
        p = k - 1
        if t.orth[p] in {"-", "--", "—", "–"} and p > 0 and t.idx[p] > t.end(p - 1):
            break  # a spaced dash ends a dateline ("BEIRUT, Lebanon - Yasser Arafat")
        if (
            t.pos[p] in _STOP_TITLE_POS
            and t.dep[p] not in {"case", "det"}
            and t.orth[p] != "-"
            and t.lower[p] != "of"
        ):
            break
        k = p
    out: list[int] = []
    for i in range(start - 1, k - 1, -1):
        j, steps = i, 0
        while k <= j < start and t.head[j] != j and steps < 32:
            j, steps = t.head[j], steps + 1
        if not start <= j < end:
            break
        out.insert(0, i)
    while out and (
        t.pos[out[0]] in {"DET", "PART", "PUNCT", "ADP"}
        or t.dep[out[0]] == "case"
        or t.lower[out[0]] in HONORIFICS
    ):
        out.pop(0)
    if len(out) == 1 and t.lower[out[0]] in HONORIFICS:
        return []
    return out


def _role_from(
    t: DocTable,
    tokens: Sequence[int],
    match_at: Sequence[Match | None],
    sectors: SectorTable,
    desc: Description,
    *,
    set_role: bool,
) -> None:
    """Split title or apposition tokens into country, affiliation and role."""
    keep: list[int] = []
    head_words = [t.lemma[i].lower() for i in tokens if match_at[i] is None]
    head_sector, _ = sectors.match(head_words)
    seen: set[int] = set()
    for i in tokens:
        m = match_at[i]
        if m is None:
            if (t.dep[i] != "case" and t.pos[i] not in {"DET"}) or keep:
                keep.append(i)
            continue
        if id(m) in seen:
            continue
        seen.add(id(m))
        if m.entry.kind == "ethnic" and not m.code:  # "Kurdish leader": a group, no state
            keep.extend(range(m.start, m.end))
            continue
        if _state_match(m):
            topical = m.entry.source != "demonym" and head_sector in _TOPIC_SECTORS
            if topical:
                keep.extend(range(m.start, m.end))
            elif not desc.country:
                desc.country = m.code
        elif not desc.affiliation:
            desc.affiliation = t.span_text(m.start, m.end)
            desc.affiliation_sector = m.entry.sector
            if not desc.country and m.entry.code in _state_codes_of(m):
                desc.country = m.code
        else:
            keep.extend(range(m.start, m.end))  # "Communist Party Politburo member"
    keep = [i for i in keep if t.dep[i] != "case" and t.orth[i] not in {"'s", "’s"}]
    while keep and t.pos[keep[0]] in {"DET", "PUNCT", "ADP", "CCONJ"}:
        keep.pop(0)
    opened = [k for k, i in enumerate(keep) if t.orth[i] == "("]
    if opened and not any(t.orth[i] == ")" for i in keep[opened[-1] :]):
        # "acting director of the Consumer Financial Protection Bureau (CFPB": a bracket
        # the phrase left open ends the role
        keep = keep[: opened[-1]]
    while keep and t.pos[keep[-1]] in {"PUNCT", "ADP", "CCONJ", "DET"}:
        keep.pop()
    if set_role and keep and not desc.role:
        desc.role = t.span_text(keep[0], keep[-1] + 1)
        desc.role_words = tuple(t.lemma[i].lower() for i in keep)


def _apposition_heads(t: DocTable, start: int, end: int, sectors: SectorTable) -> list[int]:
    heads = [
        j
        for i in range(start, end)
        for j in t.children(i)
        if t.dep[j] == "appos" and j >= end and _person_noun(t, j, sectors)
    ]
    if heads:
        return sorted(heads)
    for i in range(start, end):  # "Russia's foreign minister, Sergei Lavrov,"
        h = t.head[i]
        if (
            t.dep[i] == "appos"
            and h < start
            # next to its noun ("his spokeswoman Brenna Smith") or set off by a comma or a
            # bracket: "The Russian ambassador to the United States contacts Flynn" is no
            # apposition, whatever the parser says
            and (h == start - 1 or t.pos[start - 1] == "PUNCT")
            and _person_noun(t, h, sectors)
        ):
            return [h]
    k = end + (1 if end < len(t) and t.dep[end] == "case" else 0)
    if k >= len(t) or t.orth[k] != "," or t.sent[k] != t.sent[start]:
        return []
    last = -1
    for j in range(k + 1, min(k + 10, len(t))):
        if t.pos[j] in {"NOUN", "PROPN"}:
            last = j
        elif (
            t.pos[j] in {"DET", "ADJ", "NUM"}
            or t.dep[j] in {"compound", "amod", "case"}
            or t.orth[j] == "-"
        ):
            if last >= 0 and t.pos[j] == "DET":
                break
            continue
        else:
            break
    if last < 0:
        return []
    return [last] if _person_noun(t, last, sectors) else []


def _person_noun(t: DocTable, i: int, sectors: SectorTable) -> bool:
    """Whether token ``i`` is a common noun for a person ("expert", "minister")."""
    lemma = t.lemma[i].lower()
    if lemma in ORG_NOUNS or (t.pos[i] != "NOUN" and lemma not in ROLE_NOUNS):
        return False
    return lemma in ROLE_NOUNS or bool(sectors.match([lemma])[0])


def _affiliation_tokens(t: DocTable, pobj: int) -> list[int]:
    """The organisation named by a prepositional object, without "in <place>" and clauses."""
    drop: set[int] = set()
    for j in t.subtree(pobj):
        if j != pobj and (
            (t.lower[j] == "in" and t.dep[j] == "prep")
            or t.dep[j] in {"appos", "relcl", "acl", "punct"}
        ):
            drop.update(t.subtree(j))
    tokens = [j for j in t.subtree(pobj) if j not in drop]
    run: list[int] = []
    for j in tokens:
        if run and j != run[-1] + 1:
            break
        run.append(j)
    while run and t.pos[run[0]] == "DET":
        run.pop(0)
    return run


def _apply_apposition(
    t: DocTable, h: int, match_at: Sequence[Match | None], sectors: SectorTable, desc: Description
) -> None:
    """Read an apposition headed by ``h`` ("a professor of international studies at Ewha Womans
    University in Seoul"): role words, the affiliation after at/with/for, and the country from
    "in <place>", a nationality modifier, "of <state>" or any state further inside."""
    first = h
    for j in t.children(h):
        if j < h and t.dep[j] in {"compound", "amod", "nmod", "poss", "nummod", "det", "case"}:
            first = min(first, min(t.subtree(j)))
    last = h
    of_country = ""
    for j in t.children(h):
        if j > h and t.dep[j] == "prep" and t.lower[j] == "of":
            objs = [c for c in t.children(j) if t.dep[c] == "pobj"]
            if objs and _state_match(match_at[objs[0]]):
                m = match_at[objs[0]]
                of_country = m.code if m else ""
            elif objs:
                last = max(t.subtree(j))
            break
    had_role = bool(desc.role)
    _role_from(t, range(first, last + 1), match_at, sectors, desc, set_role=not had_role)
    nationality = desc.country
    desc.country = ""
    for j in t.children(h):
        if t.dep[j] == "prep" and t.lower[j] in _AFFILIATION_PREPS and j > last:
            objs = [c for c in t.children(j) if t.dep[c] == "pobj"]
            if objs and not desc.affiliation and not _state_match(match_at[objs[0]]):
                aff = _affiliation_tokens(t, objs[0])
                if aff and any(t.pos[a] == "PROPN" for a in aff):
                    desc.affiliation = t.span_text(aff[0], aff[-1] + 1)
                    desc.affiliation_words = tuple(t.lemma[a].lower() for a in aff)
                    inner = [match_at[a] for a in aff if match_at[a] is not None]
                    for m in inner:
                        if m and m.entry.source in {"institution", "organization"}:
                            desc.affiliation_sector = desc.affiliation_sector or m.entry.sector
    subtree = t.subtree(h)
    located = ""
    for j in subtree:
        if t.lower[j] == "in" and t.dep[j] == "prep":
            for c in t.children(j):
                if t.dep[c] == "pobj" and _state_match(match_at[c]):
                    m = match_at[c]
                    located = located or (m.code if m else "")
    role_span = set(range(first, last + 1))
    # "Trump's former campaign manager, Paul Manafort, of working with a Russian colleague":
    # a state inside a clause on the apposition says what he did, not where he is from
    clausal = {k for j in subtree if j != h and t.dep[j] in _CLAUSE_DEPS for k in t.subtree(j)}
    elsewhere = ""
    for j in subtree:
        m = match_at[j]
        if m is not None and j not in role_span and j not in clausal and m.entry.kind == "state":
            elsewhere = m.code
            break
    desc.country = located or nationality or of_country or elsewhere


_CLAUSE_DEPS = frozenset({"pcomp", "relcl", "acl", "advcl", "ccomp", "xcomp"})


def _adjacent_origin(t: DocTable, end: int, match_at: Sequence[Match | None]) -> str:
    """ "Li Hongzhong from China", "Ilham Aliyev of Azerbaijan" -> the state's code."""
    k = end + (1 if end < len(t) and t.dep[end] == "case" else 0)
    if k + 1 < len(t) and t.lower[k] in {"from", "of"} and _state_match(match_at[k + 1]):
        m = match_at[k + 1]
        return m.code if m else ""
    return ""


_ENVOYS = frozenset({"ambassador", "envoy", "emissary", "representative"})


def _hosted_envoy(
    t: DocTable, first: int, match_at: Sequence[Match | None], desc: Description
) -> None:
    """ "Russian Ambassador to the United States Sergei Kislyak" (the parser hangs the name
    on "to"): the host state in the title is not the envoy's; the sending state before
    "Ambassador" is, or none."""
    k = first - 1
    while k > 0 and t.pos[k] == "DET":
        k -= 1
    if k < 1 or t.lower[k] != "to" or t.lemma[k - 1].lower() not in _ENVOYS:
        return
    desc.country = ""
    lo = t.sent_starts[t.sent[first]]
    for j in range(k - 2, max(lo, k - 6) - 1, -1):
        m = match_at[j]
        if m is not None and _state_match(m):
            desc.country = m.code
            return


_RELATIONS = frozenset(
    {"ally", "counterpart", "rival", "opponent", "foe", "enemy", "adversary", "partner", "friend"}
)


def describe(
    t: DocTable, start: int, end: int, match_at: Sequence[Match | None], sectors: SectorTable
) -> Description:
    """Everything the sentence says about the person named by tokens [start, end)."""
    desc = Description()
    title = title_tokens(t, start, end)
    owner = max((k for k, i in enumerate(title) if t.dep[i] == "case"), default=-1)
    if owner >= 0 and not any(match_at[i] is not None for i in title[:owner]):
        # "President Donald Trump's former campaign manager Paul Manafort": the owner's
        # title is not his; his role is what follows the possessive
        title = title[owner + 1 :]
    if title:
        _role_from(t, title, match_at, sectors, desc, set_role=True)
        _hosted_envoy(t, title[0], match_at, desc)
    for h in _apposition_heads(t, start, end, sectors):
        country = desc.country
        _apply_apposition(t, h, match_at, sectors, desc)
        desc.country = country or desc.country
    if not desc.country:
        desc.country = _adjacent_origin(t, end, match_at)
    if not desc.country:  # "..., a think tank affiliated with South Korea's intelligence service"
        for i in range(start, end):
            for j in t.children(i):
                if t.dep[j] == "appos" and j >= end and t.lemma[j].lower() not in _RELATIONS:
                    # "Silvio Berlusconi, an important ally for President Bush in Iraq": an
                    # ally's or a rival's state is not the person's
                    states = [
                        m
                        for k in t.subtree(j)
                        if (m := match_at[k]) is not None and m.entry.kind == "state"
                    ]
                    if states:
                        desc.country = states[0].code
                        return desc
    return desc
