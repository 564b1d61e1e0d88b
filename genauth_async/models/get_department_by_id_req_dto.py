# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetDepartmentByIdReqDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["GetDepartmentByIdReqDto"]


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentByIdReqDto:
    """Wire model ``GetDepartmentByIdReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        department_id: ``departmentId``, str, required
        tenant_id: ``tenantId``, str, optional
        app_type_list: ``appTypeList``, list[str], optional
        with_custom_data: ``withCustomData``, bool, optional
    """

    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    tenant_id: str | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "tenantId"})
    app_type_list: List[str] | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "appTypeList"})
    with_custom_data: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "withCustomData"})
