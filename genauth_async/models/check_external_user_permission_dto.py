# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CheckExternalUserPermissionDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .auth_env_params import AuthEnvParams

__all__ = ["CheckExternalUserPermissionDto"]


@_attrs.define(kw_only=True, slots=True)
class CheckExternalUserPermissionDto:
    """Wire model ``CheckExternalUserPermissionDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        resources: ``resources``, list[str], required
        action: ``action``, str, required
        external_id: ``externalId``, str, required
        namespace_code: ``namespaceCode``, str, required
        judge_condition_enabled: ``judgeConditionEnabled``, bool, optional
        auth_env_params: ``authEnvParams``, AuthEnvParams, optional
    """

    resources: List[str] = _attrs.field(metadata={"wire": "resources"})
    action: str = _attrs.field(metadata={"wire": "action"})
    external_id: str = _attrs.field(metadata={"wire": "externalId"})
    namespace_code: str = _attrs.field(metadata={"wire": "namespaceCode"})
    judge_condition_enabled: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "judgeConditionEnabled"})
    auth_env_params: AuthEnvParams | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "authEnvParams"})
