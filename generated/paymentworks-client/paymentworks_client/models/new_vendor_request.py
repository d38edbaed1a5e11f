# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.new_vendor_request_status_display import NewVendorRequestStatusDisplay
from ..models.new_vendor_request_type_display import NewVendorRequestTypeDisplay

T = TypeVar("T", bound="NewVendorRequest")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "id",
        "request_status",
        "requesting_company",
        "ts",
        "user_can_approve",
        "user_can_bypass",
        "pending_approvers",
        "latest_sent_msg_id",
        "is_resubmitted",
        "last_submitted_ts",
        "request_type",
        "registration_routing",
        "tags",
    }
)


@_attrs_define
class NewVendorRequest:
    """A new vendor request (registration) in its compact form, as returned by PATCH /api/new-vendor-requests/{id}/ and,
    presumably, by the list.

        Attributes:
            id (int): The unique ID for the New Vendor Request.
            request_status (NewVendorRequestStatusDisplay): Registration status as returned in responses. Codes differ from
                update codes: 0 Pending, 1 Approved, 2 Processed, 3 Connected, 4 Rejected, 5 Returned.
            requesting_company (RequestingCompanySummary): The identifier and name of the company that submitted the
                registration.
            ts (str): Timestamp of when the New Vendor Request was first created.
            user_can_approve (bool): Whether the API user may approve this request.
            user_can_bypass (bool): Whether the API user may bypass approval.
            pending_approvers (list[Any]): Approvers who still have to act. Item shape undocumented (every sample shows an
                empty list).
            latest_sent_msg_id (int | None): Id of the latest message sent about this registration; null when none.
            is_resubmitted (bool): Whether the registration was returned and resubmitted.
            last_submitted_ts (str): When the payee last submitted the registration.
            request_type (NewVendorRequestTypeDisplay): Registration type as returned in responses: 0 Full, 1 Partial, 2
                Edit.
            registration_routing (RegistrationRouting): Routing the approver chose for a registration whose TIN matches an
                existing ERP vendor (create a new vendor, add an address, overwrite an address).
            tags (list[int]): Tags attached to this registration (see GET /api/new-vendor-requests/{id}/tags/).
    """

    id: int
    request_status: NewVendorRequestStatusDisplay
    requesting_company: RequestingCompanySummary
    ts: str
    user_can_approve: bool
    user_can_bypass: bool
    pending_approvers: list[Any]
    latest_sent_msg_id: int | None
    is_resubmitted: bool
    last_submitted_ts: str
    request_type: NewVendorRequestTypeDisplay
    registration_routing: RegistrationRouting
    tags: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        request_status = self.request_status.value

        requesting_company = self.requesting_company.to_dict()

        ts = self.ts

        user_can_approve = self.user_can_approve

        user_can_bypass = self.user_can_bypass

        pending_approvers = self.pending_approvers

        latest_sent_msg_id: int | None
        latest_sent_msg_id = self.latest_sent_msg_id

        is_resubmitted = self.is_resubmitted

        last_submitted_ts = self.last_submitted_ts

        request_type = self.request_type.value

        registration_routing = self.registration_routing.to_dict()

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "request_status": request_status,
                "requesting_company": requesting_company,
                "ts": ts,
                "user_can_approve": user_can_approve,
                "user_can_bypass": user_can_bypass,
                "pending_approvers": pending_approvers,
                "latest_sent_msg_id": latest_sent_msg_id,
                "is_resubmitted": is_resubmitted,
                "last_submitted_ts": last_submitted_ts,
                "request_type": request_type,
                "registration_routing": registration_routing,
                "tags": tags,
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

            _at = "request_status"
            request_status = cast(
                "NewVendorRequestStatusDisplay",
                NewVendorRequestStatusDisplay._value2member_map_.get(d["request_status"]),
            ) or NewVendorRequestStatusDisplay(d["request_status"])

            _at = "requesting_company"
            _requesting_company = d["requesting_company"]
            try:
                requesting_company = (
                    RequestingCompanySummary(_requesting_company["id"], _requesting_company["name"])
                    if len(_requesting_company) == 2
                    else RequestingCompanySummary.from_dict(_requesting_company)
                )
            except (KeyError, TypeError):
                # Not an object holding exactly the members: the model's own parser says what does not fit.
                requesting_company = RequestingCompanySummary.from_dict(_requesting_company)

            _at = "ts"
            ts = d["ts"]

            _at = "user_can_approve"
            user_can_approve = d["user_can_approve"]

            _at = "user_can_bypass"
            user_can_bypass = d["user_can_bypass"]

            _at = "pending_approvers"
            pending_approvers: list[Any] = d["pending_approvers"]

            _at = "latest_sent_msg_id"
            latest_sent_msg_id = d["latest_sent_msg_id"]

            _at = "is_resubmitted"
            is_resubmitted = d["is_resubmitted"]

            _at = "last_submitted_ts"
            last_submitted_ts = d["last_submitted_ts"]

            _at = "request_type"
            request_type = cast(
                "NewVendorRequestTypeDisplay", NewVendorRequestTypeDisplay._value2member_map_.get(d["request_type"])
            ) or NewVendorRequestTypeDisplay(d["request_type"])

            _at = "registration_routing"
            _registration_routing = d["registration_routing"]
            try:
                registration_routing = (
                    RegistrationRouting(
                        _registration_routing["op_code"],
                        _registration_routing["annotation"],
                        _registration_routing["related_site_code"],
                        _registration_routing["related_vendor_number"],
                    )
                    if len(_registration_routing) == 4
                    else RegistrationRouting.from_dict(_registration_routing)
                )
            except (KeyError, TypeError):
                # Not an object holding exactly the members: the model's own parser says what does not fit.
                registration_routing = RegistrationRouting.from_dict(_registration_routing)

            _at = "tags"
            tags: list[int] = d["tags"]

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
        new_vendor_request = cls(
            id,
            request_status,
            requesting_company,
            ts,
            user_can_approve,
            user_can_bypass,
            pending_approvers,
            latest_sent_msg_id,
            is_resubmitted,
            last_submitted_ts,
            request_type,
            registration_routing,
            tags,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 13:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                new_vendor_request.additional_properties = extra

        return new_vendor_request

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
from ..models.registration_routing import RegistrationRouting  # noqa: E402
from ..models.requesting_company_summary import RequestingCompanySummary  # noqa: E402
