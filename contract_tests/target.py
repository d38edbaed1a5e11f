"""What the contract suite runs against: the in-process mock (default) or a live target over HTTP.

`CONTRACT_TARGET=mock` (default) builds each vendor's mock in-process: no ports, no credentials.
`CONTRACT_TARGET=live` reads `<VENDOR>_BASE_URL` and `<VENDOR>_TOKEN` (e.g. `ROIT_BASE_URL`, `ROIT_TOKEN`) from the
environment and sends real HTTP requests. Tokens are read from the environment only, never from a file.
A live target is safe by default (contracts/live/): production servers are refused, operations that change
state run only when named in CONTRACT_ALLOW, and every request goes through a rate-limited, capped `LiveSession`.
The suite (not the mock) refuses a spec that no longer matches the generated client it tests.
The target also owns the wire under the guarded session: `CONTRACT_RECORD=1` keeps every exchange in a cassette,
`CONTRACT_REPLAY=<folder>` answers the same live run from one instead of the network (contracts/live/cassettes.py).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, TypeVar

import httpx
import pytest
import requests
import schemathesis
from hypothesis import settings
from requests.adapters import BaseAdapter
from schemathesis.schemas import BaseSchema

from contract_tests.hypothesis_profiles import current_example
from contract_tests.schemathesis_config import load_config, remember_lookups
from contracts.live import (
    LIVE_MAX_PAGES,
    LivePolicy,
    LiveRunRefused,
    LiveSession,
    SessionTransport,
    host_problem,
    live_policy,
    request_budget,
    send_through,
)
from contracts.live.cassettes import RecordingAdapter, replay_adapter
from contracts.live.fresh import fresh_values
from contracts.mock import DEMO_TOKEN, MockApp, RecordedRequest, create_app
from contracts.model.cassette import CassetteError
from contracts.model.environment import RunSettings, SettingsError, run_settings
from contracts.model.loader import SpecLoadError
from contracts.model.vendors import VENDORS, Vendor

__all__ = [
    "ENVIRONMENT_ERRORS",
    "SpecHashMismatch",
    "Target",
    "TargetError",
    "built",
    "check_live_environment",
    "check_spec_hash",
    "excluded_operations",
    "load_schema",
    "resolve_target",
]

# Where the in-process mock answers: the Host every mock-run request carries (Schemathesis's own choice for apps).
MOCK_BASE_URL = "http://testserver"

Mode = Literal["mock", "live"]
T = TypeVar("T")


class TargetError(RuntimeError):
    """The environment does not describe a usable target; the message names the variable to set."""


class SpecHashMismatch(RuntimeError):
    """The spec changed since the generated client was made from it."""


# What the environment can get wrong for one vendor: the suite turns each into a one-line failing test, never a
# collection error with a traceback (tests/contract_tests/test_suite_imports.py).
ENVIRONMENT_ERRORS = (TargetError, SpecHashMismatch, SpecLoadError, SettingsError)


def built(vendor: str, build: Callable[[], T]) -> T:
    """What `build` returns; an environment that does not allow it fails the calling test in one line."""
    try:
        return build()
    except ENVIRONMENT_ERRORS as exc:
        problem = f"{vendor}: {exc}"
    pytest.fail(problem, pytrace=False)


@dataclass
class Target:
    """One vendor's target: where requests go, how they authenticate, and how a test resets, pages and transports.

    Whether a run is live is asked here (`live`), never re-derived from which fields are set.
    """

    vendor: Vendor
    mode: Mode
    base_url: str
    token: str = field(repr=False)
    app: MockApp | None = None  # mock only; read it through the methods below
    # The one way the suite's requests leave: live, the guarded LiveSession; on the mock, a session into it in-process.
    session: requests.Session | None = field(default=None, repr=False)
    excluded: dict[str, str] = field(default_factory=dict)  # operationId -> why this run leaves it out

    @property
    def live(self) -> bool:
        """Whether requests go to a live target over HTTP (no reset, no recorded requests, few pages)."""
        return self.mode == "live"

    @property
    def records_requests(self) -> bool:
        """Whether the target records what it received (the in-process mock does), for the client's request check."""
        return self.app is not None

    @property
    def page_limit(self) -> int | None:
        """How many pages one paging walk or property may read: all (None) on the mock, the first few live."""
        return LIVE_MAX_PAGES if self.live else None

    @property
    def call_kwargs(self) -> dict[str, object]:
        """Transport arguments for `case.call` and the checks' re-sends: the guarded session on a live target."""
        return {} if self.session is None else {"session": self.session}

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport to the target: into the in-process mock, or out through the live guarded session."""
        if self.app is not None:
            return self.app.transport()
        if self.session is not None:
            return SessionTransport(self.session)
        raise TargetError(f"{self.vendor.name}: a target with neither a mock nor a live session")

    def reset(self) -> None:
        """Back to the mock's seeded state, so a test or scenario can replay; a live target has no reset."""
        if self.app is not None:
            self.app.reset()

    def last_recorded(self) -> RecordedRequest | None:
        """The last request the target recorded (None when it records nothing, see `records_requests`)."""
        if self.app is None:
            return None
        with self.app.lock:
            return self.app.recorded[-1] if self.app.recorded else None

    def fresh_uuid(self, purpose: str) -> uuid.UUID:
        """A UUID new to the target (an order number, an id no record has) that a replay of this run draws again."""
        return fresh_values(self.vendor.name).uuid(purpose)

    @property
    def authorization(self) -> dict[str, str]:
        """The Authorization header in the vendor's form (raw JWT, `Token <t>`, `Bearer <t>`), from its spec."""
        return {"Authorization": self.vendor.authorization(self.token)}


