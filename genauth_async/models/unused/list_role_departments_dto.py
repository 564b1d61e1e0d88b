# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``ListRoleDepartmentsDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["ListRoleDepartmentsDto"]


@_attrs.define(kw_only=True, slots=True)
class ListRoleDepartmentsDto:
    """Wire model ``ListRoleDepartmentsDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        code: ``code``, Any, optional
        namespace: ``namespace``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    code: Any = _attrs.field(default=None, metadata={"wire": "code"})
    namespace: Any = _attrs.field(default=None, metadata={"wire": "namespace"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
