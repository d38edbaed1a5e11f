"""clientgen/resources.py: resources from tags or x-resource, methods from operationId or x-method; bad names fail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clientgen.resources import ResourceFactError, resource_facts
from contracts.model.model import Contract


def _doc(*ops: dict[str, Any], tags: list[dict[str, Any]] | None = None) -> Contract:
    paths = {f"/p{i}": {"get": {"responses": {}, **op}} for i, op in enumerate(ops)}
    return Contract("t", {"paths": paths, "tags": tags or []}, Path("t/openapi.yaml"))


def _names(doc: Contract) -> dict[str, dict[str, str]]:
    return {f"{r['attr']}.{e['operation']}": e["names"] for r in resource_facts(doc) for e in r["operations"]}


def test_the_resource_and_method_come_from_the_tag_and_the_operation_id() -> None:
    doc = _doc(
        {"operationId": "mark_new_vendor_request_processed", "tags": ["New Vendor Requests"]},
        {"operationId": "get_new_vendor_request_details", "tags": ["New Vendor Requests"]},
    )
    assert _names(doc) == {
        "new_vendor_requests.mark_new_vendor_request_processed": {"call": "mark_processed"},
        "new_vendor_requests.get_new_vendor_request_details": {"call": "get_details"},
    }


def test_x_resource_on_a_tag_or_an_operation_and_x_method_override_the_derived_names() -> None:
    doc = _doc(
        {"operationId": "show_transaction", "tags": ["All"], "x-method": "get"},
        {"operationId": "generate_signed_url", "tags": ["All"], "x-resource": "uploads"},
        tags=[{"name": "All", "x-resource": "transactions"}],
    )
    assert _names(doc) == {
        "transactions.show_transaction": {"call": "get"},
        "uploads.generate_signed_url": {"call": "generate_signed_url"},
    }


def test_a_paginated_operation_gets_its_iterators() -> None:
    paging = {"style": "cursor", "parameter": "c", "items": "/data", "next": "/next"}
    doc = _doc({"operationId": "list_new_vendor_request_tags", "tags": ["New Vendor Requests"], "x-pagination": paging})
    assert _names(doc)["new_vendor_requests.list_new_vendor_request_tags"] == {
        "call": "list_tags", "iter": "iter_tags", "iter_pages": "iter_tags_pages"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("ops", "message"),
    [
        ([{"operationId": "a", "tags": ["T"], "x-method": "Get"}], "method 'Get' is not a snake-case Python name"),
        ([{"operationId": "a", "tags": ["T"], "x-method": "class"}], "method 'class' is not a snake-case"),
        ([{"operationId": "a", "tags": ["T"], "x-resource": "token"}], "a name the client already uses"),
        ([{"operationId": "a"}], "no tag and no x-resource"),
        (
            [{"operationId": "get_t", "tags": ["T"]}, {"operationId": "show_t", "tags": ["T"], "x-method": "get"}],
            "method 'get' of resource 't' is also get_t's",
        ),
        (
            [
                {
                    "operationId": "pages",
                    "tags": ["T"],
                    "x-pagination": {"style": "cursor", "parameter": "c", "items": "/d", "next": "/n"},
                }
            ],
            "a paginated operation's method must start with `list`",
        ),
    ],
)
def test_names_the_client_cannot_use_are_refused(ops: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(ResourceFactError, match=message.replace("(", r"\(")):
        resource_facts(_doc(*ops))
