"""What a target sent that its spec does not describe: the list a user takes back to the spec (reports/drift.md).

Every response the suite checks is compared with the operation's documented response: an undocumented status,
media type or header, a property that is not among the schema's `properties` (the specs tolerate unknown properties,
so the checks pass, but the spec should learn them), and a value outside an `enum`. Header names are reported, never
header values, so nothing secret a server echoes ends up in the report.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from contracts.model import clock
from contracts.model.media import base_type, is_json, match_media
from contracts.model.model import Contract, Operation, load_contract
from contracts.model.undescribed import Finding, Observation, observations
from contracts.model.vendors import VENDORS
from contracts.reporting.shape import merged, shape_of

__all__ = [
    "DriftLog",
    "Evidence",
    "Finding",
    "ObservedResponse",
    "RecordedResponse",
    "drift_markdown",
    "drift_of_recorded",
    "findings_for",
    "observations_for",
]

MAX_EXAMPLES = 3  # responses kept per finding, to judge them again (against a spec an overlay changed)
MAX_EXAMPLE_BYTES = 65536  # a larger body is not kept: a cut JSON body could not be judged again


class ObservedResponse(Protocol):
    """What drift needs of a response (Schemathesis's Response has it): status, headers (name -> values), body."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> Mapping[str, Sequence[str]]: ...
    @property
    def content(self) -> bytes: ...


# Headers any HTTP stack adds on its own; a spec does not document them (Content-Type is compared separately).
_TRANSPORT_HEADERS = frozenset(
    {
        "accept-ranges", "age", "alt-svc", "cache-control", "connection", "content-encoding", "content-language",
        "content-length", "content-security-policy", "content-type", "date", "etag", "expires", "keep-alive",
        "last-modified", "nel", "permissions-policy", "pragma", "referrer-policy", "report-to", "server",
        "set-cookie", "strict-transport-security", "transfer-encoding", "vary", "via", "x-content-type-options",
        "x-frame-options", "x-xss-protection",
    }
)  # fmt: skip
_TRANSPORT_PREFIXES = ("access-control-",)


@dataclass(frozen=True)
class RecordedResponse:
    """One response as a record keeps it (a finding's evidence here; a cassette's entry can be made one): enough to
    judge its drift again, against the spec or a revision of it. Header names only: values are never kept."""

    vendor: str
    operation_id: str
    status: int
    media_type: str
    body: bytes
    header_names: tuple[str, ...] = ()

    @property
    def status_code(self) -> int:
        """The status, as ObservedResponse names it."""
        return self.status

    @property
    def headers(self) -> Mapping[str, Sequence[str]]:
        """Each header name (with an empty value) and the media type as Content-Type."""
        found: dict[str, Sequence[str]] = {name: [""] for name in self.header_names}
        if self.media_type:
            found["content-type"] = [self.media_type]
        return found

    @property
    def content(self) -> bytes:
        """The body."""
        return self.body

    def to_json(self) -> dict[str, Any]:
        """The record as JSON-able data (the body as text)."""
        return {
            "status": self.status,
            "media_type": self.media_type,
            "headers": list(self.header_names),
            "body": self.body.decode("utf-8", errors="replace"),
        }

    @classmethod
    def from_json(cls, vendor: str, operation_id: str, data: Mapping[str, Any]) -> RecordedResponse:
        """The record from to_json's data."""
        body = str(data.get("body", "")).encode("utf-8")
        names = tuple(data.get("headers", ()))
        return cls(vendor, operation_id, int(data["status"]), str(data.get("media_type", "")), body, names)


@dataclass
class Evidence:
    """What shows a finding: when it was first and last seen (UTC), the shape of the values seen (for a field or an
    enum value: the value; for a status, a body or a media type: the body), the schemas it belongs in (a field: those
    listing the object's properties; an enum value: those holding the enum), the media type, and a few responses."""

    first_seen: str
    last_seen: str
    shape: dict[str, Any] | None = None
    homes: tuple[str, ...] = ()
    media_type: str = ""
    values: list[Any] = field(default_factory=list)  # an enum value finding: the value; a header: its name
    examples: list[dict[str, Any]] = field(default_factory=list)  # RecordedResponse.to_json of up to MAX_EXAMPLES

    def add(self, other: Evidence) -> None:
        """Widen this evidence by another's (another response, another worker)."""
        self.first_seen, self.last_seen = min(self.first_seen, other.first_seen), max(self.last_seen, other.last_seen)
        if other.shape is not None:
            self.shape = other.shape if self.shape is None else merged(self.shape, other.shape)
        self.homes = tuple(sorted(set(self.homes) & set(other.homes)))  # a status: the schemas every body fits
        self.media_type = self.media_type or other.media_type
        self.values += [v for v in other.values if v not in self.values]
        room = MAX_EXAMPLES - len(self.examples)
        self.examples += [e for e in other.examples if e not in self.examples][: max(room, 0)]

    def to_json(self) -> dict[str, Any]:
        """A JSON-able copy."""
        return {
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "shape": self.shape,
            "homes": list(self.homes),
            "media_type": self.media_type,
            "values": list(self.values),
            "examples": list(self.examples),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Evidence:
        """Evidence from to_json's data."""
        return cls(
            str(data["first_seen"]),
            str(data["last_seen"]),
            data.get("shape"),
            tuple(data.get("homes", ())),
            str(data.get("media_type", "")),
            list(data.get("values", [])),
            list(data.get("examples", [])),
        )


@dataclass
class DriftLog:
    """Findings per (vendor, operationId), with how often each was seen and its evidence, and how many responses
    were compared."""

    findings: dict[tuple[str, str], Counter[Finding]] = field(default_factory=dict)
    labels: dict[tuple[str, str], str] = field(default_factory=dict)
    responses: int = 0
    evidence: dict[tuple[str, str], dict[Finding, Evidence]] = field(default_factory=dict)

    def observe(
        self,
        vendor: str,
        operation_id: str,
        label: str,
        response: ObservedResponse,
        contract: Contract | None = None,
        seen_at: datetime | None = None,
    ) -> None:
        """Compare one response with the spec (or `contract`, another revision of it) and count what it does not
        describe, keeping the evidence (first/last seen: `seen_at`, by default the run's clock)."""
        self.responses += 1
        contract = contract or load_contract(vendor)
        op = contract.operations.get(operation_id)
        if op is None:
            return
        key = (vendor, operation_id)
        self.labels[key] = label
        found = list(observations_for(contract, op, response))
        if not found:
            return
        self.findings.setdefault(key, Counter()).update(seen.finding for seen in found)
        now = (seen_at or clock.now()).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        example = _example(vendor, operation_id, response)
        kept = self.evidence.setdefault(key, {})
        for seen in found:
            evidence = _evidence(seen, response, now, example)
            if seen.finding in kept:
                kept[seen.finding].add(evidence)
            else:
                kept[seen.finding] = evidence

    def redact(self, mask: Callable[[str], str]) -> None:
        """Mask what must not reach a report (a live token a vendor echoes) in the kept responses and values."""
        for kept in self.evidence.values():
            for evidence in kept.values():
                evidence.examples = [{**e, "body": mask(str(e.get("body", "")))} for e in evidence.examples]
                evidence.values = [mask(v) if isinstance(v, str) else v for v in evidence.values]

    def evidence_of(self, vendor: str, operation_id: str, finding: Finding) -> Evidence | None:
        """The evidence kept for a finding (None for a record written before evidence was kept)."""
        return self.evidence.get((vendor, operation_id), {}).get(finding)

    def recorded(self, vendor: str) -> list[RecordedResponse]:
        """The responses kept as evidence for the vendor's findings, each once."""
        out: list[RecordedResponse] = []
        for (owner, op_id), kept in sorted(self.evidence.items()):
            for evidence in kept.values():
                for example in evidence.examples if owner == vendor else ():
                    record = RecordedResponse.from_json(owner, op_id, example)
                    if record not in out:
                        out.append(record)
        return out

    def to_json(self) -> dict[str, Any]:
        """A JSON-able copy, for handing a pytest-xdist worker's findings to the controller."""
        return {
            "responses": self.responses,
            "operations": [
                {
                    "vendor": vendor,
                    "operation_id": op_id,
                    "label": self.labels.get((vendor, op_id), ""),
                    "findings": [
                        [f.kind, f.where, f.detail, n, *self._evidence_json(vendor, op_id, f)]
                        for f, n in counter.items()
                    ],
                }
                for (vendor, op_id), counter in self.findings.items()
            ],
        }

    def _evidence_json(self, vendor: str, operation_id: str, finding: Finding) -> list[dict[str, Any]]:
        found = self.evidence_of(vendor, operation_id, finding)
        return [] if found is None else [found.to_json()]

    def merge_json(self, data: dict[str, Any]) -> None:
        """Add another process's findings (from to_json) to these."""
        self.responses += data["responses"]
        for item in data["operations"]:
            key = (item["vendor"], item["operation_id"])
            self.labels[key] = item["label"]
            counter = self.findings.setdefault(key, Counter())
            kept = self.evidence.setdefault(key, {})
            for kind, where, detail, n, *rest in item["findings"]:
                finding = Finding(kind, where, detail)
                counter[finding] += n
                if rest:
                    evidence = Evidence.from_json(rest[0])
                    if finding in kept:
                        kept[finding].add(evidence)
                    else:
                        kept[finding] = evidence


def _parsed(response: ObservedResponse) -> Any:
    """The body as JSON when it parses, else as text (None when empty)."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return response.content.decode("utf-8", errors="replace")


def _fitting(contract: Contract, op: Operation, response: ObservedResponse, body: Any) -> tuple[str, ...]:
    """The documented response schemas (of the same media type) an undocumented status's body fits, if any."""
    content_type = _media_type(response)
    if body is None or not is_json(content_type):
        return ()
    pointers = {
        media.pointer
        for rule in op.responses.values()
        if (media := match_media(content_type, rule.content)) is not None and media.pointer is not None
    }
    return tuple(sorted(p for p in pointers if contract.validator(p).is_valid(body)))


def _media_type(response: ObservedResponse) -> str:
    return base_type((response.headers.get("content-type") or [""])[0])


def _example(vendor: str, operation_id: str, response: ObservedResponse) -> list[dict[str, Any]]:
    if len(response.content) > MAX_EXAMPLE_BYTES:
        return []
    names = tuple(sorted({name.lower() for name in response.headers} - {"content-type"}))
    kept = RecordedResponse(vendor, operation_id, response.status_code, _media_type(response), response.content, names)
    return [kept.to_json()]


def _evidence(seen: Observation, response: ObservedResponse, now: str, example: list[dict[str, Any]]) -> Evidence:
    kind = seen.finding.kind
    value = seen.value if kind in ("field", "enum value") else _parsed(response) if kind != "header" else None
    has_value = kind in ("field", "enum value") or value is not None
    shape = shape_of(value) if has_value else None
    values = [seen.value] if kind in ("enum value", "header") else []
    return Evidence(now, now, shape, seen.homes, _media_type(response), values, list(example))


def drift_of_recorded(
    records: Iterable[RecordedResponse], contract_of: Callable[[str], Contract] = load_contract
) -> DriftLog:
    """The drift of recorded responses (a finding's evidence, a cassette's entries) against each vendor's contract
    (`contract_of`: the spec by default; a revision of it, e.g. with an overlay applied, to see what it still lacks)."""
    log = DriftLog()
    for record in records:
        log.observe(record.vendor, record.operation_id, record.operation_id, record, contract_of(record.vendor))
    return log


def findings_for(contract: Contract, op: Operation, response: ObservedResponse) -> Iterator[Finding]:
    """Everything in one response that the operation's documented responses do not describe."""
    for seen in observations_for(contract, op, response):
        yield seen.finding


def observations_for(contract: Contract, op: Operation, response: ObservedResponse) -> Iterator[Observation]:
    """What findings_for finds, each with the value that shows it and the schemas it belongs in (contracts.model.
    undescribed.Observation): a status's value is the body and its homes the documented schemas that body fits; a
    header's value is its name; a body or media type finding has neither."""
    status = response.status_code
    rule = op.response_rule(status)
    if rule is None:
        detail = f"not documented (documented: {', '.join(op.documented_statuses())})"
        body = _parsed(response)
        yield Observation(Finding("status", str(status), detail), body, _fitting(contract, op, response, body))
        return
    where = rule.key
    for name in sorted(response.headers):
        lower = name.lower()
        if lower in rule.headers or lower in _TRANSPORT_HEADERS or lower.startswith(_TRANSPORT_PREFIXES):
            continue
        yield Observation(Finding("header", where, f"{lower} is not documented for this response"), lower, ())
    if not response.content:
        return
    content_type = _media_type(response)
    if not rule.content:
        detail = f"a {content_type or 'untyped'} body where the spec documents none"
        yield Observation(Finding("body", where, detail), None, ())
        return
    media = match_media(content_type, rule.content)
    if media is None:
        detail = f"{content_type or '(none)'} is not one of {', '.join(rule.content)}"
        yield Observation(Finding("media type", where, detail), None, ())
        return
    if media.pointer is None or not is_json(content_type):
        return
    try:
        body = json.loads(response.content)
    except ValueError:
        return  # unparseable JSON is a contract failure the checks report, not drift
    yield from observations(contract, body, [media.pointer], f"{where} ")


def drift_markdown(log: DriftLog, *, target: str) -> str:
    """reports/drift.md: per vendor and operation, what was seen that the spec does not describe."""
    total = sum(sum(c.values()) for c in log.findings.values())
    lines = [
        "# Drift report: what the target sent that the spec does not describe",
        "",
        f"Target: **{target}** · responses compared: {log.responses} · distinct findings: "
        f"{sum(len(c) for c in log.findings.values())} · occurrences: {total}",
        "",
        "Take each line back to `specs/<vendor>/openapi.yaml`: document it (with `x-inferred` when only observed), "
        "or raise it with the vendor. Header values are never shown.",
        "",
    ]
    for vendor in VENDORS:
        keys = sorted(k for k in log.findings if k[0] == vendor)
        lines += [f"## {vendor}", ""]
        if not keys:
            lines += ["No drift: every response seen is described by the spec.", ""]
            continue
        for key in keys:
            lines += [
                f"### `{key[1]}` ({log.labels.get(key, '')})",
                "",
                "| kind | where | what | times |",
                "|---|---|---|---:|",
            ]
            for finding, count in sorted(log.findings[key].items()):
                lines.append(f"| {finding.kind} | `{finding.where}` | {finding.detail} | {count} |")
            lines.append("")
    return "\n".join(lines)
