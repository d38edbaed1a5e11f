"""The environment of a contract run, read once into a settings object: target, mock faults, live-run limits, the
response-time bound.

Every variable the suite, the live runner and the reports understand is parsed here, so each is read in one
place, with one spelling of its default and one error message for a bad value.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from contracts.model.vendors import REPO_ROOT, VENDORS

__all__ = [
    "DEFAULT_MAX_REQUESTS",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_RATE_LIMIT",
    "LIVE_MAX_RESPONSE_TIME",
    "RunSettings",
    "SettingsError",
    "run_settings",
]

Mode = Literal["mock", "live"]
DEFAULT_RATE_LIMIT = "5/s"
DEFAULT_MAX_REQUESTS = 2000
DEFAULT_MAX_RETRY_AFTER = 60.0
# A shared staging host answers a cold or large request in seconds: noise, not a broken contract. The mock stays strict.
LIVE_MAX_RESPONSE_TIME = 10.0


class SettingsError(ValueError):
    """A variable of the environment has a value the run cannot use; the message names the variable and the fix."""


@dataclass(frozen=True)
class LiveVendorSettings:
    """One vendor's live variables: <PREFIX>_BASE_URL, <PREFIX>_TOKEN and <PREFIX>_RATE_LIMIT."""

    base_url_variable: str
    base_url: str
    token: str = field(repr=False)
    rate_limit_variable: str = ""
    rate_limit: str = ""  # "" when not set for this vendor
    token_variable: str = ""

    def missing(self) -> list[str]:
        """The variables a live run of this vendor needs and the environment left empty."""
        wanted = ((self.base_url_variable, self.base_url), (self.token_variable, self.token))
        return [variable for variable, value in wanted if not value]


@dataclass(frozen=True)
class RunSettings:
    """Everything a contract run takes from the environment, parsed once."""

    target: Mode = "mock"
    mock_faults: str = ""
    allow: str = ""  # CONTRACT_ALLOW as written; the live runner checks the names against the specs
    rate_limit: str = ""  # CONTRACT_RATE_LIMIT ("" when unset: DEFAULT_RATE_LIMIT applies)
    max_requests: int = DEFAULT_MAX_REQUESTS
    max_retry_after: float = DEFAULT_MAX_RETRY_AFTER
    max_response_time: float | None = None  # CONTRACT_MAX_RESPONSE_TIME in seconds; None: unset
    summary_path: Path = REPO_ROOT / "reports" / "summary.md"
    drift_path: Path = REPO_ROOT / "reports" / "drift.md"
    record_path: Path = REPO_ROOT / "reports" / "run.json"  # the run record every report is rendered from
    record: bool = False  # CONTRACT_RECORD=1: keep every live exchange, scrubbed, as a cassette per vendor
    cassette_dir: Path = REPO_ROOT / "reports" / "cassettes"  # where CONTRACT_RECORD writes <vendor>.yaml
    replay: Path | None = None  # CONTRACT_REPLAY: a cassette folder (or file) a live run is answered from
    junit_path: Path | None = None  # CONTRACT_JUNIT: the JUnit file rendered from the record (make contract sets it)
    # CONTRACT_SPECS_VERDICT: the file make contract writes `valid` or `invalid` to when validate-specs (run beside the
    # suite) has finished; the suite writes its reports only after `valid` (None: no verdict to wait for).
    specs_verdict: Path | None = None
    vendors: Mapping[str, LiveVendorSettings] = field(default_factory=dict, repr=False)

    @property
    def live(self) -> bool:
        """Whether the run goes to live targets over HTTP."""
        return self.target == "live"

    def vendor(self, name: str) -> LiveVendorSettings:
        """One vendor's live variables (empty values when unset)."""
        found = self.vendors.get(name)
        if found is None:
            prefix = VENDORS[name].env_prefix if name in VENDORS else name.upper()
            return _vendor_settings(prefix, {})
        return found

    def response_time_bound(self, mock_bound: float, live: bool | None = None) -> float:
        """Seconds an answer may take: CONTRACT_MAX_RESPONSE_TIME, else 10 s live, else the mock's (strict) bound.

        `live` overrides the run's own target (a caller building the live configuration in a mock run).
        """
        if self.max_response_time is not None:
            return self.max_response_time
        return LIVE_MAX_RESPONSE_TIME if (self.live if live is None else live) else mock_bound

    def tokens(self) -> list[str]:
        """The live tokens of this run, longest first (none in a mock run): they must never reach an artifact."""
        if not self.live:
            return []
        return sorted({v.token for v in self.vendors.values() if len(v.token) >= 4}, key=len, reverse=True)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> RunSettings:
        """Parse an environment (os.environ or a test's mapping)."""
        summary = Path(env.get("CONTRACT_SUMMARY") or REPO_ROOT / "reports" / "summary.md")
        return cls(
            target=_mode(env.get("CONTRACT_TARGET", "")),
            mock_faults=env.get("MOCK_FAULTS", "").strip(),
            allow=env.get("CONTRACT_ALLOW", "").strip(),
            rate_limit=env.get("CONTRACT_RATE_LIMIT", "").strip(),
            max_requests=int(_non_negative(env, "CONTRACT_MAX_REQUESTS", DEFAULT_MAX_REQUESTS)),
            max_retry_after=_non_negative(env, "CONTRACT_MAX_RETRY_AFTER", DEFAULT_MAX_RETRY_AFTER),
            max_response_time=_seconds(env, "CONTRACT_MAX_RESPONSE_TIME"),
            summary_path=summary,
            drift_path=Path(env.get("CONTRACT_DRIFT") or summary.with_name("drift.md")),
            record_path=summary.with_name("run.json"),
            record=_switch(env, "CONTRACT_RECORD"),
            cassette_dir=summary.with_name("cassettes"),
            replay=Path(env["CONTRACT_REPLAY"].strip()) if env.get("CONTRACT_REPLAY", "").strip() else None,
            junit_path=Path(env["CONTRACT_JUNIT"]) if env.get("CONTRACT_JUNIT", "").strip() else None,
            specs_verdict=Path(env["CONTRACT_SPECS_VERDICT"])
            if env.get("CONTRACT_SPECS_VERDICT", "").strip()
            else None,
            vendors={name: _vendor_settings(v.env_prefix, env) for name, v in VENDORS.items()},
        )


