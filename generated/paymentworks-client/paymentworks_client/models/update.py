# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.update_status_display import UpdateStatusDisplay

T = TypeVar("T", bound="Update")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "id",
        "ts",
        "status_ts",
        "vendor_nums",
        "vendor_name",
        "group_name",
        "from_value_display",
        "to_value_display",
        "status",
        "field_changes",
        "user_can_approve",
        "pending_approvers",
        "user_can_skip",
        "user_can_bypass",
        "addr_validated",
        "bank_validation_status_display",
        "bank_verification_reason_context",
        "bank_verification_note",
        "metadata",
    }
)


def _parse_bank_verification_reason_context(data: object) -> None | UpdateBankVerificationReasonContext:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            bank_verification_reason_context_type_0 = UpdateBankVerificationReasonContext.from_dict(data)

            return bank_verification_reason_context_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | UpdateBankVerificationReasonContext, data)


@_attrs_define
class Update:
    """A vendor update: a change a connected supplier made to its profile, awaiting ERP processing.

    Attributes:
        id (int): Each update is identified with a numeric id.
        ts (str): When the update was created.
        status_ts (str): When the status last changed.
        vendor_nums (list[UpdateVendorNumber]): ERP vendor number(s) of the vendor, with their site codes.
        vendor_name (str): Vendor name.
        group_name (str): Update group, e.g. Company. Other values are not documented.
        from_value_display (str): Human-readable old value, e.g. 'Telephone: +12023334444'.
        to_value_display (str): Human-readable new value.
        status (UpdateStatusDisplay): Status of a vendor update as returned in responses (the display string, not the
            numeric code). Codes: 0 Pending, 1 Approved, 2 Rejected, 3 Processed, 4 Promoted (handled as a registration).
        field_changes (list[UpdateFieldChange]): The individual field changes of this update.
        user_can_approve (bool): Whether the API user may approve this update.
        pending_approvers (list[Any]): Approvers who still have to act. Item shape undocumented (every sample shows an
            empty list).
        user_can_skip (bool): Whether the API user may skip approval.
        user_can_bypass (bool): Whether the API user may bypass approval.
        addr_validated (bool | None): Address validation result, null when not applicable.
        bank_validation_status_display (str): Bank validation status (display string); empty when not applicable.
        bank_verification_reason_context (None | UpdateBankVerificationReasonContext): Structured context for the bank
            verification reason; null when not applicable.
        bank_verification_note (None | str): Free-text bank verification note; null when none.
        metadata (UpdateMetadata): Free-form metadata.
    """

    id: int
    ts: str
    status_ts: str
    vendor_nums: list[UpdateVendorNumber]
    vendor_name: str
    group_name: str
    from_value_display: str
    to_value_display: str
    status: UpdateStatusDisplay
    field_changes: list[UpdateFieldChange]
    user_can_approve: bool
    pending_approvers: list[Any]
    user_can_skip: bool
    user_can_bypass: bool
    addr_validated: bool | None
    bank_validation_status_display: str
    bank_verification_reason_context: None | UpdateBankVerificationReasonContext
    bank_verification_note: None | str
    metadata: UpdateMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ts = self.ts

        status_ts = self.status_ts

        vendor_nums = []
        for vendor_nums_item_data in self.vendor_nums:
            vendor_nums_item = vendor_nums_item_data.to_dict()
            vendor_nums.append(vendor_nums_item)

        vendor_name = self.vendor_name

        group_name = self.group_name

        from_value_display = self.from_value_display

        to_value_display = self.to_value_display

        status = self.status.value

        field_changes = []
        for field_changes_item_data in self.field_changes:
            field_changes_item = field_changes_item_data.to_dict()
            field_changes.append(field_changes_item)

        user_can_approve = self.user_can_approve

        pending_approvers = self.pending_approvers

        user_can_skip = self.user_can_skip

        user_can_bypass = self.user_can_bypass

        addr_validated: bool | None
        addr_validated = self.addr_validated

        bank_validation_status_display = self.bank_validation_status_display

        bank_verification_reason_context: dict[str, Any] | None
        if isinstance(self.bank_verification_reason_context, UpdateBankVerificationReasonContext):
            bank_verification_reason_context = self.bank_verification_reason_context.to_dict()
        else:
            bank_verification_reason_context = self.bank_verification_reason_context

        bank_verification_note: None | str
        bank_verification_note = self.bank_verification_note

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ts": ts,
                "status_ts": status_ts,
                "vendor_nums": vendor_nums,
                "vendor_name": vendor_name,
                "group_name": group_name,
                "from_value_display": from_value_display,
                "to_value_display": to_value_display,
                "status": status,
                "field_changes": field_changes,
                "user_can_approve": user_can_approve,
                "pending_approvers": pending_approvers,
                "user_can_skip": user_can_skip,
                "user_can_bypass": user_can_bypass,
                "addr_validated": addr_validated,
                "bank_validation_status_display": bank_validation_status_display,
                "bank_verification_reason_context": bank_verification_reason_context,
                "bank_verification_note": bank_verification_note,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "id"
            id = d["id"]

            _at = "ts"
            ts = d["ts"]

            _at = "status_ts"
            status_ts = d["status_ts"]

            _at = "vendor_nums"
            vendor_nums = []
            _vendor_nums = d["vendor_nums"]
            for vendor_nums_item_data in _vendor_nums:
                try:
                    vendor_nums_item = (
                        UpdateVendorNumber(vendor_nums_item_data["vendor_num"], vendor_nums_item_data["site_codes"])
                        if len(vendor_nums_item_data) == 2
                        else UpdateVendorNumber.from_dict(vendor_nums_item_data)
                    )
                except (KeyError, TypeError):
                    # Not an object holding exactly the members: the model's own parser says what does not fit.
                    vendor_nums_item = UpdateVendorNumber.from_dict(vendor_nums_item_data)

                vendor_nums.append(vendor_nums_item)

            _at = "vendor_name"
            vendor_name = d["vendor_name"]

            _at = "group_name"
            group_name = d["group_name"]

            _at = "from_value_display"
            from_value_display = d["from_value_display"]

            _at = "to_value_display"
            to_value_display = d["to_value_display"]

            _at = "status"
            status = cast(
                "UpdateStatusDisplay", UpdateStatusDisplay._value2member_map_.get(d["status"])
            ) or UpdateStatusDisplay(d["status"])

            _at = "field_changes"
            field_changes = []
            _field_changes = d["field_changes"]
            for field_changes_item_data in _field_changes:
                try:
                    field_changes_item = (
                        UpdateFieldChange(
                            field_changes_item_data["field_name"],
                            field_changes_item_data["from_value"],
                            field_changes_item_data["to_value"],
                        )
                        if len(field_changes_item_data) == 3
                        else UpdateFieldChange.from_dict(field_changes_item_data)
                    )
                except (KeyError, TypeError):
                    # Not an object holding exactly the members: the model's own parser says what does not fit.
                    field_changes_item = UpdateFieldChange.from_dict(field_changes_item_data)

                field_changes.append(field_changes_item)

            _at = "user_can_approve"
            user_can_approve = d["user_can_approve"]

            _at = "pending_approvers"
            pending_approvers: list[Any] = d["pending_approvers"]

            _at = "user_can_skip"
            user_can_skip = d["user_can_skip"]

            _at = "user_can_bypass"
            user_can_bypass = d["user_can_bypass"]

            _at = "addr_validated"
            addr_validated = d["addr_validated"]

            _at = "bank_validation_status_display"
            bank_validation_status_display = d["bank_validation_status_display"]

            _at = "bank_verification_reason_context"
            bank_verification_reason_context = _parse_bank_verification_reason_context(
                d["bank_verification_reason_context"]
            )

            _at = "bank_verification_note"
            bank_verification_note = d["bank_verification_note"]

            _at = "metadata"
            _metadata = d["metadata"]
            try:
                metadata = UpdateMetadata() if len(_metadata) == 0 else UpdateMetadata.from_dict(_metadata)
            except (KeyError, TypeError):
                # Not an object holding exactly the members: the model's own parser says what does not fit.
                metadata = UpdateMetadata.from_dict(_metadata)

        except _ResponseParseError as exc:
            if _at == "vendor_nums" and isinstance(vendor_nums, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(vendor_nums)) from None
            if _at == "field_changes" and isinstance(field_changes, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(field_changes)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        update = cls(
            id,
            ts,
            status_ts,
            vendor_nums,
            vendor_name,
            group_name,
            from_value_display,
            to_value_display,
            status,
            field_changes,
            user_can_approve,
            pending_approvers,
            user_can_skip,
            user_can_bypass,
            addr_validated,
            bank_validation_status_display,
            bank_verification_reason_context,
            bank_verification_note,
            metadata,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 19:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                update.additional_properties = extra

        return update

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
from ..models.update_bank_verification_reason_context import UpdateBankVerificationReasonContext  # noqa: E402
from ..models.update_field_change import UpdateFieldChange  # noqa: E402
from ..models.update_metadata import UpdateMetadata  # noqa: E402
from ..models.update_vendor_number import UpdateVendorNumber  # noqa: E402
