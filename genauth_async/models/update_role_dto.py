# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateRoleDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["UpdateRoleDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateRoleDto:
    """Wire model ``UpdateRoleDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        new_code: ``newCode``, str, required
        code: ``code``, str, required
        namespace: ``namespace``, str, optional
        description: ``description``, str, optional
        status: ``status``, str, optional
        disable_time: ``disableTime``, str, optional
        enable_permission_apply: ``enablePermissionApply``, bool, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    new_code: str = _attrs.field(metadata={"wire": "newCode"})
    code: str = _attrs.field(metadata={"wire": "code"})
    namespace: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "namespace"})
    description: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "description"})
    status: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "status"})
    disable_time: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "disableTime"})
    enable_permission_apply: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "enablePermissionApply"})
