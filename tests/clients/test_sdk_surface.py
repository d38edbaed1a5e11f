"""The resource surface: every resource method is in the consumer snippets mypy checks, and behaves as its module."""

from __future__ import annotations

import ast
import asyncio
from pathlib import Path

import httpx
import paymentworks_client
import pytest
from paymentworks_client.api.updates import get_update, list_updates
from paymentworks_client.errors import NotFoundError

from clientgen.resources import resource_facts
from contracts.mock import DEMO_TOKEN, create_app
from contracts.model import VENDORS, load_contract

SNIPPETS = Path(__file__).parent / "sdk_surface"


def _used(snippet: Path, function: str) -> set[tuple[str, str]]:
    """Every `client.<resource>.<method>` the snippet's function calls."""
    tree = ast.parse(snippet.read_text())
    body = next(n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == function)
    found = set()
    for node in ast.walk(body):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
            if isinstance(node.value.value, ast.Name) and node.value.value.id == "client":
                found.add((node.value.attr, node.attr))
    return found


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_consumer_snippets_use_every_method_of_every_resource(vendor: str) -> None:
    expected = {
        (resource["attr"], name)
        for resource in resource_facts(load_contract(vendor))
        for entry in resource["operations"]
        for name in entry["names"].values()
    }
    snippet = SNIPPETS / f"surface_{vendor}.py"
    for function in ("use_sync", "use_async"):
        missing = expected - _used(snippet, function)
        assert not missing, f"{snippet.name}: {function} does not call {sorted(missing)}; add them"


def _client() -> paymentworks_client.AuthenticatedClient:
    transport = create_app("paymentworks").transport()
    return paymentworks_client.AuthenticatedClient(
        base_url="http://testserver", token=DEMO_TOKEN, httpx_args={"transport": transport}
    )


def test_a_resource_method_answers_as_the_operation_module_does() -> None:
    client = _client()
    first = client.updates.list(per_page=2)
    assert first == list_updates.sync_or_raise(client=client, per_page=2)
    update_id = first.results[0].id
    assert client.updates.get(update_id) == get_update.sync_or_raise(update_id, client=client)
    assert [u.id for u in client.updates.iter(per_page=2, max_pages=2)] == [
        u.id for u in list_updates.iter_items(client=client, per_page=2, max_pages=2)
    ]
    with pytest.raises(NotFoundError):
        client.updates.get(999_999_999)


def test_the_async_client_has_the_same_answers() -> None:
    async def run() -> tuple[list[int], int]:
        transport = httpx.ASGITransport(app=create_app("paymentworks"))
        client = paymentworks_client.AsyncClient(
            base_url="http://testserver", token=DEMO_TOKEN, httpx_args={"transport": transport}
        )
        async with client:
            ids = [u.id async for u in client.updates.iter(per_page=2, max_pages=2)]
            one = await client.updates.get(ids[0], timeout=5.0)
            return ids, one.id

    ids, got = asyncio.run(run())
    assert len(ids) == 4 and got == ids[0]


def test_async_client_refuses_client_and_arguments_together() -> None:
    with pytest.raises(TypeError, match="either client= or AuthenticatedClient's arguments"):
        paymentworks_client.AsyncClient(client=_client(), base_url="http://x")
