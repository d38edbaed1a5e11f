"""The vendor table: one row per vendor API, and everything about a vendor that its spec does not say.

A row holds the name used everywhere (folders, make variables), the client's import package, the prefix of its
environment variables and the loopback port `make mock` serves it on. What the spec can say, the spec says: the
token prefix comes from its security scheme (see `security.py`), the client version from `client.yaml`.

Adding a vendor is a folder `specs/<name>/`, a behaviour module `contracts/mock/<name>.py` and one row in
`_ROWS` (README "Adding a vendor"). Tests and tools can add a throwaway vendor for a while with `registered()`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from contracts.model.loader import spec_document
from contracts.model.security import token_prefix

__all__ = [
    "REPO_ROOT",
    "VENDORS",
    "VERSION_KEY",
    "Vendor",
    "client_config",
    "package_version",
    "register",
    "registered",
    "unregister",
    "vendor",
]

REPO_ROOT = Path(__file__).resolve().parent.parent.parent
# The key of specs/<vendor>/client.yaml that holds the client's semver version (openapi-python-client's name for it).
VERSION_KEY = "package_version_override"
_NAME = re.compile(r"[a-z][a-z0-9]*")


@dataclass(frozen=True)
class Vendor:
    """One vendor API: its name everywhere in the repo, its client package, env prefix and mock port."""

    name: str
    package: str
    env_prefix: str
    mock_port: int
    root: Path = REPO_ROOT  # the folder holding specs/ and generated/ (another one only for a throwaway vendor)
    behaviour_module: str = ""  # the mock's behaviour; default contracts.mock.<name>

    @functools.cached_property
    def spec_dir(self) -> Path:
        """specs/<vendor>/: the spec, the generator config, SOURCES.md and CHANGELOG.md (its templates: clientgen/)."""
        return self.root / "specs" / self.name

    @functools.cached_property
    def spec_path(self) -> Path:
        """The hand-written OpenAPI document."""
        return self.spec_dir / "openapi.yaml"

    @property
    def config_path(self) -> Path:
        """The openapi-python-client configuration."""
        return self.spec_dir / "client.yaml"

    @property
    def client_dir(self) -> Path:
        """The generated client project (a wheel consumers install)."""
        return self.root / "generated" / f"{self.name}-client"

    @property
    def distribution(self) -> str:
        """The client's distribution name (`roit-client`), as pyproject.toml and uv.lock spell it."""
        return self.package.replace("_", "-")

    @property
    def behaviour(self) -> str:
        """The module whose BEHAVIOUR serves this vendor's mock."""
        return self.behaviour_module or f"contracts.mock.{self.name}"

    @property
    def token_prefix(self) -> str:
        """What precedes the token in `Authorization` ("" for a raw token), from the spec's security scheme."""
        return token_prefix(spec_document(self.spec_path), str(self.spec_path))

    def authorization(self, token: str) -> str:
        """The Authorization header value in this vendor's form (raw token, `Token <t>`, `Bearer <t>`)."""
        prefix = self.token_prefix
        return f"{prefix} {token}" if prefix else token

    def spec_sha256(self) -> str:
        """The sha256 of the spec file as it is on disk."""
        return hashlib.sha256(self.spec_path.read_bytes()).hexdigest()


# The one table. Ports: `make mock` serves each vendor there (MOCK_<ENV_PREFIX>_PORT overrides).
_ROWS = (
    Vendor("roit", "roit_client", "ROIT", 4011),
    Vendor("paymentworks", "paymentworks_client", "PAYMENTWORKS", 4012),
    Vendor("procuros", "procuros_client", "PROCUROS", 4013),
)
VENDORS: dict[str, Vendor] = {}


def register(row: Vendor) -> Vendor:
    """Add a vendor to the table; refuse a bad name or one that repeats another row's name, package, prefix or port."""
    if not _NAME.fullmatch(row.name):
        raise ValueError(f"vendor name {row.name!r}: use lower-case letters and digits (it names folders and modules)")
    for other in VENDORS.values():
        for field in ("name", "package", "env_prefix", "mock_port"):
            if getattr(other, field) == getattr(row, field):
                raise ValueError(f"vendor {row.name!r}: {field} {getattr(row, field)!r} is already {other.name!r}'s")
    VENDORS[row.name] = row
    return row


def unregister(name: str) -> None:
    """Remove a vendor added with register (the built-in rows stay)."""
    if any(row.name == name for row in _ROWS):
        raise ValueError(f"vendor {name!r} is a built-in row of contracts/model/vendors.py")
    VENDORS.pop(name, None)


@contextlib.contextmanager
def registered(*rows: Vendor) -> Iterator[tuple[Vendor, ...]]:
    """Vendors in the table for the duration of a with-block (a throwaway vendor in a test)."""
    added = [register(row) for row in rows]
    try:
        yield tuple(added)
    finally:
        for row in added:
            unregister(row.name)


def vendor(name: str) -> Vendor:
    """Look a vendor up by name, with an error that lists the valid names."""
    try:
        return VENDORS[name]
    except KeyError:
        raise SystemExit(f"unknown vendor {name!r}: expected one of {', '.join(VENDORS)}") from None


def client_config(config_path: Path) -> dict[str, Any]:
    """An openapi-python-client config file (client.yaml) as a mapping."""
    loaded = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    if not isinstance(loaded, dict):
        raise ValueError(f"{config_path}: expected a mapping of openapi-python-client settings")
    return loaded


def package_version(config_path: Path) -> str:
    """The client's version: `package_version_override` in a client.yaml; an error naming the file when missing."""
    value = client_config(config_path).get(VERSION_KEY)
    if not value:
        raise ValueError(f"{config_path}: set {VERSION_KEY} (the client's semver version)")
    return str(value)


for _row in _ROWS:
    register(_row)
