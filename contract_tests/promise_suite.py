"""The promise tests every vendor shares, built from its spec: an unknown id is answered as the spec says
(x-not-found), and a write moves the record's clock in its answer and in every later read (x-advances).

Both need more than one answer (a record that exists, a read before and after a write), so they are tests, not
Schemathesis checks; they run against the mock and live alike (a write only where the live run allows it).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from contract_tests.lazy import collected
from contract_tests.target import Target, built, excluded_operations, resolve_target
from contracts.model import clock
from contracts.model.model import Contract, Operation, load_contract
from contracts.model.semantic import Advance, OperationSemantics
from contracts.semantics.promise_rules import advance_violations
from contracts.semantics.rules import MISSING, at

__all__ = ["promise_tests", "unknown_id"]


def _client(target: Target) -> httpx.Client:
    return httpx.Client(base_url=target.base_url, transport=target.transport(), trust_env=False, timeout=30.0)


def unknown_id(schema: Mapping[str, Any], fresh: Callable[[], object]) -> str:
    """An id no record has, in the form the path parameter's schema takes (a fresh UUID from `fresh`, or a number
    past any id)."""
    if schema.get("type") == "integer":
        maximum = schema.get("maximum")
        return str(int(maximum) if isinstance(maximum, int) else 987_654_321)
    return str(fresh())


def _fill(template: str, values: Mapping[str, Any]) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", quote(str(value), safe=""))
    return template


def _params(sems: list[OperationSemantics], excluded: Mapping[str, str]) -> list[Any]:
    params = [
        pytest.param(s.operation_id, marks=pytest.mark.skip(f"left out of this run: {excluded[s.operation_id]}"))
        if s.operation_id in excluded
        else s.operation_id
        for s in sorted(sems, key=lambda s: s.operation_id)
    ]
    return params or [pytest.param("-", marks=pytest.mark.skip("no operation declares it"))]


def _declaring(vendor: str, promise: str) -> list[OperationSemantics]:
    """The vendor's operations that declare the promise (`not_found`, `advances`)."""
    return [s for s in load_contract(vendor).semantics.values() if getattr(s, promise) is not None]


@functools.cache
def _target(vendor: str) -> Target:
    """The vendor's target for the promise tests, built by the first of them this process runs."""
    return resolve_target(vendor)


def _not_found_test(vendor: str) -> Any:
    @collected("operation_id", lambda: _params(_declaring(vendor, "not_found"), excluded_operations(vendor)))
    def test_an_unknown_id_is_answered_as_not_found(operation_id: str) -> None:
        target, contract = built(vendor, lambda: _target(vendor)), load_contract(vendor)
        sem = contract.semantics[operation_id]
        op = contract.operations[operation_id]
        # A fresh UUID the replay of a recorded run draws again (Target.fresh_uuid), never uuid4.
        fresh = lambda: target.fresh_uuid(f"unknown id of {operation_id}")  # noqa: E731
        asked = {p.name: unknown_id(p.schema, fresh) for p in op.parameters if p.location == "path"}
        target.reset()
        with _client(target) as client:
            answer = client.request(op.method, _fill(sem.path, asked), headers=target.authorization)
        named = ", ".join(f"{name}={value}" for name, value in asked.items())
        assert answer.status_code == sem.not_found, (
            f"{vendor} {operation_id}: asked for {named} (no such record), answered HTTP "
            f"{answer.status_code}; x-not-found says {sem.not_found}"
        )

    return test_an_unknown_id_is_answered_as_not_found


def _record_source(contract: Contract, read: Operation) -> tuple[Operation, dict[str, str]] | None:
    """A listing without path parameters whose answer links to `read`, and the body pointers its link fills from."""
    wanted = {p.name for p in read.parameters if p.location == "path"}
    for op in contract.operations.values():
        if op.state.changes or any(p.location == "path" or p.required for p in op.parameters):
            continue
        for key, response in op.responses.items():
            for link in response.links.values() if key.startswith("2") else ():
                given = {
                    n: str(v).removeprefix("$response.body#")
                    for n, v in (link.get("parameters") or {}).items()
                    if str(v).startswith("$response.body#/")
                }
                if link.get("operationId") == read.operation_id and wanted <= given.keys():
                    return op, given
    return None


