"""Normalising surface forms: lookup keys, possessives, honorifics and the parts of names."""

from __future__ import annotations

import re

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-", "‐": "-"})
_WS = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|'|’s|’)$")

#: Honorifics and courtesy titles that precede a name and are not part of it.
HONORIFICS = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "sir",
        "dame",
        "madam",
        "madame",
        "mme",
        "mme.",
        "m.",
        "herr",
        "frau",
        "rev",
        "rev.",
        "sen.",
        "rep.",
        "gov.",
        "gen.",
        "lt.",
        "col.",
        "maj.",
        "capt.",
        "adm.",
        "sgt.",
        "pres.",
    }
)
MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "herr", "m."})
FEMALE_HONORIFICS = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "madam", "madame", "mme", "mme.", "frau"}
)


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def key(text: str) -> str:
    """The lookup key of a surface form: lower case, unified apostrophes and dashes, no spaces."""
    return "".join(text.translate(_APOSTROPHES).lower().split())


def case_key(text: str) -> str:
    """Like :func:`key` but keeping case (for upper-case-only aliases such as "US", "WHO")."""
    return "".join(text.translate(_APOSTROPHES).split())


def strip_possessive(text: str) -> str:
    """ "North Korea's" -> "North Korea"; "Vladimir V. Putin’s" -> "Vladimir V. Putin"."""
    return _POSSESSIVE.sub("", text.rstrip())


def strip_article(text: str) -> str:
    """Drop a leading "the " ("the Kremlin" -> "Kremlin")."""
    return text[4:] if text[:4].lower() == "the " else text


def is_initial(part: str) -> bool:
    """A middle initial such as "V." or "J"."""
    bare = part.rstrip(".")
    return len(bare) == 1 and bare.isalpha()


def name_parts(name: str) -> list[str]:
    """The words of a person's name without honorifics, initials and suffixes, lower-cased.

    "Mr. Vladimir V. Putin" -> ["vladimir", "putin"]; "Kim Jong-un" -> ["kim", "jong-un"].
    """
    words = _WS.split(strip_possessive(name.translate(_APOSTROPHES)).strip())
    parts = []
    for word in words:
        low = word.lower()
        if not low or low in HONORIFICS or is_initial(word) or low.rstrip(".") in _SUFFIXES:
            continue
        parts.append(low.strip(",."))
    return [p for p in parts if p]


def name_key(name: str) -> str:
    """A key for comparing full names: the parts of the name joined by spaces."""
    return " ".join(name_parts(name))
