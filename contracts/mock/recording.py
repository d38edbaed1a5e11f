"""What the mock received: each request with the token masked, kept for GET /__mock__/requests and the tests."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from typing import Any

from contracts.mock.messages import MockRequest

__all__ = ["MAX_RECORDED", "RecordedRequest", "Recorder"]

MAX_RECORDED = 10_000  # the oldest requests are dropped past this, so a long `make mock` session stays bounded
_BODY_PREVIEW = 4096


@dataclass(frozen=True)
class RecordedRequest:
    """One request the mock answered, with the token masked."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: Any
    operation_id: str | None
    status: int

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able copy."""
        return asdict(self)


class Recorder:
    """The recorded requests of one app (callers hold the app's lock)."""

    def __init__(self, token: str, issued: re.Pattern[str] | None = None) -> None:
        self.token = token
        self.issued = issued  # the shape of the tokens the app issues (they expire), masked as well
        self.requests: list[RecordedRequest] = []

    def mask(self, value: str) -> str:
        """The text with the token (and any issued token) replaced by ***."""
        value = value.replace(self.token, "***") if self.token else value
        return self.issued.sub("***", value) if self.issued is not None else value

    def record(self, request: MockRequest, operation_id: str | None, status: int) -> None:
        """Keep one answered request (its JSON body parsed, else its first 4 KiB as text)."""
        body: Any = None
        if request.body:
            text = request.body[:_BODY_PREVIEW].decode("utf-8", "replace")
            try:
                body = json.loads(request.body)
            except (ValueError, UnicodeDecodeError):
                body = text
        headers = {k: self.mask(v) for k, v in request.headers}
        entry = RecordedRequest(
            request.method, request.path, self.mask(request.query_string), headers, body, operation_id, status
        )
        self.requests.append(entry)
        if len(self.requests) > MAX_RECORDED:
            del self.requests[: len(self.requests) - MAX_RECORDED]
