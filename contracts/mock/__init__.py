"""Stateful, spec-driven mocks of the vendor APIs (raw ASGI apps, one per vendor), needing only specs/.

    app = create_app("procuros")                      # in-process: httpx.ASGITransport(app) or app.transport()
    app = create_app("roit", faults=["update-lost@update_request"])

Serve every vendor on loopback: `python -m contracts.mock serve`; list the faults: `--list-faults`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from contracts.mock._registry import behaviour
from contracts.mock.checking import Violation
from contracts.mock.engine import DEMO_TOKEN, MAX_BODY_BYTES, MockApp
from contracts.mock.faults import (
    CATALOG,
    DEFAULT_SLOW_SECONDS,
    ActiveFaults,
    Fault,
    FaultSwitch,
    check_narrowed,
    format_catalog,
    parse_faults,
)
from contracts.mock.recording import RecordedRequest
from contracts.mock.seeding import RecordedAnswers, recorded_answers
from contracts.mock.tokens import TokenIssuer
from contracts.model.model import load_contract

__all__ = [
    "CATALOG",
    "DEFAULT_SLOW_SECONDS",
    "DEMO_TOKEN",
    "MAX_BODY_BYTES",
    "Fault",
    "FaultSwitch",
    "MockApp",
    "RecordedAnswers",
    "RecordedRequest",
    "TokenIssuer",
    "Violation",
    "create_app",
    "format_catalog",
    "parse_faults",
]


def create_app(
    vendor: str,
    *,
    token: str = DEMO_TOKEN,
    faults: str | Sequence[str] = (),
    strict: bool = True,
    slow_seconds: float = DEFAULT_SLOW_SECONDS,
    max_body_bytes: int = MAX_BODY_BYTES,
    token_lifetime: int | None = None,
    seed_from: Path | None = None,
) -> MockApp:
    """A fresh mock of one vendor from its current spec, with seeded state and the named faults switched on.

    `token_lifetime` (seconds): accept only tokens from `POST /__mock__/token`, each for that long (off: `token`).
    `seed_from`: a live run's cassette whose conforming answers the mock serves (contracts/mock/seeding.py).
    """
    contract = load_contract(vendor)
    switches = parse_faults(faults, contract.operations)
    check_narrowed(switches, contract)
    return MockApp(
        contract,
        behaviour(vendor),
        token=token,
        faults=ActiveFaults(switches),
        strict=strict,
        slow_seconds=slow_seconds,
        max_body_bytes=max_body_bytes,
        tokens=TokenIssuer(token_lifetime) if token_lifetime is not None else None,
        seeded=recorded_answers(contract, seed_from, token) if seed_from is not None else None,
    )
