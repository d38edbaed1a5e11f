"""Drift recomputed offline from a cassette: the answers a live run compared with the spec, compared again.

A live run with CONTRACT_RECORD=1 marks, in its cassette's metadata, every exchange whose answer it fed to drift
(contracts/model/cassette.py). Feeding exactly those answers to the same `DriftLog` gives the live run's findings
(what the spec does not describe, per operation), with no target and no network; everything rendered from findings
(reports/drift.md, the baseline's drift entries) follows from the log this returns. Each finding's first and last
seen are when the recorded answers arrived in the live run (the cassette keeps each exchange's time), never when the
drift is recomputed; a cassette written before it kept them dates its answers by its run id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from contracts.model.cassette import Cassette, Exchange
from contracts.model.model import load_contract
from contracts.reporting.drift import DriftLog
from contracts.reporting.record import run_started

__all__ = ["RecordedResponse", "drift_from_cassette"]


@dataclass(frozen=True)
class RecordedResponse:
    """A recorded answer as drift reads a response: status, headers (name -> values, as received) and body."""

    status_code: int
    headers: Mapping[str, Sequence[str]]
    content: bytes

    @classmethod
    def of(cls, exchange: Exchange) -> RecordedResponse:
        """The answer of one exchange."""
        return cls(exchange.status, exchange.response_headers, exchange.response_body)


def drift_from_cassette(cassette: Cassette, log: DriftLog | None = None) -> DriftLog:
    """The drift of the exchanges the live run compared with the spec (all of them for a cassette without marks)."""
    log = DriftLog() if log is None else log
    contract = load_contract(cassette.vendor)
    prefix = urlsplit(cassette.base_url).path.rstrip("/")
    marked = cassette.drift_observed or range(len(cassette.exchanges))
    undated = run_started(cassette.run_id)
    for index in marked:
        exchange = cassette.exchanges[index]
        path = exchange.path[len(prefix) :] if prefix and exchange.path.startswith(prefix) else exchange.path
        found = contract.match(path or "/")
        op = found[0].operations.get(exchange.method) if found else None
        if op is None:
            continue
        label, seen_at = f"{op.method} {op.path_template}", exchange.answered_at or undated
        log.observe(cassette.vendor, op.operation_id, label, RecordedResponse.of(exchange), seen_at=seen_at)
    return log