def _mode(raw: str) -> Mode:
    # Case and surrounding blanks do not matter: `CONTRACT_TARGET=Live` is a live run, never a silent mock run.
    text = raw.strip().lower() or "mock"
    if text == "mock":
        return "mock"
    if text == "live":
        return "live"
    raise SettingsError(f"CONTRACT_TARGET={raw!r}: use 'mock' (default, in-process) or 'live' (<VENDOR>_BASE_URL)")


def _non_negative(env: Mapping[str, str], variable: str, default: float) -> float:
    raw = env.get(variable, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if value < 0:
        raise SettingsError(f"{variable}={raw!r}: use a number, 0 or more (default {default:g})")
    return value


def _switch(env: Mapping[str, str], variable: str) -> bool:
    """An on/off variable: 1 on; 0, blank or unset off; anything else refused."""
    raw = env.get(variable, "").strip()
    if raw in ("", "0"):
        return False
    if raw == "1":
        return True
    raise SettingsError(f"{variable}={raw!r}: use 1 to switch it on, 0 (or leave it unset) to leave it off")


def _seconds(env: Mapping[str, str], variable: str) -> float | None:
    """A bound in seconds, more than 0; None when the variable is unset or blank."""
    raw = env.get(variable, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{variable}={raw!r}: give seconds, e.g. 10 or 2.5") from None
    if not value > 0 or value == float("inf"):
        raise SettingsError(f"{variable}={raw!r}: the bound must be more than 0 seconds (and finite)")
    return value


def _vendor_settings(prefix: str, env: Mapping[str, str]) -> LiveVendorSettings:
    return LiveVendorSettings(
        base_url_variable=f"{prefix}_BASE_URL",
        base_url=env.get(f"{prefix}_BASE_URL", "").strip().rstrip("/"),
        token=env.get(f"{prefix}_TOKEN", "").strip(),
        token_variable=f"{prefix}_TOKEN",
        rate_limit_variable=f"{prefix}_RATE_LIMIT",
        rate_limit=env.get(f"{prefix}_RATE_LIMIT", "").strip(),
    )


_PARSED: dict[tuple[tuple[str, str], ...], RunSettings] = {}


def run_settings(env: Mapping[str, str] | None = None) -> RunSettings:
    """The settings of a mapping, by default this process's environment (the one place that reads it).

    Parsed once per distinct set of the variables it reads, so every caller of one run shares one object, and a
    test that changes a variable gets settings that say so.
    """
    source = os.environ if env is None else env
    prefixes = ("CONTRACT_", "MOCK_", *(f"{v.env_prefix}_" for v in VENDORS.values()))
    key = tuple(sorted((k, v) for k, v in source.items() if k.startswith(prefixes)))
    found = _PARSED.get(key)
    if found is None:
        found = _PARSED[key] = RunSettings.from_env(source)
    return found
