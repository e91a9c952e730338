"""Sectors from titles and descriptions: "Defense Minister" -> MIL, "professor" -> EDU.

Phrases of ``sectors.csv`` are matched on lower-cased lemmas (or words), the longest first. A
"strong" phrase decides; a "weak" one ("analyst", "spokesman") only when nothing strong is found,
so that the affiliation can decide ("a spokesman for the party" -> PTY).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError
from .datafiles import read_table


@dataclass(frozen=True, slots=True)
class SectorTable:
    """Phrase (tuple of lower-case words) -> (sector, strong)."""

    phrases: dict[tuple[str, ...], tuple[str, bool]]
    longest: int

    def match(self, words: Sequence[str]) -> tuple[str, bool]:
        """The sector a sequence of words (lemmas or forms) gives, and whether it is strong.

        Strong beats weak, longer phrases beat shorter ones, and among equals the rightmost (the
        head of an English noun phrase) wins. ("", False) when no phrase matches.
        """
        low = [self._singular(w.lower()) for w in words]
        best: tuple[int, int, int, str] | None = None  # (strong, length, position, sector)
        for i in range(len(low)):
            for n in range(min(self.longest, len(low) - i), 0, -1):
                hit = self.phrases.get(tuple(low[i : i + n]))
                if hit:
                    cand = (int(hit[1]), n, i, hit[0])
                    if best is None or cand[:3] > best[:3]:
                        best = cand
                    break
        if best is None:
            return "", False
        return best[3], bool(best[0])

    def _singular(self, word: str) -> str:
        """ "Senators" -> "senator" when only the singular is listed (PROPN lemmas keep the s)."""
        if word.endswith("s") and (word,) not in self.phrases and (word[:-1],) in self.phrases:
            return word[:-1]
        return word

    def sector_of(self, words: Sequence[str]) -> str:
        return self.match(words)[0]


@functools.cache
def load_sectors(data_dir: Path, codes: frozenset[str]) -> SectorTable:
    """The sector phrase table of ``data_dir`` (once per process)."""
    phrases: dict[tuple[str, ...], tuple[str, bool]] = {}
    for row in read_table(data_dir, "sectors.csv"):
        if row["sector"] not in codes or row["strength"] not in {"strong", "weak"}:
            raise ConfigError(
                f"{data_dir / 'sectors.csv'}: bad row {row}; the sector must be in "
                "sector_codes.csv and strength strong or weak"
            )
        words = tuple(row["phrase"].lower().split())
        phrases[words] = (row["sector"], row["strength"] == "strong")
    return SectorTable(phrases=phrases, longest=max((len(p) for p in phrases), default=1))
