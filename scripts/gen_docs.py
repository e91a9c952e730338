"""Generate the reference docs from the code: docs/cli.md and docs/settings.md.

Run `python scripts/gen_docs.py` after changing a command or a setting;
tests/test_docs.py fails when the committed files are out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parents[1]


def cli_reference() -> str:
    from realpolitik.cli import cli

    parts = [
        "# Command-line reference\n",
        "Generated from `realpolitik --help` by `scripts/gen_docs.py`; do not edit by hand.\n",
    ]
    ctx = click.Context(
        cli,
        info_name="realpolitik",
        terminal_width=100,
        max_content_width=100,
        help_option_names=["-h", "--help"],
    )
    parts.append("```\n" + cli.get_help(ctx) + "\n```\n")
    for name in sorted(cli.commands):
        command = cli.commands[name]
        sub = click.Context(command, info_name=name, parent=ctx)
        parts.append(f"## realpolitik {name}\n")
        parts.append("```\n" + command.get_help(sub) + "\n```\n")
    return "\n".join(parts)


def settings_reference() -> str:
    from realpolitik.config import describe_settings

    lines = [
        "# Settings\n",
        "Generated from `realpolitik.config.Settings` by `scripts/gen_docs.py`; do not edit.\n",
        "| name | default | meaning |",
        "|---|---|---|",
    ]
    for info in describe_settings():
        lines.append(f"| `{info.name}` | `{info.default!r}` | {info.help} |")
    return "\n".join(lines) + "\n"


def ontology_reference() -> str:
    from realpolitik.ontology import load_ontology

    onto = load_ontology()
    lines = [
        "# Event types (PLOVER 2.0, country level)\n",
        "Generated from `src/realpolitik/data/ontology/` by `scripts/gen_docs.py`; do not edit.",
        "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,",
        "4 material conflict. Intensity: the PLOVER manual's score, -10 to +10.\n",
        "| type | meaning | CAMEO root | quad | intensity | recipient required | modes |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, kind in onto.types.items():
        modes = "; ".join(f"`{mode}`: {text}" for mode, text in kind.modes.items())
        lines.append(
            f"| {name} | {kind.description} | {kind.cameo} | {kind.quad_class} | "
            f"{kind.intensity:g} | {'yes' if kind.requires_recipient else 'no'} | {modes} |"
        )
    lines += ["", "## Contexts\n", "| context | meaning |", "|---|---|"]
    lines += [f"| {name} | {text} |" for name, text in onto.contexts.items()]
    return "\n".join(lines) + "\n"


DOCS = {
    "cli.md": cli_reference,
    "settings.md": settings_reference,
    "ontology.md": ontology_reference,
}


def main() -> None:
    check = "--check" in sys.argv
    stale = []
    for name, make in DOCS.items():
        path = ROOT / "docs" / name
        text = make()
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        sys.exit(f"docs out of date: {', '.join(stale)}; run python scripts/gen_docs.py")


if __name__ == "__main__":
    main()
