# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListPermissionNamespaceRolesDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListPermissionNamespaceRolesDto"]


@_attrs.define(kw_only=True, slots=True)
class ListPermissionNamespaceRolesDto:
    """Wire model ``ListPermissionNamespaceRolesDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
        query: ``query``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
    query: Any = _attrs.field(default=None, metadata={"wire": "query"})
