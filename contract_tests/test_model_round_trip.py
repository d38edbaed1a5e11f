"""Every document a spec allows survives the generated client: `Model.from_dict(x).to_dict() == x`.

Strategies come from the specs' own schemas, so a new operation or field is covered on the next regeneration.
Responses go through each operation's real response parser (every documented status, error bodies included);
request bodies through the body model the operation takes.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType
from typing import Any, get_args, get_type_hints

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_tests.schemas import json_strategy, valid_formats
from contracts.model import VENDORS, load_spec, operations


@dataclass(frozen=True)
class Case:
    """One schema that a generated model must round-trip."""

    vendor: str
    operation_id: str
    where: str  # "request" or the response status
    status: int  # the concrete status used for a response (ranges like 4XX get one inside the range)
    schema: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.vendor}:{self.operation_id}:{self.where}"


def _operation_modules(package: str) -> dict[str, ModuleType]:
    api = importlib.import_module(f"{package}.api")
    modules: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{package}.api."):
        if not info.ispkg:
            modules[info.name.rsplit(".", 1)[1]] = importlib.import_module(info.name)
    return modules


def _json_schema(holder: dict[str, Any]) -> dict[str, Any] | None:
    schema = (holder.get("content") or {}).get("application/json", {}).get("schema")
    return schema if isinstance(schema, dict) else None


def _concrete_status(code: str, explicit: set[int]) -> int:
    if code.isdigit():
        return int(code)
    base = int(code[0]) * 100  # "4XX" -> the first status in the range the spec does not name on its own
    return next(s for s in range(base, base + 100) if s not in explicit)


def _cases() -> list[Case]:
    """One case per inline schema, and one per referenced component (a $ref always yields the same model class)."""
    cases = []
    seen_refs: set[tuple[str, str, str]] = set()

    def add(case: Case) -> None:
        ref = case.schema.get("$ref")
        if ref is not None and len(case.schema) == 1:
            key = (case.vendor, "request" if case.where == "request" else "response", ref)
            if key in seen_refs:
                return
            seen_refs.add(key)
        cases.append(case)

    for vendor in VENDORS.values():
        doc = load_spec(vendor.spec_path)
        for _, _, op in operations(doc):
            body = op.get("requestBody", {})
            if "$ref" not in body and (schema := _json_schema(body)):
                add(Case(vendor.name, op["operationId"], "request", 0, schema))
            explicit = {int(c) for c in op["responses"] if c.isdigit()}
            for code, response in op["responses"].items():
                if "$ref" in response:
                    response = doc["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
                if schema := _json_schema(response):
                    add(Case(vendor.name, op["operationId"], code, _concrete_status(code, explicit), schema))
    return cases


CASES = _cases()
SPECS = {name: load_spec(v.spec_path) for name, v in VENDORS.items()}
MODULES = {name: _operation_modules(v.package) for name, v in VENDORS.items()}


def test_every_operation_has_a_generated_module() -> None:
    for name, doc in SPECS.items():
        ids = {op["operationId"] for _, _, op in operations(doc)}
        assert ids <= MODULES[name].keys(), f"{name}: no generated module for {sorted(ids - MODULES[name].keys())}"


_STRATEGIES: dict[str, st.SearchStrategy[Any]] = {}


def _strategy(case: Case) -> st.SearchStrategy[Any]:
    """Build each case's strategy once; rebuilding it for every example is most of the cost."""
    if case.id not in _STRATEGIES:
        _STRATEGIES[case.id] = json_strategy(case.schema, SPECS[case.vendor], formats=valid_formats())
    return _STRATEGIES[case.id]


def _parse_body(hint: Any, document: Any) -> Any:
    """A request body model from its JSON; a union (Procuros SentTransaction) tries each member in turn.

    The generated client has no parser for a request body (it only serializes one), so this mirrors the one it writes
    for a union in a response: each member's `from_dict` in declaration order, the first that does not raise wins.
    """
    members = get_args(hint) or (hint,)
    for member in members[:-1]:
        try:
            return member.from_dict(document)
        except (TypeError, ValueError, AttributeError, KeyError):
            continue
    return members[-1].from_dict(document)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
@given(data=st.data())
def test_documents_round_trip_through_generated_models(case: Case, data: st.DataObject) -> None:
    document = data.draw(_strategy(case), label="document")
    module = MODULES[case.vendor][case.operation_id]
    if case.where == "request":
        parsed = _parse_body(get_type_hints(module._get_kwargs)["body"], document)
    else:
        client_module = importlib.import_module(f"{VENDORS[case.vendor].package}.client")
        client = client_module.Client(base_url="http://127.0.0.1")
        parsed = module._parse_response(client=client, response=httpx.Response(case.status, json=document))
        assert parsed is not None, f"{case.id}: the client did not parse a documented status"
    assert parsed.to_dict() == document
