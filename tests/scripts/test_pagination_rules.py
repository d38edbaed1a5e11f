"""validate-specs refuses an `x-pagination` that names a parameter or member its operation does not have."""

from __future__ import annotations

from typing import Any

import pytest

from contracts.model import VENDORS, load_spec
from scripts.pagination_rules import pagination_problems
from scripts.validate_specs import SpecChecker

POINTER = "/paths/~1v2~1tasks/get/x-pagination"


def _procuros() -> dict[str, Any]:
    return load_spec(VENDORS["procuros"].spec_path)


def test_every_spec_declares_valid_pagination_on_its_list_operations() -> None:
    for name, vendor in VENDORS.items():
        doc = load_spec(vendor.spec_path)
        assert list(pagination_problems(doc)) == [], name
        listed = [op["operationId"] for item in doc["paths"].values() for op in item.values() if "x-pagination" in op]
        assert listed, f"{name} declares no x-pagination"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("parameter", "page", "'page' is not a query parameter of list_incoming_tasks"),
        ("items", "/entries", "'/entries' names no member of the 2xx response schema"),
        ("next", "/cursor/next", "'/cursor/next' names no member of the 2xx response schema"),
        ("has-more", "/more", "'/more' names no member of the 2xx response schema"),
        ("items", "/count", "'/count' must be an array"),
        ("style", "offset", "style 'offset' is not one of cursor, page-number"),
        ("cursor", "x", "unknown key 'cursor'"),
    ],
)
def test_a_name_the_operation_lacks_is_reported_at_its_pointer(key: str, value: str, message: str) -> None:
    doc = _procuros()
    doc["paths"]["/v2/tasks"]["get"]["x-pagination"][key] = value
    checker = SpecChecker("specs/procuros/openapi.yaml", doc)
    checker.check_pagination()
    assert [(p.rule, p.pointer) for p in checker.problems] == [("x-pagination", f"{POINTER}/{key}")]
    assert message in checker.problems[0].message
