"""How a spec says a token travels: the `Authorization` prefix of its security schemes.

An http/bearer scheme means `Bearer <token>`. An apiKey scheme cannot say a value prefix in OpenAPI itself, so ours
states it with `x-token-prefix` (`""` for a raw token, `Token` for `Token <token>`; specs/README.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["BEARER", "PREFIX_KEY", "scheme_prefix", "security_requirements", "token_prefix"]

BEARER = "Bearer"
PREFIX_KEY = "x-token-prefix"


def scheme_prefix(scheme: Mapping[str, Any], where: str) -> str | None:
    """The token prefix of one security scheme; None for a scheme that carries no token in a header or query."""
    kind = scheme.get("type")
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return BEARER
    if kind != "apiKey":
        return None
    prefix = scheme.get(PREFIX_KEY)
    if not isinstance(prefix, str):
        raise ValueError(
            f'{where}: apiKey scheme {scheme.get("name")!r} needs `{PREFIX_KEY}: <prefix>` ("" for a raw token)'
        )
    return prefix.strip()


def security_requirements(doc: Mapping[str, Any]) -> list[dict[str, list[str]]]:
    """The document's security: the global requirement, else the first one an operation states."""
    if doc.get("security"):
        return list(doc["security"])
    for item in (doc.get("paths") or {}).values():
        for op in item.values() if isinstance(item, dict) else ():
            if isinstance(op, dict) and op.get("security"):
                return list(op["security"])
    return []


def token_prefix(doc: Mapping[str, Any], where: str) -> str:
    """The prefix of the first token-carrying scheme the document requires ("" when it requires none)."""
    schemes: Mapping[str, Any] = (doc.get("components") or {}).get("securitySchemes") or {}
    for requirement in security_requirements(doc):
        for name in requirement:
            found = scheme_prefix(schemes.get(name) or {}, f"{where}: components/securitySchemes/{name}")
            if found is not None:
                return found
    return ""
