# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DepartmentSortingDto`` and its enums (DepartmentSortingDtoField, DepartmentSortingDtoOrder)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["DepartmentSortingDto", "DepartmentSortingDtoField", "DepartmentSortingDtoOrder"]


@_attrs.define(kw_only=True, slots=True)
class DepartmentSortingDto:
    """Wire model ``DepartmentSortingDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        field: ``field``, DepartmentSortingDtoField, required
        order: ``order``, DepartmentSortingDtoOrder, required
    """

    field: DepartmentSortingDtoField = _attrs.field(metadata={"wire": "field"})
    order: DepartmentSortingDtoOrder = _attrs.field(metadata={"wire": "order"})


class DepartmentSortingDtoField(WireEnum):
    """Enum of ``DepartmentSortingDto.field`` (unknown wire values are kept, not rejected)."""

    UPDATED_AT = "updatedAt"
    CREATED_AT = "createdAt"
    NAME = "name"


class DepartmentSortingDtoOrder(WireEnum):
    """Enum of ``DepartmentSortingDto.order`` (unknown wire values are kept, not rejected)."""

    DESC = "desc"
    ASC = "asc"
