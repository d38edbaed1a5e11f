# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
"""Contains endpoint functions for accessing the API"""
