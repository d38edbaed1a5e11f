"""The client layer: each generated operation called through its generated client, and every call checked both ways.

Every response the generated client receives goes, through an httpx response hook, to Schemathesis's response
checks for its operation (`case.validate_response`). Every request it sends is checked against the spec (the
vendor's Authorization form, documented query names and values, path parameters, the JSON body against its
schema) and, against the in-process mock, against what the mock recorded (token masked). Each call lands in the
run log, so reports/summary.md counts it. Vendor test modules hold only their workflows and properties:

    LAYER = ClientLayer("roit", AuthenticatedClient)
    client = LAYER.fixture()

    @LAYER.workflow("create_request", "get_request")
    def create_then_get(client: AuthenticatedClient) -> None: ...

    test_workflow_gets_documented_successes, test_workflows_call_every_generated_operation = LAYER.client_tests()
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from http import HTTPStatus
from typing import Any, Generic, Protocol, TypeVar, cast
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
import requests
from hypothesis import strategies as st
from schemathesis.checks import CHECKS, CheckFunction, load_all_checks, max_response_time
from schemathesis.core.failures import FailureGroup
from schemathesis.schemas import APIOperation

from contract_tests.reporting.runlog import RUN_LOG, OperationLog
from contract_tests.spec.media import match_media
from contract_tests.spec.model import Operation, load_contract
from contract_tests.spec.params import coerce
from contract_tests.spec.pointer import pointer_of
from contract_tests.target import load_schema, resolve_target

__all__ = [
    "ClientContractError",
    "ClientLayer",
    "GeneratedClient",
    "Listing",
    "assert_same_answer",
    "assert_visits_each_once",
    "collect_pages",
    "page_sizes",
]

C = TypeVar("C", bound="GeneratedClient")
M = TypeVar("M")
K = TypeVar("K")
I = TypeVar("I")  # noqa: E741
J = TypeVar("J")
H = TypeVar("H", bound=Hashable)
P = TypeVar("P")

load_all_checks()
# The checks that judge a response on its own; the others re-send requests, which a response hook must not do.
_RESPONSE_CHECKS: list[CheckFunction] = [
    *(
        cast(CheckFunction, check)
        for check in CHECKS.get_by_names(
            [
                "not_a_server_error",
                "status_code_conformance",
                "content_type_conformance",
                "response_headers_conformance",
                "response_schema_conformance",
            ]
        )
    ),
    max_response_time,
]
_REQUEST_CHECKS = ("authorization", "path parameters", "query parameters", "body")
_MAX_PAGES = 2000
_LIVE_MAX_PAGES = 5  # a live paging example reads at most this many pages (requests are rate-limited and capped)


class ClientContractError(AssertionError):
    """A request the generated client sent, or a response it received, breaks the vendor's spec."""


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


@dataclass(frozen=True)
class Call:
    """One call the client made: the operation it reached and the status it got."""

    operation_id: str
    status: int


