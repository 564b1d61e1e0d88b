# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SearchDepartmentsFilterItemDto`` and its enum (SearchDepartmentsFilterItemDtoOperator)."""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, WireEnum

__all__ = ["SearchDepartmentsFilterItemDto", "SearchDepartmentsFilterItemDtoOperator"]


@_attrs.define(kw_only=True, slots=True)
class SearchDepartmentsFilterItemDto:
    """Wire model ``SearchDepartmentsFilterItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, str, required
        operator: ``operator``, SearchDepartmentsFilterItemDtoOperator, required
        value: ``value``, Any, optional
    """

    field: str = _attrs.field(metadata={"wire": "field"})
    operator: SearchDepartmentsFilterItemDtoOperator = _attrs.field(metadata={"wire": "operator"})
    value: Any = _attrs.field(default=_UNSET, metadata={"wire": "value"})


class SearchDepartmentsFilterItemDtoOperator(WireEnum):
    """Enum of ``SearchDepartmentsFilterItemDto.operator`` (unknown wire values are kept, not rejected)."""

    BETWEEN = "BETWEEN"
    EQUAL = "EQUAL"
    IN = "IN"
    LESSER = "LESSER"
    GREATER = "GREATER"
    CONTAINS = "CONTAINS"
