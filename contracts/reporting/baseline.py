"""Known deviations, per vendor, committed: a run passes when only known findings recur.

The file (`contract_tests/baselines/<vendor>.yaml`) has the shape of Schemathesis 4.32's `st run --baseline` file:
`format_version: 1` and `entries`, each keyed on `operation` (`GET /v2/tasks`), `check`, `failure` and `signature`
(with the same six-character `id`), plus what this project requires of each: a `reason`, an `expires` date and an
optional `ticket`. A check failure is keyed as Schemathesis keys it (the check, the failure class, its `_unique_key`);
a drift finding has `check: drift`, `failure` its kind (field, enum value, status, media type, header) and
`signature` where it was seen (for an enum value, also the value).

A run with a baseline: each finding is known (an unexpired entry covers it), new (no entry: the run fails) or
covered by an expired entry (the run fails); an entry whose operation ran but whose finding did not recur is stale
(listed, never deleted); an entry for an operation the run did not reach (allow-list, request cap) is only listed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from contracts.model.undescribed import Finding

__all__ = [
    "FORMAT_VERSION",
    "BaselineEntry",
    "BaselineError",
    "Identity",
    "Verdict",
    "drift_identity",
    "judge",
    "load_baseline",
    "save_baseline",
    "verdict_lines",
]

FORMAT_VERSION = 1


class BaselineError(ValueError):
    """A baseline file that cannot be used; the message names the file, the entry and the fix."""


class Identity(NamedTuple):
    """What makes two findings the same (Schemathesis's baseline identity)."""

    operation: str
    check: str
    failure: str
    signature: str


def entry_id(identity: Identity) -> str:
    """The six-character id Schemathesis gives the entry with this identity."""
    return hashlib.sha256("\0".join(identity).encode()).hexdigest()[:6]


def drift_identity(label: str, finding: Finding) -> Identity:
    """The identity of a drift finding: where it was seen (and the value, for an enum value), not its wording."""
    signature = finding.where
    if finding.kind == "enum value":
        signature += " = " + finding.detail.split(" is not in the enum", 1)[0]
    return Identity(label, "drift", finding.kind, signature)


@dataclass
class BaselineEntry:
    """One known deviation: what it is, why it is accepted, until when."""

    identity: Identity
    reason: str
    expires: str
    ticket: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Schemathesis's id for this entry."""
        return entry_id(self.identity)

    def expired(self, today: date) -> bool:
        """Whether `expires` is before today."""
        return date.fromisoformat(self.expires) < today

    def to_dict(self) -> dict[str, Any]:
        """The entry as the file stores it (Schemathesis's keys first)."""
        stored: dict[str, Any] = {"id": self.id, **self.identity._asdict(), "reason": self.reason}
        for name in ("ticket", "expires", "first_seen", "last_seen"):
            if getattr(self, name) is not None:
                stored[name] = getattr(self, name)
        return {**stored, **self.extra}


def _entry(data: object, where: str) -> BaselineEntry:
    if not isinstance(data, dict):
        raise BaselineError(f"{where}: an entry must be a mapping, got {json.dumps(data, default=str)}")
    missing = [k for k in Identity._fields if not isinstance(data.get(k), str)]
    if missing:
        raise BaselineError(f"{where}: entry {data.get('id', '?')} lacks {', '.join(missing)}; copy it from the run")
    identity = Identity(*(data[k] for k in Identity._fields))
    label = f"{where}: entry {entry_id(identity)} ({identity.operation} {identity.check} {identity.signature})"
    reason = data.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise BaselineError(f"{label} has no reason: say why this deviation is accepted (and a ticket), or delete it")
    expires = str(data.get("expires") or "")
    try:
        date.fromisoformat(expires)
    except ValueError:
        raise BaselineError(f"{label}: expires {expires!r} is not a YYYY-MM-DD date; every entry needs one") from None
    seen = {k: str(data[k]) if data.get(k) is not None else None for k in ("ticket", "first_seen", "last_seen")}
    extra = {k: v for k, v in data.items() if k not in {*Identity._fields, "id", "reason", "expires", *seen}}
    return BaselineEntry(
        identity, reason.strip(), expires, seen["ticket"], seen["first_seen"], seen["last_seen"], extra
    )


def load_baseline(path: Path) -> list[BaselineEntry]:
    """The entries of a baseline file (none when it does not exist); BaselineError names what is wrong."""
    if not path.exists():
        return []
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict) or raw.get("format_version") != FORMAT_VERSION:
        raise BaselineError(f"{path}: expected a mapping with format_version: {FORMAT_VERSION} and entries")
    entries = raw.get("entries") or []
    if not isinstance(entries, list):
        raise BaselineError(f"{path}: entries must be a list")
    return [_entry(item, str(path)) for item in entries]


