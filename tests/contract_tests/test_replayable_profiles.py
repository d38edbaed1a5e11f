"""A live run's Hypothesis settings retrace themselves on replay: no example database, one failure per test (no
ten-second hunt for more after the first), and a random profile runs with the recorded seed."""

from __future__ import annotations

import os
import subprocess
import sys
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


def test_the_profiles_are_the_same_under_a_ci_variable() -> None:
    """Under CI=true Hypothesis loads its own `ci` profile at import; ours must not inherit it (a random nightly)."""
    probe = (
        "from hypothesis import settings; import contract_tests.hypothesis_profiles as p; "
        "print(*(f'{n}:{settings.get_profile(n).derandomize}:{settings.get_profile(n).database is None}' "
        "for n in sorted(p.PROFILES)))"
    )
    seen = {
        ci: subprocess.run(
            [sys.executable, "-c", probe], env={**os.environ, "CI": ci}, capture_output=True, text=True, check=True
        ).stdout
        for ci in ("true", "")
    }
    assert seen["true"] == seen[""] and "nightly:False:False" in seen[""]
