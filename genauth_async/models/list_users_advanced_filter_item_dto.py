# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListUsersAdvancedFilterItemDto`` and its enum (ListUsersAdvancedFilterItemDtoOperator)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, WireEnum

__all__ = ["ListUsersAdvancedFilterItemDto", "ListUsersAdvancedFilterItemDtoOperator"]


@_attrs.define(kw_only=True, slots=True)
class ListUsersAdvancedFilterItemDto:
    """Wire model ``ListUsersAdvancedFilterItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, str, required
        operator: ``operator``, ListUsersAdvancedFilterItemDtoOperator, required
        value: ``value``, Any, optional
    """

    field: str = _attrs.field(metadata={"wire": "field"})
    operator: ListUsersAdvancedFilterItemDtoOperator = _attrs.field(metadata={"wire": "operator"})
    value: Any = _attrs.field(default=_UNSET, metadata={"wire": "value"})


class ListUsersAdvancedFilterItemDtoOperator(WireEnum):
    """Enum of ``ListUsersAdvancedFilterItemDto.operator`` (unknown wire values are kept, not rejected)."""

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
