# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
"""Contains endpoint functions for accessing the API"""
