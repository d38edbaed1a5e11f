# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
"""Contains endpoint functions for accessing the API"""
