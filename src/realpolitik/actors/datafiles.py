"""Read the actor data files: CSV tables with ``#`` comment lines and a version header.

Every file under ``data/actors`` starts with comment lines (``# version: X.Y.Z`` first, then
what the table is and the choices it makes) followed by an ordinary CSV table with a header row.
Lists inside a cell are ``|``-separated.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from importlib import resources
from pathlib import Path

from ..errors import ConfigError

#: Columns each data file must have (others are allowed and ignored).
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "countries.csv": ("code", "name", "aliases", "demonyms", "former"),
    "capitals.csv": ("name", "code", "action"),
    "institutions.csv": ("alias", "code", "sector", "context", "unless"),
    "organizations.csv": ("code", "kind", "sector", "start", "end", "name", "aliases"),
    "sector_codes.csv": ("code", "description"),
    "sectors.csv": ("phrase", "sector", "strength"),
    "people.csv": ("name", "aliases", "code", "role", "sector", "start", "end"),
    "ethnic_groups.csv": ("names", "code"),
    "given_names.csv": ("name", "gender"),
}


def default_data_dir() -> Path:
    """The package's own ``data/actors`` folder."""
    return Path(str(resources.files("realpolitik") / "data" / "actors"))


def read_table(data_dir: Path, name: str) -> list[dict[str, str]]:
    """Rows of the CSV file ``name`` in ``data_dir`` as dicts of stripped strings."""
    path = data_dir / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"{path}: actor data file cannot be read ({exc.strerror}); "
            "reinstall realpolitik or pass a data_dir that holds all actor tables"
        ) from exc
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    reader = csv.DictReader(io.StringIO(body))
    missing = [c for c in REQUIRED_COLUMNS.get(name, ()) if c not in (reader.fieldnames or [])]
    if missing:
        raise ConfigError(
            f"{path}: missing column(s) {', '.join(missing)}; the header must name "
            f"{', '.join(REQUIRED_COLUMNS[name])}"
        )
    return [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]


def file_version(data_dir: Path, name: str) -> str:
    """The ``# version:`` of a data file, or "" when it has none."""
    with (data_dir / name).open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            if line.lower().startswith("# version:"):
                return line.split(":", 1)[1].strip()
    return ""


def data_version(data_dir: Path) -> str:
    """The version of the whole actor data set (``VERSION`` file)."""
    try:
        return (data_dir / "VERSION").read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def split_list(cell: str) -> list[str]:
    """A ``|``-separated cell as a list of non-empty stripped strings."""
    return [part.strip() for part in cell.split("|") if part.strip()]


def parse_date(value: str, *, where: str) -> dt.date | None:
    """An ISO date cell, or None when empty; a malformed date is a ConfigError naming the cell."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(
            f"{where}: {value!r} is not an ISO date (YYYY-MM-DD); fix the cell"
        ) from exc
