"""Benign changes a vendor may make without breaking its contract: the mutation harness's controls.

A control is switched on like a fault (`--fault indented-json`), but the suite must stay green under it: a red run
is a false alarm. Each changes only the encoding, framing or timing of an answer, never what it says.
"""

from __future__ import annotations

import gzip
import json
import re
from decimal import Decimal
from typing import Any

__all__ = [
    "CONTROLS",
    "CONTROL_LATENCY_SECONDS",
    "chunks",
    "control_body",
    "control_delay",
    "control_headers",
]

CONTROL_LATENCY_SECONDS = 1.0
CONTROLS: dict[str, str] = {
    "reordered-keys": "serve every JSON object with its keys in reverse order",
    "indented-json": "serve JSON indented by two spaces, one value per line",
    "charset-content-type": "serve JSON as `application/json; charset=utf-8`",
    "extra-headers": "add response headers the spec does not list (request id, rate-limit, server, via)",
    "gzip-when-asked": "gzip the body (Content-Encoding: gzip) when the request's Accept-Encoding allows it",
    "chunked-framing": "send the body in chunks (Transfer-Encoding: chunked) instead of with a Content-Length",
    "one-second-latency": "answer each operation's first request one second late (a cold staging host)",
    "escaped-json": "escape every non-ASCII character as \\uXXXX and every solidus as \\/ (the same strings)",
    "connection-close": "answer with `Connection: close`, so the server closes each connection after its answer",
    "exponent-numbers": "write every non-integer number in exponent form (12.5 as 1.25e+1, the same value)",
}
_BODY_CONTROLS = frozenset({"reordered-keys", "indented-json", "escaped-json", "exponent-numbers"})
# A placeholder no answer holds, for a number that is written in exponent form after the JSON is encoded.
_NUMBER_MARK = "\u0000exponent-number:"
_MARKED = re.compile(r'"\\u0000exponent-number:([^"]+)"')
_EXTRA_HEADERS = {
    "X-Request-Id": "0f8e2c4a-mock-control",
    "X-RateLimit-Remaining": "4999",
    "Server": "mock-control/1.0",
    "Via": "1.1 staging-proxy",
}


def _reversed_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _reversed_keys(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [_reversed_keys(v) for v in value]
    return value


def _marked_numbers(value: Any) -> Any:
    if isinstance(value, float):
        return f"{_NUMBER_MARK}{Decimal(repr(value)):e}"  # the shortest digits that name the same float
    if isinstance(value, dict):
        return {k: _marked_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_marked_numbers(v) for v in value]
    return value


def control_body(kinds: frozenset[str], body: Any) -> bytes | None:
    """The JSON bytes a control asks for (None: encode as usual)."""
    if not kinds & _BODY_CONTROLS:
        return None
    value = _reversed_keys(body) if "reordered-keys" in kinds else body
    value = _marked_numbers(value) if "exponent-numbers" in kinds else value
    escaped = "escaped-json" in kinds
    text = json.dumps(value, ensure_ascii=escaped, indent=2 if "indented-json" in kinds else None)
    if "exponent-numbers" in kinds:
        text = _MARKED.sub(lambda found: found.group(1), text)
    return (text.replace("/", "\\/") if escaped else text).encode()


def control_headers(
    kinds: frozenset[str], headers: dict[str, str], data: bytes, accept_encoding: str
) -> tuple[dict[str, str], bytes]:
    """Headers and body after the header and encoding controls."""
    if "charset-content-type" in kinds and headers.get("Content-Type") == "application/json":
        headers["Content-Type"] = "application/json; charset=utf-8"
    if "extra-headers" in kinds:
        headers.update(_EXTRA_HEADERS)
    if "connection-close" in kinds:
        headers["Connection"] = "close"
    if "gzip-when-asked" in kinds and data and "gzip" in accept_encoding.lower():
        data = gzip.compress(data)
        headers["Content-Encoding"] = "gzip"
        headers["Vary"] = "Accept-Encoding"
    return headers, data


def control_delay(kinds: frozenset[str], first_answer: bool) -> float:
    """How long a control holds this answer back."""
    return CONTROL_LATENCY_SECONDS if "one-second-latency" in kinds and first_answer else 0.0


def chunks(data: bytes) -> list[bytes]:
    """The body in (at most) three chunks, for chunked framing."""
    step = max(1, len(data) // 3)
    return [data[i : i + step] for i in range(0, len(data), step)] or [b""]
