"""A mock seeded from a live run's cassette: it serves what the vendor really sent, where that honours the spec.

`make mock MOCK_ARGS="--seed-from reports/cassettes/<vendor>.yaml"` (or `create_app(vendor, seed_from=path)`): each
recorded 2xx answer of an operation that does not change state becomes the mock's answer to the same request
(method, path, query and body, compared as the cassette keeps them: scrubbed), the last recorded one winning. A
recorded answer that breaks the spec (undocumented status or media type, a body the schema refuses, a required
header missing) is refused: never served, and listed when the mock starts, as drift to take back to the spec or the
vendor. Everything else is the vendor module's behaviour; once a request changes the mock's state, its own state
answers every request (the recorded reads no longer describe it) until `POST /__mock__/reset`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from contracts.mock.behaviour import Reply
from contracts.mock.checking import reply_problems
from contracts.mock.messages import MockRequest
from contracts.model.cassette import Exchange, MatchKey, read_cassette, request_match_key
from contracts.model.media import base_type, is_json
from contracts.model.model import Contract
from contracts.model.scrub import Scrubber, scrubber_for

__all__ = ["RecordedAnswers", "recorded_answers"]

# Headers the mock's own encoding sets (or that describe the recorded transfer, not the answer).
_TRANSPORT = frozenset({"content-type", "content-length", "content-encoding", "transfer-encoding", "date", "server",
                        "connection", "keep-alive"})  # fmt: skip


@dataclass
class RecordedAnswers:
    """The recorded answers a seeded mock serves, and those it refused (with why)."""

    source: Path
    scrubber: Scrubber
    answers: dict[MatchKey, Reply] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)

    def reply_for(self, request: MockRequest) -> Reply | None:
        """The recorded answer to this request, if the cassette has one the mock serves."""
        uri = request.path + (f"?{request.query_string}" if request.query_string else "")
        scrub = self.scrubber
        headers: dict[str, list[str]] = {}
        for name, value in request.headers:
            headers.setdefault(name, []).append(value)
        headers = {k: scrub.header_values(k, v) for k, v in headers.items()}
        key = request_match_key(
            request.method, scrub.uri(uri), scrub.body(request.body), headers, scrub.credential_headers
        )
        found = self.answers.get(key)
        return None if found is None else Reply(found.status, found.body, dict(found.headers), found.media_type)

    def lines(self) -> list[str]:
        """What the mock says when it starts: how many answers it serves, and each refused one."""
        head = f"seeded from {self.source}: {len(self.answers)} recorded answer(s) served"
        if not self.refused:
            return [f"{head}; none refused"]
        return [f"{head}; {len(self.refused)} refused as drift (they break the spec):", *self.refused]


def _reply(exchange: Exchange) -> Reply | None:
    """The exchange's answer as a reply, or None when its body is not JSON (the mock answers JSON only)."""
    content_type = next((v[0] for k, v in exchange.response_headers.items() if k.lower() == "content-type" and v), "")
    headers = {k: vs[0] for k, vs in exchange.response_headers.items() if k.lower() not in _TRANSPORT and vs}
    if not exchange.response_body:
        return Reply(exchange.status, None, headers, None)
    if not is_json(base_type(content_type)):
        return None
    try:
        return Reply(exchange.status, json.loads(exchange.response_body), headers, base_type(content_type))
    except ValueError:
        return None


def recorded_answers(contract: Contract, source: Path, token: str) -> RecordedAnswers:
    """The answers of the cassette at `source` that this vendor's mock serves (see the module docstring)."""
    cassette = read_cassette(source)
    if cassette.vendor != contract.vendor:
        raise ValueError(f"{source}: a cassette of {cassette.vendor}; seed the {cassette.vendor} mock with it")
    seeded = RecordedAnswers(source, scrubber_for(contract, [token]))
    prefix = urlsplit(cassette.base_url).path.rstrip("/")
    for exchange in cassette.exchanges:
        path = exchange.path[len(prefix) :] if prefix and exchange.path.startswith(prefix) else exchange.path
        found = contract.match(path)
        op = found[0].operations.get(exchange.method) if found else None
        if op is None or op.changes_state or not 200 <= exchange.status < 300:
            continue
        reply = _reply(exchange)
        if reply is None:
            continue
        problems = reply_problems(op, reply)
        if problems:
            seeded.refused.append(f"  refused {exchange.method} {exchange.uri} -> {exchange.status}: {problems[0]}")
            continue
        query = urlsplit(exchange.uri).query
        uri = path + (f"?{query}" if query else "")
        key = request_match_key(
            exchange.method, uri, exchange.request_body, exchange.request_headers, seeded.scrubber.credential_headers
        )
        seeded.answers[key] = reply
    return seeded
