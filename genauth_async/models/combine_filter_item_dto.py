# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CombineFilterItemDto`` and its enum (CombineFilterItemDtoOperator)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["CombineFilterItemDto", "CombineFilterItemDtoOperator"]


@_attrs.define(kw_only=True, slots=True)
class CombineFilterItemDto:
    """Wire model ``CombineFilterItemDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        type: ``type``, str, required
        operator: ``operator``, CombineFilterItemDtoOperator, required
        value: ``value``, str | int, required
    """

    type: str = _attrs.field(metadata={"wire": "type"})
    operator: CombineFilterItemDtoOperator = _attrs.field(metadata={"wire": "operator"})
    value: str | int = _attrs.field(metadata={"wire": "value"})


class CombineFilterItemDtoOperator(WireEnum):
    """Enum of ``CombineFilterItemDto.operator`` (unknown wire values are kept, not rejected)."""

    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    CONTAINS = "CONTAINS"
    NOT_CONTAINS = "NOT_CONTAINS"
    IS_NULL = "IS_NULL"
    NOT_NULL = "NOT_NULL"
    IN = "IN"
    NOT_IN = "NOT_IN"
    GREATER = "GREATER"
    LESSER = "LESSER"
    BETWEEN = "BETWEEN"
