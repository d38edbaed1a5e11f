# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.transaction_type import TransactionType

if TYPE_CHECKING:
    from ..models.sent_transaction_content import SentTransactionContent


T = TypeVar("T", bound="SentTransaction")


@_attrs_define
class SentTransaction:
    """A transaction to send. The vendor models this as oneOf 12 Sent<Type>Transaction objects with a
    `type` discriminator; while `content` is an open object this single shape is equivalent.

        Attributes:
            type_ (TransactionType): Type of transaction.
            content (SentTransactionContent): The business document matching `type` (open object in this spec, see
                SOURCES.md).
    """

    type_: TransactionType
    content: SentTransactionContent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sent_transaction_content import SentTransactionContent  # noqa: PLC0415

        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            d = dict(src_dict)
            _at = "type"
            type_ = TransactionType(d.pop("type"))

            _at = "content"
            content = SentTransactionContent.from_dict(d.pop("content"))

        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        sent_transaction = cls(
            type_=type_,
            content=content,
        )

        sent_transaction.additional_properties = d
        return sent_transaction

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
