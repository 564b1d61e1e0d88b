# GENERATED from genauth_async/_spec/genauth-v3.json by tools/codegen. DO NOT EDIT: run "python -m tools.codegen" instead.
"""Wire model ``GetUserLoginHistoryDto``.

No endpoint takes or returns it (see :mod:`genauth_async.models.unused`).
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

__all__ = ["GetUserLoginHistoryDto"]


@_attrs.define(kw_only=True, slots=True)
class GetUserLoginHistoryDto:
    """Wire model ``GetUserLoginHistoryDto`` (response side; optional fields default to None).

    Fields (attribute: wire name, type):
        user_id: ``userId``, Any, optional
        user_id_type: ``userIdType``, Any, optional
        app_id: ``appId``, Any, optional
        client_ip: ``clientIp``, Any, optional
        start: ``start``, Any, optional
        end: ``end``, Any, optional
        page: ``page``, Any, optional
        limit: ``limit``, Any, optional
    """

    user_id: Any = _attrs.field(default=None, metadata={"wire": "userId"})
    user_id_type: Any = _attrs.field(default=None, metadata={"wire": "userIdType"})
    app_id: Any = _attrs.field(default=None, metadata={"wire": "appId"})
    client_ip: Any = _attrs.field(default=None, metadata={"wire": "clientIp"})
    start: Any = _attrs.field(default=None, metadata={"wire": "start"})
    end: Any = _attrs.field(default=None, metadata={"wire": "end"})
    page: Any = _attrs.field(default=None, metadata={"wire": "page"})
    limit: Any = _attrs.field(default=None, metadata={"wire": "limit"})
