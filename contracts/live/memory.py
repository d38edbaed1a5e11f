"""What makes Hypothesis examples against a live target replayable: every answer remembered along its request history.

Hypothesis assumes a test is a deterministic function of the choices it draws: it records each example's draws in a
tree, generates new examples off that tree, replays a failing example to report it and replays shrunk candidates.
A Schemathesis state machine draws its next step from what earlier answers put into its bundles (a listing's ids,
a created record), so against a target whose state moves on (a staging host is never reset) the same choices draw
differently and Hypothesis stops with FlakyStrategyDefinition ("Is your data generation depending on external
state?"). The mock in-process is reset between examples; a live target cannot be.

`ExchangeMemory` makes the target *look* reset to Hypothesis, honestly: inside one Hypothesis example, a request
whose whole history (every request the example sent before it, in order) was already sent in an earlier example gets
that earlier answer again, unchanged; any new history goes to the target. The test is then a deterministic function
of its choices (same choices, same requests, same answers), every answer checked was really sent by the target, and
the tree Hypothesis keeps only grows. So generation, the final replay of a failure and shrinking all stay
deterministic (a shrunk candidate reuses the answers of its recorded prefix and asks the target only its new
suffix). Requests sent outside a Hypothesis example (plain tests) always reach the target. A remembered answer is
not counted against the request cap or the rate limit: it is not sent.

The live runner needs no Hypothesis: the suite tells the memory which example is running
(contract_tests/hypothesis_profiles.py `current_example`, one BuildContext per example and per replay).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.structures import CaseInsensitiveDict

__all__ = ["ExchangeMemory", "request_key"]

# Headers that differ between two sends of the same request: Schemathesis's per-case id, and those derived from the
# body or set by the transport.
_VOLATILE = frozenset({"x-schemathesis-testcaseid", "content-length", "user-agent", "connection", "accept-encoding"})


def request_key(request: requests.PreparedRequest) -> str:
    """A digest of what a request asks: method, URL, headers (credentials included, hashed) and body."""
    digest = hashlib.sha256()
    digest.update(f"{request.method or ''} {request.url or ''}\n".encode())
    for name, value in sorted((k.lower(), v) for k, v in (request.headers or {}).items()):
        if name not in _VOLATILE:
            text = value if isinstance(value, str) else bytes(value).decode("latin-1")
            digest.update(f"{name}: {text}\n".encode())
    body = request.body
    if isinstance(body, str):
        digest.update(body.encode())
    elif isinstance(body, bytes):
        digest.update(body)
    elif body is not None:  # a streamed body cannot be told apart from another: never recall its answer
        digest.update(f"stream {id(body)}".encode())
    return digest.hexdigest()


@dataclass
class _Raw:
    """What Schemathesis reads of a response's urllib3 object once its body is read: the headers and HTTP version."""

    headers: Any
    version: int


@dataclass
class _Answer:
    status_code: int
    reason: str | None
    headers: dict[str, str]
    raw: _Raw | None
    content: bytes
    encoding: str | None
    elapsed: Any
    url: str

    @classmethod
    def of(cls, response: requests.Response) -> _Answer:
        raw = response.raw
        kept = _Raw(raw.headers.copy(), raw.version) if raw is not None and hasattr(raw, "headers") else None
        return cls(
            response.status_code,
            response.reason,
            dict(response.headers),
            kept,
            response.content,
            response.encoding,
            response.elapsed,
            response.url,
        )

    def response(self, request: requests.PreparedRequest) -> requests.Response:
        answer = requests.Response()
        answer.status_code, answer.reason, answer.url = self.status_code, self.reason or "", self.url
        answer.headers = CaseInsensitiveDict(self.headers)
        answer.raw = self.raw
        answer._content = self.content
        answer._content_consumed = True
        answer.encoding, answer.elapsed, answer.request = self.encoding, self.elapsed, request
        return answer


@dataclass
class _Node:
    answer: _Answer | None = None
    after: dict[str, _Node] = field(default_factory=dict)


class ExchangeMemory:
    """Answers remembered per request history within Hypothesis examples (see the module docstring)."""

    def __init__(self, example: Callable[[], object | None]) -> None:
        self._current_example = example  # the Hypothesis example running now (an object per example), or None
        self._root = _Node()
        self._cursor = self._root
        self._example: object | None = None
        self._lock = threading.Lock()
        self.replayed = 0

    def _position(self) -> _Node | None:
        """Where the current example stands in the tree, or None outside a Hypothesis example."""
        context = self._current_example()
        if context is None:
            self._example = None
            return None
        if context is not self._example:  # a new example (a new BuildContext per example and per replay)
            self._example, self._cursor = context, self._root
        return self._cursor

    def recall(self, request: requests.PreparedRequest) -> requests.Response | None:
        """The answer this request got after the same history in an earlier example, if there was one."""
        with self._lock:
            position = self._position()
            node = position.after.get(request_key(request)) if position is not None else None
            if node is None or node.answer is None:
                return None
            self._cursor = node
            self.replayed += 1
            return node.answer.response(request)

    def remember(self, request: requests.PreparedRequest, response: requests.Response) -> None:
        """Keep the target's answer to this request, after this example's history so far."""
        with self._lock:
            position = self._position()
            if position is None:
                return
            node = position.after.setdefault(request_key(request), _Node())
            node.answer = _Answer.of(response)
            self._cursor = node
