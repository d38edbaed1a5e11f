"""Authentication as specified and no looser: the Authorization forms a vendor must accept, and those it must refuse."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from contracts.model.model import Contract, Operation
from contracts.model.security import scheme_prefix

__all__ = ["AuthProbe", "Variant", "auth_probe", "variants", "wire_problem"]

_SCHEME_WORDS = ("Bearer", "Token", "Basic", "JWT", "")


@dataclass(frozen=True)
class Variant:
    """One Authorization header to send, and whether the spec says it must be accepted."""

    name: str
    header: str
    accepted: bool

    @property
    def on_the_wire(self) -> str | None:
        """Why this header cannot be sent over HTTP as it is (then a live run reports it not applicable), or None."""
        return wire_problem(self.header)


def wire_problem(value: str) -> str | None:
    """Why a header value cannot travel over HTTP unchanged, or None when it can.

    RFC 9110 section 5.5: a field value has no leading or trailing whitespace (a recipient strips it), and CR, LF and
    NUL are not allowed; requests refuses such a value before sending it, other stacks strip it silently. A probe
    that depends on such a value can only be tried in-process (the mock), never against a live target.
    """
    if any(c in value for c in "\r\n\0"):
        return "an HTTP field value cannot contain CR, LF or NUL (RFC 9110 section 5.5)"
    if value != value.strip(" \t"):
        return (
            f"{value!r} has leading or trailing whitespace, which HTTP strips from a field value "
            "(RFC 9110 section 5.5), so it cannot be sent as it is; tried in-process only"
        )
    return None


@dataclass(frozen=True)
class AuthProbe:
    """A read-only operation with security and no required parameters, to try Authorization forms on."""

    operation_id: str
    path: str
    scheme: str
    prefix: str
    inferred: str | None  # why the scheme's form is only inferred (x-inferred), or None: documented


def _candidates(contract: Contract) -> Iterator[tuple[Operation, str]]:
    # The probe sends GET: an operation answered to GET that changes no state (the model's rule), needs no input.
    for op in contract.operations.values():
        needs_input = "{" in op.path_template or any(p.required for p in op.parameters)
        if op.method == "GET" and not op.changes_state and not needs_input and op.security:
            yield op, next(iter(op.security[0]), "")


def auth_probe(contract: Contract) -> AuthProbe | None:
    """The first safe operation to probe, with the prefix its scheme specifies (Bearer, or x-token-prefix)."""
    for op, name in _candidates(contract):
        scheme = contract.security_schemes.get(name, {})
        if scheme.get("type") == "apiKey" and scheme.get("name", "").lower() != "authorization":
            continue  # only the Authorization header carries a scheme word
        prefix = scheme_prefix(scheme, f"components/securitySchemes/{name}")
        if prefix is None:
            continue
        inferred = scheme.get("x-inferred") if scheme.get("type") == "apiKey" else None
        return AuthProbe(op.operation_id, op.path_template, name, prefix.strip(), inferred)
    return None


def _form(word: str, token: str) -> str:
    return f"{word} {token}" if word else token


def variants(probe: AuthProbe, token: str) -> list[Variant]:
    """The specified form (accepted), the same token in every other scheme, empty, blank and padded tokens (refused).

    The empty token is the bare scheme word (or an empty value for a raw-token scheme): sendable. The blank token
    (the scheme word and a space, or a lone space) can only be tried in-process: see `wire_problem`.
    """
    found = [Variant(f"specified form ({probe.prefix or 'raw token'})", _form(probe.prefix, token), True)]
    for word in _SCHEME_WORDS:
        if word.lower() != probe.prefix.lower():
            found.append(Variant(f"the token as {word or 'a raw token'}", _form(word, token), False))
    found += [
        Variant("an empty token", _form(probe.prefix, "").strip(), False),
        Variant("a blank token", _form(probe.prefix, " ") if probe.prefix else " ", False),
        Variant("the token padded at the end", _form(probe.prefix, token + "x"), False),
        Variant("the token padded at the start", _form(probe.prefix, "x" + token), False),
    ]
    return found
