# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.error_type import ErrorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkMarkTransactionProcessedItem")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "procurosTransactionId",
        "success",
        "errorReason",
        "errorType",
        "errorContext",
    }
)


@_attrs_define
class BulkMarkTransactionProcessedItem:
    """
    Attributes:
        procuros_transaction_id (str): Unique ID assigned to every transaction on the Procuros Network (UUID).
        success (bool): Whether or not your system was able to process the given transaction.
        error_reason (str | Unset): Reason your system was not able to process the given transaction.
        error_type (ErrorType | Unset): `DATA`: the error is caused by invalid or insufficient data and can be resolved
            by a user.
            `INTERNAL`: a system-level error that cannot be fixed by a user.
        error_context (ErrorContext | Unset): Additional context/meta data for the error (string values).
    """

    procuros_transaction_id: str
    success: bool
    error_reason: str | Unset = UNSET
    error_type: ErrorType | Unset = UNSET
    error_context: ErrorContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        procuros_transaction_id = self.procuros_transaction_id

        success = self.success

        error_reason = self.error_reason

        error_type: str | Unset = UNSET
        if not isinstance(self.error_type, Unset):
            error_type = self.error_type.value

        error_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_context, Unset):
            error_context = self.error_context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "procurosTransactionId": procuros_transaction_id,
                "success": success,
            }
        )
        if error_reason is not UNSET:
            field_dict["errorReason"] = error_reason
        if error_type is not UNSET:
            field_dict["errorType"] = error_type
        if error_context is not UNSET:
            field_dict["errorContext"] = error_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "procurosTransactionId"
            procuros_transaction_id = d["procurosTransactionId"]

            _at = "success"
            success = d["success"]

            _at = "errorReason"
            error_reason = d.get("errorReason", UNSET)

            _at = "errorType"
            _error_type = d.get("errorType", UNSET)
            error_type: ErrorType | Unset
            if isinstance(_error_type, Unset):
                error_type = UNSET
            else:
                error_type = cast("ErrorType", ErrorType._value2member_map_.get(_error_type)) or ErrorType(_error_type)

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
        bulk_mark_transaction_processed_item = cls(
            procuros_transaction_id,
            success,
            error_reason=error_reason,
            error_type=error_type,
            error_context=error_context,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 2:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                bulk_mark_transaction_processed_item.additional_properties = extra

        return bulk_mark_transaction_processed_item

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
