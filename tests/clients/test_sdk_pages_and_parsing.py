"""Iterators visit every item once (iter_items parsing each when reached), a looping vendor raises, unknown enum
values parse, bad bodies name a pointer."""

from __future__ import annotations

import asyncio
import json
import weakref
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import parse_qs

import httpx
import paymentworks_client
import procuros_client
import pytest
import roit_client
from paymentworks_client.api.updates import list_updates
from paymentworks_client.models import UpdateMetadata, UpdateStatusDisplay, UpdateVendorNumber
from procuros_client.api.all_transactions import show_transaction
from procuros_client.api.incoming_transactions import list_incoming_transactions
from procuros_client.api.tasks import list_incoming_tasks
from procuros_client.errors import AuthenticationError, NotFoundError, PaginationLoopError, ResponseParseError
from procuros_client.models import ReceivedOrderResponseTransaction, ReceivedTransactionOfUnknownType, TaskPage
from roit_client.api.data_integration import create_request, list_requests
from roit_client.errors import UnprocessableEntityError as RoitUnprocessableEntityError
from roit_client.types import Unset

from contracts.mock import DEMO_TOKEN, create_app
from contracts.mock.roit import SEEDED_IDS
from contracts.mock.scripted import Step, scripted, scripted_async
from contracts.mock.testing import spec_problems

BASE = "http://testserver"
Rewrite = Callable[[Any], Any]
T = TypeVar("T")


def present(value: T | Unset) -> T:
    """The value of a member the spec marks optional, asserting the answer carried it."""
    assert not isinstance(value, Unset)
    return value


def _procuros(
    steps: list[Step] | None = None,
    rewrite: Rewrite | None = None,
    faults: list[str] | None = None,
    token: str = DEMO_TOKEN,
) -> procuros_client.AuthenticatedClient:
    transport = scripted(create_app("procuros", faults=faults or []).transport(), steps or [], rewrite=rewrite)
    return procuros_client.AuthenticatedClient(base_url=BASE, token=token, httpx_args={"transport": transport})


