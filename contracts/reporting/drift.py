"""What a target sent that its spec does not describe: the list a user takes back to the spec (reports/drift.md).

Every response the suite checks is compared with the operation's documented response: an undocumented status,
media type or header, a property that is not among the schema's `properties` (the specs tolerate unknown properties,
so the checks pass, but the spec should learn them), and a value outside an `enum`. Header names are reported, never
header values, so nothing secret a server echoes ends up in the report.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from contracts.model.media import base_type, is_json, match_media
from contracts.model.model import Contract, Operation, load_contract
from contracts.model.undescribed import Finding, undescribed
from contracts.model.vendors import VENDORS

__all__ = ["DriftLog", "Finding", "ObservedResponse", "drift_markdown", "findings_for"]


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


@dataclass
class DriftLog:
    """Findings per (vendor, operationId), with how often each was seen, and how many responses were compared."""

    findings: dict[tuple[str, str], Counter[Finding]] = field(default_factory=dict)
    labels: dict[tuple[str, str], str] = field(default_factory=dict)
    responses: int = 0

    def observe(self, vendor: str, operation_id: str, label: str, response: ObservedResponse) -> None:
        """Compare one response with the spec and count what it does not describe."""
        self.responses += 1
        contract = load_contract(vendor)
        op = contract.operations.get(operation_id)
        if op is None:
            return
        key = (vendor, operation_id)
        self.labels[key] = label
        found = list(findings_for(contract, op, response))
        if found:
            self.findings.setdefault(key, Counter()).update(found)

    def to_json(self) -> dict[str, Any]:
        """A JSON-able copy, for handing a pytest-xdist worker's findings to the controller."""
        return {
            "responses": self.responses,
            "operations": [
                {
                    "vendor": vendor,
                    "operation_id": op_id,
                    "label": self.labels.get((vendor, op_id), ""),
                    "findings": [[f.kind, f.where, f.detail, n] for f, n in counter.items()],
                }
                for (vendor, op_id), counter in self.findings.items()
            ],
        }

    def merge_json(self, data: dict[str, Any]) -> None:
        """Add another process's findings (from to_json) to these."""
        self.responses += data["responses"]
        for item in data["operations"]:
            key = (item["vendor"], item["operation_id"])
            self.labels[key] = item["label"]
            counter = self.findings.setdefault(key, Counter())
            for kind, where, detail, n in item["findings"]:
                counter[Finding(kind, where, detail)] += n


def findings_for(contract: Contract, op: Operation, response: ObservedResponse) -> Iterator[Finding]:
    """Everything in one response that the operation's documented responses do not describe."""
    status = response.status_code
    rule = op.response_rule(status)
    if rule is None:
        yield Finding("status", str(status), f"not documented (documented: {', '.join(op.documented_statuses())})")
        return
    where = rule.key
    for name in sorted(response.headers):
        lower = name.lower()
        if lower in rule.headers or lower in _TRANSPORT_HEADERS or lower.startswith(_TRANSPORT_PREFIXES):
            continue
        yield Finding("header", where, f"{lower} is not documented for this response")
    if not response.content:
        return
    content_type = base_type((response.headers.get("content-type") or [""])[0])
    if not rule.content:
        yield Finding("body", where, f"a {content_type or 'untyped'} body where the spec documents none")
        return
    media = match_media(content_type, rule.content)
    if media is None:
        yield Finding("media type", where, f"{content_type or '(none)'} is not one of {', '.join(rule.content)}")
        return
    if media.pointer is None or not is_json(content_type):
        return
    try:
        body = json.loads(response.content)
    except ValueError:
        return  # unparseable JSON is a contract failure the checks report, not drift
    yield from undescribed(contract, body, [media.pointer], f"{where} ")


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
