"""PaymentWorks's filters: the honest mock applies each one, and the check catches a mock that ignores only it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from contracts.mock import create_app
from contracts.mock.testing import sync_client
from contracts.model import VENDORS, load_spec
from contracts.semantics import semantics
from contracts.semantics.rules import filter_violations

SEM = semantics(load_spec(VENDORS["paymentworks"].spec_path))
# A value per filter that the seeded mock answers with some items but not all of them.
ASKED: dict[tuple[str, str], Any] = {
    ("list_updates", "status"): 1,
    ("list_updates", "status_change_since"): "2022-09-01",
    ("list_updates", "since"): "2022-09-01",
    ("list_updates", "last_n_days"): 5,
    ("list_updates", "supplier_name"): "home dep",
    ("list_new_vendor_requests", "status"): 1,
    ("list_new_vendor_requests", "type"): 2,
    ("list_new_vendor_requests", "resubmitted_only"): "true",
    ("list_new_vendor_requests", "since"): "2022-09-01",
    ("list_new_vendor_requests", "last_n_days"): 5,
    ("list_new_vendor_requests", "supplier_name"): "HOME d",
}


def _listed(operation_id: str, query: dict[str, Any], faults: str = "") -> dict[str, Any]:
    sem = SEM[operation_id]
    with sync_client(create_app("paymentworks", faults=faults)) as client:
        answer = client.get(sem.path, params={"per_page": 1000, **query})
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def test_every_declared_filter_has_a_probe() -> None:
    declared = {(op, f.parameter) for op in ("list_updates", "list_new_vendor_requests") for f in SEM[op].filters}
    assert declared == set(ASKED)


@pytest.mark.parametrize(("operation_id", "parameter"), sorted(ASKED), ids=[f"{o}:{p}" for o, p in sorted(ASKED)])
def test_the_filter_is_applied_and_ignoring_it_alone_is_caught(operation_id: str, parameter: str) -> None:
    sem, query = SEM[operation_id], {parameter: ASKED[(operation_id, parameter)]}
    honest = _listed(operation_id, query)
    assert honest["results"], f"{parameter}: the probe value finds nothing in the seeded mock; pick another"
    assert filter_violations(sem, query, honest) == []
    faulty = _listed(operation_id, query, f"ignores-filter={parameter}@{operation_id}")
    (problem,) = filter_violations(sem, query, faulty)
    assert problem.startswith(f"{parameter}=")


def test_a_narrowed_fault_leaves_the_other_filters_applied() -> None:
    query = {"status": 1, "supplier_name": "home"}
    faulty = _listed("list_updates", query, "ignores-filter=supplier_name")
    assert {u["status"] for u in faulty["results"]} == {"Approved"}
    assert not all(u["vendor_name"].lower().startswith("home") for u in faulty["results"])


def test_a_narrowed_fault_must_name_a_declared_filter() -> None:
    with pytest.raises(ValueError, match="'per_page' is no x-filters parameter of paymentworks; expected one of"):
        create_app("paymentworks", faults="ignores-filter=per_page")
    with pytest.raises(ValueError, match="only ignores-filter=<x-filters parameter> takes an argument"):
        create_app("paymentworks", faults="server-error=x")


def test_filters_the_answer_cannot_show_are_declared_unchecked_with_a_reason() -> None:
    assert set(SEM["list_updates"].unchecked_filters) == {"value_change_since"}
    assert set(SEM["list_new_vendor_requests"].unchecked_filters) == {"status_change_since"}
    assert all(len(why) > 40 for s in SEM.values() for why in s.unchecked_filters.values())


NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _updates(*items: dict[str, Any]) -> dict[str, Any]:
    return {"count": len(items), "next": None, "previous": None, "results": list(items)}


@pytest.mark.parametrize(
    ("query", "item", "kept"),
    [
        ({"last_n_days": 3}, {"ts": (NOW - timedelta(days=2)).isoformat()}, True),
        ({"last_n_days": 3}, {"ts": "2026-03-06T12:00:00-05:00"}, True),  # a day's slack for the vendor's clock
        ({"last_n_days": 3}, {"ts": "2026-03-05T12:00:00Z"}, False),
        ({"last_n_days": 10**9}, {"ts": "2022-04-12T10:44:25.474805-04:00"}, True),
        ({"last_n_days": 3}, {"ts": "yesterday"}, False),
        ({"supplier_name": "HOME dep"}, {"vendor_name": "Home Depot of Wolcott"}, True),
        ({"supplier_name": "depot"}, {"vendor_name": "Home Depot"}, False),
    ],
)
def test_update_filters_judge_one_item(query: dict[str, Any], item: dict[str, Any], kept: bool) -> None:
    assert (filter_violations(SEM["list_updates"], query, _updates(item), NOW) == []) is kept


@pytest.mark.parametrize(
    ("query", "item", "kept"),
    [
        ({"resubmitted_only": True}, {"is_resubmitted": True}, True),
        ({"resubmitted_only": "true"}, {"is_resubmitted": False}, False),
        ({"resubmitted_only": False}, {"is_resubmitted": False}, True),
        ({"resubmitted_only": "false"}, {"is_resubmitted": True}, True),
        ({"supplier_name": "depot"}, {"requesting_company": {"name": "Best Home Depot"}}, True),
        ({"supplier_name": "acme"}, {"requesting_company": {"name": "Home Depot"}}, False),
    ],
)
def test_registration_filters_judge_one_item(query: dict[str, Any], item: dict[str, Any], kept: bool) -> None:
    assert (filter_violations(SEM["list_new_vendor_requests"], query, _updates(item), NOW) == []) is kept
