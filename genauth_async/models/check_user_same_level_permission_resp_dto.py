# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckUserSameLevelPermissionRespDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["CheckUserSameLevelPermissionRespDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckUserSameLevelPermissionRespDto:
    """Wire model ``CheckUserSameLevelPermissionRespDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        action: ``action``, str, required
        resource_node_code: ``resourceNodeCode``, str, required
        enabled: ``enabled``, bool, required
    """

    action: str = _attrs.field(metadata={"wire": "action"})
    resource_node_code: str = _attrs.field(metadata={"wire": "resourceNodeCode"})
    enabled: bool = _attrs.field(metadata={"wire": "enabled"})
