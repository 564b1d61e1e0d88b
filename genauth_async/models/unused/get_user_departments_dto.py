# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserDepartmentsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetUserDepartmentsDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserDepartmentsDto:
    """Wire model ``GetUserDepartmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        with_department_paths: ``withDepartmentPaths``, Any, optional
        sort_by: ``sortBy``, Any, optional
        order_by: ``orderBy``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    with_department_paths: Any = _attrs.field(default=None, metadata={"wire": "withDepartmentPaths"})
    sort_by: Any = _attrs.field(default=None, metadata={"wire": "sortBy"})
    order_by: Any = _attrs.field(default=None, metadata={"wire": "orderBy"})
