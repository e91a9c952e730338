"""Find the people an article names and group their mentions into persons.

Person mentions come from spaCy's PERSON entities (without honorifics and possessives), from
"Mr./Ms./Dr. + proper noun" and from proper nouns the dated people table knows ("Shoigu"). A
mention with two or more name parts is a full name; a one-part mention ("Kim", "Mr. Lee") is an
alias of the full name that contains that part, whichever end it sits at (family names come
first in "Kim Jong-un" and "Lee Byong-chul", last in "Sergei Shoigu"): the full name mentioned
in the same or previous sentence wins, then the most frequent, then the most recent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .describe import ORG_NOUNS
from .doctable import DocTable
from .matching import Match
from .people import PeopleTable
from .text import FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, name_parts


@dataclass(slots=True)
class PersonMention:
    """Tokens [start, end) naming a person (no honorific, no possessive)."""

    start: int
    end: int
    parts: tuple[str, ...]
    honorific: str = ""
    person: int = -1


@dataclass(slots=True)
class PersonGroup:
    """The mentions of one person in an article."""

    name: str
    parts: tuple[str, ...]
    mentions: list[PersonMention] = field(default_factory=list)
    gender: str = ""  # "m", "f" or "" (from honorifics)

    def add(self, mention: PersonMention, index: int) -> None:
        mention.person = index
        self.mentions.append(mention)
        if mention.honorific in MALE_HONORIFICS:
            self.gender = self.gender or "m"
        elif mention.honorific in FEMALE_HONORIFICS:
            self.gender = self.gender or "f"


def _trim(t: DocTable, start: int, end: int,
          is_title: Callable[[str], bool]) -> tuple[int, int, str]:
    """Drop honorifics, titles ("Lawyer Dan Wood"), determiners and possessives from a name."""
    honorific = ""
    while start < end and (t.lower[start] in HONORIFICS or t.pos[start] in {"DET", "PUNCT"}
                           or (end - start > 1 and is_title(t.lower[start]))):
        if t.lower[start] in HONORIFICS:
            honorific = t.lower[start]
        start += 1
    while end > start and (t.dep[end - 1] == "case" or t.orth[end - 1] in {"'s", "’s", "'", "’"}
                           or (t.pos[end - 1] == "PUNCT" and t.orth[end - 1] != ".")):
        end -= 1
    if not honorific and start > 0 and t.lower[start - 1] in HONORIFICS:
        honorific = t.lower[start - 1]
    return start, end, honorific


def _given_names_before(t: DocTable, s: int, e: int, match_at: Sequence[Match | None],
                        covered: list[bool], is_title: Callable[[str], bool]) -> int:
    """Where a person's name really starts when NER left a given name out of the PERSON
    entity ("Natalia" tagged as a place, "Veselnitskaya" as the person): capitalised proper
    nouns just before it that modify the name and are no known place, title or honorific."""
    while s > 0 and t.pos[s - 1] == "PROPN" and t.dep[s - 1] in {"compound", "flat"} \
            and t.head[s - 1] in range(s, e) and match_at[s - 1] is None and not covered[s - 1] \
            and t.orth[s - 1][:1].isupper() and _name_token(t.orth[s - 1]) \
            and not t.orth[s - 1].isupper() and t.lower[s - 1] not in HONORIFICS \
            and not is_title(t.lower[s - 1]):
        s -= 1
    return s


def _name_token(word: str) -> bool:
    """A word that can be part of a name: letters with inner dots, hyphens or apostrophes."""
    return word in {"-", "‐"} or word.replace(".", "").replace("'", "").replace("’", "") \
        .replace("-", "").isalpha()


def _organisation_words(t: DocTable) -> set[str]:
    """One-word names the doc's NER tags as an organisation and never uses inside a longer
    person's name: a one-token PERSON entity with such a word is the organisation, mislabelled
    ("Twitter suspended ..." in one sentence, "on Twitter" as ORG in another)."""
    orgs = {t.lower[s] for s, e in t.ents("ORG") if e - s == 1 and t.orth[s][:1].isupper()}
    if orgs:
        orgs -= {t.lower[k] for s, e in t.ents("PERSON") if e - s > 1 for k in range(s, e)}
    return orgs


def find_person_mentions(t: DocTable, match_at: Sequence[Match | None], people: PeopleTable,
                         is_title: Callable[[str], bool]) -> list[PersonMention]:
    """Every span naming a person, left to right, without overlaps. ``is_title`` tells a
    title word ("president", "lawyer") that NER left inside a PERSON entity."""
    spans: list[tuple[int, int, str]] = []
    covered = [False] * len(t)
    org_words = _organisation_words(t)
    for start, end in t.ents("PERSON"):
        if end - start == 1 and t.lower[start] in org_words:
            continue  # "Twitter" read as a person here and as an organisation elsewhere
        for k in range(start + 1, end):
            if t.dep[k] == "case" or t.orth[k] in {"(", ":", "@", "/"}:
                end = k  # "Trump’s White House" -> "Trump"
                break
        s, e, hon = _trim(t, start, end, is_title)
        if s == start:
            s = _given_names_before(t, s, e, match_at, covered, is_title)
        if not all(_name_token(t.orth[i]) for i in range(s, e)) \
                or all(t.orth[i].isupper() and len(t.orth[i]) > 2 for i in range(s, e)):
            continue
        if s >= e or all(match_at[i] is not None for i in range(s, e)):
            continue
        if not any(t.orth[i][:1].isupper() for i in range(s, e)):
            continue
        spans.append((s, e, hon))
        for i in range(s, e):
            covered[i] = True
    for i in range(len(t) - 1):
        if t.lower[i] in HONORIFICS and not covered[i + 1] and t.orth[i + 1][:1].isupper() \
                and t.orth[i + 1].isalpha() and (t.pos[i + 1] == "PROPN" or match_at[i + 1]):
            e = i + 1  # "Mr. Kim"; also "Ms. English", "Mr. Jordan": a name, not a state
            while e < len(t) and (t.pos[e] == "PROPN" or e == i + 1) and not covered[e] \
                    and t.orth[e][:1].isupper():
                e += 1
            spans.append((i + 1, e, t.lower[i]))
            for j in range(i + 1, e):
                covered[j] = True
    for s, e in _role_apposed_names(t, match_at, covered, is_title):
        before = next((k for k, span in enumerate(spans) if span[1] == s), None)
        if before is not None:
            # the rest of a name NER cut short: "Ursula von der" (PERSON) + "Leyen" (GPE)
            start, _, hon = spans[before]
            spans[before] = (start, e, hon)
        else:
            spans.append((s, e, ""))
        for i in range(s, e):
            covered[i] = True
    for i in range(len(t)):
        if not covered[i] and t.pos[i] == "PROPN" and match_at[i] is None \
                and t.orth[i][:1].isupper() and t.ent_type[i] not in {"DATE", "CARDINAL"} \
                and t.lower[i] in people.by_key:
            spans.append((i, i + 1, ""))
    spans.sort()
    out = []
    for s, e, hon in spans:
        parts = tuple(name_parts(t.span_text(s, e)))
        if parts:
            out.append(PersonMention(start=s, end=e, parts=parts, honorific=hon))
    return out


def _role_noun(t: DocTable, j: int, is_title: Callable[[str], bool]) -> bool:
    """A singular common noun for a person's role ("ambassador", "envoy"), not an organisation."""
    lemma = t.lemma[j].lower()
    return t.pos[j] == "NOUN" and lemma == t.lower[j] and lemma not in ORG_NOUNS \
        and is_title(lemma)


