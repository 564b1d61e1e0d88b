# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``WhiteListSettingsDataDto`` and its enum (WhiteListSettingsDataDtoTargetType).

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["WhiteListSettingsDataDto", "WhiteListSettingsDataDtoTargetType"]


@_attrs.define(kw_only=True, slots=True)
class WhiteListSettingsDataDto:
    """Wire model ``WhiteListSettingsDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        id: ``id``, str, required
        target_type: ``targetType``, WhiteListSettingsDataDtoTargetType, required
    """

    id: str = _attrs.field(metadata={"wire": "id"})
    target_type: WhiteListSettingsDataDtoTargetType = _attrs.field(metadata={"wire": "targetType"})


class WhiteListSettingsDataDtoTargetType(WireEnum):
    """Enum of ``WhiteListSettingsDataDto.targetType`` (unknown wire values are kept, not rejected)."""

    USER = "USER"
    GROUP = "GROUP"
    ROLE = "ROLE"
