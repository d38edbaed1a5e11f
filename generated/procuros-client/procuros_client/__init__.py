# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
"""A client library for accessing Procuros API v2 (Tasks + Transactions)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
