"""What must never reach a cassette, from what the spec says, and the scan that refuses a file where any is left.

A scrubber is built from the compiled contract: the header or query parameter of every security scheme, the JSON
properties the spec marks `writeOnly` or `format: password` (in request and response bodies), plus what no spec
needs to say: the run's token values anywhere, and the query string of a signed URL (a URL whose query carries a
signature, as ROIT's upload URLs do). What it filters keeps its place and name with the value `[Filtered]`, so a
scrubbed exchange still shows which fields and headers were sent (drift compares names, never these values).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from contracts.model.model import Contract

__all__ = ["FILTERED", "Scrubber", "scrubber_for", "secret_problems"]

FILTERED = "[Filtered]"
# A credential header's value that did not carry the run's token (an auth probe's blank, wrong or foreign value): not
# kept, but told apart from the run's own credential, so a replay answers a probe with the probe's recorded answer.
OTHER_CREDENTIAL = "[Filtered: not the run's token]"
# Credentials that travel in headers whatever a spec says (cookies, proxies), besides the security schemes'.
_ALWAYS_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# Query parameters that make a URL a signed one (Google Cloud Storage V4, AWS SigV4, Azure SAS and the generic form).
_SIGNING_PARAMETERS = frozenset(
    {"x-goog-signature", "x-goog-credential", "x-amz-signature", "x-amz-credential", "x-amz-security-token",
     "signature", "sig"}
)  # fmt: skip
_SCHEME_AND_FILTERED = re.compile(r"(?:[A-Za-z]+ )?\[Filtered\]")
_URL = re.compile(r"https?://[^\s\"'<>]+\?[^\s\"'<>]+")
JWT_SHAPE = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
# A credential after its scheme word (`Bearer abc…`, `Token abc…`), and a signature left in a URL's query.
_TOKEN_SHAPE = re.compile(r"(?i)\b(?:bearer|token)\s+(?!\[Filtered\])[A-Za-z0-9._~+/=-]{16,}")
_SIGNATURE_SHAPE = re.compile(r"(?i)\b(?:x-goog-signature|x-amz-signature|signature|sig)=(?!%5BFiltered)[^&\s\"']{16,}")


def _security_carriers(doc: Mapping[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """The header names and query parameter names the document's security schemes carry credentials in."""
    headers: set[str] = set()
    query: set[str] = set()
    for scheme in ((doc.get("components") or {}).get("securitySchemes") or {}).values():
        if not isinstance(scheme, dict):
            continue
        if scheme.get("type") in ("http", "oauth2", "openIdConnect"):
            headers.add("authorization")
        elif scheme.get("type") == "apiKey" and isinstance(scheme.get("name"), str):
            where = scheme.get("in")
            (headers if where == "header" else query if where == "query" else set()).add(scheme["name"].lower())
    return frozenset(headers), frozenset(query)


def _secret_fields(contract: Contract) -> frozenset[str]:
    """The JSON property names any request or response body schema marks `writeOnly` or `format: password`."""
    pointers: list[str] = []
    for op in contract.operations.values():
        medias = [
            *(op.body.content.values() if op.body else ()),
            *(m for r in op.responses.values() for m in r.content.values()),
        ]
        pointers += [m.pointer for m in medias if m.pointer is not None]
    names: set[str] = set()
    for pointer in dict.fromkeys(pointers):
        for schema in contract.walk_schemas(pointer):
            for name, prop in (schema.get("properties") or {}).items():
                prop = contract.deref(prop)
                if isinstance(prop, dict) and (prop.get("writeOnly") is True or prop.get("format") == "password"):
                    names.add(name)
    return frozenset(names)


