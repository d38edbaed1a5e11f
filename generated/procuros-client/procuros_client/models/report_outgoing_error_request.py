# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.error_type import ErrorType
from ..models.transaction_type import TransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportOutgoingErrorRequest")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "errorReason",
        "errorType",
        "errorContext",
        "transactionIdentifier",
        "transactionType",
    }
)


@_attrs_define
class ReportOutgoingErrorRequest:
    """
    Attributes:
        error_reason (str): The reason for the error.
        error_type (ErrorType): `DATA`: the error is caused by invalid or insufficient data and can be resolved by a
            user.
            `INTERNAL`: a system-level error that cannot be fixed by a user.
        error_context (ErrorContext | Unset): Additional context/meta data for the error (string values).
        transaction_identifier (str | Unset): Provide if the error belongs to a specific outgoing transaction (order
            number, invoice number, ...).
        transaction_type (TransactionType | Unset): Type of transaction.
    """

    error_reason: str
    error_type: ErrorType
    error_context: ErrorContext | Unset = UNSET
    transaction_identifier: str | Unset = UNSET
    transaction_type: TransactionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_reason = self.error_reason

        error_type = self.error_type.value

        error_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_context, Unset):
            error_context = self.error_context.to_dict()

        transaction_identifier = self.transaction_identifier

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorReason": error_reason,
                "errorType": error_type,
            }
        )
        if error_context is not UNSET:
            field_dict["errorContext"] = error_context
        if transaction_identifier is not UNSET:
            field_dict["transactionIdentifier"] = transaction_identifier
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "errorReason"
            error_reason = d["errorReason"]

            _at = "errorType"
            error_type = cast("ErrorType", ErrorType._value2member_map_.get(d["errorType"])) or ErrorType(
                d["errorType"]
            )

            _at = "errorContext"
            _error_context = d.get("errorContext", UNSET)
            error_context: ErrorContext | Unset
            if isinstance(_error_context, Unset):
                error_context = UNSET
            else:
                try:
                    error_context = (
                        ErrorContext() if len(_error_context) == 0 else ErrorContext.from_dict(_error_context)
                    )
                except (KeyError, TypeError):
                    # Not an object holding exactly the members: the model's own parser says what does not fit.
                    error_context = ErrorContext.from_dict(_error_context)

            _at = "transactionIdentifier"
            transaction_identifier = d.get("transactionIdentifier", UNSET)

            _at = "transactionType"
            _transaction_type = d.get("transactionType", UNSET)
            transaction_type: TransactionType | Unset
            if isinstance(_transaction_type, Unset):
                transaction_type = UNSET
            else:
                transaction_type = cast(
                    "TransactionType", TransactionType._value2member_map_.get(_transaction_type)
                ) or TransactionType(_transaction_type)

        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        report_outgoing_error_request = cls(
            error_reason,
            error_type,
            error_context=error_context,
            transaction_identifier=transaction_identifier,
            transaction_type=transaction_type,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 2:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                report_outgoing_error_request.additional_properties = extra

        return report_outgoing_error_request

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


# Imported after the class, once per process instead of once per call: models that refer to each other import
# each other's module while it is still loading, and by then the class they need already exists.
from ..models.error_context import ErrorContext  # noqa: E402
