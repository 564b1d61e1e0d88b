# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetUserDepartmentDto``."""

from __future__ import annotations

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

__all__ = ["SetUserDepartmentDto"]


@_attrs.define(kw_only=True, slots=True)
class SetUserDepartmentDto:
    """Wire model ``SetUserDepartmentDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        department_id: ``departmentId``, str, required
        is_leader: ``isLeader``, bool, optional
        is_main_department: ``isMainDepartment``, bool, optional
    """

    department_id: str = _attrs.field(metadata={"wire": "departmentId"})
    is_leader: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isLeader"})
    is_main_department: bool | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "isMainDepartment"})
