# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``SearchDepartmentMembersDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["SearchDepartmentMembersDto"]


@_attrs.define(kw_only=True, slots=True)
class SearchDepartmentMembersDto:
    """Wire model ``SearchDepartmentMembersDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        organization_code: ``organizationCode``, Any, optional
        department_id: ``departmentId``, Any, optional
        keywords: ``keywords``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        department_id_type: ``departmentIdType``, Any, optional
        include_children_departments: ``includeChildrenDepartments``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_identities: ``withIdentities``, Any, optional
        with_department_ids: ``withDepartmentIds``, Any, optional
        tenant_id: ``tenantId``, Any, optional
    """

    organization_code: Any = _attrs.field(default=None, metadata={"wire": "organizationCode"})
    department_id: Any = _attrs.field(default=None, metadata={"wire": "departmentId"})
    keywords: Any = _attrs.field(default=None, metadata={"wire": "keywords"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    department_id_type: Any = _attrs.field(default=None, metadata={"wire": "departmentIdType"})
    include_children_departments: Any = _attrs.field(default=None, metadata={"wire": "includeChildrenDepartments"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_identities: Any = _attrs.field(default=None, metadata={"wire": "withIdentities"})
    with_department_ids: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentIds"})
    tenant_id: Any = _attrs.field(default=None, metadata={"wire": "tenantId"})
