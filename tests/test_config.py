"""Settings: validated, picklable, described for docs and the API."""

from __future__ import annotations

import pickle

import pytest

from realpolitik.config import Settings, describe_settings
from realpolitik.errors import ConfigError


def test_defaults_and_replace() -> None:
    settings = Settings()
    changed = settings.replace(n_process=2)
    assert settings.n_process == 1 and changed.n_process == 2
    assert pickle.loads(pickle.dumps(changed)) == changed


@pytest.mark.parametrize(
    "bad", [{"n_process": 0}, {"batch_size": 0}, {"max_bytes": 0}, {"min_confidence": 1.5}]
)
def test_bad_values_are_refused(bad: dict[str, float]) -> None:
    with pytest.raises(ConfigError):
        Settings(**bad)  # type: ignore[arg-type]


def test_unknown_setting_is_refused() -> None:
    with pytest.raises(ConfigError, match="unknown setting"):
        Settings().replace(colour="blue")


def test_every_setting_is_described() -> None:
    infos = describe_settings()
    assert {i.name for i in infos} == set(Settings.__dataclass_fields__)
    assert all(i.help for i in infos)
