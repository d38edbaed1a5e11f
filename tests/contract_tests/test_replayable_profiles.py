"""A live run's Hypothesis settings retrace themselves on replay: no example database, one failure per test (no
ten-second hunt for more after the first), and a random profile runs with the recorded seed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import core, settings

from contract_tests.hypothesis_profiles import PROFILES, replayable


@pytest.fixture
def restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    before = settings.get_current_profile_name()
    monkeypatch.setattr(core, "global_force_seed", None)
    yield
    settings.load_profile(before)


@pytest.mark.parametrize("profile", sorted(p for p in PROFILES if PROFILES[p].get("derandomize")))
def test_the_deterministic_profiles_stop_at_the_first_failure(profile: str) -> None:
    assert PROFILES[profile]["report_multiple_bugs"] is False and PROFILES[profile]["database"] is None


def test_a_random_profile_replays_with_the_recorded_seed_and_no_database(restored: None) -> None:
    settings.load_profile("nightly")
    assert settings().database is not None and settings().report_multiple_bugs  # what a plain nightly run has
    assert replayable(1234) == 1234 and core.global_force_seed == 1234
    assert settings().database is None and not settings().report_multiple_bugs
    assert settings().max_examples == 1000  # the profile's depth is kept


def test_a_recording_run_with_a_random_profile_picks_a_seed_to_keep(restored: None) -> None:
    settings.load_profile("dev")
    seed = replayable()
    assert isinstance(seed, int) and core.global_force_seed == seed


def test_a_derandomized_profile_needs_no_seed(restored: None) -> None:
    settings.load_profile("smoke")
    assert replayable(99) is None and core.global_force_seed is None
