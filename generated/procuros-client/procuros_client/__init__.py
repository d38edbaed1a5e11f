# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
"""A client library for accessing Procuros API v2 (Tasks + Transactions)"""

from ._tokens import Token, TokenProvider
from .client import AsyncClient, AuthenticatedClient, Client

__all__ = (
    "AsyncClient",
    "AuthenticatedClient",
    "Client",
    "Token",
    "TokenProvider",
)
