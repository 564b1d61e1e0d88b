# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckUserSameLevelPermissionDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .auth_env_params import AuthEnvParams

__all__ = ["CheckUserSameLevelPermissionDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckUserSameLevelPermissionDto:
    """Wire model ``CheckUserSameLevelPermissionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resource_node_codes: ``resourceNodeCodes``, list[str], required
        resource: ``resource``, str, required
        action: ``action``, str, required
        user_id: ``userId``, str, required
        namespace_code: ``namespaceCode``, str, required
        judge_condition_enabled: ``judgeConditionEnabled``, bool, optional
        auth_env_params: ``authEnvParams``, AuthEnvParams, optional
    """

    resource_node_codes: List[str] = _attrs.field(metadata={"wire": "resourceNodeCodes"})
    resource: str = _attrs.field(metadata={"wire": "resource"})
    action: str = _attrs.field(metadata={"wire": "action"})
    user_id: str = _attrs.field(metadata={"wire": "userId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    judge_condition_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "judgeConditionEnabled"})
    auth_env_params: AuthEnvParams | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "authEnvParams"})
