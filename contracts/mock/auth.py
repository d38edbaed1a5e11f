"""The mock's authentication: does a request carry the token in the form the spec's security scheme says."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl

from contracts.model.model import Contract, Operation
from contracts.model.security import BEARER, scheme_prefix

__all__ = ["auth_message", "authorization_header", "authorized", "presented_tokens"]


def _value(prefix: str, token: str) -> str:
    return f"{prefix} {token}" if prefix else token


def _scheme_ok(contract: Contract, name: str, token: str, headers: Mapping[str, str], query_string: str) -> bool:
    scheme = contract.security_schemes.get(name, {})
    prefix = scheme_prefix(scheme, f"{contract.spec_path}: components/securitySchemes/{name}")
    if prefix is None:
        return False
    if scheme.get("type") == "http":
        # The auth-scheme name is case-insensitive (RFC 9110 §11.1): `bearer <t>` passes as `Bearer <t>`.
        kind, _, value = headers.get("authorization", "").partition(" ")
        return kind.lower() == BEARER.lower() and value == token
    expected = _value(prefix, token)
    if scheme.get("in") == "header":
        return headers.get(str(scheme.get("name", "")).lower()) == expected
    if scheme.get("in") == "query":
        return dict(parse_qsl(query_string)).get(str(scheme.get("name"))) == expected
    return False


def authorized(
    contract: Contract, op: Operation, token: str, headers: Mapping[str, str], query_string: str, loose: bool = False
) -> bool:
    """Whether the request meets one of the operation's security requirements (every scheme of it)."""
    if not op.security:
        return True
    if loose:  # the accepts-any-scheme fault: the right token passes whatever scheme word comes before it
        return headers.get("authorization", "").split(" ")[-1] == token
    return any(
        all(_scheme_ok(contract, name, token, headers, query_string) for name in requirement)
        for requirement in op.security
    )


def presented_tokens(
    contract: Contract, op: Operation, headers: Mapping[str, str], query_string: str, loose: bool = False
) -> list[str]:
    """The tokens a request presents where the operation's schemes look, prefix stripped (judged before authorized)."""
    found = []
    for requirement in op.security:
        for name in requirement:
            scheme = contract.security_schemes.get(name, {})
            if scheme.get("type") == "http":
                found.append(headers.get("authorization", "").partition(" ")[2])
                continue
            prefix = scheme_prefix(scheme, f"{contract.spec_path}: components/securitySchemes/{name}") or ""
            where = str(scheme.get("name", ""))
            in_header = scheme.get("in") == "header"
            value = headers.get(where.lower()) if in_header else dict(parse_qsl(query_string)).get(where)
            found.append((value or "").removeprefix(f"{prefix} " if prefix else ""))
    if loose:  # the accepts-any-scheme fault: the last word of Authorization, whatever comes before it
        found.append(headers.get("authorization", "").split(" ")[-1])
    return [token for token in found if token]


def _forms(contract: Contract, requirements: tuple[dict[str, list[str]], ...], token: str) -> list[str]:
    forms = []
    for requirement in requirements:
        for name in requirement:
            scheme = contract.security_schemes.get(name, {})
            prefix = scheme_prefix(scheme, f"{contract.spec_path}: components/securitySchemes/{name}")
            if prefix is None:
                continue
            header = "Authorization" if scheme.get("type") == "http" else str(scheme.get("name"))
            forms.append(f"{header}: {_value(prefix, token)}")
    return forms


def auth_message(contract: Contract, op: Operation) -> str:
    """The 401 text: which header and form the operation expects."""
    return "Your API token is missing or invalid; send " + " or ".join(
        _forms(contract, op.security, "<token>") or ["a token"]
    )


def authorization_header(contract: Contract, token: str) -> str:
    """The header line a client sends to pass the spec's security, e.g. `Authorization: Bearer <token>`."""
    requirements = contract.global_security or next(
        (op.security for op in contract.operations.values() if op.security), ()
    )
    forms = _forms(contract, requirements, token)
    return forms[0] if forms else "(no authentication)"
