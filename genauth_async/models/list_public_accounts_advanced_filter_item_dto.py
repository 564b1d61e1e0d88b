# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListPublicAccountsAdvancedFilterItemDto`` and its enum (ListPublicAccountsAdvancedFilterItemDtoOperator)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, WireEnum

__all__ = ["ListPublicAccountsAdvancedFilterItemDto", "ListPublicAccountsAdvancedFilterItemDtoOperator"]


@_attrs.define(kw_only=True, slots=True)
class ListPublicAccountsAdvancedFilterItemDto:
    """Wire model ``ListPublicAccountsAdvancedFilterItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, str, required
        operator: ``operator``, ListPublicAccountsAdvancedFilterItemDtoOperator, required
        value: ``value``, Any, optional
    """

    field: str = _attrs.field(metadata={"wire": "field"})
    operator: ListPublicAccountsAdvancedFilterItemDtoOperator = _attrs.field(metadata={"wire": "operator"})
    value: Any = _attrs.field(default=_UNSET, metadata={"wire": "value"})


class ListPublicAccountsAdvancedFilterItemDtoOperator(WireEnum):
    """Enum of ``ListPublicAccountsAdvancedFilterItemDto.operator`` (unknown wire values are kept, not rejected)."""

    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    CONTAINS = "CONTAINS"
    NOT_CONTAINS = "NOT_CONTAINS"
    IS_NULL = "IS_NULL"
    NOT_NULL = "NOT_NULL"
    IN = "IN"
    GREATER = "GREATER"
    LESSER = "LESSER"
    BETWEEN = "BETWEEN"
