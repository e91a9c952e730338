"""Find the people an article names and group their mentions into persons.

Person mentions come from spaCy's PERSON entities (without honorifics and possessives), from
"Mr./Ms./Dr. + proper noun" and from proper nouns the dated people table knows ("Shoigu"), also
where the tagger read such a capitalised name as a common word ("Trump rebuked ..."). A
mention with two or more name parts is a full name; a one-part mention ("Kim", "Mr. Lee") is an
alias of the full name that contains that part, whichever end it sits at (family names come
first in "Kim Jong-un" and "Lee Byong-chul", last in "Sergei Shoigu"): the full name mentioned
in the same or previous sentence wins, then the most frequent, then the most recent.

Namesakes stay apart: a generational suffix ("Donald Trump Jr.", "George Bush III") or other
initials ("George W. Bush", "George H.W. Bush") make a different person, and so does a different
given name ("Kim Jong-un", "Kim Yo-jong"). A bare surname goes to the most salient holder: one
without a suffix (the "Trump" of an article about "Donald Trump Jr." is the father, and is the
person the dated table knows by that name when the article never names him in full), then one
the article gives a role, then the nearest, the most frequent, the most recent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from .datafiles import read_table
from .describe import ORG_NOUNS
from .doctable import DocTable
from .matching import Match
from .people import PeopleTable
from .text import FEMALE_HONORIFICS, HONORIFICS, MALE_HONORIFICS, name_key, name_parts

#: Generational and regnal suffixes (as ``text.name_parts`` drops them from the parts).
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(slots=True)
class PersonMention:
    """Tokens [start, end) naming a person (no honorific, no possessive)."""

    start: int
    end: int
    parts: tuple[str, ...]
    honorific: str = ""
    person: int = -1
    suffix: str = ""  # "jr", "sr", "ii", "iii", "iv"
    initials: str = ""  # "hw" for "George H.W. Bush"


@dataclass(slots=True)
class PersonGroup:
    """The mentions of one person in an article."""

    name: str
    parts: tuple[str, ...]
    mentions: list[PersonMention] = field(default_factory=list)
    gender: str = ""  # "m", "f" or "" (from honorifics, else the given name)
    suffix: str = ""
    initials: str = ""

    def add(self, mention: PersonMention, index: int) -> None:
        mention.person = index
        self.mentions.append(mention)
        self.initials = self.initials or mention.initials
        if mention.honorific in MALE_HONORIFICS:
            self.gender = self.gender or "m"
        elif mention.honorific in FEMALE_HONORIFICS:
            self.gender = self.gender or "f"


def _trim(
    t: DocTable, start: int, end: int, is_title: Callable[[str], bool]
) -> tuple[int, int, str]:
    """Drop honorifics, titles ("Lawyer Dan Wood"), determiners and possessives from a name."""
    honorific = ""
    while start < end and (
        t.lower[start] in HONORIFICS
        or t.pos[start] in {"DET", "PUNCT"}
        or (end - start > 1 and is_title(t.lower[start]))
    ):
        if t.lower[start] in HONORIFICS:
            honorific = t.lower[start]
        start += 1
    while end > start and (
        t.dep[end - 1] == "case"
        or t.orth[end - 1] in {"'s", "’s", "'", "’"}
        or (t.pos[end - 1] == "PUNCT" and t.orth[end - 1] != ".")
    ):
        end -= 1
    if not honorific and start > 0 and t.lower[start - 1] in HONORIFICS:
        honorific = t.lower[start - 1]
    return start, end, honorific


def _given_names_before(
    t: DocTable,
    s: int,
    e: int,
    match_at: Sequence[Match | None],
    covered: list[bool],
    is_title: Callable[[str], bool],
) -> int:
    """Where a person's name really starts when NER left a given name out of the PERSON
    entity ("Natalia" tagged as a place, "Veselnitskaya" as the person): capitalised proper
    nouns just before it that modify the name and are no known place, title or honorific."""
    while (
        s > 0
        and t.pos[s - 1] == "PROPN"
        and t.dep[s - 1] in {"compound", "flat"}
        and t.head[s - 1] in range(s, e)
        and match_at[s - 1] is None
        and not covered[s - 1]
        and t.orth[s - 1][:1].isupper()
        and _name_token(t.orth[s - 1])
        and not t.orth[s - 1].isupper()
        and t.lower[s - 1] not in HONORIFICS
        and not is_title(t.lower[s - 1])
    ):
        s -= 1
    return s


def _name_token(word: str) -> bool:
    """A word that can be part of a name: letters with inner dots, hyphens or apostrophes."""
    return (
        word in {"-", "‐"}
        or word.replace(".", "").replace("'", "").replace("’", "").replace("-", "").isalpha()
    )


def _organisation_words(t: DocTable) -> set[str]:
    """One-word names the doc's NER tags as an organisation and never uses inside a longer
    person's name: a one-token PERSON entity with such a word is the organisation, mislabelled
    ("Twitter suspended ..." in one sentence, "on Twitter" as ORG in another)."""
    orgs = {t.lower[s] for s, e in t.ents("ORG") if e - s == 1 and t.orth[s][:1].isupper()}
    if orgs:
        orgs -= {t.lower[k] for s, e in t.ents("PERSON") if e - s > 1 for k in range(s, e)}
    return orgs


def find_person_mentions(
    t: DocTable,
    match_at: Sequence[Match | None],
    people: PeopleTable,
    is_title: Callable[[str], bool],
) -> list[PersonMention]:
    """Every span naming a person, left to right, without overlaps. ``is_title`` tells a
    title word ("president", "lawyer") that NER left inside a PERSON entity."""
    spans: list[tuple[int, int, str]] = []
    covered = [False] * len(t)
    org_words = _organisation_words(t)
    for start, end in t.ents("PERSON"):
        if end - start == 1 and t.lower[start] in org_words:
            continue  # "Twitter" read as a person here and as an organisation elsewhere
        for k in range(start + 1, end):
            if t.dep[k] == "case" or t.orth[k] in {"(", ":", "@", "/"} or _spaced_dash(t, k):
                end = k  # "Trump’s White House" -> "Trump"; "Jason Miller - communications"
                break
        s, e, hon = _trim(t, start, end, is_title)
        while e - s > 2 and (m := match_at[s]) is not None and m.entry.source == "demonym":
            s = m.end  # "Kidnapped Briton Margaret Hassan": the nationality is no name
            start = s
        if s == start:
            s = _given_names_before(t, s, e, match_at, covered, is_title)
        if not all(_name_token(t.orth[i]) for i in range(s, e)) or all(
            t.orth[i].isupper() and len(t.orth[i]) > 2 for i in range(s, e)
        ):
            continue
        if s >= e or all(match_at[i] is not None for i in range(s, e)):
            continue
        if not any(t.orth[i][:1].isupper() for i in range(s, e)):
            continue
        spans.append((s, e, hon))
        for i in range(s, e):
            covered[i] = True
    for i in range(len(t) - 1):
        if (
            t.lower[i] in HONORIFICS
            and not covered[i + 1]
            and t.orth[i + 1][:1].isupper()
            and t.orth[i + 1].isalpha()
            and (t.pos[i + 1] == "PROPN" or match_at[i + 1])
        ):
            e = i + 1  # "Mr. Kim"; also "Ms. English", "Mr. Jordan": a name, not a state
            while (
                e < len(t)
                and (t.pos[e] == "PROPN" or e == i + 1)
                and not covered[e]
                and t.orth[e][:1].isupper()
            ):
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
    for s, e in _missed_names(t, match_at, people, is_title, covered):
        spans.append((s, e, ""))
        for i in range(s, e):
            covered[i] = True
    for i in range(len(t)):
        if (
            not covered[i]
            and (t.pos[i] == "PROPN" or _name_read_as_word(t, i))
            and match_at[i] is None
            and t.orth[i][:1].isupper()
            and t.ent_type[i] not in {"DATE", "CARDINAL"}
            and t.lower[i] in people.by_key
            and not (i > 0 and t.lower[i - 1] == "the" and not _noun_follows(t, i))
        ):
            spans.append((i, i + 1, ""))
    spans.sort()
    out = []
    for s, e, hon in spans:
        if (
            e < len(t)
            and _suffix(t.orth[e])
            and t.orth[e][:1].isupper()
            and (e + 1 == len(t) or not t.orth[e + 1][:1].isupper())
        ):
            e += 1  # "Donald Trump" + "Jr.": NER left the suffix out
        words = [t.orth[i] for i in range(s, e)]
        initials = "".join(w.replace(".", "").lower() for w in words[1:-1] if _initials(w))
        parts = tuple(p for p in name_parts(t.span_text(s, e)) if not _initials(p))
        suffix = next((_suffix(w) for w in reversed(words) if _suffix(w)), "")
        if parts:
            out.append(
                PersonMention(
                    start=s, end=e, parts=parts, honorific=hon, suffix=suffix, initials=initials
                )
            )
    return out


def _name_read_as_word(t: DocTable, i: int) -> bool:
    """A known name the tagger took for a common word ("trump"): inside a sentence, where
    its capital marks a name ("pledged to Trump that ..."), or opening it as the subject
    of a verb ("Trump rebuked Britain", "Straw told reporters") or as an owner ("Trump’s
    decision")."""
    if t.pos[i] not in ("NOUN", "VERB") or not t.orth[i][:1].isupper() or t.orth[i].isupper():
        return False
    if i != t.sent_starts[t.sent[i]]:
        return True
    if t.dep[i] == "poss":
        return i + 1 < len(t) and t.lower[i + 1] in ("'s", "\u2019s", "'", "\u2019")
    return t.dep[i] == "nsubj" and t.pos[t.head[i]] == "VERB"


def _noun_follows(t: DocTable, i: int) -> bool:
    """Whether a noun follows token ``i`` in its phrase: "the Bush administration" names
    Bush, "the Hague" (a city) names no one."""
    return i + 1 < len(t) and t.pos[i + 1] in ("NOUN", "PROPN") and t.head[i] == i + 1


def _missed_names(
    t: DocTable,
    match_at: Sequence[Match | None],
    people: PeopleTable,
    is_title: Callable[[str], bool],
    covered: list[bool],
) -> list[tuple[int, int]]:
    """Two-word names NER left out: a full name the dated table knows ("Trump rebuked
    Theresa May"), or two capitalised proper nouns after a title, a party or a
    nationality word ("fellow Democrat Al Franken")."""
    found: list[tuple[int, int]] = []
    taken = list(covered)
    for i in range(len(t) - 1):
        j = i + 1
        if taken[i] or taken[j] or not (t.orth[i][:1].isupper() and t.orth[j][:1].isupper()):
            continue
        known = t.pos[i] == "PROPN" and name_key(t.span_text(i, j + 1)) in people.by_key
        if not (known or (i > 0 and _titled_pair(t, match_at, is_title, i))):
            continue
        found.append((i, j + 1))
        taken[i] = taken[j] = True
    return found


def _titled_pair(
    t: DocTable, match_at: Sequence[Match | None], is_title: Callable[[str], bool], i: int
) -> bool:
    """Whether tokens i and i+1 are a name after a title, party or nationality word."""
    before = match_at[i - 1]
    titled = (
        is_title(t.lower[i - 1])
        or t.ent_type[i - 1] == "NORP"
        or (before is not None and before.entry.sector == "PTY")
    )
    j = i + 1
    return (
        titled
        and all(
            t.pos[k] == "PROPN"
            and match_at[k] is None
            and t.ent_type[k] in ("", "PERSON")
            and _name_token(t.orth[k])
            and not t.orth[k].isupper()
            for k in (i, j)
        )
        and (j + 1 == len(t) or t.pos[j + 1] != "PROPN")
    )


def _spaced_dash(t: DocTable, k: int) -> bool:
    """A hyphen standing alone between spaces: a dash, not part of a name ("Jong - un")."""
    return (
        t.orth[k] in {"-", "--"}
        and 0 < k < len(t) - 1
        and t.idx[k] > t.end(k - 1)
        and t.idx[k + 1] > t.end(k)
    )


def _suffix(word: str) -> str:
    """The generational suffix a word is ("Jr." -> "jr", "III" -> "iii"), else ""."""
    low = word.lower().rstrip(".,")
    return low if low in _SUFFIXES else ""


def _initials(word: str) -> bool:
    """Initials standing for given names: "W.", "H.W.", "h.w" (name parts keep the last)."""
    bare = word.replace(".", "")
    return 1 <= len(bare) <= 3 and bare.isalpha() and (len(bare) == 1 or "." in word)


def _role_noun(t: DocTable, j: int, is_title: Callable[[str], bool]) -> bool:
    """A singular common noun for a person's role ("ambassador", "envoy"), not an organisation."""
    lemma = t.lemma[j].lower()
    return t.pos[j] == "NOUN" and lemma == t.lower[j] and lemma not in ORG_NOUNS and is_title(lemma)


def _role_apposed_names(
    t: DocTable,
    match_at: Sequence[Match | None],
    covered: list[bool],
    is_title: Callable[[str], bool],
) -> list[tuple[int, int]]:
    """Proper names that NER missed or mislabelled but an apposition shows to be a person:
    "Vassily Nebenzia, Russia's ambassador," and "Russia's ambassador, Vassily Nebenzia,".
    A name the gazetteer knows (a state, an organisation) is never taken."""
    out = []
    for h in range(len(t)):
        if (
            covered[h]
            or t.pos[h] != "PROPN"
            or t.dep[h] in {"compound", "flat"}
            or match_at[h] is not None
            or not t.orth[h][:1].isupper()
            or t.ent_type[h] in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}
        ):
            continue
        role = any(
            t.dep[j] == "appos" and j > h and _role_noun(t, j, is_title) for j in t.children(h)
        ) or (t.dep[h] == "appos" and t.head[h] < h and _role_noun(t, t.head[h], is_title))
        if not role:
            continue
        s = h
        while (
            s > 0
            and t.pos[s - 1] == "PROPN"
            and t.dep[s - 1] in {"compound", "flat"}
            and t.head[s - 1] in range(s, h + 1)
            and not covered[s - 1]
            and match_at[s - 1] is None
            and t.orth[s - 1][:1].isupper()
        ):
            s -= 1
        if all(_name_token(t.orth[i]) for i in range(s, h + 1)) and not all(
            t.orth[i].isupper() for i in range(s, h + 1)
        ):
            out.append((s, h + 1))
    return out


