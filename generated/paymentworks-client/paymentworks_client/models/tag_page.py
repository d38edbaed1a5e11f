# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

T = TypeVar("T", bound="TagPage")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "count",
        "next",
        "previous",
        "results",
    }
)


@_attrs_define
class TagPage:
    """One page of tags of a new vendor request.

    Attributes:
        count (int): Total number of matching records across all pages (DRF page-number pagination).
        next_ (None | str): URL of the next page, or null if there are no further pages.
        previous (None | str): URL of the previous page, or null if this is the first page.
        results (list[Tag]): The records on this page; never longer than one page.
    """

    count: int
    next_: None | str
    previous: None | str
    results: list[Tag]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next": next_,
                "previous": previous,
                "results": results,
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
            _at = "count"
            count = d["count"]

            _at = "next"
            next_ = d["next"]

            _at = "previous"
            previous = d["previous"]

            _at = "results"
            results = []
            _results = d["results"]
            for results_item_data in _results:
                try:
                    results_item = (
                        Tag(
                            results_item_data["id"],
                            results_item_data["created"],
                            results_item_data["modified"],
                            results_item_data["name"],
                            results_item_data["acct"],
                            results_item_data["nvrs"],
                        )
                        if len(results_item_data) == 6
                        else Tag.from_dict(results_item_data)
                    )
                except (KeyError, TypeError):
                    # Not an object holding exactly the members: the model's own parser says what does not fit.
                    results_item = Tag.from_dict(results_item_data)

                results.append(results_item)

        except _ResponseParseError as exc:
            if _at == "results" and isinstance(results, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(results)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        tag_page = cls(
            count,
            next_,
            previous,
            results,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 4:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                tag_page.additional_properties = extra

        return tag_page

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
from ..models.tag import Tag  # noqa: E402
