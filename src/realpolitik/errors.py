"""Errors a person can act on: each message says what happened, where, and how to fix it."""

from __future__ import annotations


class RealpolitikError(Exception):
    """Base class for realpolitik errors."""


class UnreadableInput(RealpolitikError):
    """The input could not be read as an article (empty, binary, wrong encoding, malformed)."""


class SkippedInput(RealpolitikError):
    """The input was read but deliberately not coded (for example: not English)."""


class FetchError(UnreadableInput):
    """A URL or feed could not be fetched."""


class ConfigError(RealpolitikError):
    """A setting or option has a value that cannot be used."""


class ModelNotAvailable(RealpolitikError):
    """The spaCy model named in the settings is not installed."""


class StoreError(RealpolitikError):
    """The store could not be opened, migrated or written."""
