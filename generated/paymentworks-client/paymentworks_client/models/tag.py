# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

T = TypeVar("T", bound="Tag")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "id",
        "created",
        "modified",
        "name",
        "acct",
        "nvrs",
    }
)


@_attrs_define
class Tag:
    """A tag the payer attached to new vendor requests.

    Attributes:
        id (int): Tag id.
        created (str): When the tag was created.
        modified (str): When the tag was last modified.
        name (str): Tag name.
        acct (int): Id of the payer account owning the tag.
        nvrs (list[int]): Ids of the new vendor requests carrying this tag.
    """

    id: int
    created: str
    modified: str
    name: str
    acct: int
    nvrs: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created = self.created

        modified = self.modified

        name = self.name

        acct = self.acct

        nvrs = self.nvrs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created": created,
                "modified": modified,
                "name": name,
                "acct": acct,
                "nvrs": nvrs,
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

            _at = "created"
            created = d["created"]

            _at = "modified"
            modified = d["modified"]

            _at = "name"
            name = d["name"]

            _at = "acct"
            acct = d["acct"]

            _at = "nvrs"
            nvrs: list[int] = d["nvrs"]

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
        tag = cls(
            id,
            created,
            modified,
            name,
            acct,
            nvrs,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 6:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                tag.additional_properties = extra

        return tag

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
