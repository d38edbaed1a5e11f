# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.task_type import TaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "procurosTaskId",
        "createdAt",
        "type",
        "payload",
    }
)


@_attrs_define
class Task:
    """
    Attributes:
        procuros_task_id (str): Unique ID assigned to every task by Procuros (UUID).
        created_at (str): RFC 3339 date-time. Procuros returns datetimes in Europe/Berlin time.
        type_ (TaskType): Type of task.
        payload (SyncEnabledTradePartnersPayload | Unset): Your ERP system identifiers of the trade partners that are
            enabled for Procuros.
    """

    procuros_task_id: str
    created_at: str
    type_: TaskType
    payload: SyncEnabledTradePartnersPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        procuros_task_id = self.procuros_task_id

        created_at = self.created_at

        type_ = self.type_.value

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "procurosTaskId": procuros_task_id,
                "createdAt": created_at,
                "type": type_,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "procurosTaskId"
            procuros_task_id = d["procurosTaskId"]

            _at = "createdAt"
            created_at = d["createdAt"]

            _at = "type"
            type_ = cast("TaskType", TaskType._value2member_map_.get(d["type"])) or TaskType(d["type"])

            _at = "payload"
            _payload = d.get("payload", UNSET)
            payload: SyncEnabledTradePartnersPayload | Unset
            if isinstance(_payload, Unset):
                payload = UNSET
            else:
                try:
                    payload = (
                        SyncEnabledTradePartnersPayload(_payload["customers"], _payload["suppliers"])
                        if len(_payload) == 2
                        else SyncEnabledTradePartnersPayload.from_dict(_payload)
                    )
                except (KeyError, TypeError):
                    # Not an object holding exactly the members: the model's own parser says what does not fit.
                    payload = SyncEnabledTradePartnersPayload.from_dict(_payload)

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
        task = cls(
            procuros_task_id,
            created_at,
            type_,
            payload=payload,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 3:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                task.additional_properties = extra

        return task

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
from ..models.sync_enabled_trade_partners_payload import SyncEnabledTradePartnersPayload  # noqa: E402
