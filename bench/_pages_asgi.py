"""An ASGI app serving 1,000 PaymentWorks updates page by page (`?page=N&per_page=M`, DRF `next` links).

The records are the mock's seeded update 20100 with distinct ids, built once at start-up; answers are pre-encoded,
so the server's cost per page is small and the same for the generated iterator and the raw httpx loop.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

__all__ = ["TOTAL", "app"]

TOTAL = 1000
_pages: dict[tuple[int, int], bytes] = {}
_records: list[dict[str, Any]] = []


def _load_records() -> None:
    from contracts.mock import create_app
    from contracts.mock.testing import sync_client

    with sync_client(create_app("paymentworks")) as client:
        record = client.get("/api/updates/20100/").json()
    _records.extend({**record, "id": 100000 + i, "vendor_name": f"Supplier {i}"} for i in range(TOTAL))


def _page(number: int, size: int) -> bytes:
    key = (number, size)
    if key not in _pages:
        start = (number - 1) * size
        more = start + size < TOTAL
        link = f"http://bench.invalid/api/updates/?page={number + 1}&per_page={size}" if more else None
        back = f"http://bench.invalid/api/updates/?page={number - 1}&per_page={size}" if number > 1 else None
        body = {"count": TOTAL, "next": link, "previous": back, "results": _records[start : start + size]}
        _pages[key] = json.dumps(body).encode()
    return _pages[key]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answer GET /api/updates/ with the requested page of the 1,000 updates."""
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            if not _records:
                _load_records()
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    if scope["type"] != "http":
        return
    query = parse_qs(scope.get("query_string", b"").decode())
    body = _page(int(query.get("page", ["1"])[0]), int(query.get("per_page", ["10"])[0]))
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body})