def save_baseline(path: Path, entries: Iterable[BaselineEntry], header: str = "") -> None:
    """Write the entries, sorted by identity, in the file's format (every entry kept)."""
    document = {
        "format_version": FORMAT_VERSION,
        "entries": [e.to_dict() for e in sorted(entries, key=lambda e: e.identity)],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)
    path.write_text(header + text, encoding="utf-8")


@dataclass
class Verdict:
    """What a run's findings are against the baseline, per operation."""

    known: dict[Identity, BaselineEntry] = field(default_factory=dict)
    new: list[Identity] = field(default_factory=list)
    expired: dict[Identity, BaselineEntry] = field(default_factory=dict)
    stale: list[BaselineEntry] = field(default_factory=list)
    unreached: list[BaselineEntry] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """No new finding and no expired entry."""
        return not self.new and not self.expired

    def by_operation(self) -> dict[str, tuple[int, int, int, int]]:
        """operation -> (known, new, expired, stale) counts."""
        rows: dict[str, list[int]] = {}
        groups: list[Iterable[Identity]] = [
            self.known, self.new, self.expired, (e.identity for e in self.stale)
        ]  # fmt: skip
        for column, identities in enumerate(groups):
            for identity in identities:
                rows.setdefault(identity.operation, [0, 0, 0, 0])[column] += 1
        return {op: (r[0], r[1], r[2], r[3]) for op, r in sorted(rows.items())}


def judge(entries: list[BaselineEntry], seen: Iterable[Identity], reached: set[str], today: date) -> Verdict:
    """Each finding seen as known, new or expired; each entry not seen as stale, or unreached when its operation
    did not run (so a run cut short by the allow-list or the request cap never loses an entry)."""
    by_identity = {e.identity: e for e in entries}
    verdict = Verdict()
    found = sorted(set(seen))
    for identity in found:
        entry = by_identity.get(identity)
        if entry is None:
            verdict.new.append(identity)
        elif entry.expired(today):
            verdict.expired[identity] = entry
        else:
            verdict.known[identity] = entry
    for entry in entries:
        if entry.identity in verdict.known or entry.identity in verdict.expired:
            continue
        if entry.expired(today) and entry.identity.operation in reached:
            verdict.expired[entry.identity] = entry
        elif entry.identity.operation in reached:
            verdict.stale.append(entry)
        else:
            verdict.unreached.append(entry)
    return verdict


def verdict_lines(vendor: str, verdict: Verdict, path: str) -> list[str]:
    """Markdown: known / new / expired / stale per operation, then each new finding and expired entry."""
    lines = [
        f"### {vendor}: findings against the baseline `{path}`",
        "",
        "| operation | known | new | expired | stale |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| `{op}` | {k} | {n} | {x} | {s} |" for op, (k, n, x, s) in verdict.by_operation().items()]
    lines += [f"- **new** `{i.operation}` {i.check} {i.failure}: {i.signature}" for i in verdict.new]
    lines += [
        f"- **expired** {e.id} `{e.identity.operation}` {e.identity.check}: expired {e.expires} ({e.reason})"
        for e in verdict.expired.values()
    ]
    lines += [
        f"- stale (did not recur, kept) {e.id} `{e.identity.operation}` {e.identity.signature}" for e in verdict.stale
    ]
    lines += [f"- not reached this run (kept) {e.id} `{e.identity.operation}`" for e in verdict.unreached]
    verdict_text = (
        "passes: only known findings recurred" if verdict.passed else "FAILS: new findings or expired entries"
    )
    return [
        *lines,
        "",
        f"Baseline verdict for {vendor}: {verdict_text}; `make baseline VENDOR={vendor}` adds the new",
        "",
    ]
