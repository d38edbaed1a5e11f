"""The drift findings of a run as an OpenAPI Overlay 1.0 document (reports/drift.overlay.yaml): the spec edits they ask
for, to review and apply (`make apply-overlay`), instead of copying reports/drift.md into the spec by hand.

Rendered from the run record (its drift log keeps each finding's evidence: the values seen, their shape, the schemas
they belong in, first and last seen), never from a collector of its own. One action per edit, each targeting the node
the edit belongs in with an RFC 9535 JSONPath: a new property goes into the component schema the response reaches
through `$ref` (the schema that lists the object's properties, never an inline copy), a new enum value is appended to
the schema holding the enum, a new status goes into the operation's responses, a new header or media type into the
response (the shared component response when the operation reaches one through `$ref`). Findings asking for the same
edit (one component schema reached by several operations) make one action listing each. What an action adds carries
`x-observed` (run, count, first and last seen: specs/README.md); the action carries `x-evidence`. A finding no edit
can express honestly (a value outside a `const`: a discriminated union's member) is listed under `x-not-applied` with
the reason, never dropped.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from contracts.model.model import Contract, Operation, load_contract
from contracts.model.pointer import escape, unescape
from contracts.reporting.drift import Evidence, Finding
from contracts.reporting.record import RunRecord

__all__ = [
    "OVERLAY_FILE",
    "OVERLAY_VERSION",
    "drift_overlay",
    "json_path",
    "overlay_path",
    "overlay_yaml",
    "write_overlays",
]

OVERLAY_FILE = "drift.overlay.yaml"

OVERLAY_VERSION = "1.0.0"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(contract: Contract, pointer: str) -> str:
    """The RFC 9535 JSONPath of the node at a JSON pointer of the contract's document (its normalized form, with
    member-name shorthand where a name allows it)."""
    out, parent = "$", ""
    for token in pointer.removeprefix("#").split("/")[1:]:
        name = unescape(token)
        if name.isdigit() and name not in contract.node(parent)[0]:
            out += f"[{name}]"
        elif _NAME.match(name):
            out += f".{name}"
        else:
            out += "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']"
        parent += "/" + token
    return out


@dataclass
class _Edit:
    """One edit of the spec and the findings that ask for it."""

    target: str  # a JSON pointer
    kind: str  # property | enum value | status | header | media type | body
    name: Any  # what is added: a property, header or media type name, a status, an enum value
    wraps: str | None  # the key to wrap the addition in when the target lacks its container (properties, headers, ...)
    evidence: Evidence
    count: int
    shape: dict[str, Any] | None
    seen: list[dict[str, Any]] = field(default_factory=list)  # operation, finding, count

    def absorb(self, other: _Edit) -> None:
        self.evidence.add(other.evidence)
        self.count += other.count
        self.seen += other.seen
        self.shape = self.evidence.shape


def _home(contract: Contract, homes: tuple[str, ...], keyword: str) -> str | None:
    """The schema an edit belongs in: a component schema over an inline one, one already using `keyword`."""
    ranked = sorted(homes, key=lambda p: (not p.startswith("/components/"), keyword not in contract.node(p)[0], p))
    return ranked[0] if ranked else None


def _response_pointer(contract: Contract, op: Operation, key: str) -> str:
    """The response object the operation answers a response key with (a shared component when it is a `$ref`)."""
    return contract.node(f"{_responses(op)}/{escape(key)}")[1]


def _responses(op: Operation) -> str:
    return f"/paths/{escape(op.path_template)}/{op.method.lower()}/responses"


def _in(contract: Contract, pointer: str, container: str) -> tuple[str, str | None]:
    """Target the container under pointer when it exists, else pointer itself with the addition wrapped in it."""
    node = contract.node(pointer)[0]
    return (f"{pointer}/{escape(container)}", None) if container in node else (pointer, container)


def _edit(contract: Contract, op: Operation, finding: Finding, evidence: Evidence) -> _Edit | str:
    """The edit a finding asks for, or why there is none."""
    kind, where = finding.kind, finding.where
    key, _, path = where.partition(" ")
    if kind == "field":
        home = _home(contract, evidence.homes, "properties")
        if home is None:
            return "no schema lists the object's properties"
        target, wraps = _in(contract, home, "properties")
        return _Edit(target, "property", unescape(path.rsplit("/", 1)[-1]), wraps, evidence, 0, evidence.shape)
    if kind == "enum value":
        home = _home(contract, evidence.homes, "enum")
        if home is None or "enum" not in contract.node(home)[0]:
            return "its schemas fix the value with const (a union's members): a new member is the spec's decision"
        return _Edit(f"{home}/enum", "enum value", evidence.values[0], None, evidence, 0, None)
    if kind == "status":
        return _Edit(_responses(op), "status", where, None, evidence, 0, _status_schema(contract, evidence))
    response = _response_pointer(contract, op, key)
    if kind == "header":
        target, wraps = _in(contract, response, "headers")
        return _Edit(target, "header", evidence.values[0] if evidence.values else "", wraps, evidence, 0, None)
    if kind in ("media type", "body"):
        target, wraps = _in(contract, response, "content")
        return _Edit(target, "media type", evidence.media_type, wraps, evidence, 0, evidence.shape)
    return f"no overlay edit for a {kind} finding"


def _status_schema(contract: Contract, evidence: Evidence) -> dict[str, Any] | None:
    """A new status's body: the component schema of a documented response every body seen fits, else the shape."""
    resolved = {contract.node(home)[1] for home in evidence.homes}
    fits = sorted(p for p in resolved if p.startswith("/components/"))
    return {"$ref": f"#{fits[0]}"} if fits else evidence.shape


