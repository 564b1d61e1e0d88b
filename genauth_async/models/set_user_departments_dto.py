# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SetUserDepartmentsDto``."""

from __future__ import annotations

from typing import List

import attrs as _attrs

from genauth_async._model import UNSET as _UNSET, Unset

from .set_user_department_dto import SetUserDepartmentDto
from .set_user_departments_options_dto import SetUserDepartmentsOptionsDto

__all__ = ["SetUserDepartmentsDto"]


@_attrs.define(kw_only=True, slots=True)
class SetUserDepartmentsDto:
    """Wire model ``SetUserDepartmentsDto`` (request side; optional fields default to UNSET).

    Fields (attribute: wire name, type):
        user_id: ``userId``, str, required
        departments: ``departments``, list[SetUserDepartmentDto], required
        options: ``options``, SetUserDepartmentsOptionsDto, optional
    """

    user_id: str = _attrs.field(metadata={"wire": "userId"})
    departments: List[SetUserDepartmentDto] = _attrs.field(metadata={"wire": "departments"})
    options: SetUserDepartmentsOptionsDto | None | Unset = _attrs.field(default=_UNSET, metadata={"wire": "options"})
