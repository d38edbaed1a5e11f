"""The types a vendor behaviour module works with: what it supplies (VendorBehaviour) and what a handler gets and
answers (RequestContext, Reply). The engine, the fault catalog and the vendor modules all stand on these."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from contracts.model.model import Issue, Operation
from contracts.model.params import parameter_text

__all__ = ["Handler", "Reply", "RequestContext", "VendorBehaviour"]


@dataclass
class Reply:
    """What a handler answers: a status, a JSON-able body (or no body when media_type is None) and headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str | None = "application/json"


@dataclass
class RequestContext:
    """Typed, validated inputs a handler receives."""

    operation: Operation
    path_params: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, str]
    body: Any
    state: Any
    base_url: str
    faults: frozenset[str]
    path: str = ""
    query_string: str = ""

    @property
    def operation_id(self) -> str:
        """The operation being served."""
        return self.operation.operation_id

    def fault(self, kind: str) -> bool:
        """Whether a behaviour fault is switched on for this operation."""
        return kind in self.faults

    def url(self, path: str, params: Mapping[str, Any]) -> str:
        """An absolute URL on this server (None-valued parameters are left out)."""
        query = urlencode([(k, parameter_text(v)) for k, v in params.items() if v is not None])
        return f"{self.base_url}{path}" + (f"?{query}" if query else "")


Handler = Callable[[RequestContext], Reply]


@dataclass(frozen=True)
class VendorBehaviour:
    """What a vendor module supplies: seeded state, handlers by operationId, and the vendor's error shapes.

    How the token travels is not here: the spec's security scheme says it (contracts/model/security.py).
    """

    name: str
    seed: Callable[[], Any]
    handlers: Mapping[str, Handler]
    error_body: Callable[[int, str], Any]
    invalid_request: Callable[[Operation, Sequence[Issue]], Reply]
    malformed_json: Callable[[Operation, str], Reply]
    validation_status: int
    # operationId -> whether the mock's state changes, only where it differs from the spec's rule (Operation.state).
    state_overrides: Mapping[str, bool] = field(default_factory=dict)
    fault_hooks: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def changes_state(self, op: Operation) -> bool:
        """Whether this mock's state changes under the operation: the spec's rule, unless the module overrides it."""
        return self.state_overrides.get(op.operation_id, op.changes_state)
