# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetApplicationPermissionStrategyDataDto`` and its enum (GetApplicationPermissionStrategyDataDtoPermissionStrategy)."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import WireEnum

__all__ = ["GetApplicationPermissionStrategyDataDto", "GetApplicationPermissionStrategyDataDtoPermissionStrategy"]


@_attrs.define(kw_only=True, slots=True)
class GetApplicationPermissionStrategyDataDto:
    """Wire model ``GetApplicationPermissionStrategyDataDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        permission_strategy: ``permissionStrategy``, GetApplicationPermissionStrategyDataDtoPermissionStrategy, required
    """

    permission_strategy: GetApplicationPermissionStrategyDataDtoPermissionStrategy = _attrs.field(metadata={"wire": "permissionStrategy"})


class GetApplicationPermissionStrategyDataDtoPermissionStrategy(WireEnum):
    """Enum of ``GetApplicationPermissionStrategyDataDto.permissionStrategy`` (unknown wire values are kept, not rejected)."""

    ALLOW_ALL = "ALLOW_ALL"
    DENY_ALL = "DENY_ALL"