def _role_apposed_names(t: DocTable, match_at: Sequence[Match | None], covered: list[bool],
                        is_title: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Proper names that NER missed or mislabelled but an apposition shows to be a person:
    "Vassily Nebenzia, Russia's ambassador," and "Russia's ambassador, Vassily Nebenzia,".
    A name the gazetteer knows (a state, an organisation) is never taken."""
    out = []
    for h in range(len(t)):
        if covered[h] or t.pos[h] != "PROPN" or t.dep[h] in {"compound", "flat"} \
                or match_at[h] is not None or not t.orth[h][:1].isupper() \
                or t.ent_type[h] in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}:
            continue
        role = any(t.dep[j] == "appos" and j > h and _role_noun(t, j, is_title)
                   for j in t.children(h)) \
            or (t.dep[h] == "appos" and t.head[h] < h and _role_noun(t, t.head[h], is_title))
        if not role:
            continue
        s = h
        while s > 0 and t.pos[s - 1] == "PROPN" and t.dep[s - 1] in {"compound", "flat"} \
                and t.head[s - 1] in range(s, h + 1) and not covered[s - 1] \
                and match_at[s - 1] is None and t.orth[s - 1][:1].isupper():
            s -= 1
        if all(_name_token(t.orth[i]) for i in range(s, h + 1)) \
                and not all(t.orth[i].isupper() for i in range(s, h + 1)):
            out.append((s, h + 1))
    return out


def _flat(parts: tuple[str, ...]) -> str:
    return "".join(parts).replace("-", "")


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of one person: "Kim Jong-un" ~ "Kim Jong Un", "Vladimir Putin" ~
    "Vladimir V. Putin" (initials are not parts), "Xi Jinping" ~ "President Xi Jinping"."""
    if _flat(a) == _flat(b):
        return True
    return min(len(a), len(b)) >= 2 and (set(a) <= set(b) or set(b) <= set(a))


def group_mentions(t: DocTable, mentions: list[PersonMention]) -> list[PersonGroup]:
    """Group mentions into persons (full names first, then one-part aliases). Groups are
    indexed by name part, so the cost grows with the mentions, not mentions x persons."""
    groups: list[PersonGroup] = []
    by_part: dict[str, set[int]] = {}
    by_flat: dict[str, int] = {}

    def index(gi: int) -> None:
        g = groups[gi]
        by_flat.setdefault(_flat(g.parts), gi)
        for part in g.parts:
            by_part.setdefault(part, set()).add(gi)

    for m in mentions:
        if len(m.parts) < 2:
            continue
        cands = {gi for part in m.parts for gi in by_part.get(part, ())}
        flat = by_flat.get(_flat(m.parts))
        if flat is not None:
            cands.add(flat)
        for gi in sorted(cands):
            g = groups[gi]
            if _same_person(g.parts, m.parts):
                g.add(m, gi)
                if len(m.parts) > len(g.parts):
                    g.parts = m.parts
                    index(gi)
                break
        else:
            groups.append(PersonGroup(name=t.span_text(m.start, m.end), parts=m.parts))
            groups[-1].add(m, len(groups) - 1)
            index(len(groups) - 1)
    singles: dict[str, int] = {}
    for m in mentions:
        if len(m.parts) >= 2:
            continue
        part = m.parts[0]
        sent = t.sent[m.start]
        best: tuple[int, int, int, int] | None = None
        for gi in sorted(by_part.get(part, ())):
            g = groups[gi]
            if part not in g.parts or len(g.parts) < 2:
                continue
            if g.gender and m.honorific and _gender(m.honorific) not in {"", g.gender}:
                continue
            near = any(0 <= sent - t.sent[x.start] <= 1 and x.start < m.start for x in g.mentions)
            before = [x.start for x in g.mentions if x.start < m.start]
            cand = (int(near), len(g.mentions), max(before, default=-1), gi)
            if best is None or cand > best:
                best = cand
        if best is not None:
            groups[best[3]].add(m, best[3])
        elif part in singles:
            groups[singles[part]].add(m, singles[part])
        else:
            singles[part] = len(groups)
            groups.append(PersonGroup(name=t.span_text(m.start, m.end), parts=m.parts))
            groups[-1].add(m, len(groups) - 1)
    for g in groups:
        g.mentions.sort(key=lambda x: x.start)
        full = [x for x in g.mentions if len(x.parts) == len(g.parts)]
        if full:
            longest = max(full, key=lambda x: x.end - x.start)
            g.name = t.span_text(longest.start, longest.end)
    return groups


def _gender(honorific: str) -> str:
    if honorific in MALE_HONORIFICS:
        return "m"
    if honorific in FEMALE_HONORIFICS:
        return "f"
    return ""
