# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListRoleAssignmentsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListRoleAssignmentsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListRoleAssignmentsDto:
    """Wire model ``ListRoleAssignmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        role_code: ``roleCode``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
        namespace_code: ``namespaceCode``, Any, optional
        target_type: ``targetType``, Any, optional
    """

    role_code: Any = _attrs.field(default=None, metadata={"wire": "roleCode"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})
    namespace_code: Any = _attrs.field(default=None, metadata={"wire": "namespaceCode"})
    target_type: Any = _attrs.field(default=None, metadata={"wire": "targetType"})
