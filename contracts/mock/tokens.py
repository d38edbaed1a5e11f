"""Tokens that expire: the mock issues JWT-shaped tokens with `iat` and `exp` and refuses them once expired.

Off by default (the mock accepts its one fixed token). With a lifetime (`create_app(token_lifetime=...)`,
`make mock MOCK_ARGS="--token-lifetime 60"`), `POST /__mock__/token` hands out a fresh token, HMAC-SHA256-signed with
a secret of this mock (a client reads `exp` without verifying), and a request with an expired one gets 401 naming the
time it expired and where to fetch a new one. `GET /__mock__/tokens` counts tokens issued and 401s for expired ones,
so a client test can assert "one renewal per window, zero 401s".
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["JWT_SHAPE", "TOKEN_PATH", "TokenIssuer"]

TOKEN_PATH = "/__mock__/token"
JWT_SHAPE = re.compile(r"eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
_HEADER = {"alg": "HS256", "typ": "JWT"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _json_part(value: dict[str, Any]) -> str:
    return _b64(json.dumps(value, separators=(",", ":"), sort_keys=True).encode())


@dataclass
class TokenIssuer:
    """Issues tokens that live `lifetime` seconds and judges the ones presented; counts both (callers lock)."""

    lifetime: int
    clock: Callable[[], float] = time.time
    secret: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    issued: int = 0
    expired_refusals: int = 0

    def __post_init__(self) -> None:
        if self.lifetime < 1:
            raise ValueError(f"token lifetime must be at least 1 second, got {self.lifetime}; pass --token-lifetime 60")

    def issue(self) -> dict[str, Any]:
        """A fresh token and when it expires (`expires_at` in epoch seconds, like the token's `exp`)."""
        now = int(self.clock())
        self.issued += 1
        claims = {"sub": "mock-client", "iat": now, "exp": now + self.lifetime, "jti": self.issued}
        signing_input = f"{_json_part(_HEADER)}.{_json_part(claims)}"
        token = f"{signing_input}.{self._signature(signing_input)}"
        return {"access_token": token, "token_type": "JWT", "expires_in": self.lifetime, "expires_at": claims["exp"]}

    def admit(self, presented: list[str]) -> tuple[str | None, str]:
        """The first presented token that is ours and current, or None and why not (an expired one is counted)."""
        judged = [(token, self._expiry(token)) for token in presented]
        ours = [(token, exp) for token, exp in judged if exp is not None]
        if not ours:
            return None, f"no token issued by this mock was sent; fetch one with POST {TOKEN_PATH}"
        now = self.clock()
        current = [token for token, exp in ours if now < exp]
        if current:
            return current[0], ""
        self.expired_refusals += 1
        when = dt.datetime.fromtimestamp(max(exp for _, exp in ours), dt.UTC).isoformat().replace("+00:00", "Z")
        return None, f"token expired at {when}; fetch a new one from POST {TOKEN_PATH}"

    def counts(self) -> dict[str, int]:
        """What the admin data shows: the lifetime, tokens issued, 401s for expired tokens."""
        return {"lifetime": self.lifetime, "issued": self.issued, "expired_refusals": self.expired_refusals}

    def reset(self) -> None:
        """Zero the counts (issued tokens stay valid until they expire)."""
        self.issued = 0
        self.expired_refusals = 0

    def _signature(self, signing_input: str) -> str:
        return _b64(hmac.new(self.secret, signing_input.encode(), hashlib.sha256).digest())

    def _expiry(self, token: str) -> int | None:
        """The `exp` of a token this issuer signed, or None for anything else."""
        header, _, rest = token.partition(".")
        payload, _, signature = rest.partition(".")
        if not signature or not hmac.compare_digest(signature, self._signature(f"{header}.{payload}")):
            return None
        try:
            exp = json.loads(_unb64(payload)).get("exp")
        except ValueError:
            return None
        return exp if isinstance(exp, int) else None