def _json(answer: httpx.Response) -> Any:
    try:
        return answer.json()
    except ValueError:
        return None


_PLAIN = {"string": "contract-test", "integer": 1, "number": 1, "boolean": True, "array": [], "object": {}}


def _minimal(contract: Contract, pointer: str | None) -> Any:
    """The least body the schema takes: each required property at its first enum value, const, default or type."""
    if pointer is None:
        return None
    schema = contract.deref(contract.schema_at(pointer)) or {}
    body = {}
    for name in schema.get("required") or []:
        prop = contract.deref((schema.get("properties") or {}).get(name)) or {}
        for key in ("const", "default", "example"):
            if key in prop:
                body[name] = prop[key]
                break
        else:
            kind = prop.get("type")
            body[name] = prop["enum"][0] if prop.get("enum") else _PLAIN.get(kind if isinstance(kind, str) else "")
    return body


def _write_request(contract: Contract, op: Operation, rule: Advance, ids: Mapping[str, Any]) -> tuple[str, Any]:
    """The write's path and body (the spec's request example, or the least its schema takes), naming the record."""
    path = _fill(op.path_template, ids)
    media = list(op.body.content.values()) if op.body else []
    examples = [e for m in media for e in m.examples]
    body = copy.deepcopy(examples[0]) if examples else _minimal(contract, media[0].pointer if media else None)
    if rule.record is not None and isinstance(body, dict):
        body[rule.record.strip("/")] = next(iter(ids.values()))
    return path, body


def _clock_test(vendor: str) -> Any:
    @collected("operation_id", lambda: _params(_declaring(vendor, "advances"), excluded_operations(vendor)))
    def test_a_write_moves_the_record_clock(operation_id: str) -> None:
        target, contract = built(vendor, lambda: _target(vendor)), load_contract(vendor)
        rule = contract.semantics[operation_id].advances
        assert rule is not None
        op, read = contract.operations[operation_id], contract.operations[rule.read]
        found = _record_source(contract, read)
        if found is None:
            pytest.skip(f"{vendor} {operation_id}: no listing links to {rule.read}, so no record to write to")
        source, pointers = found
        target.reset()
        with _client(target) as client:
            first = _json(client.get(source.path_template, headers=target.authorization))
            ids = {name: at(first, ptr) for name, ptr in pointers.items()}
            if any(v in (MISSING, None) for v in ids.values()):
                pytest.skip(f"{vendor} {operation_id}: the first page of {source.operation_id} names no record")
            read_path = _fill(read.path_template, ids)
            before = at(_json(client.get(read_path, headers=target.authorization)), rule.read_field)
            path, body = _write_request(contract, op, rule, ids)
            sent_at = clock.now()
            answer = client.request(op.method, path, json=body, headers=target.authorization)
            assert answer.is_success, (
                f"{vendor} {operation_id} at {path}: the write was refused, HTTP {answer.status_code}"
            )
            answered = at(_json(answer), rule.field)
            later = at(_json(client.get(read_path, headers=target.authorization)), rule.read_field)
        found_problems = advance_violations(rule, f"the answer's {rule.field}", answered, sent_at, before)
        found_problems += advance_violations(
            rule, f"{rule.read}'s {rule.read_field} after it", later, sent_at, answered
        )
        assert not found_problems, f"{vendor} {operation_id} on {ids}: " + "; ".join(found_problems)

    return test_a_write_moves_the_record_clock


def promise_tests(vendor: str) -> tuple[Any, Any]:
    """(an unknown id answered as not found, a write moving the record's clock) for one vendor, from its spec.

    Importing them builds nothing: pytest reads the operations from the compiled contract when it collects the tests,
    and the first test to run builds the target, so an environment that does not allow it fails each in one line.
    """
    return _not_found_test(vendor), _clock_test(vendor)
