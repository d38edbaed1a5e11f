# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
"""Contains methods for accessing the API"""
