# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.new_vendor_request_status_display import NewVendorRequestStatusDisplay
from ..models.new_vendor_request_type_display import NewVendorRequestTypeDisplay

T = TypeVar("T", bound="NewVendorRequestDetails")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "id",
        "ts",
        "status_ts",
        "request_status",
        "request_type",
        "is_resubmitted",
        "last_submitted_ts",
        "exported_ts",
        "num_submits",
        "ip_address",
        "requested_by",
        "customer",
        "matched_supplier",
        "requesting_company",
    }
)


@_attrs_define
class NewVendorRequestDetails:
    """Every core and custom field of one registration. Custom fields (payer-specific) follow the core fields; their keys
    are not documented, so the object is open.

        Attributes:
            id (int): New vendor request identifier.
            ts (str): When the request was created.
            status_ts (str): When the request status last changed.
            request_status (NewVendorRequestStatusDisplay): Registration status as returned in responses. Codes differ from
                update codes: 0 Pending, 1 Approved, 2 Processed, 3 Connected, 4 Rejected, 5 Returned.
            request_type (NewVendorRequestTypeDisplay): Registration type as returned in responses: 0 Full, 1 Partial, 2
                Edit.
            is_resubmitted (bool): Whether the registration was returned and resubmitted.
            last_submitted_ts (str): When the payee last submitted the registration.
            exported_ts (None | str): When the registration was exported; null if never.
            num_submits (int): How many times the payee submitted.
            ip_address (None | str): IP address the registration was submitted from; null when not recorded.
            requested_by (int): Id of the user who submitted the request.
            customer (int): Id of the payer (customer) account.
            matched_supplier (int | None): Id of the supplier (vendor master record) the registration was matched to; null
                if none.
            requesting_company (RequestingCompany): The company that submitted the registration, with tax and address data.
    """

    id: int
    ts: str
    status_ts: str
    request_status: NewVendorRequestStatusDisplay
    request_type: NewVendorRequestTypeDisplay
    is_resubmitted: bool
    last_submitted_ts: str
    exported_ts: None | str
    num_submits: int
    ip_address: None | str
    requested_by: int
    customer: int
    matched_supplier: int | None
    requesting_company: RequestingCompany
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ts = self.ts

        status_ts = self.status_ts

        request_status = self.request_status.value

        request_type = self.request_type.value

        is_resubmitted = self.is_resubmitted

        last_submitted_ts = self.last_submitted_ts

        exported_ts: None | str
        exported_ts = self.exported_ts

        num_submits = self.num_submits

        ip_address: None | str
        ip_address = self.ip_address

        requested_by = self.requested_by

        customer = self.customer

        matched_supplier: int | None
        matched_supplier = self.matched_supplier

        requesting_company = self.requesting_company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ts": ts,
                "status_ts": status_ts,
                "request_status": request_status,
                "request_type": request_type,
                "is_resubmitted": is_resubmitted,
                "last_submitted_ts": last_submitted_ts,
                "exported_ts": exported_ts,
                "num_submits": num_submits,
                "ip_address": ip_address,
                "requested_by": requested_by,
                "customer": customer,
                "matched_supplier": matched_supplier,
                "requesting_company": requesting_company,
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

            _at = "request_status"
            request_status = cast(
                "NewVendorRequestStatusDisplay",
                NewVendorRequestStatusDisplay._value2member_map_.get(d["request_status"]),
            ) or NewVendorRequestStatusDisplay(d["request_status"])

            _at = "request_type"
            request_type = cast(
                "NewVendorRequestTypeDisplay", NewVendorRequestTypeDisplay._value2member_map_.get(d["request_type"])
            ) or NewVendorRequestTypeDisplay(d["request_type"])

            _at = "is_resubmitted"
            is_resubmitted = d["is_resubmitted"]

            _at = "last_submitted_ts"
            last_submitted_ts = d["last_submitted_ts"]

            _at = "exported_ts"
            exported_ts = d["exported_ts"]

            _at = "num_submits"
            num_submits = d["num_submits"]

            _at = "ip_address"
            ip_address = d["ip_address"]

            _at = "requested_by"
            requested_by = d["requested_by"]

            _at = "customer"
            customer = d["customer"]

            _at = "matched_supplier"
            matched_supplier = d["matched_supplier"]

            _at = "requesting_company"
            requesting_company = RequestingCompany.from_dict(d["requesting_company"])

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
        new_vendor_request_details = cls(
            id,
            ts,
            status_ts,
            request_status,
            request_type,
            is_resubmitted,
            last_submitted_ts,
            exported_ts,
            num_submits,
            ip_address,
            requested_by,
            customer,
            matched_supplier,
            requesting_company,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 14:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                new_vendor_request_details.additional_properties = extra

        return new_vendor_request_details

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
from ..models.requesting_company import RequestingCompany  # noqa: E402