def _flat(parts: tuple[str, ...]) -> str:
    return "".join(parts).replace("-", "")


def _same_person(g: PersonGroup, m: PersonMention) -> bool:
    """Two full names of one person: "Kim Jong-un" ~ "Kim Jong Un", "Vladimir Putin" ~
    "Vladimir V. Putin" (initials are not parts), "Xi Jinping" ~ "President Xi Jinping". A
    different suffix ("Donald Trump Jr.") or different initials ("George W. Bush", "George
    H.W. Bush") make another person."""
    if g.suffix != m.suffix or (g.initials and m.initials and g.initials != m.initials):
        return False
    a, b = g.parts, m.parts
    if _flat(a) == _flat(b):
        return True
    return min(len(a), len(b)) >= 2 and (set(a) <= set(b) or set(b) <= set(a))


def group_mentions(
    t: DocTable,
    mentions: list[PersonMention],
    salient: Callable[[PersonGroup], bool] | None = None,
    known_alone: Callable[[str], bool] | None = None,
) -> list[PersonGroup]:
    """Group mentions into persons (full names first, then one-part aliases). Groups are
    indexed by name part, so the cost grows with the mentions, not mentions x persons.

    ``salient`` tells a person the article gives a role ("President Donald Trump"), which a
    bare surname prefers over a namesake without one; ``known_alone`` tells a surname that
    the dated table knows as one person's ("Trump"), which a bare mention is rather than a
    suffixed namesake ("Donald Trump Jr.")."""
    rank: dict[int, bool] = {}

    def has_role(gi: int) -> bool:
        if gi not in rank:
            rank[gi] = salient is not None and salient(groups[gi])
        return rank[gi]

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
            if _same_person(g, m):
                g.add(m, gi)
                if len(m.parts) > len(g.parts):
                    g.parts = m.parts
                    index(gi)
                break
        else:
            groups.append(
                PersonGroup(name=t.span_text(m.start, m.end), parts=m.parts, suffix=m.suffix)
            )
            groups[-1].add(m, len(groups) - 1)
            index(len(groups) - 1)
    singles: dict[tuple[str, str], int] = {}
    # suffixed aliases first ("King Abdullah II"), so that a bare one can find them
    for m in sorted(mentions, key=lambda x: not x.suffix):
        if len(m.parts) >= 2:
            continue
        part = m.parts[0]
        alone = known_alone is not None and known_alone(part)
        sent = t.sent[m.start]
        holders = [
            gi
            for gi in sorted(by_part.get(part, ()))
            if part in groups[gi].parts and len(groups[gi].parts) >= 2
        ]
        same = [gi for gi in holders if groups[gi].suffix == m.suffix]
        if not same and not m.suffix and not alone:
            same = holders  # "King" after "Martin Luther King Jr.": the only King named
        best: tuple[int, int, int, int, int] | None = None
        for gi in same:
            g = groups[gi]
            if g.gender and m.honorific and _gender(m.honorific) not in {"", g.gender}:
                continue
            near = any(0 <= sent - t.sent[x.start] <= 1 and x.start < m.start for x in g.mentions)
            before = [x.start for x in g.mentions if x.start < m.start]
            role = has_role(gi) if len(same) > 1 else False
            cand = (int(role), int(near), len(g.mentions), max(before, default=-1), gi)
            if best is None or cand > best:
                best = cand
        key = (part, m.suffix)
        if key not in singles and not m.suffix and not alone:
            # "Abdullah" after "King Abdullah II"
            key = next((k for k in singles if k[0] == part), key)
        if best is not None:
            groups[best[4]].add(m, best[4])
        elif key in singles:
            groups[singles[key]].add(m, singles[key])
        else:
            singles[key] = len(groups)
            groups.append(
                PersonGroup(name=t.span_text(m.start, m.end), parts=m.parts, suffix=m.suffix)
            )
            groups[-1].add(m, len(groups) - 1)
    for g in groups:
        g.mentions.sort(key=lambda x: x.start)
        full = [x for x in g.mentions if len(x.parts) == len(g.parts)]
        if full:
            longest = max(full, key=lambda x: x.end - x.start)
            g.name = t.span_text(longest.start, longest.end)
    return groups


def load_given_names(data_dir: Path) -> dict[str, str]:
    """Read ``given_names.csv``: a lower-case given name -> "m" or "f"."""
    genders: dict[str, str] = {}
    for line, row in enumerate(read_table(data_dir, "given_names.csv"), start=2):
        name, gender = row["name"].lower(), row["gender"]
        if not name or gender not in ("m", "f"):
            raise ConfigError(
                f"{data_dir / 'given_names.csv'}: data row {line}: a name and a gender of "
                f"'m' or 'f' are required, not {row['name']!r}, {gender!r}"
            )
        genders[name] = gender
    return genders


def assign_genders(groups: list[PersonGroup], given_names: Mapping[str, str]) -> None:
    """Give each person of no stated gender that of the first part of the full name
    ("Theresa May" -> "f"), so that "she" is not read as a man named before. An honorific
    ("Mr.", "Ms.") has already set the gender and wins."""
    for group in groups:
        if not group.gender and len(group.parts) >= 2:
            group.gender = given_names.get(group.parts[0], "")


def _gender(honorific: str) -> str:
    if honorific in MALE_HONORIFICS:
        return "m"
    if honorific in FEMALE_HONORIFICS:
        return "f"
    return ""
