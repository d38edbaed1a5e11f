"""Say in words what a relaxation in contract_tests/schemathesis.toml changes, for reports/summary.md."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Relaxation", "describe", "scope_text"]


@dataclass(frozen=True)
class Relaxation:
    """One place where the suite checks less than everything, and why (from contract_tests/schemathesis.toml)."""

    project: str
    scope: str
    settings: str
    reason: str
    sentence: str = ""  # what the settings change, in words (describe)

    @property
    def key(self) -> str:
        """What names this relaxation in the run record: its project and scope."""
        return f"{self.project} | {self.scope}"

    def applies_to(self, title: str, operation_id: str, method: str) -> bool:
        """Whether a case of this operation (of the contract titled `title`) runs under this relaxation."""
        # A scope names operation ids, or methods.
        scope = self.scope
        return self.project == title and (
            scope == "all operations"
            or f"'{operation_id}'" in scope
            or scope.endswith(f"={operation_id}")
            or (scope.startswith("include-method=") and f"'{method.upper()}'" in scope)
        )


# What a status in a check's expected-statuses stands for: valid data accepted, or invalid data refused.
_COUNTED_AS = {
    "positive_data_acceptance": "an expected answer to valid data",
    "negative_data_rejection": "a rejection of invalid data",
}


def _flat(block: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for key, value in block.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            yield from _flat(value, name)
        else:
            yield name, value


def _listed(values: Any) -> str:
    items = [str(v) for v in values] if isinstance(values, list) else [str(values)]
    return ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else (items[0] if items else "nothing")


def _sentence(name: str, value: Any) -> str:
    parts = name.split(".")
    if parts[0] == "checks" and parts[-1] == "expected-statuses":
        counted_as = _COUNTED_AS.get(parts[1], "an expected status")
        return f"the `{parts[1]}` check also counts {_listed(value)} as {counted_as}"
    if parts[0] == "checks" and parts[-1] == "enabled" and value is False:
        return f"the `{parts[1]}` check is off"
    if parts[0] == "phases" and parts[-1] == "enabled" and value is False:
        return f"the {parts[1]} phase is off"
    if parts[:3] == ["phases", "stateful", "inference"] and value == []:
        return "the stateful phase uses only the spec's declared links (Schemathesis's link inference is off)"
    if parts[0] == "phases" and parts[-2:] == ["generation", "mode"]:
        return f"the {parts[1]} phase generates only {_listed(value)} cases"
    if parts[-1].startswith("exclude-"):
        return f"{parts[-1].removeprefix('exclude-').replace('-', ' ')} {_listed(value)} are left out"
    return f"`{name}` is set to {value!r}"


def describe(block: dict[str, Any]) -> str:
    """One sentence per setting of a relaxation block, joined; e.g. 'the `x` check also counts 400 as expected'."""
    sentences = [_sentence(name, value) for name, value in _flat(block)]
    text = "; ".join(sentences) or "nothing is relaxed"
    return text[0].upper() + text[1:] + "."


def scope_text(scope: str) -> str:
    """A relaxation's scope in words: `include-operation-id=['a', 'b']` reads `operations `a`, `b``.

    `include-method=['POST', 'PUT']` reads `POST and PUT operations`; any other scope is shown as written.
    """
    key, _, listed = scope.partition("=")
    names = listed.strip("[]").replace("'", "").split(", ")
    if key == "include-operation-id":
        return ("operation " if len(names) == 1 else "operations ") + ", ".join(f"`{n}`" for n in names)
    if key == "include-method":
        return f"{_listed(names)} operations"
    return scope