@dataclass(frozen=True)
class Scrubber:
    """Filters one vendor's secrets out of URLs, headers and bodies (see the module docstring)."""

    headers: frozenset[str]  # lower-case header names whose value is a credential
    query: frozenset[str]  # query parameters whose value is a credential
    fields: frozenset[str]  # JSON properties whose value is secret (writeOnly, format: password)
    tokens: tuple[str, ...] = ()  # the run's token values, longest first

    def text(self, text: str) -> str:
        """The text with every token value filtered and every signed URL's query values filtered."""
        for token in self.tokens:
            text = text.replace(token, FILTERED)
        return _URL.sub(lambda m: self._url(m.group(0)), text)

    def _url(self, url: str) -> str:
        parts = urlsplit(url)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        signed = any(name.lower() in _SIGNING_PARAMETERS for name, _ in pairs)
        if not signed and not any(name.lower() in self.query for name, _ in pairs):
            return url
        filtered = quote(FILTERED, safe="")
        kept = [
            f"{quote(name, safe='')}={filtered if signed or name.lower() in self.query else quote(value, safe='')}"
            for name, value in pairs
        ]
        return urlunsplit(parts._replace(query="&".join(kept)))

    def uri(self, uri: str) -> str:
        """A request URI with credential query parameters, signatures and token values filtered."""
        for token in self.tokens:
            uri = uri.replace(token, FILTERED)
        return self._url(uri) if "?" in uri else uri

    def header_values(self, name: str, values: Sequence[str]) -> list[str]:
        """One header's values: the run's token filtered out of a credential header (its prefix kept), another
        credential replaced whole, a cookie filtered whole, any other header with token values filtered."""
        lower = name.lower()
        if lower in self.credential_headers:
            return [self._credential(value) for value in values]
        if lower in _ALWAYS_SECRET_HEADERS:
            return [FILTERED for _ in values]
        return [self.text(value) for value in values]

    def _credential(self, value: str) -> str:
        for token in self.tokens:
            if token in value:
                kept = value.replace(token, FILTERED)
                # Only a scheme word may stay beside the filtered token (`Bearer [Filtered]`); anything else goes.
                return kept if _SCHEME_AND_FILTERED.fullmatch(kept) else FILTERED
        return OTHER_CREDENTIAL

    @property
    def credential_headers(self) -> frozenset[str]:
        """The lower-case names of the headers a security scheme carries a credential in (Authorization at least)."""
        return self.headers | {"authorization"}

    def body(self, body: bytes | None) -> bytes | None:
        """A body with secret JSON properties and token values filtered; unchanged bytes when nothing was secret."""
        if not body:
            return body
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return body  # binary: a token is text, and the scan still reads the file the cassette becomes
        try:
            data = json.loads(text)
        except ValueError:
            filtered = self.text(text)
            return body if filtered == text else filtered.encode("utf-8")
        cleaned = self._json(data)
        return body if cleaned == data else json.dumps(cleaned, ensure_ascii=False).encode("utf-8")

    def _json(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {k: FILTERED if k in self.fields and v is not None else self._json(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._json(v) for v in value]
        if isinstance(value, str):
            return self.text(value)
        return value


def scrubber_for(contract: Contract, tokens: Iterable[str] = ()) -> Scrubber:
    """The scrubber of a vendor's contract and the run's token values."""
    headers, query = _security_carriers(contract.openapi_document())
    kept = sorted({t for t in tokens if len(t) >= 4}, key=len, reverse=True)
    return Scrubber(headers, query, _secret_fields(contract), tuple(kept))


def secret_problems(text: str, tokens: Iterable[str] = ()) -> list[str]:
    """What secret-shaped text is left: a token value, a JWT, a credential after Bearer/Token, a URL signature."""
    found = [f"the token ending …{t[-4:]} appears {text.count(t)} time(s)" for t in tokens if len(t) >= 4 and t in text]
    for what, pattern in (("a JWT-shaped string", JWT_SHAPE), ("a token-shaped credential", _TOKEN_SHAPE)):
        hits = pattern.findall(text)
        if hits:
            found.append(f"{what} appears {len(hits)} time(s), e.g. {hits[0][:12]}…")
    hits = _SIGNATURE_SHAPE.findall(text)
    if hits:
        found.append(f"a signed URL's signature appears {len(hits)} time(s)")
    return found
