"""The word lists the quote coder reads: speech verbs, speech nouns, kinds of speaker nouns,
words that mark a newspaper's name.

All live in ``realpolitik/data/quotes/`` as tab-separated text (one entry a
line, ``#`` comments) and load once, on first use.
"""

from __future__ import annotations

import functools
from importlib import resources

from ..errors import ConfigError

__all__ = [
    "direct_cues",
    "document_cues",
    "indirect_cues",
    "media_word",
    "noun_cues",
    "source_kind",
]


@functools.cache
def _table(name: str) -> dict[str, str]:
    """``lemma -> value`` from ``data/quotes/<name>``."""
    path = resources.files("realpolitik") / "data" / "quotes" / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(
            f"{name}: the quote coder's word list could not be read ({exc}); "
            "reinstall realpolitik so that its data files are present"
        ) from exc
    table: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2:
            raise ConfigError(f"{name} line {number}: expected 'lemma<TAB>value', got {line!r}")
        table[parts[0].strip().lower()] = parts[1].strip()
    return table


@functools.cache
def direct_cues() -> frozenset[str]:
    """Lemmas of verbs that attribute words in quotation marks ("said", "asked")."""
    return frozenset(k for k, v in _table("cue_verbs.tsv").items() if v != "document")


@functools.cache
def document_cues() -> frozenset[str]:
    """Lemmas of verbs that report a document's words only when a document is their subject
    ("the report found that ...", "the filing reads: ..."; not "police found a body")."""
    return frozenset(k for k, v in _table("cue_verbs.tsv").items() if v == "document")


@functools.cache
def indirect_cues() -> frozenset[str]:
    """Lemmas of verbs that introduce reported speech with a content clause."""
    return frozenset(k for k, v in _table("cue_verbs.tsv").items() if v == "both")


@functools.cache
def noun_cues() -> frozenset[str]:
    """Lemmas of nouns that report speech with a "that" clause ("claim", "warning")."""
    return frozenset(_table("cue_nouns.tsv"))


def source_kind(*forms: str) -> str:
    """ "organisation", "document" or "not_source" for a speaker's head noun, else "".

    Pass the word and its lemma ("media", "medium"): the first listed wins.
    """
    table = _table("source_nouns.tsv")
    for form in forms:
        kind = table.get(form.lower())
        if kind:
            return kind
    return ""


def media_word(word: str, where: str) -> bool:
    """True when ``word`` marks a news organisation's name ``where`` it stands: "name" for a
    word inside the proper name ("Times", "Herald"), "noun" for a common noun next to it
    ("newspaper", "daily")."""
    value = _table("media_words.tsv").get(word.lower(), "")
    return value in {where, "both"}
