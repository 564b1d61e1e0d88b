# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListChildrenDepartmentsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListChildrenDepartmentsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListChildrenDepartmentsDto:
    """Wire model ``ListChildrenDepartmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        status: ``status``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        exclude_virtual_node: ``excludeVirtualNode``, Any, optional
        only_virtual_node: ``onlyVirtualNode``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    status: Any = _attrs.field(default=None, metadata={"wire": "status"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    exclude_virtual_node: Any = _attrs.field(default=None, metadata={"wire": "excludeVirtualNode"})
    only_virtual_node: Any = _attrs.field(default=None, metadata={"wire": "onlyVirtualNode"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
