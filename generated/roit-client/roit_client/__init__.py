# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
"""A client library for accessing ROIT Tax Reform Data Integration API"""

from ._tokens import Token, TokenProvider
from .client import AsyncClient, AuthenticatedClient, Client

__all__ = (
    "AsyncClient",
    "AuthenticatedClient",
    "Client",
    "Token",
    "TokenProvider",
)
