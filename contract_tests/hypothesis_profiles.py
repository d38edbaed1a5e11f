"""Hypothesis depth comes from named profiles, never from numbers inside tests."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings
from hypothesis.control import current_build_context
from hypothesis.errors import InvalidArgument

__all__ = ["PROFILES", "current_example", "load_profile"]

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}

_CI: dict[str, object] = {"max_examples": 25, "derandomize": True, "database": None, "print_blob": True}

PROFILES: dict[str, dict[str, object]] = {
    # Deterministic and bounded: what `make test` and CI run.
    "ci": _CI,
    # The ci examples without shrinking, for `make mutation`: a mutant needs to be killed, not minimised (shrinking a
    # failure whose every example makes HTTP calls can run into Hypothesis's five-minute shrink limit).
    "mutation": {**_CI, "phases": [p for p in Phase if p is not Phase.shrink]},
    # A handful of ci's deterministic examples: for tooling tests that need a live run to have happened (its cassette,
    # its replay), not to have gone deep (tests/contracts/live/test_cassettes.py).
    "smoke": {**_CI, "max_examples": 3},
    # Random, with a local example database, a little deeper: for a developer at a keyboard.
    "dev": {"max_examples": 60},
    # Deep: a scheduled run.
    "nightly": {"max_examples": 1000},
}

for _name, _values in PROFILES.items():
    settings.register_profile(_name, **_COMMON, **_values)  # type: ignore[arg-type]


def load_profile() -> str:
    """Load the profile named by HYPOTHESIS_PROFILE (default `ci` under CI, else `dev`) and return its name."""
    name = os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
    if name not in PROFILES:
        raise SystemExit(f"HYPOTHESIS_PROFILE={name!r} is not a profile: choose one of {', '.join(PROFILES)}")
    settings.load_profile(name)
    return name


def current_example() -> object | None:
    """The Hypothesis example running now (a new object per example and per replay), or None outside one.

    A live session remembers answers per example (contracts/live/memory.py), so examples replay deterministically
    against a target whose state moves on.
    """
    try:
        return current_build_context()
    except InvalidArgument:
        return None