def _paymentworks(rewrite: Rewrite | None = None) -> paymentworks_client.AuthenticatedClient:
    transport = scripted(create_app("paymentworks").transport(), rewrite=rewrite)
    return paymentworks_client.AuthenticatedClient(base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": transport})


@pytest.mark.parametrize("per_page", [1, 7, 1000])
def test_paymentworks_updates_are_each_listed_once(per_page: int) -> None:
    transport = create_app("paymentworks").transport()
    client = paymentworks_client.AuthenticatedClient(
        base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": transport}
    )
    everything = list_updates.sync_or_raise(client=client, per_page=1000)
    assert everything.next_ is None, "the seeded updates fit one page of the maximum size"
    assert [u.id for u in list_updates.iter_items(client=client, per_page=per_page)] == [
        u.id for u in everything.results
    ]


@pytest.mark.parametrize("per_page", [1, 7, 100])
def test_procuros_tasks_are_each_listed_once(per_page: int) -> None:
    client = _procuros()
    everything = list_incoming_tasks.sync_or_raise(client=client, per_page=100)
    assert not everything.has_more
    listed = [t.procuros_task_id for t in list_incoming_tasks.iter_items(client=client, per_page=per_page)]
    assert listed == [t.procuros_task_id for t in everything.items]


@pytest.mark.parametrize("page_size", [1, 7, 100])
def test_roit_requests_are_each_listed_once(page_size: int) -> None:
    transport = create_app("roit").transport()
    client = roit_client.AuthenticatedClient(base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": transport})
    listed = [r.process_unique_id for r in list_requests.iter_items(client=client, page_size=page_size)]
    assert listed and len(listed) == len(set(listed))
    assert listed == [r.process_unique_id for r in list_requests.iter_items(client=client, page_size=100)]


def test_roit_limit_at_its_maximum_lists_every_request_once_and_one_above_is_refused() -> None:
    """specs/roit/openapi.yaml: `limit` is 1..1000 and a page holds min(limit, page_size) records."""
    app = create_app("roit")
    client = roit_client.AuthenticatedClient(base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": app.transport()})
    created = [present(create_request.sync_or_raise(client=client).data).process_unique_id for _ in range(110)]
    expected = {pid.lower() for pid in (*SEEDED_IDS, *created)}
    app.recorded.clear()

    pages = list(list_requests.iter_pages(client=client, limit=1000, page_size=100))

    listed = [r.process_unique_id.lower() for page in pages for r in present(page.data).items]
    assert len(listed) == len(set(listed)) == len(expected) and set(listed) == expected
    assert [len(present(page.data).items) for page in pages] == [100, len(expected) - 100]
    sent = [parse_qs(r.query) for r in app.recorded if r.operation_id == "list_requests"]
    assert len(sent) == len(pages) and all(q["limit"] == ["1000"] and q["page_size"] == ["100"] for q in sent)
    with pytest.raises(RoitUnprocessableEntityError, match="limit"):
        list_requests.sync_or_raise(client=client, limit=1001)


def test_max_pages_stops_early_and_other_arguments_are_carried_forward() -> None:
    client = _procuros()
    pages = list(list_incoming_tasks.iter_pages(client=client, per_page=1, max_pages=2))
    assert len(pages) == 2 and all(p.per_page == 1 and len(p.items) == 1 for p in pages)


def _same_cursor() -> Rewrite:
    """A rewrite that hands out the first real cursor again and again (the mock accepts it every time)."""
    first: list[str] = []

    def rewrite(body: Any) -> Any:
        if not first:
            first.append(body["nextCursor"])
        return {**body, "hasMore": True, "nextCursor": first[0]}

    return rewrite


def test_a_vendor_that_repeats_a_cursor_raises_the_loop_error() -> None:
    with pytest.raises(PaginationLoopError, match=r"list_incoming_tasks: the vendor returned '.+' again"):
        list(list_incoming_tasks.iter_items(client=_procuros(rewrite=_same_cursor()), per_page=1))


def test_a_vendor_whose_next_link_points_back_raises_the_loop_error() -> None:
    def back_to_one(body: Any) -> Any:
        return {**body, "next": "http://testserver/api/updates/?page=1&per_page=1"}

    transport = scripted(create_app("paymentworks").transport(), rewrite=back_to_one)
    client = paymentworks_client.AuthenticatedClient(
        base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": transport}
    )
    with pytest.raises(paymentworks_client.errors.PaginationLoopError, match="list_updates"):
        list(list_updates.iter_pages(client=client, per_page=1))
    assert transport.attempts == 1


def test_async_iterators_visit_every_item_and_detect_loops() -> None:
    async def run() -> tuple[list[str], list[str]]:
        app = create_app("procuros")
        client = procuros_client.AuthenticatedClient(
            base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": httpx.ASGITransport(app=app)}
        )
        async with client:
            paged = [t.procuros_task_id async for t in list_incoming_tasks.aiter_items(client=client, per_page=2)]
            whole = [t.procuros_task_id for t in (await list_incoming_tasks.asyncio_or_raise(client=client)).items]
        looping = scripted_async(httpx.ASGITransport(app=app), rewrite=_same_cursor())
        client = procuros_client.AuthenticatedClient(base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": looping})
        async with client:
            with pytest.raises(PaginationLoopError):
                async for _ in list_incoming_tasks.aiter_pages(client=client, per_page=1):
                    pass
        return paged, whole

    paged, whole = asyncio.run(run())
    assert paged == whole and len(paged) == len(set(paged))


def test_unknown_enum_values_parse_are_flagged_and_round_trip() -> None:
    new = UpdateStatusDisplay("Escalated")
    assert new.is_unknown and new.value == "Escalated" and new == "Escalated"
    assert (
        not UpdateStatusDisplay("Approved").is_unknown
        and UpdateStatusDisplay("Approved") is UpdateStatusDisplay.APPROVED
    )
    assert new not in list(UpdateStatusDisplay)
    with pytest.raises(ValueError):
        UpdateStatusDisplay(3)  # type: ignore[arg-type]  # not a string: still refused


def test_the_unknown_enum_fault_parses_but_the_contract_check_still_flags_it() -> None:
    client = _procuros(faults=["unknown-enum-value"])
    response = list_incoming_tasks.sync_detailed(client=client)
    assert isinstance(response.parsed, TaskPage) and response.parse_error is None
    unknown = [t.type_ for t in response.parsed.items if t.type_.is_unknown]
    assert unknown and unknown[0].value == "MOCK_UNDOCUMENTED_VALUE"
    assert response.parsed.to_dict() == json.loads(response.content)
    raw = httpx.Response(int(response.status_code), headers=response.headers, content=response.content)
    assert any(
        "MOCK_UNDOCUMENTED_VALUE" in problem for problem in spec_problems("procuros", "list_incoming_tasks", raw)
    )


@pytest.mark.parametrize(
    ("status", "parsed"), [("Approved", UpdateStatusDisplay.APPROVED), ("Escalated", None), (["Approved"], None)]
)
def test_an_enum_member_parses_a_listed_an_unlisted_and_an_unhashable_value(status: Any, parsed: Any) -> None:
    # from_dict looks a value up in the enum's table before calling the class: the three ways it can go.
    def set_first_status(body: Any) -> Any:
        body["results"][0]["status"] = status
        return body

    client = _paymentworks(rewrite=set_first_status)
    if isinstance(status, list):
        with pytest.raises(paymentworks_client.errors.ResponseParseError, match=r"at /results/0/status: TypeError"):
            list_updates.sync_or_raise(client=client)
        return
    first = list_updates.sync_or_raise(client=client).results[0].status
    assert first is parsed if parsed is not None else (first.is_unknown and first.value == status)


def test_a_value_that_is_not_an_object_where_a_model_is_expected_is_named_as_such() -> None:
    def vendor_number_as_text(body: Any) -> Any:
        body["results"][0]["vendor_nums"][0] = "12345"
        return body

    client = _paymentworks(rewrite=vendor_number_as_text)
    where = r"at /results/0/vendor_nums/0: TypeError: expected an object, got str"
    with pytest.raises(paymentworks_client.errors.ResponseParseError, match=where):
        list_updates.sync_or_raise(client=client)


@pytest.mark.parametrize(
    ("vendor_number", "pointer"),
    [
        ({"vendor_num": "7", "site_codes": ["2"]}, None),  # exactly the members: built in place
        ({"vendor_num": "7", "site_codes": ["2"], "vendor_region": "EU"}, None),  # one more: kept, by from_dict
        ({"vendor_num": "7", "site": ["2"]}, "/results/0/vendor_nums/0/site_codes: KeyError"),  # as many, one wrong
        ("ab", "/results/0/vendor_nums/0: TypeError: expected an object, got str"),  # as long as the members
        (["7", ["2"]], "/results/0/vendor_nums/0: TypeError: expected an object, got list"),
        (None, "/results/0/vendor_nums/0: TypeError: expected an object, got NoneType"),
    ],
)
def test_a_flat_nested_model_parses_as_its_own_from_dict_would(vendor_number: Any, pointer: str | None) -> None:
    # A model of plain members nested in another is built in place when it holds exactly those members; anything
    # else is the nested model's own from_dict, so what parses, what is kept and what is named are the same.
    def set_first_vendor_number(body: Any) -> Any:
        body["results"][0]["vendor_nums"] = [vendor_number]
        return body

    client = _paymentworks(rewrite=set_first_vendor_number)
    if pointer is not None:
        with pytest.raises(paymentworks_client.errors.ResponseParseError, match=f"at {pointer}"):
            list_updates.sync_or_raise(client=client)
        return
    (parsed,) = list_updates.sync_or_raise(client=client).results[0].vendor_nums
    assert parsed == UpdateVendorNumber.from_dict(vendor_number)
    assert parsed.to_dict() == vendor_number


@pytest.mark.parametrize("metadata", [{}, {"source": "portal"}])
def test_an_empty_nested_model_keeps_what_the_object_holds(metadata: dict[str, Any]) -> None:
    def set_first_metadata(body: Any) -> Any:
        body["results"][0]["metadata"] = metadata
        return body

    parsed = list_updates.sync_or_raise(client=_paymentworks(rewrite=set_first_metadata)).results[0].metadata
    assert parsed == UpdateMetadata.from_dict(metadata) and parsed.to_dict() == metadata


def _drop_second_flag(body: Any) -> Any:
    del body["items"][1]["isLatestVersion"]
    return body


def test_a_page_with_an_item_missing_a_required_field_names_its_pointer() -> None:
    client = _procuros(rewrite=_drop_second_flag)
    response = list_incoming_transactions.sync_detailed(client=client)
    assert response.parsed is None and response.status_code == 200 and b"procurosTransactionId" in response.content
    assert response.parse_error is not None and response.parse_error.pointer == "/items/1/isLatestVersion"
    with pytest.raises(
        ResponseParseError, match=r"list_incoming_transactions: HTTP 200: .* at /items/1/isLatestVersion"
    ):
        list_incoming_transactions.sync_or_raise(client=client)


def test_a_transaction_whose_content_misses_a_member_raises_instead_of_passing_as_an_unknown_type() -> None:
    # The unknown variant's content is an open object: before the discriminator decided, an ORDER without its
    # header parsed as ReceivedTransactionOfUnknownType.
    def drop_order_header(body: Any) -> Any:
        assert body["items"][0]["type"] == "ORDER"
        del body["items"][0]["content"]["header"]
        return body

    response = list_incoming_transactions.sync_detailed(client=_procuros(rewrite=drop_order_header))
    assert response.parsed is None and response.parse_error is not None
    assert response.parse_error.pointer == "/items/0/content/header"


def test_a_transaction_of_a_type_the_spec_does_not_list_parses_as_the_unknown_variant() -> None:
    def rename_first(body: Any) -> Any:
        body["items"][0]["type"] = "PRICE_LIST"
        return body

    page = list_incoming_transactions.sync_or_raise(client=_procuros(rewrite=rename_first))
    first, *rest = page.items
    assert isinstance(first, ReceivedTransactionOfUnknownType) and first.type_ == "PRICE_LIST"
    assert first.to_dict()["type"] == "PRICE_LIST" and "header" in first.to_dict()["content"]
    assert rest and not any(isinstance(item, ReceivedTransactionOfUnknownType) for item in rest)
    assert isinstance(rest[0], ReceivedOrderResponseTransaction)


def test_an_error_body_of_another_shape_raises_the_status_error_with_the_pointer() -> None:
    problem = httpx.Response(
        404,
        headers={"Content-Type": "application/problem+json"},
        content=json.dumps({"type": "about:blank", "title": "Not Found", "status": 404}).encode(),
    )
    client = _procuros([problem, problem])
    response = show_transaction.sync_detailed("949b2ef2-3f40-465e-a7ee-ea3f9f189860", client=client)
    assert response.parsed is None and response.status_code == 404 and b"about:blank" in response.content
    assert response.parse_error is not None and response.parse_error.pointer == "/message"
    with pytest.raises(NotFoundError, match=r"show_transaction: HTTP 404 .*at /message") as caught:
        show_transaction.sync_or_raise("949b2ef2-3f40-465e-a7ee-ea3f9f189860", client=client)
    assert caught.value.parsed is None and caught.value.parse_error is not None


def test_from_env_reads_the_vendor_variables_and_the_spec_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROCUROS_TOKEN", raising=False)
    with pytest.raises(ValueError, match="PROCUROS_TOKEN is not set"):
        procuros_client.AuthenticatedClient.from_env()
    for name, package, path in (
        ("PROCUROS", procuros_client, "/v2/ping"),
        ("PAYMENTWORKS", paymentworks_client, "/api/updates/"),
        ("ROIT", roit_client, "/roit-data-integration/v1/requests/list"),
    ):
        monkeypatch.setenv(f"{name}_TOKEN", DEMO_TOKEN)
        monkeypatch.setenv(f"{name}_BASE_URL", BASE)
        app = create_app(name.lower())
        client = package.AuthenticatedClient.from_env(httpx_args={"transport": app.transport()})
        assert client.get_httpx_client().get(path).is_success, f"{name}: the spec's token prefix is refused"
    monkeypatch.delenv("ROIT_BASE_URL")
    assert roit_client.AuthenticatedClient.from_env()._base_url == "https://hom.roit.ai"


# iter_items parses each item when it reaches it: what came before a bad item is handed out, the bad one raises
# with its JSON pointer, a page's other members and any other answer raise as sync_or_raise does, and an item
# the consumer dropped is not kept alive by the iterator.


def test_the_items_before_a_bad_one_are_handed_out_then_it_raises_with_its_pointer() -> None:
    items = list_incoming_transactions.iter_items(client=_procuros(rewrite=_drop_second_flag))
    first = next(items)
    assert first.procuros_transaction_id
    with pytest.raises(
        ResponseParseError, match=r"list_incoming_transactions: HTTP 200: .* at /items/1/isLatestVersion"
    ) as caught:
        next(items)
    assert caught.value.pointer == "/items/1/isLatestVersion" and caught.value.status_code == 200


def test_the_async_iterator_names_the_same_pointer() -> None:
    async def run() -> list[str]:
        transport = scripted_async(httpx.ASGITransport(app=create_app("procuros")), rewrite=_drop_second_flag)
        client = procuros_client.AuthenticatedClient(
            base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": transport}
        )
        seen: list[str] = []
        async with client:
            with pytest.raises(ResponseParseError, match=r"at /items/1/isLatestVersion"):
                async for item in list_incoming_transactions.aiter_items(client=client):
                    seen.append(item.procuros_transaction_id)
        return seen

    assert len(asyncio.run(run())) == 1


def test_a_nested_items_path_is_in_the_pointer() -> None:
    def drop_first_id(body: Any) -> Any:
        del body["data"]["items"][0]["processUniqueId"]
        return body

    transport = scripted(create_app("roit").transport(), rewrite=drop_first_id)
    client = roit_client.AuthenticatedClient(base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": transport})
    with pytest.raises(
        roit_client.errors.ResponseParseError, match=r"list_requests: HTTP 200: .* at /data/items/0/processUniqueId"
    ):
        list(list_requests.iter_items(client=client))


def test_a_page_member_that_does_not_fit_raises_before_any_item() -> None:
    def drop_has_more(body: Any) -> Any:
        del body["hasMore"]
        return body

    with pytest.raises(ResponseParseError, match=r"list_incoming_tasks: HTTP 200: .* at /hasMore"):
        next(list_incoming_tasks.iter_items(client=_procuros(rewrite=drop_has_more)))


def test_items_that_are_not_a_list_raise_as_sync_or_raise_does() -> None:
    def null_items(body: Any) -> Any:
        return {**body, "items": None}

    client = _procuros(rewrite=null_items)
    with pytest.raises(ResponseParseError) as whole:
        list_incoming_tasks.sync_or_raise(client=client)
    with pytest.raises(ResponseParseError) as streamed:
        next(list_incoming_tasks.iter_items(client=client))
    assert streamed.value.pointer == whole.value.pointer == "/items"
    assert str(streamed.value) == str(whole.value)


def test_another_status_raises_its_typed_error() -> None:
    with pytest.raises(AuthenticationError, match=r"list_incoming_tasks: HTTP 401"):
        next(list_incoming_tasks.iter_items(client=_procuros(token="not-the-token")))


def test_an_item_the_consumer_dropped_is_not_kept_by_the_iterator() -> None:
    items = list_updates.iter_items(client=_paymentworks(), per_page=5)
    first = weakref.ref(next(items))
    second = next(items)
    assert first() is None, "the first update outlived its use: the iterator holds its page's models"
    assert second.id
