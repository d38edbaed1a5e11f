"""Hypothesis depth comes from named profiles, never from numbers inside tests."""

from __future__ import annotations

import os
import random

from hypothesis import HealthCheck, Phase, core, settings
from hypothesis.control import current_build_context
from hypothesis.errors import InvalidArgument

__all__ = ["PROFILES", "current_example", "load_profile", "replayable"]

_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}

# `report_multiple_bugs` off: with it on, after a first failure Hypothesis keeps generating until ten seconds of wall
# time have passed (engine.should_generate_more), so how many examples a failing test tries depends on how fast the
# target answered. A replay from a cassette (or a slower machine) would then try examples the live run never sent.
# Off, a failing test stops generating at its first failure and shrinks it: the same examples every time.
_CI: dict[str, object] = {
    "max_examples": 25,
    "derandomize": True,
    "database": None,
    "print_blob": True,
    "report_multiple_bugs": False,
}

PROFILES: dict[str, dict[str, object]] = {
    # Deterministic and bounded: what `make test` and CI run.
    "ci": _CI,
    # The ci examples without shrinking, for `make mutation`: a mutant needs to be killed, not minimised (shrinking a
    # failure whose every example makes HTTP calls can run into Hypothesis's five-minute shrink limit).
    "mutation": {**_CI, "phases": [p for p in Phase if p is not Phase.shrink]},
    # A handful of ci's deterministic examples, without shrinking: for tooling tests that need a live run to have
    # happened (its cassette, its replay), not to have gone deep (tests/contracts/live/test_cassettes.py). No shrinking
    # also means no five-minute shrink limit, Hypothesis's other wall-clock bound: a replay retraces the live run.
    "smoke": {**_CI, "max_examples": 3, "phases": [p for p in Phase if p is not Phase.shrink]},
    # Random, with a local example database, a little deeper: for a developer at a keyboard.
    "dev": {"max_examples": 60},
    # Deep: a scheduled run.
    "nightly": {"max_examples": 1000},
}

# Each profile is built on Hypothesis's own defaults, never on whatever profile is loaded at import: under a CI
# variable (CI, GITHUB_ACTIONS, ...) Hypothesis loads its built-in `ci` profile (derandomized, no database) first,
# and a profile registered without a parent would inherit that, turning `nightly` and `dev` deterministic.
_DEFAULTS = settings.get_profile("default")
for _name, _values in PROFILES.items():
    settings.register_profile(_name, parent=_DEFAULTS, **_COMMON, **_values)


def load_profile() -> str:
    """Load the profile named by HYPOTHESIS_PROFILE (default `ci` under CI, else `dev`) and return its name."""
    name = os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
    if name not in PROFILES:
        raise SystemExit(f"HYPOTHESIS_PROFILE={name!r} is not a profile: choose one of {', '.join(PROFILES)}")
    settings.load_profile(name)
    return name


def replayable(seed: int | None = None) -> int | None:
    """Make the loaded profile retrace itself on a replay of a live run; returns the seed a random profile runs with.

    No example database (its saved examples run first, and differ from one machine to the next), one failure per test
    (see `_CI`), and for a random profile (`dev`, `nightly`) one seed for the whole run: `seed` (a replay's, from the
    cassette), else `--hypothesis-seed`, else a new one, kept in the cassette. A derandomized profile needs none (None).
    """
    current = settings()
    settings.register_profile("replayable", parent=current, database=None, report_multiple_bugs=False)
    settings.load_profile("replayable")
    if current.derandomize:
        return None
    forced: object = core.global_force_seed  # --hypothesis-seed, when given
    chosen = seed if seed is not None else forced if isinstance(forced, int) else random.getrandbits(63)
    core.global_force_seed = chosen  # type: ignore[assignment]  # what --hypothesis-seed sets (its pytest plugin)
    return chosen


def current_example() -> object | None:
    """The Hypothesis example running now (a new object per example and per replay), or None outside one.

    A live session remembers answers per example (contracts/live/memory.py), so examples replay deterministically
    against a target whose state moves on.
    """
    try:
        return current_build_context()
    except InvalidArgument:
        return None
