"""Stateful, spec-driven mocks of the ROIT, PaymentWorks and Procuros APIs (raw ASGI apps, one per vendor).

    app = create_app("procuros")                      # in-process: httpx.ASGITransport(app) or app.transport()
    app = create_app("roit", faults=["update-lost@update_request"])

Serve all three on loopback: `python -m contract_tests.mocks serve`; list the faults: `--list-faults`.
"""

from __future__ import annotations

from collections.abc import Sequence

from contract_tests.mocks._registry import behaviour
from contract_tests.mocks.contract import SpecHashMismatch, check_spec_hash, load_contract
from contract_tests.mocks.engine import (
    DEFAULT_SLOW_SECONDS,
    DEMO_TOKEN,
    MAX_BODY_BYTES,
    MockApp,
    RecordedRequest,
    Violation,
)
from contract_tests.mocks.faults import CATALOG, ActiveFaults, Fault, FaultSwitch, format_catalog, parse_faults

__all__ = [
    "CATALOG",
    "DEMO_TOKEN",
    "MAX_BODY_BYTES",
    "Fault",
    "FaultSwitch",
    "MockApp",
    "RecordedRequest",
    "SpecHashMismatch",
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
) -> MockApp:
    """A fresh mock of one vendor from its current spec, with seeded state and the named faults switched on."""
    check_spec_hash(vendor)
    contract = load_contract(vendor)
    switches = parse_faults(faults, contract.operations)
    return MockApp(
        contract,
        behaviour(vendor),
        token=token,
        faults=ActiveFaults(switches),
        strict=strict,
        slow_seconds=slow_seconds,
        max_body_bytes=max_body_bytes,
    )
