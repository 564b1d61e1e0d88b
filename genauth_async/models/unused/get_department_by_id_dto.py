# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetDepartmentByIdDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetDepartmentByIdDto"]


@_attrs.define(kw_only=True, slots=True)
class GetDepartmentByIdDto:
    """Wire model ``GetDepartmentByIdDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        department_id: ``departmentId``, Any, optional
        tenant_id: ``tenantId``, Any, optional
        app_type_list: ``appTypeList``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
    """

    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
    app_type_list: Any = _attrs.field(default=None, metadata={"wire": "appTypeList"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
