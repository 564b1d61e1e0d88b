# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteCustomFieldDto`` and its enum (DeleteCustomFieldDtoTargetType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["DeleteCustomFieldDto", "DeleteCustomFieldDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class DeleteCustomFieldDto:
    """Wire model ``DeleteCustomFieldDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, DeleteCustomFieldDtoTargetType, required
        key: ``key``, str, required
    """

    target_type: DeleteCustomFieldDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    key: str = _attrs.field(metadata={"wire": "key"})


class DeleteCustomFieldDtoTargetType(WireEnum):
    """Enum of ``DeleteCustomFieldDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    DEPARTMENT = "DEPARTMENT"