class ClientLayer(Generic[C]):
    """One vendor's target, spec and generated client, with every call checked and logged."""

    def __init__(self, vendor: str, factory: Callable[..., C]) -> None:
        self.vendor = vendor
        self.target = resolve_target(vendor)
        self.schema = load_schema(self.target)
        self.contract = load_contract(vendor)
        self.calls: list[Call] = []
        self._factory = factory
        self._base_path = urlsplit(self.target.base_url).path.rstrip("/")
        self._operations: dict[str, APIOperation[Any, Any, Any, Any]] = {}
        self._workflows: dict[str, tuple[Callable[[C], None], tuple[str, ...]]] = {}

    # -- the target ---------------------------------------------------------------------------------------
    @property
    def max_pages(self) -> int | None:
        """How many pages a paging property may read per listing: all on the mock, the first few live."""
        return None if self.target.app is not None else _LIVE_MAX_PAGES

    @property
    def live(self) -> bool:
        """Whether calls go to a live target (no reset, no recorded requests)."""
        return self.target.app is None

    def mock_only(self, why: str) -> pytest.MarkDecorator:
        """Skip a test on a live target, saying why it needs the in-process mock."""
        return pytest.mark.skipif(self.live, reason=f"{self.vendor}: {why}; live targets run read-only checks only")

    def excluded(self, operation_ids: Sequence[str]) -> dict[str, str]:
        """Which of these operations this (live) run leaves out, and why."""
        return {op: why for op, why in self.target.excluded.items() if op in operation_ids}

    def reset(self) -> None:
        """Start from the mock's seeded state (a no-op on a live target) and forget the calls made so far."""
        if self.target.app is not None:
            self.target.app.reset()
        self.calls.clear()

    def open_client(self) -> C:
        """A generated client in the vendor's auth form, wired to the target, with the checking hook attached."""
        hooks = {"request": [_note_start], "response": [self._on_response]}
        httpx_args: dict[str, Any] = {"event_hooks": hooks, "trust_env": False}  # no proxy may bypass the transport
        if self.target.app is not None:
            httpx_args["transport"] = self.target.app.transport()
        elif self.target.session is not None:
            # Live requests leave through the target's guarded session: allow-list, rate limit, cap, Retry-After.
            httpx_args["transport"] = _SessionTransport(self.target.session)
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
        self._tally(op, f"client expectation: {problem}" if problem else None)
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
            left_out = self.excluded(declared)
            for op, why in left_out.items():
                RUN_LOG.exclude(self.vendor, op, why)
            if left_out:
                pytest.skip(
                    f"{self.vendor} workflow {workflow} sends {', '.join(sorted(left_out))}, which this live run "
                    f"leaves out ({next(iter(left_out.values()))}); name them in CONTRACT_ALLOW to run it"
                )
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

    # -- the hook -----------------------------------------------------------------------------------------
    def _on_response(self, response: httpx.Response) -> None:
        response.read()
        request = response.request
        try:
            response.elapsed  # noqa: B018
        except RuntimeError:  # a transport that hands over a preloaded body never sets it
            started = request.extensions.get("contract_started", time.perf_counter())
            response.elapsed = timedelta(seconds=time.perf_counter() - started)
        path = request.url.path
        if self._base_path and path.startswith(self._base_path):
            path = path[len(self._base_path) :]
        found = self.contract.match(path)
        op = found[0].operations.get(request.method) if found else None
        if found is None or op is None:
            raise ClientContractError(
                f"{self.vendor}: the client sent {request.method} {path}, which no operation in "
                f"specs/{self.vendor}/openapi.yaml serves"
            )
        path_params = found[1]
        failures = self._request_problems(op, request, path_params)
        if self.target.app is not None:
            failures += self._recorded_problems(op, request, response)
        details = ""
        case = self._operation(op).Case(path_parameters=path_params, query=dict(request.url.params))
        try:
            case.validate_response(response, checks=_RESPONSE_CHECKS)
        except FailureGroup as exc:
            failures += [f"{f.title}: {_first_line(f.message)}" for f in exc.exceptions]
            details = str(exc)
        except AssertionError as exc:
            failures.append(f"{type(exc).__name__}: {_first_line(str(exc))}")
            details = str(exc)
        self.calls.append(Call(op.operation_id, response.status_code))
        checks_run = len(_RESPONSE_CHECKS) + len(_REQUEST_CHECKS) + (1 if self.target.app is not None else 0)
        RUN_LOG.record(self._log(op), status=response.status_code, checks_run=checks_run, failures=failures)
        if failures:
            lines = "\n".join(f"  - {f}" for f in failures)
            message = f"{self.vendor}.{op.operation_id} ({op.method} {path} -> {response.status_code}):\n{lines}"
            raise ClientContractError(message + (f"\n\n{details}" if details else ""))

    def _operation(self, op: Operation) -> APIOperation[Any, Any, Any, Any]:
        found = self._operations.get(op.operation_id)
        if found is None:
            found = self._operations[op.operation_id] = self.schema[op.path_template][op.method.lower()]
        return found

    def _log(self, op: Operation) -> OperationLog:
        return RUN_LOG.operation(
            self.vendor, op.operation_id, f"{op.method} {op.path_template}", tuple(op.documented_statuses())
        )

    def _tally(self, op: Operation, failure: str | None) -> None:
        """Count one more check on the operation's last logged call (no new case)."""
        log = self._log(op)
        if failure is None:
            log.checks_passed += 1
        else:
            log.checks_failed += 1
            log.failures[_first_line(failure)] += 1

    def _masked_authorization(self) -> str:
        return self.target.authorization["Authorization"].replace(self.target.token, "***")

    def _request_problems(self, op: Operation, request: httpx.Request, path_params: dict[str, str]) -> list[str]:
        problems: list[str] = []
        if request.headers.get("authorization") != self.target.authorization["Authorization"]:
            sent = request.headers.get("authorization", "(none)").replace(self.target.token, "***")
            problems.append(
                f"client request authorization: sent {sent!r}, the spec's form is {self._masked_authorization()!r}"
            )
        rules = {(r.location, r.name): r for r in op.parameters}
        for name, raw in path_params.items():
            rule = rules.get(("path", name))
            if rule is not None:
                problems += [
                    f"client request path parameter {name}: {m}"
                    for _, m, _ in rule.validator.errors(coerce([raw], rule.schema)[0])
                ]
        sent_query: dict[str, list[str]] = {}
        for key, value in parse_qsl(request.url.query.decode("ascii", "replace"), keep_blank_values=True):
            sent_query.setdefault(key, []).append(value)
        documented = {r.name: r for r in op.parameters if r.location == "query"}
        for name, values in sent_query.items():
            rule = documented.get(name)
            if rule is None:
                problems.append(
                    f"client request query parameters: {name!r} is not documented "
                    f"(documented: {', '.join(documented) or 'none'})"
                )
                continue
            for _, message, _ in rule.validator.errors(coerce(values, rule.schema)[0]):
                problems.append(f"client request query parameters: {name}={values!r}: {message}")
        problems += [
            f"client request query parameters: required {name!r} missing"
            for name, rule in documented.items()
            if rule.required and name not in sent_query
        ]
        problems += self._body_problems(op, request)
        return problems

    def _body_problems(self, op: Operation, request: httpx.Request) -> list[str]:
        if op.body is None:
            return ["client request body: sent a body the operation does not take"] if request.content else []
        if not request.content:
            return ["client request body: required body missing"] if op.body.required else []
        content_type = request.headers.get("content-type", "")
        media = match_media(content_type, op.body.content)
        if media is None:
            return [f"client request body: Content-Type {content_type!r} is not one of {', '.join(op.body.content)}"]
        try:
            body = json.loads(request.content)
        except ValueError as exc:
            return [f"client request body: not JSON: {exc}"]
        if media.validator is None:
            return []
        return [f"client request body: {pointer_of(s) or '/'}: {m}" for s, m, _ in media.validator.errors(body)]

    def _recorded_problems(self, op: Operation, request: httpx.Request, response: httpx.Response) -> list[str]:
        app = self.target.app
        assert app is not None
        with app.lock:
            record = app.recorded[-1] if app.recorded else None
        if record is None:
            return ["recorded request: the mock recorded nothing"]
        problems = []
        expected: dict[str, Any] = {
            "method": request.method,
            "path": request.url.path,
            "operation_id": op.operation_id,
            "status": response.status_code,
            "query": parse_qsl(request.url.query.decode("ascii", "replace"), keep_blank_values=True),
            "authorization": request.headers.get("authorization", "").replace(self.target.token, "***"),
            "body": json.loads(request.content) if request.content else None,
        }
        actual: dict[str, Any] = {
            "method": record.method,
            "path": record.path,
            "operation_id": record.operation_id,
            "status": record.status,
            "query": parse_qsl(record.query, keep_blank_values=True),
            "authorization": record.headers.get("authorization"),
            "body": record.body,
        }
        problems += [
            f"recorded request: {key} is {actual[key]!r}, the client sent {expected[key]!r}"
            for key in expected
            if actual[key] != expected[key]
        ]
        if self.target.token in json.dumps(record.to_dict()):
            problems.append("recorded request: the token is not masked in the mock's record")
        return problems


