# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``CreateDepartmentTreeReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .user_info_dto import UserInfoDto

__all__ = ["CreateDepartmentTreeReqDto"]


@_attrs.define(kw_only=True, slots=True)
class CreateDepartmentTreeReqDto:
    """Wire model ``CreateDepartmentTreeReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        name: ``name``, str, required
        children: ``children``, list[str], optional
        members: ``members``, UserInfoDto, optional
        tenant_id: ``tenantId``, str, optional
    """

    name: str = _attrs.field(metadata={"wire": "name"})
    children: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "children"})
    members: UserInfoDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "members"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
