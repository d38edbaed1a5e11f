# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.validation_error import ValidationError


T = TypeVar("T", bound="TransactionValidationErrorResponse")


@_attrs_define
class TransactionValidationErrorResponse:
    """
    Attributes:
        message (str):
        errors (ValidationError): Map of each field that failed validation to its validation messages.
        error_url (str): URL linking to the error on the Procuros Portal.
    """

    message: str
    errors: ValidationError
    error_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors = self.errors.to_dict()

        error_url = self.error_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "errors": errors,
                "errorUrl": error_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error import ValidationError  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        errors = ValidationError.from_dict(d.pop("errors"))

        error_url = d.pop("errorUrl")

        transaction_validation_error_response = cls(
            message=message,
            errors=errors,
            error_url=error_url,
        )

        transaction_validation_error_response.additional_properties = d
        return transaction_validation_error_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
