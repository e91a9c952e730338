"""Shared fixtures: the loaded spaCy pipeline, ../shared when present, a fresh store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared folder beside the checkout; tests that need it skip when it is absent."""
    if not (SHARED / "CONVENTIONS.md").exists():
        pytest.skip("../shared is not present beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def nlp() -> Iterator[Any]:
    """The project's spaCy pipeline, loaded once for the whole test session."""
    from realpolitik.nlp import load_nlp

    yield load_nlp()
