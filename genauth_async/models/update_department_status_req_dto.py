# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UpdateDepartmentStatusReqDto``."""

from __future__ import annotations

import attrs as _attrs

__all__ = ["UpdateDepartmentStatusReqDto"]


@_attrs.define(kw_only=True, slots=True)
class UpdateDepartmentStatusReqDto:
    """Wire model ``UpdateDepartmentStatusReqDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        status: ``status``, bool, required
        department_id: ``departmentId``, str, required
    """

    status: bool = _attrs.field(metadata={"wire": "status"})
    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
