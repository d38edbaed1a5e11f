"""A live run's wire, kept and played back: `CONTRACT_RECORD=1` records every exchange a vendor's sessions send,
scrubbed, into reports/cassettes/<vendor>.yaml (contracts/model/cassette.py: VCR.py's format); `CONTRACT_REPLAY`
answers the same run from such a file instead of the network.

Both sit at the bottom of the guarded session (a requests transport adapter under `LiveSession`), so the policy,
the request cap, the Retry-After waits and the per-example memory (contracts/live/memory.py) behave exactly as live:
what a live run sent is what is recorded, and a replay sends the same requests in the same order. A replay matches
a request on method, path, query and body (scrubbed as the recording was). A request recorded more than once (a
listing read before and after a write) gets, of its answers recorded after the one it was given last, the first one
recorded after where the replay stands in the recording (the exchange it answered last), else the latest before it:
the target's state as it was at that point of the run; once none is left, the last one again. Taking identical
requests' answers strictly in recorded order would hand a later test an earlier test's answer as soon as one request
before it was not sent again (answered from the per-example memory, say).

The recording is one sequence per vendor, whichever of the run's targets sent each request (the conformance suite,
the semantic suite, the client layer each build their own session), so a replay has one place in it per vendor too:
`replay_adapter` gives every target of a process the same adapter for a cassette. An adapter per target would start
each suite at the top of the recording, and a request recorded many times with different answers (ROIT's bodiless
`GET /requests/create`, a new id each time) would get the first suite's answer: the id it carries then leads to a
request this place of the run never sent.
"""

from __future__ import annotations

import io
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from requests.adapters import BaseAdapter, HTTPAdapter
from urllib3 import HTTPResponse
from urllib3._collections import HTTPHeaderDict

from contracts.live.fresh import fresh_values
from contracts.live.memory import request_key
from contracts.model import clock
from contracts.model.cassette import (
    Cassette,
    CassetteError,
    Exchange,
    MatchKey,
    read_cassette,
    request_match_key,
    write_cassette,
)
from contracts.model.model import load_contract
from contracts.model.scrub import Scrubber, scrubber_for, secret_problems

__all__ = [
    "CassetteRecorder",
    "RecordingAdapter",
    "ReplayAdapter",
    "cassette_path",
    "note_drift_observed",
    "recorded_hypothesis_seed",
    "recorder",
    "write_cassettes",
]


def cassette_path(directory: Path, vendor: str) -> Path:
    """Where a vendor's cassette lives in a folder: <directory>/<vendor>.yaml."""
    return directory / f"{vendor}.yaml"


def _request_headers(request: requests.PreparedRequest) -> dict[str, list[str]]:
    return {str(k): [v if isinstance(v, str) else bytes(v).decode("latin-1")] for k, v in request.headers.items()}


def _body(request: requests.PreparedRequest) -> bytes | None:
    body = request.body
    if body is None:
        return None
    return body.encode("utf-8") if isinstance(body, str) else bytes(body) if isinstance(body, bytes) else None


def _response_headers(response: requests.Response) -> dict[str, list[str]]:
    raw = response.raw
    if raw is not None and hasattr(raw, "headers") and hasattr(raw.headers, "getlist"):
        found = {str(name): [str(v) for v in raw.headers.getlist(name)] for name in raw.headers}
    else:
        found = {str(k): [str(v)] for k, v in response.headers.items()}
    # The body is kept as requests decoded it, so a Content-Encoding would no longer describe it (VCR.py would try to
    # decode it again on playback); drift ignores the header either way.
    return {k: v for k, v in found.items() if k.lower() != "content-encoding"}


