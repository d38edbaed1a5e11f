"""The plan of a live run, printed by scripts/contract.sh before pytest starts: where each vendor's run goes and
what it may do, or why it must not run."""

from __future__ import annotations

from collections.abc import Iterable

from contracts.live.policy import LiveRunRefused, host_problem, live_policy
from contracts.model.environment import RunSettings, SettingsError, run_settings

__all__ = ["plan_lines"]


def plan_lines(vendors: Iterable[str], settings: RunSettings | None = None) -> list[str]:
    """One line per vendor: where the run goes and what it may do.

    Raises LiveRunRefused when it must not run (a production host), SettingsError when it cannot (a variable unset).
    """
    settings = settings or run_settings()
    lines = []
    for vendor in vendors:
        own = settings.vendor(vendor)
        if settings.replay is not None:
            lines.append(f"{vendor}: replayed from the cassettes in {settings.replay} (nothing is sent)")
            continue
        if own.missing():
            raise SettingsError(
                f"{vendor}: CONTRACT_TARGET=live needs {' and '.join(own.missing())} in the environment (its "
                "HOM/staging host and token: README, Running against HOM and staging); or drop CONTRACT_TARGET to "
                "run against the mock"
            )
        problem = host_problem(vendor, own.base_url_variable, own.base_url)
        if problem:
            raise LiveRunRefused(problem)
        policy = live_policy(vendor, own.base_url, settings)
        allowed = sorted(set(policy.mutating) & policy.allow)
        lines.append(
            f"{vendor}: {own.base_url}  "
            + (f"mutating allowed: {', '.join(allowed)}" if allowed else "read-only")
            + f"; excluded: {len(policy.excluded)}; rate limit {policy.rate_limit or 'none'}"
        )
    lines.append(
        f"request cap {settings.max_requests} (CONTRACT_MAX_REQUESTS); "
        f"429/503 wait up to {settings.max_retry_after:g} s"
    )
    if settings.record:
        lines.append(f"recording every exchange, secrets scrubbed, into {settings.cassette_dir}/<vendor>.yaml")
    return lines
