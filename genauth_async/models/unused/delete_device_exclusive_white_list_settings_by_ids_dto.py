# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``DeleteDeviceExclusiveWhiteListSettingsByIdsDto`` and its enum (DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType).

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["DeleteDeviceExclusiveWhiteListSettingsByIdsDto", "DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class DeleteDeviceExclusiveWhiteListSettingsByIdsDto:
    """Wire model ``DeleteDeviceExclusiveWhiteListSettingsByIdsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        target_type: ``targetType``, DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType, required
        target_id: ``targetId``, str, required
    """

    target_type: DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType = _attrs.field(metadata={"wire": "targetType"})
    target_id: str = _attrs.field(metadata={"wire": "targetId"})


class DeleteDeviceExclusiveWhiteListSettingsByIdsDtoTargetType(WireEnum):
    """Enum of ``DeleteDeviceExclusiveWhiteListSettingsByIdsDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    GROUP = "GROUP"
    ROLE = "ROLE"
