# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``UserListDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["UserListDto"]


@_attrs.define(kw_only=True, slots=True)
class UserListDto:
    """Wire model ``UserListDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_list_type: ``userListType``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    user_list_type: Any = _attrs.field(default=None, metadata={"wire": "userListType"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
