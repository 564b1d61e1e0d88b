# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListApplicationAuthDataDto`` and its enums (ListApplicationAuthDataDtoEffect, ListApplicationAuthDataDtoPermissionType, ListApplicationAuthDataDtoTargetType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["ListApplicationAuthDataDto", "ListApplicationAuthDataDtoEffect", "ListApplicationAuthDataDtoPermissionType", "ListApplicationAuthDataDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class ListApplicationAuthDataDto:
    """Wire model ``ListApplicationAuthDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        target_id: ``targetId``, str, required
        target_name: ``targetName``, str, required
        target_type: ``targetType``, ListApplicationAuthDataDtoTargetType, required
        effect: ``effect``, ListApplicationAuthDataDtoEffect, required
        enabled: ``enabled``, bool, required
        permission_type: ``permissionType``, ListApplicationAuthDataDtoPermissionType, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    target_id: str = _attrs.field(metadata={"wire": "targetId"})
    target_name: str = _attrs.field(metadata={"wire": "targetName"})
    target_type: ListApplicationAuthDataDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    effect: ListApplicationAuthDataDtoEffect = _attrs.field(metadata={"wire": "effect"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
    permission_type: ListApplicationAuthDataDtoPermissionType = _attrs.field(metadata={"wire": "permissionType"})


class ListApplicationAuthDataDtoEffect(WireEnum):
    """Enum of ``ListApplicationAuthDataDto.effect`` (unknown wire values are kept, not rejected)."""

    ALLOW = "ALLOW"
    DENY = "DENY"


class ListApplicationAuthDataDtoPermissionType(WireEnum):
    """Enum of ``ListApplicationAuthDataDto.permissionType`` (unknown wire values are kept, not rejected)."""

    ALL = "ALL"
    SUBJECT = "SUBJECT"


class ListApplicationAuthDataDtoTargetType(WireEnum):
    """Enum of ``ListApplicationAuthDataDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    ROLE = "ROLE"
    GROUP = "GROUP"
    ORG = "ORG"
    AK_SK = "AK_SK"
