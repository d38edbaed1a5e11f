# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
"""A client library for accessing PaymentWorks Vendor Updates and New Vendor Requests API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
