# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateApplicationPermissionStrategyDataDto`` and its enum (UpdateApplicationPermissionStrategyDataDtoPermissionStrategy)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["UpdateApplicationPermissionStrategyDataDto", "UpdateApplicationPermissionStrategyDataDtoPermissionStrategy"]


@_attrs.define(kw_only=True, slots=True)
class UpdateApplicationPermissionStrategyDataDto:
    """Wire model ``UpdateApplicationPermissionStrategyDataDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        permission_strategy: ``permissionStrategy``, UpdateApplicationPermissionStrategyDataDtoPermissionStrategy, required
        app_id: ``appId``, str, required
    """

    permission_strategy: UpdateApplicationPermissionStrategyDataDtoPermissionStrategy = _attrs.field(metadata={"wire": "permissionStrategy"})
    app_id: str = _attrs.field(metadata={"wire": "appId"})


class UpdateApplicationPermissionStrategyDataDtoPermissionStrategy(WireEnum):
    """Enum of ``UpdateApplicationPermissionStrategyDataDto.permissionStrategy`` (unknown wire values are kept, not rejected)."""

    ALLOW_ALL = "ALLOW_ALL"
    DENY_ALL = "DENY_ALL"