@dataclass
class CassetteRecorder:
    """Every exchange of this process's live sessions, per vendor, scrubbed as it is recorded."""

    run_id: str = ""
    cassettes: dict[str, Cassette] = field(default_factory=dict)
    hypothesis_seed: int | None = None  # a random Hypothesis profile's seed for the run, kept in every cassette
    _scrubbers: dict[str, Scrubber] = field(default_factory=dict)
    # request_key -> (vendor, index of the last exchange that sent it): an answer the per-example memory gives again
    # (not sent, so not recorded again) is found by what it asked, and counted for drift as the live run counted it.
    _index: dict[str, tuple[str, int]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def record(
        self,
        vendor: str,
        base_url: str,
        tokens: tuple[str, ...],
        request: requests.PreparedRequest,
        response: Any,
        timing: tuple[datetime, float] | None = None,
    ) -> None:
        """Keep one exchange (its secrets filtered) in the vendor's cassette, with when it was sent and how long its
        answer took (`timing`; now and 0 s when not given)."""
        sent_at, elapsed = timing or (datetime.now(UTC), 0.0)
        with self._lock:
            scrub = self._scrubbers.get(vendor)
            if scrub is None:
                scrub = self._scrubbers[vendor] = scrubber_for(load_contract(vendor), tokens)
            cassette = self.cassettes.get(vendor)
            if cassette is None:
                cassette = self.cassettes[vendor] = Cassette(vendor, base_url, self.run_id)
                cassette.seed, cassette.hypothesis_seed = fresh_values(vendor).seed, self.hypothesis_seed
            headers = _response_headers(response)
            cassette.exchanges.append(
                Exchange(
                    method=(request.method or "GET").upper(),
                    uri=scrub.uri(request.url or ""),
                    request_headers={k: scrub.header_values(k, v) for k, v in _request_headers(request).items()},
                    request_body=scrub.body(_body(request)),
                    status=response.status_code,
                    reason=response.reason or "",
                    response_headers={k: scrub.header_values(k, v) for k, v in headers.items()},
                    response_body=scrub.body(response.content) or b"",
                    sent_at=sent_at.isoformat(),
                    elapsed=round(elapsed, 6),
                )
            )
            self._index[request_key(request)] = (vendor, len(cassette.exchanges) - 1)

    def drift_observed(self, request: object) -> None:
        """Mark the exchange of this request as one the run compared with the spec for drift."""
        with self._lock:
            found = self._index.get(request_key(request)) if isinstance(request, requests.PreparedRequest) else None
            if found is not None:
                self.cassettes[found[0]].drift_observed.append(found[1])


_RECORDER: list[CassetteRecorder] = []


def recorder(run_id: str = "") -> CassetteRecorder:
    """This process's recorder (created on first use)."""
    if not _RECORDER:
        _RECORDER.append(CassetteRecorder(run_id))
    return _RECORDER[0]


def note_drift_observed(request: object) -> None:
    """Tell the recorder, if this process records, that the run compared this request's answer with the spec."""
    if _RECORDER:
        _RECORDER[0].drift_observed(request)


def write_cassettes(directory: Path, tokens: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Write each vendor's cassette, then scan it: a file with any secret-shaped text left is deleted.

    Returns (lines about the cassettes written, one-line errors about those refused).
    """
    written: list[str] = []
    refused: list[str] = []
    if not _RECORDER:
        return written, refused
    for vendor, cassette in sorted(_RECORDER[0].cassettes.items()):
        path = cassette_path(directory, vendor)
        write_cassette(path, cassette)
        problems = secret_problems(path.read_text(encoding="utf-8"), tokens)
        if problems:
            path.unlink()
            refused.append(
                f"{path}: refused and deleted, secrets left after scrubbing: {'; '.join(problems)}; "
                "name the field in the spec (writeOnly or format: password) or report it as a scrubbing bug"
            )
            continue
        written.append(
            f"cassette: {path} ({len(cassette.exchanges)} exchanges, secrets scrubbed, scan clean; "
            f"{len(set(cassette.drift_observed))} compared for drift)"
        )
    return written, refused


class RecordingAdapter(HTTPAdapter):
    """requests' HTTP adapter, keeping every exchange it sends in the run's recorder."""

    def __init__(self, vendor: str, base_url: str, tokens: tuple[str, ...]) -> None:
        super().__init__()
        self._vendor, self._base_url, self._tokens = vendor, base_url, tokens

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        """Send, then record the exchange (its body read) with when it was sent and how long the answer took."""
        sent_at, started = datetime.now(UTC), time.monotonic()
        response = super().send(request, *args, **kwargs)
        timing = (sent_at, time.monotonic() - started)
        recorder().record(self._vendor, self._base_url, self._tokens, request, response, timing)
        return response


class ReplayAdapter(BaseAdapter):
    """Answers from a cassette instead of the network (see the module docstring); an unrecorded request is an error."""

    def __init__(self, cassette: Cassette, source: Path, tokens: tuple[str, ...]) -> None:
        super().__init__()
        self._source = source
        self._scrub = scrubber_for(load_contract(cassette.vendor), tokens)
        self._exchanges = cassette.exchanges
        self._answers: dict[MatchKey, list[int]] = defaultdict(list)  # key -> its exchanges' indices, in order
        for index, exchange in enumerate(cassette.exchanges):
            self._answers[exchange.match_key(self._scrub.credential_headers)].append(index)
        self._last: dict[MatchKey, int] = {}  # key -> the index of the answer it was given last
        self._at = -1  # the index of the exchange answered last: where the replay stands in the recording
        self._lock = threading.Lock()
        self._builder = HTTPAdapter()  # only its build_response: a Response exactly as requests makes one
        self.replayed = 0

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        """The recorded answer to this request."""
        headers = {k: self._scrub.header_values(k, v) for k, v in _request_headers(request).items()}
        uri, body = self._scrub.uri(request.url or ""), self._scrub.body(_body(request))
        key = request_match_key(request.method or "GET", uri, body, headers, self._scrub.credential_headers)
        with self._lock:
            recorded = self._answers.get(key)
            if not recorded:
                raise requests.ConnectionError(
                    f"{self._source}: no recorded answer to {key[0]} {key[1]}"
                    f"{'?' + '&'.join(f'{k}={v}' for k, v in key[2]) if key[2] else ''}; this run sent a request the "
                    "recorded one did not: replay from the live run's commit with its settings, or record again with "
                    "CONTRACT_RECORD=1",
                    request=request,
                )
            index = self._nearest(recorded, self._last.get(key, -1))
            self._last[key] = self._at = index
            self.replayed += 1
        exchange = self._exchanges[index]
        if exchange.sent is not None:
            clock.replaying_at(exchange.sent)
        raw = HTTPResponse(
            body=io.BytesIO(exchange.response_body),
            headers=HTTPHeaderDict([(k, v) for k, vs in exchange.response_headers.items() for v in vs]),
            status=exchange.status,
            reason=exchange.reason,
            version=11,
            preload_content=False,
            decode_content=False,
        )
        response = self._builder.build_response(request, raw)
        response._content = exchange.response_body  # read once, as requests does for a non-streamed answer
        response._content_consumed = True
        return response

    def _nearest(self, recorded: list[int], last: int) -> int:
        """Of a request's recorded exchanges after the one it was given last, the first after where the replay stands,
        else the latest before it; with none left, the last one again."""
        left = [i for i in recorded if i > last]
        ahead = [i for i in left if i > self._at]
        return ahead[0] if ahead else left[-1] if left else last

    def close(self) -> None:
        """Nothing to release: no connection was opened."""


def recorded_hypothesis_seed(source: Path) -> int | None:
    """The Hypothesis seed the recorded run ran with (None for a derandomized profile), from a cassette or a folder of
    them; cassettes of different runs are a CassetteError naming them."""
    paths = [source] if source.is_file() else sorted(source.glob("*.yaml"))
    seeds = {path: read_cassette(path).hypothesis_seed for path in paths}
    found = set(seeds.values())
    if len(found) > 1:
        listed = ", ".join(f"{path.name}: {seed}" for path, seed in seeds.items())
        raise CassetteError(
            f"{source}: cassettes of different runs (Hypothesis seeds {listed}); "
            "replay one cassette, or one run's folder"
        )
    return found.pop() if found else None


_REPLAYS: dict[tuple[Path, str, tuple[str, ...]], tuple[ReplayAdapter, Cassette]] = {}
_REPLAYS_LOCK = threading.Lock()


def replay_adapter(directory: Path, vendor: str, tokens: tuple[str, ...]) -> tuple[ReplayAdapter, Cassette]:
    """The replay adapter of a vendor's cassette in a folder (or a cassette file), and the cassette: one per cassette
    in a process, shared by every target built from it (see the module docstring)."""
    path = directory if directory.is_file() else cassette_path(directory, vendor)
    key = (path.resolve(), vendor, tokens)
    with _REPLAYS_LOCK:
        found = _REPLAYS.get(key)
        if found is None:
            cassette = read_cassette(path)
            if cassette.vendor != vendor:
                raise CassetteError(
                    f"{path}: a cassette of {cassette.vendor}, not {vendor}; pass the folder or its own file"
                )
            found = _REPLAYS[key] = (ReplayAdapter(cassette, path, tokens), cassette)
        return found
