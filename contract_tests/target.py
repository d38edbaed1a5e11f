"""What the contract suite runs against: the in-process mock (default) or a live target over HTTP.

`CONTRACT_TARGET=mock` (default) builds each vendor's mock in-process: no ports, no credentials.
`CONTRACT_TARGET=live` reads `<VENDOR>_BASE_URL` and `<VENDOR>_TOKEN` (e.g. `ROIT_BASE_URL`, `ROIT_TOKEN`) from the
environment and sends real HTTP requests. Tokens are read from the environment only, never from a file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Literal

import schemathesis
from hypothesis import settings
from schemathesis.schemas import BaseSchema

from contract_tests.mocks import DEMO_TOKEN, MockApp, create_app
from contract_tests.settings import load_config
from contract_tests.specs import VENDORS, Vendor

__all__ = ["Target", "TargetError", "load_schema", "resolve_target"]

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
    return Target(vendor, "live", base_url, token)


def load_schema(target: Target) -> BaseSchema:
    """The vendor's spec as a Schemathesis schema, wired to the target, with depth from the Hypothesis profile."""
    config, _ = load_config()
    if target.app is not None:
        schema = schemathesis.openapi.from_asgi("/__mock__/openapi.json", target.app, config=config)
    else:
        schema = schemathesis.openapi.from_path(target.vendor.spec_path, config=config)
        schema.config.update(base_url=target.base_url)
    schema.config.update(headers=target.authorization)
    profile = settings()
    schema.config.generation.update(
        max_examples=profile.max_examples,
        deterministic=profile.derandomize,
        database="none" if profile.database is None else None,
    )
    return schema