class _SessionTransport(httpx.BaseTransport):
    """An httpx transport that sends through a requests session (the live target's guarded LiveSession)."""

    def __init__(self, session: requests.Session) -> None:
        self._session = session

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        prepared = requests.Request(
            request.method, str(request.url), headers=dict(request.headers), data=request.read() or None
        ).prepare()
        answer = self._session.send(prepared, timeout=30, allow_redirects=False)
        # requests has already decoded the body, so the encoding and length headers no longer describe it.
        headers = [(k, v) for k, v in answer.headers.items() if k.lower() not in ("content-encoding", "content-length")]
        return httpx.Response(answer.status_code, headers=headers, content=answer.content, request=request)


# -- paging ------------------------------------------------------------------------------------------------
def page_sizes(maximum: int, several_pages_below: int = 12) -> st.SearchStrategy[int]:
    """Every documented page size, weighted towards sizes that split the seeded data into several pages."""
    return st.integers(1, min(several_pages_below, maximum)) | st.integers(1, maximum)


@dataclass(frozen=True)
class Listing(Generic[I]):
    """The items of consecutive pages, and whether the walk reached the last page (False: cut at `max_pages`)."""

    items: list[I]
    complete: bool

    def map(self, key: Callable[[I], J]) -> Listing[J]:
        """The same walk, each item replaced by `key(item)` (e.g. its id)."""
        return Listing([key(i) for i in self.items], self.complete)