def check_spec_hash(vendor: Vendor) -> None:
    """Refuse a spec that no longer matches generated/<vendor>-client/GENERATED.json (when that file exists)."""
    manifest = vendor.client_dir / "GENERATED.json"
    if not manifest.exists():
        return
    expected = json.loads(manifest.read_text(encoding="utf-8")).get("spec_sha256")
    actual = vendor.spec_sha256()
    if expected != actual:
        raise SpecHashMismatch(
            f"{vendor.spec_path}: sha256 {actual[:12]}… differs from {manifest} spec_sha256 {str(expected)[:12]}…; "
            "the generated client is stale: run make regen"
        )


def _settings() -> RunSettings:
    try:
        return run_settings()
    except SettingsError as exc:
        raise TargetError(str(exc)) from None


def resolve_target(name: str, run: RunSettings | None = None) -> Target:
    """Build the target for one vendor from the run settings (default: this process's environment)."""
    run = run or _settings()
    vendor = VENDORS[name]
    check_spec_hash(vendor)
    if not run.live:
        app = create_app(name, token=DEMO_TOKEN, faults=run.mock_faults)
        return Target(vendor, "mock", MOCK_BASE_URL, DEMO_TOKEN, app, session=app.session(MOCK_BASE_URL))
    own = run.vendor(name)
    wire, base_url, token = _wire(name, run)
    wanted = ((own.base_url_variable, base_url), (own.token_variable, token))  # a replay brings its own
    missing = [variable for variable, value in wanted if not value]
    if missing:
        raise TargetError(f"CONTRACT_TARGET=live needs {' and '.join(missing)} in the environment for {name}")
    problem = host_problem(name, own.base_url_variable, base_url)
    if problem:
        raise TargetError(problem)
    policy = _policy(name, base_url, run)
    # Over the request cap, the test that wanted the request is skipped (the summary counts what was not sent).
    session = LiveSession(policy, request_budget(on_cap=pytest.skip), example=current_example)
    if wire is not None:
        session.mount("http://", wire)
        session.mount("https://", wire)
    return Target(vendor, "live", base_url, token, session=session, excluded=policy.excluded)


def excluded_operations(name: str, run: RunSettings | None = None) -> dict[str, str]:
    """What `resolve_target` leaves out of the vendor's run, each with why, known without building the target."""
    run = run or _settings()
    return _policy(name, run.vendor(name).base_url, run).excluded if run.live else {}


def _policy(name: str, base_url: str, run: RunSettings) -> LivePolicy:
    """The live run's policy for a vendor; a refused run is a TargetError (one line, from the suite's tests)."""
    try:
        return live_policy(name, base_url, run)
    except LiveRunRefused as exc:
        raise TargetError(str(exc)) from None


def _wire(name: str, run: RunSettings) -> tuple[BaseAdapter | None, str, str]:
    """The adapter under a live session (recording, replaying, or None for requests' own), base URL and token.

    A replay takes the recorded base URL (answers that name it, a Location header, then lead where they led live) and
    needs no token: nothing is sent.
    """
    own = run.vendor(name)
    tokens = tuple(run.tokens())
    if run.replay is not None:
        try:
            adapter, cassette = replay_adapter(run.replay, name, tokens)
            fresh_values(name, cassette.seed)  # the recorded run's seed: the same fresh values are sent again
        except (CassetteError, ValueError) as exc:
            raise TargetError(f"CONTRACT_REPLAY={run.replay}: {exc}") from None
        return adapter, cassette.base_url.rstrip("/"), own.token or "replayed-run-token"
    if run.record:
        return RecordingAdapter(name, own.base_url, tokens), own.base_url, own.token
    return None, own.base_url, own.token


def check_live_environment(run: RunSettings | None = None) -> None:
    """On a live run, refuse any <VENDOR>_BASE_URL that names a production server, whichever vendors run."""
    run = run or _settings()
    if not run.live:
        return
    for name in VENDORS:
        own = run.vendor(name)
        problem = own.base_url and host_problem(name, own.base_url_variable, own.base_url)
        if problem:
            raise TargetError(problem)


def load_schema(target: Target) -> BaseSchema:
    """The vendor's spec as a Schemathesis schema, wired to the target, with depth from the Hypothesis profile."""
    config, _ = load_config(live=target.live)
    schema: BaseSchema
    # Mock and live alike: the spec file, the target's base URL, every request through the target's session.
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
    remember_lookups(schema.config)
    return schema
