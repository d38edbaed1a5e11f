"""The core's one reader of x-pagination: every spec's listings read back as written; a malformed one reads as none."""

from __future__ import annotations

import re

import pytest

from contracts.model import REPO_ROOT, VENDORS, load_spec, operations, pagination
from scripts.client_inputs import vendor_facts


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_listing_reads_back_as_its_extension(vendor: str) -> None:
    doc = load_spec(VENDORS[vendor].spec_path)
    listings = [op for _, _, op in operations(doc) if "x-pagination" in op]
    assert listings
    for op in listings:
        found = pagination(op)
        assert found is not None and found.as_extension() == op["x-pagination"], op["operationId"]
        assert found.next_param == (found.parameter if found.style == "cursor" else None)


def test_the_client_templates_get_the_core_reading() -> None:
    vendor = VENDORS["paymentworks"]
    facts = vendor_facts(vendor, vendor.spec_path)["operations"]
    paging = facts["list_updates"]["pagination"]
    assert {key: paging[key] for key in ("style", "parameter", "items", "next")} == {
        "style": "page-number",
        "parameter": "page",
        "items": "/results",
        "next": "/next",
    }
    assert "has-more" not in paging and paging["steps"]["has_more"] is None
    assert facts["get_update"]["pagination"] is None


@pytest.mark.parametrize(
    "raw",
    [
        "page",
        {"style": "offset", "parameter": "page", "items": "/results", "next": "/next"},
        {"style": "cursor", "parameter": "cursor", "items": "/items"},
        {"style": "cursor", "parameter": "cursor", "items": "/items", "next": "/next", "pages": "/n"},
    ],
)
def test_a_pagination_validate_specs_refuses_reads_as_none(raw: object) -> None:
    assert pagination({"x-pagination": raw}) is None


def test_only_the_core_and_the_validate_rule_read_the_extension() -> None:
    reads = re.compile(r"""\[["']x-pagination["']\]|\.get\(["']x-pagination["']""")
    readers = {
        path.relative_to(REPO_ROOT).as_posix()
        for folder in ("contracts", "contract_tests", "scripts")
        for path in (REPO_ROOT / folder).rglob("*.py")
        if reads.search(path.read_text(encoding="utf-8"))
    }
    assert readers == {"contracts/model/pagination.py", "scripts/pagination_rules.py"}
