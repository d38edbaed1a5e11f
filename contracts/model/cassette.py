"""A live run's exchanges on file: a VCR.py cassette (reports/cassettes/<vendor>.yaml), read and written here only.

The format is VCR.py's own (version 1, `interactions` of `request`/`response`, written with its YAML serializer), so
VCR.py and pytest-recording read it as they read their own cassettes; HAR would suit browsers' tools, but the people
who replay HTTP in Python tests use VCR.py. What this project adds sits in the cassette's `metadata` (which VCR.py
keeps and ignores): the vendor, the base URL, the run id, the run's seed for fresh values (`seed`, so a replay draws
the same order numbers and unknown ids) and a random Hypothesis profile's seed (`hypothesis_seed`), when each exchange
was sent and how long its answer took (`sent_at`, ISO 8601 UTC, and `elapsed`, seconds, one per interaction: a
replay's clock and drift's first/last seen come from them), and which exchanges the live run compared with the spec
for drift (`drift_observed`, indices into `interactions`), so drift recomputes offline from exactly those.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml
from vcr.request import Request
from vcr.serialize import deserialize, serialize
from vcr.serializers import yamlserializer

__all__ = ["Cassette", "CassetteError", "Exchange", "MatchKey", "read_cassette", "request_match_key", "write_cassette"]


class CassetteError(ValueError):
    """A cassette file is missing or is not one this project wrote; the message names the file and the fix."""


@dataclass(frozen=True)
class Exchange:
    """One request and the answer the target sent to it, as kept (secrets already scrubbed)."""

    method: str
    uri: str
    request_headers: dict[str, list[str]]
    request_body: bytes | None
    status: int
    reason: str
    response_headers: dict[str, list[str]]
    response_body: bytes
    sent_at: str = ""  # ISO 8601 UTC, when the live run sent it ("" in a cassette written before it was kept)
    elapsed: float = 0.0  # seconds until its answer arrived

    @property
    def sent(self) -> datetime | None:
        """When the live run sent it (UTC), or None when the cassette did not keep it."""
        try:
            moment = datetime.fromisoformat(self.sent_at) if self.sent_at else None
        except ValueError:
            return None
        return moment if moment is None or moment.tzinfo else moment.replace(tzinfo=UTC)

    @property
    def answered_at(self) -> datetime | None:
        """When its answer arrived in the live run (sent + elapsed), or None when the cassette did not keep it."""
        sent = self.sent
        return None if sent is None else sent + timedelta(seconds=self.elapsed)

    @property
    def path(self) -> str:
        """The URI's path."""
        return urlsplit(self.uri).path or "/"

    def match_key(self, credential_headers: Collection[str]) -> MatchKey:
        """What a replay matches this exchange on: method, path, query (order-free), body, and the credential sent."""
        return request_match_key(self.method, self.uri, self.request_body, self.request_headers, credential_headers)


MatchKey = tuple[str, str, tuple[tuple[str, str], ...], bytes, tuple[tuple[str, str], ...]]


def request_match_key(
    method: str,
    uri: str,
    body: bytes | None,
    headers: Mapping[str, Sequence[str]] | None = None,
    credential_headers: Collection[str] = (),
) -> MatchKey:
    """The replay key of a (scrubbed) request: method, path, the query's pairs sorted, the body bytes, and the
    credential headers as scrubbed (none, the run's token, another value: an auth probe is answered as it was)."""
    parts = urlsplit(uri)
    query = tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    names = {n.lower() for n in credential_headers}
    credential = tuple(sorted((k.lower(), ", ".join(v)) for k, v in (headers or {}).items() if k.lower() in names))
    return method.upper(), parts.path or "/", query, body or b"", credential


@dataclass
class Cassette:
    """One vendor's exchanges of one run, in the order they were sent."""

    vendor: str
    base_url: str
    run_id: str = ""
    exchanges: list[Exchange] = field(default_factory=list)
    drift_observed: list[int] = field(default_factory=list)  # an exchange's index each time the run fed it to drift
    seed: str = ""  # the run's seed for fresh values (contracts/live/fresh.py); a replay draws from the same one
    hypothesis_seed: int | None = None  # a random Hypothesis profile's seed for the run; a replay runs with it again


