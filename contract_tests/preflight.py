"""`python -m contract_tests.preflight [vendor ...]`: read a contract run's input once, before pytest starts.

Each vendor name and every run setting (CONTRACT_*, CONTRACT_RECORD and CONTRACT_REPLAY among them, MOCK_FAULTS,
HYPOTHESIS_PROFILE, CONTRACT_WORKERS) is parsed here; a bad one ends the run with one line naming the variable, the
value and what is accepted, instead of a traceback from inside pytest. On success it prints the vendors to run, one
per line (scripts/contract.sh reads them).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

from contract_tests.hypothesis_profiles import PROFILES
from contracts.model.environment import RunSettings, SettingsError
from contracts.model.model import load_contract
from contracts.model.vendors import VENDORS

__all__ = ["check_run", "main", "vendor_names"]


def vendor_names(names: Sequence[str]) -> list[str]:
    """The vendors to run (all of the table when none is named); an unknown name is refused, naming the known ones."""
    chosen = [n for name in names for n in name.replace(",", " ").split()] or list(VENDORS)
    unknown = [n for n in chosen if n not in VENDORS]
    if unknown:
        raise SettingsError(
            f"VENDOR={' '.join(unknown)!r}: no such vendor; known vendors: {', '.join(VENDORS)} "
            "(contracts/model/vendors.py); leave VENDOR empty for all of them"
        )
    return list(dict.fromkeys(chosen))


def _profile(env: Mapping[str, str]) -> None:
    name = env.get("HYPOTHESIS_PROFILE", "").strip()
    if name and name not in PROFILES:
        raise SettingsError(f"HYPOTHESIS_PROFILE={name!r}: no such profile; use one of {', '.join(PROFILES)}")


def _workers(env: Mapping[str, str]) -> None:
    raw = env.get("CONTRACT_WORKERS", "").strip()
    if raw and raw not in ("auto", "logical") and not raw.isdigit():
        raise SettingsError(f"CONTRACT_WORKERS={raw!r}: use auto (one per core), a number, or 0 (one process)")


def _faults(settings: RunSettings, vendors: list[str]) -> None:
    if not settings.mock_faults or settings.live:
        return
    from contracts.mock.faults import check_narrowed, parse_faults  # for MOCK_FAULTS only: it loads the whole mock

    for name in vendors:
        contract = load_contract(name)
        try:
            check_narrowed(parse_faults(settings.mock_faults, contract.operations), contract)
        except ValueError as exc:
            raise SettingsError(f"MOCK_FAULTS={settings.mock_faults!r} for {name}: {exc}") from None


def _cassettes(settings: RunSettings, vendors: list[str]) -> None:
    if (settings.record or settings.replay) and not settings.live:
        which = "CONTRACT_RECORD=1" if settings.record else f"CONTRACT_REPLAY={settings.replay}"
        raise SettingsError(f"{which} applies to a live run only: add CONTRACT_TARGET=live (README, Running nightly)")
    if settings.replay is None:
        return
    # Imported for a replay only (VCR.py, Schemathesis), as the mock for MOCK_FAULTS above: every `make contract` waits
    # for this check before anything else starts, and they were two thirds of its start-up.
    from contracts.live.cassettes import cassette_path
    from contracts.model.cassette import CassetteError, read_cassette

    if settings.record:
        raise SettingsError(
            "CONTRACT_RECORD=1 with CONTRACT_REPLAY: a replay sends nothing to record; drop one of them"
        )
    for name in vendors:
        path = settings.replay if settings.replay.is_file() else cassette_path(settings.replay, name)
        try:
            found = read_cassette(path).vendor
        except CassetteError as exc:
            raise SettingsError(f"CONTRACT_REPLAY={settings.replay}: {exc}") from None
        if found != name:
            raise SettingsError(
                f"CONTRACT_REPLAY={settings.replay}: a cassette of {found}, not {name}; set VENDOR={found}"
            )


def check_run(names: Sequence[str], env: Mapping[str, str]) -> list[str]:
    """Parse every input of a contract run; return the vendors to run, or raise SettingsError naming the bad one."""
    vendors = vendor_names(names)
    settings = RunSettings.from_env(env)
    _profile(env)
    _workers(env)
    _faults(settings, vendors)
    _cassettes(settings, vendors)
    return vendors


def main(argv: Sequence[str] | None = None) -> int:
    """Print the vendors to run, one per line; or one line naming the bad input on stderr, exit 2."""
    try:
        vendors = check_run(list(sys.argv[1:] if argv is None else argv), os.environ)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print("\n".join(vendors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
