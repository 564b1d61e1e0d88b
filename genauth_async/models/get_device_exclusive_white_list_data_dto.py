# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetDeviceExclusiveWhiteListDataDto`` and its enum (GetDeviceExclusiveWhiteListDataDtoTargetType)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["GetDeviceExclusiveWhiteListDataDto", "GetDeviceExclusiveWhiteListDataDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class GetDeviceExclusiveWhiteListDataDto:
    """Wire model ``GetDeviceExclusiveWhiteListDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        name: ``name``, str, optional
        name_path: ``namePath``, str, optional
        target_type: ``targetType``, GetDeviceExclusiveWhiteListDataDtoTargetType, required
        target_id: ``targetId``, str, required
        photo: ``photo``, str, optional
        created_at: ``createdAt``, str, required
    """

    name: str | None = _attrs.field(default=None, metadata={"wire": "name"})
    name_path: str | None = _attrs.field(default=None, metadata={"wire": "namePath"})
    target_type: GetDeviceExclusiveWhiteListDataDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_id: str = _attrs.field(metadata={"wire": "targetId"})
    photo: str | None = _attrs.field(default=None, metadata={"wire": "photo"})
    created_at: str = _attrs.field(metadata={"wire": "createdAt"})


class GetDeviceExclusiveWhiteListDataDtoTargetType(WireEnum):
    """Enum of ``GetDeviceExclusiveWhiteListDataDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    GROUP = "GROUP"
    ROLE = "ROLE"
