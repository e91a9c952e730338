"""The dated people table: who held which role for which state, and when.

A name ("Sergei Shoigu", "Shoigu", "Vladimir V. Putin") resolves to the role its holder had on a
given date: Sergei Shoigu is Russia's Defense Minister on 2020-01-01 and Secretary of the
Security Council on 2024-06-01.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError
from .datafiles import parse_date, read_table, split_list
from .text import name_key


@dataclass(frozen=True, slots=True)
class RoleSpell:
    """One person holding one role for one state from ``start`` to ``end`` (inclusive)."""

    name: str
    aliases: tuple[str, ...]
    code: str
    role: str
    sector: str
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class PeopleTable:
    """Role spells indexed by name key (full names and listed aliases)."""

    spells: tuple[RoleSpell, ...]
    by_key: dict[str, tuple[RoleSpell, ...]]

    def lookup(self, name: str, on: dt.date | None = None) -> RoleSpell | None:
        """The spell of the person called ``name`` on date ``on``.

        Without a date, the most recent spell. With a date outside all of the person's spells, the
        nearest earlier spell (a former office-holder keeps the country of their last role), or
        else the earliest. When an alias names several people, the one in office on the date wins;
        when that is still ambiguous but all of them served one state ("Bush" with no date), a
        spell of that state with no name or role, so that the country is known but nobody is
        named; else None.
        """
        spells = self.by_key.get(name_key(name))
        if not spells:
            return None
        people = {s.name for s in spells}
        if on is None:
            if len(people) > 1:
                current = [s for s in spells if s.end is None]
                if len({s.name for s in current}) != 1:
                    return _common_state(spells)
                return current[-1]
            return max(spells, key=lambda s: s.start or dt.date.min)
        holding = [s for s in spells if s.holds_on(on)]
        if holding:
            if len({s.name for s in holding}) > 1:
                return _common_state(holding)
            return max(holding, key=lambda s: s.start or dt.date.min)
        if len(people) > 1:
            return _common_state(spells)
        before = [s for s in spells if s.end is not None and s.end < on]
        if before:
            return max(before, key=lambda s: s.end or dt.date.min)
        return min(spells, key=lambda s: s.start or dt.date.max)


def _common_state(spells: tuple[RoleSpell, ...] | list[RoleSpell]) -> RoleSpell | None:
    """A nameless, roleless spell of the one state that all ``spells`` are of, else None."""
    codes = {s.code for s in spells}
    if len(codes) != 1:
        return None
    sectors = {s.sector for s in spells}
    return RoleSpell(
        name="",
        aliases=(),
        code=codes.pop(),
        role="",
        sector=sectors.pop() if len(sectors) == 1 else "",
        start=None,
        end=None,
    )


def load_people_rows(
    data_dir: Path, *, valid_codes: set[str], sectors: frozenset[str]
) -> tuple[RoleSpell, ...]:
    """Read and check ``people.csv``: known codes and sectors, parseable dates, start <= end."""
    path = data_dir / "people.csv"
    spells = []
    for i, row in enumerate(read_table(data_dir, "people.csv"), start=2):
        where = f"{path} row {i} ({row['name']})"
        start, end = parse_date(row["start"], where=where), parse_date(row["end"], where=where)
        if start and end and start > end:
            raise ConfigError(f"{where}: start {start} is after end {end}; fix the dates")
        if row["code"] not in valid_codes:
            raise ConfigError(f"{where}: unknown code {row['code']!r}; use an ISO alpha-3 code")
        if row["sector"] and row["sector"] not in sectors:
            raise ConfigError(f"{where}: unknown sector {row['sector']!r}; see sector_codes.csv")
        spells.append(
            RoleSpell(
                name=row["name"],
                aliases=tuple(split_list(row["aliases"])),
                code=row["code"],
                role=row["role"],
                sector=row["sector"],
                start=start,
                end=end,
            )
        )
    return tuple(spells)


@functools.cache
def load_people(
    data_dir: Path, valid_codes: frozenset[str], sectors: frozenset[str]
) -> PeopleTable:
    """The people table of ``data_dir``, indexed (once per process)."""
    spells = load_people_rows(data_dir, valid_codes=set(valid_codes), sectors=sectors)
    index: dict[str, list[RoleSpell]] = defaultdict(list)
    for spell in spells:
        for form in {spell.name, *spell.aliases}:
            index[name_key(form)].append(spell)
    return PeopleTable(spells=spells, by_key={k: tuple(v) for k, v in index.items()})
