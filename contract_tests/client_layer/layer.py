"""ClientLayer: one vendor's target, spec and generated client as pytest fixtures, workflows and client tests."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property
from http import HTTPStatus
from typing import Any, Generic, Protocol, TypeVar

import httpx
import pytest

from contract_tests.client_layer.errors import ClientContractError
from contract_tests.client_layer.hook import Call, CallChecker
from contract_tests.target import Target, built, load_schema, resolve_target
from contracts.model.environment import SettingsError, run_settings
from contracts.model.model import load_contract
from contracts.reporting.record import current_record

__all__ = ["ClientLayer", "GeneratedClient"]

C = TypeVar("C", bound="GeneratedClient")
M = TypeVar("M")


class GeneratedClient(Protocol):
    """What every generated AuthenticatedClient offers."""

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx client."""
        ...


class _Answer(Protocol):
    """A generated `Response[T]`."""

    @property
    def status_code(self) -> HTTPStatus: ...
    @property
    def content(self) -> bytes: ...
    @property
    def parsed(self) -> object: ...


class ClientLayer(Generic[C]):
    """One vendor's target, spec and generated client, with every call checked and logged.

    Building one does no work but reading the spec: the target and its schema are built on first use, in a test, so
    an environment that does not allow them fails that test in one line instead of the module's import.
    """

    def __init__(self, vendor: str, factory: Callable[..., C]) -> None:
        self.vendor = vendor
        self.contract = load_contract(vendor)
        self._factory = factory
        self._workflows: dict[str, tuple[Callable[[C], None], tuple[str, ...]]] = {}

    @cached_property
    def _checker(self) -> CallChecker:
        target = self.target
        return CallChecker(self.vendor, self.contract, built(self.vendor, lambda: load_schema(target)), target)

    @cached_property
    def target(self) -> Target:
        """The vendor's target (mock or live), built on first use."""
        return built(self.vendor, lambda: resolve_target(self.vendor))

    # -- the target ---------------------------------------------------------------------------------------
    @property
    def calls(self) -> list[Call]:
        """The calls the client made since the last reset, in order."""
        return self._checker.calls

    @property
    def max_pages(self) -> int | None:
        """How many pages a paging property may read per listing: all on the mock, the first few live."""
        return self.target.page_limit

    @property
    def live(self) -> bool:
        """Whether calls go to a live target (no reset, no recorded requests), from the run settings alone."""
        try:
            return run_settings().live
        except SettingsError:
            return False  # the conftest refuses the run before any test with this error

    def require(self, *operation_ids: str, sender: str = "it") -> None:
        """Skip the test, saying why, when this (live) run leaves out an operation it sends (CONTRACT_ALLOW)."""
        left_out = self.excluded(operation_ids)
        for op, why in left_out.items():
            current_record().excluded(self.vendor, op, why)
        if left_out:
            pytest.skip(
                f"{self.vendor}: not applicable: {sender} sends {', '.join(sorted(left_out))}, which this live run "
                f"leaves out ({next(iter(left_out.values()))}); name them in CONTRACT_ALLOW to run it"
            )

    def excluded(self, operation_ids: Sequence[str]) -> dict[str, str]:
        """Which of these operations this (live) run leaves out, and why."""
        return {op: why for op, why in self.target.excluded.items() if op in operation_ids}

    def reset(self) -> None:
        """Start from the mock's seeded state (a no-op on a live target) and forget the calls made so far."""
        self.target.reset()
        self.calls.clear()

    def open_client(self) -> C:
        """A generated client in the vendor's auth form, wired to the target, with the checking hook attached."""
        # trust_env off: no proxy may bypass the transport.
        httpx_args: dict[str, Any] = {"event_hooks": self._checker.event_hooks(), "trust_env": False}
        httpx_args["transport"] = self.target.transport()
        return self._factory(
            base_url=self.target.base_url,
            token=self.target.token,
            prefix=self.target.vendor.token_prefix,
            raise_on_unexpected_status=True,
            timeout=httpx.Timeout(30.0),
            # The suite judges every answer the vendor sends: a retry would hide a 429 or 503 from the report.
            max_retries=0,
            httpx_args=httpx_args,
        )

    def fixture(self) -> Any:
        """A module-scoped pytest fixture yielding one open client (Hypothesis examples share it)."""

        def client() -> Iterator[C]:
            opened = self.open_client()
            with opened.get_httpx_client():
                yield opened

        return pytest.fixture(scope="module", name="client")(client)

    # -- expectations -------------------------------------------------------------------------------------
    def expect(self, answer: _Answer, model: type[M], *, status: int | None = None) -> M:
        """The parsed body of the last call: a documented success (or `status`) parsed into `model`."""
        call = self.calls[-1]
        op = self.contract.operations[call.operation_id]
        wanted = [status] if status is not None else op.success_statuses()
        problem = None
        if int(answer.status_code) not in wanted:
            problem = (
                f"{self.vendor}.{call.operation_id}: expected HTTP {' or '.join(map(str, wanted))}, got "
                f"{int(answer.status_code)}: {answer.content[:500]!r}"
            )
        elif not isinstance(answer.parsed, model):
            problem = (
                f"{self.vendor}.{call.operation_id}: HTTP {int(answer.status_code)} parsed into "
                f"{type(answer.parsed).__name__}, not the documented {model.__name__}: {answer.content[:500]!r}"
            )
        self._checker.tally(op, f"client expectation: {problem}" if problem else None)
        if problem:
            raise ClientContractError(problem)
        assert isinstance(answer.parsed, model)
        return answer.parsed

    # -- workflows: every generated operation through the client -------------------------------------------
    def workflow(self, *operation_ids: str) -> Callable[[Callable[[C], None]], Callable[[C], None]]:
        """Register a workflow that calls (at least) these operations through the client."""
        unknown = sorted(set(operation_ids) - set(self.contract.operations))
        if unknown:
            raise ValueError(f"specs/{self.vendor}/openapi.yaml has no operation {', '.join(unknown)}")

        def register(func: Callable[[C], None]) -> Callable[[C], None]:
            self._workflows[func.__name__] = (func, operation_ids)
            return func

        return register

    def client_tests(self) -> tuple[Callable[..., None], Callable[[], None]]:
        """The two client tests: each workflow gets documented successes, and together they call every operation."""
        names = sorted(self._workflows)

        @pytest.mark.parametrize("workflow", names)
        def test_workflow_gets_documented_successes(client: C, workflow: str) -> None:
            func, declared = self._workflows[workflow]
            self.require(*declared, sender=f"workflow {workflow}")
            self.reset()
            func(client)
            missed = [op for op in declared if op not in {c.operation_id for c in self.calls}]
            assert not missed, f"{self.vendor} workflow {workflow} never called {', '.join(missed)}"

        def test_workflows_call_every_generated_operation() -> None:
            covered = {op for _, declared in self._workflows.values() for op in declared}
            generated = _generated_operations(self.target.vendor.package)
            specified = set(self.contract.operations)
            assert generated == specified, (
                f"generated/{self.vendor}-client is stale: operations {sorted(generated ^ specified)} differ from "
                f"specs/{self.vendor}/openapi.yaml; run make regen"
            )
            missing = sorted(specified - covered)
            assert not missing, f"no {self.vendor} client workflow calls {', '.join(missing)}: add one"

        return test_workflow_gets_documented_successes, test_workflows_call_every_generated_operation


def _generated_operations(package: str) -> set[str]:
    api = importlib.import_module(f"{package}.api")
    return {
        info.name.rsplit(".", 1)[1]
        for info in pkgutil.walk_packages(api.__path__, prefix=f"{package}.api.")
        if not info.ispkg
    }
