"""One rule decides whether an operation changes state, and every consumer agrees with it on every operation."""

from __future__ import annotations

import importlib
import re

import pytest

from contracts.live import LivePolicy, LiveRunRefused, LiveSession, mutating_operations
from contracts.mock.behaviour import VendorBehaviour
from contracts.model import VENDORS, load_contract
from contracts.model.house import changes_state
from contracts.semantics.auth import auth_probe
from scripts.client_inputs import vendor_facts

SPECS = ("roit", "paymentworks", "procuros")


def test_the_rule_is_the_method_unless_x_mutates_says_otherwise() -> None:
    assert [bool(changes_state(m)) for m in ("GET", "HEAD", "OPTIONS", "TRACE")] == [False] * 4
    assert [bool(changes_state(m)) for m in ("POST", "PUT", "PATCH", "DELETE")] == [True] * 4
    assert changes_state("GET", True) and changes_state("get", True).why == "x-mutates: true (GET)"
    assert not changes_state("POST", False) and changes_state("POST").why == "POST"


def test_roit_create_request_is_a_get_that_changes_state() -> None:
    op = load_contract("roit").operations["create_request"]
    assert op.method == "GET" and op.changes_state and op.state.why == "x-mutates: true (GET)"


@pytest.mark.parametrize("vendor", SPECS)
def test_the_live_policy_leaves_out_exactly_the_operations_that_change_state(vendor: str) -> None:
    contract = load_contract(vendor)
    assert set(mutating_operations(vendor)) == {
        op.operation_id for op in contract.operations.values() if op.changes_state
    }


@pytest.mark.parametrize("vendor", SPECS)
def test_the_live_session_refuses_exactly_the_operations_that_change_state(vendor: str) -> None:
    contract = load_contract(vendor)
    base_url = contract.servers_in("staging")[0]
    policy = LivePolicy(vendor, base_url, frozenset(), mutating_operations(vendor), None, 1.0)
    session = LiveSession(policy)
    for op in contract.operations.values():
        url = base_url + re.sub(r"{[^}]+}", "1", op.path_template)
        try:
            session.check(op.method, url)
            refused = False
        except LiveRunRefused:
            refused = True
        assert refused == op.changes_state, f"{vendor} {op.operation_id}"


@pytest.mark.parametrize("vendor", SPECS)
def test_the_client_retries_like_a_read_only_what_changes_no_state_or_is_idempotent(vendor: str) -> None:
    contract = load_contract(vendor)
    facts = vendor_facts(VENDORS[vendor], VENDORS[vendor].spec_path)["operations"]
    for op in contract.operations.values():
        expected = "safe" if not op.changes_state or op.idempotent else "unsafe"
        assert facts[op.operation_id]["retry"] == expected, f"{vendor} {op.operation_id}"


@pytest.mark.parametrize("vendor", SPECS)
def test_the_auth_probe_sends_only_an_operation_that_changes_no_state(vendor: str) -> None:
    probe = auth_probe(load_contract(vendor))
    assert probe is not None and not load_contract(vendor).operations[probe.operation_id].changes_state


@pytest.mark.parametrize("vendor", SPECS)
def test_the_mock_follows_the_rule_except_where_its_module_overrides_it(vendor: str) -> None:
    behaviour: VendorBehaviour = importlib.import_module(VENDORS[vendor].behaviour).BEHAVIOUR
    for op in load_contract(vendor).operations.values():
        expected = behaviour.state_overrides.get(op.operation_id, op.changes_state)
        assert behaviour.changes_state(op) == expected
    for operation_id, value in behaviour.state_overrides.items():
        assert value != load_contract(vendor).operations[operation_id].changes_state, (
            f"{vendor}: the override of {operation_id} says what the rule already says; drop it"
        )