def _observed(run_id: str, edit: _Edit) -> dict[str, Any]:
    return {
        "run": run_id,
        "count": edit.count,
        "first_seen": edit.evidence.first_seen,
        "last_seen": edit.evidence.last_seen,
    }


def _addition(run_id: str, edit: _Edit) -> Any:
    """What the edit adds, marked as observed."""
    mark = {"x-observed": _observed(run_id, edit)}
    what = f"Observed in contract run {run_id}, not documented by the vendor"
    if edit.kind == "enum value":
        return edit.name
    if edit.kind == "property":
        return {edit.name: {**(edit.shape or {}), **mark}}
    if edit.kind == "header":
        return {edit.name: {"description": f"{what}; the value was not recorded", "schema": {"type": "string"}, **mark}}
    media = {"schema": edit.shape} if edit.shape is not None else {}
    if edit.kind == "media type":
        return {edit.name: {**media, **mark}}
    content = {edit.evidence.media_type: media} if edit.evidence.media_type and edit.shape is not None else {}
    response: dict[str, Any] = {"description": what, **mark}
    return {edit.name: {**response, "content": content} if content else response}


def _action(contract: Contract, run_id: str, edit: _Edit) -> dict[str, Any]:
    update = _addition(run_id, edit)
    if edit.wraps is not None:
        update = {edit.wraps: update}
    places = "; ".join(f"{s['operation']} {s['finding']}" for s in edit.seen)
    return {
        "target": json_path(contract, edit.target),
        "description": f"Add the {edit.kind} {edit.name!r} seen {edit.count} time(s): {places}",
        "update": update,
        "x-evidence": {**_observed(run_id, edit), "findings": edit.seen},
    }


def _enum_marks(contract: Contract, run_id: str, edits: list[_Edit]) -> Iterator[dict[str, Any]]:
    """One action per schema whose enum grows: `x-observed` on it, naming the values (an enum entry carries none)."""
    homes: dict[str, list[_Edit]] = {}
    for edit in edits:
        if edit.kind == "enum value":
            homes.setdefault(edit.target.removesuffix("/enum"), []).append(edit)
    for home, grown in sorted(homes.items()):
        if "x-enum-varnames" in contract.node(home)[0]:  # the generator needs a member name per value
            for edit in grown:
                yield {
                    "target": json_path(contract, f"{home}/x-enum-varnames"),
                    "description": f"Name the generated enum member of {edit.name!r}",
                    "update": _varname(edit.name),
                }
        first = min(e.evidence.first_seen for e in grown)
        last = max(e.evidence.last_seen for e in grown)
        mark = {"run": run_id, "count": sum(e.count for e in grown), "first_seen": first, "last_seen": last}
        yield {
            "target": json_path(contract, home),
            "description": "Mark the enum values above as observed",
            "update": {"x-observed": {**mark, "enum": [e.name for e in grown]}},
        }