def collect_pages(
    pages: Iterator[P], items: Callable[[P], Sequence[I]], more: Callable[[P], bool], what: str, max_pages: int | None
) -> Listing[I]:
    """The items of a generated `iter_pages` walk, or of its first `max_pages` pages.

    A thin wrapper over the client's own iterator (which follows the vendor's cursor or next link and raises
    PaginationLoopError on a repeat): the suite also needs to know whether the walk reached the last page (live runs
    read only the first pages) and a hard cap, so a vendor that hands out new cursors forever fails instead of hanging.
    """
    found: list[I] = []
    for number, page in enumerate(pages, 1):
        found.extend(items(page))
        if not more(page):
            return Listing(found, complete=True)
        if max_pages is not None and number >= max_pages:
            return Listing(found, complete=False)
        assert number < _MAX_PAGES, f"{what}: paging did not end after {_MAX_PAGES} pages"
    raise AssertionError(f"{what}: the pages stopped although the last one said there were more")


def assert_visits_each_once(what: str, paged: Listing[H], full: Listing[H]) -> None:
    """The pages together list exactly the full listing: nothing twice, nothing missing, nothing extra.

    When the paged walk was cut short (live targets read only the first pages), its items must be exactly the
    same stretch at the start of the full listing.
    """
    expected = full.items if paged.complete else full.items[: len(set(paged.items))]
    scope = "the full listing" if paged.complete else f"the first {len(expected)} of the full listing"
    repeated = sorted(str(k) for k, n in Counter(paged.items).items() if n > 1)
    missing = [str(k) for k in expected if k not in set(paged.items)]
    extra = sorted(str(k) for k in set(paged.items) - set(expected))
    problems = []
    if repeated:
        problems.append(f"listed more than once: {', '.join(repeated)}")
    if missing:
        problems.append(f"never listed: {', '.join(missing)}")
    if extra:
        problems.append(f"not in {scope}: {', '.join(extra)}")
    assert not problems, f"{what} ({len(paged.items)} items paged, {len(expected)} in {scope}): " + "; ".join(problems)


def assert_same_answer(what: str, first: dict[str, Any], again: dict[str, Any]) -> None:
    """A repeated call answered exactly what the first one did; names each field that changed."""
    changed = {
        k: (first.get(k), again.get(k)) for k in sorted(first.keys() | again.keys()) if first.get(k) != again.get(k)
    }
    assert not changed, f"{what} changed (first, now): {changed}"


# -- helpers -----------------------------------------------------------------------------------------------
def _generated_operations(package: str) -> set[str]:
    api = importlib.import_module(f"{package}.api")
    return {
        info.name.rsplit(".", 1)[1]
        for info in pkgutil.walk_packages(api.__path__, prefix=f"{package}.api.")
        if not info.ispkg
    }


def _note_start(request: httpx.Request) -> None:
    request.extensions["contract_started"] = time.perf_counter()


def _first_line(text: object) -> str:
    lines = str(text or "").strip().splitlines()
    return lines[0] if lines else ""
