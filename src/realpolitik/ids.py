"""Deterministic ids from content hashes, so that a rerun updates instead of duplicating."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Text folded for hashing: NFKC, lower case, runs of white space as one space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()


def article_id(text: str) -> str:
    """The id of an article: 16 hex digits of the SHA-256 of its normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def record_id(*parts: object) -> str:
    """A stable id for an extracted record from the values that define it."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]
