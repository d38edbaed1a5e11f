"""iter_items parses each item when it is reached: what came before a bad item is handed out, the bad one raises
with its JSON pointer, a page's other members and any other answer raise as sync_or_raise does, and an item the
consumer dropped is not kept alive by the iterator."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from typing import Any

import httpx
import paymentworks_client
import procuros_client
import pytest
import roit_client
from paymentworks_client.api.updates import list_updates
from procuros_client.api.incoming_transactions import list_incoming_transactions
from procuros_client.api.tasks import list_incoming_tasks
from procuros_client.errors import AuthenticationError, ResponseParseError
from roit_client.api.data_integration import list_requests

from contract_tests.mocks import DEMO_TOKEN, create_app
from contract_tests.mocks.scripted import scripted, scripted_async

BASE = "http://testserver"
Rewrite = Callable[[Any], Any]


def _procuros(rewrite: Rewrite | None = None, token: str = DEMO_TOKEN) -> procuros_client.AuthenticatedClient:
    transport = scripted(create_app("procuros").transport(), rewrite=rewrite)
    return procuros_client.AuthenticatedClient(base_url=BASE, token=token, httpx_args={"transport": transport})


def _drop_second_flag(body: Any) -> Any:
    del body["items"][1]["isLatestVersion"]
    return body


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
    def drop_first_status(body: Any) -> Any:
        del body["data"]["items"][0]["processUniqueId"]
        return body

    transport = scripted(create_app("roit").transport(), rewrite=drop_first_status)
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
    client = paymentworks_client.AuthenticatedClient(
        base_url=BASE, token=DEMO_TOKEN, httpx_args={"transport": create_app("paymentworks").transport()}
    )
    items = list_updates.iter_items(client=client, per_page=5)
    first = weakref.ref(next(items))
    second = next(items)
    assert first() is None, "the first update outlived its use: the iterator holds its page's models"
    assert second.id
