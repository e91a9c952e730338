"""Every command has help that ends with an example, and the docs list every command."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from realpolitik import __version__
from realpolitik.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    return sorted(cli.commands)


@pytest.mark.parametrize("name", _commands())
def test_command_help_ends_with_an_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    body = result.output.split("Options:")[0]
    assert "Example:" in body, f"{name} --help has no example"
    example = body.split("Example:")[1].strip()
    assert example.startswith("realpolitik "), example


@pytest.mark.parametrize("name", _commands())
def test_every_command_is_documented(name: str) -> None:
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"realpolitik {name}" in docs, f"docs/cli.md does not document `realpolitik {name}`"


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_usage_error_exit_code() -> None:
    result = CliRunner().invoke(cli, ["code"])
    assert result.exit_code == 2


def test_group_is_click() -> None:
    assert isinstance(cli, click.Group)
