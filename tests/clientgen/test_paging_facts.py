"""clientgen/paging.py: the x-pagination pointers walked in Python into what pagination.py.jinja prints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clientgen.paging import PagingFactError, paging_facts, pointer_steps
from contracts.model import Contract, Pagination

DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Page": {
                "type": "object",
                "required": ["data"],
                "properties": {
                    "data": {"$ref": "#/components/schemas/Inner"},
                    "class": {"type": "string"},
                    "a/b": {"type": "boolean"},
                },
            },
            "Inner": {
                "type": "object",
                "properties": {"items": {"type": "array", "items": {}}, "nextCursor": {"type": "string"}},
            },
        }
    }
}
PAGE = {"$ref": "#/components/schemas/Page"}


def _contract(operation: dict[str, Any] | None = None) -> Contract:
    """DOC compiled, with the operation (if any) at GET /things."""
    paths = {"/things": {"get": operation}} if operation else {}
    return Contract("things", {**DOC, "paths": paths}, Path("openapi.yaml"))


def test_each_step_names_the_member_its_python_attribute_and_whether_it_is_required() -> None:
    assert pointer_steps(_contract(), PAGE, "/data/nextCursor", "field_") == [
        {"name": "data", "attr": "data", "required": True},
        {"name": "nextCursor", "attr": "next_cursor", "required": False},
    ]


def test_a_keyword_or_escaped_member_gets_the_generators_name() -> None:
    assert pointer_steps(_contract(), PAGE, "/class", "field_")[0]["attr"] == "class_"
    assert pointer_steps(_contract(), PAGE, "/a~1b", "field_")[0]["name"] == "a/b"


def test_the_facts_carry_status_position_type_and_every_pointers_steps() -> None:
    operation = {
        "operationId": "list_things",
        "responses": {"404": {}, "200": {"content": {"application/json": {"schema": PAGE}}}},
    }
    contract = _contract(operation)
    op = contract.operations["list_things"]
    facts = paging_facts(contract, op, Pagination("page-number", "page", "/data/items", "/data/nextCursor"), "f_")
    assert facts["status"] == 200 and facts["position_type"] == "int"
    assert [step["attr"] for step in facts["steps"]["items"]] == ["data", "items"]
    assert facts["steps"]["has_more"] is None and facts["items"] == "/data/items"


def test_a_pointer_to_no_member_is_refused_naming_the_operation() -> None:
    operation = {
        "operationId": "list_things",
        "responses": {"200": {"content": {"application/json": {"schema": PAGE}}}},
    }
    with pytest.raises(PagingFactError, match=r"list_things: x-pagination: '/data/nope': 'nope' is not a member"):
        contract = _contract(operation)
        paging = Pagination("cursor", "cursor", "/data/nope", "/data/nextCursor")
        paging_facts(contract, contract.operations["list_things"], paging, "field_")
