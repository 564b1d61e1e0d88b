# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetMyDepartmentListDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetMyDepartmentListDto"]


@_attrs.define(kw_only=True, slots=True)
class GetMyDepartmentListDto:
    """Wire model ``GetMyDepartmentListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        with_custom_data: ``withCustomData``, Any, optional
        sort_by: ``sortBy``, Any, optional
        order_by: ``orderBy``, Any, optional
    """

    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    with_custom_data: Any = _attrs.field(default=None, metadata={"wire": "withCustomData"})
    sort_by: Any = _attrs.field(default=None, metadata={"wire": "sortBy"})
    order_by: Any = _attrs.field(default=None, metadata={"wire": "orderBy"})
