# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
"""A client library for accessing PaymentWorks Vendor Updates and New Vendor Requests API"""

from ._tokens import Token, TokenProvider
from .client import AsyncClient, AuthenticatedClient, Client

__all__ = (
    "AsyncClient",
    "AuthenticatedClient",
    "Client",
    "Token",
    "TokenProvider",
)