def _vcr_response(exchange: Exchange) -> dict[str, Any]:
    return {
        "status": {"code": exchange.status, "message": exchange.reason},
        "headers": exchange.response_headers,
        "body": {"string": exchange.response_body},
    }


def write_cassette(path: Path, cassette: Cassette) -> None:
    """Write the cassette in VCR.py's format (its serializer), creating the folder."""
    # VCR.py keeps one value per request header: repeated ones are joined as HTTP joins them.
    requests = [
        Request(e.method, e.uri, e.request_body, {k: ", ".join(vs) for k, vs in e.request_headers.items()})
        for e in cassette.exchanges
    ]
    data: dict[str, Any] = {
        "requests": requests,
        "responses": [_vcr_response(e) for e in cassette.exchanges],
        "metadata": {
            "vendor": cassette.vendor,
            "base_url": cassette.base_url,
            "run_id": cassette.run_id,
            "seed": cassette.seed,
            "hypothesis_seed": cassette.hypothesis_seed,
            "sent_at": [e.sent_at for e in cassette.exchanges],
            "elapsed": [e.elapsed for e in cassette.exchanges],
            "drift_observed": list(cassette.drift_observed),
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(serialize(data, yamlserializer), encoding="utf-8")


def _exchange(request: Request, response: dict[str, Any], sent_at: Any = "", elapsed: Any = 0.0) -> Exchange:
    body = request.body
    status = response.get("status") or {}
    content = (response.get("body") or {}).get("string") or b""
    return Exchange(
        method=str(request.method).upper(),
        uri=str(request.uri),
        request_headers={str(k): [str(v) for v in _values(vs)] for k, vs in dict(request.headers).items()},
        request_body=body.encode() if isinstance(body, str) else body,
        status=int(status.get("code", 0)),
        reason=str(status.get("message", "")),
        response_headers={str(k): [str(v) for v in _values(vs)] for k, vs in (response.get("headers") or {}).items()},
        response_body=content.encode() if isinstance(content, str) else bytes(content),
        sent_at=str(sent_at or ""),
        elapsed=float(elapsed or 0.0),
    )


def _timing(metadata: dict[str, Any], key: str, count: int) -> list[Any]:
    """One metadata list per interaction; a cassette that did not keep it (or kept another count) has none."""
    found = metadata.get(key)
    return list(found) if isinstance(found, list) and len(found) == count else [None] * count


def _values(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]


def read_cassette(path: Path) -> Cassette:
    """A cassette read back with VCR.py's own reader; a missing or foreign file is a CassetteError naming the fix."""
    if not path.is_file():
        raise CassetteError(f"{path}: no such cassette; a live run with CONTRACT_RECORD=1 writes reports/cassettes/")
    try:
        found = deserialize(path.read_text(encoding="utf-8"), yamlserializer)
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CassetteError(f"{path}: not a VCR.py cassette ({first}); record one with CONTRACT_RECORD=1") from None
    requests, responses, *rest = found
    metadata: dict[str, Any] = rest[0] if rest else {}
    vendor = metadata.get("vendor")
    if not isinstance(vendor, str) or not vendor:
        raise CassetteError(
            f"{path}: the cassette's metadata names no vendor; only cassettes a live run wrote with CONTRACT_RECORD=1 "
            "can be used here"
        )
    sent_at, elapsed = _timing(metadata, "sent_at", len(requests)), _timing(metadata, "elapsed", len(requests))
    exchanges = [
        _exchange(request, response, sent, took)
        for request, response, sent, took in zip(requests, responses, sent_at, elapsed, strict=True)
    ]
    return Cassette(
        vendor=vendor,
        base_url=str(metadata.get("base_url", "")),
        run_id=str(metadata.get("run_id", "")),
        exchanges=exchanges,
        seed=str(metadata.get("seed") or ""),
        hypothesis_seed=int(metadata["hypothesis_seed"]) if metadata.get("hypothesis_seed") is not None else None,
        drift_observed=[int(i) for i in metadata.get("drift_observed") or []],
    )
