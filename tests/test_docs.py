"""Generated references stay in sync with the code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _gen() -> object:
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_docs_are_up_to_date() -> None:
    gen = _gen()
    for name, make in gen.DOCS.items():  # type: ignore[attr-defined]
        path = ROOT / "docs" / name
        assert path.read_text(encoding="utf-8") == make(), (
            f"docs/{name} is out of date: run python scripts/gen_docs.py"
        )


def test_readme_has_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
