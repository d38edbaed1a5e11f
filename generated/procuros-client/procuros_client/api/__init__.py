# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
"""Contains methods for accessing the API"""
