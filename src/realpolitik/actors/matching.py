"""Find every gazetteer alias in a parsed doc: states, demonyms, capitals, institutions, IGOs.

Matching walks the tokens once and grows a candidate by concatenating token texts (the gazetteer
keys have no spaces), so "North Korea's" matches "North Korea" and leaves "'s" outside, and
"U.S." or "Kim Jong-un" match however spaCy splits them. The longest match starting at a token
wins. NER labels are not needed (they miss demonyms and tag "the North" as LOC) but are used to
drop a state name inside a person's name ("Jordan Peterson", "Israel Katz").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .doctable import DocTable
from .gazetteer import Entry, Gazetteer
from .text import key


@dataclass(frozen=True, slots=True)
class Match:
    """An alias found in the doc: tokens [start, end) and the entry it stands for."""

    start: int
    end: int
    entry: Entry

    @property
    def code(self) -> str:
        return self.entry.code


def _pick(entries: list[Entry], on: dt.date | None) -> list[Entry]:
    dated = [e for e in entries if e.valid_on(on)] or [e for e in entries if e.valid_on(None)]
    if not dated:
        return []
    top = max(e.priority for e in dated)
    return [e for e in dated if e.priority == top]


def _direction_ok(t: DocTable, match_end: int) -> bool:
    """A bare "North"/"South" stands alone: not "North Carolina", "South China Sea"."""
    if match_end >= len(t):
        return True
    nxt = t.orth[match_end]
    return not (nxt.isalpha() and nxt[:1].isupper()) and nxt not in {"-", "–"}


# One token of a name and a participle of leading, backing or drafting: "U.S.-led",
# "Saudi-backed", "a U.S.-drafted resolution", "U.S.-based scientists".
_LED = re.compile(
    r"^([A-Z][A-Za-z.]*)-(?:led|backed|sponsored|brokered|controlled|allied|drafted|proposed|"
    r"funded|financed|trained|armed|based)$"
)


def _token_key(token_text: str) -> str:
    if token_text.isascii():
        return "" if token_text.isspace() else token_text
    return key(token_text)


def _same_words(surface: str, alias: str) -> bool:
    """Whether ``surface`` is split into no more words than ``alias``: keys drop spaces, so
    "Pakistan is" would otherwise read as the demonym "Pakistanis"."""
    return len(surface.split()) <= len(alias.split())


def _shouting(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper()


def _in_capitals_run(t: DocTable, start: int, end: int, entries: list[Entry]) -> bool:
    """A short upper-case alias ("IS", "US", "WHO") inside a run of upper-case words ("THIS IS
    WHY") is a word, not a name; after a capitalised dateline and before lower-case words
    ("BAGHDAD US warplanes") it is a name."""
    if not all(e.exact_case and len(e.alias) <= 4 for e in entries):
        return False
    before = t.orth[start - 1] if start > 0 else ""
    after = t.orth[end] if end < len(t) else ""
    if after and not _shouting(after) and after[:1].isalpha():
        return False  # the run ends at the alias
    return _shouting(before) or _shouting(after)


#: Words that may precede a state's name inside a place name that still is the state
#: ("Eastern Ukraine", "South Lebanon", "mainland China").
_PLACE_QUALIFIERS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "upper",
        "lower",
        "greater",
        "mainland",
        "occupied",
        "rural",
        "coastal",
        "the",
    }
)
#: First words of place names built on a state's name ("New Jersey", "New Mexico").
_NAME_PREFIXES = frozenset(
    {"new", "nueva", "nuevo", "nova", "port", "fort", "san", "santa", "saint", "st.", "little"}
)
_STATE_SOURCES = frozenset({"name", "former", "demonym", "capital", "ethnic"})
#: Waters named after a state ("the Sea of Japan", "the Gulf of Mexico").
_WATERS = frozenset({"sea", "gulf", "bay", "strait", "straits", "ocean"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: A state's posts abroad, named after it ("the Australian Embassy", "the U.S. Consulate") and
#: hosted by the state they stand in ("its embassy in Kabul" is not Afghan).
STATE_POSTS = frozenset({"embassy", "consulate", "legation", "high"})


def _part_of_longer_name(
    t: DocTable,
    start: int,
    end: int,
    entries: list[Entry],
    covered: list[bool],
    ent_of: dict[int, tuple[int, int]],
) -> bool:
    """A state's name or demonym that is only part of a longer proper name: "New Jersey",
    "New Mexico" (a name prefix, or a capitalised word before it in the same place entity),
    "the South China Sea", "the Indian Ocean", "Tamil Nadu" (a capitalised word after it in a
    place entity that is a sea, a region or a site), "the Sea of Japan" (after a water's
    name and "of")."""
    if not all(e.kind in {"state", "ethnic"} and e.source in _STATE_SOURCES for e in entries):
        return False
    if (
        start > 1
        and t.lower[start - 1] == "of"
        and t.lower[start - 2] in _WATERS
        and t.orth[start - 2][:1].isupper()
    ):
        return True  # "the Sea of Japan", "the Gulf of Oman": waters, not the state
    if start > 0 and not covered[start - 1]:
        prev = t.orth[start - 1]
        if prev[:1].isupper() and t.lower[start - 1] in _NAME_PREFIXES:
            return True
        span = ent_of.get(start)
        if (
            span is not None
            and span[0] < start
            and prev[:1].isupper()
            and prev.isalpha()
            and t.lower[start - 1] not in _PLACE_QUALIFIERS
        ):
            return True
    span = ent_of.get(end - 1)
    if (
        span is not None
        and end < span[1]
        and not covered[end]
        and t.orth[end][:1].isupper()
        and t.orth[end].isalpha()
    ):
        if t.lower[end] in STATE_POSTS:
            return False  # "the Australian Embassy" is Australia's, not a place's name
        return t.ent_type[end] in {"LOC", "FAC"} or any(
            e.source in {"demonym", "ethnic"} for e in entries
        )
    return False


def _nationality_before_name(
    span: tuple[int, int], start: int, end: int, entries: list[Entry]
) -> bool:
    """A demonym or a party word that begins a PERSON entity of two more words: "Briton
    Margaret Hassan", "Republican Roy Moore"."""
    return (
        span[0] == start
        and span[1] - end >= 2
        and all(e.source == "demonym" or e.sector == "PTY" for e in entries)
    )


_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def _people_not_person(t: DocTable, gaz: Gazetteer, span: tuple[int, int]) -> bool:
    """Whether a PERSON entity is a people, not a person: "Bosnian Serbs", "Iraqi Kurds"
    (a demonym and a plural ethnic-group word)."""
    last = t.orth[span[1] - 1]
    return last.endswith("s") and gaz.is_ethnic(last)


def find_matches(
    t: DocTable, gaz: Gazetteer, on: dt.date | None, known: frozenset[str] = frozenset()
) -> list[Match]:
    """All gazetteer matches in ``doc``, left to right, without overlaps.

    Context aliases ("the North" -> PRK only in an article that mentions Korea) are kept only
    when another match in the doc, or a ``known`` code (the states of people the article
    names, "President Bush" -> USA), has one of their context codes.
    """
    found: list[tuple[int, int, list[Entry]]] = []
    n = len(t)
    text, raw, idx = t.text, t.orth, t.idx
    texts = [_token_key(w) for w in t.lower]  # whitespace tokens get an empty key
    prefixes, entries = gaz.prefixes, gaz.entries
    lower_starts = gaz.lower_starts
    i = 0
    while i < n:
        first = raw[i][:1]
        if not (first.isupper() or texts[i] in lower_starts) or texts[i] not in prefixes:
            led = _LED.match(raw[i])
            cands = gaz.candidates(led.group(1)) if led else []
            if cands:  # "U.S.-led troops", one token: the leader's name is the match
                found.append((i, i + 1, cands))
            i += 1
            continue
        best: tuple[int, list[Entry]] | None = None
        surface = ""
        for j in range(i, n):
            if not texts[j]:
                break
            surface += texts[j]
            if surface not in prefixes:
                break
            if surface in entries:
                span_text = text[idx[i] : idx[j] + len(raw[j])]
                cands = [e for e in gaz.candidates(span_text) if _same_words(span_text, e.alias)]
                if cands:
                    best = (j + 1, cands)
        if best is None:
            i += 1
            continue
        found.append((i, best[0], best[1]))
        i = best[0]
    found = [f for f in found if not _in_capitals_run(t, f[0], f[1], f[2])]
    covered = [False] * (n + 1)
    for start, end, _ in found:
        for k in range(start, end):
            covered[k] = True
    ent_of: dict[int, tuple[int, int]] = {}
    for label in _PLACE_LABELS:
        for es, ee in t.ents(label):
            if ee - es > 1:
                for k in range(es, ee):
                    ent_of[k] = (es, ee)
    found = [f for f in found if not _part_of_longer_name(t, f[0], f[1], f[2], covered, ent_of)]
    person_of: dict[int, tuple[int, int]] = {}  # token -> the multi-token PERSON entity
    for ps, pe in t.ents("PERSON"):
        while pe - ps > 1 and t.orth[pe - 1] in _POSSESSIVES:
            pe -= 1  # "Sri Lanka's" read as a person's name is the name "Sri Lanka"
        if pe - ps > 1:
            for k in range(ps, pe):
                person_of[k] = (ps, pe)
    plain: list[Match] = []
    contextual: list[tuple[int, int, list[Entry]]] = []
    for start, end, cands in found:
        span = person_of.get(start)
        if (
            span is not None
            and end <= span[1]
            and span != (start, end)
            and not _people_not_person(t, gaz, span)
            and not _nationality_before_name(span, start, end, cands)
        ):
            continue
        picked = _pick(cands, on)
        if not picked:
            continue
        free = [e for e in picked if not e.context]
        if free:
            plain.append(Match(start, end, free[0]))
        else:
            contextual.append((start, end, picked))
    codes = {m.code for m in plain} | known
    for start, end, cands in contextual:
        for entry in cands:
            if entry.context & codes and (
                end - start > 1 or entry.sector == "PTY" or _direction_ok(t, end)
            ):
                plain.append(Match(start, end, entry))
                break
    blocked = [
        m
        for m in plain
        if m.entry.unless
        and m.entry.unless & {x.code for x in plain}
        and not any(x.code == m.code and x.entry.alias != m.entry.alias for x in plain)
    ]
    plain = [m for m in plain if m not in blocked]
    plain.sort(key=lambda m: m.start)
    return plain
