# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.transaction_flow import TransactionFlow
from ..models.transaction_status import TransactionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionOfUnknownType")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "procurosTransactionId",
        "type",
        "status",
        "flow",
        "createdAt",
        "isLatestVersion",
        "content",
        "replacesProcurosTransactionId",
        "replacedByProcurosTransactionId",
    }
)


@_attrs_define
class TransactionOfUnknownType:
    """A transaction whose `type` this spec does not list yet; `content` stays an open object.

    Attributes:
        procuros_transaction_id (str): Unique ID assigned to every transaction on the Procuros Network (UUID).
        type_ (str): A transaction type this spec does not list yet.
        status (TransactionStatus): Current status of the transaction.
        flow (TransactionFlow): Flow (LIVE or TEST) of the transaction.
        created_at (str): RFC 3339 date-time. Procuros returns datetimes in Europe/Berlin time.
        is_latest_version (bool): False once a newer version of this transaction exists.
        content (TransactionOfUnknownTypeContent): The business document, untyped because its type is unknown to this
            spec.
        replaces_procuros_transaction_id (None | str | Unset): ID of the earlier version this transaction replaces, if
            any.
        replaced_by_procuros_transaction_id (None | str | Unset): ID of the newer version that replaced this
            transaction, if any.
    """

    procuros_transaction_id: str
    type_: str
    status: TransactionStatus
    flow: TransactionFlow
    created_at: str
    is_latest_version: bool
    content: TransactionOfUnknownTypeContent
    replaces_procuros_transaction_id: None | str | Unset = UNSET
    replaced_by_procuros_transaction_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        procuros_transaction_id = self.procuros_transaction_id

        type_ = self.type_

        status = self.status.value

        flow = self.flow.value

        created_at = self.created_at

        is_latest_version = self.is_latest_version

        content = self.content.to_dict()

        replaces_procuros_transaction_id: None | str | Unset
        if isinstance(self.replaces_procuros_transaction_id, Unset):
            replaces_procuros_transaction_id = UNSET
        else:
            replaces_procuros_transaction_id = self.replaces_procuros_transaction_id

        replaced_by_procuros_transaction_id: None | str | Unset
        if isinstance(self.replaced_by_procuros_transaction_id, Unset):
            replaced_by_procuros_transaction_id = UNSET
        else:
            replaced_by_procuros_transaction_id = self.replaced_by_procuros_transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "procurosTransactionId": procuros_transaction_id,
                "type": type_,
                "status": status,
                "flow": flow,
                "createdAt": created_at,
                "isLatestVersion": is_latest_version,
                "content": content,
            }
        )
        if replaces_procuros_transaction_id is not UNSET:
            field_dict["replacesProcurosTransactionId"] = replaces_procuros_transaction_id
        if replaced_by_procuros_transaction_id is not UNSET:
            field_dict["replacedByProcurosTransactionId"] = replaced_by_procuros_transaction_id

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

            _at = "type"
            type_ = d["type"]

            _at = "status"
            status = cast(
                "TransactionStatus", TransactionStatus._value2member_map_.get(d["status"])
            ) or TransactionStatus(d["status"])

            _at = "flow"
            flow = cast("TransactionFlow", TransactionFlow._value2member_map_.get(d["flow"])) or TransactionFlow(
                d["flow"]
            )

            _at = "createdAt"
            created_at = d["createdAt"]

            _at = "isLatestVersion"
            is_latest_version = d["isLatestVersion"]

            _at = "content"
            _content = d["content"]
            try:
                content = (
                    TransactionOfUnknownTypeContent()
                    if len(_content) == 0
                    else TransactionOfUnknownTypeContent.from_dict(_content)
                )
            except (KeyError, TypeError):
                # Not an object holding exactly the members: the model's own parser says what does not fit.
                content = TransactionOfUnknownTypeContent.from_dict(_content)

            _at = "replacesProcurosTransactionId"
            replaces_procuros_transaction_id = d.get("replacesProcurosTransactionId", UNSET)

            _at = "replacedByProcurosTransactionId"
            replaced_by_procuros_transaction_id = d.get("replacedByProcurosTransactionId", UNSET)

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
        transaction_of_unknown_type = cls(
            procuros_transaction_id,
            type_,
            status,
            flow,
            created_at,
            is_latest_version,
            content,
            replaces_procuros_transaction_id=replaces_procuros_transaction_id,
            replaced_by_procuros_transaction_id=replaced_by_procuros_transaction_id,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 7:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                transaction_of_unknown_type.additional_properties = extra

        return transaction_of_unknown_type

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
from ..models.transaction_of_unknown_type_content import TransactionOfUnknownTypeContent  # noqa: E402
