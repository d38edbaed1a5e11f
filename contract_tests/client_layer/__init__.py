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

One module per job; only `layer` imports pytest (import-linter holds it):
`layer` (ClientLayer: fixtures, workflows, the client tests) > `hook` (every answer checked and logged) >
`request_checks` (the request against the spec and the mock's record) | `transport` (how requests leave) |
`listing` (paging helpers for properties) > `errors`.
"""

from contract_tests.client_layer.errors import ClientContractError
from contract_tests.client_layer.hook import Call
from contract_tests.client_layer.layer import ClientLayer, GeneratedClient
from contract_tests.client_layer.listing import (
    LIVE_MAX_PAGES,
    Listing,
    assert_same_answer,
    assert_visits_each_once,
    collect_pages,
    page_sizes,
)
from contract_tests.client_layer.transport import SessionTransport

__all__ = [
    "LIVE_MAX_PAGES",
    "Call",
    "ClientContractError",
    "ClientLayer",
    "GeneratedClient",
    "Listing",
    "SessionTransport",
    "assert_same_answer",
    "assert_visits_each_once",
    "collect_pages",
    "page_sizes",
]