def _varname(value: Any) -> str:
    """An enum member name for a value: its words in upper snake case (VALUE_<n> for one with none, like 42)."""
    words = re.sub(r"[^0-9A-Za-z]+", "_", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", str(value))).strip("_").upper()
    return words if words and not words[0].isdigit() else f"VALUE_{words or 'EMPTY'}"


def _edits(record: RunRecord, vendor: str, contract: Contract) -> tuple[list[_Edit], list[dict[str, Any]]]:
    """The edits the vendor's findings ask for (merged by what they add), and the findings with none, with why."""
    edits: dict[tuple[str, str, str], _Edit] = {}
    unapplied: list[dict[str, Any]] = []
    for (owner, op_id), counter in sorted(record.drift.findings.items()):
        op = contract.operations.get(op_id)
        for finding, count in sorted(counter.items()) if owner == vendor else ():
            seen = {"operation": op_id, "finding": f"{finding.kind} {finding.where}", "count": count}
            edit = _edit_of(record, contract, op, finding)
            if isinstance(edit, str):
                unapplied.append({**seen, "detail": finding.detail, "why": edit})
                continue
            edit.count, edit.seen = count, [seen]
            key = (edit.target, edit.kind, repr(edit.name))
            if key in edits:
                edits[key].absorb(edit)
            else:
                edits[key] = edit
    return list(edits.values()), unapplied


def _edit_of(record: RunRecord, contract: Contract, op: Operation | None, finding: Finding) -> _Edit | str:
    """The edit for one finding of the record (on a copy of its evidence), or why there is none."""
    if op is None:
        return "the operation is not in the spec"
    kept = record.drift.evidence_of(contract.vendor, op.operation_id, finding)
    if kept is None:
        return "the run record kept no evidence for it"
    return _edit(contract, op, finding, Evidence.from_json(kept.to_json()))


def drift_overlay(record: RunRecord, vendor: str, contract: Contract, extends: str) -> dict[str, Any]:
    """The overlay of the vendor's drift findings in the record; `extends`: the spec's URI as seen from the overlay."""
    edits, unapplied = _edits(record, vendor, contract)
    run_id = record.run_id or "(no run id)"
    actions = [_action(contract, run_id, edit) for edit in edits]
    actions += _enum_marks(contract, run_id, edits)
    document: dict[str, Any] = {
        "overlay": OVERLAY_VERSION,
        "info": {"title": f"What {contract.title} sent that its spec does not describe (contract run {run_id})"},
        "extends": extends,
        "actions": actions,
    }
    document["info"]["version"] = run_id
    if unapplied:
        document["x-not-applied"] = unapplied
    return document


def overlay_yaml(document: dict[str, Any]) -> str:
    """The overlay as YAML, in the order it was built."""
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120)


def overlay_path(reports: Path, vendor: str, vendors: list[str]) -> Path:
    """Where a run's overlay for the vendor goes: drift.overlay.yaml for a run of one vendor, else
    drift.<vendor>.overlay.yaml (an overlay extends one document)."""
    return reports / (OVERLAY_FILE if len(vendors) == 1 else f"drift.{vendor}.overlay.yaml")


def write_overlays(record: RunRecord, reports: Path) -> list[str]:
    """Write the overlay of each vendor the run exercised (none without drift: an overlay needs an action, so a stale
    one is removed); the lines to print."""
    vendors = sorted({vendor for vendor, _ in record.log.operations})
    lines = []
    for vendor in vendors:
        contract = load_contract(vendor)
        path = overlay_path(reports, vendor, vendors)
        extends = Path(os.path.relpath(contract.spec_path, path.parent)).as_posix()
        document = drift_overlay(record, vendor, contract, extends)
        if not document["actions"]:
            path.unlink(missing_ok=True)
            lines.append(f"overlay: none for {vendor} (no drift a spec edit could take)")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(overlay_yaml(document), encoding="utf-8")
        count = len(document["actions"])
        apply = f"make apply-overlay VENDOR={vendor} OVERLAY={path}"
        lines.append(f"overlay: {path} ({count} action(s) from the drift; review it, then {apply})")
    return lines
