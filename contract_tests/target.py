"""What the contract suite runs against: the in-process mock (default) or a live target over HTTP.

`CONTRACT_TARGET=mock` (default) builds each vendor's mock in-process: no ports, no credentials.
`CONTRACT_TARGET=live` reads `<VENDOR>_BASE_URL` and `<VENDOR>_TOKEN` (e.g. `ROIT_BASE_URL`, `ROIT_TOKEN`) from the
environment and sends real HTTP requests. Tokens are read from the environment only, never from a file.
A live target is safe by default (contract_tests/live.py): production servers are refused, operations that change
state run only when named in CONTRACT_ALLOW, and every request goes through a rate-limited, capped `LiveSession`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Literal

import schemathesis
from hypothesis import settings
from schemathesis.schemas import BaseSchema

from contract_tests.live import LiveRunRefused, LiveSession, host_problem, live_policy, send_through
from contract_tests.mocks import DEMO_TOKEN, MockApp, create_app
from contract_tests.settings import load_config
from contract_tests.specs import VENDORS, Vendor

__all__ = ["AUTH_PREFIX", "Target", "TargetError", "check_live_environment", "load_schema", "resolve_target"]

Mode = Literal["mock", "live"]


class TargetError(RuntimeError):
    """The environment does not describe a usable target; the message names the variable to set."""


@dataclass
class Target:
    """One vendor's target: where requests go and how they authenticate."""

    vendor: Vendor
    mode: Mode
    base_url: str
    token: str = field(repr=False)
    app: MockApp | None = None
    session: LiveSession | None = field(default=None, repr=False)  # live only: the one way requests leave
    excluded: dict[str, str] = field(default_factory=dict)  # operationId -> why this run leaves it out

    @property
    def call_kwargs(self) -> dict[str, object]:
        """Transport arguments for `case.call` and the checks' re-sends: the guarded session on a live target."""
        return {} if self.session is None else {"session": self.session}

    @property
    def authorization(self) -> dict[str, str]:
        """The Authorization header in the vendor's form (raw JWT, `Token <t>`, `Bearer <t>`)."""
        prefix = AUTH_PREFIX[self.vendor.name]
        return {"Authorization": f"{prefix} {self.token}" if prefix else self.token}


# How each vendor's spec says the token travels in `Authorization` (see each spec's securitySchemes).
AUTH_PREFIX = {"roit": "", "paymentworks": "Token", "procuros": "Bearer"}


def _mode() -> Mode:
    raw = os.environ.get("CONTRACT_TARGET", "mock").strip().lower() or "mock"
    if raw not in ("mock", "live"):
        raise TargetError(f"CONTRACT_TARGET={raw!r}: use 'mock' (default, in-process) or 'live' (<VENDOR>_BASE_URL)")
    return raw  # type: ignore[return-value]


def resolve_target(name: str) -> Target:
    """Build the target for one vendor from the environment."""
    vendor = VENDORS[name]
    if _mode() == "mock":
        faults = os.environ.get("MOCK_FAULTS", "")
        app = create_app(name, token=DEMO_TOKEN, faults=faults)
        return Target(vendor, "mock", "http://testserver", DEMO_TOKEN, app)
    prefix = vendor.env_prefix
    base_url = os.environ.get(f"{prefix}_BASE_URL", "").strip().rstrip("/")
    token = os.environ.get(f"{prefix}_TOKEN", "").strip()
    missing = [var for var, value in ((f"{prefix}_BASE_URL", base_url), (f"{prefix}_TOKEN", token)) if not value]
    if missing:
        raise TargetError(f"CONTRACT_TARGET=live needs {' and '.join(missing)} in the environment for {name}")
    problem = host_problem(name, f"{prefix}_BASE_URL", base_url)
    if problem:
        raise TargetError(problem)
    try:
        policy = live_policy(name, base_url)
    except LiveRunRefused as exc:
        raise TargetError(str(exc)) from None
    return Target(vendor, "live", base_url, token, session=LiveSession(policy), excluded=policy.excluded)


def check_live_environment() -> None:
    """On a live run, refuse any <VENDOR>_BASE_URL that names a production server, whichever vendors run."""
    if _mode() != "live":
        return
    for name, vendor in VENDORS.items():
        base_url = os.environ.get(f"{vendor.env_prefix}_BASE_URL", "").strip().rstrip("/")
        problem = base_url and host_problem(name, f"{vendor.env_prefix}_BASE_URL", base_url)
        if problem:
            raise TargetError(problem)


def load_schema(target: Target) -> BaseSchema:
    """The vendor's spec as a Schemathesis schema, wired to the target, with depth from the Hypothesis profile."""
    config, _ = load_config(live=target.mode == "live")
    schema: BaseSchema
    if target.app is not None:
        schema = schemathesis.openapi.from_asgi("/__mock__/openapi.json", target.app, config=config)
    else:
        schema = schemathesis.openapi.from_path(target.vendor.spec_path, config=config)
        schema.config.update(base_url=target.base_url)
        if target.excluded:
            schema = schema.exclude(operation_id=sorted(target.excluded))
        if target.session is not None:
            schema = send_through(schema, target.session)
    schema.config.update(headers=target.authorization)
    profile = settings()
    schema.config.generation.update(
        max_examples=profile.max_examples,
        deterministic=profile.derandomize,
        database="none" if profile.database is None else None,
    )
    return schema
