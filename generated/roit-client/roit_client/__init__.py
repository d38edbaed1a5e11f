# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
"""A client library for accessing ROIT Tax Reform Data Integration API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
