"""The audit of promises is judged: every vendor's statements are well formed and name checks the spec declares; a
statement naming a missing check, or giving both or neither of checked-by and unchecked, is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from contracts.model import VENDORS, load_spec
from contracts.model.promises import coverage, load_promises, promise_problems
from contracts.model.semantic import problems
from scripts.validate_specs import main, suite_tests


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_every_vendor_s_audit_names_only_checks_that_exist(vendor: str) -> None:
    spec = VENDORS[vendor].spec_path
    assert list(promise_problems(spec, load_spec(spec), suite_tests(vendor))) == []
    found = coverage(vendor, spec)
    assert 0 < found.checked <= found.found == len(load_promises(spec))
    assert all(p.unchecked.strip() for p in load_promises(spec) if not p.checked_by)


def _audit(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(VENDORS["roit"].spec_path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "PROMISES.yaml").write_text(body, encoding="utf-8")
    return list(promise_problems(spec, load_spec(spec), frozenset({"test_update_is_not_lost"})))


def test_a_statement_naming_an_extension_the_operation_lacks_is_refused(tmp_path: Path) -> None:
    entry = "promises:\n  - {where: get_request, says: x, kind: scope, checked-by: x-scoped-to@get_request}\n"
    ((at, message),) = _audit(tmp_path, entry)
    assert at == "/promises/0/checked-by" and "declares no x-scoped-to" in message


def test_a_statement_naming_an_unknown_test_or_operation_is_refused(tmp_path: Path) -> None:
    entry = "promises:\n  - {where: a, says: x, kind: effect, checked-by: [test_nothing, x-sets@no_such_op]}\n"
    assert [m for _, m in _audit(tmp_path, entry)] == [
        "'test_nothing' is neither <x-extension>@<operationId> nor a test of this vendor's suite",
        "'x-sets@no_such_op': no operation 'no_such_op' (write <extension>@<operationId>)",
    ]
    assert _audit(tmp_path, entry.replace("test_nothing, x-sets@no_such_op", "test_update_is_not_lost")) == []


def test_a_statement_must_say_what_checks_it_or_why_nothing_can(tmp_path: Path) -> None:
    neither = "promises:\n  - {where: a, says: x, kind: effect}\n"
    both = "promises:\n  - {where: a, says: x, kind: effect, unchecked: why, checked-by: test_update_is_not_lost}\n"
    for body in (neither, both):
        ((_, message),) = _audit(tmp_path, body)
        assert "exactly one of `checked-by`" in message
    assert [m for _, m in _audit(tmp_path, "promises:\n  - {where: a, says: x, kind: mood, unchecked: y}\n")] == [
        "'mood'; expected one of ordering, scope, effect, identity, error, links, paging, auth"
    ]


def test_validate_specs_prints_the_coverage_per_vendor(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["paymentworks"]) == 0
    found = coverage("paymentworks", VENDORS["paymentworks"].spec_path)
    assert f"paymentworks: promises checked {found.checked}/{found.found}" in capsys.readouterr().out


def _problems_after(change: dict[str, object], operation: str, method: str) -> list[str]:
    doc = load_spec(VENDORS["roit"].spec_path)
    path = next(p for p, item in doc["paths"].items() if item.get(method, {}).get("operationId") == operation)
    doc["paths"][path][method].update(change)
    return [f"[{p.rule}] {p.message}" for p in problems(doc)]


def test_a_promise_extension_naming_what_the_spec_lacks_is_refused() -> None:
    assert _problems_after({}, "get_request", "get") == []
    assert _problems_after({"x-not-found": {"status": 403}}, "get_request", "get") == [
        "[x-not-found] `{status: <a documented 4xx>}` on an operation with a path parameter (the id)"
    ]
    advance = {"field": "/data/modifiedAt", "read": "get_request", "read-field": "/data/updatedAt"}
    assert _problems_after({"x-advances": advance}, "update_request", "put") == [
        "[x-advances] '/data/modifiedAt' names no field of the success answer"
    ]
    assert _problems_after(
        {"x-advances": {**advance, "field": "/data/updatedAt", "read": "nope"}}, "update_request", "put"
    ) == ["[x-advances] no operation 'nope' to read the record with"]
    assert _problems_after({"x-cursor-key": {"field": "/nothing"}}, "list_requests", "get") == [
        "[x-cursor-key] `{field: <pointer into each item>}` on a cursor listing"
    ]
    assert _problems_after({"x-scoped-to": {"id": "/processUniqueId"}}, "list_requests", "get") == [
        "[x-scoped-to] {<path parameter>: <pointer into each listed item>}"
    ]
    assert _problems_after({"x-page-links": {"/data/nextStartAfter": "sideways"}}, "list_requests", "get") == [
        "[x-page-links] {<pointer to a link field>: next | previous}"
    ]
