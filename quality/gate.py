"""Quality gate: score the event coder on a gold file and compare with the floors.

    python quality/gate.py ../shared/gold/plover-gsr-dev.jsonl [--floors quality/floors.toml]

The floors (quality/floors.toml) are measured figures minus a small margin. The
gate prints the report, then one line per figure; it exits 1 when any figure
falls below its floor, 2 when the gold file or the floors cannot be read, and 0
otherwise. It never changes the floors: raising one is a deliberate edit of
floors.toml, made after a measured improvement.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

from realpolitik.config import Settings
from realpolitik.errors import RealpolitikError
from realpolitik.evaluate import EvalReport, evaluate_file, format_report

FIGURES = {
    "type_precision": lambda r: r.type_level.precision,
    "type_recall": lambda r: r.type_level.recall,
    "type_f1": lambda r: r.type_level.f1,
    "triple_precision": lambda r: r.triple.precision,
    "triple_recall": lambda r: r.triple.recall,
    "triple_f1": lambda r: r.triple.f1,
}


def read_floors(path: Path) -> dict[str, float]:
    """The [events] table of the floors file: figure name -> lowest acceptable value."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    table = data.get("events", {})
    unknown = set(table) - set(FIGURES)
    if unknown:
        raise ValueError(f"{path}: unknown figure(s) {sorted(unknown)}; known: {sorted(FIGURES)}")
    return {name: float(value) for name, value in table.items()}


def check(report: EvalReport, floors: dict[str, float]) -> list[str]:
    """One message per figure below its floor (empty when the gate passes)."""
    drops = []
    for name, floor in sorted(floors.items()):
        value = FIGURES[name](report)
        if value < floor:
            drops.append(f"{name} fell to {value:.3f}, below its floor {floor:.3f}")
    return drops


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="gold JSONL file (id, text, events)")
    parser.add_argument("--floors", type=Path, default=Path(__file__).with_name("floors.toml"))
    args = parser.parse_args(argv)
    try:
        floors = read_floors(args.floors)
    except (OSError, ValueError, tomllib.TOMLDecodeError) as exc:
        print(f"gate: cannot read the floors: {exc}", file=sys.stderr)
        return 2
    try:
        report = evaluate_file(args.gold, Settings())
    except RealpolitikError as exc:
        print(f"gate: {exc}", file=sys.stderr)
        return 2
    print(format_report(report))
    print()
    for name, floor in sorted(floors.items()):
        print(f"{name:<17} {FIGURES[name](report):.3f}  (floor {floor:.3f})")
    drops = check(report, floors)
    if drops:
        print("\nQUALITY GATE FAILED:", file=sys.stderr)
        for line in drops:
            print(f"  {line}", file=sys.stderr)
        print(
            "Find the change that lowered the score; do not lower the floor to pass.",
            file=sys.stderr,
        )
        return 1
    print("\nquality gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
